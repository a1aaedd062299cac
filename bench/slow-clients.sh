#!/usr/bin/env bash
# Slow clients against the production jar (issue "Hardening", item 12): CLIENTS connections that send their
# request headers one byte every TRICKLE seconds and never finish, while a reader loads pages. Prints, per jar, how
# long the reader's pages took and how many slow connections the server had closed by the end.
#
#   bench/slow-clients.sh [BEFORE_JAR] [AFTER_JAR]     (default: only target/international-news-*.jar)
#
# localhost only; bounded: CLIENTS connections for SECONDS seconds, one reader page a second.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
CLIENTS=${CLIENTS:-400}
SECONDS_TO_RUN=${SECONDS_TO_RUN:-45}
# A byte every TRICKLE seconds: slower than the connection timeout the site sets, faster than Tomcat's default.
TRICKLE=${TRICKLE:-15}
PORT=${PORT:-8095}
jars_to_compare "$@"

for jar in "${JARS[@]}"; do
  data=$(mktemp -d /tmp/slow.XXXX)
  start_jar SITE "$jar" "$data" "$PORT"
  python3 - "$PORT" "$CLIENTS" "$SECONDS_TO_RUN" "$(basename "$jar")" "$TRICKLE" <<'PY'
import socket, sys, time, threading, urllib.request
port, clients, seconds, name, trickle_every = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
slow, closed = [], [0]
for _ in range(clients):
    s = socket.create_connection(("localhost", port))
    s.sendall(b"GET /en HTTP/1.1\r\nHost: localhost\r\n")
    slow.append(s)
def trickle():
    end = time.time() + seconds
    while time.time() < end:
        for s in list(slow):
            try:
                s.sendall(b"X")
            except OSError:
                slow.remove(s); closed[0] += 1
        time.sleep(trickle_every)
threading.Thread(target=trickle, daemon=True).start()
times, failures = [], 0
end = time.time() + seconds
while time.time() < end:
    started = time.time()
    try:
        urllib.request.urlopen(f"http://localhost:{port}/en?slow={started}", timeout=10).read()
        times.append((time.time() - started) * 1000)
    except Exception:
        failures += 1
    time.sleep(1)
times.sort()
p = lambda q: times[min(len(times) - 1, int(q * len(times)))] if times else float("nan")
print(f"SLOW {name}: {clients} slow clients for {seconds}s; reader pages {len(times)} ok, {failures} failed, "
      f"median {p(0.5):.0f} ms, max {p(1.0):.0f} ms; slow connections closed by the server: {closed[0]}")
PY
  stop_jar "$SITE_PID"
  rm -rf "$data"
done
