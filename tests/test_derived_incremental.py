"""The derived graph is brought up to date part by part (keyindex.py): after any sequence of
loads, revisions, retractions, corrections, a lost index or a rebuild it holds exactly what a
derivation from the whole projection gives (``reference`` below: the derivation statgraph used
before the index, computed from one query over the corpus)."""

from __future__ import annotations

import datetime as dt
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import statgraph.derived as derived_module
from statgraph.api import Statgraph
from statgraph.config import data_dir
from statgraph.derived import DERIVED_GRAPH
from statgraph.keyindex import FILE_NAME, keys_of
from statgraph.namespaces import PREFIXES, SG, release_iri
from statgraph.store import OxigraphStore
from statgraph.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

_ROWS = """
SELECT ?s ?r ?date ?lang ?seq ?speaker ?stance ?target WHERE {
  ?s a sg:Statement ; prov:wasDerivedFrom ?r ; sg:speaker ?speaker ; dcterms:date ?date ;
     sg:stance ?st .
  ?st sg:stanceType ?stance ; sg:target ?target .
  ?r dcterms:language ?lang ; sg:eventSeq ?seq .
  FILTER NOT EXISTS { ?s prov:invalidatedAtTime ?when }
}
"""

Triple = tuple[str, str, str]


def reference(store: OxigraphStore) -> set[Triple]:
    """The whole derived graph from one query over every statement (what derive() did before)."""
    rows = [
        (
            sol["s"].value,
            sol["r"].value,
            sol["date"].value,
            sol["lang"].value,
            int(sol["seq"].value),
            (sol["speaker"].value, sol["stance"].value, sol["target"].value),
        )
        for sol in store.query(_ROWS, prefixes=PREFIXES)
    ]
    out: set[Triple] = set()
    by_day: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for row in sorted(rows):
        by_day[row[2]][row[1]].append(row)
    for releases in by_day.values():
        items = sorted(releases.items(), key=lambda kv: (kv[1][0][4], kv[0]))
        for i, (r1, rows1) in enumerate(items):
            for r2, rows2 in items[i + 1 :]:
                if rows1[0][3] == rows2[0][3] or not {r[5] for r in rows1} & {r[5] for r in rows2}:
                    continue
                src, dst = (r1, r2) if rows1[0][3] != "en" and rows2[0][3] == "en" else (r2, r1)
                src_rows, dst_rows = (rows1, rows2) if src == r1 else (rows2, rows1)
                out.add((src, str(SG.translationOf), dst))
                dst_by_key = {r[5]: r[0] for r in dst_rows}
                out.update(
                    (r[0], str(SG.translationOf), dst_by_key[r[5]]) for r in src_rows if r[5] in dst_by_key
                )
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for row in rows:
        groups[(row[5][0], row[5][2])].append(row)
    for group in groups.values():
        days: dict[str, list] = defaultdict(list)
        for row in sorted(group, key=lambda r: (r[2], r[4], r[0])):
            days[row[2]].append(row)
        for earlier, day in pairwise(sorted(days)):
            last, types = days[earlier][-1][0], {r[5][1] for r in days[earlier]}
            for row in days[day]:
                out.add((row[0], str(SG.previousOnTarget), last))
                if row[5][1] not in types:
                    out.update((row[0], str(SG.shiftsFrom), t) for t in types)
    return out


LINKS = {str(SG.translationOf), str(SG.previousOnTarget), str(SG.shiftsFrom)}
# Saved queries that read tallies: compared with their plain texts in tests/reference_queries.
TALLIED = [
    "speakers",
    "stance-shifts",
    "stance-counts",
    "first-last-stance",
    "targets-by-speaker",
    "audience-map",
    "topic-pairs",
    "stance-timeline",
    "stance-timeline-yearly",
    "condemnations",
]


def derived_links(store: OxigraphStore) -> set[Triple]:
    return {
        (q.subject.value, q.predicate.value, q.object.value)  # type: ignore[union-attr]
        for q in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(DERIVED_GRAPH))
        if q.predicate.value in LINKS
    }


