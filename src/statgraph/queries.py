"""Saved SPARQL queries: the catalogue, parameter binding, the read-only guard, running, formatting.

Saved query files
-----------------
A saved query is a ``.rq`` file whose name (without ``.rq``) is the query's name.
It starts with a header of ``#`` comment lines, then the SPARQL text::

    # title: Who condemned a target, and when
    # description: Statements whose stance is condemns and whose target has the
    # description: given English label, oldest first.
    # param: target  literal  "Russia"      English name of the target
    # param: from    date     "2014-01-01"  first day (inclusive)
    # param: speaker iri      -             optional: restrict to one speaker IRI
    PREFIX sg: <https://w3id.org/statgraph/ns#>
    SELECT ... WHERE { ... FILTER(str(?targetLabel) = str(?target)) ... }

The header is the run of comment and blank lines at the top of the file; the
SPARQL text starts at the first other line. Header lines:

``# title: TEXT``
    required, once.
``# description: TEXT``
    optional; repeated lines are joined with a space.
``# param: NAME TYPE DEFAULT DESCRIPTION``
    ``NAME`` is the SPARQL variable without ``?`` (it must occur in the query);
    ``TYPE`` is one of ``literal``, ``string`` (both a plain ``xsd:string``),
    ``name`` (a name of a vocabulary entry, bound as its lower-case key: the
    query looks it up with ``?entry sg:nameKey ?param``, which any label of the
    entry in any language matches, case aside),
    ``langstring`` (``TEXT@LANG``, e.g. ``Russia@en``), ``date``
    (``YYYY-MM-DD``), ``datetime`` (``YYYY-MM-DDThh:mm:ss`` with optional
    fraction and zone), ``integer``, ``decimal`` or ``iri`` (an absolute IRI, or
    a prefixed name whose prefix is one of :data:`statgraph.namespaces.PREFIXES`,
    e.g. ``actor:jens-stoltenberg``); ``DEFAULT`` is a double-quoted string
    (``\\"`` and ``\\\\`` escape a quote and a backslash), a bare token, ``-`` for
    "no default: the variable stays unbound unless given", or ``!`` for
    "required: the caller must give it". Defaults are checked against the type
    when the file is read. ``DESCRIPTION`` is the rest of the line.
``# listing: FILE``
    optional, once: a file beside this one (name it ``*.sparql`` so that the
    catalogue does not list it as a query of its own) holding the same query
    written for the case where no parameter is bound, which is then run
    instead. A query narrowed by its parameters is best written as lookups from
    the given term; the same query listing the whole store is best written as
    sub-``SELECT`` queries, which Oxigraph evaluates once each and joins by hashing
    where it would otherwise look each row's values up one by one. Both texts
    must give the same answer (a test in ``tests/test_saved_queries.py`` checks
    each such pair against its plain text).
``# page: FILE``
    optional, once: a file beside this one (``*.sparql``) holding the listing
    written for one page of it (a limit, with or without an offset, and no
    parameter). A sub-``SELECT`` of it ends with ``LIMIT PAGE_SPAN``, which is
    given the page's end (offset + limit): it picks the first entries of the
    query's order (releases, speakers), each of which has at least one row, and
    the rest of the text computes those entries' rows only. So a page of a long
    listing costs what its first entries cost, where ``LIMIT`` alone still lets
    the engine compute and sort every row first. The page must be the listing's
    first rows, in its order (tests compare it with the listing sliced).

Other comment lines in the header are free notes, except that a line that reads
``# word:`` must use one of the keys above, so a typo such as ``# parm:`` is an
error rather than a silently ignored parameter. Every problem is reported as a
:class:`~statgraph.errors.QueryError` naming the file and line.

Parameters are bound, never pasted
----------------------------------
:func:`bind` turns ``NAME=VALUE`` strings into RDF terms; :func:`run` hands them
to Oxigraph as substitutions (SEP-0007), so a value cannot change the shape of
the query. Oxigraph only substitutes variables that the query projects; for a
parameter used only inside the pattern (a ``FILTER``, an aggregate query) the
terms are instead written as a ``VALUES`` block at the start of the ``WHERE``
group (:func:`with_values`), serialised with N-Triples escaping so a value stays
inside its literal. Remote endpoints, which have no substitution API, use the
same block. A ``VALUES`` block at the top of the ``WHERE`` group is not seen by
a sub-``SELECT`` or a nested group's ``FILTER``; substitution is.

Timeouts
--------
Oxigraph offers no way to cancel a running query, so :func:`run` checks the
clock after the query starts and between result rows. A query that streams
rows (joins, cross products) stops within one row of its limit; one that must
finish before its first row (``ORDER BY``, ``GROUP BY``, aggregates, ``ASK``)
is only stopped once that first row arrives, however late.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import io
import json
import queue
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO, TypeAlias

import pyoxigraph as ox

from statgraph.errors import (
    ForbiddenQueryError,
    NotFoundError,
    QueryError,
    QueryTimeoutError,
    StoreError,
)
from statgraph.namespaces import PREFIXES
from statgraph.vocabulary import name_key

Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
ResultKind = Literal["select", "ask", "graph"]

XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = XSD + "string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

PARAM_TYPES = ("literal", "string", "name", "langstring", "date", "datetime", "integer", "decimal", "iri")
QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
FORMATS = ("table", "csv", "tsv", "json", "turtle")

NO_DEFAULT = "-"
REQUIRED = "!"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Param:
    """One ``# param:`` line: the variable, its type, its default and what it means."""

    name: str
    type: str
    default: str | None
    description: str
    required: bool = False


