"""The SQLite files the projection folder keeps beside Oxigraph (keyindex.py, logindex.py).

Both are caches that record what they reflect and are filled again when out of step, so they
need no fsync of their own (WAL keeps a file sound across a crash), and a damaged file or one
made by another version of statgraph is simply started afresh.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_cache(
    path: Path | None, *, schema: str, drop: str, version: str, any_thread: bool = False
) -> sqlite3.Connection:
    """The cache at ``path`` (None: in memory) with ``schema``; its tables are dropped and made
    again when its ``meta`` table names another ``version``, and a damaged file is deleted.
    ``any_thread``: the connection may be used by another thread than the one that opened it (one
    at a time: the caller sees to that)."""
    try:
        return _open(path, schema, drop, version, any_thread)
    except sqlite3.DatabaseError:
        if path is None:
            raise
        path.unlink(missing_ok=True)
        return _open(path, schema, drop, version, any_thread)


def _open(path: Path | None, schema: str, drop: str, version: str, any_thread: bool) -> sqlite3.Connection:
    where = str(path) if path else ":memory:"
    db = sqlite3.connect(where, isolation_level=None, check_same_thread=not any_thread)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(schema)
    found = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    if found is not None and found[0] != version:
        # Made by another version of statgraph, whose tables may differ: start afresh.
        db.executescript(drop)
        db.executescript(schema)
    return db
