"""What the derived graph is computed from: each statement's key, kept in SQLite beside the projection.

A statement's key is its speaker, stance type and target, with its date, its release, the
release's language and event number, and whether its own graph links it as a translation: one
row per statement in force and stance. The rows are
written with the release graphs they come from (:meth:`StatementKeys.record`, called by the
store on every write), so the derived graph (``derived.py``) can be brought up to date from
the few keys a change touched, in bounded memory, instead of from a query over the corpus.

Beside the rows, each statement's audiences and topics (*facets*, with its date and speaker) and
one row per two of its topics.

A change marks as *dirty* the parts of the derived graph it may alter: the (speaker, target)
pairs, the days and their months and years, the (speaker, stance type) tallies, the (speaker,
audience) and (topic, topic) tallies and the (entry, month) tallies of the rows and facets it
removed or added.
``derived.derive`` recomputes those parts and nothing else. Each part's derived triples are
kept here too, so what a part no longer derives can be removed from the projection although
the statements it came from are gone.

The index is a cache of the projection, never a source of truth: it records the projection's
position, and one that is out of step (a crash between the two writes, an index from another
version, a deleted file) is filled again from the projection (:meth:`reindex`).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import groupby
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .domain import Statement
from .errors import StoreError
from .namespaces import PREFIXES, SG, STANCE, statement_iri
from .sqlitecache import open_cache

# Bumped when the rows or tables change: an index of another version is filled again.
INDEX_VERSION = "4"
FILE_NAME = "statgraph-keys.sqlite"
# The graphs StatementKeys.record writes before it commits, and the SQLite page cache (KiB).
_HELD_GRAPHS = 8192
_CACHE_KIB = 131072

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_DATE = "http://purl.org/dc/terms/date"
_LANGUAGE = "http://purl.org/dc/terms/language"
_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
_INVALIDATED = "http://www.w3.org/ns/prov#invalidatedAtTime"
_STATEMENT = str(SG.Statement)
_SPEAKER = str(SG.speaker)
_STANCE = str(SG.stance)
_STANCE_TYPE = str(SG.stanceType)
_TARGET = str(SG.target)
_EVENT_SEQ = str(SG.eventSeq)
_TRANSLATION_OF = str(SG.translationOf)
_PREDICATES = (
    _RDF_TYPE,
    _DATE,
    _LANGUAGE,
    _DERIVED_FROM,
    _INVALIDATED,
    _SPEAKER,
    _STANCE,
    _STANCE_TYPE,
    _TARGET,
    _EVENT_SEQ,
    _TRANSLATION_OF,
    str(SG.audience),
    str(SG.topic),
)
# The lines of a release graph's N-Triples that a key is made of (a tenth of them): only these
# are parsed. A line is "<subject> <predicate> object .": its predicate is the second IRI.
_KEY_PREDICATES = frozenset(f"<{p}>".encode() for p in _PREDICATES)
_SUBJECT_PREDICATE = re.compile(rb"<[^>]*> (<[^>]*>)")

# The same rows as keys_of, from the whole projection.
_ROWS = """
SELECT ?s ?r ?date ?lang ?seq ?speaker ?stance ?target ?linked WHERE {
  ?s a sg:Statement ; prov:wasDerivedFrom ?r ; sg:speaker ?speaker ; dcterms:date ?date ; sg:stance ?st .
  ?st sg:stanceType ?stance ; sg:target ?target .
  ?r dcterms:language ?lang ; sg:eventSeq ?seq .
  FILTER NOT EXISTS { ?s prov:invalidatedAtTime ?when }
  OPTIONAL { GRAPH ?r { ?s sg:translationOf ?linked } }
}
"""
# (Not grouped: a statement linked twice gives two equal rows, which nothing counts twice, and
# grouping would hold every row of the store in memory.)

# The same facets as keys_of, from the whole projection.
_FACETS = """
SELECT ?s ?r ?date ?speaker ?kind ?value WHERE {
  ?s a sg:Statement ; prov:wasDerivedFrom ?r ; sg:speaker ?speaker ; dcterms:date ?date .
  FILTER NOT EXISTS { ?s prov:invalidatedAtTime ?when }
  { ?s sg:audience ?value BIND("audience" AS ?kind) } UNION { ?s sg:topic ?value BIND("topic" AS ?kind) }
}
"""

_DROP = (
    "DROP TABLE IF EXISTS meta; "
    "DROP TABLE IF EXISTS rows; "
    "DROP TABLE IF EXISTS dirty; "
    "DROP TABLE IF EXISTS derived; "
    "DROP TABLE IF EXISTS mirror; "
    "DROP TABLE IF EXISTS mirror_parts; "
    "DROP TABLE IF EXISTS facets; "
    "DROP TABLE IF EXISTS topic_pairs; "
    "DROP TABLE IF EXISTS day_sums; "
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
  graph TEXT NOT NULL, statement TEXT NOT NULL, release TEXT NOT NULL, date TEXT NOT NULL,
  lang TEXT NOT NULL, seq INTEGER NOT NULL, speaker TEXT NOT NULL, stance TEXT NOT NULL,
  target TEXT NOT NULL, linked INTEGER NOT NULL
);
-- (the indexes of rows, facets and topic_pairs, _KEY_INDEXES, follow)
DROP INDEX IF EXISTS rows_graph;
-- Stores made before the covering indexes drop the narrower ones.
DROP INDEX IF EXISTS rows_tally;
DROP INDEX IF EXISTS rows_target;
DROP INDEX IF EXISTS rows_pair;
CREATE TABLE IF NOT EXISTS facets (
  graph TEXT NOT NULL, statement TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
  date TEXT NOT NULL, speaker TEXT NOT NULL
);
DROP INDEX IF EXISTS facets_value;
DROP INDEX IF EXISTS facets_date;
-- One row per two topics of a statement, so a pair is counted from its own rows.
CREATE TABLE IF NOT EXISTS topic_pairs (
  graph TEXT NOT NULL, statement TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL
);
DROP INDEX IF EXISTS topic_pairs_ab;
CREATE TABLE IF NOT EXISTS dirty (part TEXT PRIMARY KEY) WITHOUT ROWID;
-- What each part of the derived graph derives (N-Triples terms), to write only what changed and
-- to keep a triple two parts derive. A part is a number (its name, which repeats a speaker's and
-- a target's IRIs, is kept once) and a triple is found by a hash of its terms: an index of the
-- terms themselves held a copy of them all (the table was 11.6 GB at 100k releases). The
-- "derived" table of earlier versions, keyed by names and terms, is dropped.
DROP TABLE IF EXISTS derived;
CREATE TABLE IF NOT EXISTS mirror_parts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS mirror (
  part INTEGER NOT NULL, h INTEGER NOT NULL, s TEXT NOT NULL, p TEXT NOT NULL, o TEXT NOT NULL
);
-- (the mirror's indexes, _MIRROR_INDEXES, follow)
-- A day part's tallies as numbers, by stance type, written with its mirror rows: a month's or a
-- year's period part sums these few rows, where it read every day's tally triples (a year's were
-- twelve thousand mirror rows at 10k releases, 5 ms a period part).
CREATE TABLE IF NOT EXISTS day_sums (
  date TEXT NOT NULL, stance TEXT NOT NULL, statements INTEGER NOT NULL, translations INTEGER NOT NULL,
  PRIMARY KEY (date, stance)
) WITHOUT ROWID;
-- A version of statgraph that does not keep day_sums (opened on this index after this one) leaves
-- them behind the day parts it derives; its derivation takes a day part off the dirty list, which
-- drops the mark that they are in step, and the next open here fills them again from the parts.
CREATE TRIGGER IF NOT EXISTS day_sums_in_step AFTER DELETE ON dirty
WHEN substr(OLD.part, 1, 4) = 'day' || char(31)
BEGIN DELETE FROM meta WHERE key = 'day_sums'; END;
"""
# Kept apart: a store's first load builds them at its end (StatementKeys.loading).
_KEY_INDEXES = """
-- A release's rows by graph, and a statement's stance types by graph and statement (an entry's
-- month counts join its topics' statements to their stance types here, in the index alone).
CREATE INDEX IF NOT EXISTS rows_graph_cover ON rows (graph, statement, stance);
CREATE INDEX IF NOT EXISTS rows_date ON rows (date);
-- The counting queries of the tally parts read only these indexes (covering: the columns they
-- count are in the index), not the table rows they point to: a large speaker's tally read a
-- third of the table at 100k releases.
-- A pair's parts read one year of it and count it by stance type: SQLite, left to choose, read
-- every row of the speaker or of the target instead (3.7 ms a pair at 10k releases).
CREATE INDEX IF NOT EXISTS rows_pair_cover ON rows (speaker, target, date, stance, seq, statement);
CREATE INDEX IF NOT EXISTS rows_tally_cover ON rows (speaker, stance, date, statement);
CREATE INDEX IF NOT EXISTS rows_target_cover ON rows (target, date, stance, statement);
CREATE INDEX IF NOT EXISTS facets_graph ON facets (graph, statement);
CREATE INDEX IF NOT EXISTS facets_value_cover ON facets (kind, value, speaker, date, statement);
CREATE INDEX IF NOT EXISTS facets_date_cover ON facets (kind, value, date, graph, statement);
CREATE INDEX IF NOT EXISTS topic_pairs_graph ON topic_pairs (graph);
CREATE INDEX IF NOT EXISTS topic_pairs_ab_cover ON topic_pairs (a, b, statement);
"""
_DROP_KEY_INDEXES = (
    "DROP INDEX IF EXISTS rows_graph_cover; DROP INDEX IF EXISTS rows_date; "
    "DROP INDEX IF EXISTS rows_pair_cover; DROP INDEX IF EXISTS rows_tally_cover; "
    "DROP INDEX IF EXISTS rows_target_cover; DROP INDEX IF EXISTS facets_graph; "
    "DROP INDEX IF EXISTS facets_value_cover; DROP INDEX IF EXISTS facets_date_cover; "
    "DROP INDEX IF EXISTS topic_pairs_graph; DROP INDEX IF EXISTS topic_pairs_ab_cover;"
)
# Kept apart: a derivation into an empty mirror builds them at its end (StatementKeys.filling).
_MIRROR_INDEXES = """
CREATE INDEX IF NOT EXISTS mirror_part ON mirror (part);
CREATE INDEX IF NOT EXISTS mirror_h ON mirror (h);
"""
_DROP_MIRROR_INDEXES = "DROP INDEX IF EXISTS mirror_part; DROP INDEX IF EXISTS mirror_h;"

