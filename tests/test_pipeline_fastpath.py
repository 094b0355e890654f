"""The load's fast path gives what the reference path gives.

A load builds a new release's graph as N-Triples terms (``projection.build_terms``), hands the
validation engine its input without rdflib terms (``Validator._turbo_input_terms``), and computes
the statement index's rows from the statements (``keyindex.keys_of_statements``). Each is held here
to the slower path it replaces: the rdflib graph's N-Triples, ``_turbo_input`` of that graph, and
``keys_of`` of its N-Triples, on hostile text, odd metadata and generated releases.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from statgraph.config import data_dir
from statgraph.domain import Release, ReleaseMeta, Statement
from statgraph.events import ReleaseRecorded, StatementsExtracted
from statgraph.extraction import Extractor
from statgraph.keyindex import keys_of, keys_of_statements
from statgraph.namespaces import ACTOR, OFFICE, TOPIC, release_iri
from statgraph.pipeline import Preparer, checked_graph
from statgraph.projection import ReleaseState, build_terms
from statgraph.validation import Validator, turbo_available
from statgraph.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary(data_dir("ontology"))
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
LANGS = st.sampled_from(["fr", "en", "de-CH", "EN-gb", "", "not a tag"])
ACTORS = st.sampled_from([str(ACTOR["jens-stoltenberg"]), str(ACTOR["russia"]), str(ACTOR["ukraine"])])
TOPICS = st.lists(
    st.sampled_from([str(ACTOR["russia"]), str(TOPIC["minsk-agreements"]), str(ACTOR["ukraine"])])
)


@st.composite
def states(draw: st.DrawFn) -> ReleaseState:
    text = draw(TEXT.filter(lambda t: len(t) > 1))
    lang = draw(LANGS)
    publisher = draw(st.sampled_from([None, "OTAN", 'a "quoted" \\ publisher']))
    meta = ReleaseMeta(
        title=draw(TEXT),
        date=draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))),
        lang=lang,
        publisher=publisher,
        url=draw(st.sampled_from([None, "https://www.nato.int/cps/fr/n_1.htm", "not an iri", "http://x/ b"])),
        updated=draw(st.sampled_from([None, "2014-11-18", "2014-11-18T10:30", "2014-11-18T10:30:05"])),
    )
    release = Release(
        source=draw(TEXT),
        raw=text,
        text=text,
        meta=meta,
        format="text",
        lang_detected=draw(st.booleans()),
        inferred_publisher=draw(st.sampled_from([None, "NATO"])) if publisher is None else None,
    )
    statements = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        also = draw(st.lists(st.tuples(st.integers(0, start), st.integers(start, len(text))), max_size=2))
        statements.append(
            Statement(
                release_id=release.release_id,
                speaker=draw(ACTORS),
                stance=draw(st.sampled_from(["condemns", "supports", "calls-for"])),
                target=draw(ACTORS),
                kind=draw(st.sampled_from(["direct", "indirect"])),
                quote=text[start:end],
                start=start,
                end=end,
                date=draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))),
                lang=draw(LANGS),
                speaker_role=draw(st.sampled_from([None, str(OFFICE["nato-secretary-general"])])),
                audience=draw(st.sampled_from([None, "", str(ACTOR["ukraine"])])),
                topics=tuple(draw(TOPICS)),
                confidence=draw(st.sampled_from([0.5, 0.7, 0.9, 1.0, 0.85])),
                rule=draw(st.sampled_from(["", "en.quote.verb"])),
                cue=draw(st.sampled_from(["", "condemns:verb:condemn@en", 'a "cue"\n'])),
                also=tuple(also),
            )
        )
    seq = draw(st.integers(1, 10**6))
    recorded = dataclasses.replace(
        ReleaseRecorded.from_release(release), seq=seq, time="2024-03-01T12:00:00.123400+00:00"
    )
    extracted = StatementsExtracted(
        seq=seq + 1,
        time=draw(st.sampled_from(["2024-03-01T12:00:00.123400+00:00", "2024-03-01T12:00:00Z"])),
        release_id=release.release_id,
        sha256=release.sha256,
        extractor="rules",
        extractor_version="0.1.0",
        lexicon_hash="0" * 64,
        statements=tuple(statements),
    )
    return ReleaseState(recorded, extracted)


def _hostile() -> ReleaseState:
    text = '"; DROP GRAPH <x> #\\ "quoted" @en ^^xsd:int >\n\r\x00\x1f\u202e\u200f and more text'
    meta = ReleaseMeta(title=text, date=dt.date(2014, 11, 18), lang="en", publisher=None, url="x y")
    release = Release(source="h.txt", raw=text, text=text, meta=meta, format="text", inferred_publisher=text)
    st_ = Statement(
        release_id=release.release_id, speaker=str(ACTOR["jens-stoltenberg"]), stance="condemns",
        target=str(ACTOR["russia"]), kind="direct", quote=text[0:20], start=0, end=20,
        date=dt.date(2014, 11, 18), lang="en", topics=(str(ACTOR["russia"]), str(ACTOR["russia"])),
    )  # fmt: skip
    twin = dataclasses.replace(st_, kind="indirect", start=3, end=9, quote=text[3:9])  # the same id
    recorded = dataclasses.replace(ReleaseRecorded.from_release(release), seq=7)
    extracted = StatementsExtracted(
        seq=8, release_id=release.release_id, sha256=release.sha256, extractor="rules",
        extractor_version="1", lexicon_hash="h", statements=(st_, twin),
    )  # fmt: skip
    return ReleaseState(recorded, extracted)


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(data_dir("shapes"), VOCABULARY.graph, engine="auto")


def _same(state: ReleaseState, validator: Validator) -> None:
    terms = build_terms(state)
    assert terms is not None
    triples = state.triples()
    assert terms.ntriples() == triples.ntriples()
    assert len(terms) == len(triples)
    assert list(terms.triples) == [tuple(_nt(t) for t in triple) for triple in triples]
    if validator.engine == "turbo":
        fast, reference = validator._turbo_input_terms(terms), validator._turbo_input([triples])
        assert (fast is None) == (reference is None)
        if fast is not None:
            assert fast.source == reference.source and fast.format == reference.format
            assert fast.blank_nodes == reference.blank_nodes == {}
    recorded, extracted = state.recorded, state.extracted
    assert extracted is not None
    release = release_iri(recorded.release_id)
    keys = keys_of_statements(release, recorded.lang, recorded.seq, extracted.statements)
    ids = [s.statement_id for s in extracted.statements]
    if len(set(ids)) < len(ids):
        assert keys is None
    else:
        assert keys == keys_of(triples.ntriples())
    violations, data, count = checked_graph(validator, state)
    assert violations == validator.violations(triples)
    assert data == (b"" if violations else triples.ntriples()) and count == len(triples)


def _nt(term: object) -> str:
    from statgraph.mapping import _nt_term

    return _nt_term(term)  # type: ignore[arg-type]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(state=states())
@example(state=_hostile())
def test_the_fast_path_gives_the_reference_graph_input_and_keys(
    state: ReleaseState, validator: Validator
) -> None:
    _same(state, validator)


def test_generated_and_example_releases(validator: Validator, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    logging.disable(logging.WARNING)
    try:
        preparer = Preparer(VOCABULARY, Extractor(VOCABULARY), validator, 50_000_000)
        releases = list(generate(150, 7, VOCABULARY))
        examples = Path(__file__).resolve().parent.parent / "examples"
        for path in sorted(examples.iterdir()):
            result = preparer.prepare(path, validate=False)
            releases += [p.release for p in result.prepared]
        for n, release in enumerate(releases):
            prep = preparer.prepare_release(release, validate=False)
            recorded, extracted = preparer.events(prep.release, prep.statements, seq=2 * n + 1)
            _same(ReleaseState(recorded, extracted), validator)
    finally:
        logging.disable(logging.NOTSET)


def test_a_state_with_analysts_events_takes_the_reference_path() -> None:
    state = _hostile()
    assert build_terms(dataclasses.replace(state, retractions=[object()])) is None  # type: ignore[list-item]
    assert build_terms(dataclasses.replace(state, extracted=None)) is None


@pytest.mark.skipif(not turbo_available(), reason="pyshacl-turbo is not installed")
def test_a_literal_the_engines_read_differently_goes_to_the_reference_path(validator: Validator) -> None:
    state = _hostile()
    recorded = dataclasses.replace(state.recorded, updated="2014-13-45T99:99")  # an ill-formed dateTime
    terms = build_terms(dataclasses.replace(state, recorded=recorded))
    assert terms is not None and validator._turbo_input_terms(terms) is None
    assert validator._turbo_input([dataclasses.replace(state, recorded=recorded).triples()]) is None
