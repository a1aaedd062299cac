#!/usr/bin/env bash
# What one request costs (issue 24): responses per second and p99 latency with wrk at CONNECTIONS connections
# (default 16, two wrk threads), for each production jar given (before and after a change, side by side), of
#   nginx       Debian's nginx-light serving the seed article's HTML (the same bytes the site sends) as a file,
#               measured again next to each jar, the yardstick for what this machine can do;
#   kept        the seed article from the page cache, without a cookie;
#   cookie      the same with a reading-settings cookie (another kept page: large text, white on black);
#   304         the same revalidated with its ETag (If-None-Match), answered 304 without a body;
#   stylesheet  the hashed site.css (a static asset cached for a year);
#   drawn       the seed article drawn anew for every request (the jar started again with
#               -Dapp.pages.cache-lifetime=0s, so nothing is kept);
# with the share of nginx's responses per second for each. wrk asks for no compression, like nginx serving the
# file, so every response carries the same bytes (about 20 KB for a page).
#
#   bench/throughput.sh [BEFORE_JAR] [AFTER_JAR]   (default: only target/international-news-*.jar)
#   e.g. bench/throughput.sh /tmp/before.jar target/international-news-0.1.0-SNAPSHOT.jar
#
# Build a jar with `./mvnw -Pproduction package -DskipTests`; for "before", build the old commit in a
# `git worktree` and copy its jar aside. Settings: DURATION (seconds measured per row, default 8), WARMUP (seconds
# of the same load first, not counted, default 4), CONNECTIONS (16), HEAP (the site's -Xmx, 512m), PORT (8095;
# nginx listens on PORT+10), JAVA_OPTS (more JVM options for the site, e.g. -XX:StartFlightRecording=...).
# Installs Debian's nginx-light and wrk when they are missing (apt-get). localhost only; bounded: a few minutes a
# jar. The site runs without the benches' access log (production writes none); its own request log is left as
# configured. The figures depend on what else the machine does: compare jars in one run, on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${DURATION:-8}
WARMUP=${WARMUP:-4}
CONNECTIONS=${CONNECTIONS:-16}
HEAP=${HEAP:-512m}
PORT=${PORT:-8095}
export BENCH_START_SECONDS=${BENCH_START_SECONDS:-600}
NGINX_PORT=$((PORT + 10))
SEED=en/info-center/inform/rosnou-prinyal-uchastie-v-obsuzhdenii-partnerstva-mezhdu-rossiyskimi-i-yaponskimi-vuzami
COOKIE='a11y=v1|fs:150|ls:normal|lh:1.5|ff:sans|cs:white-on-black|im:show|on:1'
jars_to_compare "$@"
for jar in "${JARS[@]}"; do [ -f "$jar" ] || { echo "no jar $jar" >&2; exit 2; }; done

missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v wrk >/dev/null || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d)
chmod 755 "$WORK" # nginx's workers run as another user
NGINX_STARTED=""
cleanup() {
  [ -z "${SITE_PID:-}" ] || stop_jar "$SITE_PID"
  [ -z "$NGINX_STARTED" ] || "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# cpu_ticks PID...: the CPU time the processes have used so far, in clock ticks (user and system).
cpu_ticks() {
  local total=0 pid fields
  for pid in "$@"; do
    fields=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
    total=$((total + $(awk '{ print $12 + $13 }' <<<"$fields")))
  done
  echo "$total"
}

# The processes that serve a row: the site's JVM, or nginx's master and workers.
server_pids() {
  if [ "$1" = nginx ]; then
    local master
    master=$(cat "$WORK/nginx/nginx.pid")
    echo "$master" $(pgrep -P "$master")
  else
    echo "$SITE_PID"
  fi
}

# measure NAME URL [WRK ARGS...]: a warm-up, then DURATION seconds; sets RPS_NAME, P99_NAME (ms), BAD_NAME and
# CPU_NAME (the server's CPU microseconds per response: what the others on the machine change least).
measure() {
  local name=$1 url=$2
  shift 2
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null 2>&1 || true
  local out pids before after
  pids=$(server_pids "$name")
  # shellcheck disable=SC2086
  before=$(cpu_ticks $pids)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" 2>&1 || true)
  # shellcheck disable=SC2086
  after=$(cpu_ticks $pids)
  printf -v "RPS_$name" '%s' "$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")"
  printf -v "P99_$name" '%s' "$(awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
    if (u == "us") v /= 1000; else if (u == "s") v *= 1000; printf "%.1f", v }' <<<"$out")"
  printf -v "BAD_$name" '%s' "$(awk '/Non-2xx or 3xx/ { n += $NF } /Socket errors/ { n += 1 } END { print n + 0 }' <<<"$out")"
  local total
  total=$(awk '/requests in/ { print $1 }' <<<"$out")
  printf -v "CPU_$name" '%s' "$(awk -v t=$((after - before)) -v n="${total:-0}" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (n > 0) printf "%d", t * 1000000 / hz / n; else print "?" }')"
}

