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
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .config import Settings
from .domain import Release, Statement
from .errors import NotFoundError, ReleaseError, StatgraphError, Violation
from .eventlog import FileRecorder, LogReport
from .events import Event, ReleaseRecorded, StatementsExtracted
from .extraction import Extractor
from .locking import FileLock
from .namespaces import PREFIXES, VOCABULARY_GRAPH, release_iri
from .projection import Projector, build_graph
from .store import OxigraphStore
from .vocabulary import Vocabulary, load_vocabulary

LOCK_TIMEOUT = 600.0


@dataclass
class LoadReport:
    new: list[str] = field(default_factory=list)  # sources recorded
    unchanged: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    rejected: list[tuple[str, list[Violation]]] = field(default_factory=list)
    errors: list[ReleaseError] = field(default_factory=list)
    statements: int = 0
    triples: int = 0

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if self.rejected else 0


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
        d = dataclasses.asdict(self)
        d["topics"] = list(self.topics)
        return d


_STATEMENTS_QUERY = """
SELECT ?s ?rid ?source ?date ?lang ?title ?speaker ?role ?audience ?stance ?target ?kind ?quote ?confidence
       (GROUP_CONCAT(DISTINCT ?topicLabel; separator="\\u001f") AS ?topics)
WHERE {
  ?s a sg:Statement ; sg:speaker ?sp ; sg:stance ?st ; sg:kind ?k ; dcterms:date ?date ;
     prov:wasDerivedFrom ?r ; sg:confidence ?confidence ; sg:evidence/oa:hasSelector/oa:exact ?quote .
  ?st sg:stanceType/skos:notation ?stance ; sg:target ?t .
  ?r dcterms:identifier ?rid ; sg:sourceName ?source ; dcterms:language ?lang ; dcterms:title ?title .
  BIND(REPLACE(STR(?k), "^.*#", "") AS ?kind)
  OPTIONAL { ?sp skos:prefLabel ?spl FILTER(LANGMATCHES(LANG(?spl), "en")) }
  BIND(COALESCE(?spl, STR(?sp)) AS ?speaker)
  OPTIONAL { ?t skos:prefLabel ?tl FILTER(LANGMATCHES(LANG(?tl), "en")) }
  BIND(COALESCE(?tl, STR(?t)) AS ?target)
  OPTIONAL { ?s sg:speakerRole/skos:prefLabel ?role FILTER(LANGMATCHES(LANG(?role), "en")) }
  OPTIONAL { ?s sg:audience/skos:prefLabel ?audience FILTER(LANGMATCHES(LANG(?audience), "en")) }
  OPTIONAL { ?s sg:topic/skos:prefLabel ?topicLabel FILTER(LANGMATCHES(LANG(?topicLabel), "en")) }
}
GROUP BY ?s ?rid ?source ?date ?lang ?title ?speaker ?role ?audience ?stance ?target ?kind ?quote ?confidence
ORDER BY ?date ?source ?s
"""


