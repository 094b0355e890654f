"""Releases and statements as RDF: the one place that knows the graph's shape.

Every node gets an IRI minted from the release or statement id (no blank
nodes), so the same events always give the same triples and a rebuilt
projection is identical, not merely isomorphic, to the old one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, XSD
from rdflib.term import Node

from .domain import Release, Statement, short_hash
from .namespaces import DATA, OA, SCHEMA, SG, STANCE, extraction_iri, release_iri, statement_iri

_IRI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|\\^`]+$")
_CONTEXT = 32  # characters of prefix/suffix kept in a TextQuoteSelector


Triple = tuple[Node, Node, Node]


class _Terms:
    """A namespace whose terms are each made once.

    An rdflib namespace makes a new URIRef at each attribute lookup (``SG.speaker`` takes 2 µs, a
    fifth of a graph's build time), and equal terms that are not the same object then cost a
    Python ``__eq__`` in every dict they go through (Triples, the validator's input). Here the
    first lookup of a name stores the term as an attribute, which later lookups find directly.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


_RDF, _DCTERMS, _FOAF, _PROV, _XSD = _Terms(RDF), _Terms(DCTERMS), _Terms(FOAF), _Terms(PROV), _Terms(XSD)
_SG, _OA, _SCHEMA = _Terms(SG), _Terms(OA), _Terms(SCHEMA)

_LANGUAGE_TAG = re.compile(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*")

# Terms that recur across statements and releases, cached: vocabulary IRIs (speakers, targets,
# topics), the release's IRI, dates, offsets, confidences, rule names and cues. A typed literal
# takes 8 µs to make. rdflib terms are immutable, so a cached term is the one a new call would
# make; the caches are bounded, for a load of any size. Keys are strings and ints (typed=True
# keeps 1 and True apart), whose equality is identity of the value: no two keys that compare
# equal could want different terms (as Decimal("0.8") and Decimal("0.80") would).
_iri = lru_cache(maxsize=8192)(URIRef)


@lru_cache(maxsize=8192, typed=True)
def _typed(value: str | int, datatype: URIRef | None = None) -> Literal:
    """``Literal(value, datatype=datatype)``."""
    return Literal(value, datatype=datatype)


@lru_cache(maxsize=1024)
def _decimal(text: str) -> Literal:
    return Literal(Decimal(text), datatype=XSD.decimal)


class TripleSink(Protocol):
    def add(self, triple: Triple) -> Any: ...


class Triples:
    """A release's triples in the order they were written, each once.

    What a load needs of a graph is to validate it, write it and count it; an rdflib ``Graph``
    indexes every triple three ways on the way in, which made building it four times slower
    than building the triples. ``graph()`` gives one where a caller needs to navigate it.
    """

    __slots__ = ("_triples",)

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._triples: dict[Triple, None] = dict.fromkeys(triples)

    def add(self, triple: Triple) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def graph(self) -> Graph:
        g = Graph()
        g += self._triples
        return g

    def ntriples(self) -> bytes:
        """N-Triples, one line a triple, sorted: the bytes rdflib's serialiser gives, sorted."""
        return nt_bytes(self._triples)


def _nt_term(term: Node) -> str:
    if type(term) is URIRef:
        # Most terms. isinstance() goes through rdflib's abstract base classes: checking the exact
        # type first halves the time of writing a graph.
        return f"<{term}>"
    if isinstance(term, Literal):
        # rdflib's N-Triples escaping (plugins/serializers/nt.py), so both give the same bytes.
        text = str(term).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        text = f'"{text}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, URIRef):
        return f"<{term}>"
    return term.n3()


def nt_bytes(triples: Iterable[Triple]) -> bytes:
    lines = sorted(f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} ." for s, p, o in triples)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _lit(text: str, lang: str) -> Literal:
    return Literal(text, lang=_language_tag(lang))


@lru_cache(maxsize=1024)
def _language_tag(lang: str) -> str:
    # An unknown language still gets a tag the shapes accept ("und" is BCP 47 for undetermined).
    return lang if _LANGUAGE_TAG.fullmatch(lang or "") else "und"


def release_graph(release: Release, *, seq: int = 0, event_id: str = "", sha256: str = "") -> Triples:
    """The release's own triples; ``sha256`` is the recorded content hash, for a release held
    without its raw content."""
    g = Triples()
    r = URIRef(release_iri(release.release_id))
    m = release.meta
    g.add((r, _RDF.type, _SG.Release))
    g.add((r, _DCTERMS.identifier, Literal(release.release_id)))
    g.add((r, _DCTERMS.title, _lit(m.title, m.lang)))
    g.add((r, _DCTERMS.date, _typed(m.date.isoformat(), _XSD.date)))
    g.add((r, _DCTERMS.language, _typed(m.lang, _XSD.language)))
    if m.publisher:
        g.add((r, _DCTERMS.publisher, Literal(m.publisher)))
    elif release.inferred_publisher:
        g.add((r, _DCTERMS.publisher, Literal(release.inferred_publisher)))
        g.add((r, _SG.publisherInferred, Literal(True)))
    if m.url:
        g.add((r, _DCTERMS.source, URIRef(m.url) if _IRI_OK.match(m.url) else Literal(m.url)))
    if m.updated:
        g.add(
            (
                r,
                _DCTERMS.modified,
                Literal(m.updated, datatype=_XSD.dateTime if "T" in m.updated else _XSD.date),
            )
        )
    g.add((r, _SG.sourceName, Literal(release.source)))
    g.add((r, _SG.sourceFormat, Literal(release.format)))
    g.add((r, _SG.contentHash, Literal("sha256:" + (sha256 or release.sha256))))
    g.add((r, _SG.languageDetected, Literal(release.lang_detected)))
    g.add((r, _SCHEMA.text, _lit(release.text, m.lang)))
    if seq:
        g.add((r, _SG.eventSeq, _typed(seq)))
    if event_id:
        g.add((r, _SG.eventId, Literal(event_id)))
    return g


def agent_iri(name: str) -> URIRef:
    return URIRef(f"{DATA}agent/{short_hash(name)}")


def activity_iri(event_id: str) -> URIRef:
    return URIRef(f"{DATA}activity/{event_id}")


def add_activity(
    g: TripleSink,
    activity: URIRef,
    cls: URIRef,
    release: Release,
    *,
    seq: int = 0,
    event_id: str = "",
    time: str = "",
    by: str = "",
    reason: str = "",
) -> None:
    g.add((activity, _RDF.type, cls))
    g.add((activity, _PROV.used, _iri(release_iri(release.release_id))))
    if seq:
        g.add((activity, _SG.eventSeq, _typed(seq)))
    if event_id:
        g.add((activity, _SG.eventId, Literal(event_id)))
    if time:
        g.add((activity, _PROV.endedAtTime, Literal(time, datatype=_XSD.dateTime)))
    if by:
        agent = agent_iri(by)
        g.add((activity, _PROV.wasAssociatedWith, agent))
        g.add((agent, _RDF.type, _PROV.Agent))
        g.add((agent, _FOAF.name, Literal(by)))
    if reason:
        g.add((activity, _SG.reason, Literal(reason)))


def add_invalidation(g: TripleSink, statement_id: str, activity: URIRef, time: str) -> None:
    s = URIRef(statement_iri(statement_id))
    g.add((s, _PROV.invalidatedAtTime, Literal(time, datatype=_XSD.dateTime)))
    g.add((s, _PROV.wasInvalidatedBy, activity))


def add_statements(
    g: TripleSink,
    release: Release,
    statements: Sequence[Statement],
    *,
    extractor: str,
    version: str,
    lexicon_hash: str,
    seq: int = 0,
    event_id: str = "",
    time: str = "",
) -> TripleSink:
    activity = URIRef(extraction_iri(event_id or release.release_id))
    add_activity(g, activity, _SG.Extraction, release, seq=seq, event_id=event_id, time=time)
    g.add((activity, _SG.extractorVersion, Literal(version)))
    g.add((activity, _SG.lexiconHash, Literal(lexicon_hash)))
    g.add((activity, _PROV.wasAssociatedWith, URIRef(f"https://w3id.org/statgraph/extractor/{extractor}")))
    for st in statements:
        add_statement(g, release, st, activity)
    return g


def add_statement(
    g: TripleSink, release: Release, st: Statement, activity: URIRef, revision_of: str | None = None
) -> None:
    r = _iri(release_iri(release.release_id))
    text = release.text
    s = URIRef(statement_iri(st.statement_id))
    stance = URIRef(f"{s}#stance")
    evidence = URIRef(f"{s}#evidence")
    quote_sel = URIRef(f"{s}#quote")
    pos_sel = URIRef(f"{s}#position")
    g.add((s, _RDF.type, _SG.Statement))
    g.add((s, _SG.speaker, _iri(st.speaker)))
    if st.speaker_role:
        g.add((s, _SG.speakerRole, _iri(st.speaker_role)))
    if st.audience:
        g.add((s, _SG.audience, _iri(st.audience)))
    g.add((s, _SG.stance, stance))
    g.add((stance, _RDF.type, _SG.Stance))
    g.add((stance, _SG.stanceType, _iri(f"{STANCE}{st.stance}")))
    g.add((stance, _SG.target, _iri(st.target)))
    for topic in st.topics:
        g.add((s, _SG.topic, _iri(topic)))
    g.add((s, _SG.kind, _SG.direct if st.kind == "direct" else _SG.indirect))
    g.add((s, _DCTERMS.date, _typed(st.date.isoformat(), _XSD.date)))
    g.add((s, _SG.confidence, _decimal(str(st.confidence))))
    if st.rule:
        g.add((s, _SG.rule, _typed(st.rule)))
    if st.cue:
        g.add((s, _SG.cue, _typed(st.cue)))
    g.add((s, _PROV.wasDerivedFrom, r))
    g.add((s, _PROV.wasGeneratedBy, activity))
    if revision_of:
        g.add((s, _PROV.wasRevisionOf, URIRef(statement_iri(revision_of))))
    g.add((s, _SG.evidence, evidence))
    _add_evidence(g, evidence, (quote_sel, pos_sel), r, text, st.start, st.end, st.lang, exact=st.quote)
    for n, (start, end) in enumerate(st.also, 2):
        more = URIRef(f"{s}#evidence-{n}")
        g.add((s, _SG.furtherEvidence, more))
        selectors = (URIRef(f"{more}-quote"), URIRef(f"{more}-position"))
        _add_evidence(g, more, selectors, r, text, start, end, st.lang)


def _add_evidence(
    g: TripleSink,
    evidence: URIRef,
    selectors: tuple[URIRef, URIRef],
    release: URIRef,
    text: str,
    start: int,
    end: int,
    lang: str,
    *,
    exact: str | None = None,
) -> None:
    """A Web Annotation of the span: a text quote selector (with context) and a position selector."""
    quote_sel, pos_sel = selectors
    g.add((evidence, _RDF.type, _OA.SpecificResource))
    g.add((evidence, _OA.hasSource, release))
    g.add((evidence, _OA.hasSelector, quote_sel))
    g.add((evidence, _OA.hasSelector, pos_sel))
    g.add((quote_sel, _RDF.type, _OA.TextQuoteSelector))
    g.add((quote_sel, _OA.exact, _lit(text[start:end] if exact is None else exact, lang)))
    g.add((quote_sel, _OA.prefix, _lit(text[max(0, start - _CONTEXT) : start], lang)))
    g.add((quote_sel, _OA.suffix, _lit(text[end : end + _CONTEXT], lang)))
    g.add((pos_sel, _RDF.type, _OA.TextPositionSelector))
    g.add((pos_sel, _OA.start, _typed(start, _XSD.integer)))
    g.add((pos_sel, _OA.end, _typed(end, _XSD.integer)))
