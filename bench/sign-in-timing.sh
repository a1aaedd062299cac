#!/usr/bin/env bash
# How long the login form takes to refuse, by kind of refusal. An attacker should not be able to tell an unknown
# name, a wrong password and a locked or disabled account apart by the time the answer takes.
# Starts the site on a throw-away database (its admin account is locked on the way), posts the form with curl
# and prints the median and 90th percentile of each kind, in milliseconds.
# Usage: bench/sign-in-timing.sh [samples per kind, default 40]
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES=${1:-40}
PORT=${BENCH_PORT:-8093}
DATA=$(mktemp -d)
PASSWORD=bench-admin-password-1
APP_DATA_DIR=$DATA APP_ADMIN_USERNAME=admin APP_ADMIN_PASSWORD=$PASSWORD PORT=$PORT \
  setsid ./mvnw -B -q -ntp spring-boot:run >"$DATA/site.log" 2>&1 &
SITE=$!
trap 'kill -- -$SITE 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$PORT/" && break; sleep 2; done

address=0
# Each attempt claims its own client address through the trusted local proxy, so that the per-address limit
# (which would otherwise answer quickly after 20 failures) stays out of the figures.
attempt() {
  address=$((address + 1))
  curl -s -o /dev/null -w '%{time_total}\n' -H "X-Forwarded-For: 198.51.$((address / 250)).$((address % 250 + 1))" \
    -H 'Sec-Fetch-Site: same-origin' --data-urlencode "username=$1" --data-urlencode "password=$2" \
    "http://localhost:$PORT/editor/login"
}
summary() {
  sort -n | awk -v name="$1" '{ t[NR] = $1 * 1000 } END {
    printf "%-34s median %6.1f ms   p90 %6.1f ms   (n=%d)\n", name, t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)], NR }'
}

for _ in $(seq 1 5); do attempt admin "$PASSWORD" >/dev/null; done   # warm up
for _ in $(seq 1 "$SAMPLES"); do attempt "nobody-$RANDOM" wrong-password; done | summary "unknown user name"
for i in $(seq 1 "$SAMPLES"); do
  attempt admin wrong-password
  # Four failures in a row at most, then a success that clears the count, so that the account stays unlocked.
  if (( i % 4 == 0 )); then attempt admin "$PASSWORD" >/dev/null; fi
done | summary "existing account, wrong password"
for _ in $(seq 1 "$SAMPLES"); do attempt admin "$PASSWORD"; done | summary "right password (signs in)"
for _ in $(seq 1 5); do attempt admin wrong-password >/dev/null; done   # locks the account
for _ in $(seq 1 "$SAMPLES"); do attempt admin wrong-password; done | summary "locked account, wrong password"
for _ in $(seq 1 "$SAMPLES"); do attempt admin "$PASSWORD"; done | summary "locked account, right password"
