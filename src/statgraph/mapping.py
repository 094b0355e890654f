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


# ---------------------------------------------------------------------- the load's fast path

# An RDF term as pyshacl-turbo's term batch records it: (0 IRI | 2 literal, lexical form, datatype
# IRI of a typed literal, language tag).
Record = tuple[int, str, str | None, str | None]


class TermTriples:
    """A release's triples as N-Triples terms, each term with its record for the validation engine.

    What ``release_graph`` and ``add_statements`` write into a ``Triples``, the same triples in the
    same order, made without rdflib terms: a load needs a graph's N-Triples and the validation
    engine's input, not the terms, and making the terms and then writing them out was 2 ms of a
    release's CPU time (building, N-Triples, the engine's input), about half of it rdflib's own.
    The tests hold the two to the same N-Triples and the same engine input
    (tests/test_mapping.py::test_term_triples_are_the_triples).
    """

    __slots__ = ("records", "triples")

    def __init__(self) -> None:
        self.triples: dict[tuple[str, str, str], None] = {}
        self.records: dict[str, Record] = {}

    def __len__(self) -> int:
        return len(self.triples)

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        return iter(self.triples)

    def ntriples(self) -> bytes:
        """The bytes ``Triples.ntriples`` gives for the same triples."""
        lines = sorted([f"{s} {p} {o} ." for s, p, o in self.triples])
        return ("\n".join(lines) + "\n").encode("utf-8")


def _escape(text: str) -> str:
    # _nt_term's escaping of a literal's lexical form.
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")


@lru_cache(maxsize=8192)
def _iri_term(iri: str) -> tuple[str, Record]:
    return f"<{iri}>", (0, iri, None, None)


def _rdflib_term(term: Node) -> tuple[str, Record]:
    """An rdflib term's N-Triples and record, as ``_nt_term`` and the engine's input make them."""
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype and not term.language else None
        return _nt_term(term), (2, str(term), datatype, term.language)
    return _nt_term(term), (0, str(term), None, None)


# The typed literals of a release graph, made by rdflib as the mapping makes them (rdflib writes a
# value's canonical lexical form: "2014-11-18T10:30" as a dateTime is "2014-11-18T10:30:00").
@lru_cache(maxsize=8192, typed=True)
def _typed_term(value: str | int, datatype: URIRef | None = None) -> tuple[str, Record]:
    return _rdflib_term(_typed(value, datatype))


@lru_cache(maxsize=1024)
def _decimal_term(text: str) -> tuple[str, Record]:
    return _rdflib_term(_decimal(text))


@lru_cache(maxsize=1024)
def _tag(lang: str) -> str:
    """The language tag ``_lit`` gives a literal, as rdflib keeps it."""
    tag = Literal("", lang=_language_tag(lang)).language
    assert tag is not None
    return tag


_TRUE, _FALSE = _rdflib_term(Literal(True)), _rdflib_term(Literal(False))


class _TermWriter:
    """Adds triples to a TermTriples; IRIs and literals are made by the methods below."""

    __slots__ = ("records", "triples")

    def __init__(self, out: TermTriples) -> None:
        self.triples = out.triples
        self.records = out.records

    def term(self, made: tuple[str, Record]) -> str:
        nt, record = made
        self.records[nt] = record
        return nt

    def iri(self, value: str) -> str:
        return self.term(_iri_term(value))

    def plain(self, text: str) -> str:
        nt = f'"{_escape(text)}"'
        self.records[nt] = (2, text, None, None)
        return nt

    def lit(self, text: str, lang: str) -> str:
        tag = _tag(lang)
        nt = f'"{_escape(text)}"@{tag}'
        self.records[nt] = (2, text, None, tag)
        return nt

    def add(self, s: str, p: str, o: str) -> None:
        self.triples[(s, p, o)] = None


def _p(term: URIRef) -> str:
    return f"<{term}>"


# Predicates and classes, as N-Triples (their records are made by _TermWriter.iri on first use).
_T_TYPE, _T_RELEASE, _T_STATEMENT, _T_STANCE = _p(RDF.type), _p(SG.Release), _p(SG.Statement), _p(SG.Stance)


