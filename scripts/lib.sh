# Shared by the scripts: paths and small helpers. Sourced, not run.
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/shopkeeper"
TOOLS_DIR="$CACHE_DIR/tools"
# Cargo's build cache lives outside the checkout so that a fresh clone (CI)
# reuses compiled dependencies; override with CARGO_TARGET_DIR.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$CACHE_DIR/target}"
# One-shot builds gain nothing from incremental state but gigabytes of disk.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
export PATH="$TOOLS_DIR/bin:$PATH"

say() { printf '\033[1;36m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }
sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
