#!/usr/bin/env bash
# Builds and starts Shopkeeper on the demo marketplace: on the first start the
# app starts the sandbox marketplace on loopback (a demo shop with simulated
# buyers, data kept in the app data folder ~/.local/share/app.shopkeeper.desktop)
# and connects to it, so sync works with no setup. Later starts reopen the
# same shop and start the demo marketplace again. Extra arguments go to the
# app, e.g. `scripts/run.sh --data-dir /tmp/another-shop` or
# `scripts/run.sh --start ask` for the welcome choices.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

scripts/setup.sh
say "Building the UI"
(cd ui && npm run build --silent)
say "Building Shopkeeper and the sandbox marketplace (the first build takes several minutes)"
cargo build --quiet --bin shopkeeper --bin marketplace-sandbox

say "Starting Shopkeeper (demo marketplace: owner@demo.test / demo-password)"
export SHOPKEEPER_SANDBOX_BIN="$CARGO_TARGET_DIR/debug/marketplace-sandbox"
exec "$CARGO_TARGET_DIR/debug/shopkeeper" --start demo-marketplace "$@"
