"""The vocabulary files in ontology/ are data the extractor reads: check they are well formed and consistent.

Labels are compared the way a reader of a release would: case, accents, apostrophe style and punctuation do
not make two names different ("Secretary-General" and "secretary general" are the same name).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "corpus" / "gold"

SG = Namespace("https://w3id.org/statgraph/ns#")
ID = "https://w3id.org/statgraph/id/"
SCHEME = Namespace(ID + "scheme/")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")

FILES = {
    "actors.ttl": SCHEME["actors"],
    "topics.ttl": SCHEME["topics"],
    "audiences.ttl": SCHEME["audiences"],
}
# More actors in files of their own (actors-ministries.ttl): each checked as a file, read with actors.ttl.
ACTOR_FILES = ("actors.ttl", *sorted(p.name for p in ONTOLOGY.glob("actors-*.ttl")))
FILES.update({name: SCHEME["actors"] for name in ACTOR_FILES})
# More topics in files of their own (topics-instruments.ttl): each checked as a file, read with topics.ttl.
TOPIC_FILES = ("topics.ttl", *sorted(p.name for p in ONTOLOGY.glob("topics-*.ttl")))
FILES.update({name: SCHEME["topics"] for name in TOPIC_FILES})
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGS = ("en", "fr")


def norm(text: str) -> str:
    """Case-, accent-, apostrophe- and punctuation-insensitive form of a name."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", stripped).split())


def _parse(name: str) -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    return {name: _parse(name) for name in FILES}


def _scheme(graphs: dict[str, Graph], scheme: URIRef) -> Graph:
    """All the files of one scheme as one graph (actors.ttl and the files that add actors to it)."""
    graph = Graph()
    for name, g in graphs.items():
        if FILES[name] == scheme:
            for triple in g:
                graph.add(triple)
    return graph


@pytest.fixture(scope="module")
def actors(graphs: dict[str, Graph]) -> Graph:
    """The actors, offices and tenures of every actor file, as the extractor reads them: together."""
    graph = Graph()
    for name in ACTOR_FILES:
        for triple in graphs[name]:
            graph.add(triple)
    return graph


@pytest.fixture(scope="module")
def topics(graphs: dict[str, Graph]) -> Graph:
    """The topics of every topic file, as the extractor reads them: together."""
    graph = Graph()
    for name in TOPIC_FILES:
        for triple in graphs[name]:
            graph.add(triple)
    return graph


@pytest.fixture(scope="module")
def merged(graphs: dict[str, Graph]) -> Graph:
    graph = Graph()
    for g in graphs.values():
        for triple in g:
            graph.add(triple)
    return graph


def _concepts(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, SKOS.Concept) if isinstance(s, URIRef)}


def _collective_holders(graph: Graph) -> set[frozenset[URIRef]]:
    """{office, holder} pairs where a collective voice holds an office and carries its name.

    Gold speakers such as "Spokesperson of the EU High Representative" have the same name as their role, so
    the actor and the office share a prefLabel; both resolve to the same speaker through the tenure.
    """
    pairs = set()
    for tenure in graph.subjects(RDF.type, SG.Tenure):
        holder = graph.value(tenure, SG.holder)
        office = graph.value(tenure, SG.office)
        if holder is None or office is None or (holder, RDF.type, SG.Person) in graph:
            continue
        pairs.add(frozenset((holder, office)))
    return pairs


def _office_titles(graph: Graph) -> dict[URIRef, URIRef]:
    """Office -> the organisation it belongs to."""
    out = {}
    for office in graph.subjects(RDF.type, SG.Office):
        org = graph.value(office, SG.ofOrganisation)
        if isinstance(office, URIRef) and isinstance(org, URIRef):
            out[office] = org
    return out


def _allowed(
    entries: set[URIRef], pairs: set[frozenset[URIRef]], offices: dict[URIRef, URIRef] | None = None
) -> bool:
    """One entry per name, with two designed exceptions.

    - a collective voice and the office it holds (see ``_collective_holders``);
    - a bare title shared by offices of *different* organisations ("Secretary General" of NATO, the UN, the
      OSCE): the extractor resolves it by the organisation the release is about.
    """
    if len(entries) == 1 or frozenset(entries) in pairs:
        return True
    if offices is not None and all(e in offices for e in entries):
        return len({offices[e] for e in entries}) == len(entries)
    return False


# ---------------------------------------------------------------- parsing


