"""The organisations, missions, formats and armed groups of ontology/actors-organisations.ttl: well formed,
named by no other entry, and found by the extractor as speakers and targets. Sentences written for the
test (not taken from any corpus), in English and French."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"
FILE = ONTOLOGY / "actors-organisations.ttl"
SG = Namespace("https://w3id.org/statgraph/ns#")
CLASSES = {SG.Organisation, SG.CollectiveBody, SG.Group}
# Words and other names an acronym or short name would also be (see the file's header): none is a label.
NEVER_LABELS = {
    "AU", "UA", "OAS", "RSF", "SAF", "FAS", "SDF", "FDS", "PSC", "CPS", "PCA", "CPA", "ECHR", "CEDH",
    "ADF", "IIT", "EUFOR", "EUAM", "EUMAM", "Commonwealth", "Red Cross", "Croix-Rouge",
    "Union", "the Union", "Mission", "the Mission", "Court", "the Court", "Agency", "the Agency",
    "Force", "Commission", "Council", "Conseil", "Cour", "Agence",
}  # fmt: skip


def norm(text: str) -> str:
    """Case-, accent-, apostrophe- and punctuation-insensitive form of a name (as test_vocabulary_files)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", stripped).split())


@pytest.fixture(scope="module")
def mine() -> Graph:
    return Graph().parse(FILE, format="turtle")


@pytest.fixture(scope="module")
def everything() -> Graph:
    graph = Graph()
    for path in sorted(ONTOLOGY.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def _entries(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, SKOS.Concept) if isinstance(s, URIRef)}


def _labels(graph: Graph, subject: URIRef) -> list[Literal]:
    return [
        o
        for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
        for o in graph.objects(subject, p)
        if isinstance(o, Literal)
    ]


def test_the_file_adds_many_entries_of_the_three_classes(mine: Graph) -> None:
    entries = _entries(mine)
    assert len(entries) >= 80
    by_class = {c: {e for e in entries if (e, RDF.type, c) in mine} for c in CLASSES}
    assert all(by_class.values()), by_class.keys()


def test_every_entry_has_a_known_class(mine: Graph) -> None:
    for entry in _entries(mine):
        classes = set(mine.objects(entry, RDF.type)) - {SKOS.Concept}
        assert len(classes) == 1 and classes <= CLASSES, (entry, classes)
        assert (entry, SKOS.inScheme, URIRef("https://w3id.org/statgraph/id/scheme/actors")) in mine, entry


def test_no_label_is_shared_with_any_other_entry(mine: Graph, everything: Graph) -> None:
    """Across every file of ontology/: a name the extractor meets must name one entry."""
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for subject in everything.subjects(SKOS.inScheme, None):
        if not isinstance(subject, URIRef):
            continue
        for label in _labels(everything, subject):
            owners[norm(str(label))].add(subject)
        for family in everything.objects(subject, FOAF.familyName):
            owners[norm(str(family))].add(subject)
    for subject in {s for s in mine.subjects() if isinstance(s, URIRef)}:
        for label in _labels(mine, subject):
            assert owners[norm(str(label))] == {subject}, (str(label), sorted(owners[norm(str(label))]))


def test_no_label_is_a_generic_word_or_an_unsafe_acronym(mine: Graph) -> None:
    never = {norm(w) for w in NEVER_LABELS}
    for subject in set(mine.subjects()):
        for label in _labels(mine, subject):
            text = str(label)
            assert norm(text) not in never, (subject, text)
            letters = [c for c in text if c.isalpha()]
            # An acronym is written in capitals (the extractor then matches it only in capitals).
            if " " not in text and len(letters) <= 6 and text.upper() == text:
                assert len(letters) >= 2 or any(c.isdigit() for c in text), (subject, text)


def test_part_of_and_member_of_point_to_entries(mine: Graph, everything: Graph) -> None:
    entries = _entries(everything)
    links = [(s, o) for p in (SG.partOf, SG.memberOf) for s, o in mine.subject_objects(p)]
    assert links
    for subject, parent in links:
        assert parent in entries and parent != subject, (subject, parent)


def test_labels_added_to_entries_of_actors_ttl_are_for_existing_entries(
    mine: Graph, everything: Graph
) -> None:
    added = {s for s in mine.subjects(SKOS.altLabel) if (s, RDF.type, SKOS.Concept) not in mine}
    assert URIRef("https://w3id.org/statgraph/id/actor/hamas") in added
    actors = Graph().parse(ONTOLOGY / "actors.ttl", format="turtle")
    for subject in added:
        assert (subject, RDF.type, SKOS.Concept) in actors, subject
        assert set(mine.predicates(subject)) == {SKOS.altLabel}, subject


# ---------------------------------------------------------------- the extractor


def extract(extractor: Extractor, text: str, lang: str, publisher: str) -> set[tuple[str, str, str]]:
    title = "News" if lang == "en" else "Nouvelles"
    meta = ReleaseMeta(title=title, date=dt.date(2021, 6, 1), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(v.label(s.speaker), s.stance, v.label(s.target)) for s in extractor.extract(rel)}


EU, FR = "European Union", "France Diplomatie"
CO_CHAIRS = "OSCE Minsk Group Co-Chairs"
PSC = "AU Peace and Security Council"


