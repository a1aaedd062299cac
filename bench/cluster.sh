#!/usr/bin/env bash
# Two instances of the site on one PostgreSQL and one OpenSearch index (bin/opensearch.sh) behind HAProxy (cookie-sticky sessions, health checks on the
# management port), on localhost only, bounded in requests and time. Prints each figure and fails (exit 1) when a
# check fails:
#   1. readers load pages through the balancer: requests, failures, both instances serving; the same search's
#      count on A and on B;
#   2. an editor unpublishes an article on instance A: how long until instance B answers 404 for it and B's search
#      no longer finds it (and again after it is published back);
#   3. 22 failed sign-ins from one client address, alternating between the instances: refused on both after 20;
#   4. OpenSearch stopped for 20 s while readers load pages: reading requests failed, search pages answered 503
#      meanwhile, and how long after OpenSearch is back search answers again on both instances;
#   5. the search index rebuilt (POST /actuator/reindex on A) while readers load pages and search on B: failed
#      requests, how long the rebuild took, the search's count before and after;
#   6. questions sent through the balancer, then an edit saved on A and A killed with kill -9 at once, while readers
#      keep loading pages and an editor works in the workspace on A: how long until B's search finds the edit,
#      failed requests after the kill, how long the balancer took to stop sending to A, the editor's next step
#      (a new page, no error), a reader's settings cookie
#      still applied, and every acknowledged question stored exactly once.
# Usage: bench/cluster.sh [JAR] [READER_REQUESTS, default 3000] [SECONDS of load around the kill, default 60].
# Needs Debian's haproxy, postgresql, apache2-utils and chromium (installed when missing), and OpenSearch
# (installed from Maven Central when missing). bin/test runs a
# shortened version after the tests: bench/cluster.sh JAR 300 15.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
source bin/postgresql.sh
source bin/opensearch.sh
JAR=${1:-target/international-news-0.1.0-SNAPSHOT.jar}
REQUESTS=${2:-3000}
SECONDS_AROUND_KILL=${3:-60}
PASSWORD=${BENCH_PASSWORD:-bench-admin-password-1}
WORK=$(mktemp -d)
FAILED=0
check() { # check DESCRIPTION 'CONDITION': prints and remembers a failed check
  if eval "$2"; then echo "  ok: $1"; else echo "  FAILED: $1"; FAILED=1; fi
}
for tool in haproxy ab; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Installing Debian's haproxy and apache2-utils..."
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy apache2-utils >/dev/null
    break
  fi
done