@pytest.mark.parametrize("name", sorted(FILES))
def test_parses_with_rdflib(name: str) -> None:
    assert len(_parse(name)) > 0


@pytest.mark.parametrize("name", sorted(FILES))
def test_parses_with_pyoxigraph(name: str) -> None:
    quads = list(pyoxigraph.parse(path=str(ONTOLOGY / name), format=pyoxigraph.RdfFormat.TURTLE))
    assert quads


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_concept_is_in_the_file_scheme_and_slugged(name: str, graphs: dict[str, Graph]) -> None:
    graph = graphs[name]
    scheme = FILES[name]
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    concepts = _concepts(graph)
    assert concepts
    for concept in concepts:
        assert (concept, SKOS.inScheme, scheme) in graph, concept
        iri = str(concept)
        assert iri.startswith(ID), iri
        slug = iri.rsplit("/", 1)[1]
        assert SLUG.match(slug), f"slug not lowercase ASCII with hyphens: {iri}"


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize("name", sorted(FILES))
def test_exactly_one_preflabel_per_language(name: str, graphs: dict[str, Graph]) -> None:
    graph = graphs[name]
    for concept in _concepts(graph):
        labels = list(graph.objects(concept, SKOS.prefLabel))
        for lang in LANGS:
            in_lang = [lbl for lbl in labels if isinstance(lbl, Literal) and lbl.language == lang]
            assert len(in_lang) == 1, f"{concept}: {len(in_lang)} prefLabel(s) in {lang}"
            assert str(in_lang[0]).strip() == str(in_lang[0]) and str(in_lang[0]), concept
        assert all(isinstance(lbl, Literal) and lbl.language in LANGS for lbl in labels), concept


@pytest.mark.parametrize("name", sorted(FILES))
def test_labels_are_language_tagged_and_clean(name: str, graphs: dict[str, Graph]) -> None:
    graph = graphs[name]
    for prop in (SKOS.prefLabel, SKOS.altLabel, SG.demonym, SG.cue):
        for subject, label in graph.subject_objects(prop):
            assert isinstance(label, Literal) and label.language in LANGS, (subject, prop, label)
            text = str(label)
            assert text == text.strip() and "  " not in text and norm(text), (subject, label)


@pytest.mark.parametrize("name", sorted(FILES))
def test_no_two_entries_of_a_scheme_share_an_english_preflabel(name: str, graphs: dict[str, Graph]) -> None:
    graph = _scheme(graphs, FILES[name])
    pairs = _collective_holders(graph)
    by_label: dict[str, set[URIRef]] = defaultdict(set)
    for concept in _concepts(graph):
        for label in graph.objects(concept, SKOS.prefLabel):
            if isinstance(label, Literal) and label.language == "en":
                by_label[norm(str(label))].add(concept)
    clashes = {k: v for k, v in by_label.items() if not _allowed(v, pairs)}
    assert not clashes, clashes


def _names(graph: Graph, concept: URIRef) -> list[tuple[str, str]]:
    """(language, normalised name) of every name by which the extractor can recognise the entry."""
    out = []
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for label in graph.objects(concept, prop):
            if isinstance(label, Literal) and label.language in LANGS:
                out.append((label.language, norm(str(label))))
    for family in graph.objects(concept, FOAF.familyName):
        out.extend((lang, norm(str(family))) for lang in LANGS)
    return out


def test_every_label_resolves_to_one_entry_among_actors_and_topics(actors: Graph, topics: Graph) -> None:
    graph = actors + topics
    pairs = _collective_holders(graph)
    offices = _office_titles(graph)
    by_name: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for concept in _concepts(graph):
        for key in _names(graph, concept):
            by_name[key].add(concept)
    ambiguous = {k: sorted(map(str, v)) for k, v in by_name.items() if not _allowed(v, pairs, offices)}
    assert not ambiguous, json.dumps({f"{k[0]}:{k[1]}": v for k, v in ambiguous.items()}, indent=1)


def test_a_name_means_the_same_entry_in_both_languages(actors: Graph, topics: Graph) -> None:
    """The extractor may meet an English name in a French release (and back): it must not change meaning."""
    graph = actors + topics
    pairs = _collective_holders(graph)
    offices = _office_titles(graph)
    by_name: dict[str, set[URIRef]] = defaultdict(set)
    for concept in _concepts(graph):
        for _lang, name in _names(graph, concept):
            by_name[name].add(concept)
    ambiguous = {k: sorted(map(str, v)) for k, v in by_name.items() if not _allowed(v, pairs, offices)}
    assert not ambiguous, ambiguous


