#!/usr/bin/env bash
# Session floods against the production jar (issue 21, items 1-2): first GET_FLOOD plain GETs of the editors' login
# page from one client, then POST_SECONDS of forms posted without a CSRF token (each answered 403). Before and after
# each flood it prints the open sessions (rosnou_sessions_open on the management port), the heap (used now, and after
# a full collection), readiness, and the status of the pages that need no session (question form, feed, sitemap,
# robots.txt, the toolbar's form) and of the login page (asked for from another address, as an editor would).
#
#   bench/sessions.sh [BEFORE_JAR] [AFTER_JAR]     (default: only target/international-news-*.jar)
#
# localhost only; bounded: GET_FLOOD requests, then POST_SECONDS seconds, CONCURRENCY connections, a HEAP-sized JVM.
# Needs ab (apache2-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
GET_FLOOD=${GET_FLOOD:-800}
POST_SECONDS=${POST_SECONDS:-30}
CONCURRENCY=${CONCURRENCY:-8}
HEAP=${HEAP:-256m}
PORT=${PORT:-8097}
MANAGEMENT=$((PORT + 1000))
jars_to_compare "$@"
command -v ab >/dev/null || { echo "bench/sessions.sh needs ab (apt-get install apache2-utils)" >&2; exit 1; }

code() { curl -s -o /dev/null -m 20 -w '%{http_code}' "$@" || echo "---"; }

report() {
  local label=$1 pid=$2
  local metrics sessions heap_now heap_gc readiness share
  metrics=$(curl -s -m 20 "http://localhost:$MANAGEMENT/actuator/prometheus" || true)
  sessions=$(awk '/^rosnou_sessions_open /{ printf "%d", $2 }' <<<"$metrics")
  share=$(awk '/^rosnou_gc_time_share /{ printf "%.2f", $2 }' <<<"$metrics")
  readiness=$(code "http://localhost:$MANAGEMENT/actuator/health/readiness")
  heap_now=$(heap_used_now "$pid")
  heap_gc=$(heap_after_gc "$pid")
  local form='-H Sec-Fetch-Site:same-origin -H Content-Type:application/x-www-form-urlencoded'
  # shellcheck disable=SC2086
  printf '  %-22s sessions %6s  heap %4d MB (after GC %4d MB)  readiness %s  gc share %s\n' "$label" "${sessions:-?}" \
    $((${heap_now:-0} / 1024)) $((${heap_gc:-0} / 1024)) "$readiness" "${share:-n/a}"
  # shellcheck disable=SC2086
  printf '  %-22s question form GET %s POST %s | feed %s | sitemap %s | robots %s | toolbar form %s | login page %s\n' "" \
    "$(code "http://localhost:$PORT/en/ask")" \
    "$(code $form -d 'name=&email=&question=' "http://localhost:$PORT/en/ask")" \
    "$(code "http://localhost:$PORT/en/feed.atom")" \
    "$(code "http://localhost:$PORT/sitemap.xml")" \
    "$(code "http://localhost:$PORT/robots.txt")" \
    "$(code $form -d 'action=open&back=/en' "http://localhost:$PORT/a11y")" \
    "$(code -H 'X-Forwarded-For: 192.0.2.200' "http://localhost:$PORT/en/editor/login")"
}

# flood LABEL AB_ARGS...: runs ab, prints how many requests were answered and how many with a status other than 2xx.
flood() {
  local label=$1
  shift
  local out
  out=$(ab -q -r -s 30 "$@" 2>&1 || true)
  printf '  %-22s %s requests, %s of them not 2xx, %s req/s\n' "$label" \
    "$(awk '/^Complete requests/{print $3}' <<<"$out")" \
    "$(awk '/^Non-2xx responses/{print $3} END{}' <<<"$out" | grep . || echo 0)" \
    "$(awk '/^Requests per second/{print $4}' <<<"$out")"
}

# The smaller items of the same probe (issue 21, items 10-13), once per jar.
probes() {
  local nope drawn_before drawn_after
  nope=$(curl -s -m 20 -o /dev/null -w '%{http_code} %{size_download} B' "http://localhost:$MANAGEMENT/actuator/nope")
  printf '  %-22s management /actuator/nope %s | POST /actuator/backup without a token %s\n' "probes" "$nope" \
    "$(code -X POST "http://localhost:$MANAGEMENT/actuator/backup")"
  printf '  %-22s /en?x=%%zz %s (%s) | toolbar back "/en page" %s, "/en#x" %s\n' "" \
    "$(code "http://localhost:$PORT/en?x=%zz")" \
    "$(curl -s -m 20 -D - -o /dev/null "http://localhost:$PORT/en?x=%zz" | grep -ci '^set-cookie' | sed 's/^0$/no session/; s/^[1-9].*/a session/')" \
    "$(code -H Sec-Fetch-Site:same-origin --data-urlencode 'back=/en page' -d action=open "http://localhost:$PORT/a11y")" \
    "$(code -H Sec-Fetch-Site:same-origin --data-urlencode 'back=/en#x' -d action=open "http://localhost:$PORT/a11y")"
  drawn_before=$(curl -s -m 20 "http://localhost:$MANAGEMENT/actuator/prometheus" |
    awk '/^rosnou_pages_drawn_seconds_count\{view="NewsListView"/{ printf "%d", $2 }')
  for i in $(seq 1 50); do curl -s -o /dev/null "http://localhost:$PORT/en?utm=$i$RANDOM"; done
  drawn_after=$(curl -s -m 20 "http://localhost:$MANAGEMENT/actuator/prometheus" |
    awk '/^rosnou_pages_drawn_seconds_count\{view="NewsListView"/{ printf "%d", $2 }')
  printf '  %-22s 50 GETs of /en with a made-up parameter: news list drawn %s times\n' "" \
    "$((${drawn_after:-0} - ${drawn_before:-0}))"
}

body=$(mktemp /tmp/sessions-body.XXXX)
printf 'anything=1' >"$body"
for jar in "${JARS[@]}"; do
  data=$(mktemp -d /tmp/sessions.XXXX)
  echo "SESSIONS $(basename "$(dirname "$(readlink -f "$jar")")")/$(basename "$jar") (-Xmx$HEAP)"
  start_jar SITE "$jar" "$data" "$PORT" "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError
  for _ in $(seq 1 60); do
    [ "$(code "http://localhost:$MANAGEMENT/actuator/health/readiness")" = 200 ] && break
    sleep 1
  done
  report "before" "$SITE_PID"
  probes
  flood "GET flood (login page)" -n "$GET_FLOOD" -c "$CONCURRENCY" "http://localhost:$PORT/en/editor/login"
  report "after the GET flood" "$SITE_PID"
  flood "POST flood (no token)" -k -t "$POST_SECONDS" -n 100000000 -c "$CONCURRENCY" -p "$body" \
    -T application/x-www-form-urlencoded "http://localhost:$PORT/en"
  report "after the POST flood" "$SITE_PID"
  stop_jar "$SITE_PID"
  rm -rf "$data"
done
rm -f "$body"
