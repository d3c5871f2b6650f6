#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL server with a role for the tests, then prints the URL
# the tests read from ENTENTE_TEST_POSTGRES. Debian's packages; run as root.
#   .ci/postgres.sh            install, start, print the URL
#   .ci/postgres.sh restart    stop the running server at once (open connections are cut) and start it again:
#                              the store's restart test runs this through ENTENTE_TEST_POSTGRES_RESTART
set -euo pipefail
if [ "${1:-}" = restart ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_ctlcluster "$version" main restart -m fast >&2
    exit 0
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^$version main$"; then
    pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 1 30); do
    su postgres -c "psql -p $port -qtAc 'SELECT 1'" >/dev/null 2>&1 && break
    sleep 1
done
su postgres -c "psql -p $port -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'entente') THEN CREATE ROLE entente LOGIN CREATEDB PASSWORD 'entente'; END IF; END \\\$\\\$;\"" >&2
if ! su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'entente'\"" | grep -q 1; then
    su postgres -c "createdb -p $port -O entente entente" >&2
fi
echo "postgres://entente:entente@127.0.0.1:$port/entente"
