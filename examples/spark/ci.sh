#!/usr/bin/env bash
# Runs the Spark job in local mode over generated stories and checks that
# its reports equal those of `crosscheck batch` run directly, story by story.
# Installs PySpark in a virtual environment (and Java when missing).
#
#   bash examples/spark/ci.sh [STORIES]        (default 120 stories of 5 articles)
set -euo pipefail
cd "$(dirname "$0")/../.."

PYSPARK_VERSION=3.5.7
STORIES=${1:-120}
PER_STORY=5
TARGET=${CARGO_TARGET_DIR:-target}
VENV=${SPARK_VENV:-$TARGET/spark-venv}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-spark.XXXXXX")
[ -n "${KEEP_WORK:-}" ] && echo "work folder: $WORK" || trap 'rm -rf "$WORK"' EXIT

if ! command -v java >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq default-jre-headless >/dev/null
fi
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q "pyspark==$PYSPARK_VERSION"
fi
export SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON="$VENV/bin/python"
export PYSPARK_DRIVER_PYTHON="$VENV/bin/python"

cargo build --release --locked --bin crosscheck --example gen_corpus
BIN=$TARGET/release/crosscheck
"$TARGET/release/examples/gen_corpus" "$WORK" --sizes '' --stories "$STORIES" --per-story "$PER_STORY"

echo "== crosscheck batch, directly"
"$BIN" batch < "$WORK/batch-${STORIES}x${PER_STORY}.jsonl" > "$WORK/direct.jsonl"

echo "== the Spark job, local mode"
"$VENV/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
    --files "$BIN" examples/spark/crosscheck_spark.py \
    --input "$WORK/articles-${STORIES}x${PER_STORY}.jsonl" --output "$WORK/spark" --partitions 4 --strict \
    2> "$WORK/spark.log" || { tail -50 "$WORK/spark.log" >&2; exit 1; }

"$VENV/bin/python" - "$WORK/direct.jsonl" "$WORK/spark" "$STORIES" <<'PY'
import glob, json, sys
direct_path, spark_dir, stories = sys.argv[1], sys.argv[2], int(sys.argv[3])
def load(lines):
    out = {}
    for line in lines:
        if line.strip():
            r = json.loads(line)
            assert r["story"] not in out, f"story {r['story']} reported twice"
            out[r["story"]] = r
    return out
direct = load(open(direct_path, encoding="utf-8"))
spark = load(l for f in sorted(glob.glob(spark_dir + "/part-*")) for l in open(f, encoding="utf-8"))
assert len(direct) == stories, f"batch wrote {len(direct)} reports for {stories} stories"
assert direct.keys() == spark.keys(), f"stories differ: {sorted(direct.keys() ^ spark.keys())[:5]}"
differ = [s for s in direct if direct[s] != spark[s]]
assert not differ, f"{len(differ)} stories differ, e.g. {differ[:3]}"
findings = sum(len(r["findings"]) for r in direct.values())
print(f"spark: {len(spark)} stories, {findings} findings: the same reports as crosscheck batch")
PY
