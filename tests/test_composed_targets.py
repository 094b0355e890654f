"""Targets the vocabulary names no instance of, composed: an act type of ontology/acts.ttl with the place
or the victim the text gives ("the coup in Chad": "coup in Chad"), an addressee type with the nationality
it gives ("all Malian stakeholders": "Malian stakeholders"). The target is an IRI the store describes
once, in graph/unlisted, with its English name whatever the release's language. Sentences written for
the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from statgraph.api import Statgraph
from statgraph.config import data_dir
from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor
from statgraph.mapping import composed_target
from statgraph.namespaces import (
    ACT,
    ADDRESSEE,
    COMPOSED_ACTOR,
    COMPOSED_TOPIC,
    ORDER_GRAPH,
    SG,
    UNLISTED_GRAPH,
)
from statgraph.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary(data_dir("ontology"))


@pytest.fixture(scope="module")
def extractor(vocabulary: Vocabulary) -> Extractor:
    return Extractor(vocabulary)


def _name(iri: str, vocabulary: Vocabulary) -> str:
    """A target's English name: the vocabulary's label, else the composed target's."""
    if iri in vocabulary.entries:
        return vocabulary.label(iri)
    labels = [str(o) for _s, p, o in composed_target(iri) if p == SKOS.prefLabel]
    return labels[0] if labels else iri


