"""The domain: plain, frozen data that every other module passes around.

Nothing here touches a file, a graph or a store. Identifiers of vocabulary
entries (speakers, offices, stance types, targets, topics, audiences) are IRIs
as strings, so the same statement found in a French and an English release
compares equal on (speaker, stance, target).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Literal

Kind = Literal["direct", "indirect"]

STANCE_SLUGS = ("supports", "welcomes", "calls-for", "condemns", "rejects", "concerned", "commits", "warns")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_hash(*parts: str, length: int = 16) -> str:
    """A stable id from parts; the separator cannot occur in text so ("a b", "c") != ("a", "b c")."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class ReleaseMeta:
    """What a reader found about a release besides its text."""

    title: str
    date: dt.date
    lang: str
    publisher: str | None = None
    url: str | None = None
    updated: str | None = None  # ISO 8601 local date-time of the "last updated" line, as printed


@dataclass(frozen=True)
class Release:
    """One press release as read from a file.

    ``raw`` is the decoded content of the file (what the log keeps); ``text`` is
    the body the extractor reads and evidence offsets point into.
    """

    source: str  # the file's name, or "name#n" for the n-th record of a JSON Lines file
    raw: str
    text: str
    meta: ReleaseMeta
    format: str  # web-copy | front-matter | text | json | jsonl | html
    lang_detected: bool = False
    inferred_publisher: str | None = None  # when the file names none: whom its speakers speak for

    @property
    def sha256(self) -> str:
        return sha256_text(self.raw)

    @property
    def identity(self) -> str:
        """What makes two loads the same release (a later one with new text is a revision)."""
        if self.meta.url:
            return "url:" + self.meta.url
        return "|".join(("meta", self.meta.publisher or "", self.meta.title, self.meta.date.isoformat()))

    @property
    def release_id(self) -> str:
        return short_hash(self.identity)


@dataclass(frozen=True)
class Statement:
    """One stance one speaker takes in one release (see the annotation guide)."""

    release_id: str
    speaker: str  # actor IRI
    stance: str  # stance slug
    target: str  # IRI of an actor or topic
    kind: Kind
    quote: str  # exactly release.text[start:end]
    start: int
    end: int
    date: dt.date
    lang: str
    speaker_role: str | None = None  # office IRI
    audience: str | None = None  # audience IRI
    topics: tuple[str, ...] = ()
    confidence: float = 0.5
    rule: str = ""
    cue: str = ""  # the lexicon entry (cue word) that fired
    origin: str = ""  # the id of the analyst's event that wrote it; "" for the extractor's
    also: tuple[tuple[int, int], ...] = ()  # further spans of the release that make the same statement
    speaker_name: str = ""  # the name as written, when the vocabulary does not list the speaker

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Every span of evidence, the main one first."""
        return ((self.start, self.end), *self.also)

    @property
    def statement_id(self) -> str:
        """Stable across re-extractions: the same (speaker, stance, target) in a release is one statement.
        An analyst's statement is its own, even when it says what the extractor said."""
        parts = [self.release_id, self.speaker, self.stance, self.target]
        if self.origin:
            parts.append(self.origin)
        return short_hash(*parts)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.speaker, self.stance, self.target)