# The sample content comes in after the site starts answering: wait for the article.
wait_for_seed() {
  for _ in $(seq 1 60); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
  echo "the seed article did not appear at $1" >&2
  return 1
}

start_nginx() {
  mkdir -p "$WORK/nginx/html/$(dirname "$SEED")" "$WORK/nginx/logs"
  cp "$WORK/seed.html" "$WORK/nginx/html/$SEED"
  cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/html;
    default_type "text/html; charset=UTF-8";
  }
}
EOF
  "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
  NGINX_STARTED=1
}

ROWS=(nginx kept cookie 304 stylesheet drawn)
declare -A RESULT
i=0
for jar in "${JARS[@]}"; do
  i=$((i + 1))
  echo "== $jar" >&2
  data="$WORK/site-$i"
  BENCH_ACCESS_LOG=0 start_jar SITE "$jar" "$data" "$PORT" "-Xmx$HEAP" ${JAVA_OPTS:-}
  url="http://localhost:$PORT/$SEED"
  wait_for_seed "$url"
  curl -sf -D "$WORK/headers" -o "$WORK/seed.html" "$url"
  etag=$(awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }' "$WORK/headers")
  css=$(grep -o 'href="/assets/site-[0-9a-f]*\.css"' "$WORK/seed.html" | head -1 | sed 's/href="\///; s/"$//')
  [ -n "$NGINX_STARTED" ] || start_nginx
  cmp -s "$WORK/seed.html" "$WORK/nginx/html/$SEED" || echo "  (this jar's page differs from the one nginx serves)" >&2
  measure nginx "http://127.0.0.1:$NGINX_PORT/$SEED"
  measure kept "$url"
  measure cookie "$url" -H "Cookie: $COOKIE"
  measure 304 "$url" -H "If-None-Match: $etag"
  measure stylesheet "http://localhost:$PORT/$css"
  stop_jar "$SITE_PID"
  BENCH_ACCESS_LOG=0 start_jar SITE "$jar" "$data-drawn" "$PORT" "-Xmx$HEAP" -Dapp.pages.cache-lifetime=0s ${JAVA_OPTS:-}
  wait_for_seed "$url"
  measure drawn "$url"
  stop_jar "$SITE_PID"
  SITE_PID=""
  for row in "${ROWS[@]}"; do
    rps_var="RPS_$row" p99_var="P99_$row" bad_var="BAD_$row" cpu_var="CPU_$row"
    RESULT[$row,$i]="${!rps_var:-0} ${!p99_var:-?} ${!bad_var:-0} ${!cpu_var:-?}"
  done
done

echo
echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s (after ${WARMUP}s of warm-up), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "each: responses/s, p99 latency, share of nginx's responses/s, the server's CPU time per response"
printf '%-12s' ""
for jar in "${JARS[@]}"; do printf ' | %-53s' "$(basename "$jar")"; done
echo
for row in "${ROWS[@]}"; do
  printf '%-12s' "$row"
  for j in $(seq 1 ${#JARS[@]}); do
    read -r rps p99 bad cpu <<<"${RESULT[$row,$j]}"
    read -r nginx_rps _ <<<"${RESULT[nginx,$j]}"
    share=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else print "?" }')
    note=""
    [ "$bad" = 0 ] || note=" ($bad bad)"
    printf ' | %7s/s p99 %7s ms %7s %6s us/resp%s' "$rps" "$p99" "$share" "$cpu" "$note"
  done
  echo
done