def release_terms(
    release: Release,
    statements: Sequence[Statement],
    *,
    extractor: str,
    version: str,
    lexicon_hash: str,
    seq: int,
    event_id: str,
    time: str,
    extraction_seq: int,
    extraction_id: str,
    sha256: str = "",
) -> TermTriples:
    """``release_graph(release, seq=seq, event_id=event_id, sha256=sha256)`` with
    ``add_statements(..., seq=extraction_seq, event_id=extraction_id, time=time)``: a release and one
    extraction of it, as TermTriples."""
    out = TermTriples()
    w = _TermWriter(out)
    add, iri, plain, lit = w.add, w.iri, w.plain, w.lit
    m = release.meta
    release_id = release.release_id
    r = iri(release_iri(release_id))
    for p in (RDF.type, SG.Release, SG.Statement, SG.Stance):
        iri(str(p))
    add(r, _T_TYPE, _T_RELEASE)
    add(r, iri(str(DCTERMS.identifier)), plain(release_id))
    add(r, iri(str(DCTERMS.title)), lit(m.title, m.lang))
    add(r, iri(str(DCTERMS.date)), w.term(_typed_term(m.date.isoformat(), _XSD.date)))
    add(r, iri(str(DCTERMS.language)), w.term(_typed_term(m.lang, _XSD.language)))
    if m.publisher:
        add(r, iri(str(DCTERMS.publisher)), plain(m.publisher))
    elif release.inferred_publisher:
        add(r, iri(str(DCTERMS.publisher)), plain(release.inferred_publisher))
        add(r, iri(str(SG.publisherInferred)), w.term(_TRUE))
    if m.url:
        add(r, iri(str(DCTERMS.source)), iri(m.url) if _IRI_OK.match(m.url) else plain(m.url))
    if m.updated:
        modified = Literal(m.updated, datatype=_XSD.dateTime if "T" in m.updated else _XSD.date)
        add(r, iri(str(DCTERMS.modified)), w.term(_rdflib_term(modified)))
    add(r, iri(str(SG.sourceName)), plain(release.source))
    add(r, iri(str(SG.sourceFormat)), plain(release.format))
    add(r, iri(str(SG.contentHash)), plain("sha256:" + (sha256 or release.sha256)))
    add(r, iri(str(SG.languageDetected)), w.term(_TRUE if release.lang_detected else _FALSE))
    add(r, iri(str(SCHEMA.text)), lit(release.text, m.lang))
    event_seq, event_id_p = iri(str(SG.eventSeq)), iri(str(SG.eventId))
    if seq:
        add(r, event_seq, w.term(_typed_term(seq)))
    if event_id:
        add(r, event_id_p, plain(event_id))

    # add_statements, and add_activity for its extraction
    activity = iri(extraction_iri(extraction_id or release_id))
    add(activity, _T_TYPE, iri(str(SG.Extraction)))
    add(activity, iri(str(PROV.used)), r)
    if extraction_seq:
        add(activity, event_seq, w.term(_typed_term(extraction_seq)))
    if extraction_id:
        add(activity, event_id_p, plain(extraction_id))
    if time:
        add(activity, iri(str(PROV.endedAtTime)), w.term(_rdflib_term(Literal(time, datatype=_XSD.dateTime))))
    add(activity, iri(str(SG.extractorVersion)), plain(version))
    add(activity, iri(str(SG.lexiconHash)), plain(lexicon_hash))
    associated = iri(str(PROV.wasAssociatedWith))
    add(activity, associated, iri(f"https://w3id.org/statgraph/extractor/{extractor}"))
    if not statements:
        return out

    # add_statement, for each statement
    text = release.text
    speaker_p, role_p, audience_p = iri(str(SG.speaker)), iri(str(SG.speakerRole)), iri(str(SG.audience))
    stance_p, stance_type_p, target_p = iri(str(SG.stance)), iri(str(SG.stanceType)), iri(str(SG.target))
    topic_p, kind_p, date_p = iri(str(SG.topic)), iri(str(SG.kind)), iri(str(DCTERMS.date))
    direct, indirect = iri(str(SG.direct)), iri(str(SG.indirect))
    confidence_p, rule_p, cue_p = iri(str(SG.confidence)), iri(str(SG.rule)), iri(str(SG.cue))
    derived_p, generated_p = iri(str(PROV.wasDerivedFrom)), iri(str(PROV.wasGeneratedBy))
    evidence_p, further_p = iri(str(SG.evidence)), iri(str(SG.furtherEvidence))
    evidence_terms = _EvidenceTerms(w)
    for st in statements:
        s_iri = statement_iri(st.statement_id)
        s = iri(s_iri)
        stance = iri(f"{s_iri}#stance")
        evidence = iri(f"{s_iri}#evidence")
        add(s, _T_TYPE, _T_STATEMENT)
        add(s, speaker_p, iri(st.speaker))
        if st.speaker_role:
            add(s, role_p, iri(st.speaker_role))
        if st.audience:
            add(s, audience_p, iri(st.audience))
        add(s, stance_p, stance)
        add(stance, _T_TYPE, _T_STANCE)
        add(stance, stance_type_p, iri(f"{STANCE}{st.stance}"))
        add(stance, target_p, iri(st.target))
        for topic in st.topics:
            add(s, topic_p, iri(topic))
        add(s, kind_p, direct if st.kind == "direct" else indirect)
        add(s, date_p, w.term(_typed_term(st.date.isoformat(), _XSD.date)))
        add(s, confidence_p, w.term(_decimal_term(str(st.confidence))))
        if st.rule:
            add(s, rule_p, w.term(_typed_term(st.rule)))
        if st.cue:
            add(s, cue_p, w.term(_typed_term(st.cue)))
        add(s, derived_p, r)
        add(s, generated_p, activity)
        add(s, evidence_p, evidence)
        quote_sel, pos_sel = iri(f"{s_iri}#quote"), iri(f"{s_iri}#position")
        evidence_terms.add(evidence, quote_sel, pos_sel, r, text, st.start, st.end, st.lang, st.quote)
        for n, (start, end) in enumerate(st.also, 2):
            more_iri = f"{s_iri}#evidence-{n}"
            more = iri(more_iri)
            add(s, further_p, more)
            selectors = iri(f"{more_iri}-quote"), iri(f"{more_iri}-position")
            evidence_terms.add(more, *selectors, r, text, start, end, st.lang, None)
    return out


