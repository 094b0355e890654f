"""Files in, :class:`Release` objects out.

One entry point per job: :func:`iter_files` turns the paths a user gives into
the files to read, :func:`read_file` turns one file into its releases. Every
problem with a file becomes a :class:`ReleaseError` naming it, so a batch load
can report the bad file and go on with the rest.

Formats: plain text and Markdown (with or without YAML front matter), the raw
copy of a NATO web page (title, bullet lines of metadata, body), JSON, JSON
Lines and HTML.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .dates import find_date, find_numeric_date, find_updated, parse_date
from .domain import Release, ReleaseMeta
from .errors import ReleaseError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PageWords",
    "detect_language",
    "iter_files",
    "normalise_text",
    "parse_date",
    "read_file",
]

DEFAULT_MAX_BYTES = 50_000_000

TEXT_SUFFIXES = frozenset({"", ".txt", ".md", ".markdown", ".text"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED = "statgraph reads .txt, .md, .json, .jsonl, .html"

# How far into a body a date or "last updated" line may sit and still be the
# release's own (further down, dates are about the events the release reports).
HEAD_LINES = 15

NO_DATE = "no date found: give one in front matter (date: YYYY-MM-DD) or in the first lines"
NO_BODY = "no body text"

LANG_MIN_PROBABILITY = 0.80
LANG_MIN_WORDS = 3
# langdetect is slow on long texts and the first few thousand characters decide.
LANG_SAMPLE_CHARS = 5000

_BULLET_RE = re.compile(r"^\s*[•·▪◦‣]\s?(?P<rest>.*)$")
_FENCE_OPEN = "---"
_FENCE_CLOSE = ("---", "...")
_LANG_CODE_RE = re.compile(r"^(?P<primary>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_BLANK_RUN_RE = re.compile(r"\n{4,}")
# The control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) other than
# tab, LF, VT, FF and CR. One expression instead of unicodedata.category() for each character,
# a seventh of the time; tests/test_readers.py checks the class is exactly that.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK_RE = re.compile(r"\s*[\r\n]+\s*")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")

# Typographic characters that real French and English text carries outside ASCII
# and that are not letters; anything else non-ASCII and non-letter in a
# Latin-1 decoding suggests the bytes were never text.
# UTF-8 byte sequences that cp1252 text practically never holds: an accented Latin letter
# (C3 80..BF, read as "Ã" plus a symbol), œ Œ Ÿ (C5 92/93/B8) and the typographic quotes,
# dashes and ellipsis (E2 80 93..A6, read as "â€" plus a symbol).
_UTF8_TELLTALE = re.compile(rb"\xc3[\x80-\xbf]|\xc5[\x92\x93\xb8]|\xe2\x80[\x93-\xa6]")

_TYPOGRAPHIC = frozenset("\u00a0’‘“”«»–—…€•·°§©®™×÷±¼½¾¹²³ªº¿¡¢£¥¦¨¯´¸¶µ¤¬\u202f\u2009")


# --------------------------------------------------------------------------- files


def iter_files(paths: Sequence[Path]) -> Iterator[Path | ReleaseError]:
    """The files under ``paths``, in a stable order; a ReleaseError for a path that is not there.

    A file given by name is yielded whatever its name; inside folders, hidden
    entries (".git", ".DS_Store") are skipped. Symbolic links are followed, but
    a folder already walked is not walked again, so a link to a parent ends.
    """
    seen_dirs: set[Path] = set()
    for path in paths:
        path = Path(path)
        if not path.exists():
            yield ReleaseError(path, _missing(path, "no such file or directory"))
        elif path.is_dir():
            yield from _walk(path, seen_dirs)
        else:
            yield path


def _walk(folder: Path, seen_dirs: set[Path]) -> Iterator[Path | ReleaseError]:
    try:
        resolved = folder.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: symlink loop on older Pythons
        yield ReleaseError(folder, f"cannot resolve folder: {_os_problem(exc)}")
        return
    if resolved in seen_dirs:
        return
    seen_dirs.add(resolved)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield ReleaseError(folder, f"cannot list folder: {_os_problem(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if not entry.exists():
            yield ReleaseError(entry, _missing(entry, "no such file"))
        elif entry.is_dir():
            yield from _walk(entry, seen_dirs)
        else:
            yield entry


def _missing(path: Path, otherwise: str) -> str:
    """Why a path that does not exist cannot be read: a link loop, a broken link, or nothing there."""
    if not path.is_symlink():
        return otherwise
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
    return "broken symbolic link"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _os_problem(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return _one_line(str(exc)) or type(exc).__name__


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, page: PageWords | None = None
) -> list[Release]:
    """The releases in one file: one for a text, Markdown or HTML file, one per record for JSON.
    ``page`` names what a copied web page prints around its title (the vocabulary's), so that a
    page-type label or the site's name is not taken for the title of a text with no metadata."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReleaseError(path, "no such file") from None
    except OSError as exc:
        raise ReleaseError(path, f"cannot read: {_os_problem(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReleaseError(path, "is a folder, not a file")
    if suffix not in TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES:
        raise ReleaseError(path, f"unsupported file type {suffix}; {SUPPORTED}")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end.
        raise ReleaseError(path, "not a regular file")
    if info.st_size > max_bytes:
        raise ReleaseError(
            path,
            f"file is {info.st_size} bytes, over the limit of {max_bytes}; "
            "raise STATGRAPH_MAX_BYTES to read it",
        )
    data = _read_bounded(path, max_bytes)
    raw = decode_bytes(path, data)
    if suffix in JSON_SUFFIXES:
        return _read_json(path, raw)
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path, raw)
    if suffix in HTML_SUFFIXES:
        return [_read_html(path, raw)]
    return [_read_text(path, raw, page)]


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            # One byte more than allowed: the file may have grown since stat.
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ReleaseError(path, f"cannot read: {_os_problem(exc)}") from None
    if len(data) > max_bytes:
        raise ReleaseError(
            path, f"file is over the limit of {max_bytes} bytes; raise STATGRAPH_MAX_BYTES to read it"
        )
    return data


# --------------------------------------------------------------------------- decoding


def decode_bytes(path: Path, data: bytes) -> str:
    """The text of a file's bytes: UTF-8 (BOM or not), UTF-16 with a BOM, or cp1252 that reads as text."""
    if not data.strip():
        raise ReleaseError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReleaseError(path, "binary file, not a release") from None
        return _checked_text(path, text)
    if b"\x00" in data:
        raise ReleaseError(path, "binary file, not a release")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        mixed = _UTF8_TELLTALE.search(data)
        if mixed is not None:
            # Part of the file is UTF-8 and part is not: read as cp1252, the UTF-8 part would
            # turn into mojibake ("Ã©" for "é") without anyone noticing.
            raise ReleaseError(
                path,
                f"not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start}), though UTF-8 text precedes "
                f"or follows it (at offset {mixed.start()}): mixed encodings; save the file as UTF-8",
            ) from None
        fallback = _legacy_decode(data)
        if fallback is None:
            raise ReleaseError(path, f"not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start})") from None
        text = fallback
    return _checked_text(path, text)


def _legacy_decode(data: bytes) -> str | None:
    """cp1252 (or Latin-1 for the bytes cp1252 leaves undefined), only when the result looks like text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if not text:
        return None
    suspicious = 0
    non_ascii = 0
    for char in text:
        if char < "\x80":
            if char < " " and char not in "\t\n\r\f":
                suspicious += 1
            continue
        non_ascii += 1
        if "\x80" <= char <= "\x9f":
            return None  # C1 controls: the bytes were not written as cp1252 or Latin-1 text
        if not (char.isalpha() or char in _TYPOGRAPHIC):
            suspicious += 1
    if suspicious > max(1, len(text) // 50) or non_ascii > len(text) * 0.3:
        return None
    return text


def _checked_text(path: Path, text: str) -> str:
    if not text.strip():
        raise ReleaseError(path, "empty file")
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, len(text) // 20):
        raise ReleaseError(path, "binary file, not a release")
    return text


def normalise_text(text: str) -> str:
    """The body as the extractor reads it: LF line ends, NFC, no trailing spaces, no long blank runs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_RUN_RE.sub("\n\n", text)
    return text.strip("\n")


# --------------------------------------------------------------------------- language


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or "und" when unsure."""
    if len(_WORD_RE.findall(text[:LANG_SAMPLE_CHARS])) < LANG_MIN_WORDS:
        return "und"
    # Imported here: langdetect loads its profiles on import, which a CLI that
    # never detects anything should not pay for.
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        candidates = detect_langs(text[:LANG_SAMPLE_CHARS])
    except LangDetectException:
        return "und"
    if not candidates:
        return "und"
    best = candidates[0]
    if float(best.prob) < LANG_MIN_PROBABILITY:
        return "und"
    return str(best.lang).split("-")[0].lower()


def _lang_code(value: str) -> str | None:
    m = _LANG_CODE_RE.match(value.strip())
    return m.group("primary").lower() if m else None


# --------------------------------------------------------------------------- shared pieces


@dataclass
class _Fields:
    """What a format found, before the common checks turn it into a ReleaseMeta."""

    title: str | None = None
    date: dt.date | None = None
    lang: str | None = None
    publisher: str | None = None
    url: str | None = None
    updated: str | None = None


def _non_empty_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


# A page's breadcrumbs ("Home > Newsroom > Press releases", "Accueil › Actualités"): short, no sentence.
_BREADCRUMB_RE = re.compile(r"\S\s+[>›]\s+\S")


def _is_breadcrumb(line: str) -> bool:
    return len(line) < 200 and not line.endswith(".") and _BREADCRUMB_RE.search(line) is not None


# The lines a site's name may take above a page's breadcrumbs ("REPUBLIC OF TURKEY / MINISTRY OF
# FOREIGN AFFAIRS / Home > Press Releases"), and how long each may be.
_SITE_NAME_LINES = 2
_SITE_NAME_CHARS = 80


def page_key(line: str) -> str:
    """A line folded as page words are matched: no case, accents or punctuation."""
    folded = unicodedata.normalize("NFKD", line.replace("\u2019", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


@dataclass(frozen=True)
class PageWords:
    """What a copied web page prints around its title that is not its title, as :func:`page_key`
    folds it: its labels (the page's type, "Press release", "Communiqué de presse"; its rubric,
    "Meetings Coverage and Press Releases"; its buttons, "Share") and the names a site goes by (an
    organisation's, "United Nations")."""

    labels: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()

    def furniture(self, line: str) -> bool:
        key = page_key(line)
        return bool(key) and (key in self.labels or key in self.names)

    def marks_masthead(self, line: str) -> bool:
        return _is_breadcrumb(line) or self.furniture(line) or self.masthead(line)

    def masthead(self, line: str) -> bool:
        """A site's name with its rubric on one line: "European Commission - Press release"."""
        parts = [page_key(part) for part in _MASTHEAD_SPLIT.split(line)]
        return len(parts) > 1 and any(part in self.labels for part in parts) and all(
            part in self.labels or part in self.names for part in parts if part
        )


_MASTHEAD_SPLIT = re.compile(r"\s+[-–—|]\s+")
# A date line above or below a title: the date with at most a word or two beside it ("Published:
# 16 March 2014", "Berne, 14.07.2015", "16 October 2017 15:55").
_DATE_LINE_WORDS = 2
_CLOCK_RE = re.compile(r"^\d{1,2}[:h.]\d{2}$")
# A document number printed on a line of its own ("SC/14422", "SG/SM/20512", "PR/2020/011").
_DOCUMENT_NUMBER_RE = re.compile(r"^[A-Z]{1,8}(?:/[A-Z0-9.-]+)+$")
# Longer than this, a line below the page's furniture is its first paragraph, not its title.
_TITLE_CHARS = 250


def _date_line(line: str) -> bool:
    found = find_date(line)
    if found is not None:
        rest = line[: found.start] + " " + line[found.end :]
    elif find_numeric_date(line) is not None:
        rest = _NUMERIC_DATE_RE.sub(" ", line)
    else:
        return False
    words = [w for w in rest.replace(",", " ").split() if not _CLOCK_RE.match(w) and w not in {"-", "–", "|"}]
    return len(words) <= _DATE_LINE_WORDS


_NUMERIC_DATE_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}")


def _first_line(text: str, page: PageWords | None = None) -> str | None:
    """The title of a text with no metadata: its first line that is no breadcrumbs. A copied web
    page that opens on breadcrumbs, or on the site's name and them ("Federal Foreign Office /
    Home > Newsroom": a line or two, short, with no date), has its title below them; so has one
    that opens on a label of the page's ("United Nations / Meetings Coverage and Press Releases",
    "GOV.UK / Home > … / Press release"). Below, the page's labels, the site's name, a date line
    and a document number are passed over, when a line that may be a title follows them."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    page = page or PageWords()
    plain = _below_masthead(lines, _is_breadcrumb)
    fallback = next((line for line in lines[plain:] if not _is_breadcrumb(line)), None)
    # Breadcrumbs end a masthead wherever its name and rubric stand ("Parlement européen / Le
    # Président / Accueil > …"); with none, the first of its lines the page words know ends it.
    # A label, unlike breadcrumbs, may stand below the title ("Statement on … / Press Statement"):
    # it ends a masthead only below the site's name.
    below = plain or _below_masthead(lines, page.marks_masthead, page.furniture)
    for line in lines[below:]:
        if _is_breadcrumb(line) or page.furniture(line) or page.masthead(line):
            continue
        if _date_line(line) or _DOCUMENT_NUMBER_RE.match(line) or _CLOCK_RE.match(line):
            continue
        if len(line) <= _TITLE_CHARS and not line.endswith((".", ":", ";")):
            fallback = line
        break
    return _MD_HEADING_RE.sub("", fallback).strip() or None if fallback is not None else None


def _below_masthead(
    lines: list[str], marks: Callable[[str], bool], above: Callable[[str], bool] | None = None
) -> int:
    """Where a page's head below its masthead begins: after the first of its first lines that
    ``marks`` (breadcrumbs, a page's label), when the lines above it are short and dateless (and
    ``above`` says they are the site's)."""
    crumbs = next((n for n, line in enumerate(lines[: _SITE_NAME_LINES + 1]) if marks(line)), None)
    if crumbs is not None and all(
        len(line) <= _SITE_NAME_CHARS
        and parse_date(line) is None
        and find_numeric_date(line) is None
        and (above is None or above(line))
        for line in lines[:crumbs]
    ):
        return crumbs + 1
    return 0


def _date_in_head(text: str, hint: dt.date | None = None) -> dt.date | None:
    """The first date of the first lines, in words ("14 July 2015") or in figures ("14.07.2015")."""
    for line in _non_empty_lines(text)[:HEAD_LINES]:
        found = parse_date(line) or find_numeric_date(line, hint=hint)
        if found is not None:
            return found
    return None


# The day a file's name begins with ("2015-07-14_de-aa_en_….txt"), as analysts name releases.
_DATE_IN_NAME_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[_ .-]|$)")


def _date_in_name(source: str) -> dt.date | None:
    if "#" in source:  # one record of a JSON Lines file: the file's name is not its own
        return None
    m = _DATE_IN_NAME_RE.match(Path(source).name)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _updated_in(lines: list[str]) -> str | None:
    for line in lines:
        found = find_updated(line)
        if found is not None:
            return found
    return None


def _build(
    path: Path,
    *,
    source: str,
    raw: str,
    body: str,
    fields: _Fields,
    fmt: str,
    problem_prefix: str = "",
    no_date: str = NO_DATE,
    page: PageWords | None = None,
) -> Release:
    text = normalise_text(body)
    if not text.strip():
        raise ReleaseError(path, problem_prefix + NO_BODY)
    # A YAML block scalar or an HTML <title> may wrap; a title is one line.
    title = _LINE_BREAK_RE.sub(" ", fields.title.strip()) if fields.title else None
    if not title:
        title = _first_line(text, page)
    # A date the text does not print in a form it reads (or prints nowhere) is taken from the file's
    # name when it begins with one: the way analysts name the releases they collect.
    named = _date_in_name(source)
    date = fields.date or _date_in_head(text, named) or named
    if date is None:
        raise ReleaseError(path, problem_prefix + no_date)
    updated = fields.updated or _updated_in(_non_empty_lines(text)[:HEAD_LINES])
    lang = fields.lang
    detected = False
    if not lang:
        lang = detect_language(f"{title}\n{text}")
        detected = True
    meta = ReleaseMeta(
        title=unicodedata.normalize("NFC", title or ""),
        date=date,
        lang=lang,
        publisher=fields.publisher or None,
        url=fields.url or None,
        updated=updated,
    )
    return Release(source=source, raw=raw, text=text, meta=meta, format=fmt, lang_detected=detected)


def _scalar_text(path: Path, value: Any, what: str) -> str | None:
    """A metadata value as text; None for a missing one, an error for a list or mapping."""
    if value is None:
        return None
    if isinstance(value, (dict, list, tuple, set)):
        raise ReleaseError(path, f"{what} must be text, not a {type(value).__name__}")
    return str(value).strip() or None


def _date_value(path: Path, value: Any, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
        found = parse_date(value)
        if found is not None:
            return found
    raise ReleaseError(path, f"{what} {value!r} is not a date (write it as YYYY-MM-DD)")


def _updated_value(path: Path, value: Any, what: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    raise ReleaseError(path, f"{what} {value!r} is not a date-time (write it as YYYY-MM-DDTHH:MM)")


def _lang_value(path: Path, value: Any, what: str) -> str | None:
    text = _scalar_text(path, value, what)
    if text is None:
        return None
    code = _lang_code(text)
    if code is None:
        raise ReleaseError(path, f"{what} {text!r} is not a language code (write it like fr or en)")
    return code


def _fields_from_mapping(path: Path, record: dict[Any, Any], where: str) -> _Fields:
    """Metadata from front matter or a JSON record; ``where`` prefixes each key in messages."""
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    return _Fields(
        title=_scalar_text(path, lowered.get("title"), f"{where}title"),
        date=_date_value(path, lowered.get("date"), f"{where}date"),
        lang=_lang_value(path, lowered.get("lang", lowered.get("language")), f"{where}lang"),
        publisher=_scalar_text(path, lowered.get("publisher"), f"{where}publisher"),
        url=_scalar_text(path, lowered.get("url"), f"{where}url"),
        updated=_updated_value(path, lowered.get("updated", lowered.get("last_updated")), f"{where}updated"),
    )


# --------------------------------------------------------------------------- text family


def _read_text(path: Path, raw: str, page: PageWords | None = None) -> Release:
    content = raw.replace("\r\n", "\n")
    lines = content.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start < len(lines) and lines[start].rstrip() == _FENCE_OPEN:
        return _read_front_matter(path, raw, lines, start)
    web = _read_web_copy(path, raw, lines, start)
    if web is not None:
        return web
    if len(_non_empty_lines(content)) < 2:
        raise ReleaseError(path, f"{NO_BODY} (only one line, taken as the title)")
    return _build(path, source=path.name, raw=raw, body=content, fields=_Fields(), fmt="text", page=page)


def _read_front_matter(path: Path, raw: str, lines: list[str], start: int) -> Release:
    import yaml  # only front matter needs it; keeps CLI start-up light

    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].rstrip() in _FENCE_CLOSE),
        None,
    )
    if end is None:
        raise ReleaseError(path, "front matter opened with --- is never closed with ---")
    header = "\n".join(lines[start + 1 : end])
    try:
        loaded = _load_yaml(yaml, header)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + start + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ReleaseError(path, f"front matter is not valid YAML{where}: {_one_line(problem)}") from None
    except ValueError as exc:  # PyYAML's constructors raise it for "date: 2014-02-31" and the like
        raise ReleaseError(
            path, f"front matter holds a value that is not a real date or number: {_one_line(str(exc))}"
        ) from None
    except Exception as exc:  # deep nesting and other failures PyYAML does not wrap in YAMLError
        raise ReleaseError(path, f"front matter is not valid YAML: {type(exc).__name__}") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ReleaseError(
            path, f"front matter is not a mapping of keys to values (got a {type(loaded).__name__})"
        )
    fields = _fields_from_mapping(path, loaded, "front matter ")
    body = "\n".join(lines[end + 1 :])
    return _build(path, source=path.name, raw=raw, body=body, fields=fields, fmt="front-matter")


