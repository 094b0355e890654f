"""Every saved query of queries/, run through the API on real data.

The dev corpus (../shared/corpus/releases) is loaded once. The extractor is still being
improved, so the tests assert facts that should survive that: key rows that the releases
(and the gold annotations) say are there, and agreement between each query and the same
answer computed in Python from ``Statgraph.statements()``, rather than exact row counts.

Analysts' retractions, corrections and translation links are written straight into a
copy of the projection, as the triples of the model (ontology/statgraph.ttl), so these
tests do not depend on how the commands that record them evolve.
"""

from __future__ import annotations

import itertools
import shutil
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from statgraph.api import StatementRow, Statgraph
from statgraph.derived import derive
from statgraph.namespaces import release_iri, statement_iri
from statgraph.queries import REQUIRED, load_catalogue, parse_query_file

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
EXAMPLES = ROOT / "examples"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "releases"

JENS = "Jens Stoltenberg"
EN_2014_11_18 = "2014-11-18_nato_en_sg-closer-cooperation-eu.txt"
FR_2014_11_18 = "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt"
EN_2014_10_31 = "2014-10-31_nato_en_sg-statement-elections-eastern-ukraine.txt"
FR_2014_10_31 = "2014-10-31_nato_fr_sg-statement-elections-eastern-ukraine.txt"
COVERED = {
    "statements-by-speaker",
    "stance-timeline",
    "stance-timeline-yearly",
    "first-last-stance",
    "stance-shifts",
    "condemnations",
    "targets-by-speaker",
    "topic-pairs",
    "audience-map",
    "release-statements",
    "stance-counts",
    "retractions-and-corrections",
    "statement-provenance",
    "speakers",
}


SG_NS = "https://w3id.org/statgraph/ns#"
Row = dict[str, str]


def value(term: Any) -> str:
    return "" if term is None else str(term.value)


def run(sg: Statgraph, name: str, **params: str) -> list[Row]:
    result = sg.query(name, params)
    assert result.kind == "select"
    return [dict(zip(result.variables, (value(t) for t in row), strict=True)) for row in result.rows]


def copy_store(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("lock", "*.lock"))
    return dest


# -------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not at {CORPUS}")
    store = tmp_path_factory.mktemp("saved-queries") / "store"
    report = Statgraph(store).load([CORPUS])
    assert report.exit_code == 0, (report.errors, report.rejected)
    return store


@pytest.fixture(scope="module")
def sg(corpus_store: Path) -> Statgraph:
    return Statgraph(corpus_store)


