"""The library API: what the CLI calls, and what a notebook user calls.

    >>> from statgraph.api import Statgraph
    >>> sg = Statgraph("/tmp/my-store")           # doctest: +SKIP
    >>> report = sg.load(["examples/"])           # doctest: +SKIP
    >>> sg.statements(release=None)[:1]           # doctest: +SKIP

A store folder holds the event log (``events.log``, the source of truth), the
projection (``projection/``, an Oxigraph database) and a lock file. Every
operation takes the store lock, brings the projection up to the log, and
works on both.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

import pyoxigraph as ox

from .config import Settings
from .derived import DERIVATION, DERIVED_GRAPH, derive, names_ordered
from .domain import STANCE_SLUGS, Statement
from .errors import (
    InputError,
    NotFoundError,
    ReleaseError,
    StatgraphError,
    StoreError,
    StoreUnavailableError,
    ValidationError,
    Violation,
)
from .eventlog import FileRecorder, LogReport
from .events import (
    Event,
    ReleaseRecorded,
    StatementCorrected,
    StatementRetracted,
    StatementsAnnotated,
    StatementsExtracted,
    new_id,
)
from .extraction import Extractor
from .keyindex import Keys, keys_of_statements
from .locking import FileLock
from .logindex import FILE_NAME as LOG_INDEX_FILE
from .logindex import LogIndex, log_index
from .namespaces import (
    META_GRAPH,
    NAMES_GRAPH,
    ORDER_GRAPH,
    PREFIXES,
    SG,
    STATEMENT,
    UNLISTED_GRAPH,
    VOCABULARY_GRAPH,
    release_iri,
)
from .pipeline import Preparer, checked_graph, prepare_all
from .projection import Projector, ReleaseState, replay, vocabulary_digest
from .remote import Endpoint, SparqlStore
from .store import OxigraphStore
from .timepoints import resolve_point
from .vocabulary import Vocabulary, load_vocabulary, vocabulary_files_digest

if TYPE_CHECKING:
    from .queries import SavedQuery

LOCK_TIMEOUT = 600.0
# A command that projected at least this many events, and at least this share of the store's,
# compacts the projection before it returns: about 1.3 ms a release at 1k releases, 2.2 ms at
# 100k, paid once per doubling of the store (smaller loads leave it to 'statgraph compact').
COMPACT_MIN_EVENTS = 500
COMPACT_SHARE = 0.5
_DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")


@dataclass
class LoadReport:
    new: list[str] = field(default_factory=list)  # sources recorded
    unchanged: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    rejected: list[tuple[str, list[Violation]]] = field(default_factory=list)
    errors: list[ReleaseError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    statements: int = 0
    triples: int = 0

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if self.rejected else 0


@dataclass(frozen=True)
class _Accepted:
    source: str
    revision_of: str | None
    recorded: ReleaseRecorded
    extracted: StatementsExtracted
    ntriples: bytes
    triples: int
    # The statement index's rows and facets of its graph, when computed from the events (_keys).
    keys: Keys | None = None


def _keys(state: ReleaseState) -> Keys | None:
    """The statement index's rows and facets of a state's graph, computed from its events where the
    graph holds an extraction and nothing of analysts (a load's new releases): else None, and the
    index reads them from the graph's N-Triples (keyindex.keys_of)."""
    recorded, extracted = state.recorded, state.extracted
    # A graph without the release's event number has no rows (keys_of).
    if extracted is None or not recorded.seq or not state.extraction_only():
        return None
    release = release_iri(recorded.release_id)
    return keys_of_statements(release, recorded.lang, recorded.seq, extracted.statements)


class _Loader:
    """The writer's side of a load: accepted releases are committed to the log in groups.

    One fsync per group instead of one per release (a commit is all or nothing, so a crash
    loses at most the group being written, none of which was reported as recorded). What a
    file came to is told in file order, and only once it is durable.

    The projection is written in larger batches than the log (``PROJECTED`` releases, or
    ``PROJECTED_BYTES`` of N-Triples): Oxigraph's bulk loader writes and syncs a set of index
    files at each call: one call for 256 releases instead of four for 64 saved about 1 ms of CPU
    time a release in the loader alone, and a fifth of a 1k load's CPU time (measured on a busy
    machine), for 100 MB more memory at the peak (the loader's, while it sorts the batch). The
    log is always ahead: a crash leaves the projection behind it, by up to a batch, and the next
    command catches it up from the log, as after any crash between the two writes.
    """

    GROUP = 64
    PROJECTED = 256
    PROJECTED_BYTES = 16_000_000

    def __init__(
        self,
        recorder: FileRecorder,
        projector: Projector,
        report: LoadReport,
        note: Callable[[str, str], None],
        *,
        head: int,
        dry_run: bool,
    ) -> None:
        self.recorder = recorder
        self.projector = projector
        self.report = report
        self.note = note
        self.head = head
        self.dry_run = dry_run
        self.accepted: list[_Accepted] = []
        self.releases: set[str] = set()
        # Graphs recorded in the log and not yet written to the projection, and the log's position
        # once they are.
        self.unprojected: list[tuple[str, bytes]] = []
        self.unprojected_keys: dict[str, Keys] = {}
        self.unprojected_bytes = 0
        self.unprojected_upto = head
        self._told: list[tuple[str, str, Any]] = []
        # (release id, content hash, offset of its commit in the log) of what was recorded.
        self.recorded: list[tuple[str, str, int]] = []
        # The thread writing the projection, and the batch it writes (see project).
        self._writer: ThreadPoolExecutor | None = None
        self._writing: Future[None] | None = None

    @property
    def next_seq(self) -> int:
        return self.head + 2 * len(self.accepted) + 1

    def tell(
        self,
        source: str,
        outcome: str,
        *,
        error: ReleaseError | None = None,
        violations: list[Violation] | None = None,
    ) -> None:
        """Report a file that is not recorded, after the ones before it."""
        self._told.append((source, outcome, error or violations))
        if not self.accepted:
            self._tell_all()

    def add(self, item: _Accepted) -> None:
        self.accepted.append(item)
        self.releases.add(item.recorded.release_id)
        self._told.append((item.source, "revised" if item.revision_of else "new", item))
        if len(self.accepted) >= self.GROUP:
            self.commit()

    def _tell_all(self) -> None:
        told, self._told = self._told, []
        report = self.report
        for source, outcome, what in told:
            if isinstance(what, _Accepted):
                (report.revised if what.revision_of else report.new).append(source)
                report.statements += len(what.extracted.statements)
                report.triples += what.triples
            elif outcome == "error":
                report.errors.append(what)
            elif outcome == "rejected":
                report.rejected.append((source, what))
            else:
                report.unchanged.append(source)
            self.note(source, outcome)

    def commit(self) -> None:
        if self.accepted and not self.dry_run:
            events: list[Event] = []
            for item in self.accepted:
                events += [item.recorded, item.extracted]
            appended = self.recorder.append(events)
            offset = self.recorder.last_commit_offset
            assert offset is not None
            self.recorded += [(i.recorded.release_id, i.recorded.sha256, offset) for i in self.accepted]
            # The states kept of these releases are older than the log now: a later revision in this
            # load reads them again from it.
            self.projector.forget(i.recorded.release_id for i in self.accepted)
            if appended[-1].seq != self.accepted[-1].extracted.seq:  # someone appended without the store lock
                self.project()
                self.wait()
                self.projector.apply(self.recorder.read(after=self.projector.store.position()))
            else:
                self.unprojected += [(i.recorded.release_id, i.ntriples) for i in self.accepted]
                for i in self.accepted:
                    if i.keys is not None:
                        self.unprojected_keys[i.recorded.release_id] = i.keys
                    else:  # an earlier graph of the release in this batch is replaced by this one
                        self.unprojected_keys.pop(i.recorded.release_id, None)
                self.unprojected_bytes += sum(len(i.ntriples) for i in self.accepted)
                self.unprojected_upto = appended[-1].seq
                if len(self.unprojected) >= self.PROJECTED or self.unprojected_bytes >= self.PROJECTED_BYTES:
                    self.project()
            self.head = appended[-1].seq
        self.accepted = []
        self.releases = set()
        self._tell_all()

    def project(self) -> None:
        """Start writing the graphs the log holds and the projection does not yet.

        They are written by a thread while this one prepares the next releases: Oxigraph's bulk
        loader and SQLite let go of the GIL while they work, and with one process a load's CPU time
        was the writer's and the preparer's one after the other (a 10k-release load, profiled:
        about 40 s in the bulk loader and 27 s recording keys, beside 145 s of reading, extracting
        and validating). One batch is written at a time, in order, each after the previous one has
        ended, so the projection moves as before, behind the log.
        """
        if self.unprojected:
            graphs, keys, upto = self.unprojected, self.unprojected_keys, self.unprojected_upto
            self.unprojected = []
            self.unprojected_keys = {}
            self.unprojected_bytes = 0
            self.wait()
            if self._writer is None:
                self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="statgraph-projection")
            self._writing = self._writer.submit(self.projector.apply_graphs, graphs, position=upto, keys=keys)

    def wait(self) -> None:
        """Wait for the batch being written, and raise what writing it raised."""
        if self._writing is not None:
            writing, self._writing = self._writing, None
            writing.result()

    def finish(self) -> None:
        """Commit what is left, and bring the projection up to the log."""
        self.commit()
        self.project()
        self.wait()

    def close(self) -> None:
        """Let the writing thread end: nothing may touch the projection while it writes. A failure
        of its own, when the load is failing already, goes with the load's."""
        try:
            if self._writing is not None:
                self._writing.exception()
                self._writing = None
        finally:
            if self._writer is not None:
                self._writer.shutdown(wait=True)
                self._writer = None


