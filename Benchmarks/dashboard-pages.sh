#!/usr/bin/env bash
# How fast the dashboard's pages load from a warm server over a store of world.jsonl (SQLite): each page is
# asked once to warm the server (the first read of the store makes its relation facts), then timed N times
# with curl, made afresh each time ("Cache-Control: no-cache": not the answer the server keeps); prints the
# median and the slowest of each, in milliseconds, and the page's size.
#   Benchmarks/dashboard-pages.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
binary=${ENTENTE:-.build/release/entente}
corpus=${ENTENTE_CORPUS:-../shared/data/news/world.jsonl}
[ -x "$binary" ] || { echo "build first: swift build -c release" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" ingest --db "$work/world.sqlite" "$corpus" > /dev/null 2>&1
port=$((20000 + RANDOM % 20000))
"$binary" serve --db "$work/world.sqlite" --port "$port" 2>"$work/serve.log" &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/actors" >/dev/null && break; sleep 0.2; done
pages=("/" "/?country=RUS" "/network?top=40" "/countries/USA" "/countries/RUS" "/countries/IRN?from=2018" "/dyads/ISR/PSE"
       "/events" "/articles" "/api/map" "/api/network?top=40" "/api/countries/USA" "/api/changes")
printf '%-28s %9s %9s %9s\n' page "median ms" "max ms" bytes
for page in "${pages[@]}"; do
    curl -s -o /dev/null "http://127.0.0.1:$port$page"
    times=()
    for _ in $(seq 1 "$runs"); do
        times+=("$(curl -s -H 'Cache-Control: no-cache' -o "$work/body" -w '%{time_total}' "http://127.0.0.1:$port$page")")
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
    slowest=$(echo "$sorted" | tail -1)
    printf '%-28s %9.1f %9.1f %9d\n' "$page" "$(echo "$median * 1000" | bc -l)" "$(echo "$slowest * 1000" | bc -l)" "$(stat -c %s "$work/body")"
done
