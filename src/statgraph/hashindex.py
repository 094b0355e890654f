"""The content hashes the event log has recorded, cached in SQLite beside the projection.

A load skips a file whose content was recorded before, under any release, in any revision, and
records a changed file as a revision of its release's latest content. Both need every
``ReleaseRecorded`` event of the log; decoding the whole log for them took 19 s at 100k
releases, before each load. The cache keeps them with the log position and byte offset it has
read up to, and reads only the commits appended since (:meth:`FileRecorder.read_from`).

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
from .events import ReleaseRecorded

FILE_NAME = "statgraph-hashes.sqlite"
_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS recorded (sha256 TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS latest (release_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL) WITHOUT ROWID;
"""


class RecordedHashes:
    """``known``: every content hash recorded; ``latest``: each release's latest one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = self._open(path)
        except sqlite3.DatabaseError:
            path.unlink(missing_ok=True)  # a damaged cache: read the log again
            self._db = self._open(path)
        self.known: set[str] = set()
        self.latest: dict[str, str] = {}

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        return db

    def close(self) -> None:
        self._db.close()

    def catch_up(self, recorder: FileRecorder) -> None:
        """Read what the log recorded since the last call, and fill ``known`` and ``latest``."""
        meta = dict(self._db.execute("SELECT key, value FROM meta"))
        seq, offset = 0, 0
        if meta.get("version") == _VERSION and str(meta.get("log", "")) == str(recorder.path.resolve()):
            seq, offset = int(meta.get("seq", 0)), int(meta.get("offset", 0))
        try:
            self._read(recorder, seq, offset, reset=seq == 0)
        except LogOffsetMismatch:
            self._read(recorder, 0, 0, reset=True)
        self.known = {h for (h,) in self._db.execute("SELECT sha256 FROM recorded")}
        self.latest = dict(self._db.execute("SELECT release_id, sha256 FROM latest"))

    def settle(self, recorder: FileRecorder, recorded: list[tuple[str, str]]) -> None:
        """After a load that held the store's lock: the (release id, hash) pairs it recorded, and
        the log's end, so the next load reads nothing back. A wrong end is caught by the next
        :meth:`catch_up` (``read_from`` checks it), which then reads the log again."""
        head, size = recorder.head(), recorder.path.stat().st_size if recorder.path.exists() else 0
        with self._write():
            self._db.executemany("INSERT OR IGNORE INTO recorded VALUES (?)", [(h,) for _r, h in recorded])
            self._db.executemany("INSERT OR REPLACE INTO latest VALUES (?, ?)", recorded)
            self._position(recorder, head, size)

    def _position(self, recorder: FileRecorder, seq: int, offset: int) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)",
            [
                ("version", _VERSION),
                ("log", str(recorder.path.resolve())),
                ("seq", str(seq)),
                ("offset", str(offset)),
            ],
        )

    @contextmanager
    def _write(self) -> Iterator[None]:
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException as exc:
            self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: cannot cache the recorded content hashes: {exc}") from exc
            raise
        self._db.execute("COMMIT")

    def _read(self, recorder: FileRecorder, seq: int, offset: int, *, reset: bool) -> None:
        with self._write():
            if reset:
                self._db.execute("DELETE FROM recorded")
                self._db.execute("DELETE FROM latest")
            for event, end in recorder.read_from(offset, seq):
                if isinstance(event, ReleaseRecorded):
                    self._db.execute("INSERT OR IGNORE INTO recorded VALUES (?)", (event.sha256,))
                    self._db.execute(
                        "INSERT OR REPLACE INTO latest VALUES (?, ?)", (event.release_id, event.sha256)
                    )
                if end is not None:
                    seq, offset = event.seq, end
            self._position(recorder, seq, offset)
