#!/usr/bin/env bash
# Contract fuzzing of the sandbox marketplace: schemathesis (from PyPI, pinned) drives
# every operation of /openapi.json with generated valid and invalid requests and fails
# on any 5xx or any response that does not match the documented schema.
#
# Usage: bash scripts/contract-test.sh
# Env:   CARGO_TARGET_DIR           honoured (default: <repo>/target)
#        CONTRACT_MAX_EXAMPLES      cases per operation and phase (default 20)
#        CONTRACT_MAX_TIME          seconds for the schemathesis run (default 120)
#        CONTRACT_SEED              generation seed (default fixed, for reproducible runs)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCHEMATHESIS_VERSION="4.32.5"
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/shopkeeper/venv"
MAX_EXAMPLES="${CONTRACT_MAX_EXAMPLES:-20}"
MAX_TIME="${CONTRACT_MAX_TIME:-120}"
SEED="${CONTRACT_SEED:-20261121}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -qF "$SCHEMATHESIS_VERSION"; then
    echo "contract-test: installing schemathesis $SCHEMATHESIS_VERSION into $VENV" >&2
    mkdir -p "$(dirname "$VENV")"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

echo "contract-test: building the sandbox" >&2
(cd "$ROOT" && cargo build --quiet -p marketplace-sandbox --bin marketplace-sandbox)
BIN="$TARGET_DIR/debug/marketplace-sandbox"

WORK="$(mktemp -d)"
PID=""
cleanup() {
    if [[ -n "$PID" ]]; then
        kill "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# A temp database, a free loopback port, the demo shop; no rate limit, no faults.
"$BIN" --port 0 --db "$WORK/contract.db" --demo --rate-limit 0 >"$WORK/stdout" 2>"$WORK/server.log" &
PID=$!
URL=""
for _ in $(seq 1 300); do
    URL="$(sed -n 's/^listening on //p' "$WORK/stdout")"
    [[ -n "$URL" ]] && break
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "contract-test: the sandbox exited early" >&2
        cat "$WORK/server.log" >&2
        exit 1
    fi
    sleep 0.1
done
if [[ -z "$URL" ]]; then
    echo "contract-test: the sandbox did not start within 30 s" >&2
    exit 1
fi
echo "contract-test: sandbox at $URL" >&2

TOKEN="$(curl -fsS -X POST "$URL/v1/auth/sign-in" -H 'content-type: application/json' \
    -d '{"email":"owner@demo.test","password":"demo-password","device_name":"schemathesis"}' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"

STATUS=0
# Run from the temp dir so nothing schemathesis writes lands in the checkout.
cd "$WORK"
# --max-time bounds fuzzing; `timeout` is the hard stop for everything else.
# Revoking devices is left out: schemathesis reuses ids it sees in responses and would
# revoke its own token (revocation is covered by the API tests).
PYTHONPATH="$ROOT/scripts" SCHEMATHESIS_HOOKS=contract_hooks \
timeout --signal=INT $((MAX_TIME + 60)) \
    "$VENV/bin/schemathesis" run "$URL/openapi.json" \
    --checks not_a_server_error,response_schema_conformance \
    --header "Authorization: Bearer $TOKEN" \
    --phases examples,coverage,fuzzing \
    --exclude-path '/v1/devices/{id}' \
    --max-examples "$MAX_EXAMPLES" \
    --max-time "$MAX_TIME" \
    --seed "$SEED" \
    --workers 2 \
    --request-timeout 10 \
    --suppress-health-check all \
    --generation-database none \
    --generation-with-security-parameters false \
    --no-color || STATUS=$?

# The fuzzer must have been authenticated all along (a revoked token would make the run
# test nothing but 401s).
ME_STATUS="$(curl -s -o /dev/null -w '%{http_code}' "$URL/v1/me" -H "Authorization: Bearer $TOKEN" || true)"
if [[ "$ME_STATUS" != "200" ]]; then
    echo "contract-test: the fuzzing token no longer works (GET /v1/me -> $ME_STATUS)" >&2
    STATUS=1
fi
if grep -q "panicked" "$WORK/server.log"; then
    echo "contract-test: the server panicked:" >&2
    grep -A5 "panicked" "$WORK/server.log" >&2
    STATUS=1
fi
if ! kill -0 "$PID" 2>/dev/null; then
    echo "contract-test: the sandbox died during the run" >&2
    STATUS=1
fi
if [[ "$STATUS" -ne 0 ]]; then
    echo "contract-test: FAILED (status $STATUS); server log tail:" >&2
    tail -n 20 "$WORK/server.log" >&2
    exit "$STATUS"
fi
echo "contract-test: passed" >&2