def test_demonyms_point_to_one_actor(actors: Graph) -> None:
    graph = actors
    by_name: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for actor, demonym in graph.subject_objects(SG.demonym):
        by_name[(demonym.language, norm(str(demonym)))].add(actor)
    assert not {k: v for k, v in by_name.items() if len(v) > 1}


def test_audience_cues_point_to_one_audience(graphs: dict[str, Graph]) -> None:
    graph = graphs["audiences.ttl"]
    by_cue: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for audience in _concepts(graph):
        assert (audience, RDF.type, SG.Audience) in graph, audience
        cues = list(graph.objects(audience, SG.cue))
        assert cues, f"{audience} has no sg:cue"
        for cue in cues:
            by_cue[(cue.language, norm(str(cue)))].add(audience)
        for key in _names(graph, audience):
            by_cue[key].add(audience)
    assert not {k: v for k, v in by_cue.items() if len(v) > 1}


# ---------------------------------------------------------------- structure


def test_every_concept_has_a_statgraph_class(graphs: dict[str, Graph]) -> None:
    allowed = {
        SCHEME["actors"]: {SG.Person, SG.Organisation, SG.CollectiveBody, SG.State, SG.Group, SG.Office},
        SCHEME["topics"]: {SG.Topic},
        SCHEME["audiences"]: {SG.Audience},
    }
    for name, graph in graphs.items():
        for concept in _concepts(graph):
            classes = set(graph.objects(concept, RDF.type)) - {SKOS.Concept}
            assert len(classes) == 1 and classes <= allowed[FILES[name]], (concept, classes)


def test_references_resolve(merged: Graph) -> None:
    concepts = _concepts(merged)
    expected = {
        SG.memberOf: concepts,
        SG.partOf: concepts,
        SG.ofOrganisation: concepts,
        SG.about: concepts,
        SKOS.broader: concepts,
        SG.holder: {s for s in merged.subjects(RDF.type, SKOS.Concept)},
        SG.office: set(merged.subjects(RDF.type, SG.Office)),
    }
    for prop, targets in expected.items():
        for subject, obj in merged.subject_objects(prop):
            assert obj in targets, (subject, prop, obj)


def test_people_have_names(actors: Graph) -> None:
    graph = actors
    people = list(graph.subjects(RDF.type, SG.Person))
    assert people
    for person in people:
        assert graph.value(person, FOAF.name) is not None, person
        family = list(graph.objects(person, FOAF.familyName))
        assert len(family) <= 1, person
        if family:
            assert norm(str(family[0])) in norm(str(graph.value(person, FOAF.name))), person


def test_offices_belong_to_an_organisation(actors: Graph) -> None:
    graph = actors
    for office in graph.subjects(RDF.type, SG.Office):
        assert graph.value(office, SG.ofOrganisation) is not None, office


# ---------------------------------------------------------------- tenures


def _tenures(graph: Graph) -> list[tuple[URIRef, URIRef, URIRef, dt.date, dt.date | None]]:
    out = []
    for tenure in graph.subjects(RDF.type, SG.Tenure):
        holder = graph.value(tenure, SG.holder)
        office = graph.value(tenure, SG.office)
        start = graph.value(tenure, SG.startDate)
        end = graph.value(tenure, SG.endDate)
        assert holder is not None and office is not None, tenure
        assert isinstance(start, Literal) and start.datatype == XSD_DATE, (tenure, start)
        assert isinstance(start.toPython(), dt.date), (tenure, start)
        if end is not None:
            assert isinstance(end, Literal) and end.datatype == XSD_DATE, (tenure, end)
            assert end.toPython() >= start.toPython(), tenure
        assert len(list(graph.objects(tenure, SG.startDate))) == 1, tenure
        assert len(list(graph.objects(tenure, SG.endDate))) <= 1, tenure
        out.append((tenure, holder, office, start.toPython(), end.toPython() if end is not None else None))
    return out


def test_tenures_are_complete(actors: Graph) -> None:
    graph = actors
    tenures = _tenures(graph)
    assert tenures
    for tenure, holder, office, _start, _end in tenures:
        assert (office, RDF.type, SG.Office) in graph, tenure
        assert (holder, RDF.type, SKOS.Concept) in graph, tenure
        assert (holder, RDF.type, SG.Office) not in graph, tenure


