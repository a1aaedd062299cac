#!/usr/bin/env bash
# Lighthouse's mobile preset (Lighthouse 12.2.3 with Debian's Chromium) on the seed article, /en, /en/association,
# /en/ask and the editors' sign-in page /en/editor/login, median of RUNS (default 5) per page, for each production
# jar given, side by side.
# Prints performance score, largest contentful paint, total blocking time, cumulative layout shift and bytes
# transferred. Lighthouse is installed into target/lighthouse on first use (npm; it is not part of the build).
#
# Usage: bench/lighthouse.sh [RUNS] JAR...
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
RUNS=${1:-5}
shift
[ $# -ge 1 ] || { echo "usage: bench/lighthouse.sh [runs] JAR..." >&2; exit 2; }
PORT=${BENCH_PORT:-8097}
LH=target/lighthouse
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH"
  npm install --prefix "$LH" --no-audit --no-fund --silent lighthouse@12.2.3 >/dev/null
fi
WORK=$(mktemp -d)
trap 'for p in $(jobs -p); do kill -- -$p 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
SEED=en/info-center/inform/rosnou-prinyal-uchastie-v-obsuzhdenii-partnerstva-mezhdu-rossiyskimi-i-yaponskimi-vuzami

for jar in "$@"; do
  echo
  echo "== $jar"
  start_jar SITE "$jar" "$WORK/site-$RANDOM" "$PORT"
  printf '%-14s %6s %9s %9s %7s %9s\n' page score "LCP s" "TBT ms" CLS KB
  for page in "$SEED" en en/association en/ask en/editor/login; do
    for run in $(seq 1 "$RUNS"); do
      CHROME_PATH=/usr/bin/chromium "$LH/node_modules/.bin/lighthouse" "http://localhost:$PORT/$page" \
        --only-categories=performance --output=json --output-path="$WORK/run-$run.json" --quiet \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || true
    done
    PAGE="$page" node -e '
      const fs = require("fs");
      const runs = process.argv.slice(2).filter(f => fs.existsSync(f)).map(f => JSON.parse(fs.readFileSync(f)));
      const median = xs => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
      const a = (r, id) => r.audits[id].numericValue;
      const name = process.env.PAGE.startsWith("en/info-center") ? "seed article" : "/" + process.env.PAGE;
      console.log(name.padEnd(14),
        String(Math.round(median(runs.map(r => r.categories.performance.score * 100)))).padStart(6),
        (median(runs.map(r => a(r, "largest-contentful-paint"))) / 1000).toFixed(2).padStart(9),
        String(Math.round(median(runs.map(r => a(r, "total-blocking-time"))))).padStart(9),
        median(runs.map(r => a(r, "cumulative-layout-shift"))).toFixed(3).padStart(7),
        String(Math.round(median(runs.map(r => a(r, "total-byte-weight"))) / 1024)).padStart(9),
        "(" + runs.length + " runs)");
    ' $(for run in $(seq 1 "$RUNS"); do echo "$WORK/run-$run.json"; done) 2>/dev/null \
      || PAGE="$page" node -e 'console.log(process.env.PAGE, "no result")'
    rm -f "$WORK"/run-*.json
  done
  stop_jar "$SITE_PID"
done
