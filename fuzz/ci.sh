#!/usr/bin/env bash
# A short fuzz run of every target (default 25 s each, FUZZ_SECONDS to
# change), on stable Rust: `-s none` drops the sanitizer, which would need
# nightly. New inputs go to a scratch folder; fuzz/corpus/ stays the small
# committed seed corpus, and the ingest targets also start from the ingest
# test fixtures (tests/fixtures/ingest) rather than copies of them. A crash or a broken invariant fails the run and
# leaves the input in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")"

seconds="${FUZZ_SECONDS:-25}"
if ! command -v cargo-fuzz >/dev/null 2>&1; then
    echo "installing cargo-fuzz"
    cargo install cargo-fuzz --locked --quiet
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
targets=(ingest_text ingest_html ingest_jsonl segment extract)
cargo fuzz build -s none --release
for target in "${targets[@]}"; do
    echo "== fuzz $target for ${seconds}s"
    mkdir -p "$scratch/$target"
    seeds=()
    [ -d "corpus/$target" ] && seeds+=("corpus/$target")
    [[ "$target" == ingest_* ]] && seeds+=("../tests/fixtures/ingest")
    status=0
    cargo fuzz run -s none --release "$target" "$scratch/$target" "${seeds[@]}" -- \
        -max_total_time="$seconds" -rss_limit_mb=4096 -print_final_stats=1 \
        >"$scratch/$target.log" 2>&1 || status=$?
    # libFuzzer's chatter hidden; its counts and any failure shown.
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|panicked|ERROR|SUMMARY|Test unit written' "$scratch/$target.log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$scratch/$target.log"
        echo "fuzz target $target failed (status $status)" >&2
        exit 1
    fi
done