# Headers the pure-Python parser reads: any character outside printable text (tabs, line and
# paragraph separators, NEL, the byte-order mark, controls), and the indicators of tags, anchors,
# aliases, block scalars, complex keys and directives.
_YAML_SLOW_PATH = re.compile(
    "[^\n -~\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|[!&*?|>%@`]"
)


def _load_yaml(yaml: Any, header: str) -> Any:
    """The front matter as ``yaml.safe_load`` reads it, through libyaml when PyYAML has it (a
    generated release's header: 0.04 ms, 0.32 ms in pure Python). Only the parsing is libyaml's:
    the constructors are the same Python ones, so a header both parsers read gives the same
    values. A header libyaml does not read is read again in pure Python, so its error (and the
    line it names) is the one it was; so is one with a character the two parsers were seen to
    read differently (a tab, a byte-order mark, a lone tag, "|#", "?" in a flow; found by fuzzing
    both, tests/test_readers.py), where libyaml accepts what the pure-Python parser refused."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None and not _YAML_SLOW_PATH.search(header):
        try:
            return yaml.load(header, Loader=loader)
        except Exception:
            pass
    return yaml.safe_load(header)


def _read_web_copy(path: Path, raw: str, lines: list[str], start: int) -> Release | None:
    """A copied NATO page: title line, bullet lines of metadata, then the body; None if not that shape."""
    if start >= len(lines):
        return None
    title = lines[start].strip()
    if _BULLET_RE.match(lines[start]):
        return None
    i = start + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    bullets: list[str] = []
    while i < len(lines):
        m = _BULLET_RE.match(lines[i])
        if m is not None:
            bullets.append(m.group("rest"))
        elif lines[i].strip():
            break
        i += 1
    # Bullets without a date are a list in the body, not the page's metadata.
    date = next((d for d in map(parse_date, bullets) if d is not None), None)
    if date is None:
        return None
    fields = _Fields(title=title, date=date, updated=_updated_in(bullets))
    body = "\n".join(lines[i:])
    return _build(path, source=path.name, raw=raw, body=body, fields=fields, fmt="web-copy")


# --------------------------------------------------------------------------- JSON


def _json_problem(exc: json.JSONDecodeError) -> str:
    return f"line {exc.lineno}, column {exc.colno}: {exc.msg}"


def _read_json(path: Path, raw: str) -> list[Release]:
    try:
        loaded = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ReleaseError(path, f"not valid JSON ({_json_problem(exc)})") from None
    except RecursionError:
        raise ReleaseError(path, "not valid JSON (nested too deeply)") from None
    if isinstance(loaded, dict):
        return [_from_record(path, loaded, raw=raw, source=path.name, fmt="json", number=None)]
    if isinstance(loaded, list):
        if not loaded:
            raise ReleaseError(path, "the JSON array holds no records")
        return [
            _from_record(path, record, raw=raw, source=f"{path.name}#{n}", fmt="json", number=n)
            for n, record in enumerate(loaded, start=1)
        ]
    raise ReleaseError(path, f"JSON must be an object or an array of objects, not a {_json_type(loaded)}")


def _read_jsonl(path: Path, raw: str) -> list[Release]:
    releases: list[Release] = []
    number = 0
    for lineno, line in enumerate(raw.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        number += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReleaseError(
                path, f"record {number} (line {lineno}) is not valid JSON (column {exc.colno}: {exc.msg})"
            ) from None
        except RecursionError:
            raise ReleaseError(path, f"record {number} (line {lineno}) is nested too deeply") from None
        releases.append(
            _from_record(path, record, raw=line, source=f"{path.name}#{number}", fmt="jsonl", number=number)
        )
    if not releases:
        raise ReleaseError(path, "empty file")
    return releases


def _from_record(path: Path, record: Any, *, raw: str, source: str, fmt: str, number: int | None) -> Release:
    prefix = f"record {number}: " if number is not None else ""
    if not isinstance(record, dict):
        raise ReleaseError(path, f"{prefix}not a release (a JSON {_json_type(record)}, not an object)")
    body = next((record[k] for k in ("text", "body", "content") if record.get(k) is not None), None)
    if body is None:
        raise ReleaseError(path, f"{prefix}not a release (no text: give it as text, body or content)")
    if not isinstance(body, str):
        raise ReleaseError(path, f"{prefix}text must be a string, not a JSON {_json_type(body)}")
    fields = _fields_from_mapping(path, record, prefix)
    return _build(
        path,
        source=source,
        raw=raw,
        body=body,
        fields=fields,
        fmt=fmt,
        problem_prefix=prefix,
        no_date="no date found: give one in the record (date: YYYY-MM-DD) or in the first lines of its text",
    )


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------- HTML


_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "button"}
)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "table", "tr", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "address", "br",
        "hr", "title", "body", "td", "th",
    }
)  # fmt: skip
_DATE_META_NAMES = frozenset(
    {
        "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "article:published_time",
        "og:published_time", "published_time", "pubdate", "publish-date", "publication_date",
    }
)  # fmt: skip


class _PageScan(HTMLParser):
    """The metadata trafilatura may miss, and a plain-text fallback that leaves scripts and menus out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.title_parts: list[str] = []
        self.og_title: str | None = None
        self.meta_date: str | None = None
        self.time_datetime: str | None = None
        self.text_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and values.get("lang") and self.lang is None:
            self.lang = values["lang"]
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            content = values.get("content", "").strip()
            if key == "og:title" and content and self.og_title is None:
                self.og_title = content
            elif key in _DATE_META_NAMES and content and self.meta_date is None:
                self.meta_date = content
        elif tag == "time" and values.get("datetime") and self.time_datetime is None:
            self.time_datetime = values["datetime"]
        elif tag == "title":
            self._in_title = True
        elif tag == "body":
            self._in_body = True
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self._skip_depth += 1
        if tag in _BLOCK_TAGS:
            self.text_parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> and <meta/>: no content follows, so never count them as open.
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta" or (tag == "time" and values.get("datetime")):
            self.handle_starttag(tag, attrs)
        elif tag in _BLOCK_TAGS:
            self.text_parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS and self._skip_depth > 0:
            self._skip_depth -= 1
        if tag in _BLOCK_TAGS:
            self.text_parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif self._skip_depth == 0:
            self.text_parts.append(data)

    @property
    def title(self) -> str | None:
        title = " ".join("".join(self.title_parts).split())
        return title or None

    @property
    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.text_parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _scan_html(raw: str) -> _PageScan:
    scan = _PageScan()
    try:
        scan.feed(raw)
        scan.close()
    except Exception:  # html.parser is lenient but not infallible; keep what it gathered
        pass
    return scan