# Periods for stance-counts, which sums whole years, whole months and the days of partly covered
# months from three kinds of tallies: the defaults read only years.
PERIODS = [
    {"from": "2015-03-15", "to": "2019-06-20"},
    {"from": "2016-01-01", "to": "2016-12-31"},
    {"from": "2019-06-01", "to": "2019-06-30"},
    {"from": "2019-06-14", "to": "2019-06-14"},
    {"from": "2014-11-18", "to": "2015-01-31"},
]


def check(sg: Statgraph) -> set[Triple]:
    with sg.view() as (_, store):
        got, want = derived_links(store), reference(store)
    assert got == want
    for name in TALLIED:
        expected = sg.query(str(ROOT / "tests" / "reference_queries" / f"{name}.rq"))
        assert cells(sg.query(name)) == cells(expected)
    for period in PERIODS:
        expected = sg.query(str(ROOT / "tests" / "reference_queries" / "stance-counts.rq"), period)
        assert cells(sg.query("stance-counts", period)) == cells(expected), period
    return got


def cells(result: Any) -> list[tuple[str, ...]]:
    """Rows as N-Triples terms; a GROUP_CONCAT of stance types (in no set order) as a sorted list."""

    def cell(variable: str, term: Any) -> str:
        if variable.endswith("stances") and isinstance(term, ox.Literal):
            return " ".join(sorted(term.value.split(" ")))
        return str(term)

    return [tuple(cell(v, t) for v, t in zip(result.variables, row, strict=True)) for row in result.rows]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import write_files
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder = tmp_path_factory.mktemp("generated")
    write_files(90, 7, load_vocabulary(data_dir("ontology")), folder)
    return sorted(folder.iterdir())


def test_every_change_leaves_the_derived_graph_a_full_derivation_would_give(
    tmp_path: Path, generated: list[Path]
) -> None:
    sg = Statgraph(tmp_path / "store")
    sg.load([EXAMPLES])
    check(sg)
    # A shift of stance written here, so that the last chunk has one whatever the generated
    # releases' statements are as the extractor changes.
    shift = []
    for day, verb in (("2016-05-02", "condemned"), ("2016-06-02", "welcomed")):
        path = tmp_path / f"{day}_nato_en_shift.txt"
        path.write_text(
            "---\ntitle: Statement by the NATO Secretary General\n"
            f"date: {day}\nlang: en\npublisher: NATO\n---\n"
            f"NATO Secretary General Jens Stoltenberg {verb} Russia's decision on its forces near Ukraine.\n",
            encoding="utf-8",
        )
        shift.append(path)
    for chunk in (generated[:30], generated[30:60], [*generated[60:], *shift]):
        sg.load(chunk)
        found = check(sg)
    assert {p for _s, p, _o in found} == {str(SG.translationOf), str(SG.previousOnTarget), str(SG.shiftsFrom)}

    # A retraction and a correction of statements that have predecessors and successors.
    linked = sorted(s for s, p, _o in check(sg) if p == str(SG.previousOnTarget))
    sg.retract(linked[0], reason="misattributed")
    check(sg)
    row = next(r for r in sg.statements() if r.id == linked[1])
    sg.correct(row.id, reason="wrong stance", stance="rejects" if row.stance != "rejects" else "supports")
    check(sg)

    # A revised release moves to another day: its old day and pairs lose it, the new ones gain it.
    revised = tmp_path / generated[5].name
    text = generated[5].read_text(encoding="utf-8")
    old_date = next(line for line in text.splitlines() if line.startswith("date: "))[6:]
    revised.write_text(text.replace(old_date, "2019-06-14"), encoding="utf-8")
    sg.load([revised])
    check(sg)

    # A lost index is filled again from the projection, and the derived graph computed anew.
    (tmp_path / "store" / "projection" / FILE_NAME).unlink()
    assert check(sg)
    sg.rebuild()
    check(sg)


