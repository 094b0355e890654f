"""Speakers the vocabulary does not list: the extractor names them from the release (an
honorific, a title, a reporting verb beside the name), they get an IRI from their name, and the
store describes each once, in graph/unlisted, so that saved queries, exports and a shared server
see them as they see the vocabulary's. Sentences written for the test, with names nobody holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from statgraph.api import Statgraph
from statgraph.config import data_dir
from statgraph.domain import Release, ReleaseMeta, Statement
from statgraph.events import ReleaseRecorded, StatementsExtracted, from_dict, to_dict
from statgraph.extraction import UNLISTED_ACTORS, Extractor
from statgraph.namespaces import ORDER_GRAPH, SG, UNLISTED_GRAPH
from statgraph.projection import build_graph
from statgraph.validation import Validator, turbo_available
from statgraph.vocabulary import Vocabulary, load_vocabulary

VILKAS = UNLISTED_ACTORS + "Tomas_Vilkas"


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary(data_dir("ontology"))


def release(text: str, lang: str, title: str = "News", publisher: str = "Lithuania MFA") -> Release:
    meta = ReleaseMeta(title=title, date=dt.date(2021, 5, 23), lang=lang, publisher=publisher)
    return Release(source="t.txt", raw=text, text=text, meta=meta, format="text")


def said(extractor: Extractor, text: str, lang: str, title: str = "News") -> set[tuple[str, str, str]]:
    """(speaker's name as written, stance, target's English label) of the unlisted speakers' statements."""
    v = extractor.vocab
    return {
        (s.speaker_name, s.stance, v.label(s.target))
        for s in extractor.extract(release(text, lang, title))
        if s.speaker_name
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An honorific before the name.
        (
            "en",
            "“We condemn the attacks against civilians,” said Mr Tomas Vilkas.",
            ("condemns", "civilians"),
        ),
        (
            "fr",
            "« Nous condamnons les attaques contre les civils », a déclaré M. Tomas Vilkas.",
            ("condemns", "civilians"),
        ),
        # A title before the name, with what it says of the office.
        (
            "en",
            "Foreign Minister Tomas Vilkas called on Russia to withdraw its troops.",
            ("calls-for", "Russia"),
        ),
        (
            "en",
            "Lithuanian Minister of Foreign Affairs Tomas Vilkas called on Russia to withdraw its troops.",
            ("calls-for", "Russia"),
        ),
        (
            "fr",
            "Le ministre des Affaires étrangères Tomas Vilkas a appelé la Russie à retirer ses troupes.",
            ("calls-for", "Russia"),
        ),
        # A reporting verb beside a bare name.
        ("en", "“We support Ukraine,” Tomas Vilkas said.", ("supports", "Ukraine")),
        ("fr", "« Nous soutenons l'Ukraine », a déclaré Tomas Vilkas.", ("supports", "Ukraine")),
    ],
)
def test_a_person_named_where_only_a_person_can_be_is_a_speaker(
    extractor: Extractor, lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert said(extractor, text, lang) == {("Tomas Vilkas", *expected)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Foreign Minister Tomas Vilkas informed Prime Minister Ona Rudyte about the situation. "
            "The Minister called on Russia to withdraw its troops.",
        ),
        (
            "fr",
            "Le ministre des Affaires étrangères Tomas Vilkas a informé la Première ministre Ona Rudyte. "
            "Le ministre a appelé la Russie à retirer ses troupes.",
        ),
        (
            "en",
            "Foreign Minister Tomas Vilkas met the press. Mr Vilkas called on Russia to withdraw its troops.",
        ),
        (
            "fr",
            "Le ministre Tomas Vilkas a rencontré la presse. "
            "M. Vilkas a appelé la Russie à retirer ses troupes.",
        ),
    ],
)
def test_the_title_or_the_surname_alone_names_the_same_person_again(
    extractor: Extractor, lang: str, text: str
) -> None:
    # "The Minister" is the foreign minister, not the Prime Minister named after him.
    assert said(extractor, text, lang) == {("Tomas Vilkas", "calls-for", "Russia")}


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Statement by Commissioner Tomas Vilkas on Ukraine",
            "We call on Russia to withdraw its troops.",
        ),
        (
            "fr",
            "Déclaration du commissaire Tomas Vilkas sur l'Ukraine",
            "Nous appelons la Russie à retirer ses troupes.",
        ),
    ],
)
def test_a_title_naming_an_unlisted_person_gives_the_text_their_voice(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    assert ("Tomas Vilkas", "calls-for", "Russia") in said(extractor, text, lang, title)


def test_the_same_name_is_the_same_iri_in_french_and_english(extractor: Extractor) -> None:
    en = extractor.extract(release("“We condemn the attacks against civilians,” said Mr Tomas Vilkas.", "en"))
    fr = extractor.extract(
        release("« Nous condamnons les attaques contre les civils », a déclaré M. Tomas Vilkas.", "fr")
    )
    assert {s.key for s in en} == {s.key for s in fr}
    assert {s.speaker for s in en} == {VILKAS}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Capitalised words of an institution, a sentence's first words, an acronym.
        ("en", "“We condemn the attacks against civilians,” the State Nuclear Regulatory Inspectorate said."),
        ("en", "Several Allies said they condemn the attacks against civilians."),
        ("en", "“We condemn the attacks against civilians,” the Tomas Vilkas Foundation said."),
        ("en", "“We condemn the attacks against civilians,” OSCE SMM said."),
        (
            "fr",
            "« Nous condamnons les attaques contre les civils », "
            "a déclaré la Commission Électorale Centrale.",
        ),
        # One word after a title, with no full name before it.
        ("en", "“We condemn the attacks against civilians,” said President Vilkas."),
    ],
)
def test_what_is_no_persons_name_makes_no_speaker(extractor: Extractor, lang: str, text: str) -> None:
    assert said(extractor, text, lang) == set()


