#!/usr/bin/env bash
# Runs inside `xvfb-run … dbus-run-session`: unlocks a throwaway GNOME Keyring
# (the Secret Service the app keeps marketplace tokens in), then the journeys.
set -euo pipefail
echo -n "e2e-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec cargo test --locked -p shopkeeper-e2e "$@" -- --test-threads=1
