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
from urllib.parse import unquote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, SKOS, XSD
from rdflib.term import Node

from .domain import Release, Statement, short_hash
from .namespaces import (
    ACT,
    ADDRESSEE,
    COMPOSED_ACTOR,
    COMPOSED_TOPIC,
    DATA,
    OA,
    SCHEMA,
    SG,
    STANCE,
    UNLISTED_ACTOR,
    extraction_iri,
    release_iri,
    statement_iri,
)
from .vocabulary import name_key

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
    if st.speaker_name:
        g.add((s, _SG.speakerName, Literal(st.speaker_name)))
        for triple in unlisted_actor(st.speaker, st.speaker_name):
            g.add(triple)
    if st.speaker_role:
        g.add((s, _SG.speakerRole, _iri(st.speaker_role)))
    if st.audience:
        g.add((s, _SG.audience, _iri(st.audience)))
        if st.audience.startswith(UNLISTED_ACTOR):
            for triple in unlisted_actor(st.audience, unlisted_name(st.audience)):
                g.add(triple)
    g.add((s, _SG.stance, stance))
    g.add((stance, _RDF.type, _SG.Stance))
    g.add((stance, _SG.stanceType, _iri(f"{STANCE}{st.stance}")))
    g.add((stance, _SG.target, _iri(st.target)))
    for triple in composed_target(st.target):
        g.add(triple)
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


# The languages an unlisted speaker's name is labelled in: a person's name is written alike in
# both, and the saved queries read English labels whatever the release's language.
_NAME_LANGUAGES = ("en", "fr")


def unlisted_name(iri: str) -> str:
    """The name an unlisted person's IRI was made of (the extractor writes it with "_" for spaces
    and percent-escapes; a name is capitalised words, so it holds no "_")."""
    return unquote(iri[len(UNLISTED_ACTOR) :]).replace("_", " ")


def unlisted_actor(iri: str, name: str) -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    """What a release graph says of a speaker the vocabulary does not list: a person (the extractor
    names only persons so) with the name the release gives, as a label and a name key, so saved
    queries and ``--param speaker_name=`` find them as they find listed speakers. The store keeps
    these triples once, in graph/unlisted (``OxigraphStore.write_graphs``)."""
    actor = URIRef(iri)
    triples: list[tuple[URIRef, URIRef, Literal | URIRef]] = [
        (actor, RDF.type, SG.Person),
        (actor, RDF.type, SG.UnlistedActor),
        (actor, FOAF.name, Literal(name)),
        (actor, SG.nameKey, Literal(name_key(name))),
    ]
    triples += [(actor, SKOS.prefLabel, Literal(name, lang=lang)) for lang in _NAME_LANGUAGES]
    return triples


def composed_target(iri: str) -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    """What a release graph says of a target the extractor composed (``<prefix><type>/<name>``: "coup
    in Niger", "Malian stakeholders"): its English name, made of the IRI as an unlisted person's is, a
    name key for saved queries, and the act or addressee type it is of. The store keeps these triples
    once, in graph/unlisted. Nothing for any other target."""
    if iri.startswith(COMPOSED_TOPIC):
        rest, kinds, types = iri[len(COMPOSED_TOPIC) :], (SG.Topic, SG.ComposedTarget), ACT
    elif iri.startswith(COMPOSED_ACTOR):
        rest, kinds, types = iri[len(COMPOSED_ACTOR) :], (SG.Group, SG.ComposedTarget), ADDRESSEE
    else:
        return []
    kind, _, slug = rest.partition("/")
    name = unquote(slug).replace("_", " ")
    target = URIRef(iri)
    triples: list[tuple[URIRef, URIRef, Literal | URIRef]] = [(target, RDF.type, k) for k in kinds]
    triples += [
        (target, SKOS.prefLabel, Literal(name, lang="en")),
        (target, SG.nameKey, Literal(name_key(name))),
        (target, SKOS.broader, types[kind]),
    ]
    return triples


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
    same order, made without rdflib terms (``release_terms``): a load needs a graph's N-Triples and
    the validation engine's input, not the terms. Making the terms, writing them out and making the
    engine's input from them took 2.4 ms of a generated release's CPU time, this 1 ms. The tests
    hold the two to the same N-Triples and the same engine input (tests/test_pipeline_fastpath.py).
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


# The predicates and classes of a release graph as N-Triples, and their records: made once.
_CONSTANTS: dict[str, Record] = {}


def _const(term: URIRef) -> str:
    nt = f"<{term}>"
    _CONSTANTS[nt] = (0, str(term), None, None)
    return nt