def test_a_speaker_the_vocabulary_lists_stays_the_vocabularys(extractor: Extractor) -> None:
    found = extractor.extract(
        release("“We condemn the attacks against civilians,” said Mr Stoltenberg.", "en")
    )
    assert [(s.speaker.rsplit("/", 1)[-1], s.speaker_name) for s in found] == [("jens-stoltenberg", "")]


def test_an_unlisted_person_is_no_target(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Tomas Vilkas met the press. "
        "Mr Stoltenberg welcomed Mr Vilkas's commitment to reform."
    )
    assert all(s.target != VILKAS for s in extractor.extract(release(text, "en")))


# --- the event log, the graph, the gate -------------------------------------------------------------


def statement(**changes: object) -> Statement:
    base = dict(
        release_id="r1",
        speaker=VILKAS,
        stance="condemns",
        target="https://w3id.org/statgraph/id/actor/russia",
        kind="direct",
        quote="We condemn",
        start=0,
        end=10,
        date=dt.date(2021, 5, 23),
        lang="en",
        speaker_name="Tomas Vilkas",
    )
    base.update(changes)
    return Statement(**base)  # type: ignore[arg-type]


def test_the_log_keeps_the_name_and_leaves_out_an_empty_one() -> None:
    named = StatementsExtracted(release_id="r1", statements=(statement(),))
    assert from_dict(to_dict(named)) == named
    listed = StatementsExtracted(release_id="r1", statements=(statement(speaker_name=""),))
    assert "speaker_name" not in to_dict(listed)["statements"][0]
    assert from_dict(to_dict(listed)) == listed


def _release_graph(extractor: Extractor, text: str) -> Graph:
    rel = release(text, "en")
    recorded = ReleaseRecorded.from_release(rel).with_seq(1)
    extracted = StatementsExtracted(
        release_id=rel.release_id, sha256=rel.sha256, statements=tuple(extractor.extract(rel))
    )
    return build_graph(recorded, extracted.with_seq(2))  # type: ignore[arg-type]


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
def test_the_gate_accepts_an_unlisted_speaker_and_still_wants_an_actor(
    vocabulary: Vocabulary, extractor: Extractor, engine: str
) -> None:
    if engine == "turbo" and not turbo_available():
        pytest.skip("pyshacl-turbo (the fast extra) is not installed")
    validator = Validator(data_dir("shapes"), vocabulary.graph, engine=engine)
    graph = _release_graph(extractor, "“We condemn the attacks against civilians,” said Mr Tomas Vilkas.")
    actor = URIRef(VILKAS)
    assert (actor, RDF.type, SG.UnlistedActor) in graph
    assert validator.violations(graph) == []
    graph.remove((actor, RDF.type, None))
    messages = {v.message for v in validator.violations(graph)}
    assert "a statement needs exactly one speaker, an actor of the vocabulary" in messages


# --- the store --------------------------------------------------------------------------------------


EN = """---
title: Minister Vilkas on the attacks
date: 2021-05-23
lang: en
publisher: Lithuania MFA
---
“We condemn Russia's attacks against civilians,” said Foreign Minister Tomas Vilkas.
The Minister called on Russia to withdraw its troops.
"""
FR = """---
title: Le ministre Vilkas et la Biélorussie
date: 2021-06-02
lang: fr
publisher: Lithuania MFA
---
« Nous condamnons le régime biélorusse », a déclaré le ministre des Affaires étrangères Tomas Vilkas.
"""


@pytest.fixture
def store(tmp_path: Path) -> Statgraph:
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "2021-05-23_lt_en_vilkas.txt").write_text(EN, encoding="utf-8")
    (folder / "2021-06-02_lt_fr_vilkas.txt").write_text(FR, encoding="utf-8")
    sg = Statgraph(tmp_path / "store")
    assert sg.load([folder / "2021-05-23_lt_en_vilkas.txt"]).exit_code == 0
    assert sg.load([folder / "2021-06-02_lt_fr_vilkas.txt"]).exit_code == 0
    return sg


