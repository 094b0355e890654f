"""The vocabularies and shapes are data other tools read: they must load everywhere and be described."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from statgraph.config import data_dir
from statgraph.domain import STANCE_SLUGS
from statgraph.namespaces import SCHEME, SG

TTL_FILES = sorted(data_dir("ontology").glob("*.ttl")) + sorted(data_dir("shapes").glob("*.ttl"))


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_file_loads_in_rdflib_and_pyoxigraph(path: Path) -> None:
    g = Graph().parse(path, format="turtle")
    triples = {
        (q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    }
    assert len(g) == len(triples) > 0


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data_dir("ontology") / "statgraph.ttl", format="turtle")


def _langs(g: Graph, s: URIRef, p: URIRef) -> set[str]:
    return {o.language or "" for o in g.objects(s, p) if isinstance(o, Literal)}


def test_every_term_of_the_ontology_is_declared_and_described_in_english_and_french(ontology: Graph) -> None:
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(SG))}
    assert len(terms) > 40
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    for term in terms:
        assert set(ontology.objects(term, RDF.type)) & kinds, f"{term} is not declared"
        assert {"en", "fr"} <= _langs(ontology, term, RDFS.label), f"{term} lacks an en or fr label"
        assert {"en", "fr"} <= _langs(ontology, term, RDFS.comment), f"{term} lacks an en or fr comment"


def test_every_property_the_data_uses_is_declared(ontology: Graph) -> None:
    # The predicates the mapping writes, taken from a real graph.
    from tests_support_graph import sample_graph

    data = sample_graph()
    declared = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    used = {p for p in data.predicates() if str(p).startswith(str(SG))}
    assert used <= declared, used - declared


def test_every_term_the_code_and_the_saved_queries_name_is_declared(ontology: Graph) -> None:
    """What the derivation, the names graph and the queries read and write is in the ontology too,
    not only what a release graph holds."""
    import re

    root = Path(__file__).resolve().parents[1]
    named: set[str] = set()
    for path in (root / "src" / "statgraph").glob("*.py"):
        named |= set(re.findall(r"\b_?SG\.([A-Za-z]\w*)\b", path.read_text(encoding="utf-8")))
    for path in (root / "queries").iterdir():
        named |= set(re.findall(r"\bsg:([A-Za-z]\w*)\b", path.read_text(encoding="utf-8")))
    # sg:none is no term: the queries bind it where a value is missing, and it is never stored.
    named.discard("none")
    declared = {
        str(s)[len(str(SG)) :] for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(SG))
    }
    assert len(named) > 40
    assert named <= declared, sorted(named - declared)


def test_the_stance_scheme_has_the_eight_types_with_labels_and_cues() -> None:
    g = Graph().parse(data_dir("ontology") / "stances.ttl", format="turtle")
    types = set(g.subjects(SKOS.inScheme, SCHEME["stances"]))
    assert {str(g.value(t, SKOS.notation)) for t in types} == set(STANCE_SLUGS)
    for t in types:
        assert str(t).rsplit("/", 1)[-1] == str(g.value(t, SKOS.notation))
        assert _langs(g, t, SKOS.prefLabel) == {"en", "fr"}
        cues = {o for p in (SG.verbCue, SG.nounCue, SG.adjectiveCue, SG.phraseCue) for o in g.objects(t, p)}
        assert {"en", "fr"} <= {c.language for c in cues if isinstance(c, Literal)}, t