def test_tenures_of_an_office_do_not_overlap(actors: Graph) -> None:
    """End dates are inclusive; a successor may take office on the day the predecessor leaves."""
    by_office = defaultdict(list)
    for tenure, _holder, office, start, end in _tenures(actors):
        by_office[office].append((start, end or dt.date.max, tenure))
    for office, spans in by_office.items():
        spans.sort()
        for (_s1, e1, t1), (s2, _e2, t2) in itertools.pairwise(spans):
            assert s2 >= e1, f"{office}: {t1} and {t2} overlap"


def test_stoltenberg_holds_the_secretary_generalship_on_the_founding_date(actors: Graph) -> None:
    graph = actors
    actor = URIRef(ID + "actor/jens-stoltenberg")
    office = URIRef(ID + "office/nato-secretary-general")
    day = dt.date(2014, 11, 18)
    holders = [h for _t, h, o, s, e in _tenures(graph) if o == office and s <= day <= (e or dt.date.max)]
    assert holders == [actor]


# ---------------------------------------------------------------- gold corpus


def _gold() -> list[dict]:
    if not GOLD.is_dir():
        pytest.skip(f"shared corpus not found at {GOLD}")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def _pref_en(graph: Graph, types: set[URIRef] | None = None) -> set[str]:
    out = set()
    for concept in _concepts(graph):
        if types is not None and not set(graph.objects(concept, RDF.type)) & types:
            continue
        for label in graph.objects(concept, SKOS.prefLabel):
            if isinstance(label, Literal) and label.language == "en":
                out.add(norm(str(label)))
    return out


def test_gold_speakers_are_actor_preflabels(actors: Graph) -> None:
    gold = _gold()
    kinds = {SG.Person, SG.Organisation, SG.CollectiveBody, SG.State, SG.Group}
    known = _pref_en(actors, kinds)
    names = {s["speaker"] for g in gold for s in g["statements"]}
    names |= {n for g in gold for n in g.get("never_speakers", [])}
    missing = sorted(n for n in names if norm(n) not in known)
    assert not missing, missing


def test_gold_speaker_roles_are_office_preflabels(actors: Graph) -> None:
    gold = _gold()
    offices = _pref_en(actors, {SG.Office})
    roles = {s["speaker_role"] for g in gold for s in g["statements"] if s.get("speaker_role")}
    missing = sorted(r for r in roles if norm(r) not in offices)
    assert not missing, missing


def test_gold_roles_are_held_by_the_gold_speaker_on_the_day(actors: Graph) -> None:
    gold = _gold()
    graph = actors
    tenures = _tenures(graph)

    def pref(node: URIRef) -> str:
        return norm(str(next(lbl for lbl in graph.objects(node, SKOS.prefLabel) if lbl.language == "en")))

    for release in gold:
        day = dt.date.fromisoformat(release["date"])
        for st in release["statements"]:
            if not st.get("speaker_role"):
                continue
            held = {(pref(h), pref(o)) for _t, h, o, s, e in tenures if s <= day <= (e or dt.date.max)}
            key = (norm(st["speaker"]), norm(st["speaker_role"]))
            assert key in held, (release["release"], st["speaker"])


def test_gold_audiences_are_audience_preflabels(graphs: dict[str, Graph]) -> None:
    gold = _gold()
    audiences = _pref_en(graphs["audiences.ttl"])
    names = {s["audience"] for g in gold for s in g["statements"] if s.get("audience")}
    missing = sorted(n for n in names if norm(n) not in audiences)
    assert not missing, missing


def test_gold_topics_are_preflabels(actors: Graph, topics: Graph) -> None:
    gold = _gold()
    known = _pref_en(actors) | _pref_en(topics)
    names = {t for g in gold for s in g["statements"] for t in s["topics"]}
    missing = sorted(n for n in names if norm(n) not in known)
    assert not missing, missing


def test_every_gold_target_has_an_alternative_that_is_a_preflabel(actors: Graph, topics: Graph) -> None:
    """The extractor outputs prefLabels: every gold target must be reachable through an alternative."""
    gold = _gold()
    known = _pref_en(actors) | _pref_en(topics)
    unreachable = sorted(
        {
            f"{g['release']}: {s['target']}"
            for g in gold
            for s in g["statements"]
            if not any(norm(t) in known for t in s["target"])
        }
    )
    assert not unreachable, unreachable