def test_a_statement_gone_from_one_year_unlinks_the_next_day_in_a_later_year(
    tmp_path: Path, generated: list[Path]
) -> None:
    """A pair's links are derived a year at a time: a statement whose pair speaks next in a later
    year leaves that year's first statements pointing back to it until that year is derived
    again, on retraction as on a revised release."""
    sg = Statgraph(tmp_path / "store")
    sg.load(generated[:60])
    links = check(sg)
    with sg.view() as (_, store):
        dates = {
            str(r[0]): str(r[1])
            for r in store.query(
                "SELECT ?s ?d WHERE { ?s a sg:Statement ; dcterms:date ?d }", prefixes=PREFIXES
            )
        }
    crossing = sorted(
        earlier
        for later, p, earlier in links
        if p == str(SG.previousOnTarget) and dates[f"<{later}>"][1:5] != dates[f"<{earlier}>"][1:5]
    )
    assert len(crossing) >= 2, "the generated releases have pairs that speak again in a later year"
    sg.retract(crossing[0], reason="misattributed")
    check(sg)
    # The release of another such statement moves to another year.
    source = next(r.source for r in sg.statements() if r.id == crossing[-1])
    revised = tmp_path / source
    text = next(g for g in generated if g.name == source).read_text(encoding="utf-8")
    old_date = next(line for line in text.splitlines() if line.startswith("date: "))[6:]
    revised.write_text(text.replace(old_date, "2013-01-07"), encoding="utf-8")
    sg.load([revised])
    check(sg)


