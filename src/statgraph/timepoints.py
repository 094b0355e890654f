"""Points of the log's record time: a sequence number, or a date or time (ISO 8601).

``--as-of 12`` means "after event 12"; ``--as-of 2026-11-26`` means "as the graph
stood at the end of that day (UTC)"; ``--as-of 2026-11-26T14:30`` the same at that
minute. Times without a zone are UTC, the zone the log writes.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from .errors import InputError
from .events import Event


class _Log(Protocol):
    def head(self) -> int: ...

    def read(self, after: int = 0, upto: int | None = None) -> object: ...


def parse_time(text: str, *, end_of_day: bool = True) -> dt.datetime:
    text = str(text).strip()
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            moment = dt.time.max if end_of_day else dt.time.min
            return dt.datetime.combine(day, moment, tzinfo=dt.timezone.utc)
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(
            f"{text!r} is not an event number or an ISO date or time (2026-11-26T14:30)"
        ) from exc
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def resolve_point(log: _Log, point: str | int) -> int:
    """The sequence number of the last event at or before ``point``."""
    head = log.head()
    if isinstance(point, int) or str(point).strip().isdigit():
        seq = int(point)
        if seq > head:
            raise InputError(f"event {seq} is not in the log yet (the last is {head})")
        return seq
    moment = parse_time(str(point))
    seq = 0
    events: object = log.read()
    for ev in events:  # type: ignore[attr-defined]
        assert isinstance(ev, Event)
        if parse_time(ev.time) > moment:
            break
        seq = ev.seq
    return seq
