#!/usr/bin/env bash
# Runs inside `xvfb-run … dbus-run-session`: unlocks a throwaway GNOME Keyring
# (the Secret Service the app keeps marketplace tokens in), then the journeys.
set -euo pipefail
# Its keyrings live in a fresh folder, so a login keyring left in the home
# folder with another password cannot raise an unlock prompt.
keyrings=$(mktemp -d)
trap 'rm -rf "$keyrings"' EXIT
echo -n "e2e-keyring" | XDG_DATA_HOME="$keyrings" gnome-keyring-daemon --unlock --components=secrets >/dev/null
cargo test --locked -p shopkeeper-e2e "$@" -- --test-threads=1
