#!/usr/bin/env bash
# Start to ready (issue 24): for a production jar, RUNS starts (default 5) of each way of running it, each on fresh
# throw-away data (the first start of a site: schema, sample content, search index), timing from launch
#   ready     /actuator/health/readiness answers 200 on the management port;
#   seed      the seed article answers 200 (the sample content is in);
# and printing min / median / max of each, for
#   plain        java -jar JAR
#   production   the README's production command (java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar JAR)
#   cds          the same from Spring Boot's extracted layout with a Class Data Sharing archive
#                (java -Djarmode=tools -jar JAR extract, one training start with -XX:ArchiveClassesAtExit and
#                -Dspring.context.exit=onRefresh, then -XX:SharedArchiveFile); the training start is not counted.
#
#   bench/startup.sh [JAR]     (default target/international-news-0.1.0-SNAPSHOT.jar; build it with
#                               ./mvnw -Pproduction package -DskipTests)
#
# RUNS, WAYS (default "plain production cds"), PORT (8093). localhost only; bounded: each start is given at most
# START_SECONDS (300) and then stopped. Compare on a quiet machine: other work on two cores doubles these times.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
WAYS=${WAYS:-plain production cds}
PORT=${PORT:-8093}
MANAGEMENT=$((PORT + 1000))
START_SECONDS=${START_SECONDS:-300}
JAR=$(realpath "${1:-target/international-news-0.1.0-SNAPSHOT.jar}")
SEED=en/info-center/inform/rosnou-prinyal-uchastie-v-obsuzhdenii-partnerstva-mezhdu-rossiyskimi-i-yaponskimi-vuzami
WORK=$(mktemp -d)
SITE_PID=""
trap '[ -z "$SITE_PID" ] || kill -- -"$SITE_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

now_ms() { date +%s%3N; }

# launch DATA JAVA_ARGS...: starts the site on fresh data in the background, sets SITE_PID.
launch() {
  local data=$1
  shift
  mkdir -p "$data"
  APP_DATA_DIR=$data APP_ADMIN_USERNAME=admin APP_ADMIN_PASSWORD=bench-admin-password-1 APP_SAMPLE_CONTENT=true \
    PORT=$PORT MANAGEMENT_PORT=$MANAGEMENT setsid java "$@" >"$data/site.log" 2>&1 &
  SITE_PID=$!
}

stop() {
  [ -n "$SITE_PID" ] || return 0
  kill -- -"$SITE_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$SITE_PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 -- -"$SITE_PID" 2>/dev/null || true
  SITE_PID=""
}

# one WAY RUN: one start; sets ONE_READY and ONE_SEED (milliseconds, or "timeout").
one() {
  local way=$1 data="$WORK/$1-$2"
  local args
  case $way in
    plain) args=(-jar "$JAR") ;;
    production) args=(-Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$JAR") ;;
    cds) args=(-Xmx512m -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile="$WORK/extracted/app.jsa" -jar "$WORK/extracted/$(basename "$JAR")") ;;
  esac
  local start ready="" seed="" deadline
  start=$(now_ms)
  launch "$data" "${args[@]}"
  deadline=$((start + START_SECONDS * 1000))
  while [ -z "$seed" ] || [ -z "$ready" ]; do
    [ "$(now_ms)" -lt "$deadline" ] || break
    [ -n "$ready" ] || { curl -sf -o /dev/null -m 2 "http://localhost:$MANAGEMENT/actuator/health/readiness" && ready=$(($(now_ms) - start)); } || true
    [ -n "$seed" ] || { curl -sf -o /dev/null -m 2 "http://localhost:$PORT/$SEED" && seed=$(($(now_ms) - start)); } || true
    sleep 0.1
  done
  stop
  ONE_READY=${ready:-timeout} ONE_SEED=${seed:-timeout}
}

if [[ " $WAYS " == *" cds "* ]]; then
  echo "extracting the jar and training the CDS archive (not counted)..." >&2
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
  mkdir -p "$WORK/training"
  APP_DATA_DIR="$WORK/training" APP_ADMIN_USERNAME=admin APP_ADMIN_PASSWORD=bench-admin-password-1 PORT=$PORT \
    MANAGEMENT_PORT=$MANAGEMENT timeout "$START_SECONDS" java -XX:ArchiveClassesAtExit="$WORK/extracted/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$WORK/extracted/$(basename "$JAR")" >"$WORK/training/site.log" 2>&1 || true
  [ -s "$WORK/extracted/app.jsa" ] || { echo "no CDS archive was written; see the training log" >&2; WAYS=${WAYS/cds/}; }
fi

stats() { # min median max of the numbers given, in seconds
  printf '%s\n' "$@" | grep -v timeout | sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "timeout"; exit }
    printf "%5.1f / %5.1f / %5.1f s", v[1] / 1000, v[int((NR + 1) / 2)] / 1000, v[NR] / 1000 }'
}

echo
echo "start to ready, $RUNS runs each (min / median / max), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-12s %-26s %-26s\n' way "readiness 200" "seed article 200"
for way in $WAYS; do
  readies=() seeds=()
  for run in $(seq 1 "$RUNS"); do
    one "$way" "$run"
    readies+=("$ONE_READY") seeds+=("$ONE_SEED")
  done
  printf '%-12s %-26s %-26s\n' "$way" "$(stats "${readies[@]}")" "$(stats "${seeds[@]}")"
done