@pytest.mark.parametrize(
    ("lang", "publisher", "text", "expected"),
    [
        # Targets: organisations, missions, armed forces and groups named by their names and acronyms.
        (
            "en",
            EU,
            "The EU supports the mediation efforts of the African Union and IGAD.",
            {(EU, "supports", "African Union"), (EU, "supports", "IGAD")},
        ),
        (
            "en",
            EU,
            "The EU welcomes the decision of the AU to lift the suspension.",
            {(EU, "welcomes", "African Union")},
        ),
        (
            "en",
            "Council of the European Union",
            "The Council reaffirmed its full support to MINUSMA.",
            {("Council of the European Union", "supports", "MINUSMA")},
        ),
        (
            "en",
            "NATO",
            "We condemn the attacks by the Rapid Support Forces against civilians in Darfur.",
            {("NATO", "condemns", "Rapid Support Forces")},
        ),
        (
            "en",
            EU,
            "The EU calls on the Sudanese Armed Forces and the Rapid Support Forces to agree a ceasefire.",
            {(EU, "calls-for", "Sudanese Armed Forces"), (EU, "calls-for", "Rapid Support Forces")},
        ),
        (
            "en",
            EU,
            "The EU condemns the attacks by Hayat Tahrir al-Sham against civilians in Idlib.",
            {(EU, "condemns", "Hayat Tahrir al-Sham")},
        ),
        (
            "en",
            "NATO",
            "We welcome the report of the OPCW Investigation and Identification Team.",
            {("NATO", "welcomes", "OPCW Investigation and Identification Team")},
        ),
        ("fr", FR, "Nous soutenons l'enquête menée par l'OACI.", {("France", "supports", "ICAO")}),
        (
            "fr",
            FR,
            "La France soutient les efforts de médiation de l'UA.",
            {("France", "supports", "African Union")},
        ),
        ("fr", FR, "La France soutient pleinement la FINUL.", {("France", "supports", "UNIFIL")}),
        ("fr", FR, "La France salue le travail de l'OIAC.", {("France", "welcomes", "OPCW")}),
        (
            "fr",
            FR,
            "La France condamne fermement l'attaque du M23 contre la MONUSCO.",
            {("France", "condemns", "M23")},
        ),
        (
            "fr",
            FR,
            "La France condamne les attaques des Forces de soutien rapide contre les civils.",
            {("France", "condemns", "Rapid Support Forces")},
        ),
        (
            "fr",
            FR,
            "La France appelle l'Armée nationale libyenne à cesser les combats.",
            {("France", "calls-for", "Libyan National Army")},
        ),
        # The longer name wins over the ISIL it contains; a French name added to Hamas of actors.ttl.
        (
            "fr",
            FR,
            "La France condamne les attaques de l'État islamique dans le Grand Sahara.",
            {("France", "condemns", "Islamic State in the Greater Sahara")},
        ),
        (
            "fr",
            FR,
            "La France appelle le Mouvement de la résistance islamique à libérer les otages.",
            {("France", "calls-for", "Hamas")},
        ),
        # Speakers: a body or format named as the subject, an organisation as the release's own voice.
        (
            "en",
            "UK Foreign Office",
            "The E3 called on Iran to cooperate fully with the IAEA.",
            {("E3", "calls-for", "Iran")},
        ),
        (
            "fr",
            FR,
            "Les E3 appellent l'Iran à coopérer pleinement avec l'AIEA.",
            {("E3", "calls-for", "Iran")},
        ),
        (
            "en",
            EU,
            "The Quartet condemned the attacks by Hamas.",
            {("Middle East Quartet", "condemns", "Hamas")},
        ),
        (
            "fr",
            FR,
            "Le Quatuor pour le Moyen-Orient a condamné les attaques du Hamas.",
            {("Middle East Quartet", "condemns", "Hamas")},
        ),
        (
            "en",
            EU,
            "The AU Peace and Security Council condemned the attacks by al-Shabaab.",
            {(PSC, "condemns", "al-Shabaab")},
        ),
        (
            "fr",
            FR,
            "Le Conseil de paix et de sécurité de l'Union africaine a condamné les attaques des Chabab.",
            {(PSC, "condemns", "al-Shabaab")},
        ),
        (
            "en",
            EU,
            "The OSCE Minsk Group Co-Chairs called on the sides to respect the ceasefire.",
            {(CO_CHAIRS, "calls-for", "parties to the conflict"), (CO_CHAIRS, "supports", "ceasefire")},
        ),
        (
            "fr",
            FR,
            "Les coprésidents du Groupe de Minsk de l'OSCE ont appelé les parties à respecter "
            "le cessez-le-feu.",
            {(CO_CHAIRS, "calls-for", "parties to the conflict"), (CO_CHAIRS, "supports", "ceasefire")},
        ),
        (
            "en",
            "ECOWAS",
            "ECOWAS condemns the attacks by JNIM against civilians.",
            {("ECOWAS", "condemns", "JNIM")},
        ),
        (
            "fr",
            "CEDEAO",
            "La CEDEAO condamne les attaques du GSIM contre les populations civiles.",
            {("ECOWAS", "condemns", "JNIM")},
        ),
    ],
)
def test_the_extractor_finds_them_as_speakers_and_targets(
    extractor: Extractor, lang: str, publisher: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert extract(extractor, text, lang, publisher) == expected
