"""Releases and statements as RDF: the one place that knows the graph's shape.

Every node gets an IRI minted from the release or statement id (no blank
nodes), so the same events always give the same triples and a rebuilt
projection is identical, not merely isomorphic, to the old one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, XSD
from rdflib.term import Node

from .domain import Release, Statement, short_hash
from .namespaces import DATA, OA, SCHEMA, SG, STANCE, extraction_iri, release_iri, statement_iri

_IRI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|\\^`]+$")
_CONTEXT = 32  # characters of prefix/suffix kept in a TextQuoteSelector


Triple = tuple[Node, Node, Node]


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
    # An unknown language still gets a tag the shapes accept ("und" is BCP 47 for undetermined).
    return Literal(text, lang=lang if re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*", lang or "") else "und")


def release_graph(release: Release, *, seq: int = 0, event_id: str = "", sha256: str = "") -> Triples:
    """The release's own triples; ``sha256`` is the recorded content hash, for a release held
    without its raw content."""
    g = Triples()
    r = URIRef(release_iri(release.release_id))
    m = release.meta
    g.add((r, RDF.type, SG.Release))
    g.add((r, DCTERMS.identifier, Literal(release.release_id)))
    g.add((r, DCTERMS.title, _lit(m.title, m.lang)))
    g.add((r, DCTERMS.date, Literal(m.date.isoformat(), datatype=XSD.date)))
    g.add((r, DCTERMS.language, Literal(m.lang, datatype=XSD.language)))
    if m.publisher:
        g.add((r, DCTERMS.publisher, Literal(m.publisher)))
    elif release.inferred_publisher:
        g.add((r, DCTERMS.publisher, Literal(release.inferred_publisher)))
        g.add((r, SG.publisherInferred, Literal(True)))
    if m.url:
        g.add((r, DCTERMS.source, URIRef(m.url) if _IRI_OK.match(m.url) else Literal(m.url)))
    if m.updated:
        g.add(
            (r, DCTERMS.modified, Literal(m.updated, datatype=XSD.dateTime if "T" in m.updated else XSD.date))
        )
    g.add((r, SG.sourceName, Literal(release.source)))
    g.add((r, SG.sourceFormat, Literal(release.format)))
    g.add((r, SG.contentHash, Literal("sha256:" + (sha256 or release.sha256))))
    g.add((r, SG.languageDetected, Literal(release.lang_detected)))
    g.add((r, SCHEMA.text, _lit(release.text, m.lang)))
    if seq:
        g.add((r, SG.eventSeq, Literal(seq)))
    if event_id:
        g.add((r, SG.eventId, Literal(event_id)))
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
    g.add((activity, RDF.type, cls))
    g.add((activity, PROV.used, URIRef(release_iri(release.release_id))))
    if seq:
        g.add((activity, SG.eventSeq, Literal(seq)))
    if event_id:
        g.add((activity, SG.eventId, Literal(event_id)))
    if time:
        g.add((activity, PROV.endedAtTime, Literal(time, datatype=XSD.dateTime)))
    if by:
        agent = agent_iri(by)
        g.add((activity, PROV.wasAssociatedWith, agent))
        g.add((agent, RDF.type, PROV.Agent))
        g.add((agent, FOAF.name, Literal(by)))
    if reason:
        g.add((activity, SG.reason, Literal(reason)))


def add_invalidation(g: TripleSink, statement_id: str, activity: URIRef, time: str) -> None:
    s = URIRef(statement_iri(statement_id))
    g.add((s, PROV.invalidatedAtTime, Literal(time, datatype=XSD.dateTime)))
    g.add((s, PROV.wasInvalidatedBy, activity))


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
    add_activity(g, activity, SG.Extraction, release, seq=seq, event_id=event_id, time=time)
    g.add((activity, SG.extractorVersion, Literal(version)))
    g.add((activity, SG.lexiconHash, Literal(lexicon_hash)))
    g.add((activity, PROV.wasAssociatedWith, URIRef(f"https://w3id.org/statgraph/extractor/{extractor}")))
    for st in statements:
        add_statement(g, release, st, activity)
    return g


def add_statement(
    g: TripleSink, release: Release, st: Statement, activity: URIRef, revision_of: str | None = None
) -> None:
    r = URIRef(release_iri(release.release_id))
    text = release.text
    s = URIRef(statement_iri(st.statement_id))
    stance = URIRef(f"{s}#stance")
    evidence = URIRef(f"{s}#evidence")
    quote_sel = URIRef(f"{s}#quote")
    pos_sel = URIRef(f"{s}#position")
    g.add((s, RDF.type, SG.Statement))
    g.add((s, SG.speaker, URIRef(st.speaker)))
    if st.speaker_role:
        g.add((s, SG.speakerRole, URIRef(st.speaker_role)))
    if st.audience:
        g.add((s, SG.audience, URIRef(st.audience)))
    g.add((s, SG.stance, stance))
    g.add((stance, RDF.type, SG.Stance))
    g.add((stance, SG.stanceType, STANCE[st.stance]))
    g.add((stance, SG.target, URIRef(st.target)))
    for topic in st.topics:
        g.add((s, SG.topic, URIRef(topic)))
    g.add((s, SG.kind, SG.direct if st.kind == "direct" else SG.indirect))
    g.add((s, DCTERMS.date, Literal(st.date.isoformat(), datatype=XSD.date)))
    g.add((s, SG.confidence, Literal(Decimal(str(st.confidence)), datatype=XSD.decimal)))
    if st.rule:
        g.add((s, SG.rule, Literal(st.rule)))
    if st.cue:
        g.add((s, SG.cue, Literal(st.cue)))
    g.add((s, PROV.wasDerivedFrom, r))
    g.add((s, PROV.wasGeneratedBy, activity))
    if revision_of:
        g.add((s, PROV.wasRevisionOf, URIRef(statement_iri(revision_of))))
    g.add((s, SG.evidence, evidence))
    _add_evidence(g, evidence, (quote_sel, pos_sel), r, text, st.start, st.end, st.lang, exact=st.quote)
    for n, (start, end) in enumerate(st.also, 2):
        more = URIRef(f"{s}#evidence-{n}")
        g.add((s, SG.furtherEvidence, more))
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
    g.add((evidence, RDF.type, OA.SpecificResource))
    g.add((evidence, OA.hasSource, release))
    g.add((evidence, OA.hasSelector, quote_sel))
    g.add((evidence, OA.hasSelector, pos_sel))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, _lit(text[start:end] if exact is None else exact, lang)))
    g.add((quote_sel, OA.prefix, _lit(text[max(0, start - _CONTEXT) : start], lang)))
    g.add((quote_sel, OA.suffix, _lit(text[end : end + _CONTEXT], lang)))
    g.add((pos_sel, RDF.type, OA.TextPositionSelector))
    g.add((pos_sel, OA.start, Literal(start, datatype=XSD.integer)))
    g.add((pos_sel, OA.end, Literal(end, datatype=XSD.integer)))
