# A throw-away PostgreSQL cluster on a free port, for the tests (bin/test) and the cluster bench (bench/cluster.sh).
# Source it, then: start_postgresql DATABASE  sets PG_PORT, PG_BIN and PG_URL (jdbc:postgresql://127.0.0.1:PORT/DB,
# user rosnou, no password) and removes the cluster when the shell exits. Installs Debian's postgresql if missing.

start_postgresql() {
  local database=$1
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing Debian's postgresql..."
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/rosnou-postgresql.XXXXXX)
  # initdb refuses to run as root: the cluster then belongs to Debian's postgres user.
  PG_AS_OWNER=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS_OWNER=(runuser -u postgres --)
  fi
  # A port picked at random (then the next free one): initdb takes seconds, and two scripts starting at the same
  # moment would otherwise both find 55432 free.
  PG_PORT=$((55432 + RANDOM % 400))
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
  trap stop_postgresql EXIT
  "${PG_AS_OWNER[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U rosnou --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Throw-away data: no durability needed, so no fsync.
  "${PG_AS_OWNER[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null
  "${PG_AS_OWNER[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U rosnou "$database"
  PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$database"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
}

stop_postgresql() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
    "${PG_AS_OWNER[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

# psql_query SQL: one value, unaligned.
psql_query() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U rosnou -d "${PG_URL##*/}" -tAc "$1"
}