class Statgraph:
    """One store folder: its event log, its projection and the vocabulary it is read with."""

    def __init__(self, store: str | Path | None = None, *, settings: Settings | None = None) -> None:
        base = settings or Settings.from_env()
        self.settings = dataclasses.replace(base, store=Path(store)) if store is not None else base
        self.root = self.settings.store
        self.log_path = self.root / "events.log"
        self.projection_path = self.root / "projection"
        self._lock = FileLock(self.root / "lock", name=str(self.root))

    # ------------------------------------------------------------------ shared machinery

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.settings.ontology)

    @cached_property
    def extractor(self) -> Extractor:
        return Extractor(self.vocabulary)

    @cached_property
    def validator(self) -> Any:
        from .validation import Validator

        return Validator(self.settings.shapes, self.vocabulary.graph)

    def _recorder(self) -> FileRecorder:
        return FileRecorder(self.log_path)

    def _release_lookup(self, recorder: FileRecorder) -> Callable[[str], ReleaseRecorded | None]:
        def lookup(release_id: str) -> ReleaseRecorded | None:
            found = None
            for ev in recorder.read():
                if isinstance(ev, ReleaseRecorded) and ev.release_id == release_id:
                    found = ev
            return found

        return lookup

    @contextmanager
    def session(self, *, create: bool = False) -> Iterator[tuple[FileRecorder, OxigraphStore, Projector]]:
        """Lock the store, open the log and projection, and bring the projection up to the log."""
        if not create and not self.log_path.exists() and not self.projection_path.exists():
            raise NotFoundError(
                f"{self.root}: no statgraph store here; run 'statgraph load PATH' first or give --store"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        with self._lock.exclusive(timeout=LOCK_TIMEOUT):
            recorder = self._recorder()
            store = OxigraphStore(self.projection_path)
            try:
                projector = Projector(store, self.vocabulary, self._release_lookup(recorder))
                projector.ensure_vocabulary()
                if store.position() < recorder.head():
                    projector.apply(recorder.read(after=store.position()))
                yield recorder, store, projector
            finally:
                store.close()
                recorder.close()

    # ------------------------------------------------------------------ load

    def load(
        self,
        paths: Sequence[str | Path],
        *,
        dry_run: bool = False,
        on_file: Callable[[str, str], None] | None = None,
    ) -> LoadReport:
        """Read, extract, validate and record releases; each file's fate is reported through ``on_file``."""
        from .readers import iter_files, read_file

        report = LoadReport()
        note = on_file or (lambda source, outcome: None)
        with self.session(create=True) as (recorder, store, projector):
            known_sha: set[str] = set()
            latest_sha: dict[str, str] = {}
            for ev in recorder.read():
                if isinstance(ev, ReleaseRecorded):
                    known_sha.add(ev.sha256)
                    latest_sha[ev.release_id] = ev.sha256
            head = recorder.head()
            for item in iter_files([Path(p) for p in paths]):
                if isinstance(item, ReleaseError):
                    report.errors.append(item)
                    note(item.path, "error")
                    continue
                try:
                    releases = read_file(item, max_bytes=self.settings.max_bytes)
                except ReleaseError as exc:
                    report.errors.append(exc)
                    note(str(item), "error")
                    continue
                for release in releases:
                    if release.sha256 in known_sha:
                        report.unchanged.append(release.source)
                        note(release.source, "unchanged")
                        continue
                    statements = self.extractor.extract(release)
                    release = self._with_publisher(release, statements)
                    revision_of = latest_sha.get(release.release_id)
                    recorded = ReleaseRecorded.from_release(release, revision_of).with_seq(head + 1)
                    extracted = StatementsExtracted(
                        release_id=release.release_id,
                        sha256=release.sha256,
                        extractor=self.extractor.name,
                        extractor_version=self.extractor.version,
                        lexicon_hash=self.extractor.lexicon_hash,
                        statements=tuple(statements),
                    ).with_seq(head + 2)
                    assert isinstance(recorded, ReleaseRecorded) and isinstance(
                        extracted, StatementsExtracted
                    )
                    graph = build_graph(recorded, extracted)
                    violations = self.validator.violations(graph)
                    if violations:
                        report.rejected.append((release.source, violations))
                        note(release.source, "rejected")
                        continue
                    if not dry_run:
                        appended = recorder.append([recorded, extracted])
                        if appended[-1].seq != extracted.seq:  # someone appended without the store lock
                            projector.apply(recorder.read(after=store.position()))
                        else:
                            projector.apply_graph(release.release_id, graph, recorded, extracted)
                        head = appended[-1].seq
                    known_sha.add(release.sha256)
                    latest_sha[release.release_id] = release.sha256
                    (report.revised if revision_of else report.new).append(release.source)
                    report.statements += len(statements)
                    report.triples += len(graph)
                    note(release.source, "revised" if revision_of else "new")
            store.flush()
        return report

    def _with_publisher(self, release: Release, statements: list[Statement]) -> Release:
        """A web copy often does not name its publisher: take the organisation its main speaker
        speaks for, else the first organisation its title names."""
        if release.meta.publisher:
            return release
        vocab = self.vocabulary
        orgs: list[str] = []
        for st in statements:
            if st.speaker_role and st.speaker_role in vocab.entries:
                orgs.append(vocab.entries[st.speaker_role].organisation or "")
            entry = vocab.entries.get(st.speaker)
            orgs.append(entry.organisation or "" if entry else "")
        for m in self.extractor.mentions(release.meta.title):
            if m.kind in {"organisation", "body"}:
                orgs.append(m.iri)
            elif m.kind == "office":
                orgs.append(m.organisation or "")
        org = next((o for o in orgs if o), None)
        if org is None:
            return release
        meta = dataclasses.replace(release.meta, publisher=vocab.label(org, "en"))
        return dataclasses.replace(release, meta=meta)

    # ------------------------------------------------------------------ reading

    def statements(self, *, release: str | None = None) -> list[StatementRow]:
        with self.session() as (recorder, store, _):
            only = self._release_id(recorder, release) if release is not None else None
            text = _STATEMENTS_QUERY
            rows = []
            for sol in store.query(text, prefixes=PREFIXES):

                def v(name: str, sol: Any = sol) -> str:
                    term = sol[name]
                    return "" if term is None else str(term.value)

                if only is not None and v("rid") != only:
                    continue
                rows.append(
                    StatementRow(
                        id=v("s"),
                        source=v("source"),
                        release=v("rid"),
                        date=v("date"),
                        lang=v("lang"),
                        title=v("title"),
                        speaker=v("speaker"),
                        speaker_role=v("role"),
                        audience=v("audience"),
                        stance=v("stance"),
                        target=v("target"),
                        topics=tuple(sorted(t for t in v("topics").split("\u001f") if t)),
                        kind=v("kind"),
                        quote=v("quote"),
                        confidence=float(v("confidence") or 0),
                    )
                )
            return rows

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
        self, name_or_file: str, params: dict[str, str] | None = None, *, timeout: float | None = None
    ) -> Any:
        from .queries import bind, check_read_only, parse_query_file, run

        path = Path(name_or_file)
        if name_or_file.endswith(".rq") and path.exists():
            saved = parse_query_file(path)
        else:
            catalogue = self.catalogue()
            if name_or_file not in catalogue:
                known = ", ".join(sorted(catalogue)) or "none"
                raise NotFoundError(f"no saved query {name_or_file!r} (known: {known})")
            saved = catalogue[name_or_file]
        check_read_only(saved.text)
        bindings = bind(saved, params or {})
        with self.session() as (_, store, _p):
            return run(store.raw, saved, bindings, timeout=timeout)

    def export(self, fmt: str = "turtle", *, vocabulary: bool = True) -> bytes:
        with self.session() as (_, store, _p):
            graphs = [g for g in store.named_graphs() if g.startswith(release_iri(""))]
            if vocabulary:
                graphs.append(str(VOCABULARY_GRAPH))
            return store.dump(fmt, graphs=graphs, prefixes=PREFIXES)

    def events(
        self, *, types: Iterable[str] = (), release: str | None = None, after: int = 0
    ) -> Iterator[Event]:
        wanted = set(types)
        with self.session() as (recorder, _s, _p):
            rid = self._release_id(recorder, release) if release else None
            for ev in recorder.read(after=after):
                if wanted and ev.type not in wanted:
                    continue
                if rid and getattr(ev, "release_id", None) != rid:
                    continue
                yield ev

    def rebuild(self) -> int:
        """Replay the whole log into a fresh projection, then swap it in; returns the events replayed."""
        if not self.log_path.exists():
            raise NotFoundError(f"{self.root}: no event log to rebuild from")
        fresh = self.root / "projection.new"
        old = self.root / "projection.old"
        self.root.mkdir(parents=True, exist_ok=True)
        with self._lock.exclusive(timeout=LOCK_TIMEOUT):
            shutil.rmtree(fresh, ignore_errors=True)
            recorder = self._recorder()
            store = OxigraphStore(fresh)
            try:
                projector = Projector(store, self.vocabulary, self._release_lookup(recorder))
                projector.ensure_vocabulary()
                count = projector.apply(recorder.read())
            finally:
                store.close()
                recorder.close()
            shutil.rmtree(old, ignore_errors=True)
            if self.projection_path.exists():
                self.projection_path.rename(old)
            fresh.rename(self.projection_path)
            shutil.rmtree(old, ignore_errors=True)
        return count

    def validate(self) -> list[tuple[str, list[Violation]]]:
        """Check every release graph of the projection against the shapes again."""
        from rdflib import Graph

        problems = []
        with self.session() as (_, store, _p):
            for g in store.named_graphs():
                if not g.startswith(release_iri("")):
                    continue
                graph = Graph()
                graph.parse(data=store.graph_ntriples(g), format="nt")
                violations = self.validator.violations(graph)
                if violations:
                    problems.append((g, violations))
        return problems

    def check_log(self) -> LogReport:
        return self._recorder().check()

    def count(self) -> int:
        with self.session() as (_, store, _p):
            return sum(store.count(g) for g in store.named_graphs() if g.startswith(release_iri("")))


__all__ = ["LoadReport", "StatementRow", "Statgraph", "StatgraphError"]