_T_TYPE, _T_RELEASE, _T_STATEMENT = _const(RDF.type), _const(SG.Release), _const(SG.Statement)
_T_STANCE, _T_EXTRACTION = _const(SG.Stance), _const(SG.Extraction)
_T_IDENTIFIER, _T_TITLE, _T_DATE = _const(DCTERMS.identifier), _const(DCTERMS.title), _const(DCTERMS.date)
_T_LANGUAGE, _T_PUBLISHER = _const(DCTERMS.language), _const(DCTERMS.publisher)
_T_SOURCE, _T_MODIFIED = _const(DCTERMS.source), _const(DCTERMS.modified)
_T_PUBLISHER_INFERRED, _T_SOURCE_NAME = _const(SG.publisherInferred), _const(SG.sourceName)
_T_SOURCE_FORMAT, _T_CONTENT_HASH = _const(SG.sourceFormat), _const(SG.contentHash)
_T_LANGUAGE_DETECTED, _T_TEXT = _const(SG.languageDetected), _const(SCHEMA.text)
_T_EVENT_SEQ, _T_EVENT_ID = _const(SG.eventSeq), _const(SG.eventId)
_T_USED, _T_ENDED = _const(PROV.used), _const(PROV.endedAtTime)
_T_EXTRACTOR_VERSION, _T_LEXICON_HASH = _const(SG.extractorVersion), _const(SG.lexiconHash)
_T_ASSOCIATED = _const(PROV.wasAssociatedWith)
_T_SPEAKER, _T_ROLE, _T_AUDIENCE = _const(SG.speaker), _const(SG.speakerRole), _const(SG.audience)
_T_SPEAKER_NAME = _const(SG.speakerName)
_T_STANCE_P, _T_STANCE_TYPE, _T_TARGET = _const(SG.stance), _const(SG.stanceType), _const(SG.target)
_T_TOPIC, _T_KIND = _const(SG.topic), _const(SG.kind)
_T_DIRECT, _T_INDIRECT = _const(SG.direct), _const(SG.indirect)
_T_CONFIDENCE, _T_RULE, _T_CUE = _const(SG.confidence), _const(SG.rule), _const(SG.cue)
_T_DERIVED, _T_GENERATED = _const(PROV.wasDerivedFrom), _const(PROV.wasGeneratedBy)
_T_EVIDENCE, _T_FURTHER = _const(SG.evidence), _const(SG.furtherEvidence)
_T_SPECIFIC, _T_HAS_SOURCE = _const(OA.SpecificResource), _const(OA.hasSource)
_T_HAS_SELECTOR = _const(OA.hasSelector)
_T_QUOTE_SELECTOR, _T_EXACT = _const(OA.TextQuoteSelector), _const(OA.exact)
_T_PREFIX, _T_SUFFIX = _const(OA.prefix), _const(OA.suffix)
_T_POSITION_SELECTOR, _T_START, _T_END = _const(OA.TextPositionSelector), _const(OA.start), _const(OA.end)


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
    extraction of it, as TermTriples (the same triples, added in the same order)."""
    out = TermTriples()
    triples = out.triples
    records = out.records
    records.update(_CONSTANTS)

    # The terms, as _TermWriter's methods would make them; inlined, they are a third of the time.
    def add(s: str, p: str, o: str) -> None:
        triples[(s, p, o)] = None

    def iri(value: str) -> str:
        nt = f"<{value}>"
        records[nt] = (0, value, None, None)
        return nt

    def plain(text: str) -> str:
        nt = f'"{_escape(text)}"'
        records[nt] = (2, text, None, None)
        return nt

    def term(made: tuple[str, Record]) -> str:
        records[made[0]] = made[1]
        return made[0]

    m = release.meta
    release_id = release.release_id
    r = iri(release_iri(release_id))
    add(r, _T_TYPE, _T_RELEASE)
    add(r, _T_IDENTIFIER, plain(release_id))
    tag = _tag(m.lang)
    nt = f'"{_escape(m.title)}"@{tag}'
    records[nt] = (2, m.title, None, tag)
    add(r, _T_TITLE, nt)
    add(r, _T_DATE, term(_typed_term(m.date.isoformat(), _XSD.date)))
    add(r, _T_LANGUAGE, term(_typed_term(m.lang, _XSD.language)))
    if m.publisher:
        add(r, _T_PUBLISHER, plain(m.publisher))
    elif release.inferred_publisher:
        add(r, _T_PUBLISHER, plain(release.inferred_publisher))
        add(r, _T_PUBLISHER_INFERRED, term(_TRUE))
    if m.url:
        add(r, _T_SOURCE, iri(m.url) if _IRI_OK.match(m.url) else plain(m.url))
    if m.updated:
        modified = Literal(m.updated, datatype=_XSD.dateTime if "T" in m.updated else _XSD.date)
        add(r, _T_MODIFIED, term(_rdflib_term(modified)))
    add(r, _T_SOURCE_NAME, plain(release.source))
    add(r, _T_SOURCE_FORMAT, plain(release.format))
    add(r, _T_CONTENT_HASH, plain("sha256:" + (sha256 or release.sha256)))
    add(r, _T_LANGUAGE_DETECTED, term(_TRUE if release.lang_detected else _FALSE))
    nt = f'"{_escape(release.text)}"@{tag}'
    records[nt] = (2, release.text, None, tag)
    add(r, _T_TEXT, nt)
    if seq:
        add(r, _T_EVENT_SEQ, term(_typed_term(seq)))
    if event_id:
        add(r, _T_EVENT_ID, plain(event_id))

    # add_statements, and add_activity for its extraction
    activity = iri(extraction_iri(extraction_id or release_id))
    add(activity, _T_TYPE, _T_EXTRACTION)
    add(activity, _T_USED, r)
    if extraction_seq:
        add(activity, _T_EVENT_SEQ, term(_typed_term(extraction_seq)))
    if extraction_id:
        add(activity, _T_EVENT_ID, plain(extraction_id))
    if time:
        add(activity, _T_ENDED, term(_rdflib_term(Literal(time, datatype=_XSD.dateTime))))
    add(activity, _T_EXTRACTOR_VERSION, plain(version))
    add(activity, _T_LEXICON_HASH, plain(lexicon_hash))
    add(activity, _T_ASSOCIATED, iri(f"https://w3id.org/statgraph/extractor/{extractor}"))

    # add_statement, for each statement, and _add_evidence for each of its spans
    text = release.text

    def evidence_of(
        evidence: str, quote_sel: str, pos_sel: str, start: int, end: int, tag: str, exact: str | None
    ) -> None:
        add(evidence, _T_TYPE, _T_SPECIFIC)
        add(evidence, _T_HAS_SOURCE, r)
        add(evidence, _T_HAS_SELECTOR, quote_sel)
        add(evidence, _T_HAS_SELECTOR, pos_sel)
        add(quote_sel, _T_TYPE, _T_QUOTE_SELECTOR)
        for predicate, value in (
            (_T_EXACT, text[start:end] if exact is None else exact),
            (_T_PREFIX, text[max(0, start - _CONTEXT) : start]),
            (_T_SUFFIX, text[end : end + _CONTEXT]),
        ):
            nt = f'"{_escape(value)}"@{tag}'
            records[nt] = (2, value, None, tag)
            add(quote_sel, predicate, nt)
        add(pos_sel, _T_TYPE, _T_POSITION_SELECTOR)
        add(pos_sel, _T_START, term(_typed_term(start, _XSD.integer)))
        add(pos_sel, _T_END, term(_typed_term(end, _XSD.integer)))

    for st in statements:
        s_iri = statement_iri(st.statement_id)
        s = iri(s_iri)
        stance = iri(f"{s_iri}#stance")
        evidence = iri(f"{s_iri}#evidence")
        add(s, _T_TYPE, _T_STATEMENT)
        add(s, _T_SPEAKER, iri(st.speaker))
        if st.speaker_name:
            add(s, _T_SPEAKER_NAME, plain(st.speaker_name))
            for triple in unlisted_actor(st.speaker, st.speaker_name):
                add(*(term(_rdflib_term(node)) for node in triple))
        if st.speaker_role:
            add(s, _T_ROLE, iri(st.speaker_role))
        if st.audience:
            add(s, _T_AUDIENCE, iri(st.audience))
            if st.audience.startswith(UNLISTED_ACTOR):
                for triple in unlisted_actor(st.audience, unlisted_name(st.audience)):
                    add(*(term(_rdflib_term(node)) for node in triple))
        add(s, _T_STANCE_P, stance)
        add(stance, _T_TYPE, _T_STANCE)
        add(stance, _T_STANCE_TYPE, iri(f"{STANCE}{st.stance}"))
        add(stance, _T_TARGET, iri(st.target))
        for triple in composed_target(st.target):
            add(*(term(_rdflib_term(node)) for node in triple))
        for topic in st.topics:
            add(s, _T_TOPIC, iri(topic))
        add(s, _T_KIND, _T_DIRECT if st.kind == "direct" else _T_INDIRECT)
        add(s, _T_DATE, term(_typed_term(st.date.isoformat(), _XSD.date)))
        add(s, _T_CONFIDENCE, term(_decimal_term(str(st.confidence))))
        if st.rule:
            add(s, _T_RULE, term(_typed_term(st.rule)))
        if st.cue:
            add(s, _T_CUE, term(_typed_term(st.cue)))
        add(s, _T_DERIVED, r)
        add(s, _T_GENERATED, activity)
        add(s, _T_EVIDENCE, evidence)
        tag = _tag(st.lang)
        selectors = iri(f"{s_iri}#quote"), iri(f"{s_iri}#position")
        evidence_of(evidence, *selectors, st.start, st.end, tag, st.quote)
        for n, (start, end) in enumerate(st.also, 2):
            more_iri = f"{s_iri}#evidence-{n}"
            more = iri(more_iri)
            add(s, _T_FURTHER, more)
            selectors = iri(f"{more_iri}-quote"), iri(f"{more_iri}-position")
            evidence_of(more, *selectors, start, end, tag, None)
    return out