@dataclass(frozen=True)
class _Extracted:
    text: str | None = None
    title: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None
    sitename: str | None = None


# htmldate's extensive search turns a bare "2014" in the body into 2014-01-01;
# a release date must be printed as one, so only markup and full dates count.
_HTMLDATE_PARAMS = {"extensive_search": False, "original_date": True}


def _trafilatura(raw: str) -> _Extracted:
    """The main text and metadata as trafilatura sees them; all None when it fails."""
    try:
        import trafilatura  # imported here: it pulls in lxml and htmldate, slow for a CLI that reads no HTML

        doc = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            date_extraction_params=dict(_HTMLDATE_PARAMS),
        )
    except Exception:  # trafilatura and lxml raise many kinds of errors on odd markup
        return _Extracted()
    if doc is None:
        return _Extracted()

    def get(name: str) -> str | None:
        value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
        return (value.strip() or None) if isinstance(value, str) else None

    return _Extracted(
        text=get("text"),
        title=get("title"),
        date=get("date"),
        language=get("language"),
        url=get("url"),
        sitename=get("sitename"),
    )


def _read_html(path: Path, raw: str) -> Release:
    scan = _scan_html(raw)
    found = _trafilatura(raw)
    text = found.text or scan.text
    if not text.strip():
        raise ReleaseError(path, NO_BODY)
    date = None
    for candidate in (found.date, scan.meta_date, scan.time_datetime):
        if candidate:
            date = _iso_or_text_date(candidate)
            if date is not None:
                break
    lang = None
    for candidate in (scan.lang, found.language):
        if candidate:
            lang = _lang_code(candidate)
            if lang:
                break
    fields = _Fields(
        title=found.title or scan.og_title or scan.title,
        date=date,
        lang=lang,
        publisher=found.sitename,
        url=found.url,
    )
    return _build(path, source=path.name, raw=raw, body=text, fields=fields, fmt="html")


def _iso_or_text_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return parse_date(value)