class _EvidenceTerms:
    """``_add_evidence`` for a _TermWriter."""

    def __init__(self, w: _TermWriter) -> None:
        iri = w.iri
        self.w = w
        self.specific, self.has_source = iri(str(OA.SpecificResource)), iri(str(OA.hasSource))
        self.has_selector, self.quote_class = iri(str(OA.hasSelector)), iri(str(OA.TextQuoteSelector))
        self.exact, self.prefix, self.suffix = iri(str(OA.exact)), iri(str(OA.prefix)), iri(str(OA.suffix))
        self.position_class = iri(str(OA.TextPositionSelector))
        self.start, self.end = iri(str(OA.start)), iri(str(OA.end))

    def add(
        self,
        evidence: str,
        quote_sel: str,
        pos_sel: str,
        release: str,
        text: str,
        start: int,
        end: int,
        lang: str,
        exact: str | None,
    ) -> None:
        w = self.w
        add, lit = w.add, w.lit
        add(evidence, _T_TYPE, self.specific)
        add(evidence, self.has_source, release)
        add(evidence, self.has_selector, quote_sel)
        add(evidence, self.has_selector, pos_sel)
        add(quote_sel, _T_TYPE, self.quote_class)
        add(quote_sel, self.exact, lit(text[start:end] if exact is None else exact, lang))
        add(quote_sel, self.prefix, lit(text[max(0, start - _CONTEXT) : start], lang))
        add(quote_sel, self.suffix, lit(text[end : end + _CONTEXT], lang))
        add(pos_sel, _T_TYPE, self.position_class)
        add(pos_sel, self.start, w.term(_typed_term(start, _XSD.integer)))
        add(pos_sel, self.end, w.term(_typed_term(end, _XSD.integer)))
