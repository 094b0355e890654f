"""What loads and lookups need from the event log, cached in SQLite beside the projection.

A load skips a file whose content was recorded before, under any release, in any revision, and
records a changed file as a revision of its release's latest content; a revision, retraction or
correction needs the state of one release, replayed from its events. Both used to decode the
whole log (19 s at 100k releases), before each load and for each release looked up. The index
keeps every recorded content hash, each release's latest hash and the byte offset of every
commit that holds an event of a release, with the log position and offset it has read up to;
it reads only the commits appended since (:meth:`FileRecorder.read_from`), and a release's
events are read from its own commits (:meth:`FileRecorder.read_commit`).

Like the rest of the projection folder it is a cache of the log: a missing or damaged file, or
a log that is not the one it was read from, is read again from the start.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import StoreError
from .eventlog import FileRecorder, LogOffsetMismatch
from .events import Event, ReleaseRecorded
from .sqlitecache import open_cache

FILE_NAME = "statgraph-log.sqlite"
_VERSION = "1"

_DROP = (
    "DROP TABLE IF EXISTS meta; "
    "DROP TABLE IF EXISTS recorded; "
    "DROP TABLE IF EXISTS latest; "
    "DROP TABLE IF EXISTS commits; "
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS recorded (sha256 TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS latest (release_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS commits (
  release_id TEXT NOT NULL, offset INTEGER NOT NULL, PRIMARY KEY (release_id, offset)
) WITHOUT ROWID;
"""


class LogIndex:
    """The log's content hashes and each release's commits; :meth:`catch_up` before reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = open_cache(path, schema=_SCHEMA, drop=_DROP, version=_VERSION)

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ reading the index

    def known(self) -> set[str]:
        """Every content hash the log recorded."""
        return {h for (h,) in self._db.execute("SELECT sha256 FROM recorded")}

    def latest(self) -> dict[str, str]:
        """Each release's latest content hash."""
        return dict(self._db.execute("SELECT release_id, sha256 FROM latest"))

    def events_of(self, recorder: FileRecorder, release_id: str) -> list[Event]:
        """The events of one release, in order, read from its commits only."""
        offsets = [
            o
            for (o,) in self._db.execute(
                "SELECT offset FROM commits WHERE release_id = ? ORDER BY offset", (release_id,)
            )
        ]
        out: list[Event] = []
        for offset in offsets:
            out += [e for e in recorder.read_commit(offset) if getattr(e, "release_id", None) == release_id]
        return out

    # ------------------------------------------------------------------ following the log

    def catch_up(self, recorder: FileRecorder) -> None:
        """Read what the log recorded since the index was last brought up to date."""
        meta = dict(self._db.execute("SELECT key, value FROM meta"))
        seq, offset = 0, 0
        if meta.get("version") == _VERSION and self._same_log(recorder, meta):
            seq, offset = int(meta["seq"]), int(meta["offset"])
        try:
            self._read(recorder, seq, offset, reset=seq == 0)
        except LogOffsetMismatch:
            self._read(recorder, 0, 0, reset=True)

    @staticmethod
    def _same_log(recorder: FileRecorder, meta: dict[str, str]) -> bool:
        """The log the index was read from: same file, and the last commit read is still there,
        ending with the same event (its id is random), so a log restored from another copy is
        not taken for it."""
        if meta.get("log") != str(recorder.path.resolve()) or meta.get("seq") in (None, "0"):
            return False
        try:
            last = recorder.read_commit(int(meta["last_start"]))
        except (LogOffsetMismatch, StoreError, KeyError, ValueError):
            return False
        return str(last[-1].seq) == meta["seq"] and last[-1].id == meta.get("last_id")

    def settle(self, recorder: FileRecorder, recorded: list[tuple[str, str, int]]) -> None:
        """After a load that held the store's lock: the (release id, content hash, commit offset)
        of what it recorded, and the log's end, so the next load reads nothing back. A wrong end
        is caught by the next :meth:`catch_up` (``read_from`` checks it), which reads the log again."""
        head = recorder.head()
        size = recorder.path.stat().st_size if recorder.path.exists() else 0
        last = None
        if recorder.last_commit_offset is not None:
            commit = recorder.read_commit(recorder.last_commit_offset)
            last = (recorder.last_commit_offset, commit[-1].id)
        with self._write():
            self._db.executemany(
                "INSERT OR IGNORE INTO recorded VALUES (?)", [(h,) for _r, h, _o in recorded]
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO latest VALUES (?, ?)", [(r, h) for r, h, _o in recorded]
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO commits VALUES (?, ?)", [(r, o) for r, _h, o in recorded]
            )
            self._position(recorder, head, size, last)

    def _read(self, recorder: FileRecorder, seq: int, offset: int, *, reset: bool) -> None:
        last: tuple[int, str] | None = None  # where the last commit read starts, its last event's id
        with self._write():
            if reset:
                for table in ("recorded", "latest", "commits"):
                    self._db.execute(f"DELETE FROM {table}")
            start = offset
            for event, end in recorder.read_from(offset, seq):
                release_id = getattr(event, "release_id", None)
                if isinstance(release_id, str):
                    self._db.execute("INSERT OR IGNORE INTO commits VALUES (?, ?)", (release_id, start))
                if isinstance(event, ReleaseRecorded):
                    self._db.execute("INSERT OR IGNORE INTO recorded VALUES (?)", (event.sha256,))
                    self._db.execute(
                        "INSERT OR REPLACE INTO latest VALUES (?, ?)", (event.release_id, event.sha256)
                    )
                if end is not None:
                    seq, offset, last = event.seq, end, (start, event.id)
                    start = end
            self._position(recorder, seq, offset, last)

    def _position(
        self, recorder: FileRecorder, seq: int, offset: int, last: tuple[int, str] | None
    ) -> None:
        values = [
            ("version", _VERSION),
            ("log", str(recorder.path.resolve())),
            ("seq", str(seq)),
            ("offset", str(offset)),
        ]
        if last is not None:
            values += [("last_start", str(last[0])), ("last_id", last[1])]
        self._db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values)

    @contextmanager
    def _write(self) -> Iterator[None]:
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException as exc:
            self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: cannot index the event log: {exc}") from exc
            raise
        self._db.execute("COMMIT")


@contextmanager
def log_index(path: Path, recorder: FileRecorder) -> Iterator[LogIndex]:
    """The index at ``path``, brought up to date with the log, closed afterwards."""
    index = LogIndex(path)
    try:
        index.catch_up(recorder)
        yield index
    finally:
        index.close()