_GRAPH_KNOWN = (
    "SELECT EXISTS (SELECT 1 FROM rows WHERE graph = ?) OR EXISTS (SELECT 1 FROM facets WHERE graph = ?) "
    "OR EXISTS (SELECT 1 FROM topic_pairs WHERE graph = ?)"
)

# A part of the derived graph: "pair" + speaker + target (the pair's tallies), "pairyear" +
# speaker + target + YYYY (the links, shifts and sg:countedIn of the pair's statements of one
# year), "day" + date, "tally" + speaker + stance type, "aud" + speaker + audience, "topics" +
# two topics in IRI order, "month" + an entry (a statement's target or topic) + YYYY-MM, or
# "period" + YYYY-MM or YYYY (the sums of a month's or a year's day tallies, computed after the
# day parts; see derived.py).
_SEP = "\x1f"
# The part that holds a derived graph the index did not make (see adopt); it sorts last.
ADOPTED = "~adopted"

# statement release date lang seq speaker stance target, and whether the statement's own graph
# links it as a translation (an sg:translationOf written there by hand; derive() writes its own
# links in the derived graph).
Row = tuple[str, str, str, str, int, str, str, str, int]
# statement kind ("audience" or "topic") value date speaker: one per audience and per topic of a
# statement in force.
Facet = tuple[str, str, str, str, str]
Triple = tuple[str, str, str]
# A release graph's rows and facets.
Keys = tuple[list[Row], list[Facet]]