@dataclass(frozen=True)
class StoreCheck:
    log: LogReport
    projection: str
    position: int

    @property
    def ok(self) -> bool:
        return not self.log.problems and self.projection.startswith("ok")


@dataclass(frozen=True)
class StatementRow:
    """A statement as analysts read it: names in English."""

    id: str
    source: str
    release: str
    date: str
    lang: str
    title: str
    speaker: str
    speaker_role: str
    audience: str
    stance: str
    target: str
    topics: tuple[str, ...]
    kind: str
    quote: str
    confidence: float

    def as_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: its deep copy of every value was most of the time
        # 'statements --format jsonl' spent in Python.
        d = {f: getattr(self, f) for f in _ROW_FIELDS}
        d["topics"] = list(self.topics)
        return d


_ROW_FIELDS = tuple(f.name for f in dataclasses.fields(StatementRow))


# Every value is read by a sub-SELECT that Oxigraph evaluates once and joins by hashing, not
# looked up from each statement in turn: every statement at 10k releases in 18 s, where the
# lookups and a GROUP BY over fourteen keys took 72 s. Topics and further evidence are grouped
# by statement alone.
_STATEMENTS_QUERY = """
SELECT DISTINCT ?s ?rid ?source ?date ?lang ?title ?speaker ?role ?audience ?stance ?target ?kind ?quote
       ?confidence ?topics ?more
WHERE {
  ?s a sg:Statement .
  { SELECT ?s ?sp { ?s sg:speaker ?sp } }
  { SELECT ?s ?st { ?s sg:stance ?st } }
  { SELECT ?s ?k { ?s sg:kind ?k } }
  { SELECT ?s ?date { ?s dcterms:date ?date } }
  { SELECT ?s ?r { ?s prov:wasDerivedFrom ?r } }
  { SELECT ?s ?confidence { ?s sg:confidence ?confidence } }
  { SELECT ?s ?e { ?s sg:evidence ?e } }
  { SELECT ?e ?sel { ?e oa:hasSelector ?sel } }
  { SELECT ?sel ?quote { ?sel oa:exact ?quote } }
  { SELECT ?st ?stance { ?st sg:stanceType/skos:notation ?stance } }
  { SELECT ?st ?t { ?st sg:target ?t } }
  { SELECT ?r ?rid { ?r dcterms:identifier ?rid } }
  { SELECT ?r ?source { ?r sg:sourceName ?source } }
  { SELECT ?r ?lang { ?r dcterms:language ?lang } }
  { SELECT ?r ?title { ?r dcterms:title ?title } }
  OPTIONAL { SELECT ?s ?when { ?s prov:invalidatedAtTime ?when } }
  FILTER(!BOUND(?when))
  BIND(REPLACE(STR(?k), "^.*#", "") AS ?kind)
  OPTIONAL { SELECT ?sp ?spl { ?sp skos:prefLabel ?spl FILTER(LANGMATCHES(LANG(?spl), "en")) } }
  BIND(COALESCE(?spl, STR(?sp)) AS ?speaker)
  OPTIONAL { SELECT ?t ?tl { ?t skos:prefLabel ?tl FILTER(LANGMATCHES(LANG(?tl), "en")) } }
  BIND(COALESCE(?tl, STR(?t)) AS ?target)
  OPTIONAL { SELECT ?s ?role {
    ?s sg:speakerRole/skos:prefLabel ?role FILTER(LANGMATCHES(LANG(?role), "en"))
  } }
  OPTIONAL { SELECT ?s ?audience {
    ?s sg:audience/skos:prefLabel ?audience FILTER(LANGMATCHES(LANG(?audience), "en"))
  } }
  OPTIONAL {
    SELECT ?s (GROUP_CONCAT(DISTINCT ?topicLabel; separator="\\u001f") AS ?topics) WHERE {
      { SELECT ?s ?tp { ?s sg:topic ?tp } }
      { SELECT ?tp ?topicLabel {
        ?tp skos:prefLabel ?topicLabel FILTER(LANGMATCHES(LANG(?topicLabel), "en"))
      } }
    } GROUP BY ?s
  }
  OPTIONAL {
    SELECT ?s (GROUP_CONCAT(DISTINCT ?further; separator="\\u001f") AS ?more) WHERE {
      ?s sg:furtherEvidence ?ev . ?ev oa:hasSelector ?fq, ?fp . ?fq oa:exact ?fx . ?fp oa:start ?fs .
      BIND(CONCAT(STR(?fs), "\\u001e", STR(?fx)) AS ?further)
    } GROUP BY ?s
  }
}
ORDER BY ?date ?source ?s
"""