@pytest.fixture(scope="module")
def statements(sg: Statgraph) -> list[StatementRow]:
    rows = sg.statements()
    assert len(rows) > 50
    return rows


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/ (always in the repository), so the run-with-defaults test needs no corpus."""
    store = tmp_path_factory.mktemp("examples") / "store"
    report = Statgraph(store).load([EXAMPLES])
    assert report.exit_code == 0, (report.errors, report.rejected)
    return store


# --------------------------------------------------------------------------------------- the catalogue


def test_the_catalogue_covers_the_analysts_questions() -> None:
    names = {p.stem for p in QUERIES.glob("*.rq")}
    assert len(names) >= 12
    assert names >= COVERED


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_query_has_a_title_a_description_and_documented_parameters(path: Path) -> None:
    saved = parse_query_file(path)
    assert saved.title.strip()
    assert len(saved.description) > 40, "say what the query answers"
    for p in saved.params:
        assert p.description.strip(), f"{p.name}: no description"
        assert not p.required and REQUIRED not in (p.default or ""), f"{p.name}: give a default"
        if p.default is None:
            assert p.description.lower().startswith("optional"), (
                f"{p.name}: no default and not documented optional"
            )
    # Everything that lists or counts statements leaves out invalidated ones; the two that
    # are about retractions and provenance show them on purpose. Tallies count only statements
    # in force, and so do the derived shifts (test_a_saved_query_answers_as_its_plain_text checks
    # the answers).
    if path.stem not in ("retractions-and-corrections", "statement-provenance"):
        if "Tally" not in saved.text and "sg:StanceShift" not in saved.text:
            assert "FILTER NOT EXISTS { ?s prov:invalidatedAtTime" in saved.text
        assert "invalidated" in saved.description.lower()


def test_every_query_runs_with_its_defaults(examples_store: Path) -> None:
    sg = Statgraph(examples_store)
    catalogue = load_catalogue([QUERIES])
    for name in catalogue:
        result = sg.query(name)
        assert result.kind == "select", name


def test_every_query_answers_with_its_defaults_on_the_corpus(sg: Statgraph) -> None:
    empty = {name for name in load_catalogue([QUERIES]) if not sg.query(name).rows}
    # Nothing has been retracted or corrected in a freshly loaded store; everything else answers
    # (stance shifts, which there are today, depend most on how well the extractor does).
    assert {"retractions-and-corrections"} <= empty <= {"retractions-and-corrections", "stance-shifts"}


def test_parameters_are_bound_not_pasted(sg: Statgraph) -> None:
    for nasty in ('Russia" } } SELECT * WHERE { ?x ?y ?z', "Russia\\", "'; DROP"):
        assert run(sg, "condemnations", target_name=nasty) == []
        assert run(sg, "first-last-stance", speaker_name=nasty) == []


# ------------------------------------------------------------------------------- statements by speaker


def test_statements_by_speaker(sg: Statgraph) -> None:
    rows = run(sg, "statements-by-speaker", speaker_name=JENS)
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert {"2014-10-31", "2014-11-18", "2017-07-10"} <= set(dates)
    said = {(r["date"], r["stance"], r["target"], r["quote"]) for r in rows}
    assert ("2014-11-18", "condemns", "Russia", "Russia is still destabilising Ukraine.") in said
    assert any(
        q.startswith("We call on Russia to pull back its forces") for d, s, t, q in said if s == "calls-for"
    )
    assert all("_nato_" in r["source"] for r in rows)
    eu_ministers = {r["audience"] for r in rows if r["date"] == "2014-11-18"}
    assert "EU defence ministers" in eu_ministers
    # The name is matched on any label, case aside.
    assert run(sg, "statements-by-speaker", speaker_name="jens stoltenberg") == rows


def test_statements_by_speaker_agrees_with_the_statements(
    sg: Statgraph, statements: list[StatementRow]
) -> None:
    for speaker in ("Federica Mogherini", "North Atlantic Council", "Ban Ki-moon"):
        rows = run(sg, "statements-by-speaker", speaker_name=speaker)
        # The saved query shows the main span of evidence; statements() joins every span with " […] ".
        expected = {
            (s.date, s.stance, s.target, s.quote.split(" […] ")[0])
            for s in statements
            if s.speaker == speaker
        }
        assert {(r["date"], r["stance"], r["target"], r["quote"]) for r in rows} == expected
    assert all(
        r["date"] == "2014-11-02" for r in run(sg, "statements-by-speaker", speaker_name="Federica Mogherini")
    )


# ------------------------------------------------------------------------------------ stance timelines


def about(s: StatementRow, name: str) -> bool:
    return name in s.topics or s.target == name


def test_stance_timeline_per_month(sg: Statgraph, statements: list[StatementRow]) -> None:
    rows = run(sg, "stance-timeline", topic_name="Ukraine")
    months = [r["month"] for r in rows]
    assert months == sorted(months)
    assert "2014-11" in months and "2021-12" in months
    got = {(r["month"], r["stance"]): int(r["statements"]) for r in rows}
    expected = Counter((s.date[:7], s.stance) for s in statements if about(s, "Ukraine"))
    assert got == dict(expected)


def test_stance_timeline_per_year_sums_the_months(sg: Statgraph) -> None:
    for topic in ("Ukraine", "Minsk agreements", "Russie"):
        monthly = run(sg, "stance-timeline", topic_name=topic)
        yearly = run(sg, "stance-timeline-yearly", topic_name=topic)
        assert yearly, topic
        sums: Counter[tuple[str, str]] = Counter()
        for r in monthly:
            sums[(r["month"][:4], r["stance"])] += int(r["statements"])
        assert {(r["year"], r["stance"]): int(r["statements"]) for r in yearly} == dict(sums)
    years = [r["year"] for r in run(sg, "stance-timeline-yearly", topic_name="Ukraine")]
    assert years == sorted(years) and "2014" in years and "2022" in years


# -------------------------------------------------------------------------------------- first and last


def test_first_and_last_stance_of_jens_stoltenberg_on_russia(sg: Statgraph) -> None:
    rows = run(sg, "first-last-stance", speaker_name=JENS, target_name="Russia")
    assert len(rows) == 1
    row = rows[0]
    assert (row["speaker"], row["target"]) == (JENS, "Russia")
    # 31 Oct 2014: "I call on Russia to respect its Minsk commitments" and Russia "continues its
    # efforts to destabilise Ukraine"; 10 Jul 2017: "called on Russia to pull out its thousands of troops".
    assert row["first"] == "2014-10-31"
    assert {"calls-for", "condemns"} <= set(row["first_stances"].split())
    assert row["last"] == "2017-07-10"
    assert "calls-for" in row["last_stances"].split()
    assert int(row["statements"]) >= 4
    # French names and any case find the same row.
    assert run(sg, "first-last-stance", speaker_name="JENS STOLTENBERG", target_name="Russie") == rows


def test_first_and_last_agree_with_the_statements(sg: Statgraph, statements: list[StatementRow]) -> None:
    days: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s in statements:
        days[(s.speaker, s.target)][s.date].add(s.stance)
    counts = Counter((s.speaker, s.target) for s in statements)
    rows = run(sg, "first-last-stance")
    assert len(rows) == len(days)
    for r in rows:
        by_day = days[(r["speaker"], r["target"])]
        first, last = min(by_day), max(by_day)
        assert (r["first"], r["last"]) == (first, last)
        assert set(r["first_stances"].split()) == by_day[first]
        assert set(r["last_stances"].split()) == by_day[last]
        assert int(r["statements"]) == counts[(r["speaker"], r["target"])]


# --------------------------------------------------------------------------------------- stance shifts


def shifts(statements: Iterable[StatementRow]) -> set[tuple[str, str, str, str, str]]:
    """The definition of stance-shifts.rq, in Python: (speaker, target, previous day, day, stance)."""
    days: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s in statements:
        days[(s.speaker, s.target)][s.date].add(s.stance)
    found = set()
    for (speaker, target), by_day in days.items():
        ordered = sorted(by_day)
        for previous, day in itertools.pairwise(ordered):
            for stance in by_day[day] - by_day[previous]:
                found.add((speaker, target, previous, day, stance))
    return found


def test_stance_shifts_agree_with_the_statements(sg: Statgraph, statements: list[StatementRow]) -> None:
    rows = run(sg, "stance-shifts")
    got = {(r["speaker"], r["target"], r["previous_date"], r["date"], r["stance"]) for r in rows}
    assert got == shifts(statements)
    for r in rows:
        assert r["previous_date"] < r["date"]
        assert r["stance"] not in r["previous_stances"].split()
    # Jens Stoltenberg on Russia: calls-for and condemns on 31 Oct and 18 Nov 2014, calls-for in
    # 2017: a stance dropped, none taken up, so no shift.
    assert not [r for r in rows if r["speaker"] == JENS and r["target"] == "Russia"]
    only = run(sg, "stance-shifts", speaker_name=JENS)
    assert only == [r for r in rows if r["speaker"] == JENS]


# --------------------------------------------------------------------------------------- condemnations


def test_condemnations_of_russia(sg: Statgraph) -> None:
    rows = run(sg, "condemnations", target_name="Russia")
    jens = {(r["date"], r["source"]) for r in rows if r["speaker"] == JENS}
    # "Russia continues its efforts to destabilise Ukraine" (31 Oct 2014, both languages) and
    # "Russia is still destabilising Ukraine" (18 Nov 2014, both languages).
    assert {(d, src) for d, src in jens} >= {
        ("2014-10-31", EN_2014_10_31),
        ("2014-10-31", FR_2014_10_31),
        ("2014-11-18", EN_2014_11_18),
        ("2014-11-18", FR_2014_11_18),
    }
    assert all(r["role"] == "NATO Secretary General" for r in rows if r["speaker"] == JENS)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert run(sg, "condemnations", target_name="Russie") == rows


def test_condemnations_with_another_stance_and_a_period(sg: Statgraph) -> None:
    november = run(sg, "condemnations", target_name="Russia", **{"from": "2014-11-01", "to": "2014-12-31"})
    assert {r["date"] for r in november} == {"2014-11-18"}
    calls = run(sg, "condemnations", target_name="Russia", stance="calls-for")
    callers = {(r["speaker"], r["date"]) for r in calls}
    assert {(JENS, "2014-10-31"), (JENS, "2014-11-18"), ("North Atlantic Council", "2021-12-16")} <= callers
    supports = run(sg, "condemnations", target_name="Minsk agreements", stance="supports")
    assert (JENS, "2014-10-31") in {(r["speaker"], r["date"]) for r in supports}
    assert run(sg, "condemnations", target_name="Russia", stance="adores") == []


# -------------------------------------------------------------------------- targets, topics, audiences


def test_targets_jens_stoltenberg_addressed_most(sg: Statgraph, statements: list[StatementRow]) -> None:
    rows = run(sg, "targets-by-speaker", speaker_name=JENS)
    assert rows[0]["target"] == "Russia"
    assert {"calls-for", "condemns"} <= set(rows[0]["stances"].split())
    counts = [int(r["statements"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    expected = Counter(s.target for s in statements if s.speaker == JENS)
    assert {r["target"]: int(r["statements"]) for r in rows} == dict(expected)
    targets = {r["target"] for r in rows}
    assert "Minsk agreements" in targets
    assert targets & {"European Union", "NATO-EU cooperation"}  # 18 Nov 2014: closer cooperation with the EU


def test_topic_pairs(sg: Statgraph, statements: list[StatementRow]) -> None:
    rows = run(sg, "topic-pairs")
    got = {(r["topic_a"], r["topic_b"]): int(r["statements"]) for r in rows}
    expected: Counter[tuple[str, str]] = Counter()
    for s in statements:
        topics = sorted(set(s.topics))
        expected.update((a, b) for i, a in enumerate(topics) for b in topics[i + 1 :])
    assert got == dict(expected)
    # "Russia is still destabilising Ukraine": Russia and Ukraine go together most of all.
    assert got[("Russia", "Ukraine")] >= 4
    assert max(got.values()) == got[("Russia", "Ukraine")]
    minsk = run(sg, "topic-pairs", topic_name="minsk agreements")
    assert minsk and all("Minsk agreements" in (r["topic_a"], r["topic_b"]) for r in minsk)
    assert ("Minsk agreements", "Russia") in {(r["topic_a"], r["topic_b"]) for r in minsk}


def test_audience_map(sg: Statgraph, statements: list[StatementRow]) -> None:
    rows = run(sg, "audience-map")
    got = {(r["speaker"], r["audience"]): int(r["statements"]) for r in rows}
    expected = Counter((s.speaker, s.audience) for s in statements if s.audience)
    assert got == dict(expected)
    # 18 Nov 2014: Stoltenberg's first meeting with the EU defence ministers; 10 Jul 2017: he told reporters.
    assert got[(JENS, "EU defence ministers")] >= 4
    assert (JENS, "reporters") in got
    assert {r["audience"] for r in run(sg, "audience-map", speaker_name=JENS)} >= {
        "EU defence ministers",
        "reporters",
    }


# ----------------------------------------------------------------------------------------- one release


def test_release_statements(sg: Statgraph, statements: list[StatementRow]) -> None:
    rows = run(sg, "release-statements", source=FR_2014_11_18)
    said = {(r["speaker"], r["stance"], r["target"]) for r in rows}
    assert {(JENS, "condemns", "Russia"), (JENS, "calls-for", "Russia")} <= said
    assert "la Russie continue de déstabiliser l'Ukraine." in {r["quote"] for r in rows}
    text = " ".join((CORPUS / FR_2014_11_18).read_text(encoding="utf-8").split())
    positions = [text.find(" ".join(r["quote"].split())) for r in rows]
    assert all(p >= 0 for p in positions)  # every quote is the release's own words
    assert positions == sorted(positions)  # in the order of the text
    expected = {
        (s.speaker, s.stance, s.target, s.quote.split(" […] ")[0])
        for s in statements
        if s.source == FR_2014_11_18
    }
    assert {(r["speaker"], r["stance"], r["target"], r["quote"]) for r in rows} == expected
    assert run(sg, "release-statements", source="no-such-file.txt") == []


def test_speakers(sg: Statgraph, statements: list[StatementRow]) -> None:
    rows = run(sg, "speakers")
    got = {(r["speaker"], r["stance"]): (int(r["statements"]), r["first"], r["last"]) for r in rows}
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in statements:
        groups[(s.speaker, s.stance)].append(s.date)
    assert got == {k: (len(v), min(v), max(v)) for k, v in groups.items()}
    assert got[(JENS, "condemns")][1] == "2014-10-31"


def test_stance_counts_count_translations_once(sg: Statgraph, statements: list[StatementRow]) -> None:
    rows = run(sg, "stance-counts")
    got = {
        r["stance"]: (int(r["statements"]), int(r["with_translations"]), int(r["translations"])) for r in rows
    }
    expected = Counter(s.stance for s in statements)
    assert {k: w for k, (_, w, _) in got.items()} == dict(expected)
    # Translations (statements with sg:translationOf) are left out of the first count only.
    assert all(n == w - t for n, w, t in got.values())
    in_2014 = run(sg, "stance-counts", **{"from": "2014-01-01", "to": "2014-12-31"})
    assert sum(int(r["with_translations"]) for r in in_2014) == sum(
        1 for s in statements if s.date.startswith("2014")
    )
    # The dev corpus holds French and English versions of three releases: the derived graph links
    # their shared statements, so some are counted once.
    assert sum(t for _, _, t in got.values()) > 0


def test_provenance_of_an_extracted_statement(sg: Statgraph, statements: list[StatementRow]) -> None:
    st = find(statements, source=EN_2014_11_18, stance="condemns", target="Russia")
    rows = run(sg, "statement-provenance", statement=st.id)
    assert len(rows) == 1
    row = rows[0]
    assert row["statement"] == st.id
    assert row["source"] == EN_2014_11_18
    assert row["release"] == release_iri(st.release)
    assert row["content_hash"].startswith("sha256:") and len(row["content_hash"]) == 71
    assert (row["role"], row["activity_type"]) == ("generated", "Extraction")
    assert row["extractor_version"] and row["lexicon_hash"]
    assert int(row["seq"]) == int(row["release_seq"]) + 1  # recorded, then extracted
    assert row["invalidated_at"] == "" and row["reason"] == ""
    # A prefixed name works too, and without a statement every statement is listed.
    short = "statement:" + st.id.rsplit("/", 1)[1]
    assert run(sg, "statement-provenance", statement=short) == rows
    everything = run(sg, "statement-provenance")
    assert {r["statement"] for r in everything} == {s.id for s in statements}


def test_nothing_retracted_in_a_fresh_store(sg: Statgraph) -> None:
    assert run(sg, "retractions-and-corrections") == []


# -------------------------------------------------------------------------------- analysts' amendments


def find(statements: list[StatementRow], **wanted: str) -> StatementRow:
    for s in statements:
        if all(getattr(s, k) == v for k, v in wanted.items()):
            return s
    raise AssertionError(f"no statement {wanted}")


@dataclass(frozen=True)
class Amended:
    """The corpus store after an analyst retracted a statement, corrected another, linked a translation."""

    sg: Statgraph
    retracted: StatementRow
    corrected: StatementRow
    replacement: str
    translation: StatementRow
    original: StatementRow
    link_existed: bool


RETRACTION_REASON = 'the "destabilising" rule read a description as a condemnation'
CORRECTION_REASON = "a warning, not a call"

UPDATE = """
PREFIX sg: <https://w3id.org/statgraph/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX stance: <https://w3id.org/statgraph/id/stance/>
INSERT DATA {
  GRAPH <$RETRACTED_GRAPH> {
    <$RETRACTED> prov:invalidatedAtTime "2026-01-05T10:00:00Z"^^xsd:dateTime ; prov:wasInvalidatedBy <$ACT1> .
    <$ACT1> a sg:Retraction ; sg:reason "$REASON1" ; prov:wasAssociatedWith <$ALICE> ;
        prov:endedAtTime "2026-01-05T10:00:00Z"^^xsd:dateTime ; sg:eventSeq 1001 .
    <$ALICE> a prov:Agent ; foaf:name "alice" .
  }
  GRAPH <$CORRECTED_GRAPH> {
    <$ALICE> a prov:Agent ; foaf:name "alice" .
    <$CORRECTED> prov:invalidatedAtTime "2026-01-06T09:30:00Z"^^xsd:dateTime ; prov:wasInvalidatedBy <$ACT2> .
    <$ACT2> a sg:Correction ; sg:reason "$REASON2" ; prov:wasAssociatedWith <$ALICE> ;
        prov:endedAtTime "2026-01-06T09:30:00Z"^^xsd:dateTime ; sg:eventSeq 1002 .
    <$NEW> a sg:Statement ; sg:speaker <$SPEAKER> ; sg:stance <$NEW#stance> ;
        sg:kind sg:indirect ; dcterms:date "$DATE"^^xsd:date ; sg:confidence 1.0 ;
        sg:topic <$TARGET> ; prov:wasDerivedFrom <$CORRECTED_GRAPH> ; prov:wasGeneratedBy <$ACT2> ;
        prov:wasRevisionOf <$CORRECTED> ; sg:evidence <$NEW#evidence> .
    <$NEW#stance> a sg:Stance ; sg:stanceType stance:warns ; sg:target <$TARGET> .
    <$NEW#evidence> a oa:SpecificResource ; oa:hasSource <$CORRECTED_GRAPH> ;
        oa:hasSelector <$NEW#quote>, <$NEW#position> .
    <$NEW#quote> a oa:TextQuoteSelector ; oa:exact "$QUOTE"@en .
    <$NEW#position> a oa:TextPositionSelector ; oa:start 0 .
  }
  GRAPH <$TRANSLATION_GRAPH> { <$TRANSLATION> sg:translationOf <$ORIGINAL> . }
}
"""


@pytest.fixture(scope="module")
def amended(
    corpus_store: Path, statements: list[StatementRow], tmp_path_factory: pytest.TempPathFactory
) -> Amended:
    store = copy_store(corpus_store, tmp_path_factory.mktemp("amended") / "store")
    # "Russia is still destabilising Ukraine." (18 Nov 2014, English) is retracted.
    retracted = find(statements, source=EN_2014_11_18, speaker=JENS, stance="condemns", target="Russia")
    # "called on Russia to pull out its thousands of troops" (10 Jul 2017) becomes a warning.
    corrected = find(statements, date="2017-07-10", speaker=JENS, stance="calls-for", target="Russia")
    # The French "Nous appelons la Russie à retirer ses forces" is the translation of the English call.
    translation = find(statements, source=FR_2014_11_18, speaker=JENS, stance="calls-for", target="Russia")
    original = find(statements, source=EN_2014_11_18, speaker=JENS, stance="calls-for", target="Russia")
    replacement = statement_iri("test-correction-0001")
    fields = {
        "$RETRACTED_GRAPH": release_iri(retracted.release),
        "$RETRACTED": retracted.id,
        "$CORRECTED_GRAPH": release_iri(corrected.release),
        "$CORRECTED": corrected.id,
        "$TRANSLATION_GRAPH": release_iri(translation.release),
        "$TRANSLATION": translation.id,
        "$ORIGINAL": original.id,
        "$ACT1": "https://w3id.org/statgraph/data/activity/test-retraction",
        "$ACT2": "https://w3id.org/statgraph/data/activity/test-correction",
        "$ALICE": "https://w3id.org/statgraph/data/agent/alice",
        "$REASON1": RETRACTION_REASON.replace('"', '\\"'),
        "$REASON2": CORRECTION_REASON,
        "$NEW": replacement,
        "$SPEAKER": "https://w3id.org/statgraph/id/actor/jens-stoltenberg",
        "$TARGET": "https://w3id.org/statgraph/id/actor/russia",
        "$DATE": corrected.date,
        "$QUOTE": corrected.quote.replace("\\", "\\\\").replace('"', '\\"'),
    }
    update = UPDATE
    for key in sorted(fields, key=len, reverse=True):
        update = update.replace(key, fields[key])
    sg = Statgraph(store)
    with sg.session() as (_recorder, projection, _projector):
        ask = f"ASK {{ <{translation.id}> <https://w3id.org/statgraph/ns#translationOf> <{original.id}> }}"
        link_existed = bool(projection.raw.query(ask, use_default_graph_as_union=True))
        projection.raw.update(update)
        # The derived graph (predecessors, translations) follows the data, as after a recorded change;
        # the data was changed behind the store's back, so it is read again (full=True).
        derive(projection, full=True)
        projection.raw.flush()
    return Amended(sg, retracted, corrected, replacement, translation, original, link_existed)


def test_retractions_and_corrections_are_listed_with_reasons(amended: Amended) -> None:
    rows = run(amended.sg, "retractions-and-corrections")
    by_statement = {r["statement"]: r for r in rows}
    assert set(by_statement) == {amended.retracted.id, amended.corrected.id}
    assert [r["statement"] for r in rows] == [amended.corrected.id, amended.retracted.id]  # newest first
    retraction = by_statement[amended.retracted.id]
    assert retraction["kind"] == "retraction"
    assert retraction["reason"] == RETRACTION_REASON
    assert retraction["by"] == "alice"
    assert retraction["event_seq"] == "1001"
    assert retraction["when"] == "2026-01-05T10:00:00Z"
    assert (retraction["speaker"], retraction["stance"], retraction["target"]) == (JENS, "condemns", "Russia")
    assert retraction["quote"] == "Russia is still destabilising Ukraine."
    assert retraction["source"] == EN_2014_11_18
    assert retraction["replacement"] == ""
    correction = by_statement[amended.corrected.id]
    assert correction["kind"] == "correction" and correction["reason"] == CORRECTION_REASON
    assert correction["replacement"] == amended.replacement
    assert (correction["stance"], correction["new_stance"], correction["new_target"]) == (
        "calls-for",
        "warns",
        "Russia",
    )
    assert [r["kind"] for r in run(amended.sg, "retractions-and-corrections", action="retraction")] == [
        "retraction"
    ]
    assert len(run(amended.sg, "retractions-and-corrections", analyst="Alice")) == 2
    assert run(amended.sg, "retractions-and-corrections", analyst="bob") == []


def test_listing_queries_leave_out_invalidated_statements(sg: Statgraph, amended: Amended) -> None:
    retracted_quote = amended.retracted.quote
    before = run(sg, "statements-by-speaker", speaker_name=JENS)
    after = run(amended.sg, "statements-by-speaker", speaker_name=JENS)
    assert retracted_quote in {r["quote"] for r in before}
    assert retracted_quote not in {r["quote"] for r in after}
    # The correction's replacement is in force: same words, now a warning.
    assert (amended.corrected.date, "warns", "Russia", amended.corrected.quote) in {
        (r["date"], r["stance"], r["target"], r["quote"]) for r in after
    }
    assert ("calls-for", amended.corrected.quote) not in {(r["stance"], r["quote"]) for r in after}

    def condemned(store: Statgraph) -> set[tuple[str, str]]:
        return {(r["date"], r["source"]) for r in run(store, "condemnations", target_name="Russia")}

    assert condemned(sg) - condemned(amended.sg) == {("2014-11-18", EN_2014_11_18)}
    assert ("2014-11-18", FR_2014_11_18) in condemned(amended.sg)  # the French one still stands

    release_before = run(sg, "release-statements", source=EN_2014_11_18)
    release_after = run(amended.sg, "release-statements", source=EN_2014_11_18)
    assert retracted_quote in {r["quote"] for r in release_before}
    assert retracted_quote not in {r["quote"] for r in release_after}
    assert len(release_after) == len(release_before) - 1


def test_counting_queries_leave_out_invalidated_statements(sg: Statgraph, amended: Amended) -> None:
    def speakers(store: Statgraph) -> dict[str, int]:
        return {r["stance"]: int(r["statements"]) for r in run(store, "speakers") if r["speaker"] == JENS}

    before, after = speakers(sg), speakers(amended.sg)
    assert after["condemns"] == before["condemns"] - 1
    assert after["calls-for"] == before["calls-for"] - 1
    assert after.get("warns", 0) == before.get("warns", 0) + 1

    def targets(store: Statgraph) -> dict[str, int]:
        return {
            r["target"]: int(r["statements"]) for r in run(store, "targets-by-speaker", speaker_name=JENS)
        }

    assert targets(amended.sg)["Russia"] == targets(sg)["Russia"] - 1  # one retracted, one replaced

    def month(store: Statgraph, stance: str) -> int:
        rows = run(store, "stance-timeline", topic_name="Russia")
        return sum(int(r["statements"]) for r in rows if r["month"] == "2014-11" and r["stance"] == stance)

    assert month(amended.sg, "condemns") == month(sg, "condemns") - 1
    rows = run(amended.sg, "first-last-stance", speaker_name=JENS, target_name="Russia")
    assert rows[0]["last"] == "2017-07-10" and "warns" in rows[0]["last_stances"].split()

    def audience(store: Statgraph) -> int:
        rows = run(store, "audience-map", speaker_name=JENS)
        return next(int(r["statements"]) for r in rows if r["audience"] == "EU defence ministers")

    assert audience(amended.sg) == audience(sg) - 1


def test_a_correction_can_make_a_stance_shift(sg: Statgraph, amended: Amended) -> None:
    def russia(store: Statgraph) -> set[tuple[str, str, str]]:
        rows = run(store, "stance-shifts", speaker_name=JENS, target_name="Russia")
        return {(r["previous_date"], r["date"], r["stance"]) for r in rows}

    assert russia(sg) == set()
    # After the correction, 10 Jul 2017 is a warning, which Stoltenberg had not given on 18 Nov 2014.
    shifted = russia(amended.sg)
    assert len(shifted) == 1
    previous, day, stance = shifted.pop()
    assert (day, stance) == ("2017-07-10", "warns")
    assert previous == "2014-11-18"


def test_translations_are_counted_once(sg: Statgraph, amended: Amended) -> None:
    def counts(store: Statgraph) -> dict[str, tuple[int, int, int]]:
        rows = run(store, "stance-counts")
        return {
            r["stance"]: (int(r["statements"]), int(r["with_translations"]), int(r["translations"]))
            for r in rows
        }

    def linked(store: Statgraph) -> set[str]:
        with store.view() as (_, projection):
            ask = "SELECT DISTINCT ?s WHERE { ?s sg:translationOf ?o ; a sg:Statement }"
            return {sol["s"].value for sol in projection.query(ask, prefixes={"sg": SG_NS})}

    for store in (sg, amended.sg):
        active = store.statements()
        translations = linked(store)
        expected: dict[str, tuple[int, int, int]] = {}
        for stance in {r.stance for r in active}:
            mine = [r for r in active if r.stance == stance]
            t = sum(1 for r in mine if r.id in translations)
            expected[stance] = (len(mine) - t, len(mine), t)
        assert counts(store) == expected
    # The hand-made link counts the translated statement with its original.
    assert amended.translation.id in linked(amended.sg)
    after = counts(amended.sg)
    assert after["warns"][1] == counts(sg).get("warns", (0, 0, 0))[1] + 1


def test_provenance_shows_the_retraction_and_the_correction(amended: Amended) -> None:
    rows = run(amended.sg, "statement-provenance", statement=amended.retracted.id)
    roles = {r["role"]: r for r in rows}
    assert set(roles) == {"generated", "invalidated"}
    assert roles["generated"]["activity_type"] == "Extraction" and roles["generated"]["extractor_version"]
    inv = roles["invalidated"]
    assert (inv["activity_type"], inv["reason"], inv["agent"], inv["seq"]) == (
        "Retraction",
        RETRACTION_REASON,
        "alice",
        "1001",
    )
    assert all(r["invalidated_at"] == "2026-01-05T10:00:00Z" for r in rows)
    assert [r["role"] for r in rows] == ["generated", "invalidated"]  # in event order

    new = run(amended.sg, "statement-provenance", statement=amended.replacement)
    roles = {r["role"]: r for r in new}
    assert set(roles) == {"generated", "revises-statement-generated"}
    assert (roles["generated"]["activity_type"], roles["generated"]["reason"]) == (
        "Correction",
        CORRECTION_REASON,
    )
    assert roles["generated"]["agent"] == "alice"
    assert all(r["revision_of"] == amended.corrected.id for r in new)
    assert roles["revises-statement-generated"]["activity_type"] == "Extraction"
    assert roles["revises-statement-generated"]["lexicon_hash"]


def test_the_queries_see_what_the_api_records(
    corpus_store: Path, statements: list[StatementRow], tmp_path: Path
) -> None:
    """The same model, recorded as events by Statgraph.retract and .correct rather than written by hand."""
    sg = Statgraph(copy_store(corpus_store, tmp_path / "store"))
    if not (hasattr(sg, "retract") and hasattr(sg, "correct")):
        pytest.skip("this statgraph cannot record retractions and corrections yet")
    retracted = find(statements, source=EN_2014_11_18, speaker=JENS, stance="condemns", target="Russia")
    corrected = find(statements, date="2017-07-10", speaker=JENS, stance="calls-for", target="Russia")
    sg.retract(retracted.id, reason=RETRACTION_REASON, by="alice")
    sg.correct(corrected.id, reason=CORRECTION_REASON, stance="warns", by="alice")
    rows = run(sg, "retractions-and-corrections")
    assert [(r["statement"], r["kind"], r["reason"], r["by"]) for r in rows] == [
        (corrected.id, "correction", CORRECTION_REASON, "alice"),
        (retracted.id, "retraction", RETRACTION_REASON, "alice"),
    ]
    assert (rows[0]["new_stance"], rows[0]["new_target"]) == ("warns", "Russia")
    assert int(rows[0]["event_seq"]) > int(rows[1]["event_seq"])
    provenance = run(sg, "statement-provenance", statement=retracted.id)
    assert [r["role"] for r in provenance] == ["generated", "invalidated"]
    assert provenance[1]["reason"] == RETRACTION_REASON
    said = {r["quote"] for r in run(sg, "statements-by-speaker", speaker_name=JENS)}
    assert retracted.quote not in said
    shifts_now = run(sg, "stance-shifts", speaker_name=JENS, target_name="Russia")
    assert ("2017-07-10", "warns") in {(r["date"], r["stance"]) for r in shifts_now}


# --- queries that read tallies give what the plain queries gave (tests/reference_queries) ---

REFERENCE = Path(__file__).parent / "reference_queries"


def raw_rows(
    sg: Statgraph,
    name_or_file: str,
    params: dict[str, str] | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[tuple[str, ...]]:
    """Every term as N-Triples, so datatypes and languages are compared too."""
    result = sg.query(name_or_file, params, limit=limit, offset=offset)

    def cell(variable: str, term: Any) -> str:
        # GROUP_CONCAT lists in no set order: a list of stance types is compared as a set.
        if variable.endswith("stances") and isinstance(term, ox.Literal):
            return " ".join(sorted(term.value.split(" ")))
        return str(term)

    return [tuple(cell(v, t) for v, t in zip(result.variables, row, strict=True)) for row in result.rows]


# Parameters given beside the defaults: names in another case and language, the optional ones set.
REFERENCE_PARAMS: dict[str, list[dict[str, str]]] = {
    "condemnations": [
        {"target_name": "RUSSIE", "stance": "Condemns"},
        {"target_name": "russia", "stance": "supports"},
    ],
    "release-statements": [{"source": "2017-07-10_nato_en_sg-strong-support-ukraine.txt"}],
    "statements-by-speaker": [{"speaker_name": "jens STOLTENBERG"}, {"speaker_name": "Stoltenberg"}],
    "targets-by-speaker": [{"speaker_name": "JENS STOLTENBERG"}],
    "stance-timeline": [{"topic_name": "russie"}],
    "stance-timeline-yearly": [{"topic_name": "RUSSIA"}],
    "first-last-stance": [{"speaker_name": "jens stoltenberg"}, {"target_name": "Russie"}],
    "stance-shifts": [{"speaker_name": "JENS STOLTENBERG"}, {"target_name": "russia"}],
    "audience-map": [{"speaker_name": "jens stoltenberg"}],
    "topic-pairs": [{"topic_name": "UKRAINE"}],
    "stance-counts": [
        {"from": "2014-11-18", "to": "2017-07-10"},
        {"from": "2015-01-01", "to": "2015-12-31"},
        {"from": "2014-11-01", "to": "2014-11-30"},
        {"from": "2014-11-18", "to": "2014-11-18"},
    ],
    "retractions-and-corrections": [{"action": "retraction"}, {"action": "correction"}, {"analyst": "ALICE"}],
}
# Only the amended store holds retractions and corrections.
NEEDS_AMENDMENTS = {"retractions-and-corrections"}


@pytest.mark.parametrize("which", ["sg", "amended"])
@pytest.mark.parametrize("name", sorted(p.stem for p in REFERENCE.glob("*.rq")))
def test_a_saved_query_answers_as_its_plain_text(
    request: pytest.FixtureRequest, which: str, name: str
) -> None:
    """Saved queries that read tallies or name keys, or that are written for Oxigraph's planner,
    give what their plain texts in tests/reference_queries give, for the defaults and other values."""
    store = request.getfixturevalue(which)
    store = store.sg if isinstance(store, Amended) else store
    for params in [{}, *REFERENCE_PARAMS.get(name, [])]:
        expected = raw_rows(store, str(REFERENCE / f"{name}.rq"), params)
        if not params and (which == "amended" or name not in NEEDS_AMENDMENTS):
            assert expected, "the reference query finds rows"
        assert raw_rows(store, name, params) == expected, params


PAGES = [(1, 0), (3, 0), (4, 5), (2, 10**6), (0, 0), (10**6, 0)]


@pytest.fixture(scope="module")
def generated_sg(tmp_path_factory: pytest.TempPathFactory) -> Statgraph:
    """120 releases of bench/generate.py (many speakers, each with shifts on several targets) and
    the examples, with one statement retracted and one corrected."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import write_files  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    from statgraph.config import data_dir
    from statgraph.vocabulary import load_vocabulary

    folder = tmp_path_factory.mktemp("generated")
    write_files(120, 11, load_vocabulary(data_dir("ontology")), folder)
    sg = Statgraph(tmp_path_factory.mktemp("generated-store") / "store")
    assert sg.load([EXAMPLES, folder]).exit_code == 0
    statements = sorted(row.id for row in sg.statements())
    sg.retract(statements[3], reason="misattributed", by="alice")
    sg.correct(statements[7], stance="rejects", reason="misread", by="bob")
    return sg