def test_a_load_computes_only_the_parts_it_touched(
    tmp_path: Path, generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sg = Statgraph(tmp_path / "store")
    sg.load(generated[:-1])
    computed: list[str] = []
    part = derived_module._part
    monkeypatch.setattr(derived_module, "_part", lambda keys, p: computed.append(p) or part(keys, p))
    sg.load(generated[-1:])
    with sg.view() as (_, store):
        touched = store.raw.dump(
            format=ox.RdfFormat.N_TRIPLES, from_graph=_release_graph(store, generated[-1])
        )
        rows, facets = keys_of(touched or b"")
        topics: dict[str, set[str]] = defaultdict(set)
        for statement, kind, value, _date, _speaker in facets:
            if kind == "topic":
                topics[statement].add(value)
        # Each pair's year, and the year of the pair's next later day, whose statements point back.
        every = [
            row
            for g in store.named_graphs()
            if g.startswith(release_iri(""))
            for row in keys_of(store.graph_ntriples(g))[0]
        ]
        later = {
            (r[5], r[7], min(o[2] for o in every if (o[5], o[7]) == (r[5], r[7]) and o[2] > r[2]))
            for r in rows
            if any((o[5], o[7]) == (r[5], r[7]) and o[2] > r[2] for o in every)
        }
        parts = (
            {("pair", r[5], r[7]) for r in rows}
            | {("pairyear", r[5], r[7], r[2][:4]) for r in rows}
            | {("pairyear", sp, t, d[:4]) for sp, t, d in later}
            | {("day", r[2]) for r in rows}
            | {("tally", r[5], r[6]) for r in rows}
            | {("aud", f[4], f[2]) for f in facets if f[1] == "audience"}
            | {("topics", a, b) for values in topics.values() for a in values for b in values if a < b}
            | {("month", r[7], r[2][:7]) for r in rows}
            | {("month", f[2], f[3][:7]) for f in facets if f[1] == "topic"}
            | {("period", r[2][:n]) for r in rows for n in (7, 4)}
        )
        assert {p.split("\x1f")[0] for p in computed} >= {
            "pair",
            "pairyear",
            "day",
            "tally",
            "topics",
            "month",
            "period",
        }
        assert sorted(computed) == sorted("\x1f".join(p) for p in parts)
        assert store.keys.count_rows() > 20 * len(rows)
    check(sg)


def _release_graph(store: OxigraphStore, path: Path) -> ox.NamedNode:
    for sol in store.query(
        "SELECT ?g ?n WHERE { GRAPH ?g { ?r sg:sourceName ?n } }",
        prefixes=PREFIXES,
        substitutions={ox.Variable("n"): ox.Literal(path.name)},
    ):
        return sol["g"]
    raise AssertionError(f"{path.name} not loaded")


def test_a_triple_two_parts_derive_goes_only_when_neither_does() -> None:
    from statgraph.keyindex import StatementKeys

    keys = StatementKeys(None)
    t, u = ("s", "p", "o"), ("s", "p", "o2")
    keys.replace_parts({"a": {t}, "b": {t, u}})
    keys.commit()
    assert keys.replace_parts({"a": set()}) == (set(), set())
    keys.commit()
    assert keys.replace_parts({"b": {u}}) == ({t}, set())
    keys.commit()
    assert keys.derived_count() == 1


def _examples_and_index(tmp_path: Path) -> tuple[Statgraph, set[Triple], Path]:
    """A store of the examples, its derived links (checked), and its key index file."""
    sg = Statgraph(tmp_path / "store")
    sg.load([EXAMPLES])
    return sg, check(sg), tmp_path / "store" / "projection" / FILE_NAME


def test_an_index_made_by_another_version_is_replaced(tmp_path: Path) -> None:
    import sqlite3

    sg, before, index = _examples_and_index(tmp_path)
    db = sqlite3.connect(index)
    # An older layout: fewer columns, another version.
    db.executescript("DROP TABLE rows; CREATE TABLE rows (graph TEXT, statement TEXT);")
    db.execute("UPDATE meta SET value = '0' WHERE key = 'version'")
    db.commit()
    db.close()
    linked = sorted(a for a, _p, _o in before if "/statement/" in a)
    sg.retract(linked[0], reason="checked")  # a change: the index is opened
    assert check(sg) != before


def test_an_index_made_before_the_day_sums_fills_them_from_its_day_parts(tmp_path: Path) -> None:
    """A month's or a year's stance counts sum the day parts' numbers; an index made before they
    were kept apart reads them once from the day parts it recorded, so a change to one day
    still gives the period's whole sum."""
    import sqlite3

    sg, before, index = _examples_and_index(tmp_path)
    db = sqlite3.connect(index)
    recorded = db.execute("SELECT * FROM day_sums ORDER BY date, stance").fetchall()
    db.executescript("DROP TABLE day_sums; DELETE FROM meta WHERE key = 'day_sums';")
    db.commit()
    db.close()
    linked = sorted(a for a, _p, _o in before if "/statement/" in a)
    sg.retract(linked[0], reason="checked")  # one day and its periods are derived again
    check(sg)
    db = sqlite3.connect(index)
    after = db.execute("SELECT * FROM day_sums ORDER BY date, stance").fetchall()
    db.close()
    # The other days' sums were read from the day parts; one of the retracted statement's day is less.
    assert len(recorded) >= 10 and len(set(recorded) - set(after)) == 1


def test_day_sums_left_behind_by_a_version_without_them_are_filled_again(tmp_path: Path) -> None:
    """A version of statgraph that does not keep day_sums, opened on the index in between, may
    derive a day part again without them: the next open reads them from the day parts again."""
    import sqlite3

    from statgraph.keyindex import StatementKeys, day_part

    _sg, _before, index = _examples_and_index(tmp_path)
    db = sqlite3.connect(index)
    date = db.execute("SELECT date FROM day_sums ORDER BY date LIMIT 1").fetchone()[0]
    others = db.execute("SELECT * FROM day_sums WHERE date != ? ORDER BY date, stance", (date,)).fetchall()
    # What such a version's derivation does to that day: the part's rows change (here: it derives
    # nothing any more), and the part leaves the dirty list.
    part = day_part(date)
    db.execute("INSERT OR IGNORE INTO dirty VALUES (?)", (part,))
    db.execute("DELETE FROM mirror WHERE part = (SELECT id FROM mirror_parts WHERE name = ?)", (part,))
    db.execute("DELETE FROM dirty WHERE part = ?", (part,))
    db.commit()
    db.close()
    keys = StatementKeys(index)
    try:
        assert keys._db.execute("SELECT * FROM day_sums WHERE date = ?", (date,)).fetchall() == []
        kept = "SELECT * FROM day_sums WHERE date != ? ORDER BY date, stance"
        assert keys._db.execute(kept, (date,)).fetchall() == others
    finally:
        keys.close()


def test_a_reader_sees_a_derived_graph_left_behind_brought_up_to_date_first(tmp_path: Path) -> None:
    sg = Statgraph(tmp_path / "store")
    sg.load([EXAMPLES])
    expected = [tuple(map(str, r)) for r in sg.query("speakers").rows]
    assert expected
    # As after a crash before derivation, or a store derived by another version.
    store = OxigraphStore(tmp_path / "store" / "projection")
    store.drop_graph(DERIVED_GRAPH)
    store.set_derived_position(0, "another version")
    store.close()
    assert [tuple(map(str, r)) for r in sg.query("speakers").rows] == expected


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory: pytest.TempPathFactory, generated: list[Path]) -> Statgraph:
    sg = Statgraph(tmp_path_factory.mktemp("periods") / "store")
    sg.load([EXAMPLES, *generated])
    return sg


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.dates(dt.date(2013, 6, 1), dt.date(2025, 6, 30)),
    days=st.integers(-40, 4000),
)
def test_stance_counts_over_any_period_equal_the_plain_count(
    generated_store: Statgraph, first: dt.date, days: int
) -> None:
    """Whole years, whole months and the days of the months at either end (or a period that
    ends before it starts) add up to what counting every statement of the period gives."""
    period = {"from": first.isoformat(), "to": (first + dt.timedelta(days=days)).isoformat()}
    expected = generated_store.query(str(ROOT / "tests" / "reference_queries" / "stance-counts.rq"), period)
    assert cells(generated_store.query("stance-counts", period)) == cells(expected)


