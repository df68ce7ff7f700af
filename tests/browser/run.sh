#!/usr/bin/env bash
# Headless-browser check of the HTML report.
#
#   tests/browser/run.sh path/to/crosscheck [OUT_DIR]
#
# Builds two reports into a temporary folder (or OUT_DIR, kept): the seeds'
# (the binary's bundled articles) and one of two small articles carrying
# hostile markup (`<script>alert(1)</script>`, `"><img src=x onerror=...>`),
# then opens each in Debian's chromium (/usr/bin/chromium, or $CHROMIUM)
# through playwright-core and checks it (check_report.mjs), saving
# seeds.png and hostile.png. Needs node, npm and chromium
# (`apt-get install -y chromium`); installs playwright-core into
# tests/browser/node_modules when it is missing. Exits non-zero on failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${1:?usage: run.sh path/to/crosscheck [OUT_DIR]}"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
[ -x "$bin" ] || { echo "run.sh: not an executable: $bin" >&2; exit 1; }
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "run.sh: no chromium at $chromium (apt-get install -y chromium)" >&2; exit 1; }
command -v node >/dev/null || { echo "run.sh: node is missing" >&2; exit 1; }

if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ -n "${2:-}" ]; then
  out="$2"
  mkdir -p "$out"
else
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi

mkdir -p "$out/articles"
cat > "$out/articles/alpha.txt" <<'TXT'
source Daily <b>Bold</b> & Co

The council approved the budget on Monday by 31 votes to 4, said the mayor <script>alert(1)</script>.

"We will build new homes for every family," the mayor said on Monday.
TXT
cat > "$out/articles/beta.txt" <<'TXT'
The council approved the budget on Monday by 29 votes to 6, said the mayor "><img src=x onerror=alert(1)>.

"We will build new homes for all families <script>alert(2)</script>," the mayor said on Monday.
TXT

"$bin" compare --format html --out "$out/seeds.html"
# The hostile report carries a review: one flagged finding dismissed with a
# note holding markup, shown with --all so that the status filter has work.
"$bin" compare --format json --out "$out/hostile.json" "$out/articles/alpha.txt" "$out/articles/beta.txt"
id="$(node -e 'const r = require(process.argv[1]); const f = r.findings.find((f) => f.verdict === "conflict" || f.verdict === "discrepancy"); process.stdout.write(f ? f.id : "")' "$out/hostile.json")"
[ -n "$id" ] || { echo "run.sh: the hostile articles raised no flagged finding" >&2; exit 1; }
"$bin" review "$out/hostile.json" --dismiss "$id" --note 'checked <b>markup</b> in a note' --by tester
"$bin" compare --format html --all --out "$out/hostile.html" "$out/articles/alpha.txt" "$out/articles/beta.txt"

status=0
export CHROMIUM="$chromium"
node "$here/check_report.mjs" "$out/seeds.html" "$out/seeds.png" || status=1
node "$here/check_report.mjs" "$out/hostile.html" "$out/hostile.png" --hostile || status=1
if [ -n "${2:-}" ]; then
  echo "reports and screenshots in $out"
fi
exit $status
