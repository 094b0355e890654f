"""The derived graph: translations linked so a stance counts once, and each statement's predecessor."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from statgraph.api import Statgraph
from statgraph.derived import DERIVED_GRAPH

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SG = "https://w3id.org/statgraph/ns#"


@pytest.fixture
def sg(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Statgraph:
    cache = tmp_path_factory.getbasetemp() / "derived-template"
    if not cache.exists():
        Statgraph(cache).load([EXAMPLES])
    shutil.copytree(cache, tmp_path / "store", ignore=shutil.ignore_patterns("lock"))
    return Statgraph(tmp_path / "store")


def links(sg: Statgraph, prop: str) -> set[tuple[str, str]]:
    with sg.view() as (_, store):
        return {
            (q.subject.value, q.object.value)  # type: ignore[union-attr]
            for q in store.raw.quads_for_pattern(
                None, ox.NamedNode(SG + prop), None, ox.NamedNode(DERIVED_GRAPH)
            )
        }


def test_the_french_and_english_versions_of_a_release_are_linked(sg: Statgraph) -> None:
    rows = {r.id: r for r in sg.statements()}
    releases = {r.release: r for r in rows.values()}
    pairs = {
        (releases[a.rsplit("/", 1)[-1]].source, releases[b.rsplit("/", 1)[-1]].source)
        for a, b in links(sg, "translationOf")
        if "/release/" in a
    }
    assert (
        "2014-10-31_nato_fr_sg-statement-elections-eastern-ukraine.txt",
        "2014-10-31_nato_en_sg-statement-elections-eastern-ukraine.txt",
    ) in pairs
    assert (
        "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt",
        "2014-11-18_nato_en_sg-closer-cooperation-eu.txt",
    ) in pairs
    # Aligned statements say the same thing, from the French to the English version.
    for a, b in links(sg, "translationOf"):
        if "/statement/" in a:
            ra, rb = rows[a], rows[b]
            assert (ra.speaker, ra.stance, ra.target, ra.lang, rb.lang) == (
                rb.speaker,
                rb.stance,
                rb.target,
                "fr",
                "en",
            )


def test_a_translated_stance_counts_once(sg: Statgraph) -> None:
    result = sg.query("stance-counts")
    columns = list(result.variables)
    counted = {row[0].value: int(row[columns.index("statements")].value) for row in result.rows}
    everything = {}
    for r in sg.statements():
        everything[r.stance] = everything.get(r.stance, 0) + 1
    translated = {}
    rows = {r.id: r for r in sg.statements()}
    for a, _b in links(sg, "translationOf"):
        if "/statement/" in a:
            translated[rows[a].stance] = translated.get(rows[a].stance, 0) + 1
    assert translated, "the examples hold translated statements"
    assert counted == {k: v - translated.get(k, 0) for k, v in everything.items()}


def test_a_retracted_statement_loses_its_links(sg: Statgraph) -> None:
    a, _b = next((a, b) for a, b in links(sg, "translationOf") if "/statement/" in a)
    sg.retract(a, reason="checked")
    assert all(a not in pair for pair in links(sg, "translationOf"))


def test_each_statement_points_to_the_speakers_latest_earlier_one_on_the_target(sg: Statgraph) -> None:
    rows = sg.statements()
    with sg.view() as (_, store):
        targets = {
            sol["s"].value: sol["t"].value
            for sol in store.query("SELECT ?s ?t WHERE { ?s sg:stance/sg:target ?t }", prefixes={"sg": SG})
        }
    expected = set()
    for r in rows:
        earlier = [
            x for x in rows if x.speaker == r.speaker and targets[x.id] == targets[r.id] and x.date < r.date
        ]
        if earlier:
            latest = max(x.date for x in earlier)
            expected.add((r.id, latest))
    found = {(a, next(x.date for x in rows if x.id == b)) for a, b in links(sg, "previousOnTarget")}
    assert found == expected
    assert found, "the examples hold repeated stances"


def test_the_derived_graph_stays_out_of_exports_and_comes_back_after_rebuild(sg: Statgraph) -> None:
    before = links(sg, "translationOf") | links(sg, "previousOnTarget")
    assert DERIVED_GRAPH.encode() not in sg.export("nquads")
    sg.rebuild()
    assert links(sg, "translationOf") | links(sg, "previousOnTarget") == before


def test_a_topic_pair_tally_names_its_topics_and_count_under_predicates_of_its_own(sg: Statgraph) -> None:
    # The topic-pairs listing reads one row per tally from these three (sg:tallyTopic gives each
    # tally's topics twice over, sg:statementCount is every tally's count).
    with sg.view() as (_, store):
        graph = ox.NamedNode(DERIVED_GRAPH)

        def values(prop: str) -> dict[str, list[str]]:
            found: dict[str, list[str]] = {}
            for q in store.raw.quads_for_pattern(None, ox.NamedNode(SG + prop), None, graph):
                found.setdefault(q.subject.value, []).append(q.object.value)  # type: ignore[union-attr]
            return found

        topics, counts = values("tallyTopic"), values("statementCount")
        first, second, pair_counts = values("firstTopic"), values("secondTopic"), values("topicPairCount")
    assert len(topics) > 5
    assert set(first) == set(second) == set(pair_counts) == set(topics)
    for tally, both in topics.items():
        assert sorted(first[tally] + second[tally]) == sorted(both)
        assert pair_counts[tally] == counts[tally]