@dataclass(frozen=True)
class SavedQuery:
    """One ``.rq`` file: its header and the SPARQL text after the header."""

    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    # The text run when no parameter is bound (``# listing:``), or None.
    listing_text: str | None = None
    # The listing written for one page (``# page:``), its span marked PAGE_SPAN, or None.
    page_text: str | None = None

    def text_for(self, bindings: Mapping[str, object]) -> str:
        """The SPARQL text to run with these bindings: the listing form when none is bound."""
        if not bindings and self.listing_text is not None:
            return self.listing_text
        return self.text

    def page_for(self, limit: int, offset: int = 0, *, span: int | None = None) -> str | None:
        """The text that computes only the rows up to ``offset + limit`` of the listing, when the
        query has one (``# page:``); the caller still slices the page from it. ``span`` entries
        (``offset + limit`` unless given) are sure to hold those rows, fewer often do."""
        if self.page_text is None:
            return None
        return _with_span(self.page_text, limit + offset if span is None else span)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise QueryError(f"query {self.name}: no parameter {name!r}; known: {_known(self)}")


@dataclass(frozen=True)
class QueryResult:
    """The answer of one query, read fully into memory.

    ``kind`` says which of the other fields carries it: ``variables`` and
    ``rows`` for "select" (``None`` marks an unbound cell), ``boolean`` for
    "ask", ``triples`` for "graph" (CONSTRUCT and DESCRIBE).
    """

    kind: ResultKind
    variables: tuple[str, ...] = ()
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


# --------------------------------------------------------------------------- tokenizer