def pair_part(speaker: str, target: str) -> str:
    return f"pair{_SEP}{speaker}{_SEP}{target}"


def pair_year_part(speaker: str, target: str, date: str) -> str:
    return f"pairyear{_SEP}{speaker}{_SEP}{target}{_SEP}{date[:4]}"


def day_part(date: str) -> str:
    return f"day{_SEP}{date}"


def tally_part(speaker: str, stance: str) -> str:
    return f"tally{_SEP}{speaker}{_SEP}{stance}"


def audience_part(speaker: str, audience: str) -> str:
    return f"aud{_SEP}{speaker}{_SEP}{audience}"


def topics_part(a: str, b: str) -> str:
    return f"topics{_SEP}{min(a, b)}{_SEP}{max(a, b)}"


def month_part(entry: str, date: str) -> str:
    return f"month{_SEP}{entry}{_SEP}{date[:7]}"


def period_parts(date: str) -> tuple[str, str]:
    """The month and the year of a day, as the parts that sum its day tallies."""
    return f"period{_SEP}{date[:7]}", f"period{_SEP}{date[:4]}"


def split_part(part: str) -> tuple[str, ...]:
    return tuple(part.split(_SEP))


def keys_of(ntriples: bytes) -> tuple[list[Row], list[Facet]]:
    """The key rows and the facets (audiences and topics, with the statement's date and speaker)
    of one release graph, from its N-Triples."""
    # Lines split and matched one by one: a multi-line regular expression over the whole text
    # tried every position of the release's text literal.
    lines = b"\n".join(
        line
        for line in ntriples.split(b"\n")
        if (m := _SUBJECT_PREDICATE.match(line)) and m.group(1) in _KEY_PREDICATES
    )
    if not lines:
        return [], []
    by: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    try:
        for t in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES):
            subject = t.subject.value if isinstance(t.subject, ox.NamedNode) else str(t.subject)
            by[t.predicate.value][subject].append(t.object)
    except SyntaxError as exc:
        raise StoreError(f"indexing a release graph: {exc}") from exc
    empty: dict[str, list[Any]] = {}

    def values(predicate: str, subject: str) -> list[str]:
        return [term_key(o) for o in by.get(predicate, empty).get(subject, ())]

    statements = [
        s
        for s, types in by.get(_RDF_TYPE, empty).items()
        if any(isinstance(o, ox.NamedNode) and o.value == _STATEMENT for o in types)
        and s not in by.get(_INVALIDATED, empty)
    ]
    rows: list[Row] = []
    for s in statements:
        linked = int(bool(by.get(_TRANSLATION_OF, empty).get(s)))
        for release in values(_DERIVED_FROM, s):
            for lang in values(_LANGUAGE, release):
                for seq_text in values(_EVENT_SEQ, release):
                    try:
                        seq = int(seq_text)
                    except ValueError:
                        continue
                    for speaker in values(_SPEAKER, s):
                        for date in values(_DATE, s):
                            for stance_node in values(_STANCE, s):
                                for stance in values(_STANCE_TYPE, stance_node):
                                    for target in values(_TARGET, stance_node):
                                        rows.append(
                                            (s, release, date, lang, seq, speaker, stance, target, linked)
                                        )
    facets: list[Facet] = [
        (s, kind, value, date, speaker)
        for s in statements
        if values(_DERIVED_FROM, s)
        for speaker in values(str(SG.speaker), s)
        for date in values(_DATE, s)
        for kind, predicate in (("audience", str(SG.audience)), ("topic", str(SG.topic)))
        for value in values(predicate, s)
    ]
    return rows, facets


def keys_of_statements(release: str, lang: str, seq: int, statements: Sequence[Statement]) -> Keys | None:
    """``keys_of`` a release graph made of the release's own triples and these statements alone (an
    extraction with no analyst's event: no statement is invalidated or linked), from the statements
    rather than from the graph's N-Triples; ``release`` is the release's IRI, ``lang`` and ``seq`` its
    language and event number. None when two statements share an id: their triples merge in the
    graph, and ``keys_of`` reads what the merge gives.

    The rows and facets come in ``keys_of``'s order, which is that of the sorted N-Triples lines they
    are read from (the rows' order is the index's insertion order). Reading them back from the
    N-Triples was 1.3 ms of a release's CPU time in a load (parse and regrouping), this a few µs.
    """
    by_line: dict[str, tuple[str, Statement]] = {}
    for st in statements:
        s = statement_iri(st.statement_id)
        # The N-Triples line that makes s a statement: keys_of meets statements in its order.
        line = f"<{s}> <{_RDF_TYPE}> <{_STATEMENT}> ."
        if line in by_line:
            return None
        by_line[line] = (s, st)
    rows: list[Row] = []
    facets: list[Facet] = []
    for line in sorted(by_line):
        s, st = by_line[line]
        date = st.date.isoformat()
        rows.append((s, release, date, lang, seq, st.speaker, f"{STANCE}{st.stance}", st.target, 0))
        if st.audience:
            facets.append((s, "audience", st.audience, date, st.speaker))
        # A statement's topic lines, "<s> <sg:topic> <topic> .", sorted: by "<topic> .".
        for topic in sorted(set(st.topics), key=lambda t: f"<{t}> ."):
            facets.append((s, "topic", topic, date, st.speaker))
    return rows, facets


def term_key(term: Any) -> str:
    """An IRI's or a literal's value; a blank node's N-Triples form (only compared, never written)."""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return str(term.value)
    return str(term)


