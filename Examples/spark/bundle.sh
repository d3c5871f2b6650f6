#!/usr/bin/env bash
# Packs what a Spark worker needs to run Entente, so that workers need nothing installed: the binary, its
# dictionaries and its tagger and parser models, in entente-bundle.tar.gz (the binary finds the folders
# beside it). A release build of the project must exist, on the workers' platform (Linux x86_64 here).
#   Examples/spark/bundle.sh [OUT.tar.gz]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$PWD/entente-bundle.tar.gz}"
binary="${ENTENTE:-$root/.build/release/entente}"
[ -x "$binary" ] || { echo "build first: swift build -c release" >&2; exit 1; }
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
mkdir "$staging/entente"
cp "$binary" "$staging/entente/entente"
cp -r "$root/Dictionaries" "$root/Models" "$staging/entente/"
tar -czf "$out" -C "$staging" entente
echo "$out"
