#!/usr/bin/env bash
# Runs every test: formatting and lints, Rust unit and integration tests,
# UI checks and unit tests, and the real app end to end under WebDriver.
# Installs what it needs first (scripts/setup.sh --test).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
started=$(date +%s)
step() { say "$* (+$(( $(date +%s) - started ))s)"; }

step "Setup"
scripts/setup.sh --test

step "UI: type check, unit tests, build"
(cd ui && npm run check --silent && npm test --silent && npm run build --silent)

step "Rust: formatting"
cargo fmt --all --check

step "Rust: clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust: unit and integration tests"
cargo test --workspace --exclude shopkeeper-e2e --locked

step "Crash harness mutation check: each deliberately broken build must fail (T2)"
# The mutants are the harness built with one cargo feature each, in a target
# dir of their own so the normal build never sees those features. Rebuilds
# are incremental; the binaries are copied aside because both builds share
# the dependency artifacts (and so the output names).
mutants="$CARGO_TARGET_DIR/mutants"
for m in split-outbox no-idempotency; do
    CARGO_TARGET_DIR="$mutants" cargo build --locked --quiet -p shopkeeper-crash --bins --features "mutant-$m"
    mkdir -p "$mutants/bin/$m"
    cp "$mutants/debug/crash-client" "$mutants/debug/crash-sandbox" "$mutants/bin/$m/"
done
CRASH_MUTANTS_DIR="$mutants/bin" cargo test --locked -p shopkeeper-crash --test mutants -- --ignored

step "Sandbox marketplace: contract fuzzing of /openapi.json (schemathesis)"
bash scripts/contract-test.sh

step "Real app end to end (tauri-driver + WebKitWebDriver + Xvfb)"
cargo build --locked --bin shopkeeper --bin marketplace-sandbox
export SHOPKEEPER_APP="$CARGO_TARGET_DIR/debug/shopkeeper"
export SHOPKEEPER_SANDBOX_BIN="$CARGO_TARGET_DIR/debug/marketplace-sandbox"
export SHOPKEEPER_E2E_ARTIFACTS="$PWD/e2e-artifacts"
# A private D-Bus session with an unlocked keyring, inside a private X display.
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- scripts/e2e-session.sh 2> >(grep -v -e '^dbus-daemon' -e 'portal' >&2)

step "All tests passed"
