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
