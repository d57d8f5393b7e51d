#!/usr/bin/env bash
# Builds and starts Shopkeeper. The first start creates a demo shop in the app
# data folder (~/.local/share/app.shopkeeper.desktop). Extra arguments go to
# the app, e.g. `scripts/run.sh --data-dir /tmp/another-shop`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

scripts/setup.sh
say "Building the UI"
(cd ui && npm run build --silent)
say "Building Shopkeeper and the sandbox marketplace (the first build takes several minutes)"
cargo build --quiet --bin shopkeeper --bin marketplace-sandbox

# The sandbox marketplace runs beside the app on loopback, with a demo shop and
# simulated buyers, and stops with it.
sandbox_dir="${XDG_DATA_HOME:-$HOME/.local/share}/shopkeeper-sandbox"
mkdir -p "$sandbox_dir"
"$CARGO_TARGET_DIR/debug/marketplace-sandbox" --demo --simulate --port 0 --db "$sandbox_dir/sandbox.sqlite" \
  >"$sandbox_dir/stdout.log" 2>"$sandbox_dir/server.log" &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on //p' "$sandbox_dir/stdout.log")
  [ -n "$url" ] && break
  sleep 0.1
done
if [ -n "${url:-}" ]; then
  say "Sandbox marketplace at $url (sign in as owner@demo.test / demo-password)"
else
  say "The sandbox marketplace did not start; see $sandbox_dir/server.log. Starting the app anyway."
fi

say "Starting Shopkeeper"
"$CARGO_TARGET_DIR/debug/shopkeeper" "$@"