def found(extractor: Extractor, text: str, lang: str, title: str = "News") -> set[tuple[str, str]]:
    meta = ReleaseMeta(title=title, date=dt.date(2022, 3, 1), lang=lang, publisher="France MFA")
    release = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    return {(s.stance, _name(s.target, extractor.vocab)) for s in extractor.extract(release)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An act with its place.
        ("en", "France condemns the attempted coup in Chad.", ("condemns", "coup attempt in Chad")),
        (
            "fr",
            "La France condamne la tentative de coup d'État au Tchad.",
            ("condemns", "coup attempt in Chad"),
        ),
        ("en", "France is deeply concerned by the clashes in Libya.", ("concerned", "fighting in Libya")),
        (
            "fr",
            "La France est préoccupée par les affrontements en cours en Libye.",
            ("concerned", "fighting in Libya"),
        ),
        # An act with its victim, a few words on; the plural is named as such.
        (
            "en",
            "France condemns in the strongest terms the attacks carried out against a MONUSCO convoy.",
            ("condemns", "attacks on MONUSCO"),
        ),
        (
            "fr",
            "La France condamne l'attaque perpétrée hier contre un convoi de la MONUSCO.",
            ("condemns", "attack on MONUSCO"),
        ),
        # Whom an act concerns, a person's title between: the release of that person.
        (
            "en",
            "France calls for the immediate release of President Tomas Vilkas.",
            ("calls-for", "release of Tomas Vilkas"),
        ),
        (
            "fr",
            "La France demande la libération immédiate du président Tomas Vilkas.",
            ("calls-for", "release of Tomas Vilkas"),
        ),
    ],
)
def test_an_act_is_named_with_its_place_or_victim(
    extractor: Extractor, lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(extractor, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An honorific and its full stop between the act and whom it concerns.
        (
            "en",
            "France condemns the abduction of Mr Tomas Vilkas.",
            ("condemns", "abduction of Tomas Vilkas"),
        ),
        (
            "fr",
            "La France condamne l'enlèvement de M. Tomas Vilkas.",
            ("condemns", "abduction of Tomas Vilkas"),
        ),
        ("en", "France is concerned by the shelling in Libya.", ("concerned", "shelling in Libya")),
        # A place after the words that follow "on" is where, not whom.
        ("en", "France condemns the attack on the convoy in Libya.", ("condemns", "attack in Libya")),
    ],
)
def test_more_acts_with_whom_or_where(
    extractor: Extractor, lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(extractor, text, lang)


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # The state whose institutions an act was against is where it happened.
        (
            "en",
            "News",
            "France condemns the attempted coup against the elected institutions of Chad.",
            ("condemns", "coup attempt in Chad"),
        ),
        (
            "fr",
            "Actualités",
            "La France condamne la tentative de coup d'État d'hier contre les institutions élues du Tchad.",
            ("condemns", "coup attempt in Chad"),
        ),
        # The sides of a fight that belong to one state (an armed group the vocabulary knows no state of
        # beside them): the fight is in that state.
        (
            "en",
            "News",
            "France is alarmed by the clashes between the Sudanese army and the Rapid Support Forces.",
            ("concerned", "fighting in Sudan"),
        ),
        (
            "fr",
            "Actualités",
            "La France s'inquiète des combats qui opposent depuis hier l'armée soudanaise aux FSR.",
            ("concerned", "fighting in Sudan"),
        ),
        # An assassination attempt is named after whom it targeted.
        (
            "fr",
            "Actualités",
            "La France condamne la tentative d'assassinat commise hier contre Juan Guaidó.",
            ("condemns", "assassination attempt on Juan Guaidó"),
        ),
        (
            "en",
            "News",
            "France condemns the assassination attempt against Juan Guaidó.",
            ("condemns", "assassination attempt on Juan Guaidó"),
        ),
    ],
)
def test_an_act_is_named_with_the_state_or_person_in_its_own_words(
    extractor: Extractor, lang: str, title: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(extractor, text, lang, title)


@pytest.mark.parametrize(
    ("lang", "title", "text", "unexpected"),
    [
        # Negative: sides that are states are no place; forces of one state under a title on another.
        ("en", "News", "We deplore the clashes between the Sudanese army and Chad.", "fighting in Sudan"),
        (
            "en",
            "Lebanon: statement",
            "France is alarmed by the clashes between the Israel Defense Forces and the armed groups.",
            "fighting in Israel",
        ),
    ],
)
def test_sides_that_are_states_or_fight_abroad_are_no_place(
    extractor: Extractor, lang: str, title: str, text: str, unexpected: str
) -> None:
    assert not any(t == unexpected for _st, t in found(extractor, text, lang, title))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La France est préoccupée par la tentative de coup d'État au Tchad. "
            "La France condamne fermement cette tentative de coup de force.",
        ),
        (
            "en",
            "France is concerned by the attempted coup in Chad. France strongly condemns this coup attempt.",
        ),
    ],
)
def test_an_act_named_again_is_the_one_of_its_type_named_before(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert ("condemns", "coup attempt in Chad") in found(extractor, text, lang)


def test_an_act_named_again_with_no_composed_one_before_is_left_to_the_other_rules(
    extractor: Extractor,
) -> None:
    # These strikes are Russia's: the rules for acts named again find the actor.
    text = "La France condamne les frappes aériennes de la Russie. La France condamne ces frappes aériennes."
    assert found(extractor, text, "fr") == {("condemns", "Russia")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La France réaffirme le soutien de la France au Haut représentant Josep Borrell."),
        ("en", "France reaffirms the support of France for High Representative Josep Borrell."),
    ],
)
def test_a_support_the_speaker_holds_is_for_whom_it_names_after(
    extractor: Extractor, lang: str, text: str
) -> None:
    # The holder named after the cue is the speaker's side; the person named after "au", "for", with
    # their office before the name, is the one supported.
    assert found(extractor, text, lang) == {("supports", "Josep Borrell")}


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        ("en", "France condemns the attempted seizure of power by force in the capital.", "Chad - Statement"),
        (
            "fr",
            "La France condamne la tentative de prise du pouvoir par la force survenue dans la capitale.",
            "Tchad",
        ),
    ],
)
def test_an_act_that_happens_somewhere_takes_the_state_the_title_names(
    extractor: Extractor, lang: str, text: str, title: str
) -> None:
    assert found(extractor, text, lang, title) == {("condemns", "coup attempt in Chad")}


