"""IRIs: the ontology's namespace, where vocabulary entries live, and how data IRIs are minted.

Data IRIs are minted from hashes only (never from raw text), so a title or a
quote can never change the shape of an IRI.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/statgraph/"
SG = Namespace(BASE + "ns#")
ID = BASE + "id/"
ACTOR = Namespace(ID + "actor/")
# Persons the vocabulary does not list, named as the release writes them (see extraction).
UNLISTED_ACTOR = ID + "actor/unlisted/"
# Targets the vocabulary does not list, named by composing an act type with a place or victim ("coup
# in Niger") or an addressee type with a nationality ("Malian stakeholders"): <prefix><type>/<name>.
COMPOSED_TOPIC = ID + "topic/composed/"
COMPOSED_ACTOR = ID + "actor/composed/"
ACT = Namespace(ID + "act/")
ADDRESSEE = Namespace(ID + "addressee/")
OFFICE = Namespace(ID + "office/")
TENURE = Namespace(ID + "tenure/")
TOPIC = Namespace(ID + "topic/")
STANCE = Namespace(ID + "stance/")
AUDIENCE = Namespace(ID + "audience/")
SCHEME = Namespace(ID + "scheme/")
DATA = BASE + "data/"
RELEASE = Namespace(DATA + "release/")
STATEMENT = Namespace(DATA + "statement/")
EXTRACTION = Namespace(DATA + "extraction/")
GRAPH = Namespace(BASE + "graph/")
VOCABULARY_GRAPH = GRAPH["vocabulary"]
META_GRAPH = GRAPH["meta"]
DERIVED_GRAPH = GRAPH["derived"]
# sg:nameKey of every vocabulary label and sg:labelOrder of every labelled entry: a read model like
# graph/derived, left out of exports.
NAMES_GRAPH = GRAPH["names"]
# Speakers a release names whom the vocabulary does not list (sg:UnlistedActor), and the targets the
# extractor composed (sg:ComposedTarget): their label, name and name key, one copy whatever the number
# of releases naming them. Written by the store from the release graphs' triples about actor IRIs and
# composed topic IRIs; rebuilt with the projection, exported with the vocabulary.
UNLISTED_GRAPH = GRAPH["unlisted"]
# sg:nameOrder of every speaker and target of the store's statements, listed or not: a read model
# kept beside graph/unlisted (which grows with each load) and computed again with the derived graph;
# pushed with it, left out of exports.
ORDER_GRAPH = GRAPH["order"]
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES: dict[str, str] = {
    "sg": str(SG),
    "actor": str(ACTOR),
    "office": str(OFFICE),
    "tenure": str(TENURE),
    "topic": str(TOPIC),
    "stance": str(STANCE),
    "audience": str(AUDIENCE),
    "scheme": str(SCHEME),
    "release": str(RELEASE),
    "statement": str(STATEMENT),
    "extraction": str(EXTRACTION),
    "graph": str(GRAPH),
    "oa": str(OA),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "foaf": str(FOAF),
    "schema": str(SCHEMA),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}


def release_iri(release_id: str) -> str:
    return f"{RELEASE}{release_id}"


def statement_iri(statement_id: str) -> str:
    return f"{STATEMENT}{statement_id}"


def extraction_iri(event_id: str) -> str:
    return f"{EXTRACTION}{event_id}"
