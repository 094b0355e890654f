"""The RDF graph as a projection of the event log.

One named graph per release holds the release and the statements of its
latest extraction. The projection records the sequence number of the last
event it applied, so it can catch up with a log that others appended to, and
it can be deleted and rebuilt from the log at any time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rdflib import Graph, URIRef

from .domain import Release, Statement
from .events import (
    Event,
    ReleaseRecorded,
    StatementCorrected,
    StatementRetracted,
    StatementsAnnotated,
    StatementsExtracted,
)
from .keyindex import Keys
from .mapping import (
    TermTriples,
    Triples,
    TripleSink,
    activity_iri,
    add_activity,
    add_invalidation,
    add_statement,
    add_statements,
    nt_bytes,
    release_graph,
    release_terms,
)
from .namespaces import NAMES_GRAPH, SG, VOCABULARY_GRAPH, release_iri
from .store import OxigraphStore
from .vocabulary import Vocabulary, label_order, name_keys


def build_graph(
    recorded: ReleaseRecorded,
    extracted: StatementsExtracted | None,
    *,
    annotations: Sequence[StatementsAnnotated] = (),
    corrections: Sequence[StatementCorrected] = (),
    retractions: Sequence[StatementRetracted] = (),
) -> Graph:
    """``build_triples`` as an rdflib graph, for callers that navigate it."""
    return build_triples(
        recorded, extracted, annotations=annotations, corrections=corrections, retractions=retractions
    ).graph()


def build_triples(
    recorded: ReleaseRecorded,
    extracted: StatementsExtracted | None,
    *,
    annotations: Sequence[StatementsAnnotated] = (),
    corrections: Sequence[StatementCorrected] = (),
    retractions: Sequence[StatementRetracted] = (),
) -> Triples:
    """The named graph of one release, from its events: the same events always give the same triples.

    Analysts' decisions stay in force across re-extractions: a retraction or correction names a
    statement by its id, which is stable for the same (speaker, stance, target) in the release, so
    it applies to whatever extraction produced that statement. Across a revision of the release's
    text, a corrected statement follows its quote into the new text, and is dropped if the quote
    is gone; annotations written against the old text are dropped with it (history keeps them).
    """
    release = recorded.to_release()
    g = release_graph(release, seq=recorded.seq, event_id=recorded.id, sha256=recorded.sha256)
    present: set[str] = set()
    corrected_keys = {c.statement.key for c in corrections if c.statement is not None}
    if extracted is not None and extracted.sha256 == recorded.sha256:
        # An extracted statement an analyst already wrote as a correction is that correction.
        kept = tuple(s for s in extracted.statements if s.key not in corrected_keys)
        add_statements(
            g,
            release,
            kept,
            extractor=extracted.extractor,
            version=extracted.extractor_version,
            lexicon_hash=extracted.lexicon_hash,
            seq=extracted.seq,
            event_id=extracted.id,
            time=extracted.time,
        )
        present.update(s.statement_id for s in kept)
    for ann in annotations:
        if ann.sha256 != recorded.sha256:
            continue
        act = _analyst_activity(g, ann, SG.Annotation, release)
        for written in ann.statements:
            add_statement(g, release, written, act)
            present.add(written.statement_id)
    for cor in corrections:
        st = cor.statement
        if st is not None and cor.sha256 != recorded.sha256:
            st = relocate(st, release.text)
        if st is None:
            continue
        act = _analyst_activity(g, cor, SG.Correction, release)
        add_statement(g, release, st, act, revision_of=cor.statement_id)
        if cor.statement_id in present:
            add_invalidation(g, cor.statement_id, act, cor.time)
        present.add(st.statement_id)
    for ret in retractions:
        if ret.statement_id not in present:
            continue
        act = _analyst_activity(g, ret, SG.Retraction, release)
        add_invalidation(g, ret.statement_id, act, ret.time)
    return g


def build_terms(state: ReleaseState) -> TermTriples | None:
    """``state.triples()`` as TermTriples, for a state of a release and one extraction of it and
    nothing of analysts (what a load records); None for any other."""
    recorded, extracted = state.recorded, state.extracted
    if extracted is None or not state.extraction_only():
        return None
    return release_terms(
        recorded.to_release(),
        extracted.statements,
        extractor=extracted.extractor,
        version=extracted.extractor_version,
        lexicon_hash=extracted.lexicon_hash,
        seq=recorded.seq,
        event_id=recorded.id,
        time=extracted.time,
        extraction_seq=extracted.seq,
        extraction_id=extracted.id,
        sha256=recorded.sha256,
    )


def _analyst_activity(
    g: TripleSink,
    event: StatementsAnnotated | StatementCorrected | StatementRetracted,
    cls: URIRef,
    release: Release,
) -> URIRef:
    act = activity_iri(event.id)
    add_activity(
        g,
        act,
        cls,
        release,
        seq=event.seq,
        event_id=event.id,
        time=event.time,
        by=event.by,
        reason=event.reason,
    )
    return act


def relocate(statement: Statement, text: str) -> Statement | None:
    """The statement with its offsets moved to where its quote stands in a revised text."""
    at = text.find(statement.quote)
    if at < 0:
        return None
    return dataclasses.replace(statement, start=at, end=at + len(statement.quote))


# Bumped when what is written beside the vocabulary changes (the name keys, the label order), so
# that stores and servers holding the same ontology files are written again.
NAME_KEYS = "names-2"


def vocabulary_digest(vocabulary: Vocabulary) -> str:
    """What the store records of its vocabulary graphs: the files' digest and the name keys' version."""
    return f"{vocabulary.digest} {NAME_KEYS}"


def vocabulary_graphs(vocabulary: Vocabulary) -> dict[str, bytes]:
    """The vocabulary graph, and its name keys and label order (graph/names), as N-Triples by graph IRI."""
    return {
        str(VOCABULARY_GRAPH): ntriples(vocabulary.graph),
        str(NAMES_GRAPH): ntriples(name_keys(vocabulary.graph) + label_order(vocabulary.graph)),
    }


def ntriples(graph: Graph | Triples) -> bytes:
    # Sorted, so the bytes of a graph are stable and diffs of exports are readable.
    return nt_bytes(graph)


@dataclass
class ReleaseState:
    """Everything the log says of one release, as far as it has been read."""

    recorded: ReleaseRecorded
    extracted: StatementsExtracted | None = None
    annotations: list[StatementsAnnotated] = field(default_factory=list)
    corrections: list[StatementCorrected] = field(default_factory=list)
    retractions: list[StatementRetracted] = field(default_factory=list)

    def extraction_only(self) -> bool:
        """Whether the release's graph is the release and one extraction of its current text,
        with nothing of analysts (what a load records)."""
        return (
            self.extracted is not None
            and self.extracted.sha256 == self.recorded.sha256
            and not (self.annotations or self.corrections or self.retractions)
        )

    def graph(self) -> Graph:
        return self.triples().graph()

    def triples(self) -> Triples:
        return build_triples(
            self.recorded,
            self.extracted,
            annotations=self.annotations,
            corrections=self.corrections,
            retractions=self.retractions,
        )

    def with_(self, event: Event) -> ReleaseState:
        """The state after one more event of this release."""
        new = ReleaseState(
            self.recorded,
            self.extracted,
            list(self.annotations),
            list(self.corrections),
            list(self.retractions),
        )
        new.apply(event)
        return new

    def apply(self, event: Event) -> None:
        if isinstance(event, ReleaseRecorded):
            self.recorded = slim(event)
        elif isinstance(event, StatementsExtracted):
            self.extracted = event
        elif isinstance(event, StatementsAnnotated):
            self.annotations.append(event)
        elif isinstance(event, StatementCorrected):
            self.corrections.append(event)
        elif isinstance(event, StatementRetracted):
            self.retractions.append(event)


class Projector:
    """Applies events to a store, in order, tracking its position."""

    def __init__(
        self,
        store: OxigraphStore,
        vocabulary: Vocabulary | Callable[[], Vocabulary],
        state_lookup: Callable[[str], ReleaseState | None] | None = None,
    ) -> None:
        """``vocabulary`` may be a function that reads it: it is then called only if the store's
        vocabulary graphs must be written."""
        self.store = store
        self._vocabulary = vocabulary
        self._lookup = state_lookup
        self._states: dict[str, ReleaseState] = {}

    @property
    def vocabulary(self) -> Vocabulary:
        if not isinstance(self._vocabulary, Vocabulary):
            self._vocabulary = self._vocabulary()
        return self._vocabulary

    def ensure_vocabulary(self, files_digest: str | None = None) -> None:
        """Write the vocabulary graphs unless the store holds them already. ``files_digest``, the
        vocabulary files' digest when known without reading the vocabulary, saves reading it."""
        if files_digest is not None and self.store.vocabulary_digest() == f"{files_digest} {NAME_KEYS}":
            return
        digest = vocabulary_digest(self.vocabulary)
        if self.store.vocabulary_digest() != digest:
            self.store.set_vocabulary(vocabulary_graphs(self.vocabulary), digest)

    def state(self, release_id: str) -> ReleaseState | None:
        state = self._states.get(release_id)
        if state is None and self._lookup is not None:
            state = self._lookup(release_id)
            if state is not None:
                self._states[release_id] = state
        return state

    def apply(self, events: Iterable[Event], *, batch: int = 200) -> int:
        """Apply events after the store's position; returns how many were applied."""
        position = self.store.position()
        pending: dict[str, bytes] = {}
        touched: set[str] = set()
        applied = 0
        last = position
        for event in events:
            if event.seq <= position:
                continue
            release_id = self._touch(event)
            if release_id is not None:
                touched.add(release_id)
            last = event.seq
            applied += 1
            if len(touched) >= batch:
                pending = {release_iri(r): self._states[r].triples().ntriples() for r in touched}
                self.store.write_graphs(pending, position=last)
                touched = set()
        if applied:
            pending = {release_iri(r): self._states[r].triples().ntriples() for r in touched}
            self.store.write_graphs(pending, position=last)
        return applied

    def apply_graph(self, release_id: str, graph: Triples, state: ReleaseState, position: int) -> None:
        """Write a graph already built (and validated) for this state.

        The state is not kept: a load streams releases through, and a later event of the same
        release finds its state again in the log.
        """
        self.apply_graphs([(release_id, graph.ntriples())], position=position)

    def forget(self, release_ids: Iterable[str]) -> None:
        """Drop the states kept of these releases: the log has newer events of them, read when needed."""
        for release_id in release_ids:
            self._states.pop(release_id, None)

    def apply_graphs(
        self, graphs: Sequence[tuple[str, bytes]], *, position: int, keys: Mapping[str, Keys] | None = None
    ) -> None:
        """Write graphs already built (and validated) as N-Triples, then move the position; ``keys``
        holds, by release id, the statement index's rows and facets of some of them."""
        for release_id, _graph in graphs:
            self._states.pop(release_id, None)
        self.store.write_graphs(
            {release_iri(r): data for r, data in graphs},
            position=position,
            keys={release_iri(r): k for r, k in keys.items()} if keys else None,
        )

    def _touch(self, event: Event) -> str | None:
        if isinstance(event, ReleaseRecorded):
            previous = self._states.get(event.release_id)
            if previous is None:
                self._states[event.release_id] = ReleaseState(slim(event))
            else:
                # A revision: decisions of analysts stay (see build_graph); the old extraction goes.
                previous.recorded = slim(event)
            return event.release_id
        release_id = getattr(event, "release_id", None)
        if not isinstance(release_id, str):
            return None
        state = self.state(release_id)
        if state is None:
            return None
        state.apply(event)
        return release_id


def slim(recorded: ReleaseRecorded) -> ReleaseRecorded:
    """The event without the file's raw content: the graph needs the body text and the hash,
    and a replay of a large log holds every release's state at once."""
    return dataclasses.replace(recorded, raw="") if recorded.raw else recorded


def replay(events: Iterable[Event]) -> dict[str, ReleaseState]:
    """The state of every release after the given events, in order."""
    states: dict[str, ReleaseState] = {}
    for event in events:
        if isinstance(event, ReleaseRecorded):
            if event.release_id in states:
                states[event.release_id].recorded = slim(event)
            else:
                states[event.release_id] = ReleaseState(slim(event))
            continue
        release_id = getattr(event, "release_id", None)
        if isinstance(release_id, str) and release_id in states:
            states[release_id].apply(event)
    return states
