"""French and English calendar dates found in running text.

Hand-written regexes rather than dateparser: releases print dates in a handful
of forms ("18 Nov. 2014", "1er mars 2015", "November 18, 2014", "2014-11-18"),
and a general parser guesses too eagerly (a bare "mardi" or "5 février" would
become some date in the current year, which is worse than no date).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["DateMatch", "find_date", "find_numeric_date", "find_updated", "parse_date"]

# Years outside this range are ids or references ("1114-06-06-2018"), not the
# day a release was issued.
MIN_YEAR = 1900
MAX_YEAR = 2199

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv",
        "february feb febr février fevrier févr fevr fév fev",
        "march mar mars",
        "april apr avril avr",
        "may mai",
        "june jun juin",
        "july jul juillet juil",
        "august aug août aout aoû aou",
        "september sep sept septembre",
        "october oct octobre",
        "november nov novembre",
        "december dec décembre decembre déc",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

# Longest first so "sept" is not cut to "sep" and "juillet" not to "juil".
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# The month word must end there: "mar" must not match the start of "market".
_MONTH_RE = rf"(?P<month>{_MONTH})(?![^\W\d_])\.?"
_MONTH2_RE = rf"(?P<month2>{_MONTH})(?![^\W\d_])\.?"
# A year may be glued to a following time ("6 juin 201819:35" on mid.ru pages),
# but not to any other digit.
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}[:h]\d{2}(?!\d)))"
_ORDINAL = r"(?:er|re|st|nd|rd|th)?"

_DATE_RE = re.compile(
    "|".join(
        (
            r"(?<!\d)(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)",
            rf"(?<!\w)(?P<day>\d{{1,2}}){_ORDINAL}[\s\-]+{_MONTH_RE},?[\s\-]+(?P<year>\d{{4}}){_YEAR_END}",
            rf"(?<!\w){_MONTH2_RE}\s+(?P<day2>\d{{1,2}}){_ORDINAL}(?!\d),?\s+(?P<year2>\d{{4}}){_YEAR_END}",
        )
    ),
    re.IGNORECASE,
)
_PARTIAL_RE = re.compile(
    rf"(?<!\w)(?P<day>\d{{1,2}}){_ORDINAL}[\s\-]+{_MONTH_RE}(?![\s\-,]*\d)", re.IGNORECASE
)
_TIME_RE = re.compile(
    r"\s*(?:[,\-–—]\s*|à\s+|at\s+)?(?P<h>\d{1,2})\s*[:h]\s*(?P<m>\d{2})(?!\d)", re.IGNORECASE
)
_UPDATED_RE = re.compile(
    r"(?:last\s+(?:updated|modified)|mise?\s+[àa]\s+jour|updated\s*(?=:))(?:\s+(?:le|on))?\s*:?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    """A date and where it was printed, so a caller can read what follows it (a time)."""

    date: dt.date
    start: int
    end: int


def _month_number(word: str) -> int:
    return _MONTHS[word.lower()]


def _make_date(year: str, month: int | str, day: str) -> dt.date | None:
    y = int(year)
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return dt.date(y, int(month), int(day))
    except ValueError:  # 31 Feb, month 13: printed, but not a day on the calendar
        return None


def find_date(text: str) -> DateMatch | None:
    """The first full date (day, month and year) printed in ``text``.

    ``text`` should already be NFC-normalised: spans index into it as given.
    """
    for m in _DATE_RE.finditer(text):
        if m.group("iy"):
            found = _make_date(m.group("iy"), m.group("im"), m.group("id"))
        elif m.group("day"):
            found = _make_date(m.group("year"), _month_number(m.group("month")), m.group("day"))
        else:
            found = _make_date(m.group("year2"), _month_number(m.group("month2")), m.group("day2"))
        if found is not None:
            return DateMatch(found, m.start(), m.end())
    return None


# A date in figures: "14.07.2015", "11/08/2014", "14-07-2015" (not part of a longer number, path or version).
_NUMERIC_RE = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/-]|\.\d)"
)


def find_numeric_date(text: str, *, hint: dt.date | None = None) -> dt.date | None:
    """The first date printed in figures in ``text``, day first ("14.07.2015", "Berne, 07.10.2023",
    "Strasbourg, 11/08/2014") as European sites print them. Month first ("07/31/2015") where day
    first is no date, or where ``hint`` (a date known otherwise, such as a file name's) is the
    month-first reading and not the day-first one."""
    for m in _NUMERIC_RE.finditer(text):
        day_first = _make_date(m.group("y"), m.group("b"), m.group("a"))
        month_first = _make_date(m.group("y"), m.group("a"), m.group("b"))
        if hint is not None and month_first == hint and day_first != hint:
            return month_first
        found = day_first or month_first
        if found is not None:
            return found
    return None


def parse_date(text: str, *, year: int | None = None) -> dt.date | None:
    """The first French or English date in ``text``, or None.

    A day and month without a year ("le 5 février") is a date only when the
    caller knows the year from context and passes it as ``year``.
    """
    text = unicodedata.normalize("NFC", text)
    found = find_date(text)
    if found is not None:
        return found.date
    if year is None:
        return None
    for m in _PARTIAL_RE.finditer(text):
        partial = _make_date(str(year), _month_number(m.group("month")), m.group("day"))
        if partial is not None:
            return partial
    return None


def find_updated(line: str) -> str | None:
    """The ISO local date-time of a "Last updated: 31 Oct. 2014 14:30" line, as printed.

    Only the date when no time follows it; None when the line is not such a line.
    """
    line = unicodedata.normalize("NFC", line)
    label = _UPDATED_RE.search(line)
    if label is None:
        return None
    found = find_date(line[label.end() :])
    # The date must follow the label: "was updated on 3 May" in prose is not the page's stamp.
    if found is None or found.start != 0:
        return None
    rest = line[label.end() + found.end :]
    time = _TIME_RE.match(rest)
    if time is not None:
        hour, minute = int(time.group("h")), int(time.group("m"))
        if hour < 24 and minute < 60:
            return f"{found.date.isoformat()}T{hour:02d}:{minute:02d}"
    return found.date.isoformat()
