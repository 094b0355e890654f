"""Reading, extraction and the SHACL check of one file: the part of a load that runs in parallel.

``Preparer.prepare(path)`` is pure work on one file, the same in the main process
(``--jobs 1``) and in worker processes (``--jobs N``), so both give the same result; the
writer (``Statgraph.load``) then appends and projects the prepared releases in file order.
"""

from __future__ import annotations

import dataclasses
import re
from collections import deque
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib.namespace import XSD

from .config import Settings
from .domain import Release, Statement
from .errors import ReleaseError, Violation
from .events import ReleaseRecorded, StatementsExtracted
from .extraction import Extractor
from .namespaces import SG
from .projection import ReleaseState, build_terms
from .vocabulary import Vocabulary, load_vocabulary

if TYPE_CHECKING:
    from .readers import PageWords


@dataclass(frozen=True)
class Prepared:
    release: Release
    statements: tuple[Statement, ...]
    violations: tuple[Violation, ...] | None  # None: not validated here, the writer validates
    warnings: tuple[str, ...] = ()
    # The events and the graph validated here, numbered 1 and 2 (see ``numbered``).
    events: tuple[ReleaseRecorded, StatementsExtracted] | None = None
    ntriples: bytes = b""
    triples: int = 0

    def numbered(self, seq: int) -> tuple[ReleaseRecorded, StatementsExtracted, bytes] | None:
        """The events and N-Triples as if built with ``seq`` and ``seq + 1``; None if not prepared.

        The event numbers are the only part of a release's graph a worker cannot know: they stand
        in two ``sg:eventSeq`` triples, and renumbering them keeps the lines sorted (each is the
        only line of its subject and predicate).
        """
        if self.events is None:
            return None
        recorded, extracted = self.events
        found = []

        def renumber(m: re.Match[bytes]) -> bytes:
            found.append(m.group(1))
            return m.group(0).replace(b'"' + m.group(1) + b'"', b'"%d"' % (seq - 1 + int(m.group(1))))

        # Line by line, the expression tried only on the lines naming the predicate: over the whole
        # text, in multi-line mode, it tried every position of the release's text literal.
        lines = self.ntriples.split(b"\n")
        for i, line in enumerate(lines):
            if _EVENT_SEQ_IRI in line and (m := _EVENT_SEQ.fullmatch(line)):
                lines[i] = renumber(m)
        data = b"\n".join(lines)
        if sorted(found) != [b"1", b"2"]:
            return None
        new_recorded = recorded.with_seq(seq)
        new_extracted = extracted.with_seq(seq + 1)
        assert isinstance(new_recorded, ReleaseRecorded) and isinstance(new_extracted, StatementsExtracted)
        return new_recorded, new_extracted, data


_EVENT_SEQ_IRI = str(SG.eventSeq).encode()
_EVENT_SEQ = re.compile(
    rb"<[^>]+> <" + re.escape(_EVENT_SEQ_IRI) + rb'> "([12])"\^\^<'
    + re.escape(str(XSD.integer).encode()) + rb"> \."
)


@dataclass(frozen=True)
class FileResult:
    path: str
    prepared: tuple[Prepared, ...] = ()
    error: ReleaseError | None = None
    # Content hashes the caller already has: those releases are reported unchanged, not prepared.
    unchanged: tuple[str, ...] = field(default=())


