#!/usr/bin/env bash
# Corpus benchmark: builds the release binary and the generator, generates
# the synthetic corpora (one story of 250 … 4,000 articles; 10,000 articles
# in 1,000 stories), runs the binary end to end RUNS times on each and
# prints documents/s, statements/s, median wall and CPU time (user + system;
# on a shared machine CPU / cores bounds the wall time) and peak memory, the
# scaling exponent of time against articles per story, and the targets.
#
#   bash scripts/bench_corpus.sh [OUT_DIR]
#   RUNS=3 SIZES=250,500,1000,2000,4000 TIMEOUT=600 THREADS= bash scripts/bench_corpus.sh
#
# A run over TIMEOUT seconds is stopped and shown as such; the fit uses the
# sizes that finished.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZES=${SIZES:-250,500,1000,2000,4000}
STORIES=${STORIES:-1000}
PER_STORY=${PER_STORY:-10}
TIMEOUT=${TIMEOUT:-600}
TARGET=${CARGO_TARGET_DIR:-target}
OUT=${1:-$TARGET/bench-corpus}
BIN=$TARGET/release/crosscheck
THREAD_ARGS=()
[ -n "${THREADS:-}" ] && THREAD_ARGS=(--threads "$THREADS")

cargo build --release --locked --bin crosscheck --example gen_corpus >&2
"$TARGET/release/examples/gen_corpus" "$OUT" --sizes "$SIZES" --stories "$STORIES" --per-story "$PER_STORY" 2>/dev/null
mkdir -p "$OUT/runs"
RESULTS=$OUT/runs/results.tsv
: > "$RESULTS"

# run NAME ARTICLES_PER_STORY STDIN -- command...: times RUNS runs of the
# binary alone (so the peak memory is its own), writing one line per run
# (name, per-story size, seconds, peak KiB, status) to RESULTS.
run() {
    local name=$1 per_story=$2 stdin=$3
    shift 4
    for r in $(seq 1 "$RUNS"); do
        local status=0
        /usr/bin/time -f "%e %M %U %S" -o "$OUT/runs/$name.time" \
            timeout "$TIMEOUT" "$@" < "$stdin" > "$OUT/runs/$name.out" 2> "$OUT/runs/$name.err" || status=$?
        read -r secs kib usr sys < <(tail -1 "$OUT/runs/$name.time")
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$per_story" "$secs" "$kib" "$status" "$(awk -v u="$usr" -v s="$sys" 'BEGIN { print u + s }')" >> "$RESULTS"
        echo "  $name run $r: ${secs}s, $((kib / 1024)) MiB, exit $status" >&2
        [ "$status" = 124 ] && break  # timed out: more runs would too
    done
    # Count documents and statements from the last run's output.
    python3 - "$OUT/runs/$name.out" "$name" >> "$OUT/runs/counts.tsv" <<'PY' || true
import json, sys
docs = statements = 0
text = open(sys.argv[1], encoding="utf-8").read()
try:
    reports = [json.loads(text)]  # compare: one pretty-printed report
except ValueError:
    reports = [json.loads(l) for l in text.splitlines() if l.strip()]  # batch: one a line
for r in reports:
    docs += r["summary"]["documents"]
    statements += r["summary"]["statements"]
print(f"{sys.argv[2]}\t{docs}\t{statements}")
PY
}

: > "$OUT/runs/counts.tsv"
IFS=, read -r -a sizes <<< "$SIZES"
for n in "${sizes[@]}"; do
    echo "== one story of $n articles" >&2
    run "story-$n" "$n" /dev/null -- "$BIN" compare "$OUT/story-$n.jsonl" --format json "${THREAD_ARGS[@]}"
done
if [ "$STORIES" -gt 0 ]; then
    echo "== $STORIES stories of $PER_STORY articles, crosscheck batch" >&2
    run "batch-${STORIES}x${PER_STORY}" "$PER_STORY" "$OUT/batch-${STORIES}x${PER_STORY}.jsonl" -- \
        "$BIN" batch "${THREAD_ARGS[@]}"
fi

python3 - "$RESULTS" "$OUT/runs/counts.tsv" "$TIMEOUT" "$(nproc)" <<'PY'
import math, statistics, sys
results, counts, timeout, cores = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
runs = {}
for line in open(results):
    name, per, secs, kib, status, cpu = line.rstrip("\n").split("\t")
    runs.setdefault(name, {"per": int(per), "secs": [], "kib": [], "cpu": [], "timeout": False})
    r = runs[name]
    if status == "124":
        r["timeout"] = True
    else:
        r["secs"].append(float(secs))
        r["kib"].append(int(kib))
        r["cpu"].append(float(cpu))
count = {}
for line in open(counts):
    name, d, s = line.rstrip("\n").split("\t")
    count[name] = (int(d), int(s))
print(f"\ncrosscheck corpus benchmark ({cores} cores; median of runs; peak = max resident set)")
print(f"{'corpus':<22}{'docs':>8}{'statements':>12}{'wall s':>10}{'cpu s':>10}{'docs/s':>10}{'stmts/s':>10}{'peak MiB':>10}{'runs':>6}")
fit = []
for name, r in runs.items():
    if r["timeout"] and not r["secs"]:
        print(f"{name:<22}{'':>8}{'':>12}{'>' + str(int(timeout)):>10}{'':>10}{'':>10}{'':>10}{'':>10}{'0':>6}")
        continue
    wall = statistics.median(r["secs"])
    d, s = count.get(name, (0, 0))
    print(f"{name:<22}{d:>8}{s:>12}{wall:>10.2f}{statistics.median(r['cpu']):>10.2f}{d / max(wall, 1e-9):>10.0f}{s / max(wall, 1e-9):>10.0f}{max(r['kib']) / 1024:>10.0f}{len(r['secs']):>6}")
    if name.startswith("story-"):
        fit.append((r["per"], wall))
if len(fit) >= 2:
    xs = [math.log(p) for p, _ in fit]
    ys = [math.log(t) for _, t in fit]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    k = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print(f"\nscaling exponent (time ~ articles^k, least squares on log-log over {len(fit)} sizes): k = {k:.2f}  (target <= 1.2)")
def verdict(ok):
    return "ok" if ok else "MISSED"
s1 = runs.get("story-1000")
if s1:
    t = statistics.median(s1["secs"]) if s1["secs"] else float("inf")
    m = max(s1["kib"]) / 1024 if s1["kib"] else float("inf")
    print(f"target one story of 1,000 articles < 5 s and < 1 GB: {t:.2f} s, {m:.0f} MiB: {verdict(t < 5 and m < 1024)}")
for name, r in runs.items():
    if name.startswith("batch-"):
        t = statistics.median(r["secs"]) if r["secs"] else float("inf")
        print(f"target {name} through crosscheck batch < 30 s: {t:.2f} s: {verdict(t < 30)}")
PY
