"""Releases and statements as RDF: the one place that knows the graph's shape.

Every node gets an IRI minted from the release or statement id (no blank
nodes), so the same events always give the same triples and a rebuilt
projection is identical, not merely isomorphic, to the old one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, XSD

from .domain import Release, Statement, short_hash
from .namespaces import DATA, OA, SCHEMA, SG, STANCE, extraction_iri, release_iri, statement_iri

_IRI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|\\^`]+$")
_CONTEXT = 32  # characters of prefix/suffix kept in a TextQuoteSelector


def _lit(text: str, lang: str) -> Literal:
    # An unknown language still gets a tag the shapes accept ("und" is BCP 47 for undetermined).
    return Literal(text, lang=lang if re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*", lang or "") else "und")


def release_graph(release: Release, *, seq: int = 0, event_id: str = "", sha256: str = "") -> Graph:
    """The release's own triples; ``sha256`` is the recorded content hash, for a release held
    without its raw content."""
    g = Graph()
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
    g: Graph,
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


def add_invalidation(g: Graph, statement_id: str, activity: URIRef, time: str) -> None:
    s = URIRef(statement_iri(statement_id))
    g.add((s, PROV.invalidatedAtTime, Literal(time, datatype=XSD.dateTime)))
    g.add((s, PROV.wasInvalidatedBy, activity))


def add_statements(
    g: Graph,
    release: Release,
    statements: Sequence[Statement],
    *,
    extractor: str,
    version: str,
    lexicon_hash: str,
    seq: int = 0,
    event_id: str = "",
    time: str = "",
) -> Graph:
    activity = URIRef(extraction_iri(event_id or release.release_id))
    add_activity(g, activity, SG.Extraction, release, seq=seq, event_id=event_id, time=time)
    g.add((activity, SG.extractorVersion, Literal(version)))
    g.add((activity, SG.lexiconHash, Literal(lexicon_hash)))
    g.add((activity, PROV.wasAssociatedWith, URIRef(f"https://w3id.org/statgraph/extractor/{extractor}")))
    for st in statements:
        add_statement(g, release, st, activity)
    return g


def add_statement(
    g: Graph, release: Release, st: Statement, activity: URIRef, revision_of: str | None = None
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
    g.add((evidence, RDF.type, OA.SpecificResource))
    g.add((evidence, OA.hasSource, r))
    g.add((evidence, OA.hasSelector, quote_sel))
    g.add((evidence, OA.hasSelector, pos_sel))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, _lit(st.quote, st.lang)))
    g.add((quote_sel, OA.prefix, _lit(text[max(0, st.start - _CONTEXT) : st.start], st.lang)))
    g.add((quote_sel, OA.suffix, _lit(text[st.end : st.end + _CONTEXT], st.lang)))
    g.add((pos_sel, RDF.type, OA.TextPositionSelector))
    g.add((pos_sel, OA.start, Literal(st.start, datatype=XSD.integer)))
    g.add((pos_sel, OA.end, Literal(st.end, datatype=XSD.integer)))
    for n, (start, end) in enumerate(st.also, 2):
        more = URIRef(f"{s}#evidence-{n}")
        g.add((s, SG.furtherEvidence, more))
        _add_evidence(g, more, r, text, start, end, st.lang)


def _add_evidence(
    g: Graph, evidence: URIRef, release: URIRef, text: str, start: int, end: int, lang: str
) -> None:
    quote_sel = URIRef(f"{evidence}-quote")
    pos_sel = URIRef(f"{evidence}-position")
    g.add((evidence, RDF.type, OA.SpecificResource))
    g.add((evidence, OA.hasSource, release))
    g.add((evidence, OA.hasSelector, quote_sel))
    g.add((evidence, OA.hasSelector, pos_sel))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, _lit(text[start:end], lang)))
    g.add((quote_sel, OA.prefix, _lit(text[max(0, start - _CONTEXT) : start], lang)))
    g.add((quote_sel, OA.suffix, _lit(text[end : end + _CONTEXT], lang)))
    g.add((pos_sel, RDF.type, OA.TextPositionSelector))
    g.add((pos_sel, OA.start, Literal(start, datatype=XSD.integer)))
    g.add((pos_sel, OA.end, Literal(end, datatype=XSD.integer)))