def plans(calls: Any) -> list[tuple[str, list[str]]]:
    """Each SQL statement ``calls(keys)`` makes on an empty in-memory index, with SQLite's plan for
    it (the query plan's detail lines)."""
    import sqlite3

    from statgraph.keyindex import StatementKeys

    keys = StatementKeys(None)
    seen: list[tuple[str, Any]] = []

    class Recording:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def execute(self, sql: str, args: Any = ()) -> Any:
            seen.append((sql, args))
            return self.db.execute(sql, args)

    db = keys._db
    keys._db = Recording(db)  # type: ignore[assignment]
    try:
        calls(keys)
    finally:
        keys._db = db
    return [(sql, [row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql, args)]) for sql, args in seen]


def test_marking_one_release_dirty_reads_it_through_the_graph_indexes() -> None:
    """Every query that marks a release's parts dirty finds its rows by graph, never by scanning
    a table or an index of the whole store (that made each load slower as the store grew)."""
    seen = plans(lambda keys: keys._mark_rows("WHERE graph = ?", ("g",)))
    assert len(seen) >= 7
    for sql, lines in seen:
        plan = " | ".join(lines)
        assert "INDEX" in plan and "_graph" in plan, (sql, plan)
        assert "facets_value" not in plan and "facets_date" not in plan, (sql, plan)


def test_the_tally_counts_read_covering_indexes_only() -> None:
    """The counts a tally part makes (one speaker's statements of a stance type, of an audience,
    two topics', an entry's month) are answered from an index alone: a large speaker's rows are
    a third of a large store, too many to visit in the table at each load."""

    def counts(keys: Any) -> None:
        keys.tally("s", "t")
        keys.audience_tally("s", "a")
        keys.topic_pair_count("a", "b")
        keys.month_counts("e", "2016-03")

    seen = plans(counts)
    assert len(seen) == 4
    for sql, plan in seen:
        searches = [p for p in plan if p.startswith("SEARCH")]
        assert searches and all("COVERING INDEX" in p for p in searches), (sql, plan)


def test_a_pairs_parts_read_the_pair_index_only() -> None:
    """A pair's year, its latest earlier day and its counts by stance type are read from the
    (speaker, target, date, ...) index alone: SQLite, left to choose, read every row of the
    speaker or of the target, a third of a large store for the most frequent ones."""

    def pair(keys: Any) -> None:
        keys.pair_year_rows("s", "t", "2016")
        keys.pair_summary("s", "t")
        list(keys._next_days([("st", "r", "2016-03-01", "en", 1, "s", "x", "t", 0)]))

    seen = plans(pair)
    assert len(seen) >= 5
    for sql, plan in seen:
        searches = [p for p in plan if p.startswith("SEARCH")]
        assert searches and all("COVERING INDEX rows_pair_cover" in p for p in searches), (sql, plan)


def test_an_index_with_the_earlier_mirror_table_drops_it_and_derives_again(tmp_path: Path) -> None:
    import sqlite3

    sg, before, index = _examples_and_index(tmp_path)
    db = sqlite3.connect(index)
    # The layout before the mirror: triples keyed by their terms, under an earlier derivation.
    db.executescript(
        "CREATE TABLE derived (part TEXT NOT NULL, s TEXT NOT NULL, p TEXT NOT NULL, o TEXT NOT NULL);"
        "INSERT INTO derived VALUES ('pair', '<a>', '<b>', '<c>');"
        "DELETE FROM mirror;"
    )
    db.commit()
    db.close()
    store = OxigraphStore(tmp_path / "store" / "projection")
    store.set_derived_position(store.position(), "9")
    store.close()
    assert check(sg) == before
    db = sqlite3.connect(index)
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    mirrored = db.execute("SELECT count(*) FROM mirror").fetchone()[0]
    db.close()
    assert "derived" not in tables and mirrored > 0