start_postgresql rosnou_cluster
# One search index for both: with an embedded index each, they would drift apart and neither would be ready.
start_opensearch
cleanup() {
  [ -n "${HAPROXY_PID:-}" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  for p in ${A_PID:-} ${B_PID:-}; do stop_jar "$p"; done
  stop_opensearch
  stop_postgresql
  rm -rf "$WORK"
}
trap cleanup EXIT

A=8191; B=8192; LB=8190
export DATABASE_URL="$PG_URL" DATABASE_USER=rosnou DATABASE_PASSWORD= APP_QUESTIONS_FORM_KEY=cluster-bench-form-key \
  APP_PUBLIC_BASE_URL="http://localhost:$LB" SPRING_PROFILES_ACTIVE=opensearch SEARCH_HOSTS="$OS_HOSTS" \
  APP_REINDEX_TOKEN=cluster-bench-reindex-token
# The first instance makes the schema and the sample content; the second finds them.
start_jar A "$JAR" "$WORK/a" $A -Xmx512m -Dapp.questions.minimum-fill-time=0s -Dapp.questions.limit-per-client=1000
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://localhost:$A/en/association" && break; sleep 1; done
sleep 3
start_jar B "$JAR" "$WORK/b" $B -Xmx512m -Dapp.questions.minimum-fill-time=0s -Dapp.questions.limit-per-client=1000
echo "instances: A on $A (pid $A_PID), B on $B (pid $B_PID)"

cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout http-request 10s
  retries 3
  option redispatch
  retry-on all-retryable-errors
listen stats
  bind 127.0.0.1:$((LB - 1))
  stats enable
  stats uri /stats
frontend site
  bind 127.0.0.1:$LB
  http-request set-header X-Forwarded-For %[src]
  default_backend instances
backend instances
  balance roundrobin
  # Vaadin keeps a live page's state in its instance: a session stays with the instance that made it.
  cookie SERVER insert indirect nocache
  option httpchk GET /actuator/health/readiness
  default-server inter 500ms fall 2 rise 2
  server a 127.0.0.1:$A cookie a check port $((A + 1000))
  server b 127.0.0.1:$B cookie b check port $((B + 1000))
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
for _ in $(seq 1 30); do curl -sf -o /dev/null "http://127.0.0.1:$LB/en" && break; sleep 1; done
sleep 2

echo "1. readers through the balancer ($REQUESTS requests, 8 at a time)"
ab -q -n "$REQUESTS" -c 8 "http://127.0.0.1:$LB/en" >"$WORK/ab1.txt" 2>&1 || true
failed=$(awk '/^Failed requests/ {print $3}' "$WORK/ab1.txt"); non2xx=$(awk '/^Non-2xx/ {print $3}' "$WORK/ab1.txt")
rate=$(awk '/^Requests per second/ {print $4}' "$WORK/ab1.txt")
served_a=$(grep -c ' /en' "$WORK/a/log/access.log" || true); served_b=$(grep -c ' /en' "$WORK/b/log/access.log" || true)
echo "  $REQUESTS requests, ${failed:-?} failed, ${non2xx:-0} not 2xx, $rate per second; A served $served_a, B $served_b"
check "no failed request" '[ "${failed:-1}" = 0 ] && [ "${non2xx:-0}" = 0 ]'
check "both instances serve readers" '[ "$served_a" -gt 0 ] && [ "$served_b" -gt 0 ]'
search_count() { # search_count PORT QUERY: the count in the results page's heading
  curl -s "http://127.0.0.1:$1/en/search?q=$2" | grep -o '<h1[^>]*>[0-9]* result' | grep -o '[0-9]* result' | awk '{print $1}'
}
count_a=$(search_count $A universities); count_b=$(search_count $B universities)
echo "  search \"universities\": ${count_a:-?} results on A, ${count_b:-?} on B (one OpenSearch index)"
check "the same search finds as many on A as on B" '[ -n "$count_a" ] && [ "$count_a" = "$count_b" ] && [ "$count_a" -gt 0 ]'

echo "2. an editor unpublishes an article on A; B shows it gone"
toggled=$(browser toggle "http://localhost:$A/" "$PASSWORD" | awk '/^TOGGLED/ {print $2}')
t0=$(date +%s%N)
path=$(psql_query "select case when language = 'en' then 'en/' else '' end || 'info-center/inform/' || slug from article where id = $toggled")
waited() { # waited STATUS: ms from $t0 (the change acknowledged) until B answers STATUS for the article, up to 10 s
  local start=$t0
  for _ in $(seq 1 200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B/$path")" = "$1" ] && { echo $(( ($(date +%s%N) - start) / 1000000 )); return 0; }
    sleep 0.05
  done
  echo "never"
}
slug=${path##*/}
# The article's own title as a search on B: found when the results link to it. The goal (p95 <= 2 s from a commit
# on A to searchable on B) is OutboxIndexingIT's figure; this check only bounds it (a busy machine takes longer).
query=$(psql_query "select title from article where id = $toggled")
search_path=$(psql_query "select case when language = 'en' then 'en/' else '' end || 'search' from article where id = $toggled")
search_finds() { # search_finds PORT QUERY SLUG: the search in the article's language lists it
  curl -s -G --data-urlencode "q=$2" "http://127.0.0.1:$1/$search_path" | grep -q "inform/$3\""
}
found_after() { # found_after yes|no: ms from $t0 until B's search finds the article (yes) or stops finding it (no)
  local start=$t0
  for _ in $(seq 1 600); do
    if search_finds $B "$query" "$slug"; then [ "$1" = yes ] && break; else [ "$1" = no ] && break; fi
    sleep 0.1
  done
  if search_finds $B "$query" "$slug"; then [ "$1" = yes ] || { echo never; return 0; }; else [ "$1" = no ] || { echo never; return 0; }; fi
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
gone=$(waited 404); unfound=$(found_after no)
echo "  /$path on B, from the workspace's acknowledgement on A: 404 after $gone ms; gone from B's search results after $unfound ms"
check "B stops showing the unpublished article within 2 s" '[ "$gone" != never ] && [ "${gone:-99999}" -lt 2000 ]'
check "B's search stops finding the unpublished article within 10 s" '[ "$unfound" != never ] && [ "${unfound:-99999}" -lt 10000 ]'
browser toggle "http://localhost:$A/" "$PASSWORD" >/dev/null
t0=$(date +%s%N)
back=$(waited 200); refound=$(found_after yes)
echo "  published again: 200 on B after $back ms; in B's search results after $refound ms"
check "B shows the published article again within 2 s" '[ "$back" != never ] && [ "${back:-99999}" -lt 2000 ]'
check "B's search finds the published article again within 10 s" '[ "$refound" != never ] && [ "${refound:-99999}" -lt 10000 ]'

echo "3. 22 failed sign-ins from one address (each with another name), alternating between A and B"
for i in $(seq 1 22); do
  port=$([ $((i % 2)) = 1 ] && echo $A || echo $B)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -H 'X-Forwarded-For: 192.0.2.77' -H 'Sec-Fetch-Site: same-origin' \
    --data-urlencode "username=nobody-$i" --data-urlencode "password=wrong-$i" "http://127.0.0.1:$port/editor/login")
  echo "$i $port ${location##*\?}" >>"$WORK/sign-in.txt"
done
first_blocked=$(awk '$3 == "blocked" {print $1; exit}' "$WORK/sign-in.txt")
echo "  attempts refused as too many from the address: $(awk '$3 == "blocked" {printf "%s (%s) ", $1, ($2 == '$A' ? "A" : "B")}' "$WORK/sign-in.txt")"
check "the address is refused from its 21st failure, on both instances" ' [ "${first_blocked:-0}" = 21 ] && [ "$(awk '\''$1 == 22 {print $3}'\'' "$WORK/sign-in.txt")" = blocked ]'

echo "4. OpenSearch stopped for 20 s while readers load pages"
# readers_until STOP_FILE OUT: four readers loading pages through the balancer, one status a line, until the stop
# file exists or the script's folder is gone (a failed check ends the script, and its loops with it).
readers_until() {
  for _ in 1 2 3 4; do
    while [ -d "$WORK" ] && [ ! -e "$1" ]; do curl -s -o /dev/null -m 10 -w '%{http_code}\n' "http://127.0.0.1:$LB/en" || echo 000; done >>"$2" &
  done
  wait
}
readers_until "$WORK/search-down.stop" "$WORK/readers-search-down.txt" &
READERS=$!
sleep 2
halt_opensearch; halted_at=$(date +%s)
search_codes() { # one search through the balancer, each another (a kept page would not ask the index): its status
  curl -s -o /dev/null -m 10 -w '%{http_code}\n' "http://127.0.0.1:$LB/en/search?q=universities+$RANDOM"
}
while [ $(( $(date +%s) - halted_at )) -lt 20 ]; do search_codes >>"$WORK/search-down.txt"; sleep 0.5; done
launch_opensearch; back_at=$(date +%s%N)
echo "  OpenSearch was down for $(( back_at / 1000000000 - halted_at )) s (20 s stopped, then its start)"
recovered=never
for _ in $(seq 1 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$A/en/search?q=universities+$RANDOM")" = 200 ] &&
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B/en/search?q=universities+$RANDOM")" = 200 ]; then
    recovered=$(( ($(date +%s%N) - back_at) / 1000000 )); break
  fi
  sleep 0.1