class Preparer:
    def __init__(self, vocabulary: Vocabulary, extractor: Extractor, validator: Any, max_bytes: int) -> None:
        self.vocabulary = vocabulary
        self.extractor = extractor
        self.validator = validator
        self.max_bytes = max_bytes
        self.page = page_words(vocabulary)

    def prepare(
        self, path: Path, known: AbstractSet[str] = frozenset(), *, validate: bool = True
    ) -> FileResult:
        from .readers import read_file

        try:
            releases = read_file(path, max_bytes=self.max_bytes, page=self.page)
        except ReleaseError as exc:
            return FileResult(str(path), error=exc)
        prepared = []
        unchanged = []
        for release in releases:
            if release.sha256 in known:
                unchanged.append(release.source)
                continue
            prepared.append(self.prepare_release(release, validate=validate))
        return FileResult(str(path), tuple(prepared), unchanged=tuple(unchanged))

    def prepare_release(self, release: Release, *, validate: bool = True) -> Prepared:
        statements = tuple(self.extractor.extract(release))
        warnings = []
        if release.meta.lang not in self.extractor.languages:
            known = ", ".join(sorted(self.extractor.languages))
            warnings.append(
                f"{release.source}: language {release.meta.lang!r} is not one the extractor "
                f"reads ({known}): recorded with no statements"
            )
        release = self.with_publisher(release, statements)
        if not validate:
            return Prepared(release, statements, None, tuple(warnings))
        # In a worker the graph is built with stand-in event numbers, which the shapes do not
        # constrain: the writer renumbers it (Prepared.numbered).
        recorded, extracted = self.events(release, statements, seq=1)
        violations, ntriples, count = checked_graph(self.validator, ReleaseState(recorded, extracted))
        return Prepared(
            release,
            statements,
            tuple(violations),
            tuple(warnings),
            events=(recorded, extracted),
            ntriples=ntriples,
            triples=count,
        )

    def events(
        self, release: Release, statements: Sequence[Statement], *, seq: int, revision_of: str | None = None
    ) -> tuple[ReleaseRecorded, StatementsExtracted]:
        recorded = ReleaseRecorded.from_release(release, revision_of).with_seq(seq)
        extracted = StatementsExtracted(
            release_id=release.release_id,
            sha256=release.sha256,
            extractor=self.extractor.name,
            extractor_version=self.extractor.version,
            lexicon_hash=self.extractor.lexicon_hash,
            statements=tuple(statements),
        ).with_seq(seq + 1)
        assert isinstance(recorded, ReleaseRecorded) and isinstance(extracted, StatementsExtracted)
        return recorded, extracted

    def with_publisher(self, release: Release, statements: Sequence[Statement]) -> Release:
        """A web copy often does not name its publisher: take the organisation its main speaker is or
        speaks for (the extractor reads the site's name above a page's title as its publisher's),
        else the first organisation its title names, else the first one the lines above its first
        paragraph name ("Actualités - SPF Affaires étrangères", "Press release - UNICEF"),
        else the publisher part of a file named as the corpus names them
        (``2020-08-05_be-diplomatie_fr_….txt``)."""
        if release.meta.publisher:
            return release
        vocab = self.vocabulary
        orgs: list[str] = []
        for st in statements:
            if st.speaker_role and st.speaker_role in vocab.entries:
                orgs.append(vocab.entries[st.speaker_role].organisation or "")
            entry = vocab.entries.get(st.speaker)
            if entry is not None and entry.kind == "organisation":
                orgs.append(entry.iri)  # an organisation speaking (a ministry) publishes its text itself
            else:
                orgs.append(entry.organisation or "" if entry else "")
        for text in (release.meta.title, *_head_lines(release.text)):
            for m in self.extractor.mentions(text):
                if m.kind in {"organisation", "body"}:
                    orgs.append(m.iri)
                elif m.kind in {"office", "person"}:
                    # "Sebastian Kurz: meeting in Brussels": whom the person named speaks for.
                    orgs.append(m.organisation or "")
        org = next((o for o in orgs if o), None)
        # Kept apart from the metadata read from the file: it changes neither the release's
        # identity nor what the extractor reads, and the graph says it was inferred.
        if org is not None:
            return dataclasses.replace(release, inferred_publisher=vocab.label(org, "en"))
        named = _PUBLISHER_IN_NAME.match(Path(release.source.split("#", 1)[0]).name)
        if named is not None:
            return dataclasses.replace(release, inferred_publisher=named.group(1))
        return release


