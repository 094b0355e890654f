"""The event log: the append-only, durable source of truth of a statgraph store.

A *recorder* stores events and gives each its sequence number. It follows the
recorders of pyeventsourcing/eventsourcing: one interface (:class:`Recorder`),
several backends (:class:`MemoryRecorder` for tests and dry runs,
:class:`FileRecorder`, the default durable one) and one contract test suite
that every backend passes (``tests/test_eventlog.py``).

File format of :class:`FileRecorder`
------------------------------------
A UTF-8 text file with one line per *commit* (one ``append`` call)::

    <crc32> <JSON array of events>\\n

* ``<crc32>`` is the CRC-32 (``zlib.crc32``) of the JSON text's UTF-8 bytes,
  written as exactly 8 lowercase hex digits, followed by one space.
* The JSON array holds the commit's events, each as :func:`statgraph.events.encode`
  writes it (``events.to_dict`` dumped with ``ensure_ascii=False``, compact
  separators, sorted keys). JSON escapes newlines and control characters and
  no UTF-8 multi-byte sequence contains the byte 0x0A, so the only newline
  byte of a commit is the one that ends it.
* Sequence numbers start at 1 and are contiguous across the whole file; a
  commit is never empty.

Writing. An append takes an exclusive ``flock`` on ``<log>.lock`` (its own
file, so a caller may also hold a store-wide lock), finds the head by reading
the file backwards from its end to the last complete line (the cost depends on
the size of the last commit, not of the log, and the head is cached, keyed by
the file's inode, size and mtime, since another process may have appended),
writes the whole line with one ``write`` on an ``O_APPEND`` descriptor and
``fsync``\\ s it before returning; the directory is fsynced too the first
time a recorder writes, so the file's name survives a power cut. An ``OSError``
while writing (disk full, permissions, I/O error) truncates the file back to
its size before the append and raises :class:`~statgraph.errors.StoreError`.

Torn tails. A writer killed inside ``write`` leaves a final line without its
newline; that commit was never reported as recorded. :meth:`FileRecorder.read`
ignores such a tail, and so does it a final line whose CRC does not match (a
torn write after a crash can also end in a newline of garbage). The next
append truncates a tail without a newline by itself, since it can only be an
interrupted append; a newline-terminated final line with a bad CRC is not
something a killed writer leaves, so append refuses it
(:class:`~statgraph.errors.LogCorruptError`) and :meth:`FileRecorder.repair`
removes it after taking a backup. A bad line anywhere *before* the last line
is corruption, never a torn tail: reading raises ``LogCorruptError`` naming
the line, and ``repair`` refuses, since truncating would drop committed events.

Reading streams the file line by line up to the size it had when the read
began, so a concurrent append is either wholly seen or not at all, and never
holds the whole log in memory.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import threading
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Protocol, runtime_checkable

from . import events as ev
from .errors import LogCorruptError, StoreError, StoreUnavailableError
from .events import Event
from .locking import FileLock

__all__ = ["FileRecorder", "LogReport", "MemoryRecorder", "Recorder"]

_HEX = frozenset(b"0123456789abcdef")
_CHUNK = 64 * 1024
# A log full of garbage would otherwise produce one problem per line.
_MAX_PROBLEMS = 50


@runtime_checkable
class Recorder(Protocol):
    """What the rest of statgraph needs from an event log."""

    def append(self, events: Sequence[Event]) -> list[Event]:
        """Record ``events`` as one atomic commit (all or none) and return them numbered.

        The events get ``seq = head + 1, head + 2, ...`` whatever seq they had.
        When ``append`` returns, the commit is durable. An empty batch records nothing.
        """
        ...

    def read(self, after: int = 0, upto: int | None = None) -> Iterator[Event]:
        """The events with ``after < seq <= upto`` (``upto=None``: to the end), in seq order."""
        ...

    def head(self) -> int:
        """The seq of the last recorded event; 0 when the log is empty."""
        ...

    def close(self) -> None:
        """Release what the recorder holds; it cannot be used afterwards."""
        ...


@dataclass
class LogReport:
    """What :meth:`FileRecorder.check` or :meth:`FileRecorder.repair` found.

    ``problems`` is empty for a sound log; a torn tail is listed there as well
    as counted in ``torn_tail_bytes``. After a repair, ``removed_bytes`` is how
    much was truncated and ``backup`` is the copy of the log taken first.
    """

    events: int = 0
    commits: int = 0
    torn_tail_bytes: int = 0
    problems: list[str] = field(default_factory=list)
    head: int = 0
    removed_bytes: int = 0
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_range(after: int, upto: int | None) -> None:
    if after < 0:
        raise ValueError(f"after must be >= 0, not {after}")
    if upto is not None and upto < 0:
        raise ValueError(f"upto must be >= 0 or None, not {upto}")


# --- the commit codec -------------------------------------------------------


def _encode_commit(batch: Sequence[Event]) -> bytes:
    parts: list[bytes] = []
    for event in batch:
        text = ev.encode(event)
        try:
            parts.append(text.encode("utf-8"))
        except UnicodeEncodeError as exc:
            # Lone surrogates (e.g. from a file decoded with surrogateescape) survive
            # json.dumps with ensure_ascii=False but have no UTF-8 form.
            raise StoreError(
                f"cannot record {event.type} {event.id}: its text holds a lone surrogate "
                f"({text[exc.start:exc.end]!r}), which is not valid Unicode; nothing was recorded"
            ) from exc
    payload = b"[" + b",".join(parts) + b"]"
    return b"%08x %s\n" % (zlib.crc32(payload), payload)


class _Unverified(Exception):
    """A line whose framing (CRC header) does not check out.

    At the end of the file that is a torn tail; anywhere else it is corruption.
    """


def _decode_commit(body: bytes, where: str) -> list[Event]:
    """Events of one line (without its newline); ``where`` names it in errors."""
    if len(body) < 10 or body[8:9] != b" " or not _HEX.issuperset(body[:8]):
        raise _Unverified("no CRC header")
    payload = body[9:]
    stored, actual = int(body[:8], 16), zlib.crc32(payload)
    if stored != actual:
        raise _Unverified(f"CRC mismatch (stored {stored:08x}, computed {actual:08x})")
    # From here on the record was written whole, so a failure is corruption.
    try:
        items = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise LogCorruptError(f"{where}: not a JSON array of events: {exc}") from exc
    if not isinstance(items, list) or not items:
        raise LogCorruptError(f"{where}: not a non-empty JSON array of events")
    out: list[Event] = []
    for item in items:
        if not isinstance(item, dict):
            raise LogCorruptError(f"{where}: an element of the commit is not a JSON object")
        try:
            out.append(ev.from_dict(item))
        except LogCorruptError as exc:
            raise LogCorruptError(f"{where}: {exc}") from exc
    first = out[0].seq
    if [e.seq for e in out] != list(range(first, first + len(out))) or first < 1:
        raise LogCorruptError(f"{where}: the seqs inside the commit are not contiguous from >= 1")
    return out


# --- memory -----------------------------------------------------------------


class MemoryRecorder:
    """A recorder in a list, for tests and dry runs.

    Each commit goes through the same codec as the file backend, so an event
    that could not be recorded to a file fails here too, and what is read back
    is what a file would give.
    """

    def __init__(self) -> None:
        self._events: list[Event] = []
        self._mutex = threading.Lock()
        self._closed = False

    def __repr__(self) -> str:
        return f"MemoryRecorder(head={len(self._events)})"

    def __enter__(self) -> MemoryRecorder:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _ensure_open(self) -> None:
        if self._closed:
            raise StoreError("the in-memory event log is closed")

    def append(self, events: Sequence[Event]) -> list[Event]:
        self._ensure_open()
        batch = list(events)
        if not batch:
            return []
        with self._mutex:
            head = len(self._events)
            numbered = [e.with_seq(head + i) for i, e in enumerate(batch, 1)]
            line = _encode_commit(numbered)
            self._events.extend(_decode_commit(line[:-1], "in-memory commit"))
        return numbered

    def read(self, after: int = 0, upto: int | None = None) -> Iterator[Event]:
        self._ensure_open()
        _check_range(after, upto)
        with self._mutex:
            # Seq n sits at index n - 1, so the slice is exactly after < seq <= upto.
            snapshot = self._events[after:upto]
        return iter(snapshot)

    def head(self) -> int:
        self._ensure_open()
        return len(self._events)

    def close(self) -> None:
        self._closed = True


# --- file -------------------------------------------------------------------


@dataclass(frozen=True)
class _Tail:
    head: int
    clean_size: int  # bytes up to and including the last valid line
    torn: int  # bytes after clean_size
    torn_has_newline: bool  # the torn part is a whole line failing its CRC, not an interrupted write


class LogOffsetMismatch(Exception):
    """An offset given to :meth:`FileRecorder.read_from` is not where the expected commit starts."""


class _Shrunk(Exception):
    """The file got shorter while we read it (a concurrent repair); read again."""


def _pread_exact(fd: int, n: int, offset: int) -> bytes:
    data = os.pread(fd, n, offset)
    if len(data) != n:
        raise _Shrunk
    return data


def _rfind_newline(fd: int, end: int) -> int:
    """Offset of the last b"\\n" before ``end``, or -1."""
    pos = end
    while pos > 0:
        n = min(_CHUNK, pos)
        pos -= n
        i = _pread_exact(fd, n, pos).rfind(b"\n")
        if i >= 0:
            return pos + i
    return -1


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _lines(f: BinaryIO, size: int, where: str) -> Iterator[tuple[int, int, bytes, bool, bool]]:
    """(line number, start offset, body without newline, has newline, is last) up to ``size``."""
    pos = 0
    lineno = 0
    while pos < size:
        try:
            line = f.readline(size - pos)
        except OSError as exc:
            raise StoreError(f"cannot read the event log {where}: {exc.strerror or exc}") from exc
        if not line:  # truncated under us by a repair of the torn tail
            return
        lineno += 1
        start = pos
        pos += len(line)
        complete = line.endswith(b"\n")
        # readline stops short of a newline only at the window's end or the file's end.
        yield lineno, start, line[:-1] if complete else line, complete, (not complete) or pos >= size


def _commit_or_torn_tail(body: bytes, complete: bool, last: bool, where: str) -> list[Event] | None:
    """The events of one line, or None for a torn tail (an append that never returned); a line
    that fails its check with lines after it is corruption."""
    try:
        if not complete:
            raise _Unverified("no newline")
        return _decode_commit(body, where)
    except _Unverified as exc:
        if last:
            return None
        raise LogCorruptError(
            f"{where}: {exc}; lines follow it, so this is corruption, not an interrupted append"
        ) from None


def _stat_key(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class FileRecorder:
    """The durable recorder: one line per commit in a text file (see the module docstring).

    Several FileRecorders, in one or many processes, may append to the same
    file; the lock on ``<path>.lock`` orders them. ``lock_timeout`` bounds the
    wait for that lock (None: wait forever).
    """

    def __init__(self, path: Path | str, *, lock_timeout: float | None = 30.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._lock = FileLock(self.path.with_name(self.path.name + ".lock"), name=str(self.path))
        # (stat key, head) of the file as this recorder last saw it with a clean tail.
        self._cache: tuple[tuple[int, int, int, int], int] | None = None
        self._dir_synced = False
        self._closed = False
        # Where this recorder's last append wrote its line: an index of the log (logindex.py)
        # reads that commit back from there.
        self.last_commit_offset: int | None = None

    def __repr__(self) -> str:
        return f"FileRecorder({str(self.path)!r})"

    def __enter__(self) -> FileRecorder:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        # Nothing stays open between calls: every call opens and closes its descriptors,
        # so a log replaced on disk (restored backup) is always the one used.
        self._closed = True
        self._cache = None

    def _ensure_open(self) -> None:
        if self._closed:
            raise StoreError(f"the event log {self.path} is closed")

    # -- writing --

    def append(self, events: Sequence[Event]) -> list[Event]:
        self._ensure_open()
        batch = list(events)
        if not batch:
            return []
        if not self.path.parent.is_dir():
            raise StoreUnavailableError(f"the directory of the event log {self.path} does not exist")
        with self._lock.exclusive(self.lock_timeout):
            fd, created = self._open_for_append()
            try:
                return self._append_locked(fd, created, batch)
            finally:
                os.close(fd)

    def _open_for_append(self) -> tuple[int, bool]:
        flags = os.O_RDWR | os.O_APPEND | os.O_CLOEXEC
        try:
            try:
                return os.open(self.path, flags), False
            except FileNotFoundError:
                # O_EXCL is race-free only because we hold the log lock; it tells us we
                # made the file, whose directory entry must then be fsynced.
                return os.open(self.path, flags | os.O_CREAT | os.O_EXCL, 0o644), True
        except OSError as exc:
            raise StoreUnavailableError(
                f"cannot open the event log {self.path} for writing: {exc.strerror or exc}"
            ) from exc

    def _append_locked(self, fd: int, created: bool, batch: list[Event]) -> list[Event]:
        try:
            tail = self._tail(fd)
        except _Shrunk as exc:  # impossible under the lock unless a non-statgraph tool truncates
            raise StoreError(f"the event log {self.path} changed while statgraph held its lock") from exc
        if tail.torn and tail.torn_has_newline:
            raise LogCorruptError(
                f"{self.path}: the last line fails its CRC check but is newline-terminated, which an "
                f"interrupted append does not leave; run a repair of the log (it keeps a backup)"
            )
        numbered = [e.with_seq(tail.head + i) for i, e in enumerate(batch, 1)]
        line = _encode_commit(numbered)
        base = tail.clean_size
        try:
            if tail.torn:
                # An append killed mid-write; it never returned, so no caller knows of it.
                os.ftruncate(fd, base)
            _write_all(fd, line)
            os.fsync(fd)
        except OSError as exc:
            self._cache = None
            self._roll_back(fd, base)
            raise StoreError(
                f"cannot append to the event log {self.path}: {exc.strerror or exc}; nothing was recorded"
            ) from exc
        self.last_commit_offset = base
        try:
            if created or not self._dir_synced:
                _fsync_dir(self.path.parent)
                self._dir_synced = True
            self._cache = (_stat_key(os.fstat(fd)), numbered[-1].seq)
        except OSError as exc:
            # The line itself is durable, but whether its name is cannot be said.
            raise StoreError(
                f"appended to the event log {self.path} but could not sync its directory: "
                f"{exc.strerror or exc}"
            ) from exc
        return numbered

    def _roll_back(self, fd: int, size: int) -> None:
        try:
            os.ftruncate(fd, size)
            os.fsync(fd)
        except OSError:
            # Whatever part of the line got written has no newline, so the next append
            # or a repair removes it as a torn tail; readers ignore it meanwhile.
            pass

    # -- the tail --

    def _tail(self, fd: int) -> _Tail:
        st = os.fstat(fd)
        if self._cache is not None and self._cache[0] == _stat_key(st):
            return _Tail(self._cache[1], st.st_size, 0, False)
        tail = self._scan_tail(fd, st.st_size)
        if not tail.torn:
            self._cache = (_stat_key(st), tail.head)
        return tail

    def _scan_tail(self, fd: int, size: int) -> _Tail:
        if size == 0:
            return _Tail(0, 0, 0, False)
        if _pread_exact(fd, 1, size - 1) == b"\n":
            end = size
        else:
            end = _rfind_newline(fd, size) + 1
            if end == 0:
                return _Tail(0, 0, size, False)
        start = _rfind_newline(fd, end - 1) + 1
        body = _pread_exact(fd, end - 1 - start, start)
        where = f"{self.path}: the commit at byte {start}"
        try:
            return _Tail(_decode_commit(body, where)[-1].seq, end, size - end, False)
        except _Unverified as exc:
            if end != size:
                raise LogCorruptError(f"{where}: {exc}, and more data follows it") from None
        # The last line is whole but fails its CRC: a torn tail as far as reading goes.
        if start == 0:
            return _Tail(0, 0, size, True)
        prev = _rfind_newline(fd, start - 1) + 1
        where = f"{self.path}: the commit at byte {prev}"
        try:
            last = _decode_commit(_pread_exact(fd, start - 1 - prev, prev), where)
        except _Unverified as exc:
            raise LogCorruptError(f"{where}: {exc}, and more data follows it") from None
        return _Tail(last[-1].seq, start, size - start, True)

    def head(self) -> int:
        self._ensure_open()
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return 0
        except OSError as exc:
            raise StoreUnavailableError(
                f"cannot open the event log {self.path}: {exc.strerror or exc}"
            ) from exc
        try:
            # No lock: appends only grow the file, and a concurrent truncation (of a
            # torn tail) only makes us look again.
            for _ in range(5):
                try:
                    return self._tail(fd).head
                except _Shrunk:
                    continue
            raise StoreError(f"the event log {self.path} kept changing while its head was read")
        except OSError as exc:
            raise StoreError(f"cannot read the event log {self.path}: {exc.strerror or exc}") from exc
        finally:
            os.close(fd)

    # -- reading --

    def _open_for_reading(self) -> BinaryIO | None:
        try:
            return open(self.path, "rb")  # the caller closes it with "with"
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreUnavailableError(
                f"cannot open the event log {self.path}: {exc.strerror or exc}"
            ) from exc

    def read(self, after: int = 0, upto: int | None = None) -> Iterator[Event]:
        self._ensure_open()
        _check_range(after, upto)  # here, not in the generator, so bad arguments fail at the call
        return self._read(after, upto)

    def _read(self, after: int, upto: int | None) -> Iterator[Event]:
        f = self._open_for_reading()
        if f is None:
            return
        with f:
            size = os.fstat(f.fileno()).st_size
            expected = 1
            for lineno, _start, body, complete, last in _lines(f, size, str(self.path)):
                if upto is not None and expected > upto:
                    return
                where = f"{self.path}: line {lineno}"
                commit = _commit_or_torn_tail(body, complete, last, where)
                if commit is None:
                    return
                if commit[0].seq != expected:
                    raise LogCorruptError(
                        f"{where}: seq {commit[0].seq} where {expected} was expected "
                        f"(seqs must be contiguous)"
                    )
                expected += len(commit)
                for event in commit:
                    if event.seq > after and (upto is None or event.seq <= upto):
                        yield event

    def read_from(self, offset: int, after: int) -> Iterator[tuple[Event, int | None]]:
        """The events after seq ``after``, read from byte ``offset``; the last event of each commit
        comes with the offset just past the commit (the others with None): a later call resumes
        from that event's seq and that offset, so a cache of the log reads only what was appended
        since (a full :meth:`read` decodes every commit, 19 s for 100k releases).

        ``offset`` must be where the commit holding seq ``after + 1`` starts, or the end of a log
        whose head is ``after``: an offset this method gave. Anything else (another log, a log
        restored from an older copy) raises :class:`LogOffsetMismatch` before any event is given.
        """
        self._ensure_open()
        _check_range(after, None)
        if offset < 0:
            raise LogOffsetMismatch(f"offset {offset} is negative")
        return self._read_from(offset, after)

    def _read_from(self, offset: int, after: int) -> Iterator[tuple[Event, int | None]]:
        f = self._open_for_reading()
        if f is None:
            if offset or after:
                raise LogOffsetMismatch(f"{self.path} does not exist")
            return
        with f:
            size = os.fstat(f.fileno()).st_size
            if offset > size or (offset and os.pread(f.fileno(), 1, offset - 1) != b"\n"):
                raise LogOffsetMismatch(f"byte {offset} of {self.path} does not start a commit")
            f.seek(offset)
            expected = after + 1
            for lineno, start, body, complete, last in _lines(f, size - offset, str(self.path)):
                where = f"{self.path}: line {lineno} after byte {offset}"
                commit = _commit_or_torn_tail(body, complete, last, where)
                if commit is None:
                    break
                if commit[0].seq != expected:
                    if expected == after + 1:
                        raise LogOffsetMismatch(f"byte {offset} of {self.path} holds seq {commit[0].seq}")
                    raise LogCorruptError(f"{where}: seq {commit[0].seq} where {expected} was expected")
                expected += len(commit)
                for event in commit[:-1]:
                    yield event, None
                yield commit[-1], offset + start + len(body) + 1
            if expected == after + 1 and self.head() != after:
                raise LogOffsetMismatch(f"{self.path} does not end at seq {after}")

    def read_commit(self, offset: int) -> list[Event]:
        """The events of the commit whose line starts at byte ``offset`` (an offset
        :meth:`read_from` or :attr:`last_commit_offset` gave); its CRC is checked."""
        self._ensure_open()
        f = self._open_for_reading()
        if f is None:
            raise LogOffsetMismatch(f"{self.path} does not exist")
        with f:
            if offset < 0 or (offset and os.pread(f.fileno(), 1, offset - 1) != b"\n"):
                raise LogOffsetMismatch(f"byte {offset} of {self.path} does not start a commit")
            f.seek(offset)
            try:
                line = f.readline()
            except OSError as exc:
                raise StoreError(f"cannot read the event log {self.path}: {exc.strerror or exc}") from exc
        where = f"{self.path}: the commit at byte {offset}"
        if not line.endswith(b"\n"):
            raise LogOffsetMismatch(f"{where} is not a whole line")
        try:
            return _decode_commit(line[:-1], where)
        except _Unverified as exc:
            raise LogCorruptError(f"{where}: {exc}") from None

    # -- checking and repairing --

    def check(self) -> LogReport:
        """Read the whole log and report what is wrong with it; never raises for bad content."""
        self._ensure_open()
        if not self.path.exists():
            return LogReport()
        with self._lock.shared(self.lock_timeout):
            report, _clean, _corrupt = self._inspect()
        return report

    def _inspect(self) -> tuple[LogReport, int, bool]:
        """The report, the size without the torn tail, and whether there is corruption before it."""
        report = LogReport()
        problems: list[str] = []
        corrupt = False
        f = self._open_for_reading()
        if f is None:
            return report, 0, False
        with f:
            size = os.fstat(f.fileno()).st_size
            clean = size
            # None after a corrupt line: the next good line restarts the count, so one bad
            # line is not reported again as a gap.
            expected: int | None = 1
            for lineno, start, body, complete, last in _lines(f, size, str(self.path)):
                where = f"line {lineno}"
                try:
                    if not complete:
                        raise _Unverified("no newline")
                    commit = _decode_commit(body, where)
                except _Unverified as exc:
                    if last:
                        clean = start
                        report.torn_tail_bytes = size - start
                        problems.append(
                            f"torn tail: the last {size - start} bytes ({where}) are an incomplete "
                            f"commit ({exc}); read() ignores them and repair() removes them"
                        )
                    else:
                        corrupt, expected = True, None
                        problems.append(f"{where}: {exc}, and lines follow it: corrupt")
                    continue
                except LogCorruptError as exc:
                    corrupt, expected = True, None
                    problems.append(f"{exc}: corrupt")
                    continue
                if expected is not None and commit[0].seq != expected:
                    corrupt = True
                    problems.append(
                        f"{where}: seqs {commit[0].seq}..{commit[-1].seq} where {expected} was expected"
                    )
                expected = commit[-1].seq + 1
                report.commits += 1
                report.events += len(commit)
                report.head = commit[-1].seq
        if len(problems) > _MAX_PROBLEMS:
            problems[_MAX_PROBLEMS:] = [f"... and {len(problems) - _MAX_PROBLEMS} more problems"]
        report.problems = problems
        return report, clean, corrupt

    def repair(self, backup_dir: Path | None = None) -> LogReport:
        """Truncate a torn tail after copying the log to ``backup_dir`` (default: beside it).

        Only an incomplete final commit is removed, never a complete one. Corruption
        before the last line raises :class:`LogCorruptError` and changes nothing.
        Without a torn tail, nothing is copied or changed. The returned report
        describes the log after the repair.
        """
        self._ensure_open()
        if not self.path.exists():
            return LogReport()
        with self._lock.exclusive(self.lock_timeout):
            report, clean, corrupt = self._inspect()
            if corrupt:
                listed = "; ".join(p for p in report.problems if not p.startswith("torn tail"))
                raise LogCorruptError(
                    f"{self.path} is corrupt before its last line, which truncation cannot repair "
                    f"(nothing was changed): {listed}"
                )
            removed = report.torn_tail_bytes
            if not removed:
                return report
            backup = self._backup(backup_dir)
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CLOEXEC)
                try:
                    os.ftruncate(fd, clean)
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError as exc:
                raise StoreError(
                    f"cannot truncate the torn tail of {self.path}: {exc.strerror or exc}; "
                    f"a backup is at {backup}"
                ) from exc
            self._cache = None
        report.torn_tail_bytes = 0
        report.problems = []
        report.removed_bytes = removed
        report.backup = backup
        return report

    def _backup(self, backup_dir: Path | None) -> Path:
        directory = Path(backup_dir) if backup_dir is not None else self.path.parent
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        try:
            directory.mkdir(parents=True, exist_ok=True)
            target = directory / f"{self.path.name}.{stamp}.bak"
            n = 1
            while target.exists():
                target = directory / f"{self.path.name}.{stamp}-{n}.bak"
                n += 1
            shutil.copyfile(self.path, target)
            # The truncation that follows must not outlive the copy in a power cut.
            fd = os.open(target, os.O_RDONLY | os.O_CLOEXEC)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            _fsync_dir(directory)
        except OSError as exc:
            raise StoreError(
                f"cannot back up the event log {self.path} to {directory}: {exc.strerror or exc}; "
                f"nothing was changed"
            ) from exc
        return target
