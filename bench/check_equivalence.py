"""Dump every statement the extractor finds, to prove an optimisation changes no output.

    .venv/bin/python bench/check_equivalence.py --write /tmp/before.jsonl   # before a change
    .venv/bin/python bench/check_equivalence.py --check /tmp/before.jsonl   # after it: identical?

The releases: the dev corpus and ``examples/`` (``--corpus``, any folders of release files),
generated releases (``bench/generate.py``, several seeds) and recombinations of the corpus
releases (their paragraphs shuffled, titles and publishers swapped between releases of the
same language), so that the title, voice and pronoun rules see more than one arrangement.
Every field of every statement is dumped (evidence offsets, rule, cue, confidence, topics,
audience, ``also`` spans), in the order ``Extractor.extract`` returns them.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sys
from pathlib import Path

from generate import generate  # bench/generate.py

from statgraph.config import data_dir
from statgraph.domain import Release
from statgraph.extraction import Extractor
from statgraph.readers import read_file
from statgraph.vocabulary import load_vocabulary

DEFAULT_CORPUS = [Path("/work/shared/corpus/releases"), Path(__file__).resolve().parent.parent / "examples"]


def corpus_releases(folders: list[Path]) -> list[Release]:
    out: list[Release] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.is_file():
                out.extend(read_file(path))
    return out


def recombined(releases: list[Release], n: int, seed: int) -> list[Release]:
    rng = random.Random(seed)
    by_lang: dict[str, list[Release]] = {}
    for r in releases:
        by_lang.setdefault(r.meta.lang, []).append(r)
    out = []
    for i in range(n):
        base = rng.choice(releases)
        same = by_lang[base.meta.lang]
        paragraphs = [p for r in rng.sample(same, min(len(same), 2)) for p in r.text.split("\n\n")]
        rng.shuffle(paragraphs)
        text = "\n\n".join(paragraphs[: rng.randint(3, max(3, len(paragraphs)))])
        meta = dataclasses.replace(
            base.meta,
            title=rng.choice(same).meta.title,
            publisher=rng.choice(same).meta.publisher,
        )
        out.append(dataclasses.replace(base, source=f"mix-{i}", text=text, raw=text, meta=meta))
    return out


def dump(extractor: Extractor, releases: list[Release]) -> list[str]:
    lines = []
    for r in releases:
        for s in extractor.extract(r):
            lines.append(json.dumps([r.source, dataclasses.asdict(s)], ensure_ascii=False, default=str))
        lines.append(json.dumps(["end", r.source]))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    ap.add_argument("--corpus", type=Path, nargs="*", default=DEFAULT_CORPUS)
    ap.add_argument("--generated", type=int, default=2000, help="generated releases per seed")
    ap.add_argument("--mixed", type=int, default=600, help="recombined corpus releases")
    args = ap.parse_args(argv)
    vocab = load_vocabulary(data_dir("ontology"))
    extractor = Extractor(vocab)
    corpus = corpus_releases(args.corpus)
    releases = list(corpus)
    for seed in (2014, 7, 99):
        releases += generate(args.generated, seed, vocab)
    releases += recombined(corpus, args.mixed, 5) if corpus else []
    lines = dump(extractor, releases)
    # The same extractor again, on the corpus: no state may leak from one release to the next.
    lines += dump(extractor, corpus)
    body = "\n".join(lines) + "\n"
    digest = hashlib.sha256(body.encode()).hexdigest()
    statements = sum(1 for line in lines if not line.startswith('["end"'))
    print(f"{len(releases)} releases, {statements} statements, sha256 {digest}")
    if args.write:
        args.write.write_text(body, encoding="utf-8")
        return 0
    old = args.check.read_text(encoding="utf-8")
    if old == body:
        print("IDENTICAL")
        return 0
    old_lines = old.splitlines()
    for i, (a, b) in enumerate(zip(old_lines, lines, strict=False)):
        if a != b:
            print(f"first difference at line {i + 1}:\n- {a}\n+ {b}")
            break
    else:
        print(f"line counts differ: {len(old_lines)} vs {len(lines)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