def test_topic_pairs_answers_as_its_plain_text_on_generated_releases(generated_sg: Statgraph) -> None:
    """The listing form reads the tallies' own predicates and sorts by the label order of graph/names:
    on many topics (ties of counts ordered by the labels) it gives the plain text's rows."""
    expected = raw_rows(generated_sg, str(REFERENCE / "topic-pairs.rq"))
    assert len(expected) > 100
    assert raw_rows(generated_sg, "topic-pairs") == expected
    assert raw_rows(generated_sg, "topic-pairs", limit=7, offset=3) == expected[3:10]


ORDERED_LISTINGS = ["first-last-stance", "stance-shifts"]


def name_order(sg: Statgraph) -> dict[str, int]:
    from statgraph.namespaces import ORDER_GRAPH, SG

    with sg.view() as (_, store):
        return {
            q.subject.value: int(q.object.value)  # type: ignore[union-attr]
            for q in store.raw.quads_for_pattern(
                None, ox.NamedNode(str(SG.nameOrder)), None, ox.NamedNode(str(ORDER_GRAPH))
            )
        }


def names_as_listed(sg: Statgraph) -> dict[str, str]:
    """Each speaker's and target's name as the listings show it: its English label, else its IRI."""
    query = """PREFIX sg: <https://w3id.org/statgraph/ns#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT DISTINCT ?e ?name { { ?s sg:speaker ?e } UNION { ?st sg:target ?e }
      OPTIONAL { ?e skos:prefLabel ?l FILTER(LANGMATCHES(LANG(?l), "en")) }
      BIND(COALESCE(?l, STR(?e)) AS ?name) }"""
    with sg.view() as (_, store):
        rows = store.raw.query(query, use_default_graph_as_union=True)
        return {str(row[0].value): str(row[1].value) for row in rows}