class Statgraph:
    """One store folder: its event log, its projection and the vocabulary it is read with."""

    def __init__(self, store: str | Path | None = None, *, settings: Settings | None = None) -> None:
        base = settings or Settings.from_env()
        self.remote: SparqlStore | None = None
        if isinstance(store, str) and store.startswith("sparql+"):
            # A shared server is read from; the log, the source of truth, stays on the machine that pushes.
            self.remote = SparqlStore(
                Endpoint.from_store_url(store), user=base.sparql_user, password=base.sparql_password
            )
            store = None
        self.settings = dataclasses.replace(base, store=Path(store)) if store is not None else base
        self.root = self.settings.store
        self.log_path = self.root / "events.log"
        self.projection_path = self.root / "projection"
        self._lock = FileLock(self.root / "lock", name=str(self.root))
        # Inside ``with Statgraph(...)``: the session opened by the first operation, kept for the next.
        self._holding = 0
        self._held: tuple[FileRecorder, OxigraphStore, Projector] | None = None
        self._held_stack: ExitStack | None = None

    # ------------------------------------------------------------------ holding the store open

    def __enter__(self) -> Statgraph:
        """Keep the store open and locked until the ``with`` block ends.

        Each operation otherwise takes the lock and opens the log and the projection anew (about
        15 ms at 1k releases), so that other processes can use the store between two calls. Inside
        the block they wait instead (up to the lock's timeout), and repeated queries skip the open.
        Nothing is opened before the first operation needs it.

        Example::

            with Statgraph("store") as sg:
                for name in ("Jens Stoltenberg", "Josep Borrell"):
                    print(sg.query("statements-by-speaker", {"speaker_name": name}).rows[:3])
        """
        self._holding += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._holding -= 1
        if not self._holding:  # the outermost block
            self.close()

    def close(self) -> None:
        """Close the store held open since the first operation of a ``with`` block, if any."""
        stack, self._held, self._held_stack = self._held_stack, None, None
        if stack is not None:
            stack.close()

    # ------------------------------------------------------------------ shared machinery

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.settings.ontology)

    @cached_property
    def _vocabulary_files_digest(self) -> str:
        if "vocabulary" in self.__dict__:  # already read: its own digest, not a second reading
            return self.vocabulary.digest
        return vocabulary_files_digest(self.settings.ontology)

    def _projector(
        self, store: OxigraphStore, lookup: Callable[[str], ReleaseState | None] | None
    ) -> Projector:
        """A projector onto ``store`` whose vocabulary graphs are current; the vocabulary files are
        parsed only when the store's differ from them."""
        projector = Projector(store, lambda: self.vocabulary, lookup)
        projector.ensure_vocabulary(self._vocabulary_files_digest)
        return projector

    @cached_property
    def extractor(self) -> Extractor:
        return Extractor(self.vocabulary)

    @cached_property
    def validator(self) -> Any:
        from .validation import Validator

        return Validator(self.settings.shapes, self.vocabulary.graph, engine=self.settings.shacl_engine)

    def _recorder(self) -> FileRecorder:
        return FileRecorder(self.log_path)

    def _state_lookup(self, recorder: FileRecorder) -> Callable[[str], ReleaseState | None]:
        def lookup(release_id: str) -> ReleaseState | None:
            # The release's own commits, found through the log index, not the whole log.
            with log_index(self.projection_path / LOG_INDEX_FILE, recorder) as index:
                return replay(index.events_of(recorder, release_id)).get(release_id)

        return lookup

    @contextmanager
    def session(self, *, create: bool = False) -> Iterator[tuple[FileRecorder, OxigraphStore, Projector]]:
        """Lock the store, open the log and projection, and bring the projection up to the log.

        Inside ``with Statgraph(...)``, the first session stays open for the next ones."""
        if not self._holding or self.remote is not None:
            with self._open_session(create=create) as opened:
                yield opened
            return
        if self._held is None:
            stack = ExitStack()
            self._held = stack.enter_context(self._open_session(create=create))
            self._held_stack = stack
        recorder, store, projector = self._held
        try:
            yield recorder, store, projector
            if store.position() != store.derived_position(DERIVATION) or not names_ordered(store):
                derive(store)
        except BaseException:
            # What failed may have left the open handles mid-way: the next operation opens afresh.
            self.close()
            raise

    @contextmanager
    def _open_session(
        self, *, create: bool = False
    ) -> Iterator[tuple[FileRecorder, OxigraphStore, Projector]]:
        if self.remote is not None:
            raise InputError(
                f"{self.remote.endpoint.query} is a shared server: this command works on a local store "
                "(--store DIR); 'statgraph push' sends a local store's changes there"
            )
        if not create and not self.log_path.exists() and not self.projection_path.exists():
            raise NotFoundError(
                f"{self.root}: no statgraph store here; run 'statgraph load PATH' first or give --store"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        with self._lock.exclusive(timeout=LOCK_TIMEOUT):
            recorder = self._recorder()
            store = OxigraphStore(self.projection_path)
            try:
                opened_at = store.position()
                derived_at = store.derived_position(DERIVATION)
                if store.position() > recorder.head():
                    # A log restored from an older copy, or another store's projection: what the
                    # projection shows is not in the log, so nothing may be read or added to it.
                    raise StoreUnavailableError(
                        f"{self.root}: the projection is ahead of the event log ({store.position()} events "
                        f"projected, {recorder.head()} in the log); run 'statgraph rebuild'"
                    )
                projector = self._projector(store, self._state_lookup(recorder))
                if store.position() < recorder.head():
                    projector.apply(recorder.read(after=store.position()))
                # Readers must see a current derived graph: one left behind (a crash, a store made
                # by another version) is brought up to date first, not after the command.
                # (graph/order too: a store made before it, or a new vocabulary, orders its names
                # on first use, without deriving any part again)
                if store.position() != derived_at or not names_ordered(store):
                    derive(store)
                    if derived_at < 0 < store.position():
                        # A derived graph of another layout was replaced part by part, as a
                        # rebuild does: compacted as after a rebuild (at 100k releases, queries
                        # read through the files it left 20-50 % slower).
                        store.optimize()
                    derived_at = store.position()
                yield recorder, store, projector
                if store.position() != derived_at or not names_ordered(store):
                    derive(store)
                grown = store.position() - opened_at
                if grown >= COMPACT_MIN_EVENTS and grown >= COMPACT_SHARE * store.position():
                    store.optimize()
            finally:
                store.close()
                recorder.close()

    # ------------------------------------------------------------------ load

    @cached_property
    def preparer(self) -> Preparer:
        return Preparer(self.vocabulary, self.extractor, self.validator, self.settings.max_bytes)

    def load(
        self,
        paths: Sequence[str | Path],
        *,
        dry_run: bool = False,
        jobs: int = 1,
        on_file: Callable[[str, str], None] | None = None,
    ) -> LoadReport:
        """Read, extract, validate and record releases; each file's fate is reported through ``on_file``.

        With ``jobs`` > 1, reading, extraction and validation run in that many processes while
        this one appends and projects in file order: the log is the same as with one process.
        """
        from .readers import iter_files

        report = LoadReport()
        note = on_file or (lambda source, outcome: None)
        files: list[Path] = []
        for item in iter_files([Path(p) for p in paths]):
            if isinstance(item, ReleaseError):
                report.errors.append(item)
                note(item.path, "error")
            else:
                files.append(item)
        try:
            self._load_files(files, report, note, dry_run=dry_run, jobs=jobs)
        except StoreError as exc:
            # A full disk or a lost store mid-load: what was recorded stays recorded; say how far it got.
            exc.partial = report  # type: ignore[attr-defined]
            raise
        return report

    def _load_files(
        self,
        files: list[Path],
        report: LoadReport,
        note: Callable[[str, str], None],
        *,
        dry_run: bool,
        jobs: int,
    ) -> None:
        with self.session(create=True) as (recorder, store, projector):
            loading = store.keys.loading() if not dry_run else nullcontext()
            with log_index(self.projection_path / LOG_INDEX_FILE, recorder) as index, loading:
                loader = _Loader(recorder, projector, report, note, head=recorder.head(), dry_run=dry_run)
                try:
                    self._load_prepared(files, loader, projector, index, jobs)
                finally:
                    loader.close()
                if loader.recorded and not dry_run:
                    index.settle(recorder, loader.recorded)
            store.flush()

    def _load_prepared(
        self, files: list[Path], loader: _Loader, projector: Projector, index: LogIndex, jobs: int
    ) -> None:
        """Prepare the files (in ``jobs`` processes) and record what is new, in file order."""
        report = loader.report
        known_sha, latest_sha = index.known(), index.latest()
        results = prepare_all(self.preparer, self.settings, files, frozenset(known_sha), jobs)
        for result in results:
            if result.error is not None:
                loader.tell(result.path, "error", error=result.error)
                continue
            for source in result.unchanged:
                loader.tell(source, "unchanged")
            for prep in result.prepared:
                release = prep.release
                if release.sha256 in known_sha:  # the same content twice in this load
                    source = release.source
                    loader.tell(source, "unchanged")
                    continue
                report.warnings.extend(prep.warnings)
                revision_of = latest_sha.get(release.release_id)
                if release.release_id in loader.releases:
                    loader.commit()  # its state must come from the log, which has it once committed
                previous = projector.state(release.release_id) if revision_of else None
                numbered = prep.numbered(loader.next_seq) if previous is None else None
                if numbered is not None and not prep.violations:
                    # Built and validated in a worker: only the event numbers were left to set.
                    recorded, extracted, data = numbered
                    recorded = dataclasses.replace(recorded, revision_of=revision_of)
                    keys = _keys(ReleaseState(recorded, extracted))
                    accepted = _Accepted(
                        release.source, revision_of, recorded, extracted, data, prep.triples, keys
                    )
                else:
                    recorded, extracted = self.preparer.events(
                        release, prep.statements, seq=loader.next_seq, revision_of=revision_of
                    )
                    state = (previous or ReleaseState(recorded)).with_(recorded).with_(extracted)
                    # A revision carries analysts' decisions of earlier events: check them too.
                    if prep.violations is None or previous is not None:
                        violations, data, count = checked_graph(self.validator, state)
                    else:
                        violations = list(prep.violations)
                        if not violations:
                            triples = state.triples()
                            data, count = triples.ntriples(), len(triples)
                    if violations:
                        loader.tell(release.source, "rejected", violations=violations)
                        continue
                    accepted = _Accepted(
                        release.source, revision_of, recorded, extracted, data, count, _keys(state)
                    )
                known_sha.add(release.sha256)
                latest_sha[release.release_id] = release.sha256
                loader.add(accepted)
        loader.finish()

    # ------------------------------------------------------------------ reading

    @contextmanager
    def view(self, as_of: str | int | None = None) -> Iterator[tuple[FileRecorder, OxigraphStore]]:
        """The graph now (the projection), or as it stood after an earlier event or at an earlier time.

        A past graph is projected afresh, in memory, from the log up to that point: the log is the
        source of truth, so no history has to be kept in the projection.
        """
        with self.session() as (recorder, store, _p):
            if as_of is None:
                yield recorder, store
                return
            seq = resolve_point(recorder, as_of)
            past = OxigraphStore(None)
            projector = self._projector(past, None)
            projector.apply(recorder.read(upto=seq))
            derive(past)
            yield recorder, past

    def statements(self, *, release: str | None = None, as_of: str | int | None = None) -> list[StatementRow]:
        """The statements in force (retracted and corrected ones left out), names in English."""
        return list(self.iter_statements(release=release, as_of=as_of))

    def iter_statements(
        self, *, release: str | None = None, as_of: str | int | None = None
    ) -> Iterator[StatementRow]:
        """The statements of :meth:`statements`, one at a time as the query finds them, so that
        every statement of a large store is written out in little memory. The store stays open
        (and locked, for other processes) until the iterator is used up or closed."""
        if self.remote is not None:
            self._no_as_of(as_of)
            variables, rows = self.remote.select(_with_prefixes(_STATEMENTS_QUERY))
            found = _rows_to_statements(variables, rows)
            yield from (
                r for r in found if release is None or release in (r.release, r.source, Path(r.source).stem)
            )
            return
        with self.view(as_of) as (recorder, store):
            if release is None:
                yield from _statement_rows(store)
                return
            only = self._release_id(recorder, release)
            yield from _statement_rows(store, release_graph=release_iri(only))

    def _release_id(self, recorder: FileRecorder, given: str) -> str:
        """A release named by its id, its IRI, or its source file name."""
        given = given.strip()
        if given.startswith(str(release_iri(""))):
            given = given[len(release_iri("")) :]
        matches = set()
        for ev in recorder.read():
            if isinstance(ev, ReleaseRecorded) and given in (ev.release_id, ev.source, Path(ev.source).stem):
                matches.add(ev.release_id)
        if not matches:
            raise NotFoundError(f"no release {given!r} in {self.root}")
        if len(matches) > 1:
            raise NotFoundError(f"{given!r} names {len(matches)} releases; give the release id")
        return matches.pop()

    def catalogue(self) -> dict[str, Any]:
        from .queries import load_catalogue

        return load_catalogue(list(self.settings.queries))

    def query(
        self,
        name_or_file: str,
        params: dict[str, str] | None = None,
        *,
        timeout: float | None = None,
        as_of: str | int | None = None,
        allow_update: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> Any:
        """Run a saved query (read-only unless ``allow_update``); returns a QueryResult, or None
        after an update. ``limit`` and ``offset`` take one page of the answer, in the query's
        own order (``LIMIT``/``OFFSET`` after its ORDER BY). The whole answer is read into
        memory: :meth:`query_to` writes a large one out as it comes."""
        from .queries import run

        saved, form, bindings = self._saved_query(name_or_file, params, allow_update, limit, offset)
        if form == "UPDATE":
            return self._update(saved.text, bindings, as_of)
        if self.remote is not None:
            self._no_as_of(as_of)
            return self._remote_run(saved.text, form, bindings)
        with self.view(as_of) as (_, store):
            if saved.page_text is not None and limit is not None:
                return self._page(store.raw, saved, limit, offset, timeout)
            return run(store.raw, saved, bindings, timeout=timeout)

    def query_to(
        self,
        output: TextIO,
        name_or_file: str,
        params: dict[str, str] | None = None,
        *,
        fmt: str = "csv",
        timeout: float | None = None,
        as_of: str | int | None = None,
        allow_update: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> int | None:
        """Run a saved query as :meth:`query` does and write its answer to a text stream in
        ``fmt`` ("csv", "tsv", "json", "table", or for graphs "turtle" or N-Triples with any
        other). CSV, TSV, JSON and N-Triples go out while the engine finds the rows, so the
        memory stays small however many there are. Returns the number of rows (or triples)
        written, or None after an update."""
        from .queries import stream, write_result

        saved, form, bindings = self._saved_query(name_or_file, params, allow_update, limit, offset)
        if form == "UPDATE":
            self._update(saved.text, bindings, as_of)
            return None
        if self.remote is not None:
            self._no_as_of(as_of)
            return write_result(output, self._remote_run(saved.text, form, bindings), fmt)
        with self.view(as_of) as (_, store):
            if saved.page_text is not None and limit is not None:
                return write_result(output, self._page(store.raw, saved, limit, offset, timeout), fmt)
            with stream(store.raw, saved, bindings, timeout=timeout) as answer:
                return write_result(output, answer, fmt)

    @staticmethod
    def _page(store: Any, saved: Any, limit: int, offset: int, timeout: float | None) -> Any:
        """One page of a listing by its page form, from its first entry, then as many more as the
        rows found so far say the page's end needs (twice that), never more than the page's end,
        which is sure to be enough. Each entry the page form picks has a row, so fewer rows than
        entries means there were no more entries: the listing ended before the page did. (One
        speaker's shifts can be thousands of rows: a page of 100 that took the first 100 speakers
        computed most of the corpus's shifts at 100k releases, 8.7 s; a release has about 12
        provenance rows.)"""
        from .queries import QueryResult, run, with_slice

        end = limit + offset
        span = 1
        while True:
            text = with_slice(saved.page_for(limit, offset, span=span), end)
            found = run(store, dataclasses.replace(saved, text=text, page_text=None), {}, timeout=timeout)
            rows = len(found.rows)
            if rows >= end or rows < span or span >= end:
                return QueryResult(kind="select", variables=found.variables, rows=found.rows[offset:])
            span = min(end, max(2 * span, -(-2 * span * end // rows)))

    def _saved_query(
        self,
        name_or_file: str,
        params: dict[str, str] | None,
        allow_update: bool,
        limit: int | None,
        offset: int,
    ) -> tuple[SavedQuery, str, dict[str, Any]]:
        """The saved query to run, its form and its bound parameters, with the listing form
        chosen and the page applied."""
        from .queries import bind, check_read_only, find_saved_query, parse_query_file, with_slice

        path = Path(name_or_file)
        if name_or_file.endswith(".rq") and path.exists():
            saved = parse_query_file(path)
        else:
            found = find_saved_query(list(self.settings.queries), name_or_file)
            if found is None:
                known = ", ".join(sorted(self.catalogue())) or "none"
                raise NotFoundError(f"no saved query {name_or_file!r} (known: {known})")
            saved = found
        form = check_read_only(saved.text, allow_update=allow_update)
        if (limit is not None or offset) and form not in ("SELECT", "CONSTRUCT", "DESCRIBE"):
            raise InputError(
                f"query {saved.name}: a limit or an offset applies to SELECT, CONSTRUCT and DESCRIBE"
            )
        bindings = bind(saved, params or {})
        page = saved.page_for(limit, offset) if limit is not None and not bindings else None
        if page is not None:
            # One page of a listing: a text that computes the rows up to the page's end only (the
            # page form is kept for a local run, which tries fewer entries first: _page).
            saved = dataclasses.replace(saved, text=page, listing_text=None)
        else:
            # Without parameters a query may have a form written for listing the whole store.
            text = saved.text_for(bindings)
            saved = dataclasses.replace(saved, text=text, listing_text=None, page_text=None)
        if limit is not None or offset:
            saved = dataclasses.replace(saved, text=with_slice(saved.text, limit, offset))
        return saved, form, bindings

    def _update(self, text: str, bindings: dict[str, Any], as_of: str | int | None) -> None:
        """An analyst's own SPARQL Update, with --allow-update: on a shared server, or on the local
        projection, where the log does not record it and a rebuild undoes it."""
        if as_of is not None:
            raise InputError("--as-of shows the past; an update changes the present")
        if bindings:
            # SPARQL Update has no VALUES block for a whole request: parameters stay out of updates.
            raise InputError("an update takes no --param: write its values in the .rq file")
        if self.remote is not None:
            self.remote.update(text)
            return
        with self.session() as (_r, store, _p):
            try:
                store.raw.update(text)
            except (SyntaxError, ValueError) as exc:
                raise InputError(f"the update is not valid SPARQL: {exc}") from exc
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"the update failed: {exc}") from exc

    def export(
        self, fmt: str = "turtle", *, vocabulary: bool = True, as_of: str | int | None = None
    ) -> bytes:
        """The release graphs (and the vocabulary) in an RDF format, as bytes; see :meth:`export_to`."""
        out = io.BytesIO()
        self.export_to(out, fmt, vocabulary=vocabulary, as_of=as_of)
        return out.getvalue()

    def export_to(
        self,
        output: BinaryIO,
        fmt: str = "turtle",
        *,
        vocabulary: bool = True,
        as_of: str | int | None = None,
    ) -> None:
        """Write the release graphs (and the vocabulary) to a binary file, a graph at a time for
        Turtle, TriG, N-Quads and N-Triples, so a large store is exported in little memory."""
        if self.remote is not None:
            self._no_as_of(as_of)
            local = OxigraphStore(None)
            _variables, rows = self.remote.select(
                "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                f'FILTER(STRSTARTS(STR(?g), "{release_iri("")}") '
                f"|| ?g IN (<{VOCABULARY_GRAPH}>, <{UNLISTED_GRAPH}>)) }}"
            )
            local.raw.extend(ox.Quad(s, p, o, g) for s, p, o, g in rows)
            graphs = [g for g in local.named_graphs() if g.startswith(release_iri(""))]
            if vocabulary:
                graphs += [g for g in _VOCABULARY_GRAPHS if g in local.named_graphs()]
            local.dump_to(output, fmt, graphs=graphs, prefixes=PREFIXES)
            return
        with self.view(as_of) as (_, store):
            named = store.named_graphs()
            graphs = [g for g in named if g.startswith(release_iri(""))]
            if vocabulary:
                graphs.append(str(VOCABULARY_GRAPH))
                graphs += [g for g in _VOCABULARY_GRAPHS[1:] if g in named]
            store.dump_to(output, fmt, graphs=graphs, prefixes=PREFIXES)

    def events(
        self,
        *,
        types: Iterable[str] = (),
        release: str | None = None,
        after: int = 0,
        since: str | None = None,
        until: str | None = None,
    ) -> Iterator[Event]:
        """Events of the log, filtered by type, release and time (``since``/``until``: ISO dates or times)."""
        from .timepoints import parse_time

        wanted = set(types)
        unknown = wanted - set(EVENT_TYPE_NAMES)
        if unknown:
            raise InputError(
                f"unknown event type {sorted(unknown)[0]!r} (known: {', '.join(EVENT_TYPE_NAMES)})"
            )
        lo = parse_time(since, end_of_day=False) if since else None
        hi = parse_time(until, end_of_day=True) if until else None
        with self.session() as (recorder, _s, _p):
            rid = self._release_id(recorder, release) if release else None
            for ev in recorder.read(after=after):
                if wanted and ev.type not in wanted:
                    continue
                if rid and getattr(ev, "release_id", None) != rid:
                    continue
                if (lo and parse_time(ev.time) < lo) or (hi and parse_time(ev.time) > hi):
                    continue
                yield ev

    # ------------------------------------------------------------------ analysts' corrections

    def _locate(
        self, recorder: FileRecorder, projector: Projector, given: str
    ) -> tuple[str, ReleaseState, Statement]:
        """A statement in force, named by its IRI or id: its release's state and its data."""
        statement_id = given.strip()
        if statement_id.startswith(str(STATEMENT)):
            statement_id = statement_id[len(str(STATEMENT)) :]
        # A statement in force is in the projection, in its release's graph: that names the
        # release, whose state is replayed from its own events (not the whole log).
        try:
            subject = ox.NamedNode(f"{STATEMENT}{statement_id}")
        except ValueError:
            raise NotFoundError(f"no statement {given!r} in {self.root}") from None
        release_ids = sorted(
            q.object.value[len(release_iri("")) :]
            for q in projector.store.raw.quads_for_pattern(subject, _DERIVED_FROM, None, None)
            if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(release_iri(""))
        )
        for release_id in release_ids:
            state = projector.state(release_id)
            for st in _statements_of(state) if state else ():
                if st.statement_id == statement_id:
                    assert state is not None
                    if statement_id in _invalidated(state):
                        raise InputError(f"statement {statement_id} was already retracted or corrected")
                    return release_id, state, st
        raise NotFoundError(f"no statement {given!r} in {self.root}")

    def _record(
        self, recorder: FileRecorder, projector: Projector, state: ReleaseState, event: Event
    ) -> Event:
        """Validate the release's graph with one more event, then record and project it."""
        event = event.with_seq(recorder.head() + 1)
        new_state = state.with_(event)
        triples = new_state.triples()
        violations = self.validator.violations(triples)
        if violations:
            raise ValidationError(getattr(event, "release_id", "") or event.type, violations)
        appended = recorder.append([event])[0]
        projector.apply_graph(new_state.recorded.release_id, triples, new_state, appended.seq)
        return appended

    def retract(self, statement: str, *, reason: str, by: str | None = None) -> StatementRetracted:
        if not reason.strip():
            raise InputError("a retraction needs a reason (--reason)")
        with self.session() as (recorder, _store, projector):
            release_id, state, st = self._locate(recorder, projector, statement)
            event = StatementRetracted(
                release_id=release_id,
                statement_id=st.statement_id,
                reason=reason,
                by=by or self.settings.user,
            )
            recorded = self._record(recorder, projector, state, event)
            assert isinstance(recorded, StatementRetracted)
            return recorded

    def correct(
        self,
        statement: str,
        *,
        reason: str,
        stance: str | None = None,
        target: str | None = None,
        speaker: str | None = None,
        by: str | None = None,
    ) -> StatementCorrected:
        if not reason.strip():
            raise InputError("a correction needs a reason (--reason)")
        if stance is not None and stance not in STANCE_SLUGS:
            raise InputError(f"stance {stance!r} is not one of {', '.join(STANCE_SLUGS)}")
        with self.session() as (recorder, _store, projector):
            release_id, state, old = self._locate(recorder, projector, statement)
            event_id = new_id()
            new_speaker = self.resolve(speaker, actor=True) if speaker else old.speaker
            fixed = dataclasses.replace(
                old,
                stance=stance or old.stance,
                target=self.resolve(target) if target else old.target,
                speaker=new_speaker,
                speaker_name=old.speaker_name if new_speaker == old.speaker else "",
                speaker_role=self.vocabulary.office_of(new_speaker, old.date)
                if speaker
                else old.speaker_role,
                confidence=1.0,
                rule="analyst.correction",
                cue="",
                origin=event_id,
            )
            if fixed.key == old.key:
                raise InputError("the correction changes nothing: give --stance, --target or --speaker")
            event = StatementCorrected(
                id=event_id,
                release_id=release_id,
                statement_id=old.statement_id,
                sha256=state.recorded.sha256,
                statement=fixed,
                reason=reason,
                by=by or self.settings.user,
            )
            recorded = self._record(recorder, projector, state, event)
            assert isinstance(recorded, StatementCorrected)
            return recorded

    def annotate(self, path: str | Path, *, by: str | None = None) -> list[StatementsAnnotated]:
        """Record statements written by an analyst (YAML or JSON, the gold format)."""
        from .annotations import read_annotations

        recorded: list[StatementsAnnotated] = []
        with self.session() as (recorder, _store, projector):
            docs = read_annotations(Path(path))
            prepared = []
            for doc in docs:
                release_id = self._release_id(recorder, doc.release)
                state = projector.state(release_id)
                if state is None:
                    raise NotFoundError(f"{path}: no release {doc.release!r} in {self.root}")
                event_id = new_id()
                release = state.recorded.to_release()
                statements = tuple(
                    a.to_statement(release, self.vocabulary, self.resolve, origin=event_id, where=str(path))
                    for a in doc.statements
                )
                event = StatementsAnnotated(
                    id=event_id,
                    release_id=release_id,
                    sha256=state.recorded.sha256,
                    statements=statements,
                    reason=doc.reason,
                    by=by or self.settings.user,
                )
                prepared.append((state, event))
            # Every document is validated before anything of the file is recorded.
            for state, event in prepared:
                violations = self.validator.violations(
                    state.with_(event.with_seq(recorder.head() + 1)).triples()
                )
                if violations:
                    raise ValidationError(str(path), violations)
            for state, event in prepared:
                done = self._record(recorder, projector, state, event)
                assert isinstance(done, StatementsAnnotated)
                recorded.append(done)
        return recorded

    def reextract(self, *, release: str | None = None) -> list[StatementsExtracted]:
        """Run the current extractor and lexicon again; record a new extraction where the result differs."""
        recorded: list[StatementsExtracted] = []
        with self.session() as (recorder, _store, projector):
            only = self._release_id(recorder, release) if release else None
            for release_id, state in replay(recorder.read()).items():
                if only is not None and release_id != only:
                    continue
                rel = state.recorded.to_release()
                statements = tuple(self.extractor.extract(rel))
                old = state.extracted
                if old is not None and old.sha256 == state.recorded.sha256 and old.statements == statements:
                    continue
                event = StatementsExtracted(
                    release_id=release_id,
                    sha256=state.recorded.sha256,
                    extractor=self.extractor.name,
                    extractor_version=self.extractor.version,
                    lexicon_hash=self.extractor.lexicon_hash,
                    statements=statements,
                )
                done = self._record(recorder, projector, projector.state(release_id) or state, event)
                assert isinstance(done, StatementsExtracted)
                recorded.append(done)
        return recorded

    def history(self, statement: str) -> list[tuple[Event, str]]:
        """Every event in one statement's life, with what it did to it."""
        statement_id = statement.strip()
        if statement_id.startswith(str(STATEMENT)):
            statement_id = statement_id[len(str(STATEMENT)) :]
        out: list[tuple[Event, str]] = []
        with self.session() as (recorder, _s, _p):
            release_id = None
            in_extraction = False
            for ev in recorder.read():
                if isinstance(ev, StatementsExtracted):
                    has = any(s.statement_id == statement_id for s in ev.statements)
                    if has:
                        release_id = ev.release_id
                        out.append((ev, "extracted" if not in_extraction else "extracted again"))
                    elif in_extraction and ev.release_id == release_id:
                        out.append((ev, "no longer extracted"))
                    in_extraction = has or (in_extraction and ev.release_id != release_id)
                elif isinstance(ev, StatementsAnnotated) and any(
                    s.statement_id == statement_id for s in ev.statements
                ):
                    release_id = ev.release_id
                    out.append((ev, f"written by {ev.by}"))
                elif isinstance(ev, StatementRetracted) and ev.statement_id == statement_id:
                    out.append((ev, f"retracted by {ev.by}: {ev.reason}"))
                elif isinstance(ev, StatementCorrected):
                    if ev.statement_id == statement_id:
                        new = ev.statement.statement_id if ev.statement else "?"
                        out.append((ev, f"corrected by {ev.by} into {new}: {ev.reason}"))
                    elif ev.statement is not None and ev.statement.statement_id == statement_id:
                        release_id = ev.release_id
                        out.append(
                            (ev, f"written by {ev.by} as the correction of {ev.statement_id}: {ev.reason}")
                        )
                elif isinstance(ev, ReleaseRecorded) and release_id == ev.release_id and ev.revision_of:
                    out.append((ev, "its release was revised"))
        if not out:
            raise NotFoundError(f"no statement {statement!r} in the log of {self.root}")
        return out

    def resolve(self, name: str, *, actor: bool = False) -> str:
        """A vocabulary entry named by its IRI, a prefixed name (actor:russia) or a label in any language."""
        from .extraction import fold

        name = name.strip()
        entries = self.vocabulary.entries
        if name in entries:
            return name
        prefix, _, local = name.partition(":")
        if local and prefix in PREFIXES and PREFIXES[prefix] + local in entries:
            return PREFIXES[prefix] + local
        key = fold(name)
        found = {
            e.iri
            for e in entries.values()
            if (not actor or e.is_actor)
            and (
                any(fold(label) == key for labels in e.labels.values() for label in labels)
                or (e.family_name is not None and fold(e.family_name) == key)
            )
        }
        if len(found) == 1:
            return found.pop()
        what = "actor" if actor else "actor or topic"
        if not found:
            raise InputError(f"{name!r} is not an {what} of the vocabulary (ontology/)")
        raise InputError(f"{name!r} names {len(found)} entries of the vocabulary: {', '.join(sorted(found))}")

    def timeline(
        self, target: str, out: str | Path, *, speaker: str | None = None, as_of: str | int | None = None
    ) -> int:
        """Draw the stance timeline of a target to a PNG, SVG or HTML file; returns the marks drawn."""
        from .timeline import points_from_rows, render_timeline

        target_label = self.vocabulary.label(self.resolve(target), "en")
        speaker_label = self.vocabulary.label(self.resolve(speaker, actor=True), "en") if speaker else None
        rows = [
            r.as_dict()
            for r in self.statements(as_of=as_of)
            if r.target == target_label and (speaker_label is None or r.speaker == speaker_label)
        ]
        if not rows:
            who = f" by {speaker_label}" if speaker_label else ""
            raise NotFoundError(f"no statements on {target_label}{who} in {self.root}")
        title = f"Stances on {target_label}" + (f" by {speaker_label}" if speaker_label else "")
        render_timeline(points_from_rows(rows), Path(out), title=title)
        return len(rows)

    def evaluate(self, gold: str | Path, *, misses: bool = False, per_release: bool = True) -> str:
        """The score of the store's statements against gold files (the annotation guide's format):
        a table of releases (without ``per_release``, only its last line, the totals).

        With ``misses``, also every missed gold statement with what was found on its evidence
        instead, and every false statement with the rule and cue that produced it.
        """
        from .evaluation import evaluate, format_misses, format_report

        folder = Path(gold)
        if not folder.is_dir():
            raise InputError(f"{folder}: not a folder of gold files")
        rows = [r.as_dict() for r in self.statements()]
        if misses:
            produced = self._rules_and_cues()
            for row in rows:
                row["rule"], row["cue"] = produced.get(row["id"], ("", ""))
        report = evaluate(rows, folder)
        text = str(format_report(report, per_release=per_release))
        return f"{text}\n{format_misses(report)}" if misses else text

    def _rules_and_cues(self) -> dict[str, tuple[str, str]]:
        """Each statement's rule id and lexicon cue, by statement IRI."""
        text = "SELECT ?s ?rule ?cue WHERE { ?s a sg:Statement ; sg:rule ?rule OPTIONAL { ?s sg:cue ?cue } }"
        if self.remote is not None:
            _variables, found = self.remote.select(_with_prefixes(text))
            rows = [tuple("" if t is None else t.value for t in row) for row in found]
        else:
            with self.view(None) as (_recorder, store):
                rows = [
                    tuple("" if t is None else t.value for t in sol)
                    for sol in store.query(text, prefixes=PREFIXES)
                ]
        return {str(s): (str(rule), str(cue)) for s, rule, cue in rows}

    # ------------------------------------------------------------------ a shared server

    def _no_as_of(self, as_of: str | int | None) -> None:
        if as_of is not None:
            raise InputError("--as-of reads the local event log: give a local --store, not a shared server")

    def _remote_run(self, text: str, form: str, bindings: dict[str, Any]) -> Any:
        from .queries import QueryResult, with_values

        assert self.remote is not None
        bound = with_values(text, bindings) if bindings else text
        if form == "ASK":
            return QueryResult(kind="ask", variables=(), rows=[], boolean=self.remote.ask(bound), triples=[])
        if form != "SELECT":
            raise InputError(
                f"{form} queries are run on a local store; a shared server answers SELECT and ASK"
            )
        variables, rows = self.remote.select(bound)
        return QueryResult(kind="select", variables=tuple(variables), rows=rows, boolean=None, triples=[])

    def push(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None = None,
        graph_store: str | None = None,
        batch: int = 100,
        on_batch: Callable[[int, int], None] | None = None,
    ) -> PushReport:
        """Send the projection's changes since the last push to a SPARQL 1.1 server.

        Idempotent and resumable: each release graph touched by a batch of events is replaced
        whole on the server, then the server records the batch's last event number; an
        interrupted push starts again after it, and replacing a graph twice changes nothing.
        """
        import time as _time

        started = _time.perf_counter()
        remote = SparqlStore(
            Endpoint.from_store_url(endpoint, update=update_endpoint, graph_store=graph_store),
            user=self.settings.sparql_user,
            password=self.settings.sparql_password,
        )
        report = PushReport(endpoint=endpoint, method="graph store" if graph_store else "update")
        with self.session() as (recorder, store, _p):
            head = recorder.head()
            first = next(iter(recorder.read(upto=1)), None)
            log_id = first.id if first is not None else ""
            pushed, pushed_from = remote.pushed()
            if pushed_from and pushed_from != log_id:
                raise StoreError(
                    f"{endpoint} holds a graph pushed from another event log ({pushed_from[:8]}…); "
                    "push to an empty dataset"
                )
            if pushed > head:
                raise StoreError(f"{endpoint} has events up to {pushed}, this store only up to {head}")
            report.start = pushed
            digest = vocabulary_digest(self.vocabulary)
            if remote_vocabulary_differs(remote, digest):
                for graph in (str(VOCABULARY_GRAPH), str(NAMES_GRAPH)):
                    remote.put_graph(graph, store.graph_ntriples(graph))
                    report.graphs += 1
                set_remote_vocabulary(remote, digest)
            touched: list[str] = []
            last = recorded = pushed
            for ev in recorder.read(after=pushed):
                rid = getattr(ev, "release_id", None)
                new = isinstance(rid, str) and rid not in touched
                if new and len(touched) >= batch:
                    # A batch closes before a release it has no room for, so the events of one
                    # release are pushed together and each graph once.
                    report.graphs += self._push_graphs(remote, store, touched)
                    remote.set_pushed(last, log_id)
                    recorded = last
                    report.batches += 1
                    touched = []
                    if on_batch:
                        on_batch(last, head)
                if isinstance(rid, str) and rid not in touched:
                    touched.append(rid)
                last = ev.seq
            if last > recorded:
                # A batch closes only to make room, so the last batch always holds a release: the
                # derived graph (translations, predecessors spans releases) goes with it, whole,
                # before the server records that the push is complete.
                report.graphs += self._push_graphs(remote, store, touched)
                remote.put_graph(DERIVED_GRAPH, store.graph_ntriples(DERIVED_GRAPH))
                report.graphs += 1
                # Unlisted speakers' descriptions are kept once for every release naming them.
                remote.put_graph(str(UNLISTED_GRAPH), store.graph_ntriples(str(UNLISTED_GRAPH)))
                report.graphs += 1
                # The places of the speakers' and targets' names, which the listings sort on (a
                # server without them sorts on the names: the same rows, slower).
                remote.put_graph(str(ORDER_GRAPH), store.graph_ntriples(str(ORDER_GRAPH)))
                report.graphs += 1
                remote.set_pushed(last, log_id)
                report.batches += 1
                if on_batch:
                    on_batch(last, head)
            report.end = last
        report.seconds = _time.perf_counter() - started
        return report

    @staticmethod
    def _push_graphs(remote: SparqlStore, store: OxigraphStore, release_ids: list[str]) -> int:
        for rid in release_ids:
            graph = release_iri(rid)
            data = store.graph_ntriples(graph)
            if data.strip():
                remote.put_graph(graph, data)
            else:
                remote.drop_graph(graph)
        return len(release_ids)

    # ------------------------------------------------------------------ across time

    def diff(self, a: str | int, b: str | int) -> Any:
        """What changed between two points of the log: statements and quads."""
        from .diffing import diff_stores

        with self.session() as (recorder, _s, _p):
            lo, hi = resolve_point(recorder, a), resolve_point(recorder, b)
            stores = []
            for seq in (lo, hi):
                past = OxigraphStore(None)
                projector = self._projector(past, None)
                projector.apply(recorder.read(upto=seq))
                stores.append(past)
            return diff_stores(stores[0], stores[1], lo, hi)

    def rebuild(self) -> int:
        """Replay the whole log into a fresh projection, then swap it in; returns the events replayed."""
        if not self.log_path.exists():
            raise NotFoundError(f"{self.root}: no event log to rebuild from")
        fresh = self.root / "projection.new"
        old = self.root / "projection.old"
        self.root.mkdir(parents=True, exist_ok=True)
        self.close()  # the projection held open is about to be replaced
        with self._lock.exclusive(timeout=LOCK_TIMEOUT):
            shutil.rmtree(fresh, ignore_errors=True)
            recorder = self._recorder()
            store = OxigraphStore(fresh)
            try:
                projector = self._projector(store, self._state_lookup(recorder))
                count = projector.apply(recorder.read())
                derive(store)
                store.optimize()
            finally:
                store.close()
                recorder.close()
            shutil.rmtree(old, ignore_errors=True)
            if self.projection_path.exists():
                self.projection_path.rename(old)
            fresh.rename(self.projection_path)
            shutil.rmtree(old, ignore_errors=True)
        return count

    def compact(self) -> None:
        """Compact the projection's files: worth it after many small loads, which leave files that
        every lookup reads through (a load that doubles the store, and a rebuild, compact it)."""
        with self.session() as (_r, store, _p):
            store.optimize()

    def validate(self) -> list[tuple[str, list[Violation]]]:
        """Check every release graph of the projection against the shapes again."""
        from rdflib import Graph

        problems = []
        unlisted = ox.NamedNode(str(UNLISTED_GRAPH))
        with self.session() as (_, store, _p):
            for g in store.named_graphs():
                if not g.startswith(release_iri("")):
                    continue
                graph = Graph()
                graph.parse(data=store.graph_ntriples(g), format="nt")
                # Its unlisted speakers and audiences, and its composed targets, are described in
                # graph/unlisted, as the gate saw them.
                people = {
                    *graph.objects(None, SG.speaker),
                    *graph.objects(None, SG.audience),
                    *graph.objects(None, SG.target),
                }
                described = "".join(
                    f"{q.subject} {q.predicate} {q.object} .\n"
                    for person in people
                    for q in store.raw.quads_for_pattern(ox.NamedNode(str(person)), None, None, unlisted)
                )
                if described:
                    graph.parse(data=described, format="nt")
                violations = self.validator.violations(graph)
                if violations:
                    problems.append((g, violations))
        return problems

    def check(self, *, repair: bool = False) -> StoreCheck:
        """Read the whole log and open the projection; with ``repair``, cut a torn last commit
        (after a backup in ``<store>/backups``); complete events are never touched."""
        if not self.log_path.exists():
            raise NotFoundError(f"{self.root}: no event log here")
        self.close()  # the check opens the log and the projection itself, under the lock
        with self._lock.exclusive(timeout=LOCK_TIMEOUT):
            recorder = self._recorder()
            log = recorder.repair(self.root / "backups") if repair else recorder.check()
            projection = "ok"
            position = 0
            try:
                store = OxigraphStore(self.projection_path)
                try:
                    position = store.position()
                finally:
                    store.close()
            except StatgraphError as exc:
                projection = f"unreadable: {exc}"
            if projection == "ok" and position > log.head:
                projection = (
                    f"ahead of the log ({position} events projected, {log.head} in the log); "
                    "run 'statgraph rebuild'"
                )
            if projection == "ok" and position < log.head:
                projection = f"behind the log ({position} of {log.head} events); the next command catches up"
        if repair and not log.problems and not projection.startswith(("ok", "behind")):
            # The repair cut an event the projection had shown, or the projection is unreadable:
            # the log is sound again, so the projection is made anew from it.
            self.rebuild()
            projection = "ok (rebuilt from the log)"
            position = log.head
        return StoreCheck(log=log, projection=projection, position=position)

    def check_log(self) -> LogReport:
        return self._recorder().check()

    def count(self) -> int:
        with self.session() as (_, store, _p):
            return sum(store.count(g) for g in store.named_graphs() if g.startswith(release_iri("")))


@dataclass
class PushReport:
    endpoint: str
    method: str
    start: int = 0
    end: int = 0
    graphs: int = 0
    batches: int = 0
    seconds: float = 0.0


def remote_vocabulary_differs(remote: SparqlStore, digest: str) -> bool:
    meta = str(META_GRAPH)
    _, rows = remote.select(f"SELECT ?d WHERE {{ GRAPH <{meta}> {{ <{meta}> <{SG.lexiconHash}> ?d }} }}")
    return not rows or str(rows[0][0].value) != digest


def set_remote_vocabulary(remote: SparqlStore, digest: str) -> None:
    meta = str(META_GRAPH)
    remote.update(
        f"DELETE WHERE {{ GRAPH <{meta}> {{ <{meta}> <{SG.lexiconHash}> ?d }} }} ;\n"
        f'INSERT DATA {{ GRAPH <{meta}> {{ <{meta}> <{SG.lexiconHash}> "{digest}" }} }}'
    )


def _with_prefixes(text: str) -> str:
    """A query for a server that knows no default prefixes."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + text


def _rows_to_statements(variables: list[str], rows: list[tuple[Any, ...]]) -> list[StatementRow]:
    out = []
    for row in rows:
        d = {v: "" if t is None else str(t.value) for v, t in zip(variables, row, strict=True)}
        out.append(_statement_row(d))
    return sorted(out, key=lambda r: (r.date, r.source, r.id))


def _statement_row(d: dict[str, str]) -> StatementRow:
    return StatementRow(
        id=d["s"],
        source=d["source"],
        release=d["rid"],
        date=d["date"],
        lang=d["lang"],
        title=d["title"],
        speaker=d["speaker"],
        speaker_role=d.get("role", ""),
        audience=d.get("audience", ""),
        stance=d["stance"],
        target=d["target"],
        topics=tuple(sorted(t for t in d.get("topics", "").split("\u001f") if t)),
        kind=d["kind"],
        quote=_joined_quote(d["quote"], d.get("more", "")),
        confidence=float(d.get("confidence") or 0),
    )


def _joined_quote(first: str, more: str) -> str:
    """The statement's evidence as one quote: the main span, then the others in text order."""
    spans = sorted(
        (int(start), text) for start, _, text in (m.partition("\u001e") for m in more.split("\u001f") if m)
    )
    return " […] ".join([first, *(text for _, text in spans if text != first)])


EVENT_TYPE_NAMES = (
    "ReleaseRecorded",
    "StatementsExtracted",
    "StatementsAnnotated",
    "StatementCorrected",
    "StatementRetracted",
)


def _statements_of(state: ReleaseState) -> Iterator[Statement]:
    if state.extracted is not None:
        yield from state.extracted.statements
    for ann in state.annotations:
        yield from ann.statements
    for cor in state.corrections:
        if cor.statement is not None:
            yield cor.statement


# What an export gives with the vocabulary, and a release's listing reads beside its graph: the
# vocabulary, and the speakers releases name whom it does not list.
_VOCABULARY_GRAPHS = (str(VOCABULARY_GRAPH), str(UNLISTED_GRAPH))


def _invalidated(state: ReleaseState) -> set[str]:
    return {r.statement_id for r in state.retractions} | {c.statement_id for c in state.corrections}


def _statement_rows(store: OxigraphStore, *, release_graph: str | None = None) -> Iterator[StatementRow]:
    """Every statement in force, or one release's: then the query reads that release's graph and
    the vocabulary only, not the store."""
    if release_graph is None:
        results = store.query(_STATEMENTS_QUERY, prefixes=PREFIXES)
    else:
        graphs = [ox.NamedNode(g) for g in (release_graph, *_VOCABULARY_GRAPHS)]
        results = store.query(_STATEMENTS_QUERY, prefixes=PREFIXES, default_graph=graphs)
    names = [v.value for v in results.variables]
    for sol in results:
        yield _statement_row({n: "" if t is None else t.value for n, t in zip(names, sol, strict=True)})


__all__ = ["LoadReport", "StatementRow", "Statgraph", "StatgraphError"]
