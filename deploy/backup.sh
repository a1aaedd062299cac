#!/usr/bin/env bash
# Backs up the site's database while it runs, into BACKUP_DIR (default: the data folder's "backups").
#   H2 (the default): asks the running site for H2's online BACKUP TO, on the management port (127.0.0.1 only),
#   with the site's APP_BACKUP_TOKEN.
#   PostgreSQL (DATABASE_URL=jdbc:postgresql://host:port/name): pg_dump in its custom format.
# Backups are described in docs/operations.md ("Backups"). Run it from cron, e.g. daily: 15 3 * * * .../backup.sh
set -euo pipefail
DATA_DIR=${APP_DATA_DIR:-./data}
BACKUP_DIR=${BACKUP_DIR:-$DATA_DIR/backups}
STAMP=$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$BACKUP_DIR"
case "${DATABASE_URL:-}" in
  jdbc:postgresql://*)
    # jdbc:postgresql://host:port/name -> host, port, name (pg_dump reads the password from PGPASSWORD or ~/.pgpass).
    rest=${DATABASE_URL#jdbc:postgresql://}
    hostport=${rest%%/*}
    name=${rest#*/}; name=${name%%\?*}
    host=${hostport%%:*}
    port=5432; [[ "$hostport" == *:* ]] && port=${hostport##*:}
    PGPASSWORD=${DATABASE_PASSWORD:-${PGPASSWORD:-}} pg_dump --format=custom --no-owner \
      -h "$host" -p "$port" -U "${DATABASE_USER:-rosnou}" -f "$BACKUP_DIR/news-$STAMP.dump" "$name"
    echo "$BACKUP_DIR/news-$STAMP.dump"
    ;;
  *)
    # The same APP_BACKUP_TOKEN as the site's environment; the site refuses backups while it has none. The site keeps
    # the newest app.backup.keep zips (default 7) and runs at most one backup per app.backup.min-interval (10m).
    : "${APP_BACKUP_TOKEN:?set APP_BACKUP_TOKEN to the token the site was started with}"
    curl -fsS -X POST -H "Authorization: Bearer $APP_BACKUP_TOKEN" \
      "http://127.0.0.1:${MANAGEMENT_PORT:-8081}/actuator/backup"
    echo
    ;;
esac
