"""Stance density: statements per sentence, and the share of sentences that take no stance.

    .venv/bin/python bench/density.py                       # generated releases (1000, seed 2014)
    .venv/bin/python bench/density.py --corpus ../shared/corpus/releases --gold ../shared/corpus/gold

Sentences are the extractor's (prose lines, split as ``bench_extraction.py`` counts them). A
sentence "takes a stance" when the evidence of some statement starts in it: of the statements
the extractor finds, and with ``--gold``, of the gold statements (located by the first 60
characters of their evidence; optional ones included). The generator's mix of sentence kinds
(``CONTEXT_PER_STANCE_SENTENCE`` in ``generate.py``) is set from the dev corpus's gold figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from pathlib import Path

from generate import generate  # bench/generate.py

from statgraph.config import data_dir
from statgraph.domain import Release
from statgraph.extraction import Extractor, _sentences, tokenize
from statgraph.readers import read_file
from statgraph.vocabulary import load_vocabulary


def sentence_spans(release: Release) -> list[tuple[int, int]]:
    tokens = tokenize(release.text)
    return [
        (tokens[s.start].start, tokens[s.end - 1].end)
        for s in _sentences(release.text, tokens, release.meta.title)
    ]


def sentence_at(spans: list[tuple[int, int]], offset: int) -> int | None:
    i = bisect_right([a for a, _ in spans], offset) - 1
    return i if i >= 0 and spans[i][0] <= offset < spans[i][1] else None


def report(extractor: Extractor, releases: list[Release], gold: Path | None) -> None:
    sentences = statements = gold_statements = 0
    with_statement: set[tuple[int, int]] = set()
    with_gold: set[tuple[int, int]] = set()
    for n, release in enumerate(releases):
        spans = sentence_spans(release)
        sentences += len(spans)
        found = extractor.extract(release)
        statements += len(found)
        for st in found:
            for start, _ in st.spans:
                i = sentence_at(spans, start)
                if i is not None:
                    with_statement.add((n, i))
        if gold is not None:
            record = json.loads((gold / (Path(release.source).stem + ".json")).read_text(encoding="utf-8"))
            for g in record["statements"]:
                gold_statements += 1
                at = release.text.find((g.get("evidence") or "")[:60])
                i = sentence_at(spans, at) if at >= 0 else None
                if i is not None:
                    with_gold.add((n, i))
    print(
        f"{len(releases)} releases, {sentences} sentences ({sentences / len(releases):.1f} a release)\n"
        f"  extracted: {statements / sentences:.2f} statements/sentence, "
        f"{1 - len(with_statement) / sentences:.0%} of the sentences with none"
    )
    if gold is not None:
        print(
            f"  gold: {gold_statements / sentences:.2f} statements/sentence, "
            f"{1 - len(with_gold) / sentences:.0%} of the sentences with none"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", type=int, default=1000, help="generated releases (without --corpus)")
    ap.add_argument("--seed", type=int, default=2014)
    ap.add_argument("--corpus", type=Path, help="a folder of release files instead")
    ap.add_argument("--gold", type=Path, help="the gold folder of --corpus")
    args = ap.parse_args(argv)
    vocab = load_vocabulary(data_dir("ontology"))
    extractor = Extractor(vocab)
    if args.corpus:
        releases = [r for f in sorted(args.corpus.iterdir()) if f.is_file() for r in read_file(f)]
    else:
        releases = generate(args.releases, args.seed, vocab)
    report(extractor, releases, args.gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
