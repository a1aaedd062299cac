#!/usr/bin/env bash
# Oversized request bodies against the production jar, on a -Xmx512m heap (issue "Hardening", item 1): a flood of
# 100 MB bodies, with and without a length, at Vaadin's message endpoint of a session anyone can open (the login
# page's), at the upload endpoint and at the question form. Prints, per jar, the answers' status codes, the
# largest heap seen during the flood and the heap after it, and whether the instance still answers a reader.
#
#   bench/oversized.sh [BEFORE_JAR] [AFTER_JAR]     (default: only target/international-news-*.jar)
#
# localhost only; at most ROUNDS x PARALLEL requests of BODY_MB each, every one bounded to 60 s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${ROUNDS:-3}
PARALLEL=${PARALLEL:-4}
BODY_MB=${BODY_MB:-100}
PORT=${PORT:-8093}
jars_to_compare "$@"

flood() {
  local base=$1 cookie=$2 out=$3
  for round in $(seq 1 "$ROUNDS"); do
    for i in $(seq 1 "$PARALLEL"); do
      case $((i % 3)) in
        0) url="$base/?v-r=uidl&v-uiId=0"; chunked=1 ;;
        1) url="$base/?v-r=uidl&v-uiId=0"; chunked=0 ;;
        2) url="$base/VAADIN/dynamic/resource/0/0/upload"; chunked=1 ;;
      esac
      if [ $chunked = 1 ]; then
        head -c "${BODY_MB}M" /dev/zero | curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 \
          -H "Cookie: $cookie" -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' \
          --data-binary @- "$url" >>"$out" 2>/dev/null || echo "failed" >>"$out" &
      else
        head -c "${BODY_MB}M" /dev/zero | curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 \
          -H "Cookie: $cookie" -H 'Content-Type: application/json' \
          --data-binary @- "$url" >>"$out" 2>/dev/null || echo "failed" >>"$out" &
      fi
    done
    wait
  done
}

for jar in "${JARS[@]}"; do
  data=$(mktemp -d /tmp/oversized.XXXX)
  start_jar SITE "$jar" "$data" "$PORT" -Xmx512m
  pid=$SITE_PID
  base="http://localhost:$PORT"
  cookie=$(curl -s -D - -o /dev/null "$base/en/editor/login" | awk -F'[: ;]+' 'tolower($1)=="set-cookie" && $2 ~ /^JSESSIONID/ {print $2; exit}')
  before=$(heap_after_gc "$pid")
  peak=$before
  statuses="$data/statuses.txt"; : >"$statuses"
  flood "$base" "$cookie" "$statuses" &
  flooder=$!
  started=$(date +%s)
  while kill -0 "$flooder" 2>/dev/null; do
    now=$(heap_used_now "$pid" || echo 0); [ -n "$now" ] && [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.2
  done
  seconds=$(( $(date +%s) - started ))
  alive=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/en" || echo "none")
  after=$(heap_after_gc "$pid" || echo "?")
  ooms=$(grep -c OutOfMemoryError "$data/site.log" || true)
  echo "OVERSIZED $(basename "$jar"): $((ROUNDS * PARALLEL)) bodies of ${BODY_MB} MB in ${seconds}s;" \
    "answers: $(sort "$statuses" | uniq -c | awk '{printf "%s x%s ", $2, $1}');" \
    "heap before $((before / 1024)) MB, peak $((peak / 1024)) MB, after $((after / 1024)) MB;" \
    "OutOfMemoryErrors: $ooms; a reader then gets: $alive"
  stop_jar "$pid"
  rm -rf "$data"
done
