#!/usr/bin/env bash
# How fast the review page of `crosscheck serve` opens for a big story: the
# synthetic story of 1,000 articles (examples/gen_corpus, as
# scripts/bench_corpus.sh builds it) compared once into a JSON report, then
# served: its flagged findings (as `crosscheck serve` does by default), or
# every finding with ALL=1 (--all). Prints the server's time to answer
# GET / (curl, RUNS times) and, when chromium and playwright-core are there
# (tests/browser), the page's load in headless Chromium: navigation start to
# the load event, and until the script has marked the first finding current.
#
#   bash scripts/bench_serve.sh [OUT_DIR]
#   RUNS=5 SIZE=1000 ALL=1 bash scripts/bench_serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
SIZE=${SIZE:-1000}
TARGET=${CARGO_TARGET_DIR:-target}
OUT=${1:-$TARGET/bench-serve}
BIN=$TARGET/release/crosscheck

cargo build --release --locked --bin crosscheck --example gen_corpus >&2
mkdir -p "$OUT"
if [ ! -s "$OUT/story-$SIZE.jsonl" ]; then
    "$TARGET/release/examples/gen_corpus" "$OUT" --sizes "$SIZE" --stories 0 2>/dev/null
fi
if [ ! -s "$OUT/report-$SIZE.json" ]; then
    "$BIN" compare "$OUT/story-$SIZE.jsonl" --all --format json --out "$OUT/report-$SIZE.json" --quiet
fi
rm -f "$OUT/crosscheck-review.json"
ALL_ARGS=()
[ -n "${ALL:-}" ] && ALL_ARGS=(--all)
"$BIN" serve "$OUT/report-$SIZE.json" "${ALL_ARGS[@]}" --port 0 >"$OUT/url" 2>"$OUT/stderr" &
server=$!
trap 'kill -INT $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do [ -s "$OUT/url" ] && break; sleep 0.1; done
url=$(head -n 1 "$OUT/url")
[ -n "$url" ] || { cat "$OUT/stderr" >&2; exit 1; }
echo "story of $SIZE articles: $(cat "$OUT/stderr" | head -n 1)"
echo "page size: $(curl -s "$url" | wc -c) bytes"
for r in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w "GET / answered in %{time_total} s\n" "$url"
done
if [ -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ -d tests/browser/node_modules/playwright-core ]; then
    (cd tests/browser && RUNS="$RUNS" node --input-type=module -e '
import { chromium } from "playwright-core";
const url = process.argv[1];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (let i = 0; i < Number(process.env.RUNS); i++) {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("tbody.finding.current");
  const wall = (Date.now() - t0) / 1000;
  const nav = await page.evaluate(() => { const n = performance.getEntriesByType("navigation")[0]; return (n.loadEventEnd / 1000).toFixed(3); });
  console.log(`chromium: load event at ${nav} s; first finding current after ${wall.toFixed(3)} s (wall, from goto)`);
  await page.close();
}
await browser.close();
' "$url")
fi
