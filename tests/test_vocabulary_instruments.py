"""The named instruments and processes of ontology/topics-instruments.ttl: well formed, named by no other
entry, and found by the extractor as the targets of stances, the same in English and in French. Sentences
written for the test (not taken from any corpus)."""

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
FILE = ONTOLOGY / "topics-instruments.ttl"
SG = Namespace("https://w3id.org/statgraph/ns#")
TOPIC = Namespace("https://w3id.org/statgraph/id/topic/")
# Words, places and other names a short name would also be (see the file's header): none is a label.
NEVER_LABELS = {
    "agreement", "the agreement", "accord", "l'accord", "process", "the process", "processus", "treaty",
    "traité", "convention", "resolution", "résolution", "Geneva", "Genève", "Douma", "Brussels Agreement",
    "accord de Bruxelles", "ODD", "ATT", "TCA", "DOC", "LPA", "ECHR", "CEDH",
    "peace agreement", "accord de paix", "ceasefire agreement", "Final Peace Agreement", "Basic Principles",
    "Withdrawal", "Compact", "Framework", "Strategic", "Agenda",
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


def test_the_file_adds_many_topics_of_each_kind(mine: Graph) -> None:
    entries = _entries(mine)
    assert len(entries) >= 100
    slugs = {str(e).rsplit("/", 1)[1] for e in entries}
    assert sum(s.startswith("resolution-") for s in slugs) >= 20
    for kind in ("treaty", "convention", "agreement", "process", "framework", "compact", "attack", "murder"):
        assert any(kind in norm(str(label)) for e in entries for label in mine.objects(e, SKOS.prefLabel)), (
            kind
        )


def test_every_entry_is_a_defined_topic(mine: Graph) -> None:
    for entry in _entries(mine):
        assert set(mine.objects(entry, RDF.type)) == {SG.Topic, SKOS.Concept}, entry
        assert (entry, SKOS.inScheme, URIRef("https://w3id.org/statgraph/id/scheme/topics")) in mine, entry
        assert mine.value(entry, SKOS.definition) is not None, entry


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
    for subject in _entries(mine):
        for label in _labels(mine, subject):
            assert owners[norm(str(label))] == {subject}, (str(label), sorted(owners[norm(str(label))]))


def test_no_label_is_a_common_word_or_an_unsafe_acronym(mine: Graph) -> None:
    never = {norm(w) for w in NEVER_LABELS}
    for subject in _entries(mine):
        for label in _labels(mine, subject):
            text = str(label)
            assert norm(text) not in never, (subject, text)
            assert len(norm(text).split()) >= 2 or any(c.isupper() for c in text), (subject, text)
            letters = [c for c in text if c.isalpha()]
            # An acronym is written in capitals (the extractor then matches it only in capitals).
            if " " not in text and len(letters) <= 6 and text.upper() == text:
                assert len(letters) >= 3 or any(c.isdigit() for c in text), (subject, text)


def test_broader_topics_and_actors_concerned_are_entries(mine: Graph, everything: Graph) -> None:
    entries = _entries(everything)
    links = [(s, o) for p in (SKOS.broader, SG.about) for s, o in mine.subject_objects(p)]
    assert len(links) >= 100
    for subject, other in links:
        assert other in entries and other != subject, (subject, other)


def test_the_names_of_the_flight_and_of_the_grain_initiative_moved_out_of_topics_ttl() -> None:
    """'MH17' is the downing, its investigation the narrower topic; the Black Sea Grain Initiative is no
    longer a name of food security."""
    topics = Graph().parse(ONTOLOGY / "topics.ttl", format="turtle")
    names = {norm(str(o)) for o in topics.objects(TOPIC["mh17-investigation"], SKOS.altLabel)}
    assert not names & {"mh17", "downing of mh17", "vol mh17", "flight mh17"}, names
    assert (TOPIC["mh17-investigation"], SKOS.broader, TOPIC["downing-of-mh17"]) in topics
    food = {norm(str(o)) for o in topics.objects(TOPIC["food-security"], SKOS.altLabel)}
    assert "black sea grain initiative" not in food


# ---------------------------------------------------------------- the extractor


def extract(extractor: Extractor, text: str, lang: str, publisher: str) -> set[tuple[str, str, str]]:
    title = "News" if lang == "en" else "Nouvelles"
    meta = ReleaseMeta(title=title, date=dt.date(2021, 6, 1), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(v.label(s.speaker), s.stance, v.label(s.target)) for s in extractor.extract(rel)}


EU, FR, NATO, OTAN = "European Union", "France Diplomatie", "NATO", "OTAN"

# (stance, target, English sentence, French sentence): each a stance of the publisher (the EU or NATO in
# English, France or NATO in French) on an instrument, named by one of its names in each language.
PAIRS = [
    (
        "welcomes",
        "Pretoria agreement",
        (EU, "The EU welcomes the Pretoria agreement between the Government of Ethiopia and the TPLF."),
        (FR, "La France salue l'accord de Pretoria entre le gouvernement éthiopien et le TPLF."),
    ),
    (
        "welcomes",
        "Pretoria agreement",
        (
            EU,
            "The EU welcomes the signing of the Agreement for Lasting Peace through a Permanent Cessation of "
            "Hostilities.",
        ),
        (FR, "La France salue la signature de l'accord de paix de Pretoria."),
    ),
    (
        "supports",
        "resolution 2254",
        (EU, "The EU supports the implementation of resolution 2254."),
        (FR, "La France soutient la mise en œuvre de la résolution 2254."),
    ),
    (
        "calls-for",
        "resolution 2334",
        (EU, "The EU calls for the full implementation of Security Council resolution 2334."),
        (FR, "La France appelle à la pleine application de la résolution 2334 du Conseil de sécurité."),
    ),
    (
        "supports",
        "Quito Process",
        (EU, "The EU fully supports the Quito Process."),
        (FR, "La France soutient pleinement le processus de Quito."),
    ),
    (
        "supports",
        "Non-Proliferation Treaty",
        (NATO, "Allies remain fully committed to the Non-Proliferation Treaty."),
        (
            OTAN,
            "Les Alliés restent pleinement attachés au traité sur la non-prolifération des armes nucléaires.",
        ),
    ),
    (
        "condemns",
        "downing of MH17",
        (EU, "The EU condemns the downing of MH17."),
        (FR, "La France condamne la destruction du vol MH17."),
    ),
    (
        "welcomes",
        "Prespa Agreement",
        (EU, "The EU welcomes the signing of the Prespa Agreement."),
        (FR, "La France salue la signature de l'accord de Prespa."),
    ),
    (
        "supports",
        "Black Sea Grain Initiative",
        (EU, "The EU strongly supports the Black Sea Grain Initiative."),
        (FR, "La France soutient l'initiative céréalière de la mer Noire."),
    ),
    (
        "supports",
        "Belgrade-Pristina dialogue",
        (EU, "The EU remains committed to the Belgrade-Pristina dialogue."),
        (FR, "La France reste attachée au dialogue entre Belgrade et Pristina."),
    ),
    (
        "calls-for",
        "Dayton Agreement",
        (EU, "The EU calls for the full implementation of the Dayton Peace Agreement."),
        (FR, "La France appelle à la pleine mise en œuvre des accords de Dayton."),
    ),
    (
        "condemns",
        "murder of Jamal Khashoggi",
        (EU, "The EU condemns the murder of Jamal Khashoggi."),
        (FR, "La France condamne l'assassinat de Jamal Khashoggi."),
    ),
    (
        "supports",
        "Rome Statute",
        (EU, "The EU remains committed to the Rome Statute."),
        (FR, "La France reste attachée au Statut de Rome."),
    ),
    (
        "welcomes",
        "Global Compact for Migration",
        (EU, "The EU welcomes the Global Compact for Migration."),
        (FR, "La France salue le pacte mondial pour des migrations sûres, ordonnées et régulières."),
    ),
    (
        "supports",
        "Sustainable Development Goals",
        (EU, "The EU supports the Sustainable Development Goals."),
        (FR, "La France soutient les objectifs de développement durable."),
    ),
    (
        "condemns",
        "Hong Kong National Security Law",
        (EU, "The EU condemns the adoption of the national security law for Hong Kong."),
        (FR, "La France condamne l'adoption de la loi sur la sécurité nationale à Hong Kong."),
    ),
    (
        "welcomes",
        "Juba Peace Agreement",
        (EU, "The EU welcomes the signing of the Juba Peace Agreement."),
        (FR, "La France salue la signature de l'accord de paix de Juba."),
    ),
    (
        "rejects",
        "Crimean referendum",
        (EU, "The EU does not recognise the illegal referendum in Crimea."),
        (FR, "La France ne reconnaît pas le prétendu référendum en Crimée."),
    ),
    # An arbitral award named with China or the Philippines in the sentence is the South China Sea award.
    (
        "supports",
        "South China Sea arbitration award",
        (EU, "The EU supports the arbitral award on the maritime dispute between the Philippines and China."),
        (FR, "La France soutient la sentence arbitrale sur le différend entre les Philippines et la Chine."),
    ),
]


@pytest.mark.parametrize(("stance", "target", "english", "french"), PAIRS)
def test_an_instrument_is_the_target_in_english_and_in_french(
    extractor: Extractor,
    stance: str,
    target: str,
    english: tuple[str, str],
    french: tuple[str, str],
) -> None:
    speakers = {EU: "European Union", FR: "France", NATO: "NATO", OTAN: "NATO"}
    found = {}
    for lang, (publisher, text) in (("en", english), ("fr", french)):
        got = extract(extractor, text, lang, publisher)
        assert (speakers[publisher], stance, target) in got, (lang, got)
        found[lang] = {t for _s, st, t in got if st == stance}
    assert found["en"] == found["fr"]


@pytest.mark.parametrize(
    ("lang", "publisher", "text", "expected"),
    [
        # A call on the parties to honour an agreement calls on them and supports the agreement.
        (
            "en",
            EU,
            "The EU calls on all parties to implement the Algiers agreement in full.",
            {
                (EU, "calls-for", "all parties"),
                (EU, "supports", "Agreement on Peace and Reconciliation in Mali"),
            },
        ),
        (
            "fr",
            FR,
            "La France appelle toutes les parties à mettre en œuvre l'accord d'Alger.",
            {
                ("France", "calls-for", "all parties"),
                ("France", "supports", "Agreement on Peace and Reconciliation in Mali"),
            },
        ),
        # The place an agreement was made names it: "the commitments made in Pretoria".
        (
            "en",
            EU,
            "The EU welcomes the commitments made in Pretoria.",
            {(EU, "welcomes", "Pretoria agreement")},
        ),
        # Not Brussels: an agreement reached there is not the 2013 agreement between Belgrade and Pristina.
        ("en", EU, "The EU welcomes the agreement reached in Brussels today on the budget.", set()),
        (
            "fr",
            FR,
            "La France appelle les parties à respecter l'accord de Bruxelles de 2013.",
            {
                ("France", "calls-for", "parties to the conflict"),
                ("France", "supports", "2013 Brussels Agreement"),
            },
        ),
        # An arbitral award with no word of the South China Sea case is the generic topic.
        (
            "en",
            EU,
            "The EU supports the arbitral award on the border between Croatia and Slovenia.",
            {(EU, "supports", "arbitral award")},
        ),
        (
            "en",
            "China MFA",
            "We firmly reject the so-called South China Sea arbitration award.",
            {("China MFA", "rejects", "South China Sea arbitration award")},
        ),
        # Agents stay the target of a condemned act that is a named incident.
        ("en", EU, "The EU condemns the 7 October attack by Hamas on Israel.", {(EU, "condemns", "Hamas")}),
        # Names added to an incident of topics.ttl.
        (
            "en",
            EU,
            "The EU remains concerned about the Skripal case.",
            {(EU, "concerned", "Salisbury attack")},
        ),
        # Article 5 of the Washington Treaty stays Article 5, the longer name.
        (
            "en",
            NATO,
            "We reaffirm our commitment to Article 5 of the Washington Treaty.",
            {(NATO, "commits", "Article 5")},
        ),
        (
            "en",
            NATO,
            "Allies support the Doha agreement and call on the Taliban to honour their commitments.",
            {(NATO, "supports", "Doha agreement"), (NATO, "calls-for", "Taliban")},
        ),
        (
            "en",
            NATO,
            "We welcome the contributions of our partners in the Partnership for Peace.",
            {(NATO, "welcomes", "Partnership for Peace")},
        ),
        (
            "en",
            EU,
            "The EU supports the Luanda process and the Nairobi process.",
            {(EU, "supports", "Luanda process"), (EU, "supports", "Nairobi process")},
        ),
    ],
)
def test_instruments_beside_other_targets(
    extractor: Extractor, lang: str, publisher: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    speaker = {EU: "European Union", FR: "France"}.get(publisher, publisher)
    want = {(speaker if s == publisher else s, st, t) for s, st, t in expected}
    assert extract(extractor, text, lang, publisher) == want
