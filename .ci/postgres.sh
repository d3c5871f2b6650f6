#!/usr/bin/env bash
# Installs (if needed) and starts local PostgreSQL servers with a role for the tests, and prints a URL.
# Debian's packages; run as root.
#   .ci/postgres.sh               the main server (cluster "main"): the URL for ENTENTE_TEST_POSTGRES
#   .ci/postgres.sh restartable   a second server (cluster "restartable", port 5433) for the restart tests,
#                                 so that restarting it cannot disturb the tests that use the main one:
#                                 the URL for ENTENTE_TEST_POSTGRES_RESTARTABLE
#   .ci/postgres.sh restart       stops the second server at once (open connections are cut) and starts it
#                                 again: what ENTENTE_TEST_POSTGRES_RESTART runs
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
cluster=main
case "${1:-}" in
    restart) pg_ctlcluster "$version" restartable restart -m fast >&2; exit 0 ;;
    restartable) cluster=restartable ;;
    "") ;;
    *) echo "usage: .ci/postgres.sh [restartable|restart]" >&2; exit 2 ;;
esac
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^$version $cluster$"; then
    if [ "$cluster" = restartable ]; then pg_createcluster --port 5433 "$version" "$cluster" >&2; else pg_createcluster "$version" "$cluster" >&2; fi
fi
pg_ctlcluster "$version" "$cluster" start >&2 || true
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $3}')
for _ in $(seq 1 30); do
    su postgres -c "psql -p $port -qtAc 'SELECT 1'" >/dev/null 2>&1 && break
    sleep 1
done
su postgres -c "psql -p $port -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'entente') THEN CREATE ROLE entente LOGIN CREATEDB PASSWORD 'entente'; END IF; END \\\$\\\$;\"" >&2
if ! su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'entente'\"" | grep -q 1; then
    su postgres -c "createdb -p $port -O entente entente" >&2
fi
echo "postgres://entente:entente@127.0.0.1:$port/entente"