# Escapes exactly as the SPARQL grammar has them (ECHAR, UCHAR): a looser pattern
# could call something a string that a real parser reads as query text.
_ESC = r"""\\(?:[tbnrf\\"']|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})"""
_PLX = r"""%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"""
_PN_CHAR = r"[\w\-.\u00B7\u0300-\u036F\u203F-\u2040]"
_TOKEN = re.compile(
    rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:(?:''|')?(?:[^'\\]|{_ESC}))*'''
             | \"\"\"(?:(?:""|")?(?:[^"\\]|{_ESC}))*\"\"\"
             | '(?:[^'\\\n\r]|{_ESC})*'
             | "(?:[^"\\\n\r]|{_ESC})*")
  | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_ESC})*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<bnode>_:{_PN_CHAR}*)
  | (?P<pname>(?:[^\W\d_]{_PN_CHAR}*)?:(?:{_PN_CHAR}|:|{_PLX})*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class _Token:
    kind: str
    value: str
    start: int
    line: int


def _tokens(text: str) -> Iterator[_Token]:
    """SPARQL tokens without whitespace and comments; strings and IRIs are single tokens."""
    line = 1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        value = m.group()
        if kind == "other" and value in "\"'\\":
            what = "a backslash outside a string" if value == "\\" else "an unterminated or malformed string"
            raise QueryError(f"line {line}: {what}")
        if kind not in ("ws", "comment"):
            yield _Token(kind, value, m.start(), line)
        line += value.count("\n")


def _codepoint_view(text: str) -> str | None:
    """The text after SPARQL's codepoint-escape pre-processing, if that changes anything.

    The SPARQL 1.1 spec (19.2) decodes ``\\uXXXX`` before parsing; Oxigraph only
    does so inside strings and IRIs, but a remote engine may follow the spec, and
    there ``\\u0053ERVICE`` is SERVICE.
    """
    if "\\u" not in text and "\\U" not in text:
        return None

    def decode(m: re.Match[str]) -> str:
        return chr(int(m.group(1) or m.group(2), 16))

    try:
        view = _UNICODE_ESCAPE.sub(decode, text)
    except (ValueError, OverflowError) as e:
        raise QueryError(f"invalid \\U escape: {e}") from e
    return view if view != text else None


@functools.lru_cache(maxsize=256)
def query_variables(text: str) -> frozenset[str]:
    """The names (without ``?``) of the variables the query text mentions."""
    return frozenset(t.value[1:] for t in _tokens(text) if t.kind == "var")


# --------------------------------------------------------------------------- read-only guard


@functools.lru_cache(maxsize=256)  # a saved query is checked at each run: its text is tokenised once
def check_read_only(text: str, *, allow_update: bool = False) -> str:
    """The query form ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE", or "UPDATE").

    Raises :class:`ForbiddenQueryError` for SPARQL Update unless ``allow_update``,
    and always for a SERVICE clause, which would make the store fetch from
    elsewhere. Keywords are found by tokenizing, so the words inside strings,
    IRIs, prefixed names, variables and comments do not count.
    """
    try:
        tokens = list(_tokens(text))
    except QueryError as e:
        raise QueryError(f"cannot read the query: {e}") from e
    views = [tokens]
    decoded = _codepoint_view(text)
    if decoded is not None:
        try:
            views.append(list(_tokens(decoded)))
        except QueryError as e:
            raise QueryError(
                f"cannot read the query once its \\u escapes are decoded ({e}); write the characters directly"
            ) from e

    update: _Token | None = None
    for view in views:
        for t in view:
            if t.kind != "word":
                continue
            word = t.value.upper()
            if word == "SERVICE":
                raise ForbiddenQueryError(
                    f"SERVICE (line {t.line}) is not allowed: queries may only read the local graph"
                )
            if word in UPDATE_KEYWORDS and update is None:
                update = t

    words = (t.value.upper() for t in tokens if t.kind == "word")
    form = next((w for w in words if w not in ("BASE", "PREFIX")), "")
    if update is not None:
        if not allow_update:
            raise ForbiddenQueryError(
                f"SPARQL Update ({update.value.upper()} at line {update.line}) "
                "is not allowed in a read-only run"
            )
        return "UPDATE"
    if form not in QUERY_FORMS:
        found = f"found {form!r}" if form else "found nothing"
        raise QueryError(f"not a SPARQL query: expected SELECT, CONSTRUCT, ASK or DESCRIBE, {found}")
    return form


# --------------------------------------------------------------------------- catalogue

_KEY_LINE = re.compile(r"#\s*([A-Za-z][A-Za-z0-9_-]*)\s*:\s?(.*)$")
_BARE_KEY = re.compile(r"#\s*param\s+[^\s:]", re.IGNORECASE)
_PARAM_LINE = re.compile(
    r"""(?P<name>\S+)\s+(?P<type>\S+)\s+(?P<default>"(?:[^"\\]|\\.)*"(?=\s|$)|[^"\s]\S*)(?:\s+(?P<desc>.*))?$"""
)
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEYS = ("title", "description", "param", "listing", "page")
# The word a page's text holds where its sub-SELECT's LIMIT goes (a whole number, never a value
# given by a user as text).
PAGE_SPAN = "PAGE_SPAN"


def _with_span(text: str, span: int) -> str:
    spans = [t for t in _tokens(text) if t.kind == "word" and t.value == PAGE_SPAN]
    if len(spans) != 1:
        raise QueryError(f"a page's text must hold {PAGE_SPAN} once (it holds it {len(spans)} times)")
    at = spans[0].start
    return f"{text[:at]}{int(span)}{text[at + len(PAGE_SPAN):]}"


_PARSED: dict[tuple[str, str], SavedQuery] = {}


def parse_query_file(path: Path | str) -> SavedQuery:
    """Read one ``.rq`` file; any problem is a :class:`QueryError` naming the file and line.

    A file whose text was parsed before is not parsed again (the text is read each time: an
    edited file is parsed anew)."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise NotFoundError(f"{path}: no such query file") from e
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"{path}: cannot read: {e}") from e
    key = (str(path), source)
    saved = _PARSED.get(key)
    if saved is None:
        saved = _parse_query_text(path, source)
        if len(_PARSED) >= 512:
            _PARSED.clear()
        _PARSED[key] = saved
    return saved


def _parse_query_text(path: Path, source: str) -> SavedQuery:
    lines = source.splitlines(keepends=True)
    title: str | None = None
    descriptions: list[str] = []
    params: list[tuple[Param, int]] = []
    # The side forms (``# listing:``, ``# page:``): the file each names and the line naming it.
    forms: dict[str, tuple[str, int]] = {}

    def fail(lineno: int, problem: str) -> QueryError:
        return QueryError(f"{path}:{lineno}: {problem}")

    body_start = len(lines)
    for index, raw in enumerate(lines):
        lineno = index + 1
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            body_start = index
            break
        if _BARE_KEY.match(line):
            raise fail(lineno, f"missing ':' after 'param' in {line!r}")
        m = _KEY_LINE.match(line)
        if m is None:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "title":
            if title is not None:
                raise fail(lineno, "a second '# title:' line")
            if not value:
                raise fail(lineno, "empty title")
            title = value
        elif key == "description":
            if value:
                descriptions.append(value)
        elif key == "param":
            param = _parse_param_line(value, functools.partial(fail, lineno))
            if any(p.name == param.name for p, _ in params):
                raise fail(lineno, f"parameter {param.name!r} declared twice")
            params.append((param, lineno))
        elif key in ("listing", "page"):
            if key in forms:
                raise fail(lineno, f"a second '# {key}:' line")
            if not value or "/" in value or "\\" in value or value.endswith(".rq"):
                raise fail(lineno, f"'# {key}:' names a file beside this one, not ending in .rq")
            forms[key] = (value, lineno)
        else:
            raise fail(lineno, f"unknown header key {key!r}; known: {', '.join(_KEYS)}")

    text = "".join(lines[body_start:])
    if title is None:
        raise fail(1, "missing '# title:' line")
    if not text.strip():
        raise fail(len(lines) or 1, "no SPARQL text after the header")
    for index in range(body_start, len(lines)):
        late = _KEY_LINE.match(lines[index].strip())
        if late is not None and late.group(1).lower() in _KEYS:
            raise fail(index + 1, "header line after the SPARQL text has begun; move it to the top")
    try:
        variables = query_variables(text)
    except QueryError as e:
        raise QueryError(f"{path}: {e}") from e
    for param, lineno in params:
        if param.name not in variables:
            raise fail(lineno, f"parameter {param.name!r} is not a variable of the query (no ?{param.name})")
    listing_text = None
    if "listing" in forms:
        listing_text = _listing_text(path, text, *forms["listing"], fail)
    page_text = None
    if "page" in forms:
        page_name, page_line = forms["page"]
        page_text = _listing_text(path, text, page_name, page_line, fail, kind="page")
        try:
            _with_span(page_text, 1)
        except QueryError as e:
            raise fail(page_line, f"page file {page_name}: {e}") from e
    return SavedQuery(
        name=path.stem,
        path=path,
        title=title,
        description=" ".join(descriptions),
        params=tuple(p for p, _ in params),
        text=text,
        listing_text=listing_text,
        page_text=page_text,
    )


def _listing_text(
    path: Path,
    text: str,
    name: str,
    lineno: int,
    fail: Callable[[int, str], QueryError],
    kind: str = "listing",
) -> str:
    """The listing (or page) form's text, checked to be a query of the same form as the main text."""
    other = path.parent / name
    try:
        listing = other.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise fail(lineno, f"{kind} file {name} not found beside {path.name}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise fail(lineno, f"cannot read {kind} file {name}: {e}") from e
    try:
        form = check_read_only(text, allow_update=True)
        # (a page's span is a number once given: the word stands in for it here)
        listing_form = check_read_only(listing.replace(PAGE_SPAN, "1"), allow_update=True)
    except QueryError as e:
        raise QueryError(f"{other}: {e}") from e
    if listing_form != form:
        raise fail(lineno, f"{kind} file {name} is a {listing_form}, the query a {form}")
    return listing


def _parse_param_line(value: str, fail: Callable[[str], QueryError]) -> Param:
    m = _PARAM_LINE.match(value)
    if m is None:
        if '"' in value:
            raise fail("param default: unterminated quoted string")
        raise fail("expected '# param: NAME TYPE DEFAULT DESCRIPTION'")
    name, type_, default_raw = m.group("name"), m.group("type").lower(), m.group("default")
    description = (m.group("desc") or "").strip()
    if not _VARNAME.fullmatch(name):
        raise fail(f"parameter name {name!r} is not a plain variable name (letters, digits, _)")
    if type_ not in PARAM_TYPES:
        raise fail(f"parameter {name}: unknown type {type_!r}; known: {', '.join(PARAM_TYPES)}")
    required = False
    default: str | None
    if default_raw.startswith('"'):
        default = re.sub(r"\\(.)", r"\1", default_raw[1:-1])
    elif default_raw == NO_DEFAULT:
        default = None
    elif default_raw == REQUIRED:
        default, required = None, True
    else:
        default = default_raw
    if default is not None:
        try:
            to_term(name, type_, default)
        except QueryError as e:
            raise fail(f"default of {e}") from e
    return Param(name=name, type=type_, default=default, description=description, required=required)


def load_catalogue(dirs: Sequence[Path]) -> dict[str, SavedQuery]:
    """Every ``*.rq`` in ``dirs``, by name; a later directory's query replaces an earlier one's.

    Directories that do not exist are skipped, so a default list may name
    optional places (a user's own queries).
    """
    catalogue: dict[str, SavedQuery] = {}
    for directory in dirs:
        directory = Path(directory)
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.rq")):
            catalogue[path.stem] = parse_query_file(path)
    return dict(sorted(catalogue.items()))


def find_saved_query(dirs: Sequence[Path], name: str) -> SavedQuery | None:
    """The query :func:`load_catalogue` would list under ``name``, reading only its file."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    for directory in reversed([Path(d) for d in dirs]):
        path = directory / f"{name}.rq"
        if path.is_file():
            return parse_query_file(path)
    return None


def get_query(catalogue: Mapping[str, SavedQuery], name: str) -> SavedQuery:
    """The named query, or :class:`NotFoundError` listing the known names."""
    try:
        return catalogue[name]
    except KeyError:
        known = ", ".join(sorted(catalogue)) or "(none)"
        raise NotFoundError(f"no saved query {name!r}; known: {known}") from None


# --------------------------------------------------------------------------- binding

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})T(?P<h>\d{2}):(?P<m>\d{2}):(?P<s>\d{2})(?:\.\d+)?"
    r"(?:Z|[+-](?P<zh>\d{2}):(?P<zm>\d{2}))?"
)
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_LANGSTRING = re.compile(r"(.*)@([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)", re.DOTALL)
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\\x00-\x20\x7f]+")
_PREFIXED = re.compile(r"([A-Za-z][\w\-.]*):(.*)", re.DOTALL)


def to_term(name: str, type_: str, value: str) -> ox.NamedNode | ox.Literal:
    """One parameter value as an RDF term, or :class:`QueryError` saying what was expected."""

    def bad(expected: str) -> QueryError:
        return QueryError(f"parameter {name}: {value!r} is not {expected}")

    if type_ in ("literal", "string"):
        return ox.Literal(value)
    if type_ == "name":
        # Matched against the sg:nameKey of vocabulary labels, which hold the same key.
        return ox.Literal(name_key(value))
    if type_ == "langstring":
        m = _LANGSTRING.fullmatch(value)
        if m is None:
            raise bad("a language-tagged string (TEXT@LANG, e.g. Russia@en)")
        try:
            return ox.Literal(m.group(1), language=m.group(2))
        except ValueError as e:
            raise bad(f"a language-tagged string ({e})") from e
    if type_ == "date":
        if not _DATE.fullmatch(value):
            raise bad("a date (YYYY-MM-DD)")
        try:
            dt.date.fromisoformat(value)
        except ValueError as e:
            raise bad(f"a date (YYYY-MM-DD): {e}") from e
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if type_ == "datetime":
        m = _DATETIME.fullmatch(value)
        expected = "a date-time (YYYY-MM-DDThh:mm:ss, optional .fraction and Z or ±hh:mm)"
        if m is None:
            raise bad(expected)
        try:
            dt.date.fromisoformat(m.group("date"))
            dt.time(int(m.group("h")), int(m.group("m")), int(m.group("s")))
            if m.group("zh") is not None and (int(m.group("zh")) > 14 or int(m.group("zm")) > 59):
                raise ValueError("time zone out of range")
        except ValueError as e:
            raise bad(f"{expected}: {e}") from e
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "dateTime"))
    if type_ == "integer":
        if not _INTEGER.fullmatch(value):
            raise bad("an integer")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    if type_ == "decimal":
        if not _DECIMAL.fullmatch(value):
            raise bad("a decimal number (e.g. 3.14)")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
    if type_ == "iri":
        iri = expand_iri(value)
        if not _IRI.fullmatch(iri):
            raise bad('an absolute IRI (scheme:..., no spaces or any of < > " { } | ^ ` \\)')
        try:
            return ox.NamedNode(iri)
        except ValueError as e:
            raise bad(f"an absolute IRI ({e})") from e
    raise QueryError(f"parameter {name}: unknown type {type_!r}; known: {', '.join(PARAM_TYPES)}")


def expand_iri(value: str) -> str:
    """``actor:x`` to the full IRI when ``actor`` is one of the PREFIXES; anything else unchanged."""
    m = _PREFIXED.fullmatch(value)
    if m is not None and m.group(1) in PREFIXES and not m.group(2).startswith("//"):
        return PREFIXES[m.group(1)] + m.group(2)
    return value


def _known(query: SavedQuery) -> str:
    return ", ".join(p.name for p in query.params) or "(none)"


def bind(query: SavedQuery, given: Mapping[str, str]) -> dict[str, Term]:
    """The terms to bind: given values, else defaults; unbound when neither (unless required)."""
    unknown = sorted(set(given) - {p.name for p in query.params})
    if unknown:
        raise QueryError(
            f"query {query.name}: unknown parameter{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(unknown)}; known: {_known(query)}"
        )
    bindings: dict[str, Term] = {}
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None:
            if p.required:
                raise QueryError(f"query {query.name}: parameter {p.name} is required ({p.description})")
            continue
        bindings[p.name] = to_term(p.name, p.type, value)
    return bindings


# --------------------------------------------------------------------------- term syntax

_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NT_SPECIAL = re.compile(r'[\\"\x00-\x1f\x7f]')


def _escape(value: str) -> str:
    # Other control characters as \u escapes keep a TSV row on one line and a VALUES
    # block readable; \u0022 and \u005C are never produced, so even an engine that
    # decodes \u escapes before parsing cannot see a quote or backslash appear.
    return _NT_SPECIAL.sub(lambda m: _NT_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), value)


def nt_term(term: Term) -> str:
    """N-Triples syntax of a term (also valid SPARQL and TSV-results syntax)."""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        text = f'"{_escape(term.value)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype.value == _XSD_STRING:
            return text
        return f"{text}^^<{term.datatype.value}>"
    return f"<< {nt_term(term.subject)} {nt_term(term.predicate)} {nt_term(term.object)} >>"


def values_clause(bindings: Mapping[str, Term]) -> str:
    """A one-row SPARQL ``VALUES`` block for the bindings ("" when there are none)."""
    if not bindings:
        return ""
    for name in bindings:
        if not _VARNAME.fullmatch(name):
            raise QueryError(f"{name!r} is not a plain variable name")
    variables = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(nt_term(term) for term in bindings.values())
    return f"VALUES ({variables}) {{ ({terms}) }}"


def with_values(text: str, bindings: Mapping[str, Term]) -> str:
    """The query with a ``VALUES`` block for ``bindings`` at the start of its WHERE group.

    Placed inside the group so that FILTERs of that group see the values, as
    they would a substitution. CONSTRUCT WHERE (the short form, whose pattern
    is also its template) and a DESCRIBE without pattern get a trailing VALUES
    clause instead, which for them means the same.
    """
    block = values_clause(bindings)
    if not block:
        return text
    tokens = list(_tokens(text))
    form_at = next(
        (i for i, t in enumerate(tokens) if t.kind == "word" and t.value.upper() in QUERY_FORMS), None
    )
    if form_at is None:
        raise QueryError("not a SPARQL query: expected SELECT, CONSTRUCT, ASK or DESCRIBE")
    construct = tokens[form_at].value.upper() == "CONSTRUCT"
    braces = parens = 0
    seen_template = seen_where = False
    insert_at: int | None = None
    for t in tokens[form_at + 1 :]:
        if t.kind == "word" and t.value.upper() == "WHERE" and braces == 0 and parens == 0:
            if construct and not seen_template:
                break
            seen_where = True
        elif t.value == "(" and t.kind == "other":
            parens += 1
        elif t.value == ")" and t.kind == "other":
            parens -= 1
        elif t.value == "{" and t.kind == "other":
            if braces == 0 and parens == 0:
                if construct and not seen_template and not seen_where:
                    seen_template = True
                else:
                    insert_at = t.start + 1
                    break
            braces += 1
        elif t.value == "}" and t.kind == "other":
            braces -= 1
    if insert_at is None:
        return f"{text.rstrip()}\n{block}\n"
    return f"{text[:insert_at]} {block} {text[insert_at:]}"


def with_slice(text: str, limit: int | None = None, offset: int = 0) -> str:
    """The query with ``LIMIT``/``OFFSET`` after its own solution modifiers (before a trailing
    ``VALUES`` clause): one page of its answer, in its own order. A query that sets its own
    ``LIMIT`` or ``OFFSET`` is refused rather than silently sliced twice."""
    if limit is None and not offset:
        return text
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("a limit and an offset are whole numbers, 0 or more")
    depth = 0
    after_body = False
    values_at: int | None = None
    for t in _tokens(text):
        if t.kind == "other" and t.value == "{":
            depth += 1
        elif t.kind == "other" and t.value == "}":
            depth -= 1
            after_body = after_body or depth == 0
        elif t.kind == "word" and depth == 0 and after_body:
            word = t.value.upper()
            if word in ("LIMIT", "OFFSET"):
                raise QueryError(
                    f"line {t.line}: the query has its own {word}; run it without a limit or offset"
                )
            if word == "VALUES" and values_at is None:
                values_at = t.start
    parts = [f"LIMIT {limit}"] if limit is not None else []
    clause = " ".join(parts + ([f"OFFSET {offset}"] if offset else []))
    if values_at is None:
        return f"{text.rstrip()}\n{clause}\n"
    return f"{text[:values_at]}{clause}\n{text[values_at:]}"


# --------------------------------------------------------------------------- running

# Rows travel from the engine's thread in chunks: one queue hand-over per row would cost more
# than formatting it. A few chunks in flight bound the memory whatever the answer's size.
_CHUNK = 512
_CHUNKS_IN_FLIGHT = 4


@dataclass(frozen=True)
class QueryStream:
    """An answer read as it comes: :meth:`rows` or :meth:`triples` yield it once.

    ``kind`` is as in :class:`QueryResult`; ``variables`` names a SELECT's columns and
    ``boolean`` carries an ASK's answer. Made by :func:`stream`, valid inside its ``with``.
    """

    kind: ResultKind
    variables: tuple[str, ...]
    boolean: bool | None
    _items: Callable[[], Iterator[Any]]

    def rows(self) -> Iterator[tuple[Term | None, ...]]:
        """A SELECT's rows, in the query's order (``None`` marks an unbound cell)."""
        return self._items() if self.kind == "select" else iter(())

    def triples(self) -> Iterator[ox.Triple]:
        """A CONSTRUCT's or DESCRIBE's triples."""
        return self._items() if self.kind == "graph" else iter(())

    def collect(self) -> QueryResult:
        """The rest of the answer, read into memory."""
        if self.kind == "select":
            return QueryResult(kind="select", variables=self.variables, rows=list(self.rows()))
        if self.kind == "ask":
            return QueryResult(kind="ask", boolean=self.boolean)
        return QueryResult(kind="graph", triples=list(self.triples()))


class _Finished:
    """The engine's thread has nothing more to send."""


def run(
    store: ox.Store,
    query: SavedQuery | str,
    bindings: Mapping[str, Term] | None = None,
    *,
    timeout: float | None = None,
) -> QueryResult:
    """Run a read-only query on the store, its default graph being the union of all graphs,
    and read its whole answer into memory; :func:`stream` reads it row by row.

    The PREFIXES are predeclared. With a ``timeout`` (seconds) :class:`QueryTimeoutError` is
    raised when the time is up, even for an ORDER BY or GROUP BY that has not produced its
    first row.
    """
    with stream(store, query, bindings, timeout=timeout) as answer:
        return answer.collect()


@contextlib.contextmanager
def stream(
    store: ox.Store,
    query: SavedQuery | str,
    bindings: Mapping[str, Term] | None = None,
    *,
    timeout: float | None = None,
) -> Iterator[QueryStream]:
    """Run a read-only query as :func:`run` does, and yield its answer as a
    :class:`QueryStream` whose rows arrive while the engine finds them, a few hundred at a
    time, so an answer of millions of rows is written out in little memory.

    The engine works in a thread of its own (Oxigraph releases the GIL while it evaluates),
    which is what lets ``timeout`` hold before a first row. Oxigraph cannot cancel a query:
    when the time is up, or the ``with`` block is left early, that thread stops at the next
    row, or when the engine's evaluation ends, or with the process, as the ``statgraph``
    command does at once.
    """
    name = query.name if isinstance(query, SavedQuery) else "(inline)"
    bindings = dict(bindings or {})
    text = query.text_for(bindings) if isinstance(query, SavedQuery) else query
    check_read_only(text)
    deadline = None if timeout is None else time.monotonic() + timeout
    chunks: queue.Queue[Any] = queue.Queue(maxsize=_CHUNKS_IN_FLIGHT)
    stop = threading.Event()

    def send(item: Any) -> bool:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            raw = _execute(store, text, bindings)
            if isinstance(raw, ox.QueryBoolean):
                send(("ask", (), bool(raw)))
                return
            if isinstance(raw, ox.QuerySolutions):
                if not send(("select", tuple(v.value for v in raw.variables), None)):
                    return
                convert: Callable[[Any], Any] = tuple
            else:
                if not send(("graph", (), None)):
                    return
                convert = _same
            chunk: list[Any] = []
            for item in raw:
                chunk.append(convert(item))
                if len(chunk) == _CHUNK:
                    if not send(chunk):
                        return
                    chunk = []
            if chunk and not send(chunk):
                return
            send(_Finished)
        except BaseException as exc:  # handed to the reading thread below
            mapped = _mapped_error(exc, name)
            # Oxigraph's result objects may only be dropped by the thread that made them: the
            # tracebacks that hold them stay here.
            link: BaseException | None = mapped
            while link is not None:
                link.__traceback__ = None
                link = link.__cause__ or link.__context__
            send(mapped)

    def receive() -> Any:
        try:
            if deadline is None:
                item = chunks.get()
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise queue.Empty
                item = chunks.get(timeout=left)
        except queue.Empty:
            raise QueryTimeoutError(f"query {name} ran past the {timeout:g} s timeout") from None
        if isinstance(item, BaseException):
            try:
                raise item
            finally:
                # A local naming the exception its own traceback holds would keep the store
                # open until the garbage collector ran: the next open of it would fail.
                del item
        return item

    def items() -> Iterator[Any]:
        while (item := receive()) is not _Finished:
            yield from item

    worker = threading.Thread(target=work, name="statgraph-query", daemon=True)
    worker.start()
    try:
        kind, variables, boolean = receive()
        yield QueryStream(kind=kind, variables=variables, boolean=boolean, _items=items)
    finally:
        stop.set()


def _same(item: Any) -> Any:
    return item


def _execute(store: ox.Store, text: str, bindings: Mapping[str, Term]) -> Any:
    def execute(sparql: str, substitutions: dict[ox.Variable, Term] | None) -> Any:
        return store.query(
            sparql,
            prefixes=dict(PREFIXES),
            use_default_graph_as_union=True,
            substitutions=substitutions,
        )

    try:
        return execute(text, {ox.Variable(k): v for k, v in bindings.items()} or None)
    except RuntimeError as e:
        # Oxigraph substitutes only projected variables; the rest go in as VALUES.
        if not bindings or "projection" not in str(e):
            raise
        return execute(with_values(text, bindings), None)


def _mapped_error(exc: BaseException, name: str) -> BaseException:
    """Oxigraph's errors as statgraph's, for the reading thread to raise."""
    if isinstance(exc, SyntaxError | RuntimeError):
        mapped: BaseException = QueryError(f"query {name}: {exc}")
    elif isinstance(exc, OSError):
        mapped = StoreError(f"query {name}: the store failed: {exc}")
    else:
        return exc
    mapped.__cause__ = exc
    return mapped


# --------------------------------------------------------------------------- formatting

_LOCAL = re.compile(r"(?:[\w\-]|\.(?!$))*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# PREFIXES longest namespace first (of two as long, the first listed): the first that fits is the one
# shorten() wants, so it stops there instead of trying every namespace on each IRI.
_BY_LENGTH = tuple(sorted(PREFIXES.items(), key=lambda item: -len(item[1])))


@functools.lru_cache(maxsize=1 << 16)
def shorten(iri: str) -> str:
    """``prefix:local`` with the longest matching PREFIXES namespace, else ``<iri>``.

    (Cached: a table of a listing shows the same releases, statements, speakers and types in many
    rows; the table of every statement's provenance spent a third of its formatting here.)"""
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if _LOCAL.fullmatch(local) and not local.startswith((".", "-")):
                return f"{prefix}:{local}"
    return f"<{iri}>"


def _display(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        # A newline or tab inside a cell would break the columns.
        return _CONTROL.sub(lambda m: _NT_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), term.value)
    return f"<< {_display(term.subject)} {_display(term.predicate)} {_display(term.object)} >>"


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return nt_term(term)


def _json_term(term: Term) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _iris(term: Term) -> Iterator[str]:
    if isinstance(term, ox.NamedNode):
        yield term.value
    elif isinstance(term, ox.Literal):
        yield term.datatype.value
    elif isinstance(term, ox.Triple):
        for part in (term.subject, term.predicate, term.object):
            yield from _iris(part)


def _turtle(triples: Sequence[ox.Triple]) -> str:
    iris = {iri for t in triples for part in (t.subject, t.predicate, t.object) for iri in _iris(part)}
    used = {p: ns for p, ns in sorted(PREFIXES.items()) if any(iri.startswith(ns) for iri in iris)}
    data = (ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used) or b"").decode("utf-8")
    # Oxigraph writes the prefixes in hash order; sorted ones keep the output stable across runs.
    lines = data.splitlines(keepends=True)
    body_at = next((i for i, line in enumerate(lines) if not line.startswith("@prefix ")), len(lines))
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in used.items())
    return header + "".join(lines[body_at:])


def format_result(result: QueryResult | QueryStream, fmt: str) -> str:
    """The result as text: "table", W3C "csv"/"tsv"/"json", or for graphs N-Triples or "turtle"."""
    buffer = io.StringIO()
    write_result(buffer, result, fmt)
    return buffer.getvalue()


def write_result(out: TextIO, result: QueryResult | QueryStream, fmt: str) -> int:
    """Write the result to a text stream as :func:`format_result` formats it, and return how
    many rows (or triples) it held. CSV, TSV, JSON and N-Triples are written as the rows come,
    so a :class:`QueryStream` of any size goes out in little memory; a "table" is written once
    every row is in (its columns are as wide as its widest cell), a stream's rows waiting in a
    temporary file, and "turtle" reads the whole answer first."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; known: {', '.join(FORMATS)}")
    if isinstance(result, QueryStream):
        rows: Iterable[tuple[Term | None, ...]] = result.rows()
        triples: Iterable[ox.Triple] = result.triples()
    else:
        rows, triples = result.rows, result.triples
    count = 0
    if result.kind == "graph":
        if fmt == "turtle":
            kept = list(triples)
            out.write(_turtle(kept))
            return len(kept)
        for t in triples:
            out.write(f"{nt_term(t.subject)} {nt_term(t.predicate)} {nt_term(t.object)} .\n")
            count += 1
        return count
    if fmt == "turtle":
        raise QueryError(
            "the turtle format is for CONSTRUCT and DESCRIBE results; use table, csv, tsv or json"
        )
    if result.kind == "ask":
        value = "true" if result.boolean else "false"
        if fmt == "json":
            out.write(json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=2) + "\n")
        else:
            out.write(value + ("\r\n" if fmt == "csv" else "\n"))
        return 0
    variables = result.variables
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([_csv_value(t) for t in row])
            count += 1
        return count
    if fmt == "tsv":
        out.write("\t".join(f"?{v}" for v in variables) + "\n")
        for row in rows:
            out.write("\t".join("" if t is None else nt_term(t) for t in row) + "\n")
            count += 1
        return count
    if fmt == "json":
        return _write_json(out, variables, rows)
    if isinstance(result, QueryStream):
        return _write_spilled_table(out, variables, rows)
    cells = [list(variables)] + [[_display(t) for t in row] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(variables))]
    cells.insert(1, ["-" * w for w in widths])
    for line in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n")
    return len(cells) - 2


def _write_spilled_table(
    out: TextIO, variables: Sequence[str], rows: Iterable[tuple[Term | None, ...]]
) -> int:
    """The table :func:`write_result` writes, of rows that arrive as the engine finds them: each row's
    cells go to a temporary file while the columns' widths are measured, then come back padded, so
    a table of a whole listing holds one row at a time where it held every cell (stance-shifts at
    100k releases, 387,896 rows through the command: peak RSS 1.9 GB; see README)."""
    widths = [len(v) for v in variables]
    count = 0
    # A cell holds no tab or newline: _display escapes every control character.
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n") as spill:
        for row in rows:
            cells = [_display(t) for t in row]
            widths = [max(w, len(c)) for w, c in zip(widths, cells, strict=True)]
            spill.write("\t".join(cells) + "\n")
            count += 1
        spill.seek(0)

        def line(cells: Sequence[str]) -> str:
            return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip() + "\n"

        out.write(line(variables))
        out.write(line(["-" * w for w in widths]))
        for text in spill:
            out.write(line(text[:-1].split("\t") if variables else []))
    return count


def _write_json(out: TextIO, variables: Sequence[str], rows: Iterable[tuple[Term | None, ...]]) -> int:
    # The document json.dumps(..., indent=2) would write, one binding at a time: the head as it
    # writes it with no binding, each binding indented to its place in the list.
    empty = json.dumps(
        {"head": {"vars": list(variables)}, "results": {"bindings": []}}, indent=2, ensure_ascii=False
    )
    head, _, tail = empty.rpartition("[]")
    count = 0
    for row in rows:
        binding = {v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
        text = json.dumps(binding, indent=2, ensure_ascii=False).replace("\n", "\n      ")
        out.write(f"{head}[\n      {text}" if count == 0 else f",\n      {text}")
        count += 1
    out.write(f"{empty}\n" if count == 0 else f"\n    ]{tail}\n")
    return count
