#!/usr/bin/env bash
# wrk with 500 connections against `entente serve --demo` over a SQLite file and over PostgreSQL, one after
# the other in the same run, across the pages and API routes of the load test (LoadTests.swift): requests
# per second, socket errors and non-2xx answers of each; first as clients read (answers kept while the store
# does not change), then with every answer made afresh ("Cache-Control: no-cache"), the database read each time. PostgreSQL comes from ENTENTE_BENCH_POSTGRES (a
# server URL whose role may create databases) or from .ci/postgres.sh, which installs and starts one (root).
#   Benchmarks/server-load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
binary=${ENTENTE:-.build/release/entente}
[ -x "$binary" ] || { echo "build first: swift build -c release" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
server=${ENTENTE_BENCH_POSTGRES:-$(bash .ci/postgres.sh)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
database="entente_bench_$$"
psql "$server" -qtAc "CREATE DATABASE $database" >/dev/null
trap 'psql "$server" -qtAc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null; rm -rf "$work"' EXIT
postgres="${server%/*}/$database${ENTENTE_BENCH_POSTGRES_QUERY:-}"

load() {
    local name=$1; shift
    local header=()
    # "fresh": every answer made afresh, the database read each time; else the answers the server keeps
    # while the store does not change (ResponseCache).
    if [[ $name == *fresh* ]]; then header=(-H "Cache-Control: no-cache"); fi
    local port=$((20000 + RANDOM % 20000))
    "$binary" serve --demo --port "$port" "$@" 2>"$work/$name.log" &
    local pid=$!
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/actors" >/dev/null && break; sleep 0.2; done
    wrk -t2 -c500 -d"${seconds}s" --timeout 10s "${header[@]}" -s Benchmarks/load-routes.lua "http://127.0.0.1:$port/" > "$work/$name.wrk"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    local rate errors failed
    rate=$(awk '/Requests\/sec/ {print $2}' "$work/$name.wrk")
    errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/$name.wrk")
    failed=$(awk '/Non-2xx/ {print $NF}' "$work/$name.wrk")
    printf '%-16s %10s requests/s   socket errors %s   non-2xx %s\n' "$name" "$rate" "${errors:-0}" "${failed:-0}"
}

echo "wrk -c500 -d${seconds}s, $(nproc) cores"
load sqlite --db "$work/events.sqlite"
load postgres --db "$postgres"
load sqlite-fresh --db "$work/events-fresh.sqlite"
load postgres-fresh --db "$postgres"
