# Shared parts of the benchmark scripts: start a production jar on a throw-away data folder with an access log,
# wait for it, stop it, and run the browser driver (bench/BenchBrowser.java) with the project's test classpath.
# Everything listens on and visits localhost only.

bench_classpath() {
  local cp=target/bench-classpath.txt
  if [ ! -s "$cp" ]; then
    ./mvnw -q -ntp dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
  fi
  cat "$cp"
}

# browser MODE ARGS...: runs bench/BenchBrowser.java.
browser() {
  java -cp "$(bench_classpath)" bench/BenchBrowser.java "$@"
}

# start_jar NAME JAR DATA_DIR PORT [EXTRA JVM/APP ARGS...]: starts it in the background, sets NAME_PID.
# BENCH_ACCESS_LOG=0 leaves out the access log the benches read (bench/throughput.sh: it would cost a write per
# request that production does not make). BENCH_START_SECONDS (180) is how long it may take to start.
start_jar() {
  local name=$1 jar=$2 data=$3 port=$4
  shift 4
  mkdir -p "$data/log"
  local access=(--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$data/log"
    --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log
    --server.tomcat.accesslog.file-date-format= --server.tomcat.accesslog.buffered=false
    '--server.tomcat.accesslog.pattern=%{begin:msec}t %D %B %U%q')
  [ "${BENCH_ACCESS_LOG:-1}" = 1 ] || access=()
  APP_DATA_DIR=$data APP_ADMIN_USERNAME=admin APP_ADMIN_PASSWORD=${BENCH_PASSWORD:-bench-admin-password-1} \
    APP_SAMPLE_CONTENT=${APP_SAMPLE_CONTENT:-true} PORT=$port MANAGEMENT_PORT=$((port + 1000)) \
    setsid java "$@" -jar "$jar" "${access[@]}" >"$data/site.log" 2>&1 &
  eval "${name}_PID=$!"
  for _ in $(seq 1 "${BENCH_START_SECONDS:-180}"); do
    curl -sf -o /dev/null "http://localhost:$port/en" && return 0
    sleep 1
  done
  echo "the site on port $port did not start within ${BENCH_START_SECONDS:-180} s (BENCH_START_SECONDS); the end of $data/site.log:" >&2
  tail -40 "$data/site.log" | cut -c1-300 >&2
  return 1
}

stop_jar() {
  local pid=$1
  kill -- -"$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 -- -"$pid" 2>/dev/null || true
}

# heap_used_now PID: the used heap in KB, as it is (no collection first).
heap_used_now() {
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print v; exit } }'
}

# heap_after_gc PID: the used heap in KB after a full collection.
heap_after_gc() {
  local pid=$1
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  heap_used_now "$pid"
}

# jars_to_compare [JAR...]: sets JARS to the jars given (before, after), or to the one the build made.
jars_to_compare() {
  JARS=("$@")
  [ ${#JARS[@]} -gt 0 ] || JARS=(target/international-news-0.1.0-SNAPSHOT.jar)
}