def test_name_places_follow_the_names_as_sparql_orders_them() -> None:
    from statgraph.derived import name_places

    ex = "http://example.org/"
    english = {ex + "b": "Zora Vell", ex + "c": "aster", ex + "d": "Zora Vell", ex + "e": "Édouard"}
    # ex:a has no English label: its IRI is its name, as the listings show it then.
    places = name_places({ex + "a", ex + "b", ex + "c", ex + "d", ex + "e"}, english)
    # By code point: capitals, then small letters (an IRI's "http" too), then accented letters; one
    # name, one place.
    assert places == {ex + "b": 0, ex + "d": 0, ex + "c": 1, ex + "a": 2, ex + "e": 3}
    assert name_places(set(), {}) == {}


@pytest.mark.parametrize("name", ORDERED_LISTINGS)
def test_listings_sorted_on_name_places_answer_as_their_plain_texts(
    generated_sg: Statgraph, name: str
) -> None:
    """first-last-stance and stance-shifts sort on graph/order's places (many speakers and targets,
    a retraction and a correction): the plain text's rows, in its order."""
    expected = raw_rows(generated_sg, str(REFERENCE / f"{name}.rq"))
    # (120 releases make few shifts: a speaker's next statement on a target is seldom days away)
    assert len(expected) > (100 if name == "first-last-stance" else 5)
    assert raw_rows(generated_sg, name) == expected
    order, names = name_order(generated_sg), names_as_listed(generated_sg)
    assert set(names) <= set(order)
    by_place = sorted(names, key=lambda entry: order[entry])
    assert [names[e] for e in by_place] == sorted(names.values())


