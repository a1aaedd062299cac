#!/usr/bin/env bash
# What readers cost the server, for each production jar given (before and after a change, side by side):
#  1. heap per open reader tab: N readers (default 40) open the seed article in Chromium, each tab with no cookie of
#     the others (so each is a reader of its own), and leave the tab open; used heap after a full GC, before and
#     with them;
#  2. first responses per second of the seed article with wrk (8 connections, 15 s);
#  3. the flood on a -Xmx512m instance: VISITS (default 20,000) reader visits by 16 clients, paced over about five
#     minutes, each with a cookie jar of its own: the page, and where the page is a live Vaadin page also the UI's
#     init request that the browser's Vaadin client makes (which is what creates the UI on the server); it counts
#     failed requests and OutOfMemoryErrors, and meanwhile an editor signs in and unpublishes and republishes an
#     article in the browser. BENCH_ONLY=flood skips 1 and 2.
# Bounded in requests and time; everything runs on localhost.
#
# Usage: bench/readers.sh [READERS] [VISITS] JAR...
#   e.g. bench/readers.sh 40 20000 /tmp/before.jar target/international-news-0.1.0-SNAPSHOT.jar
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
READERS=${1:-40}
VISITS=${2:-20000}
shift 2
[ $# -ge 1 ] || { echo "usage: bench/readers.sh [readers] [visits] JAR..." >&2; exit 2; }
PORT=${BENCH_PORT:-8096}
PASSWORD=${BENCH_PASSWORD:-bench-admin-password-1}
SEED=en/info-center/inform/rosnou-prinyal-uchastie-v-obsuzhdenii-partnerstva-mezhdu-rossiyskimi-i-yaponskimi-vuzami
URL="http://localhost:$PORT/$SEED"
WORK=$(mktemp -d)
trap 'for p in $(jobs -p); do kill -- -$p 2>/dev/null || kill $p 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

# One reader's visit: the page with a cookie jar of its own, then the live page's UI init as Vaadin's client asks it.
visit() {
  local jar
  jar=$(mktemp -p "$WORK")
  local page
  page=$(curl -s -m 30 -c "$jar" -b "$jar" -w '\n%{http_code}' "$URL")
  echo "${page##*$'\n'}"
  if [[ "$page" == *'window.Vaadin'* ]]; then
    curl -s -m 30 -o /dev/null -c "$jar" -b "$jar" -w '%{http_code}\n' \
      "http://localhost:$PORT/?v-r=init&location=$SEED&query="
  fi
  rm -f "$jar"
}
export -f visit

for jar in "$@"; do
  echo
  echo "== $jar"
  if [ "${BENCH_ONLY:-}" != flood ]; then
    data="$WORK/heap-$RANDOM"
    start_jar SITE "$jar" "$data" "$PORT" -Xmx2g
    for _ in $(seq 1 60); do curl -sf -o /dev/null "$URL" && break; sleep 1; done
    for _ in $(seq 1 20); do curl -s -o /dev/null "$URL"; done
    before=$(heap_after_gc "$SITE_PID")
    mkfifo "$WORK/hold"
    browser readers "http://localhost:$PORT/" "$READERS" "$SEED" <"$WORK/hold" >"$WORK/readers.out" 2>&1 &
    READERS_PID=$!
    exec 7>"$WORK/hold"
    for _ in $(seq 1 120); do grep -q '^OPEN' "$WORK/readers.out" 2>/dev/null && break; sleep 1; done
    with=$(heap_after_gc "$SITE_PID")
    exec 7>&-
    wait "$READERS_PID" 2>/dev/null || true
    rm -f "$WORK/hold"
    awk -v b="$before" -v w="$with" -v n="$READERS" 'BEGIN {
      printf "heap after GC: %.0f KB alone, %.0f KB with %d open reader tabs: %.1f KB per reader\n", b, w, n, (w - b) / n }'

    wrk -t2 -c8 -d15s "$URL" | awk '/Requests\/sec/ { printf "first responses per second (wrk, 8 connections, 15 s): %s\n", $2 }
      /Non-2xx/ { print "  " $0 }'
    stop_jar "$SITE_PID"

  fi
  data="$WORK/flood-$RANDOM"
  start_jar SITE "$jar" "$data" "$PORT" -Xmx512m
  # The sample content is loaded just after start-up: wait for the seed article before the readers come.
  for _ in $(seq 1 60); do curl -sf -o /dev/null "$URL" && break; sleep 1; done
  # Paced: VISITS visits in rounds of 1,000 by 16 clients, spread over about five minutes.
  rounds=$(( (VISITS + 999) / 1000 ))
  pause=$(awk -v r="$rounds" 'BEGIN { p = 300 / r - 2; if (p < 0) p = 0; print p }')
  export URL SEED PORT WORK
  ( for _ in $(seq 1 "$rounds"); do seq 1 1000 | xargs -P 16 -n 1 bash -c 'visit "$@"' _; sleep "$pause"; done ) \
    >"$WORK/flood.out" 2>/dev/null &
  FLOOD=$!
  sleep 60
  browser publish "http://localhost:$PORT/" "$PASSWORD" | grep PUBLISH || echo "PUBLISH FAILED: no answer"
  wait "$FLOOD" || true
  awk '{ n++; if ($1 !~ /^2/) bad++; if ($1 == "000") lost++ }
    END { printf "flood on -Xmx512m: %d requests, %d not 2xx (%d without any answer)\n", n, bad, lost }' "$WORK/flood.out"
  sort "$WORK/flood.out" | uniq -c | sort -rn | head -5 | sed 's/^/  status /'
  echo "OutOfMemoryErrors in the log: $(grep -c OutOfMemoryError "$data/site.log" || true)"
  if kill -0 "$SITE_PID" 2>/dev/null; then
    echo "heap after the flood (after GC): $(heap_after_gc "$SITE_PID") KB"
    code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$URL" || true)
    echo "the site answers after the flood: HTTP $code"
  else
    echo "the site is no longer running"
  fi
  stop_jar "$SITE_PID"
done