class StatementKeys:
    """The key index of one projection. ``path=None`` keeps it in memory (a past view's store)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        # A load records keys from the thread that writes the projection (api._Loader.project).
        schema = _SCHEMA + _KEY_INDEXES + _MIRROR_INDEXES
        self._db = open_cache(path, schema=schema, drop=_DROP, version=INDEX_VERSION, any_thread=True)
        # Room for the pages of the tables and indexes a load writes at random (the rows', facets'
        # and mirror's indexes): SQLite's default of 2 MB read and wrote most of them again for each
        # projection batch.
        self._db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        # The mirror's parts written since a derivation into an empty mirror began (see filling).
        self._fresh: set[int] | None = None
        # Graphs recorded in the transaction record() leaves open (see there).
        self._held = 0
        # The graphs recorded since a first load began, while the tables' indexes are dropped (see
        # loading); None when they are not.
        self._bare: set[str] | None = None
        self._fill_day_sums()

    def close(self) -> None:
        self.settle()
        self._db.close()

    # ------------------------------------------------------------------ position

    def position(self) -> int:
        """The projection position the index reflects, or -1 when it reflects none (new, or made
        by another version)."""
        got = dict(self._db.execute("SELECT key, value FROM meta"))
        if got.get("version") != INDEX_VERSION or not str(got.get("position", "")).lstrip("-").isdigit():
            return -1
        return int(got["position"])

    def _set_position(self, position: int) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("version", INDEX_VERSION), ("position", str(int(position)))],
        )

    def set_position(self, position: int) -> None:
        with self._transaction():
            self._set_position(position)

    # ------------------------------------------------------------------ rows

    def record(
        self,
        graphs: Mapping[str, bytes],
        position: int,
        known: Mapping[str, Keys] | None = None,
    ) -> None:
        """The release graphs just written to the projection: their rows replace the old ones,
        and the parts of the derived graph both touch are marked dirty. ``known`` holds the rows
        and facets of some of the graphs, computed by their writer (``keys_of_statements``): those
        graphs' N-Triples are not read again.

        The transaction is left open for the next graphs, up to ``_HELD_GRAPHS``, and committed by
        :meth:`settle` (which any other write, and closing, call first): a load's index pages, which
        its rows reach at random, were written again at each projection batch's commit (a 10k-release
        load's keys, recorded again by batches of 256 graphs: 35.6 s, 3.5 GB written to the WAL
        between checkpoints; held for 2,048 graphs with a 64 MB page cache, 15.8 s; for 8,192
        with 128 MB, 12.0 s).
        A crash before the commit leaves the index behind the projection, which fills it again.
        """
        if not self._held:
            self._db.execute("BEGIN")
        try:
            for graph, ntriples in graphs.items():
                if self._bare is not None:
                    if graph in self._bare:  # a revision in a first load: the indexes are needed now
                        self._build_key_indexes()
                    else:
                        self._bare.add(graph)
                # (a new release's graph has nothing to mark or remove: one lookup, not a dozen)
                if self._bare is None and self._db.execute(_GRAPH_KNOWN, (graph, graph, graph)).fetchone()[0]:
                    self._mark_rows("WHERE graph = ?", (graph,))
                    self._db.execute("DELETE FROM rows WHERE graph = ?", (graph,))
                    self._db.execute("DELETE FROM facets WHERE graph = ?", (graph,))
                    self._db.execute("DELETE FROM topic_pairs WHERE graph = ?", (graph,))
                given = known.get(graph) if known else None
                rows, facets = given if given is not None else keys_of(ntriples)
                self._insert(graph, rows)
                self._insert_facets(graph, facets)
            self._set_position(position)
        except BaseException:
            self._held = 0
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._held += max(1, len(graphs))
        if self._held >= _HELD_GRAPHS:
            self.settle()

    def settle(self) -> None:
        """Commit the graphs :meth:`record` holds in its open transaction."""
        if self._held:
            self._held = 0
            self._db.execute("COMMIT")

    @contextmanager
    def loading(self) -> Iterator[None]:
        """A load into an empty index (a new store's first load): the indexes of rows, facets and
        topic pairs are dropped while it records and built once at its end, as the mirror's are by
        :meth:`filling`. A 10k-release load's keys, recorded with them kept, were about a fifth of
        its writer's time (profiled); built at the end, a few seconds. While they are missing, no
        release's graph is looked for (a graph not recorded in this load is not in the index) and a
        pair's later day is not marked (every row recorded marked its own day's part, and nothing
        is derived until the load ends); a graph recorded twice builds them first. A crash
        meanwhile leaves no index, which the schema builds again on the next open."""
        if self._bare is not None or self._db.execute(
            "SELECT EXISTS (SELECT 1 FROM rows) OR EXISTS (SELECT 1 FROM facets) "
            "OR EXISTS (SELECT 1 FROM topic_pairs) OR EXISTS (SELECT 1 FROM mirror)"
        ).fetchone()[0]:
            yield
            return
        self.settle()
        self._db.executescript(_DROP_KEY_INDEXES)
        self._bare = set()
        try:
            yield
        finally:
            self.settle()
            self._build_key_indexes()

    def _build_key_indexes(self) -> None:
        """End :meth:`loading`'s bare tables; the transaction record() holds, if any, goes on after."""
        if self._bare is None:
            return
        self._bare = None
        held = self._db.in_transaction
        if held:  # (executescript would commit it without a word)
            self._db.execute("COMMIT")
        self._db.executescript(_KEY_INDEXES)
        if held:
            self._db.execute("BEGIN")

    def _insert(self, graph: str, rows: Iterable[Row]) -> None:
        rows = list(rows)
        self._db.executemany(
            "INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(graph, *row) for row in rows]
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO dirty VALUES (?)",
            [
                (p,)
                for p in {pair_part(r[5], r[7]) for r in rows}
                | {pair_year_part(r[5], r[7], r[2]) for r in rows}
                | {pair_year_part(*later) for later in (self._next_days(rows) if self._bare is None else ())}
                | {day_part(r[2]) for r in rows}
                | {tally_part(r[5], r[6]) for r in rows}
                | {month_part(r[7], r[2]) for r in rows}
                | {p for r in rows for p in period_parts(r[2])}
            ],
        )

    def _insert_facets(self, graph: str, facets: Iterable[Facet]) -> None:
        facets = list(facets)
        self._db.executemany("INSERT INTO facets VALUES (?, ?, ?, ?, ?, ?)", [(graph, *f) for f in facets])
        topics: dict[str, set[str]] = defaultdict(set)
        for statement, kind, value, _date, _speaker in facets:
            if kind == "topic":
                topics[statement].add(value)
        pairs = [(graph, s, a, b) for s, values in topics.items() for a in values for b in values if a < b]
        self._db.executemany("INSERT INTO topic_pairs VALUES (?, ?, ?, ?)", pairs)
        self._db.executemany(
            "INSERT OR IGNORE INTO dirty VALUES (?)",
            [
                (p,)
                for p in {audience_part(f[4], f[2]) for f in facets if f[1] == "audience"}
                | {month_part(f[2], f[3]) for f in facets if f[1] == "topic"}
                | {topics_part(a, b) for _g, _s, a, b in pairs}
            ],
        )

    def _next_days(self, rows: list[Row]) -> Iterator[tuple[str, str, str]]:
        """For each row's speaker, target and date, the pair's next later day, if any: its first
        statements' links and shifts read the row's day, so its year's part changes too."""
        for speaker, target, date in {(r[5], r[7], r[2]) for r in rows}:
            (later,) = self._db.execute(
                "SELECT min(date) FROM rows INDEXED BY rows_pair_cover "
                "WHERE speaker = ? AND target = ? AND date > ?",
                (speaker, target, date),
            ).fetchone()
            if later is not None:
                yield speaker, target, later

    def _mark_rows(self, where: str, args: tuple[Any, ...]) -> None:
        # "+kind" keeps SQLite from reading facets through the (kind, ...) indexes, which for one
        # release's graph meant every facet of the store, on every load (13 ms a release at 1k
        # releases, growing with the store): the graph index is the one to use.
        self._db.execute(
            "INSERT OR IGNORE INTO dirty "
            f"SELECT DISTINCT 'pair' || char(31) || speaker || char(31) || target FROM rows {where}",
            args,
        )
        self._db.execute(
            "INSERT OR IGNORE INTO dirty SELECT DISTINCT 'pairyear' || char(31) || speaker || char(31) "
            f"|| target || char(31) || substr(date, 1, 4) FROM rows {where}",
            args,
        )
        if where:  # (with no condition, every pair's every year is marked above)
            self._db.execute(
                "INSERT OR IGNORE INTO dirty SELECT DISTINCT 'pairyear' || char(31) || speaker || char(31) "
                "|| target || char(31) || substr(later, 1, 4) FROM (SELECT speaker, target, (SELECT "
                "min(b.date) FROM rows AS b INDEXED BY rows_pair_cover WHERE b.speaker = a.speaker "
                "AND b.target = a.target AND b.date > a.date) AS later "
                f"FROM (SELECT speaker, target, date FROM rows {where}) AS a) "
                "WHERE later IS NOT NULL",
                args,
            )
        self._db.execute(
            f"INSERT OR IGNORE INTO dirty SELECT DISTINCT 'day' || char(31) || date FROM rows {where}", args
        )
        self._db.execute(
            "INSERT OR IGNORE INTO dirty "
            f"SELECT DISTINCT 'tally' || char(31) || speaker || char(31) || stance FROM rows {where}",
            args,
        )
        for length in (7, 4):
            self._db.execute(
                "INSERT OR IGNORE INTO dirty SELECT DISTINCT "
                f"'period' || char(31) || substr(date, 1, {length}) FROM rows {where}",
                args,
            )
        self._db.execute(
            "INSERT OR IGNORE INTO dirty SELECT DISTINCT 'aud' || char(31) || speaker || char(31) || value "
            f"FROM facets {where} {'AND' if where else 'WHERE'} +kind = 'audience'",
            args,
        )
        self._db.execute(
            "INSERT OR IGNORE INTO dirty "
            f"SELECT DISTINCT 'topics' || char(31) || a || char(31) || b FROM topic_pairs {where}",
            args,
        )
        self._db.execute(
            "INSERT OR IGNORE INTO dirty SELECT DISTINCT "
            f"'month' || char(31) || target || char(31) || substr(date, 1, 7) FROM rows {where}",
            args,
        )
        self._db.execute(
            "INSERT OR IGNORE INTO dirty SELECT DISTINCT 'month' || char(31) || value || char(31) || "
            f"substr(date, 1, 7) FROM facets {where} {'AND' if where else 'WHERE'} +kind = 'topic'",
            args,
        )

    def reindex(self, query: Callable[..., Any], position: int) -> None:
        """Fill the index again from the projection, through its ``query`` method (one streaming
        query, a tenth of the time of reading each release graph), with no derived triple
        recorded: the caller has the derived graph adopted (:meth:`adopt`).

        A row's graph is its release: the projection names each release's graph after the release
        (``namespaces.release_iri``).
        """
        with self._transaction():
            self._db.execute("DELETE FROM rows")
            self._db.execute("DELETE FROM mirror")
            self._db.execute("DELETE FROM mirror_parts")
            self._db.execute("DELETE FROM day_sums")
            self._db.execute("DELETE FROM dirty")
            batch: list[tuple[Any, ...]] = []
            for sol in query(_ROWS, prefixes=PREFIXES):
                try:
                    seq = int(sol["seq"].value)
                except ValueError:
                    continue
                release = term_key(sol["r"])
                batch.append(
                    (
                        release,
                        term_key(sol["s"]),
                        release,
                        term_key(sol["date"]),
                        term_key(sol["lang"]),
                        seq,
                        *(term_key(sol[v]) for v in ("speaker", "stance", "target")),
                        int(sol["linked"] is not None),
                    )
                )
                if len(batch) >= 10_000:
                    self._db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
                    batch = []
            self._db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
            self._db.execute("DELETE FROM facets")
            self._db.execute("DELETE FROM topic_pairs")
            batch = []
            for sol in query(_FACETS, prefixes=PREFIXES):
                columns = ("s", "kind", "value", "date", "speaker")
                batch.append((term_key(sol["r"]), *(term_key(sol[v]) for v in columns)))
                if len(batch) >= 10_000:
                    self._db.executemany("INSERT INTO facets VALUES (?, ?, ?, ?, ?, ?)", batch)
                    batch = []
            self._db.executemany("INSERT INTO facets VALUES (?, ?, ?, ?, ?, ?)", batch)
            # A statement's topics are read in a row, in (graph, statement) order: a self-join in SQL
            # was planned through the (kind, value) index and ran for hours at 100k releases.
            pairs: list[tuple[str, str, str, str]] = []
            rows = self._db.execute(
                "SELECT graph, statement, value FROM facets INDEXED BY facets_graph "
                "WHERE kind = 'topic' ORDER BY graph, statement"
            )
            for (graph, statement), group in groupby(rows, key=lambda r: (r[0], r[1])):
                values = sorted({r[2] for r in group})
                pairs.extend((graph, statement, a, b) for i, a in enumerate(values) for b in values[i + 1 :])
                if len(pairs) >= 10_000:
                    self._db.executemany("INSERT INTO topic_pairs VALUES (?, ?, ?, ?)", pairs)
                    pairs = []
            self._db.executemany("INSERT INTO topic_pairs VALUES (?, ?, ?, ?)", pairs)
            self._db.execute("DELETE FROM dirty")
            self._set_position(position)

    def adopt(self, triples: Iterable[Triple]) -> None:
        """Take the derived graph as it stands (made by another version, or before the index was
        filled again) as one part, computed last, that derives nothing; mark every other part
        dirty. Derivation then removes only what no part derives any more, instead of emptying
        the graph and writing it again."""
        with self._transaction():
            self._db.execute("DELETE FROM mirror")
            self._db.execute("DELETE FROM mirror_parts")
            self._db.execute("DELETE FROM day_sums")
            adopted = self._part_id(ADOPTED)
            batch: list[tuple[int, int, str, str, str]] = []
            for t in triples:
                batch.append((adopted, _hash(t), *t))
                if len(batch) >= 10_000:
                    self._db.executemany("INSERT INTO mirror VALUES (?, ?, ?, ?, ?)", batch)
                    batch = []
            self._db.executemany("INSERT INTO mirror VALUES (?, ?, ?, ?, ?)", batch)
            self._db.execute("INSERT OR IGNORE INTO dirty VALUES (?)", (ADOPTED,))
            self._mark_rows("", ())

    def pair_year_rows(
        self, speaker: str, target: str, year: str
    ) -> tuple[list[tuple[str, str, int, str]], list[tuple[str, str, int, str]]]:
        """(statement, date, seq, stance) of one speaker on one target in one year (YYYY), and of
        the pair's latest day before that year (none if there is none)."""
        pair = (speaker, target)
        rows = list(
            self._db.execute(
                "SELECT statement, date, seq, stance FROM rows INDEXED BY rows_pair_cover "
                "WHERE speaker = ? AND target = ? AND date >= ? AND date < ?",
                (*pair, f"{year}-", f"{int(year) + 1:04d}-"),
            )
        )
        (earlier,) = self._db.execute(
            "SELECT max(date) FROM rows INDEXED BY rows_pair_cover WHERE speaker = ? AND target = ? "
            "AND date < ?",
            (*pair, f"{year}-"),
        ).fetchone()
        if earlier is None:
            return rows, []
        before = list(
            self._db.execute(
                "SELECT statement, date, seq, stance FROM rows INDEXED BY rows_pair_cover "
                "WHERE speaker = ? AND target = ? AND date = ?",
                (*pair, earlier),
            )
        )
        return rows, before

    def pair_summary(self, speaker: str, target: str) -> tuple[int, list[tuple[str, int, str, str]]]:
        """How many statements of one speaker on one target, and by stance type: statements, first
        and last date (counted in SQLite: the pair's statements are not read one by one)."""
        pair = (speaker, target)
        (count,) = self._db.execute(
            "SELECT count(DISTINCT statement) FROM rows INDEXED BY rows_pair_cover "
            "WHERE speaker = ? AND target = ?",
            pair,
        ).fetchone()
        by_type = [
            (stance, int(n), first, last)
            for stance, n, first, last in self._db.execute(
                "SELECT stance, count(DISTINCT statement), min(date), max(date) FROM rows "
                "INDEXED BY rows_pair_cover WHERE speaker = ? AND target = ? GROUP BY stance",
                pair,
            )
        ]
        return int(count), by_type

    def day_rows(self, date: str) -> list[tuple[str, str, str, int, str, str, str, int]]:
        """(statement, release, lang, seq, speaker, stance, target, linked) of one day."""
        return list(
            self._db.execute(
                "SELECT statement, release, lang, seq, speaker, stance, target, linked FROM rows "
                "WHERE date = ?",
                (date,),
            )
        )

    def tally(self, speaker: str, stance: str) -> tuple[int, str | None, str | None]:
        """How many statements of one speaker took one stance type, and their first and last dates."""
        count, first, last = self._db.execute(
            "SELECT count(DISTINCT statement), min(date), max(date) FROM rows "
            "WHERE speaker = ? AND stance = ?",
            (speaker, stance),
        ).fetchone()
        return int(count), first, last

    def audience_tally(self, speaker: str, audience: str) -> tuple[int, str | None, str | None]:
        """How many statements of one speaker were addressed to one audience, first and last dates."""
        count, first, last = self._db.execute(
            "SELECT count(DISTINCT statement), min(date), max(date) FROM facets "
            "WHERE kind = 'audience' AND value = ? AND speaker = ?",
            (audience, speaker),
        ).fetchone()
        return int(count), first, last

    def topic_pair_count(self, a: str, b: str) -> int:
        """How many statements have both topics (``a`` before ``b``)."""
        return int(
            self._db.execute(
                "SELECT count(DISTINCT statement) FROM topic_pairs WHERE a = ? AND b = ?", (a, b)
            ).fetchone()[0]
        )

    def month_counts(self, entry: str, month: str) -> dict[str, int]:
        """By stance type, how many statements of one month (YYYY-MM) have the entry as their
        target or one of their topics."""
        first, last = f"{month}-01", f"{month}-31"
        return {
            stance: int(count)
            for stance, count in self._db.execute(
                "SELECT stance, count(DISTINCT statement) FROM ("
                "SELECT statement, stance FROM rows WHERE target = ? AND date BETWEEN ? AND ? UNION "
                "SELECT r.statement, r.stance FROM facets AS f JOIN rows AS r "
                "ON r.graph = f.graph AND r.statement = f.statement "
                "WHERE f.kind = 'topic' AND f.value = ? AND f.date BETWEEN ? AND ?"
                ") GROUP BY stance",
                (entry, first, last, entry, first, last),
            )
        }

    def count_rows(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM rows").fetchone()[0])

    def speakers_and_targets(self) -> set[str]:
        """Every speaker and every target of the indexed statements (each from the index it leads)."""
        found = {r[0] for r in self._db.execute("SELECT DISTINCT speaker FROM rows")}
        found.update(r[0] for r in self._db.execute("SELECT DISTINCT target FROM rows"))
        return found

    # ------------------------------------------------------------------ derived parts

    def dirty(self, limit: int) -> list[str]:
        """Parts to compute, the adopted graph left out (see :meth:`adopted_orphans`). The period
        parts come after every other: they sum what the day parts recorded.

        Read in the table's own order, the period parts' range apart: ordered by an expression,
        every dirty part was sorted again for each batch (1.6 s of a 10k-release load, profiled)."""
        low, high = f"period{_SEP}", f"period{chr(ord(_SEP) + 1)}"
        parts = [
            p
            for (p,) in self._db.execute(
                "SELECT part FROM dirty WHERE part != ? AND (part < ? OR part >= ?) ORDER BY part LIMIT ?",
                (ADOPTED, low, high, limit),
            )
        ]
        if len(parts) < limit:
            parts += [
                p
                for (p,) in self._db.execute(
                    "SELECT part FROM dirty WHERE part >= ? AND part < ? ORDER BY part LIMIT ?",
                    (low, high, limit - len(parts)),
                )
            ]
        return parts

    def day_tally_sums(self, period: str) -> dict[str, tuple[int, int]]:
        """By stance type (IRI), the statements and translations of the day tallies recorded for
        the days of one period (YYYY-MM or YYYY), as the day parts last derived them."""
        return {
            stance: (int(statements), int(translations))
            for stance, statements, translations in self._db.execute(
                "SELECT stance, sum(statements), sum(translations) FROM day_sums "
                "WHERE date >= ? AND date < ? GROUP BY stance",
                (period, f"{period}\x7f"),
            )
        }

    def _record_day_sums(self, part: str, triples: Iterable[Triple]) -> None:
        date = part[len(day_part("")) :]
        self._db.execute("DELETE FROM day_sums WHERE date = ?", (date,))
        self._db.executemany(
            "INSERT INTO day_sums VALUES (?, ?, ?, ?)",
            [(date, stance, *sums) for stance, sums in _day_sums(triples).items()],
        )

    def _fill_day_sums(self) -> None:
        """The sums of the day parts the index records, read from them once when they are not known
        to be in step: in an index made before ``day_sums``, or after a version without them."""
        if self._db.execute("SELECT 1 FROM meta WHERE key = 'day_sums'").fetchone() is not None:
            return
        with self._transaction():
            self._db.execute("DELETE FROM day_sums")
            low, high = day_part(""), day_part("\x7f")
            parts = self._db.execute(
                "SELECT name, s, p, o FROM mirror_parts JOIN mirror ON mirror.part = mirror_parts.id "
                "WHERE name >= ? AND name < ? ORDER BY name",
                (low, high),
            )
            for name, rows in groupby(parts, key=lambda r: str(r[0])):
                self._record_day_sums(name, ((s, p, o) for _n, s, p, o in rows))
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('day_sums', '1')")

    def adopted_orphans(self) -> Iterator[Triple]:
        """The adopted graph's triples that no computed part derives, streamed (an adopted graph
        can be the whole derived graph of a large store): what is left to remove once every other
        part is computed."""
        if self._db.execute("SELECT 1 FROM dirty WHERE part = ?", (ADOPTED,)).fetchone() is None:
            return
        adopted = self._part_id(ADOPTED)
        yield from self._db.execute(
            "SELECT DISTINCT s, p, o FROM mirror AS a WHERE part = ? AND NOT EXISTS (SELECT 1 FROM "
            "mirror AS b WHERE b.h = a.h AND b.s = a.s AND b.p = a.p AND b.o = a.o AND b.part != ?)",
            (adopted, adopted),
        )

    def forget_adopted(self) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM mirror WHERE part = ?", (self._part_id(ADOPTED),))
            self._db.execute("DELETE FROM dirty WHERE part = ?", (ADOPTED,))

    def _part_id(self, name: str) -> int:
        """The number of a part's rows in the mirror (given on first use)."""
        return self._part_ids([name])[name]

    def _part_ids(self, names: Sequence[str]) -> dict[str, int]:
        """The numbers of parts' rows in the mirror, those not yet numbered given them in order."""
        ids: dict[str, int] = {}
        for i in range(0, len(names), 500):
            chunk = names[i : i + 500]
            ids.update(
                self._db.execute(
                    f"SELECT name, id FROM mirror_parts WHERE name IN ({','.join('?' * len(chunk))})", chunk
                )
            )
        new = [(n,) for n in dict.fromkeys(names) if n not in ids]
        if new:
            self._db.executemany("INSERT INTO mirror_parts (name) VALUES (?)", new)
            for i in range(0, len(new), 500):
                chunk = [n for (n,) in new[i : i + 500]]
                ids.update(
                    self._db.execute(
                        f"SELECT name, id FROM mirror_parts WHERE name IN ({','.join('?' * len(chunk))})",
                        chunk,
                    )
                )
        return {n: int(ids[n]) for n in names}

    @contextmanager
    def filling(self) -> Iterator[None]:
        """A derivation into an empty mirror (a new store's first load, one filled again): the
        mirror's indexes are dropped while it runs and built once at the end, and no part's
        earlier rows are looked for. Its rows were 4 of 5 of a derivation's SQLite time (1.5M rows
        in batches of 50k: 13.3 s with the indexes kept, 5.5 s with them built at the end). A
        crash meanwhile leaves no index, which the schema builds again on the next open."""
        self.settle()
        if self._fresh is not None or self._db.execute("SELECT 1 FROM mirror LIMIT 1").fetchone():
            yield
            return
        self._db.executescript(_DROP_MIRROR_INDEXES)
        self._fresh = set()
        try:
            yield
        finally:
            self._fresh = None
            # A batch a failure left uncommitted is not written (executescript would commit it first).
            self.rollback()
            self._db.executescript(_MIRROR_INDEXES)

    def replace_parts(self, derived: Mapping[str, set[Triple]]) -> tuple[set[Triple], set[Triple]]:
        """Record what these parts now derive and clear them from the dirty list, in one SQLite
        transaction; returns the triples no part derives any more, and those new to the parts.

        The transaction is left open: :meth:`commit` ends it once the projection is changed, so
        a crash in between leaves the parts dirty and they are computed again.
        """
        self.settle()
        self._db.execute("BEGIN")
        old: set[Triple] = set()
        new: set[Triple] = set()
        numbers = self._part_ids(list(derived))
        gone_rows: list[tuple[int, str, str, str, int]] = []
        new_rows: list[tuple[int, int, str, str, str]] = []
        b2b, number_of = hashlib.blake2b, int.from_bytes
        for part, triples in derived.items():
            number = numbers[part]
            if self._fresh is not None and number not in self._fresh:
                # (the mirror was empty when the derivation began, and this part is not written yet)
                before: set[Triple] = set()
                self._fresh.add(number)
            else:
                before = set(self._db.execute("SELECT s, p, o FROM mirror WHERE part = ?", (number,)))
            old |= before
            new |= triples
            # Only what changed is written: a large part (one speaker's statements on one target)
            # mostly derives what it derived before, and rewriting its rows was most of a small
            # load's time at 100k releases.
            if before:
                gone_rows += ((_hash(t), *t, number) for t in before - triples)
            # (_hash inlined: a first load's derivation hashes every triple it writes)
            new_rows += (
                (
                    number,
                    number_of(b2b(f"{s}\x1f{p}\x1f{o}".encode(), digest_size=8).digest(), "big", signed=True),
                    s,
                    p,
                    o,
                )
                for s, p, o in (triples - before if before else triples)
            )
        self._db.executemany(
            "DELETE FROM mirror WHERE h = ? AND s = ? AND p = ? AND o = ? AND part = ?", gone_rows
        )
        self._db.executemany("INSERT INTO mirror VALUES (?, ?, ?, ?, ?)", new_rows)
        self._db.executemany("DELETE FROM dirty WHERE part = ?", [(part,) for part in derived])
        days = False
        for part, triples in derived.items():
            if part.startswith(day_part("")):
                self._record_day_sums(part, triples)
                days = True
        if days:  # (the trigger day_sums_in_step dropped the mark)
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('day_sums', '1')")
        # A triple can come from two parts (a statement with two stances on two targets may
        # point to the same predecessor from both): it goes only when no part derives it.
        gone = {
            t
            for t in old - new
            if self._db.execute(
                "SELECT 1 FROM mirror WHERE h = ? AND s = ? AND p = ? AND o = ? LIMIT 1", (_hash(t), *t)
            ).fetchone()
            is None
        }
        return gone, new - old

    def commit(self) -> None:
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def derived_count(self) -> int:
        return int(
            self._db.execute("SELECT count(DISTINCT s || ' ' || p || ' ' || o) FROM mirror").fetchone()[0]
        )

    # ------------------------------------------------------------------ plumbing

    def _transaction(self) -> Any:
        self.settle()
        return _Transaction(self._db)


def _hash(triple: Triple) -> int:
    """A triple's 64-bit key in the mirror (SQLite's integers are signed)."""
    digest = hashlib.blake2b("\x1f".join(triple).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


_DAY_SUM_PREDICATES = (f"<{SG.tallyStanceType}>", f"<{SG.statementCount}>", f"<{SG.translationCount}>")


def _day_sums(triples: Iterable[Triple]) -> dict[str, tuple[int, int]]:
    """By stance type (IRI), the statements and translations of a day part's tallies."""
    stance_p, count_p, translations_p = _DAY_SUM_PREDICATES
    tallies: dict[str, dict[str, str]] = defaultdict(dict)
    for s, p, o in triples:
        if p in _DAY_SUM_PREDICATES:
            tallies[s][p] = o
    sums: dict[str, tuple[int, int]] = {}
    for t in tallies.values():
        stance = t[stance_p][1:-1]
        count, translations = sums.get(stance, (0, 0))
        sums[stance] = (count + _integer(t[count_p]), translations + _integer(t[translations_p]))
    return sums


def _integer(ntriples: str) -> int:
    """The value of an integer literal in N-Triples (``"5"^^<...#integer>``)."""
    return int(ntriples[1 : ntriples.index('"', 1)])


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN")

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