done
touch "$WORK/search-down.stop"; wait "$READERS" || true
down_total=$(wc -l <"$WORK/search-down.txt"); down_503=$(grep -c '^503$' "$WORK/search-down.txt" || true)
done3=$(wc -l <"$WORK/readers-search-down.txt"); failed3=$(grep -vc '^200$' "$WORK/readers-search-down.txt" || true)
echo "  readers meanwhile: $done3 page loads, $failed3 not answered 200"
echo "  searches while OpenSearch was stopped: $down_503 of $down_total answered 503 ($(sort "$WORK/search-down.txt" | uniq -c | awk '{printf "%s x %s  ", $1, $2}'))"
echo "  search answers again on A and B $recovered ms after OpenSearch is back"
check "no reading request failed while OpenSearch was stopped" '[ "$failed3" = 0 ] && [ "$done3" -gt 0 ]'
check "searches answered 503 while OpenSearch was stopped" '[ "$down_total" -gt 0 ] && [ "$down_503" = "$down_total" ]'
check "search comes back by itself within 30 s" '[ "$recovered" != never ] && [ "$recovered" -lt 30000 ]'

echo "5. the search index rebuilt on A while readers load pages and search on B"
before_reindex=$(search_count $B universities)
readers_until "$WORK/reindex.stop" "$WORK/readers-reindex.txt" &
READERS=$!
( while [ -d "$WORK" ] && [ ! -e "$WORK/reindex.stop" ]; do
    curl -s -o /dev/null -m 10 -w '%{http_code}\n' "http://127.0.0.1:$B/en/search?q=universities+$RANDOM" || echo 000
  done >>"$WORK/searches-reindex.txt" ) &