def test_an_act_done_to_someone_is_not_named_after_the_state_the_title_names(extractor: Extractor) -> None:
    # A killing is the killing of someone: "killing in Chad" says too little, the state stays the target.
    assert found(extractor, "France condemns the killing.", "en", "Chad") == {("condemns", "Chad")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The author named: the act is theirs (the guide: the actor responsible where named).
        ("en", "France condemns Russia's attack on Ukraine.", ("condemns", "Russia")),
        ("en", "France condemns the attack by Hamas on Israel.", ("condemns", "Hamas")),
        ("fr", "La France condamne l'attaque de la Russie contre l'Ukraine.", ("condemns", "Russia")),
        ("en", "France condemns the Russian attack on Ukraine.", ("condemns", "Russia")),
        ("en", "France condemns the attack on the embassy by the Taliban.", ("condemns", "Taliban")),
        # The vocabulary's own name for the act wins.
        ("fr", "La France demande la libération immédiate des otages.", ("calls-for", "release of hostages")),
    ],
)
def test_an_act_whose_author_or_name_is_known_keeps_it(
    extractor: Extractor, lang: str, text: str, expected: tuple[str, str]
) -> None:
    statements = found(extractor, text, lang)
    assert expected in statements
    assert not any(" on " in target or " in " in target for _stance, target in statements)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "We call on all Malian stakeholders to settle their differences.", "Malian stakeholders"),
        (
            "fr",
            "La France appelle tous les acteurs maliens à régler leurs différends.",
            "Malian stakeholders",
        ),
        ("fr", "La France exhorte les parties maliennes à appliquer l'accord.", "Malian parties"),
        (
            "fr",
            "Nous appelons toutes les forces politiques du Venezuela à la retenue.",
            "Venezuelan political forces",
        ),
        (
            "fr",
            "La France exhorte toutes les parties prenantes à la plus grande retenue.",
            "all stakeholders",
        ),
        (
            "en",
            "We call on all political leaders to refrain from divisive rhetoric.",
            "all political leaders",
        ),
        ("en", "We call on all States to act responsibly.", "all States"),
        ("fr", "Nous appelons tous les États à agir de manière responsable.", "all States"),
        # The vocabulary's name for the very words stays.
        ("en", "We call on all parties to show restraint.", "all parties"),
    ],
)
def test_an_addressee_is_named_with_its_nationality(
    extractor: Extractor, lang: str, text: str, expected: str
) -> None:
    assert ("calls-for", expected) in found(extractor, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We condemn these malicious activities and we call on all States to act responsibly."),
        ("fr", "Nous condamnons ces activités malveillantes, et nous appelons tous les États à agir."),
    ],
)
def test_a_clause_joined_with_its_own_subject_ends_the_object(
    extractor: Extractor, lang: str, text: str
) -> None:
    statements = found(extractor, text, lang)
    assert ("calls-for", "all States") in statements
    assert ("condemns", "all States") not in statements


def test_composed_iris_are_described_with_their_type() -> None:
    iri = COMPOSED_TOPIC + "coup/coup_in_Chad"
    graph = Graph()
    for triple in composed_target(iri):
        graph.add(triple)
    target = URIRef(iri)
    assert (target, RDF.type, SG.ComposedTarget) in graph
    assert (target, RDF.type, SG.Topic) in graph
    assert str(graph.value(target, SKOS.prefLabel)) == "coup in Chad"
    assert graph.value(target, SKOS.broader) == ACT["coup"]
    actor = URIRef(COMPOSED_ACTOR + "stakeholders/Malian_stakeholders")
    graph = Graph()
    for triple in composed_target(str(actor)):
        graph.add(triple)
    assert (actor, RDF.type, SG.Group) in graph
    assert graph.value(actor, SKOS.broader) == ADDRESSEE["stakeholders"]
    assert composed_target("https://w3id.org/statgraph/id/actor/chad") == []


def test_every_act_and_addressee_type_has_an_english_name_and_forms(vocabulary: Vocabulary) -> None:
    kinds = {c.kind for c in vocabulary.composables}
    assert kinds == {"act", "addressee"}
    for c in vocabulary.composables:
        assert c.name and {"en", "fr"} <= set(c.forms), c.slug
        # A plural name without plural forms would never be used, and the reverse names several as one.
        assert bool(c.plural_name) <= bool(c.plural_forms), c.slug
        assert c.victim_preposition in {"", "on", "of"}, c.slug


