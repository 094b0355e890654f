"""Domain events: the facts the log records, and their JSON codec.

Events are frozen. A new event is made with ``seq=0``; the recorder gives it
its sequence number when it is appended (``with_seq``). ``SCHEMA_VERSION`` is
written into every event so a later statgraph can upcast old logs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .domain import Release, ReleaseMeta, Statement
from .errors import LogCorruptError

SCHEMA_VERSION = 1


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Event:
    type: ClassVar[str] = "Event"

    seq: int = 0
    id: str = field(default_factory=new_id)
    time: str = field(default_factory=utc_now)
    schema: int = SCHEMA_VERSION

    def with_seq(self, seq: int) -> Event:
        return dataclasses.replace(self, seq=seq)


@dataclass(frozen=True)
class ReleaseRecorded(Event):
    """A release's content, as read, entered the log."""

    type: ClassVar[str] = "ReleaseRecorded"

    release_id: str = ""
    source: str = ""
    sha256: str = ""
    format: str = ""
    raw: str = ""
    text: str = ""
    title: str = ""
    date: str = ""  # ISO date
    lang: str = ""
    lang_detected: bool = False
    publisher: str | None = None
    url: str | None = None
    updated: str | None = None
    revision_of: str | None = None  # sha256 of the content this one replaces
    inferred_publisher: str | None = None

    @classmethod
    def from_release(cls, release: Release, revision_of: str | None = None) -> ReleaseRecorded:
        m = release.meta
        return cls(
            release_id=release.release_id,
            source=release.source,
            sha256=release.sha256,
            format=release.format,
            raw=release.raw,
            text=release.text,
            title=m.title,
            date=m.date.isoformat(),
            lang=m.lang,
            lang_detected=release.lang_detected,
            publisher=m.publisher,
            url=m.url,
            updated=m.updated,
            revision_of=revision_of,
            inferred_publisher=release.inferred_publisher,
        )

    def to_release(self) -> Release:
        meta = ReleaseMeta(
            title=self.title,
            date=dt.date.fromisoformat(self.date),
            lang=self.lang,
            publisher=self.publisher,
            url=self.url,
            updated=self.updated,
        )
        return Release(
            source=self.source,
            raw=self.raw,
            text=self.text,
            meta=meta,
            format=self.format,
            lang_detected=self.lang_detected,
            inferred_publisher=self.inferred_publisher,
        )


@dataclass(frozen=True)
class StatementsExtracted(Event):
    """An extractor read a release and found these statements (possibly none)."""

    type: ClassVar[str] = "StatementsExtracted"

    release_id: str = ""
    sha256: str = ""  # the content that was read
    extractor: str = ""
    extractor_version: str = ""
    lexicon_hash: str = ""
    statements: tuple[Statement, ...] = ()


@dataclass(frozen=True)
class StatementRetracted(Event):
    """An analyst withdrew a statement; it stays in the log and in history, out of the current graph."""

    type: ClassVar[str] = "StatementRetracted"

    release_id: str = ""
    statement_id: str = ""
    reason: str = ""
    by: str = ""


@dataclass(frozen=True)
class StatementCorrected(Event):
    """An analyst replaced a statement by a corrected one."""

    type: ClassVar[str] = "StatementCorrected"

    release_id: str = ""
    statement_id: str = ""  # the statement corrected
    sha256: str = ""  # the release content the corrected statement's offsets point into
    statement: Statement | None = None
    reason: str = ""
    by: str = ""


@dataclass(frozen=True)
class StatementsAnnotated(Event):
    """An analyst wrote statements of a release by hand."""

    type: ClassVar[str] = "StatementsAnnotated"

    release_id: str = ""
    sha256: str = ""
    statements: tuple[Statement, ...] = ()
    reason: str = ""
    by: str = ""


EVENT_TYPES: dict[str, type[Event]] = {
    cls.type: cls
    for cls in (
        ReleaseRecorded,
        StatementsExtracted,
        StatementRetracted,
        StatementCorrected,
        StatementsAnnotated,
    )
}


_STATEMENT_FIELDS = tuple(f.name for f in dataclasses.fields(Statement))


def _statement_to_dict(s: Statement) -> dict[str, Any]:
    # Its fields are flat values and tuples: dataclasses.asdict's deep copy made encoding a load's
    # statements a third of the writer's time.
    d = {name: getattr(s, name) for name in _STATEMENT_FIELDS}
    d["date"] = s.date.isoformat()
    d["topics"] = list(s.topics)
    d["also"] = [list(span) for span in s.also]
    if not s.speaker_name:
        # Left out when empty, so the log of a speaker the vocabulary lists reads as before it existed.
        del d["speaker_name"]
    return d


def _statement_from_dict(d: dict[str, Any]) -> Statement:
    d = dict(d)
    d["date"] = dt.date.fromisoformat(d["date"])
    d["topics"] = tuple(d.get("topics", ()))
    d["also"] = tuple((int(a), int(b)) for a, b in d.get("also", ()))
    return Statement(**d)


def to_dict(event: Event) -> dict[str, Any]:
    d: dict[str, Any] = {"type": event.type}
    for f in dataclasses.fields(event):
        value = getattr(event, f.name)
        if f.name == "statements":
            value = [_statement_to_dict(s) for s in value]
        elif f.name == "statement" and value is not None:
            value = _statement_to_dict(value)
        d[f.name] = value
    return d


def from_dict(d: dict[str, Any]) -> Event:
    try:
        cls = EVENT_TYPES[d["type"]]
        kwargs = {k: v for k, v in d.items() if k != "type"}
        if "statements" in kwargs:
            kwargs["statements"] = tuple(_statement_from_dict(s) for s in kwargs["statements"])
        if kwargs.get("statement") is not None:
            kwargs["statement"] = _statement_from_dict(kwargs["statement"])
        return cls(**kwargs)
    except (KeyError, TypeError, ValueError) as exc:
        raise LogCorruptError(f"cannot decode event {str(d)[:120]!r}: {exc}") from exc


def encode(event: Event) -> str:
    """One event as compact JSON (no newline inside, so a log line is one event)."""
    return json.dumps(to_dict(event), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def decode(text: str) -> Event:
    try:
        d = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LogCorruptError(f"event is not JSON: {exc}") from exc
    if not isinstance(d, dict):
        raise LogCorruptError("event is not a JSON object")
    return from_dict(d)