def _quads(sg: Statgraph, subject: str) -> list[tuple[str, str, str, str]]:
    with sg.view() as (_log, store):
        rows = store.raw.quads_for_pattern(ox.NamedNode(subject), None, None, None)
        return sorted((subject, q.predicate.value, q.object.value, q.graph_name.value) for q in rows)


def _values(rows: list[tuple[object, ...]]) -> list[tuple[str, ...]]:
    return [tuple(getattr(term, "value", "") for term in row) for row in rows]


def test_the_store_describes_an_unlisted_speaker_once(store: Statgraph) -> None:
    quads = _quads(store, VILKAS)
    # none in the release graphs; the name's place (sg:nameOrder) is in graph/order
    assert {g for *_x, g in quads} == {str(UNLISTED_GRAPH), str(ORDER_GRAPH)}
    labels = [o for _s, p, o, _g in quads if p == str(SKOS.prefLabel)]
    assert labels == ["Tomas Vilkas", "Tomas Vilkas"]  # @en and @fr, once for both releases
    rows = _values(store.query("speakers").rows)
    assert [r[:3] for r in rows] == [("Tomas Vilkas", "calls-for", "1"), ("Tomas Vilkas", "condemns", "2")]
    by_name = store.query("statements-by-speaker", {"speaker_name": "tomas VILKAS"}).rows
    assert len(by_name) == 3


def test_the_stored_graphs_validate_again(store: Statgraph) -> None:
    # graph/unlisted holds what the gate saw of the speakers: 'statgraph validate' finds it there.
    assert store.validate() == []


def test_a_rebuilt_store_describes_them_alike(store: Statgraph) -> None:
    before = _quads(store, VILKAS)
    store.rebuild()
    assert _quads(store, VILKAS) == before


def test_the_past_and_the_exports_hold_their_description(store: Statgraph) -> None:
    first = _values(store.query("speakers", as_of=2).rows)
    assert [r[:3] for r in first] == [("Tomas Vilkas", "calls-for", "1"), ("Tomas Vilkas", "condemns", "1")]
    with_vocabulary = Graph().parse(data=store.export("turtle"), format="turtle")
    assert (URIRef(VILKAS), RDF.type, SG.UnlistedActor) in with_vocabulary
    alone = Graph().parse(data=store.export("turtle", vocabulary=False), format="turtle")
    assert (URIRef(VILKAS), RDF.type, SG.UnlistedActor) not in alone
    assert (None, SG.speakerName, None) in alone  # each statement still says the name it was given


def test_a_correction_of_the_speaker_drops_the_name(store: Statgraph) -> None:
    row = next(r for r in store.statements() if r.stance == "calls-for")
    store.correct(row.id, speaker="Jens Stoltenberg", reason="the release quotes him")
    names = {(r.speaker, r.stance) for r in store.statements()}
    assert ("Jens Stoltenberg", "calls-for") in names
    assert ("Tomas Vilkas", "calls-for") not in names


# --- short quotes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Under five words, a quote a reporting clause follows is speech ...
        ("en", "“We support Ukraine,” Mr Stoltenberg said.", {("jens-stoltenberg", "supports", "ukraine")}),
        (
            "fr",
            "« Nous condamnons la Russie », a déclaré M. Stoltenberg.",
            {("jens-stoltenberg", "condemns", "russia")},
        ),
        # ... a scare quote is not, nor a short capitalised one no reporting verb follows.
        ("en", "The so-called “Donetsk People's Republic,” Mr Stoltenberg said, held a vote.", set()),
        ("en", "“We support Ukraine,” the headline read.", set()),
    ],
)
def test_a_short_quote_is_speech_when_a_reporting_clause_follows(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extractor.extract(release(text, lang, publisher="NATO"))
    assert {(s.speaker.rsplit("/", 1)[-1], s.stance, s.target.rsplit("/", 1)[-1]) for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Lithuanian Minister of Foreign Affairs Gabrielius Landsbergis met the press in Vilnius. "
            "The Minister called on Russia to withdraw its troops.",
        ),
        (
            "fr",
            "Le ministre lituanien des Affaires étrangères Gabrielius Landsbergis a rencontré la presse. "
            "Le ministre a appelé la Russie à retirer ses troupes.",
        ),
    ],
)
def test_the_title_names_again_a_person_of_the_vocabulary_it_introduced(
    extractor: Extractor, lang: str, text: str
) -> None:
    v = extractor.vocab
    found = extractor.extract(release(text, lang))
    assert {(v.label(s.speaker), s.stance, v.label(s.target)) for s in found} == {
        ("Gabrielius Landsbergis", "calls-for", "Russia")
    }
