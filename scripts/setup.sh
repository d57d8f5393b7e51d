#!/usr/bin/env bash
# Installs what Shopkeeper needs to build, run and test on Debian/Ubuntu,
# skipping whatever is already there. Used by scripts/run.sh and scripts/test.sh.
#
#   scripts/setup.sh            packages to build and run the app
#   scripts/setup.sh --test     also the test tools (WebKitWebDriver, Xvfb,
#                               tauri-driver, poppler, zbar, python venv, curl)
#
# Needs: a Rust toolchain (rustup, Rust >= 1.90) and apt. Everything else comes
# from Debian, npm and crates.io.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

command -v cargo >/dev/null || die "Rust is missing: install it with rustup (Rust 1.90 or newer), then run this again."
rustc_minor=$(rustc --version | sed -E 's/rustc 1\.([0-9]+).*/\1/')
[ "$rustc_minor" -ge 90 ] || die "Rust 1.90 or newer is needed (found $(rustc --version)): run 'rustup update'."

packages=(build-essential pkg-config file libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev
  libayatana-appindicator3-dev librsvg2-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev libxdo-dev
  libturbojpeg0-dev libdbus-1-dev
  fonts-dejavu-core fonts-droid-fallback)
if [ "$want_test" = 1 ]; then
  packages+=(webkit2gtk-driver xvfb xauth imagemagick poppler-utils zbar-tools python3-venv curl
    libvips-tools time dbus gnome-keyring)
fi
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing Debian packages: ${missing[*]}"
  sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_ apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_major=$(node --version | sed -E 's/v([0-9]+).*/\1/')
[ "$node_major" -ge 20 ] || die "Node.js 20 or newer is needed for the UI build (found $(node --version))."

# UI packages, exactly as locked. Re-installed only when the lock file changes.
stamp=ui/node_modules/.shopkeeper-lock-hash
lock_hash=$(sha256sum ui/package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  say "Installing UI packages (npm ci)"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$stamp"
fi

if [ "$want_test" = 1 ]; then
  # tauri-driver bridges WebDriver to the app; built once from crates.io into a cache.
  if [ ! -x "$TOOLS_DIR/bin/tauri-driver" ]; then
    say "Installing tauri-driver into $TOOLS_DIR"
    cargo install tauri-driver --version "^2" --locked --root "$TOOLS_DIR" --quiet
  fi
fi
