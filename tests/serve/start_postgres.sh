#!/bin/sh
# Start Debian's PostgreSQL for the store/API tests and print the URL to put in TAWATUR_TEST_PG.
# Idempotent: safe to run again (an existing cluster, role or database is reused). Runs as root on a
# Debian machine with the `postgresql` package installed.
#   export TAWATUR_TEST_PG="$(sh tests/serve/start_postgres.sh)"
set -eu
PGUSER_NAME="${TAWATUR_PG_USER:-tawatur}"
PGPASS="${TAWATUR_PG_PASSWORD:-tawatur}"
PGDB="${TAWATUR_PG_DB:-tawatur_test}"
PORT="${TAWATUR_PG_PORT:-5432}"

VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if [ -z "$VERSION" ]; then
  echo "start_postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')"

# wait until it accepts connections
i=0
until su postgres -c "psql -p $PORT -Atqc 'select 1'" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -gt 30 ]; then echo "start_postgres.sh: server did not come up" >&2; exit 1; fi
  sleep 1
done

if [ "$(su postgres -c "psql -p $PORT -Atqc \"select 1 from pg_roles where rolname='$PGUSER_NAME'\"")" != "1" ]; then
  su postgres -c "psql -p $PORT -qc \"create role $PGUSER_NAME login password '$PGPASS'\"" >&2
fi
if [ "$(su postgres -c "psql -p $PORT -Atqc \"select 1 from pg_database where datname='$PGDB'\"")" != "1" ]; then
  su postgres -c "createdb -p $PORT -O $PGUSER_NAME $PGDB" >&2
fi
echo "postgresql://$PGUSER_NAME:$PGPASS@127.0.0.1:$PORT/$PGDB"
