#!/usr/bin/env bash
# Installs (if needed) and starts local PostgreSQL servers with a role for the tests, and prints a URL.
# Debian's packages; run as root.
#   .ci/postgres.sh               the main server (cluster "main"): the URL for ENTENTE_TEST_POSTGRES
#   .ci/postgres.sh restartable   a second server (cluster "restartable", port 5433) for the restart tests,
#                                 so that restarting it cannot disturb the tests that use the main one:
#                                 the URL for ENTENTE_TEST_POSTGRES_RESTARTABLE
#   .ci/postgres.sh restart       stops the second server at once (open connections are cut) and starts it
#                                 again: what ENTENTE_TEST_POSTGRES_RESTART runs
#   .ci/postgres.sh tls           a third server (cluster "tls", port 5434) that takes TLS connections only, with
#                                 a certificate for "localhost" from an authority made here
#                                 (/var/lib/postgresql/entente-tls/ca.crt): the URL for ENTENTE_TEST_POSTGRES_TLS
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
    tls) cluster=tls ;;
    "") ;;
    *) echo "usage: .ci/postgres.sh [restartable|restart|tls]" >&2; exit 2 ;;
esac
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^$version $cluster$"; then
    case "$cluster" in
        restartable) pg_createcluster --port 5433 "$version" "$cluster" >&2 ;;
        tls) pg_createcluster --port 5434 "$version" "$cluster" >&2 ;;
        *) pg_createcluster "$version" "$cluster" >&2 ;;
    esac
fi
if [ "$cluster" = tls ]; then
    # A certificate authority of our own and a server certificate for localhost signed by it; the server
    # refuses connections without TLS.
    dir=/var/lib/postgresql/entente-tls
    if [ ! -f "$dir/server.crt" ]; then
        mkdir -p "$dir"
        openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Entente test CA" \
            -keyout "$dir/ca.key" -out "$dir/ca.crt" >&2 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" >&2 2>/dev/null
        printf 'subjectAltName=DNS:localhost\n' > "$dir/san.ext"
        openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 3650 \
            -extfile "$dir/san.ext" -out "$dir/server.crt" >&2 2>/dev/null
        chown -R postgres:postgres "$dir"
        chmod 600 "$dir/server.key"
        chmod 644 "$dir/ca.crt"
    fi
    conf=/etc/postgresql/$version/tls
    sed -i -e "s|^#\?ssl = .*|ssl = on|" -e "s|^#\?ssl_cert_file = .*|ssl_cert_file = '$dir/server.crt'|" \
        -e "s|^#\?ssl_key_file = .*|ssl_key_file = '$dir/server.key'|" "$conf/postgresql.conf"
    printf 'local all postgres peer\nhostssl all all 127.0.0.1/32 scram-sha-256\nhostssl all all ::1/128 scram-sha-256\n' > "$conf/pg_hba.conf"
    pg_ctlcluster "$version" "$cluster" restart >&2 || true
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
# The TLS server is named by the name its certificate holds, so that verify-full can check it.
host=127.0.0.1
[ "$cluster" = tls ] && host=localhost
echo "postgres://entente:entente@$host:$port/entente"
