"""The SHACL gate (shapes/statgraph.ttl): a valid release graph passes, and every constraint bites.

Each case below breaks one constraint of the shapes in a graph that otherwise conforms and checks that
the validator reports it on the right node, with the right property path and the shape's message, so a
case cannot pass because something else happened to be wrong. ``test_every_constraint_has_a_case``
keeps the list of cases in step with the shapes file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, RDF, SH

from statgraph.config import data_dir
from statgraph.domain import Release, ReleaseMeta, Statement
from statgraph.mapping import add_statements, release_graph
from statgraph.namespaces import (
    ACTOR,
    OA,
    OFFICE,
    PREFIXES,
    SCHEMA,
    SG,
    STANCE,
    TOPIC,
    release_iri,
    statement_iri,
)
from statgraph.validation import TURBO_VERSION, Validator, turbo_available
from statgraph.vocabulary import load_vocabulary

TEXT = (
    "Le Secrétaire général de l'OTAN, Jens Stoltenberg, a déclaré : « Je condamne fermement "
    "l'agression de la Russie contre l'Ukraine. » Il a appelé Moscou à retirer ses forces."
)
QUOTE = "Je condamne fermement l'agression de la Russie contre l'Ukraine."
DAY = dt.date(2022, 2, 24)
# A plain Namespace: pytest's fixture scan probes module globals, and rdflib's XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


ENGINES = [
    "pyshacl",
    pytest.param(
        "turbo",
        marks=pytest.mark.skipif(
            not turbo_available(), reason=f"pyshacl-turbo=={TURBO_VERSION} not installed"
        ),
    ),
]


@pytest.fixture(scope="module", params=ENGINES)
def validator(request: pytest.FixtureRequest) -> Validator:
    """Every case runs with each engine (tests/test_validation_engines.py compares their reports)."""
    vocabulary = load_vocabulary(data_dir("ontology"))
    return Validator(data_dir("shapes"), vocabulary.graph, engine=request.param)


def make_release() -> Release:
    meta = ReleaseMeta(
        title="Déclaration du Secrétaire général de l'OTAN sur l'attaque de la Russie contre l'Ukraine",
        date=DAY,
        lang="fr",
        publisher="OTAN",
        url="https://www.nato.int/cps/fr/natohq/news_192404.htm",
    )
    return Release(source="stoltenberg-2022-02-24.txt", raw=TEXT, text=TEXT, meta=meta, format="text")


def make_statement(release: Release) -> Statement:
    start = release.text.index(QUOTE)
    return Statement(
        release_id=release.release_id,
        speaker=str(ACTOR["jens-stoltenberg"]),
        stance="condemns",
        target=str(ACTOR["russia"]),
        kind="direct",
        quote=QUOTE,
        start=start,
        end=start + len(QUOTE),
        date=DAY,
        lang="fr",
        speaker_role=str(OFFICE["nato-secretary-general"]),
        confidence=0.9,
        rule="direct-quote",
        cue="condamner",
    )


def _short(term: object) -> str:
    """A term as Validator prints it: a prefixed name where a prefix fits."""
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def _path(graph: Graph, path: object) -> str:
    """A SHACL path: a prefixed property, or a sequence path as "a:b/c:d"."""
    if isinstance(path, BNode):
        return "/".join(_short(p) for p in Collection(graph, path))
    return _short(path)


@dataclass(frozen=True)
class Nodes:
    """The IRIs of the valid graph, as the mapping mints them."""

    release: URIRef
    statement: URIRef
    stance: URIRef
    evidence: URIRef
    quote: URIRef
    position: URIRef
    activity: URIRef

    def short(self, role: str) -> str:
        """The focus node of ``role`` as Validator prints it (prefixed name)."""
        iri = str(getattr(self, role))
        for prefix in ("release", "statement", "extraction"):
            ns = PREFIXES[prefix]
            if iri.startswith(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri


def valid_graph() -> tuple[Graph, Nodes]:
    release = make_release()
    statement = make_statement(release)
    assert release.text[statement.start : statement.end] == statement.quote
    triples = release_graph(release, seq=1, event_id="ev-release")
    add_statements(
        triples,
        release,
        [statement],
        extractor="rules",
        version="0.1.0",
        lexicon_hash="0" * 64,
        seq=2,
        event_id="ev-extraction",
        time="2024-03-01T12:00:00Z",
    )
    g = triples.graph()  # mutated and navigated by the cases below
    s = statement_iri(statement.statement_id)
    activities = list(g.subjects(RDF.type, SG.Extraction))
    assert len(activities) == 1
    activity = activities[0]
    assert isinstance(activity, URIRef)
    nodes = Nodes(
        release=URIRef(release_iri(release.release_id)),
        statement=URIRef(s),
        stance=URIRef(f"{s}#stance"),
        evidence=URIRef(f"{s}#evidence"),
        quote=URIRef(f"{s}#quote"),
        position=URIRef(f"{s}#position"),
        activity=activity,
    )
    return g, nodes


def test_valid_graph_conforms(validator: Validator) -> None:
    g, n = valid_graph()
    # The fixture really holds what the cases below break.
    assert (n.statement, SG.speakerRole, OFFICE["nato-secretary-general"]) in g
    assert (n.stance, SG.stanceType, STANCE["condemns"]) in g
    assert (n.statement, SG.kind, SG.direct) in g
    assert g.value(n.quote, OA.exact) == Literal(QUOTE, lang="fr")
    assert validator.violations(g) == []


# --- mutations --------------------------------------------------------------------------------------------


def _remove(attr: str, pred: URIRef) -> Callable[[Graph, Nodes], None]:
    def mutate(g: Graph, n: Nodes) -> None:
        node = getattr(n, attr)
        assert (node, pred, None) in g, f"nothing to remove: {attr} {pred}"
        g.remove((node, pred, None))

    return mutate


def _add(attr: str, pred: URIRef, value: URIRef | Literal) -> Callable[[Graph, Nodes], None]:
    def mutate(g: Graph, n: Nodes) -> None:
        g.add((getattr(n, attr), pred, value))

    return mutate


def _set(attr: str, pred: URIRef, value: URIRef | Literal) -> Callable[[Graph, Nodes], None]:
    def mutate(g: Graph, n: Nodes) -> None:
        node = getattr(n, attr)
        assert (node, pred, None) in g, f"nothing to replace: {attr} {pred}"
        g.remove((node, pred, None))
        g.add((node, pred, value))

    return mutate


PRAISES = STANCE["praises"]  # not in the vocabulary


def _outside_scheme(g: Graph, n: Nodes) -> None:
    _set("stance", SG.stanceType, PRAISES)(g, n)
    g.add((PRAISES, RDF.type, SG.StanceType))


def _derived_from_two_releases(g: Graph, n: Nodes) -> None:
    # A second release that conforms by itself, so only the statement's maxCount is at fault.
    first = make_release()
    meta = ReleaseMeta(title="Autre communiqué", date=DAY, lang="fr", publisher="OTAN")
    other = Release(source="autre.txt", raw="Autre texte.", text="Autre texte.", meta=meta, format="text")
    assert other.release_id != first.release_id
    g += release_graph(other)
    g.add((n.statement, PROV.wasDerivedFrom, URIRef(release_iri(other.release_id))))


@dataclass(frozen=True)
class Case:
    id: str
    mutate: Callable[[Graph, Nodes], None]
    focus: str  # role in Nodes of the node the violation is reported on
    path: str  # the shape's path, prefixed; a sequence path as "a:b/c:d"
    component: str  # the constraint parameter the case breaks (sh:minCount -> "minCount")
    message: str  # a fragment of the shape's sh:message
    others: tuple[str, ...] = ()  # further nodes a violation may be reported on (a wrong value's own shape)

    @property
    def reported_path(self) -> str:
        # Validator prints sequence paths as "(path)".
        return "(path)" if "/" in self.path else self.path


# fmt: off
CASES = [
    # Release ---------------------------------------------------------------------------------------------
    Case("title-missing", _remove("release", DCTERMS.title), "release", "dcterms:title", "minCount",
         "exactly one title"),
    Case("title-twice", _add("release", DCTERMS.title, Literal("NATO statement", lang="en")), "release",
         "dcterms:title", "maxCount", "exactly one title"),
    Case("title-without-language", _set("release", DCTERMS.title, Literal("Déclaration")), "release",
         "dcterms:title", "datatype", "language tag"),
    Case("title-empty", _set("release", DCTERMS.title, Literal("", lang="fr")), "release", "dcterms:title",
         "minLength", "exactly one title"),
    Case("date-missing", _remove("release", DCTERMS.date), "release", "dcterms:date", "minCount",
         "exactly one date"),
    Case("date-twice", _add("release", DCTERMS.date, Literal("2022-02-25", datatype=XSD.date)), "release",
         "dcterms:date", "maxCount", "exactly one date"),
    Case("date-plain-string", _set("release", DCTERMS.date, Literal("2022-02-24")), "release", "dcterms:date",
         "datatype", "xsd:date"),
    Case("date-datetime",
         _set("release", DCTERMS.date, Literal("2022-02-24T10:00:00", datatype=XSD.dateTime)), "release",
         "dcterms:date", "datatype", "xsd:date"),
    Case("language-missing", _remove("release", DCTERMS.language), "release", "dcterms:language", "minCount",
         "exactly one language"),
    Case("language-twice", _add("release", DCTERMS.language, Literal("en", datatype=XSD.language)), "release",
         "dcterms:language", "maxCount", "exactly one language"),
    Case("language-plain-string", _set("release", DCTERMS.language, Literal("fr")), "release",
         "dcterms:language", "datatype", "xsd:language"),
    Case("publisher-missing", _remove("release", DCTERMS.publisher), "release", "dcterms:publisher",
         "minCount", "publisher"),
    Case("publisher-empty", _set("release", DCTERMS.publisher, Literal("")), "release", "dcterms:publisher",
         "minLength", "publisher"),
    Case("hash-missing", _remove("release", SG.contentHash), "release", "sg:contentHash", "minCount",
         "content hash"),
    Case("hash-twice", _add("release", SG.contentHash, Literal("sha256:" + "1" * 64)), "release",
         "sg:contentHash", "maxCount", "content hash"),
    Case("hash-bad-pattern", _set("release", SG.contentHash, Literal("sha256:not-hex")), "release",
         "sg:contentHash", "pattern", "64 hex digits"),
    Case("hash-uppercase-hex", _set("release", SG.contentHash, Literal("sha256:" + "AB" * 32)), "release",
         "sg:contentHash", "pattern", "64 hex digits"),
    Case("hash-other-algorithm", _set("release", SG.contentHash, Literal("md5:" + "a" * 64)), "release",
         "sg:contentHash", "pattern", "64 hex digits"),
    Case("hash-wrong-datatype", _set("release", SG.contentHash, Literal("sha256:" + "a" * 64, lang="fr")),
         "release", "sg:contentHash", "datatype", "content hash"),
    Case("source-name-missing", _remove("release", SG.sourceName), "release", "sg:sourceName", "minCount",
         "source file"),
    Case("source-name-twice", _add("release", SG.sourceName, Literal("other.txt")), "release",
         "sg:sourceName", "maxCount", "source file"),
    Case("source-name-empty", _set("release", SG.sourceName, Literal("")), "release", "sg:sourceName",
         "minLength", "source file"),
    Case("source-name-wrong-datatype", _set("release", SG.sourceName, Literal(3)), "release", "sg:sourceName",
         "datatype", "source file"),
    Case("two-source-urls", _add("release", DCTERMS.source, URIRef("https://www.nato.int/other")), "release",
         "dcterms:source", "maxCount", "at most one source URL"),
    Case("text-missing", _remove("release", SCHEMA.text), "release", "schema:text", "minCount", "its text"),
    Case("text-twice", _add("release", SCHEMA.text, Literal("Another text.", lang="en")), "release",
         "schema:text", "maxCount", "its text"),
    Case("text-without-language", _set("release", SCHEMA.text, Literal(TEXT)), "release", "schema:text",
         "datatype", "language tag"),
    # Statement -------------------------------------------------------------------------------------------
    Case("speaker-missing", _remove("statement", SG.speaker), "statement", "sg:speaker", "minCount",
         "exactly one speaker"),
    Case("speaker-twice", _add("statement", SG.speaker, ACTOR["russia"]), "statement", "sg:speaker",
         "maxCount", "exactly one speaker"),
    Case("speaker-is-a-topic", _set("statement", SG.speaker, TOPIC["minsk-agreements"]), "statement",
         "sg:speaker", "class", "an actor of the vocabulary"),
    Case("speaker-unknown-iri", _set("statement", SG.speaker, ACTOR["nobody-we-know"]), "statement",
         "sg:speaker", "class", "an actor of the vocabulary"),
    Case("speaker-is-a-literal", _set("statement", SG.speaker, Literal("Jens Stoltenberg")), "statement",
         "sg:speaker", "nodeKind", "exactly one speaker"),
    Case("speaker-role-not-an-office", _set("statement", SG.speakerRole, ACTOR["russia"]), "statement",
         "sg:speakerRole", "class", "one office"),
    Case("speaker-role-twice", _add("statement", SG.speakerRole, OFFICE["nato-deputy-secretary-general"]),
         "statement", "sg:speakerRole", "maxCount", "one office"),
    Case("stance-missing", _remove("statement", SG.stance), "statement", "sg:stance", "minCount",
         "at least one stance"),
    Case("stance-not-a-stance", _set("statement", SG.stance, ACTOR["russia"]), "statement", "sg:stance",
         "node", "at least one stance", others=("actor:russia",)),
    Case("stance-without-type", _remove("stance", SG.stanceType), "stance", "sg:stanceType", "minCount",
         "exactly one type"),
    Case("stance-two-types", _add("stance", SG.stanceType, STANCE["rejects"]), "stance", "sg:stanceType",
         "maxCount", "exactly one type"),
    Case("stance-type-unknown", _set("stance", SG.stanceType, PRAISES), "stance", "sg:stanceType", "class",
         "from the stance scheme", others=("stance:praises",)),
    # A StanceType that is not in the stance scheme: only shape:InStanceScheme (sh:node) fails, reported
    # both on the type itself (sh:hasValue) and on the stance (sh:node).
    Case("stance-type-outside-scheme-value", _outside_scheme, "stance-type", "skos:inScheme", "hasValue",
         "not in the stance scheme"),
    Case("stance-type-outside-scheme-node", _outside_scheme, "stance", "sg:stanceType", "node",
         "from the stance scheme", others=("stance:praises",)),
    Case("stance-without-target", _remove("stance", SG.target), "stance", "sg:target", "minCount",
         "needs a target"),
    Case("stance-target-literal", _set("stance", SG.target, Literal("la Russie")), "stance", "sg:target",
         "nodeKind", "needs a target"),
    Case("statement-date-missing", _remove("statement", DCTERMS.date), "statement", "dcterms:date",
         "minCount", "exactly one date"),
    Case("statement-date-twice", _add("statement", DCTERMS.date, Literal("2022-02-25", datatype=XSD.date)),
         "statement", "dcterms:date", "maxCount", "exactly one date"),
    Case("statement-date-datetime",
         _set("statement", DCTERMS.date, Literal("2022-02-24T00:00:00", datatype=XSD.dateTime)), "statement",
         "dcterms:date", "datatype", "xsd:date"),
    Case("statement-date-plain-string", _set("statement", DCTERMS.date, Literal("24 février 2022")),
         "statement", "dcterms:date", "datatype", "xsd:date"),
    Case("derived-from-missing", _remove("statement", PROV.wasDerivedFrom), "statement",
         "prov:wasDerivedFrom", "minCount", "exactly one release"),
    Case("derived-from-two-releases", _derived_from_two_releases, "statement", "prov:wasDerivedFrom",
         "maxCount", "exactly one release"),
    Case("derived-from-non-release", _set("statement", PROV.wasDerivedFrom, ACTOR["russia"]), "statement",
         "prov:wasDerivedFrom", "class", "exactly one release"),
    Case("kind-missing", _remove("statement", SG.kind), "statement", "sg:kind", "minCount",
         "sg:direct or sg:indirect"),
    Case("kind-twice", _add("statement", SG.kind, SG.indirect), "statement", "sg:kind", "maxCount",
         "sg:direct or sg:indirect"),
    Case("kind-other-iri", _set("statement", SG.kind, SG.reported), "statement", "sg:kind", "in",
         "sg:direct or sg:indirect"),
    Case("kind-literal", _set("statement", SG.kind, Literal("direct")), "statement", "sg:kind", "in",
         "sg:direct or sg:indirect"),
    Case("evidence-missing", _remove("statement", SG.evidence), "statement", "sg:evidence", "minCount",
         "needs evidence"),
    Case("evidence-not-evidence", _set("statement", SG.evidence, ACTOR["russia"]), "statement", "sg:evidence",
         "node", "needs evidence", others=("actor:russia",)),
    Case("further-evidence-not-evidence", _add("statement", SG.furtherEvidence, ACTOR["russia"]), "statement",
         "sg:furtherEvidence", "node", "further evidence", others=("actor:russia",)),
    Case("evidence-source-missing", _remove("evidence", OA.hasSource), "evidence", "oa:hasSource", "minCount",
         "points into its release"),
    Case("evidence-source-not-release", _set("evidence", OA.hasSource, ACTOR["russia"]), "evidence",
         "oa:hasSource", "class", "points into its release"),
    Case("evidence-quote-missing", _remove("quote", OA.exact), "evidence", "oa:hasSelector/oa:exact",
         "minCount", "oa:exact"),
    Case("evidence-quote-without-language", _set("quote", OA.exact, Literal(QUOTE)), "evidence",
         "oa:hasSelector/oa:exact", "datatype", "language tag"),
    Case("evidence-quote-empty", _set("quote", OA.exact, Literal("", lang="fr")), "evidence",
         "oa:hasSelector/oa:exact", "minLength", "oa:exact"),
    Case("evidence-start-missing", _remove("position", OA.start), "evidence", "oa:hasSelector/oa:start",
         "minCount", "start offset"),
    Case("evidence-start-twice", _add("position", OA.start, Literal(3, datatype=XSD.integer)),
         "evidence", "oa:hasSelector/oa:start", "maxCount", "start offset"),
    Case("evidence-start-negative", _set("position", OA.start, Literal(-1)), "evidence",
         "oa:hasSelector/oa:start", "minInclusive", "start offset"),
    Case("evidence-start-string", _set("position", OA.start, Literal("12")), "evidence",
         "oa:hasSelector/oa:start", "datatype", "start offset"),
    Case("confidence-above-one",
         _set("statement", SG.confidence, Literal(Decimal("1.5"), datatype=XSD.decimal)), "statement",
         "sg:confidence", "maxInclusive", "between 0 and 1"),
    Case("confidence-negative",
         _set("statement", SG.confidence, Literal(Decimal("-0.1"), datatype=XSD.decimal)), "statement",
         "sg:confidence", "minInclusive", "between 0 and 1"),
    Case("confidence-double", _set("statement", SG.confidence, Literal(0.9, datatype=XSD.double)),
         "statement", "sg:confidence", "datatype", "between 0 and 1"),
    Case("confidence-string", _set("statement", SG.confidence, Literal("0.9")), "statement", "sg:confidence",
         "datatype", "between 0 and 1"),
    Case("confidence-twice", _add("statement", SG.confidence, Literal(Decimal("0.4"), datatype=XSD.decimal)),
         "statement", "sg:confidence", "maxCount", "between 0 and 1"),
    Case("generated-by-missing", _remove("statement", PROV.wasGeneratedBy), "statement",
         "prov:wasGeneratedBy", "minCount", "generated by"),
    Case("generated-by-not-activity", _set("statement", PROV.wasGeneratedBy, ACTOR["russia"]), "statement",
         "prov:wasGeneratedBy", "class", "generated by"),
]
# fmt: on


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_constraint_is_enforced(validator: Validator, case: Case) -> None:
    g, n = valid_graph()
    before = set(g)
    case.mutate(g, n)
    assert set(g) != before, f"{case.id}: the mutation changed nothing"
    violations = validator.violations(g)
    assert violations, f"{case.id}: the mutated graph conforms"
    focus = _short(PRAISES) if case.focus == "stance-type" else n.short(case.focus)
    hits = [v for v in violations if v.path == case.reported_path and v.focus == focus]
    assert hits, f"{case.id}: no violation on {focus} {case.reported_path}: {[str(v) for v in violations]}"
    assert any(case.message in v.message for v in hits), [v.message for v in hits]
    # Nothing unrelated broke: every violation is on the node concerned or on a node that links to it
    # (sh:node reports the outer property too).
    chain = {
        "release": {n.short("release")},
        "statement": {n.short("statement")},
        "stance": {n.short("statement"), n.short("stance")},
        "stance-type": {n.short("statement"), n.short("stance"), _short(PRAISES)},
        "evidence": {n.short("statement"), n.short("evidence")},
    }[case.focus] | set(case.others)
    assert {v.focus for v in violations} <= chain, [str(v) for v in violations]
    # Violation does not say which constraint failed (a literal speaker breaks sh:nodeKind and sh:class
    # alike), so ask the engine for the constraint components of the same validation.
    wanted = (focus, case.path, case.component[0].upper() + case.component[1:] + "ConstraintComponent")
    assert wanted in _components(validator, g)


def _components(validator: Validator, data: Graph) -> set[tuple[str, str, str]]:
    """(focus, path, constraint component) of every result, validating as Validator.violations does."""
    _conforms, results = validator.report(data)
    out: set[tuple[str, str, str]] = set()
    for result in results.subjects(SH.resultSeverity, None):
        path = results.value(result, SH.resultPath)
        rendered = _path(results, path)
        component = str(results.value(result, SH.sourceConstraintComponent)).removeprefix(str(SH))
        out.add((_short(results.value(result, SH.focusNode)), rendered, component))
    return out


# --- the cases cover the shapes -------------------------------------------------------------------------

_IGNORED = {SH.path, SH.message, SH.name, SH.description, SH.severity}


def _constraints() -> set[tuple[str, str]]:
    shapes = Graph().parse(data_dir("shapes") / "statgraph.ttl", format="turtle")
    out: set[tuple[str, str]] = set()
    for prop in shapes.objects(None, SH.property):
        path = shapes.value(prop, SH.path)
        rendered = _path(shapes, path)
        for pred in shapes.predicates(prop, None):
            if pred not in _IGNORED:
                out.add((rendered, str(pred).removeprefix(str(SH))))
    return out


def test_every_constraint_has_a_case() -> None:
    constraints = _constraints()
    covered = {(c.path, c.component) for c in CASES}
    assert len(constraints) > 40  # the shapes file was read
    assert constraints - covered == set()
    assert covered - constraints == set(), "a case names a constraint the shapes do not have"