def _mirror(index: Path) -> dict[str, Any]:
    import sqlite3

    db = sqlite3.connect(index)
    try:
        return {
            "parts": db.execute("SELECT id, name FROM mirror_parts ORDER BY id").fetchall(),
            "mirror": sorted(db.execute("SELECT part, h, s, p, o FROM mirror").fetchall()),
            "day_sums": db.execute("SELECT * FROM day_sums ORDER BY date, stance").fetchall(),
            "dirty": db.execute("SELECT * FROM dirty").fetchall(),
            "indexes": sorted(
                name
                for (name,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mirror'"
                )
            ),
        }
    finally:
        db.close()


def test_a_derivation_into_an_empty_mirror_records_what_one_with_its_indexes_does(
    tmp_path: Path, generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new store's first derivation fills the mirror with its indexes dropped and builds them at
    the end (StatementKeys.filling): the same parts, rows and derived graph as with them kept."""
    from contextlib import nullcontext

    from statgraph.keyindex import StatementKeys

    files = [EXAMPLES, *generated[:40]]
    filled = Statgraph(tmp_path / "filled")
    filled.load(files)
    with monkeypatch.context() as m:
        m.setattr(StatementKeys, "filling", lambda self: nullcontext())
        kept = Statgraph(tmp_path / "kept")
        kept.load(files)
    got, want = (_mirror(tmp_path / name / "projection" / FILE_NAME) for name in ("filled", "kept"))
    assert len(got["mirror"]) > 1000
    assert got == want
    assert got["indexes"] == ["mirror_h", "mirror_part"]
    with filled.view() as (_, a), kept.view() as (_, b):
        graph = ox.NamedNode(DERIVED_GRAPH)
        assert set(a.raw.quads_for_pattern(None, None, None, graph)) == set(
            b.raw.quads_for_pattern(None, None, None, graph)
        )
    check(filled)


def test_a_derivation_stopped_while_filling_the_mirror_builds_its_indexes_again(
    tmp_path: Path, generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    part = derived_module._part

    def failing(keys: Any, name: str) -> Any:
        nonlocal calls
        calls += 1
        if calls > 300:
            raise RuntimeError("stopped")
        return part(keys, name)

    sg = Statgraph(tmp_path / "store")
    with monkeypatch.context() as m:
        m.setattr(derived_module, "_part", failing)
        with pytest.raises(RuntimeError, match="stopped"):
            sg.load([EXAMPLES, *generated[:20]])
    index = tmp_path / "store" / "projection" / FILE_NAME
    assert _mirror(index)["indexes"] == ["mirror_h", "mirror_part"]
    check(sg)
    assert _mirror(index)["dirty"] == []


_KILLED_IN_A_LOAD = """
import os, sys
from statgraph import api
from statgraph.api import Statgraph
from statgraph.keyindex import StatementKeys

api._Loader.GROUP = 4
api._Loader.PROJECTED = 8
record = StatementKeys.record
calls = 0

def dying(self, *args, **kwargs):
    global calls
    record(self, *args, **kwargs)
    calls += 1
    if calls == 3:
        os._exit(9)  # as a kill: nothing is closed, the transaction record() holds is lost

StatementKeys.record = dying
Statgraph(sys.argv[1]).load(sys.argv[2:])
"""


def test_keys_held_by_a_load_killed_before_their_commit_are_filled_again(
    tmp_path: Path, generated: list[Path]
) -> None:
    """StatementKeys.record leaves its transaction open across projection batches: a load killed
    meanwhile leaves the index behind the projection, which fills it again on the next open."""
    import os
    import sqlite3
    import subprocess

    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_IN_A_LOAD, str(store), *map(str, generated[:40])], env=env, check=False
    )
    assert done.returncode == 9
    db = sqlite3.connect(store / "projection" / FILE_NAME)
    held = db.execute("SELECT count(*) FROM rows").fetchone()[0]
    db.close()
    assert held == 0  # three batches were recorded, none committed
    sg = Statgraph(store)
    check(sg)
    with sg.view() as (_, projection):
        assert projection.keys.position() == projection.position() > 0
        assert projection.keys.count_rows() > 0


def test_a_batch_that_fails_while_filling_the_mirror_is_not_committed(
    tmp_path: Path, generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """replace_parts failing midway leaves its transaction open: it is rolled back, not committed
    by the rebuilding of the mirror's indexes, so its parts stay dirty and are derived again."""
    from statgraph.keyindex import StatementKeys

    def failing(self: StatementKeys, part: str, triples: Any) -> None:
        raise RuntimeError("stopped")

    sg = Statgraph(tmp_path / "store")
    with monkeypatch.context() as m:
        m.setattr(StatementKeys, "_record_day_sums", failing)
        with pytest.raises(RuntimeError, match="stopped"):
            sg.load([EXAMPLES, *generated[:20]])
    index = tmp_path / "store" / "projection" / FILE_NAME
    assert _mirror(index)["mirror"] == []
    check(sg)


def test_a_derivation_computes_the_next_parts_while_a_batch_is_written(
    tmp_path: Path, generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's triples go to Oxigraph from a thread while the next batch's parts are computed;
    each batch's parts are committed only once its triples are written."""
    import threading

    from statgraph.keyindex import StatementKeys

    monkeypatch.setattr(derived_module, "_BATCH", 50)
    writing, overlapped = threading.Event(), threading.Event()
    writers: list[str] = []
    commits_while_writing: list[int] = []
    ntriples, part, commit = derived_module._ntriples, derived_module._part, StatementKeys.commit

    def slow_ntriples(triples: set[tuple[str, str, str]]) -> bytes:
        writers.append(threading.current_thread().name)
        writing.set()
        overlapped.wait(timeout=5)  # written on the computing thread, it waits here for nothing
        data = ntriples(triples)
        writing.clear()
        return data

    def watched_part(keys: StatementKeys, name: str) -> set[tuple[str, str, str]]:
        if writing.is_set():
            overlapped.set()
        return part(keys, name)

    def watched_commit(self: StatementKeys) -> None:
        if writing.is_set():
            commits_while_writing.append(1)
        commit(self)

    monkeypatch.setattr(derived_module, "_ntriples", slow_ntriples)
    monkeypatch.setattr(derived_module, "_part", watched_part)
    monkeypatch.setattr(StatementKeys, "commit", watched_commit)
    sg = Statgraph(tmp_path / "store")
    sg.load([EXAMPLES, *generated[:30]])
    assert overlapped.is_set()
    assert len(writers) > 2 and threading.main_thread().name not in writers
    assert commits_while_writing == []
    monkeypatch.undo()
    check(sg)
    assert _mirror(tmp_path / "store" / "projection" / FILE_NAME)["dirty"] == []


def test_a_batch_whose_triples_fail_to_be_written_stays_dirty(
    tmp_path: Path, generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure writing a batch's triples, in the writing thread, fails the derivation: that
    batch's parts are not committed (derived again by the next command), those before it are."""
    monkeypatch.setattr(derived_module, "_BATCH", 50)
    ntriples = derived_module._ntriples
    calls: list[int] = []

    def failing(triples: set[tuple[str, str, str]]) -> bytes:
        calls.append(1)
        if len(calls) == 3:
            raise ValueError("stopped")
        return ntriples(triples)

    sg = Statgraph(tmp_path / "store")
    with monkeypatch.context() as m:
        m.setattr(derived_module, "_ntriples", failing)
        with pytest.raises(ValueError, match="stopped"):
            sg.load([EXAMPLES, *generated[:30]])
    mirror = _mirror(tmp_path / "store" / "projection" / FILE_NAME)
    assert mirror["dirty"] and mirror["mirror"]  # two batches committed, the third not
    assert mirror["indexes"] == ["mirror_h", "mirror_part"]
    check(sg)


_INDEXES = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"


def _keys_tables(index: Path) -> dict[str, Any]:
    import sqlite3

    db = sqlite3.connect(index)
    try:
        tables = ("rows", "facets", "topic_pairs", "dirty", "day_sums", "mirror_parts", "mirror", "meta")
        found: dict[str, Any] = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        found["schema"] = sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
        return found
    finally:
        db.close()


def test_a_first_load_records_its_keys_without_their_indexes_and_builds_them_at_its_end(
    tmp_path: Path, generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new store's first load records keys into bare tables (StatementKeys.loading): the same
    rows, facets, topic pairs and dirty parts as with the indexes kept, and the same derived graph;
    a release recorded twice in that load (a revision) builds them first."""
    import sqlite3
    from contextlib import nullcontext

    from statgraph.keyindex import StatementKeys

    revised = tmp_path / "in" / "zz-revised.txt"
    revised.parent.mkdir()
    text = generated[3].read_text(encoding="utf-8")
    old_date = next(line for line in text.splitlines() if line.startswith("date: "))[6:]
    revised.write_text(text.replace(old_date, "2019-06-14"), encoding="utf-8")
    files = [EXAMPLES, *generated[:40], revised]
    indexes_seen: list[int] = []
    dirty_seen: dict[str, list[str]] = {}
    record, filling = StatementKeys.record, StatementKeys.filling

    def watched_record(self: StatementKeys, *args: Any, **kwargs: Any) -> None:
        query = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rows'"
        indexes_seen.append(self._db.execute(query).fetchone()[0])
        record(self, *args, **kwargs)

    def watched_filling(self: StatementKeys) -> Any:
        assert self.path is not None
        dirty_seen.setdefault(self.path.parent.parent.name, []).extend(
            p for (p,) in self._db.execute("SELECT part FROM dirty ORDER BY part")
        )
        return filling(self)

    with monkeypatch.context() as m:
        m.setattr(StatementKeys, "record", watched_record)
        m.setattr(StatementKeys, "filling", watched_filling)
        bare = Statgraph(tmp_path / "bare")
        assert len(bare.load(files).revised) == 1
        m.setattr(StatementKeys, "loading", lambda self: nullcontext())
        kept = Statgraph(tmp_path / "kept")
        assert len(kept.load(files).revised) == 1
    got, want = (_keys_tables(tmp_path / name / "projection" / FILE_NAME) for name in ("bare", "kept"))
    # Enough rows to compare: the generated releases are drawn from the vocabulary, so how many
    # statements they give moves with it (500 rows here once it named peoples and UN missions).
    assert len(got["rows"]) > 400 and len(got["mirror"]) > 1000
    assert got == want
    assert dirty_seen["bare"] == dirty_seen["kept"] and len(dirty_seen["bare"]) > 1000
    # The bare load recorded without the rows' indexes until the revision, the other with them.
    assert indexes_seen[0] == 0 and indexes_seen[-1] == 5 and 0 in indexes_seen and 5 in indexes_seen
    with bare.view() as (_, a), kept.view() as (_, b):
        graph = ox.NamedNode(DERIVED_GRAPH)
        assert set(a.raw.quads_for_pattern(None, None, None, graph)) == set(
            b.raw.quads_for_pattern(None, None, None, graph)
        )
    check(bare)
    db = sqlite3.connect(tmp_path / "bare" / "projection" / FILE_NAME)
    assert db.execute(_INDEXES).fetchone()[0] == 12
    db.close()


def test_a_first_load_killed_while_its_keys_have_no_indexes_leaves_a_sound_store(
    tmp_path: Path, generated: list[Path]
) -> None:
    """A crash while a first load records into bare tables: the next open builds the indexes (the
    schema) and fills the index again from the projection."""
    import os
    import sqlite3
    import subprocess

    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    script = _KILLED_IN_A_LOAD.replace("if calls == 3:", "if calls == 3:\n        self.settle()")
    done = subprocess.run(
        [sys.executable, "-c", script, str(store), *map(str, generated[:40])], env=env, check=False
    )
    assert done.returncode == 9
    db = sqlite3.connect(store / "projection" / FILE_NAME)
    assert db.execute("SELECT count(*) FROM rows").fetchone()[0] > 0  # committed, with no index
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'rows_pair_cover'").fetchone()[0] == 0
    db.close()
    sg = Statgraph(store)
    check(sg)
    with sg.view() as (_, projection):
        assert projection.keys.position() == projection.position() > 0
    db = sqlite3.connect(store / "projection" / FILE_NAME)
    assert db.execute(_INDEXES).fetchone()[0] == 12
    db.close()
