"""The load's fast path gives what the reference path gives: the statement index's rows computed
from the statements (``keyindex.keys_of_statements``) are ``keys_of`` of the graph's N-Triples."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from statgraph.config import data_dir
from statgraph.extraction import Extractor
from statgraph.keyindex import keys_of, keys_of_statements
from statgraph.namespaces import release_iri
from statgraph.pipeline import Preparer
from statgraph.projection import ReleaseState
from statgraph.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary(data_dir("ontology"))


def test_keys_of_generated_and_example_releases() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    logging.disable(logging.WARNING)
    try:
        preparer = Preparer(VOCABULARY, Extractor(VOCABULARY), None, 50_000_000)
        releases = list(generate(150, 7, VOCABULARY))
        for path in sorted((Path(__file__).resolve().parent.parent / "examples").iterdir()):
            releases += [p.release for p in preparer.prepare(path, validate=False).prepared]
        for n, release in enumerate(releases):
            prep = preparer.prepare_release(release, validate=False)
            recorded, extracted = preparer.events(prep.release, prep.statements, seq=2 * n + 1)
            rid = release_iri(recorded.release_id)
            keys = keys_of_statements(rid, recorded.lang, recorded.seq, extracted.statements)
            assert keys == keys_of(ReleaseState(recorded, extracted).triples().ntriples())
            twice = (*extracted.statements[:1], *extracted.statements)
            assert keys_of_statements(rid, recorded.lang, recorded.seq, twice) is None or not twice
    finally:
        logging.disable(logging.NOTSET)