def test_a_store_without_name_places_answers_alike(generated_sg: Statgraph, tmp_path: Path) -> None:
    """A server pushed by an earlier statgraph holds no graph/order: the listings then sort on the
    names (the same rows). A store made before graph/order gets it on first use."""
    from statgraph.namespaces import META_GRAPH, ORDER_GRAPH, SG
    from statgraph.store import OxigraphStore

    root = copy_store(generated_sg.root, tmp_path / "store")
    expected = {name: raw_rows(generated_sg, name) for name in ORDERED_LISTINGS}

    def behind_the_back(update: str) -> None:
        store = OxigraphStore(root / "projection")
        try:
            store.raw.update(update)
        finally:
            store.close()

    behind_the_back(f"DROP GRAPH <{ORDER_GRAPH}>")
    sg = Statgraph(root)
    assert name_order(sg) == {}
    for name in ORDERED_LISTINGS:
        assert raw_rows(sg, name) == expected[name], name
    behind_the_back(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ ?m <{SG.namesOrderedAt}> ?at }} }}")
    assert name_order(sg) == name_order(generated_sg)
    for name in ORDERED_LISTINGS:
        assert raw_rows(sg, name) == expected[name], name


def test_a_new_name_moves_the_places_after_it(generated_sg: Statgraph, tmp_path: Path) -> None:
    """A later load that names a new unlisted speaker moves the places of the names after theirs, and
    the listings still answer as their plain texts."""
    sg = Statgraph(copy_store(generated_sg.root, tmp_path / "store"))
    before = name_order(sg)
    release = tmp_path / "new" / "abbot.txt"
    release.parent.mkdir()
    release.write_text(
        "---\ntitle: On the shelling\ndate: 2023-03-14\nlang: en\npublisher: NATO\n---\n"
        "“We condemn Russia's shelling of the harbour,” said Mr Aaron Abbot.\n",
        encoding="utf-8",
    )
    assert sg.load([release.parent]).exit_code == 0
    after = name_order(sg)
    abbot = [entry for entry in after if entry.endswith("/Aaron_Abbot")]
    names = names_as_listed(sg)
    assert abbot and after[abbot[0]] == len({n for n in names.values() if n < "Aaron Abbot"}) > 0
    assert all(after[entry] == place + (names[entry] > "Aaron Abbot") for entry, place in before.items())
    assert len(after) == len(before) + 1
    for name in ORDERED_LISTINGS:
        assert raw_rows(sg, name) == raw_rows(sg, str(REFERENCE / f"{name}.rq")), name


