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
say "Building Shopkeeper (the first build takes several minutes)"
cargo build --quiet --bin shopkeeper
say "Starting Shopkeeper"
exec "$CARGO_TARGET_DIR/debug/shopkeeper" "$@"
