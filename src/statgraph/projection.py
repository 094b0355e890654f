"""The RDF graph as a projection of the event log.

One named graph per release holds the release and the statements of its
latest extraction. The projection records the sequence number of the last
event it applied, so it can catch up with a log that others appended to, and
it can be deleted and rebuilt from the log at any time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Graph

from .events import Event, ReleaseRecorded, StatementsExtracted
from .mapping import add_statements, release_graph
from .namespaces import VOCABULARY_GRAPH, release_iri
from .store import OxigraphStore
from .vocabulary import Vocabulary


def build_graph(recorded: ReleaseRecorded, extracted: StatementsExtracted | None) -> Graph:
    """The named graph of one release, from its events: the same events always give the same triples."""
    release = recorded.to_release()
    g = release_graph(release, seq=recorded.seq, event_id=recorded.id)
    if extracted is not None and extracted.sha256 == recorded.sha256:
        add_statements(
            g,
            release,
            extracted.statements,
            extractor=extracted.extractor,
            version=extracted.extractor_version,
            lexicon_hash=extracted.lexicon_hash,
            seq=extracted.seq,
            event_id=extracted.id,
            time=extracted.time,
        )
    return g


def ntriples(graph: Graph) -> bytes:
    # Sorted, so the bytes of a graph are stable and diffs of exports are readable.
    lines = sorted(
        line for line in graph.serialize(format="nt", encoding="utf-8").splitlines() if line.strip()
    )
    return b"\n".join(lines) + b"\n"


@dataclass
class _ReleaseState:
    recorded: ReleaseRecorded
    extracted: StatementsExtracted | None = None


class Projector:
    """Applies events to a store, in order, tracking its position."""

    def __init__(
        self,
        store: OxigraphStore,
        vocabulary: Vocabulary,
        release_lookup: Callable[[str], ReleaseRecorded | None] | None = None,
    ) -> None:
        self.store = store
        self.vocabulary = vocabulary
        self._lookup = release_lookup
        self._latest: dict[str, _ReleaseState] = {}

    def ensure_vocabulary(self) -> None:
        if self.store.vocabulary_digest() != self.vocabulary.digest:
            self.store.set_vocabulary(
                str(VOCABULARY_GRAPH), ntriples(self.vocabulary.graph), self.vocabulary.digest
            )

    def apply(self, events: Iterable[Event], *, batch: int = 200) -> int:
        """Apply events after the store's position; returns how many were applied."""
        position = self.store.position()
        pending: dict[str, bytes] = {}
        applied = 0
        last = position
        for event in events:
            if event.seq <= position:
                continue
            release_id = self._touch(event)
            if release_id is not None:
                state = self._latest[release_id]
                pending[release_iri(release_id)] = ntriples(build_graph(state.recorded, state.extracted))
            last = event.seq
            applied += 1
            if len(pending) >= batch:
                self.store.replace_graphs(pending, position=last)
                pending = {}
        if applied:
            self.store.replace_graphs(pending, position=last)
        return applied

    def apply_graph(
        self, release_id: str, graph: Graph, recorded: ReleaseRecorded, extracted: StatementsExtracted
    ) -> None:
        """Write a graph already built and validated for these two events."""
        self._latest[release_id] = _ReleaseState(recorded, extracted)
        self.store.replace_graphs({release_iri(release_id): ntriples(graph)}, position=extracted.seq)

    def _touch(self, event: Event) -> str | None:
        if isinstance(event, ReleaseRecorded):
            self._latest[event.release_id] = _ReleaseState(event)
            return event.release_id
        if isinstance(event, StatementsExtracted):
            state = self._latest.get(event.release_id)
            if state is None and self._lookup is not None:
                recorded = self._lookup(event.release_id)
                if recorded is not None:
                    state = self._latest[event.release_id] = _ReleaseState(recorded)
            if state is None:
                return None
            state.extracted = event
            return event.release_id
        return None