FR = """---
title: Tchad – Tentative de coup d'État
date: 2022-03-01
lang: fr
publisher: France MFA
---
La France condamne fermement la tentative de coup d'État au Tchad.
La France appelle tous les acteurs tchadiens à régler leurs différends par le dialogue.
"""


@pytest.fixture
def store(tmp_path: Path) -> Statgraph:
    path = tmp_path / "2022-03-01_fr-mae_fr_tchad.txt"
    path.write_text(FR, encoding="utf-8")
    sg = Statgraph(tmp_path / "store")
    assert sg.load([path]).exit_code == 0
    return sg


def test_the_store_names_composed_targets_in_english_and_describes_them_once(store: Statgraph) -> None:
    rows = {(r.stance, r.target) for r in store.statements()}
    assert rows == {("condemns", "coup attempt in Chad"), ("calls-for", "Chadian stakeholders")}
    coup = COMPOSED_TOPIC + "coup-attempt/coup_attempt_in_Chad"
    with store.view() as (_log, graph):
        quads = list(graph.raw.quads_for_pattern(ox.NamedNode(coup), None, None, None))
    # Described in graph/unlisted only (none in the release graphs); its name's place is in graph/order.
    graphs = {str(getattr(q.graph_name, "value", "")) for q in quads}
    assert quads and graphs == {str(UNLISTED_GRAPH), str(ORDER_GRAPH)}
    assert store.validate() == []
    store.rebuild()
    assert {(r.stance, r.target) for r in store.statements()} == rows


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Nous réaffirmons notre attachement à l'unité, à la souveraineté et à l'intégrité "
            "territoriale de la Géorgie.",
        ),
        ("en", "We reaffirm our commitment to the unity, sovereignty and territorial integrity of Georgia."),
    ],
)
def test_a_bare_value_listed_with_an_actors_values_is_that_actors(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert found(extractor, text, lang) == {("supports", "sovereignty and territorial integrity of Georgia")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We support the independence, sovereignty, unity and territorial integrity of Chad."),
        ("fr", "Nous sommes attachés à l'indépendance, à l'unité et à l'intégrité territoriale du Tchad."),
    ],
)
def test_a_bare_value_in_a_list_closing_on_a_state_the_vocabulary_names_no_value_of_is_that_states(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert found(extractor, text, lang) == {("supports", "Chad")}


def test_a_bare_value_listed_with_a_place_stays_bare(extractor: Extractor) -> None:
    # Negative: "in the region of Chad" is where, not whose the values are.
    assert found(extractor, "We support unity and stability in the region of Chad.", "en") == {
        ("supports", "unity")
    }


def test_a_bare_value_listed_with_a_named_thing_stays_bare(extractor: Extractor) -> None:
    assert ("supports", "unity") in found(extractor, "We support unity, and the Minsk agreements.", "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La France exprime sa pleine solidarité avec le Japon et la République de Corée."),
        ("en", "France supports Japan and the Republic of Korea."),
    ],
)
def test_actors_supported_together_are_each_supported(extractor: Extractor, lang: str, text: str) -> None:
    assert found(extractor, text, lang) == {("supports", "Japan"), ("supports", "South Korea")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Places where something is supported, not each supported.
        ("fr", "La France soutient le déploiement d'unités en Estonie, en Lettonie et en Pologne."),
        # Where the one supported is.
        ("en", "France expressed its full support for MINUSMA in Mali."),
        # Whom one acts alongside.
        ("fr", "La France, aux côtés des États-Unis et de la Russie, est pleinement mobilisée."),
    ],
)
def test_states_listed_as_places_or_partners_are_not_each_supported(
    extractor: Extractor, lang: str, text: str
) -> None:
    targets = {target for _stance, target in found(extractor, text, lang)}
    assert not {"Latvia", "Poland", "Russia", "Mali"} & targets