SEARCHES=$!
sleep 1
reindex() { curl -s -m 10 -H "Authorization: Bearer cluster-bench-reindex-token" "$@" "http://127.0.0.1:$((A + 1000))/actuator/reindex"; }
started=$(reindex -X POST -o /dev/null -w '%{http_code}')
status=""
for _ in $(seq 1 1200); do
  status=$(reindex)
  [[ "$status" == *'"running":false'* ]] && break
  sleep 0.25
done
touch "$WORK/reindex.stop"; wait "$READERS" "$SEARCHES" || true
after_reindex=$(search_count $B universities)
done5=$(wc -l <"$WORK/readers-reindex.txt"); failed5=$(grep -vc '^200$' "$WORK/readers-reindex.txt" || true)
searched5=$(wc -l <"$WORK/searches-reindex.txt"); search_failed5=$(grep -vc '^200$' "$WORK/searches-reindex.txt" || true)
echo "  POST /actuator/reindex: $started; at the end: $status"
echo "  readers meanwhile: $done5 page loads, $failed5 not answered 200; searches on B: $searched5, $search_failed5 not answered 200"
echo "  search \"universities\" on B: $before_reindex results before, $after_reindex after"
check "the rebuild was accepted and finished without a failure" '[ "$started" = 202 ] && [[ "$status" == *"\"finished\""* ]] && [[ "$status" != *"\"failure\""* ]]'
check "no reading request or search failed during the rebuild" '[ "$done5" -gt 0 ] && [ "$failed5" = 0 ] && [ "$searched5" -gt 0 ] && [ "$search_failed5" = 0 ]'
check "the search counts the same after the rebuild" '[ -n "$before_reindex" ] && [ "$before_reindex" = "$after_reindex" ]'