PAGED = sorted(p.stem for p in QUERIES.glob("*.rq") if "# page:" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("which", ["sg", "amended", "generated_sg"])
@pytest.mark.parametrize("name", PAGED)
def test_a_page_is_the_listing_sliced(request: pytest.FixtureRequest, which: str, name: str) -> None:
    """A query's page form (`# page:`, run for --limit without parameters) gives the rows of the
    whole listing at those places, in its order, though it computes the first entries only."""
    store = request.getfixturevalue(which)
    store = store.sg if isinstance(store, Amended) else store
    assert store.catalogue()[name].page_text is not None
    whole = raw_rows(store, name)
    assert whole
    pages = PAGES if which != "generated_sg" else [*PAGES, (50, 0), (37, 61), (400, 100), (len(whole), 0)]
    for limit, offset in pages:
        page = raw_rows(store, name, limit=limit, offset=offset)
        assert page == whole[offset : offset + limit], (limit, offset)


def test_a_page_runs_the_page_form(sg: Statgraph, tmp_path: Path) -> None:
    """--limit without parameters runs the page text, with its span; with a parameter, the saved text."""
    (tmp_path / "few.page.sparql").write_text(
        "PREFIX sg: <https://w3id.org/statgraph/ns#>\n"
        "SELECT ?s { { SELECT ?s { ?s a sg:Statement } ORDER BY ?s LIMIT PAGE_SPAN } } ORDER BY ?s\n",
        encoding="utf-8",
    )
    (tmp_path / "few.rq").write_text(
        "# title: T\n# page: few.page.sparql\n# param: s iri - optional\n"
        "PREFIX sg: <https://w3id.org/statgraph/ns#>\n"
        "SELECT ?s { ?s a sg:Statement OPTIONAL { ?s sg:none ?s } } ORDER BY DESC(?s)\n",
        encoding="utf-8",
    )
    query = str(tmp_path / "few.rq")
    newest_first = [row[0] for row in sg.query(query).rows]
    # The page text orders the other way: the first two rows show which text ran.
    assert [row[0] for row in sg.query(query, limit=2).rows] == sorted(newest_first)[:2]
    one = sg.query(query, {"s": str(newest_first[0].value)}, limit=2)
    assert [row[0] for row in one.rows] == newest_first[:1]


# --- name keys: what a parameter of type "name" is matched against ---


def test_every_label_of_the_vocabulary_has_its_name_key(sg: Statgraph) -> None:
    from statgraph.namespaces import NAMES_GRAPH, SG, VOCABULARY_GRAPH
    from statgraph.vocabulary import name_key

    skos = "http://www.w3.org/2004/02/skos/core#"
    vocabulary, names = ox.NamedNode(str(VOCABULARY_GRAPH)), ox.NamedNode(str(NAMES_GRAPH))
    with sg.view() as (_, store):
        labels = {
            (q.subject.value, name_key(q.object.value))
            for p in ("prefLabel", "altLabel")
            for q in store.raw.quads_for_pattern(None, ox.NamedNode(skos + p), None, vocabulary)
        }
        keys = {
            (q.subject.value, q.object.value)
            for q in store.raw.quads_for_pattern(None, ox.NamedNode(str(SG.nameKey)), None, names)
        }
    assert len(labels) > 100
    assert keys == labels


def test_name_keys_are_left_out_of_exports(sg: Statgraph) -> None:
    exported = sg.export("nquads")
    # The ontology declares sg:nameKey; no key of graph/names is exported.
    assert b'ns#nameKey> "' not in exported


def test_label_order_places_entries_by_their_english_label() -> None:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SKOS

    from statgraph.namespaces import SG
    from statgraph.vocabulary import label_order

    ex = "http://example.org/"
    g = Graph()
    for entry, label, language in [
        ("zeta", "Zeta", "en"),
        ("zeta", "Zêta", "fr"),
        ("lower", "alpha", "en"),
        ("upper", "Alpha", "en"),
        ("twin", "Zeta", "en"),  # another entry of the same label: the same place
        ("accent", "Émile", "en"),
        ("french-only", "Seulement", "fr"),  # no English label: its IRI, as the queries show it
    ]:
        g.add((URIRef(ex + entry), SKOS.prefLabel, Literal(label, lang=language)))
    found = label_order(g).triples((None, SG.labelOrder, None))
    order = {str(s)[len(ex) :]: o.toPython() for s, _p, o in found}
    # Code point order, SPARQL's: capitals before small letters, accented letters after both.
    assert order == {"upper": 0, "zeta": 1, "twin": 1, "lower": 2, "french-only": 3, "accent": 4}


def test_every_labelled_vocabulary_entry_has_its_label_order(sg: Statgraph) -> None:
    from statgraph.namespaces import NAMES_GRAPH, SG, VOCABULARY_GRAPH

    skos = "http://www.w3.org/2004/02/skos/core#prefLabel"
    with sg.view() as (_, store):
        labels: dict[str, str] = {}
        vocabulary = ox.NamedNode(str(VOCABULARY_GRAPH))
        for q in store.raw.quads_for_pattern(None, ox.NamedNode(skos), None, vocabulary):
            if isinstance(q.object, ox.Literal) and q.object.language == "en":
                labels[q.subject.value] = q.object.value  # type: ignore[union-attr]
        order = {
            q.subject.value: int(q.object.value)  # type: ignore[union-attr]
            for q in store.raw.quads_for_pattern(
                None, ox.NamedNode(str(SG.labelOrder)), None, ox.NamedNode(str(NAMES_GRAPH))
            )
        }
    assert len(labels) > 100 and set(labels) <= set(order)
    by_place = sorted(labels, key=lambda entry: order[entry])
    assert [labels[e] for e in by_place] == sorted(labels.values())
