#!/usr/bin/env bash
# Headless-browser check of the HTML report and of the review page of
# `crosscheck serve`.
#
#   tests/browser/run.sh path/to/crosscheck [OUT_DIR]
#
# Builds two reports into a temporary folder (or OUT_DIR, kept): the seeds'
# (the binary's bundled articles) and one of two small articles carrying
# hostile markup (`<script>alert(1)</script>`, `"><img src=x onerror=...>`),
# then opens each in Debian's chromium (/usr/bin/chromium, or $CHROMIUM)
# through playwright-core and checks it (check_report.mjs), saving
# seeds.png and hostile.png. Then serves a JSON report of hostile articles
# with three flagged findings (`crosscheck serve --port 0`, the address read
# from its standard output), reviews it in the browser (check_serve.mjs,
# saving serve.png), checks that a second server on the same port is a clear
# error and that Ctrl-C (SIGINT) stops the server cleanly. Needs node, npm and chromium
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

# The review page: three flagged findings, hostile text in the evidence.
mkdir -p "$out/serve/articles"
cp "$out/articles/alpha.txt" "$out/articles/beta.txt" "$out/serve/articles/"
printf '\nThe new library will cost 12 million euros, the council said.\n\nMayor Anna Berg said the library would open in March 2025.\n' >> "$out/serve/articles/alpha.txt"
printf '\nThe new library will cost 15 million euros, the council said.\n\nMayor Anna Berg said the library would open in June 2025.\n' >> "$out/serve/articles/beta.txt"
"$bin" compare --format json --out "$out/serve/report.json" "$out/serve/articles"
"$bin" serve "$out/serve/report.json" --port 0 --by tester >"$out/serve/url" 2>"$out/serve/stderr" &
server=$!
for _ in $(seq 1 100); do
  [ -s "$out/serve/url" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
url="$(head -n 1 "$out/serve/url")"
if [ -z "$url" ]; then
  echo "run.sh: crosscheck serve printed no address:" >&2
  cat "$out/serve/stderr" >&2
  status=1
else
  node "$here/check_serve.mjs" "$url" "$out/serve/report.json" "$out/serve/crosscheck-review.json" "$bin" "$out/serve.png" || status=1
  # A second server on the same port: a clear error naming the port.
  port="${url##*:}"; port="${port%/}"
  if "$bin" serve "$out/serve/report.json" --port "$port" >/dev/null 2>"$out/serve/busy"; then
    echo "  FAIL a second server on port $port started" >&2; status=1
  elif grep -q "port $port is in use" "$out/serve/busy"; then
    echo "  ok   a port in use is an error naming it: $(cat "$out/serve/busy")"
  else
    echo "  FAIL a port in use gave: $(cat "$out/serve/busy")" >&2; status=1
  fi
fi
# Ctrl-C stops it: exit status 0 and a last word on standard error.
kill -INT "$server" 2>/dev/null || true
if wait "$server" && grep -q "stopped" "$out/serve/stderr"; then
  echo "  ok   Ctrl-C stops the server cleanly"
else
  echo "  FAIL the server did not stop cleanly on Ctrl-C: $(cat "$out/serve/stderr")" >&2; status=1
fi
if [ -n "${2:-}" ]; then
  echo "reports and screenshots in $out"
fi
exit $status