echo "6. questions, then an edit saved on A and kill -9 of A under load"
acknowledged=()
for i in $(seq 1 20); do
  form=$(curl -s -c "$WORK/q$i.cookies" "http://127.0.0.1:$LB/en/ask")
  shown=$(echo "$form" | grep -o 'name="shown" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  location=$(curl -s -b "$WORK/q$i.cookies" -o /dev/null -w '%{redirect_url}' -H 'Sec-Fetch-Site: same-origin' \
    --data-urlencode "fullName=Cluster Reader $i" --data-urlencode "email=reader$i@example.org" \
    --data-urlencode "topic=OTHER" --data-urlencode "text=Question $i sent through the balancer." \
    --data-urlencode "consent=yes" --data-urlencode "shown=$shown" "http://127.0.0.1:$LB/en/ask")
  ref=$(echo "$location" | grep -o 'reference=[^&]*' | cut -d= -f2 || true)
  [ -n "$ref" ] && acknowledged+=("$ref")
done
echo "  ${#acknowledged[@]} of 20 questions acknowledged"
# An editor in the workspace on A, through the balancer (HAProxy's cookie holds the session on A).
mkfifo "$WORK/editor-go"
browser live "http://localhost:$LB/" "$PASSWORD" a <"$WORK/editor-go" >"$WORK/editor.out" 2>&1 &
EDITOR=$!
exec 7>"$WORK/editor-go"
for _ in $(seq 1 120); do grep -q READY "$WORK/editor.out" && break; sleep 0.5; done
# An editor on A changes an article's title; A is killed as soon as the workspace has said it is saved.
word="quokka$(tr -dc 'a-z' </dev/urandom | head -c 6 || true)"
mkfifo "$WORK/retitle-go"
browser retitle "http://localhost:$A/" "$PASSWORD" "$toggled" "$word" <"$WORK/retitle-go" >"$WORK/retitle.out" 2>&1 &
RETITLE=$!
exec 8>"$WORK/retitle-go"
for _ in $(seq 1 120); do grep -q READY "$WORK/retitle.out" && break; sleep 0.5; done
ab -q -c 8 -t "$SECONDS_AROUND_KILL" "http://127.0.0.1:$LB/en" >"$WORK/ab2.txt" 2>&1 &
AB=$!
sleep 2
echo go >&8; exec 8>&-
for _ in $(seq 1 600); do grep -q "SAVED\|FAILED" "$WORK/retitle.out" && break; sleep 0.05; done
kill -9 "$A_PID"; killed_at=$(date +%s%N)
echo "  an edit saved on A ($(grep -o 'SAVED\|RETITLE FAILED.*' "$WORK/retitle.out" || echo 'no answer')), and instance A killed at once"
wait "$RETITLE" || true
# When the balancer marks A down (two failed health checks 500 ms apart), from its own statistics.
down=never
for _ in $(seq 1 200); do
  if curl -s "http://127.0.0.1:$((LB - 1))/stats;csv" | awk -F, '$1 == "instances" && $2 == "a" {print $18}' | grep -q DOWN; then
    down=$(( ($(date +%s%N) - killed_at) / 1000000 )); break
  fi
  sleep 0.05
done
after_ok=0; after_failed=0
for i in $(seq 1 50); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB/en?after-kill=$i")
  if [ "$code" = 200 ]; then after_ok=$((after_ok + 1)); else after_failed=$((after_failed + 1)); fi
done
echo go >&7; exec 7>&-
wait "$EDITOR" || true
live=$(grep '^LIVE' "$WORK/editor.out" || echo "LIVE ERROR no answer: $(tail -1 "$WORK/editor.out")")
echo "  the editor who was on A goes on in the workspace: ${live#LIVE }"
check "a live page on the killed instance starts anew without an error" '[[ "$live" == "LIVE OK"* ]]'
wait "$AB" || true
failed2=$(awk '/^Failed requests/ {print $3}' "$WORK/ab2.txt"); done2=$(awk '/^Complete requests/ {print $3}' "$WORK/ab2.txt")
echo "  readers' load during the kill: ${done2:-?} requests, ${failed2:-?} failed (the balancer retries a refused connection on B)"
echo "  the balancer marked A down $down ms after the kill; 50 fresh page loads after it: $after_ok answered 200, $after_failed failed"
check "the balancer takes A out within 5 s" '[ "$down" != never ] && [ "$down" -lt 5000 ]'
check "every first response after the kill succeeds" '[ "$after_failed" = 0 ]'
scheme=$(curl -s -b "a11y=v1|fs:150|cs:white-on-black|on:1" "http://127.0.0.1:$LB/en" | grep -o 'data-scheme="[^"]*"' | head -1)
echo "  a reader's settings cookie after the kill: $scheme"
check "reader settings survive (the cookie)" '[ "$scheme" = '\''data-scheme="white-on-black"'\'' ]'
edited=never
for _ in $(seq 1 900); do
  search_finds $B "$word" "$slug" && { edited=$(( ($(date +%s%N) - killed_at) / 1000000 )); break; }
  sleep 0.1
done
echo "  the edit acknowledged by A just before the kill: found by B's search $edited ms after the kill"
check "an edit acknowledged just before kill -9 is still indexed (within 90 s)" '[ "$edited" != never ]'
list=$(printf "'%s'," "${acknowledged[@]}"); list=${list%,}
stored=$(psql_query "select count(*) || ' rows, ' || count(distinct reference) || ' references' from question where reference in ($list)")
echo "  acknowledged questions in the database: $stored"
check "every acknowledged question is stored exactly once" '[ "$stored" = "${#acknowledged[@]} rows, ${#acknowledged[@]} references" ]'
check "questions were acknowledged" '[ "${#acknowledged[@]}" -gt 0 ]'

[ "$FAILED" = 0 ] && echo "cluster: every check passed" || { echo "cluster: some checks FAILED"; exit 1; }