# "2020-08-05_be-diplomatie_fr_explosions-beyrouth.txt": date, publisher, language, subject.
_PUBLISHER_IN_NAME = re.compile(r"\d{4}-\d{2}-\d{2}_([a-z0-9][a-z0-9.-]*)_[a-z]{2}_")
def page_words(vocabulary: Vocabulary) -> PageWords:
    """What a copied page prints around its title, from the vocabulary: the labels of the
    ``page-labels`` list and the names of organisations and bodies (a site's name)."""
    from .readers import PageWords, page_key

    labels = {page_key(w) for words in vocabulary.wordlists.get("page-labels", {}).values() for w in words}
    names = {
        page_key(label)
        for entry in vocabulary.entries.values()
        if entry.kind in {"organisation", "body"}
        for values in entry.labels.values()
        for label in values
    }
    return PageWords(frozenset(labels - {""}), frozenset(names - {""}))


# The lines above the first paragraph that may name a publisher: a dateline, a rubric.
_HEAD_LINES = 4
_HEAD_LINE_CHARS = 200


def _head_lines(text: str) -> list[str]:
    """The short lines that open a text, up to its first long one (a paragraph)."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) > _HEAD_LINE_CHARS or len(lines) >= _HEAD_LINES:
            break
        lines.append(line)
    return lines


def checked_graph(validator: Any, state: ReleaseState) -> tuple[list[Violation], bytes, int]:
    """The violations of a state's graph, its N-Triples (b"" when it has violations) and its size.

    A load's release (a release and its extraction) is built as TermTriples, which the turbo engine
    takes without rdflib terms: when it conforms, that is all. Any other graph, one the engine
    rejects or one another engine must check is built as rdflib terms and validated as before,
    so a rejected release's violations are what ``violations`` reports.
    """
    # Only pyshacl-turbo takes TermTriples: under pyshacl they would be built for nothing.
    terms = build_terms(state) if validator.engine == "turbo" else None
    if terms is not None and validator.conforms_terms(terms):
        return [], terms.ntriples(), len(terms)
    triples = state.triples()
    violations = list(validator.violations(triples))
    return violations, b"" if violations else triples.ntriples(), len(triples)


_WORKER: Preparer | None = None
_KNOWN: frozenset[str] = frozenset()


def _init_worker(settings: Settings, known: frozenset[str]) -> None:
    global _WORKER, _KNOWN
    _KNOWN = known
    from .validation import Validator

    vocabulary = load_vocabulary(settings.ontology)
    validator = Validator(settings.shapes, vocabulary.graph, engine=settings.shacl_engine)
    _WORKER = Preparer(vocabulary, Extractor(vocabulary), validator, settings.max_bytes)


def _prepare_in_worker(path: Path) -> FileResult:
    assert _WORKER is not None
    return _WORKER.prepare(path, _KNOWN)


def prepare_all(
    preparer: Preparer, settings: Settings, paths: Sequence[Path], known: frozenset[str], jobs: int
) -> Iterator[FileResult]:
    """Prepared files in the order given; with ``jobs`` > 1, in that many worker processes."""
    if jobs <= 1 or len(paths) < 2:
        seen = set(known)
        for path in paths:
            # The same content twice in one load (copies in two folders) is prepared once.
            # One process: the writer validates the graph it builds, so it is built once.
            result = preparer.prepare(path, seen, validate=False)
            seen.update(p.release.sha256 for p in result.prepared)
            yield result
        return
    window = jobs * 16
    # The hashes already recorded go to each worker once, not with every file.
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings, known)) as pool:
        # Results come back in file order, so the log is the same as with one process; at most a
        # window of files is in flight, so memory stays flat however large the corpus.
        pending: deque[Future[FileResult]] = deque()
        for path in paths:
            pending.append(pool.submit(_prepare_in_worker, path))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
