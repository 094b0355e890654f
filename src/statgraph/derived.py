"""Triples derived from the whole graph, kept in their own named graph (``graph/derived``).

They are a read model, left out of exports and never validated or recorded as events. After a
change only the parts it touched are computed again, from the statements' keys the store keeps
in SQLite (``keyindex.py``): one (speaker, target) pair's links, one day's translations and
tallies, or one (speaker, stance type) tally. So a load of a few releases into a large store
derives little, and a full derivation holds a batch of parts in memory, never the corpus.

- ``sg:translationOf``: two releases of the same day in two languages that share statements
  (same speaker, stance and target) are versions of one text. The link goes from the version
  in the other language to the English one (or, between two other languages, to the one
  recorded first); their shared statements are linked the same way, so a query can count a
  stance once.
- ``sg:previousOnTarget``: each statement points to the same speaker's latest earlier
  statement on the same target, so "how did a stance shift" needs no self-join over the corpus.
- ``sg:shiftsFrom``: on a statement whose stance type the speaker did not take on the target
  on that latest earlier day, the stance types of that day; and one ``sg:StanceShift`` per
  speaker, target, day and new stance type, with the earlier day and its stance types (the
  ``stance-shifts`` query).
- tallies, the numbers saved queries would otherwise count over the corpus:
  ``sg:SpeakerStanceTally`` (one speaker and stance type: statements, first and last date; the
  ``speakers`` query); ``sg:StanceDayTally`` (one day and stance type: statements and the
  translations among them) with ``sg:StanceMonthTally`` and ``sg:StanceYearTally`` (their sums
  for whole months and years; ``stance-counts``); ``sg:SpeakerTargetTally`` (one speaker and
  target: statements, first and last date, the stance types of each; ``first-last-stance``) and
  ``sg:SpeakerTargetStanceTally`` (the same for one stance type; ``targets-by-speaker``, and
  ``condemnations`` through each statement's ``sg:countedIn``), both computed with the pair's
  links; ``sg:SpeakerAudienceTally`` (one speaker and audience: statements, first and last
  date; ``audience-map``), ``sg:TopicPairTally`` (two topics: the statements that have both,
  also under ``sg:firstTopic``, ``sg:secondTopic`` and ``sg:topicPairCount`` for the listing;
  ``topic-pairs``) and ``sg:EntryMonthTally`` (an entry that is a statement's target or one of
  its topics, a month and a stance type: statements;
  ``stance-timeline`` and ``stance-timeline-yearly``). Each query's plain text is kept in
  ``tests/reference_queries``, and the tests check both give the same answer.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from itertools import islice, pairwise
from typing import TypeVar

import pyoxigraph as ox

from .keyindex import StatementKeys, Triple, split_part
from .namespaces import DATA, ORDER_GRAPH, SG
from .namespaces import DERIVED_GRAPH as _GRAPH
from .store import OxigraphStore, _mapped

DERIVED_GRAPH = str(_GRAPH)
# Bumped when what is derived changes, so stores made by an older statgraph derive again.
DERIVATION = "11"
# Bumped when how graph/order places names changes (see order_names).
NAME_ORDER = "1"
# Parts computed, then written, together: up to _BATCH parts or _MAX_TRIPLES triples keep the memory
# small (a batch of 2,000 parts took 1.1 GB at 100k releases) and the writes few. The bulk loader's
# CPU time a triple falls with the size of its calls: a first load's derivation (2k releases, 60k
# parts, 550k triples) wrote them in 32 calls of up to 50k triples for 12.1-12.5 s of the process's
# CPU time, in 12 of up to 100k for 10.5 (peak RSS of the load 397 -> 488 MB; 150k: 9.6-9.9 s, 558 MB).
# Whatever the batches, parts are computed, numbered and written in the same order.
_BATCH = 20_000
_MAX_TRIPLES = 100_000



class _Terms:
    """SG's IRIs as strings, each made once: rdflib's namespace builds and checks a new URIRef at
    every attribute read, and a 10k-release derivation read 1.5 million (6.5 s of its 76 s,
    profiled)."""

    def __getattr__(self, name: str) -> str:
        value = str(getattr(SG, name))
        setattr(self, name, value)
        return value


_SG = _Terms()
_K = TypeVar("_K")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
# Tally nodes: one per (speaker, stance type), named by a hash of the two.
TALLY = DATA + "derived/tally/"
_TRANSLATION = str(_SG.translationOf)
_PREVIOUS = str(_SG.previousOnTarget)
_SHIFTS = str(_SG.shiftsFrom)


def derive(store: OxigraphStore, *, full: bool = False) -> int:
    """Bring the derived graph up to date with the projection; returns how many parts were computed.

    Only the parts the changes since the last derivation touched are computed, unless the graph
    was made by another version of the derivation (or never): then every part is. ``full=True``
    reads the projection again first, for one changed by other means than the store's writes.
    """
    if full:
        store.reindex_keys()
    keys = store.keys
    graph = ox.NamedNode(DERIVED_GRAPH)
    if store.derived_position(DERIVATION) < 0:
        with _mapped("reading the derived graph"):
            keys.adopt(
                (str(q.subject), str(q.predicate), str(q.object))
                for q in store.raw.quads_for_pattern(None, None, None, graph)
            )
    computed = 0

    def write(gone: set[Triple], added: set[Triple]) -> None:
        with _mapped("writing the derived graph"):
            if gone:
                for t in ox.parse(_ntriples(gone), format=ox.RdfFormat.N_TRIPLES):
                    store.raw.remove(ox.Quad(t.subject, t.predicate, t.object, graph))
            if added:
                store.raw.bulk_load(_ntriples(added), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)

    # A batch's triples are written to Oxigraph by a thread while the next batch's parts are computed
    # (the bulk loader lets go of the GIL): a 10k-release load's first derivation spent about a third
    # of its time in the loader, profiled. Each batch's parts are committed once its triples are
    # written, before the next batch records its own, so a crash leaves the parts of a batch not
    # written dirty, as before; the next batch's parts are read meanwhile, in the same connection,
    # which sees what the batch in flight recorded.
    writing: Future[None] | None = None
    with keys.filling(), ThreadPoolExecutor(1, thread_name_prefix="statgraph-derived") as writer:
        try:
            while parts := keys.dirty(_BATCH):
                # The period parts sum the day tallies the day parts record: they wait until no other
                # part is left (dirty() lists them last).
                parts = [p for p in parts if split_part(p)[0] != "period"] or parts
                # Triples are kept as N-Triples terms (an adopted graph may hold any term). A batch ends
                # at a number of triples, not of parts: one speaker's pairs can hold most of a corpus.
                derived: dict[str, set[Triple]] = {}
                size = 0
                for part in parts:
                    derived[part] = _part(keys, part)
                    size += len(derived[part])
                    if size >= _MAX_TRIPLES:
                        break
                if writing is not None:
                    done, writing = writing, None
                    done.result()
                    keys.commit()
                gone, added = keys.replace_parts(derived)
                writing = writer.submit(write, gone, added)
                computed += len(derived)
            if writing is not None:
                done, writing = writing, None
                done.result()
                keys.commit()
        except BaseException:
            if writing is not None:
                writing.exception()  # (nothing may write the store once this returns)
            keys.rollback()
            raise
    orphans = keys.adopted_orphans()
    with _mapped("cleaning the derived graph"):
        while chunk := set(islice(orphans, _BATCH * 10)):
            for t in ox.parse(_ntriples(chunk), format=ox.RdfFormat.N_TRIPLES):
                store.raw.remove(ox.Quad(t.subject, t.predicate, t.object, graph))
            # Removals pile up in RocksDB's write buffers (1 GB for 1.3M quads, measured) until flushed.
            store.flush()
    keys.forget_adopted()
    store.set_derived_position(store.position(), DERIVATION)
    if full or not names_ordered(store):
        order_names(store)
    return computed


def _order_mark(store: OxigraphStore) -> str:
    # The labels come from the vocabulary and graph/unlisted, the entries from the statements: a new
    # position or another vocabulary may move them.
    return f"{store.position()} {NAME_ORDER} {store.vocabulary_digest()}"


def names_ordered(store: OxigraphStore) -> bool:
    """Whether graph/order was computed for the store as it is (see :func:`order_names`)."""
    return store.names_order_mark() == _order_mark(store)


_PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_NAME_ORDER = ox.NamedNode(str(SG.nameOrder))
_INTEGER = ox.NamedNode(_XSD + "integer")


def order_names(store: OxigraphStore) -> int:
    """Give every speaker and target of the statements its ``sg:nameOrder`` in graph/order: the place
    of its name as the listings show it (its English prefLabel, else its IRI) among all of theirs, in
    SPARQL's order of strings, entries of one name at one place. Returns how many entries moved.

    The listings of every speaker and target (first-last-stance, stance-shifts) sort on these
    integers, which Oxigraph compares in place, where it reads each name from disk at each comparison.
    Unlisted speakers and composed targets come with the releases, so the places are computed again
    after each change of the store, from the statement index and the labels, and only the entries
    whose place moved are written. A place is a rank among the names of this store, not a key of
    the name: a new name moves the places after it."""
    entries = store.keys.speakers_and_targets()
    english: dict[str, str] = {}
    with _mapped("reading the labels"):
        for q in store.raw.quads_for_pattern(None, _PREF_LABEL, None):
            label = q.object
            if not isinstance(label, ox.Literal) or not isinstance(q.subject, ox.NamedNode):
                continue
            language = (label.language or "").lower()
            if language == "en" or language.startswith("en-"):
                entry = q.subject.value
                # (an entry has one English prefLabel; were there two, the first in string order)
                if entry in entries and (entry not in english or label.value < english[entry]):
                    english[entry] = label.value
    wanted = name_places(entries, english)
    graph = ox.NamedNode(str(ORDER_GRAPH))
    held: dict[str, int] = {}
    with _mapped("reading the names' order"):
        for q in store.raw.quads_for_pattern(None, _NAME_ORDER, None, graph):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal):
                held[q.subject.value] = int(q.object.value)
    moved = {entry: place for entry, place in wanted.items() if held.get(entry) != place}
    # (an entry no statement names any more: a retraction, a revised release)
    stale = held.keys() - wanted.keys()
    with _mapped("writing the names' order"):
        if len(moved) + len(stale) > len(held) // 2:
            # Most places moved (a first load, a name early in the order): the graph is written anew.
            if store.raw.contains_named_graph(graph):
                store.raw.remove_graph(graph)
            moved = wanted
        else:
            for entry in (moved.keys() & held.keys()) | stale:
                store.raw.remove(ox.Quad(ox.NamedNode(entry), _NAME_ORDER, _place(held[entry]), graph))
        store.raw.extend(
            ox.Quad(ox.NamedNode(entry), _NAME_ORDER, _place(place), graph) for entry, place in moved.items()
        )
    store.set_names_order_mark(_order_mark(store))
    return len(moved)


def name_places(entries: set[str], english: dict[str, str]) -> dict[str, int]:
    """Each entry's place among the names of all (its English label, else its IRI), in SPARQL's order
    of strings (by code point, as Python compares them); entries of one name share its place."""
    names = {entry: english.get(entry, entry) for entry in entries}
    places = {name: place for place, name in enumerate(sorted(set(names.values())))}
    return {entry: places[name] for entry, name in names.items()}


def _place(place: int) -> ox.Literal:
    return ox.Literal(str(place), datatype=_INTEGER)


@lru_cache(maxsize=65536)
def _date(value: str) -> str:
    # (cached: a derivation writes each day's date in many tallies and shifts)
    return str(ox.Literal(value, datatype=ox.NamedNode(_XSD + "date")))


def _count(value: int) -> str:
    return _COUNTS[value]


class _Written(dict[_K, str]):
    """N-Triples terms, each written once and kept: a derivation writes the same few predicates,
    classes and counts in hundreds of thousands of triples (each a new string, formatted again)."""

    def __init__(self, write: Callable[[_K], str]) -> None:
        super().__init__()
        self._write = write

    def __missing__(self, key: _K) -> str:
        value = self[key] = self._write(key)
        return value


# A predicate's or class's IRI (a string of SG's) as N-Triples; an integer literal (a count).
_NT: _Written[object] = _Written(lambda iri: f"<{iri}>")
_COUNTS: _Written[int] = _Written(lambda value: f'"{value}"^^<{_XSD}integer>')
_NT_COUNT = f"<{_SG.statementCount}>"
_NT_FIRST = f"<{_SG.firstDate}>"
_NT_LAST = f"<{_SG.lastDate}>"


def _tally_iri(path: str, *keys: str) -> str:
    """A tally's node (N-Triples), named by a hash of its keys under ``TALLY + path``."""
    digest = hashlib.blake2b("\x1f".join(keys).encode(), digest_size=12).hexdigest()
    return f"<{TALLY}{path}{digest}>"


def _tally(
    node: str,
    cls: object,
    about: Sequence[tuple[object, str]],
    count: int,
    first: str | None = None,
    last: str | None = None,
) -> set[Triple]:
    """A tally's triples: its class, the ``about`` (predicate IRI, N-Triples object) pairs, its
    count and, when given, its first and last dates."""
    nt = _NT
    out = {(node, _RDF_TYPE, nt[cls]), (node, _NT_COUNT, _COUNTS[count])}
    for p, o in about:
        out.add((node, nt[p], o))
    if first is not None and last is not None:
        out.add((node, _NT_FIRST, _date(first)))
        out.add((node, _NT_LAST, _date(last)))
    return out


def _ntriples(triples: set[Triple]) -> bytes:
    # In no order: they are read into a set of quads (a batch of 50k triples: 0.24 s sorted, 0.11 s).
    return "".join([f"{s} {p} {o} .\n" for s, p, o in triples]).encode("utf-8")


def _part(keys: StatementKeys, part: str) -> set[Triple]:
    """What one part derives, as N-Triples terms (links are IRIs read from the projection's own
    graphs; tallies add numbers and dates)."""
    kind, *args = split_part(part)
    if kind == "pair" and len(args) == 2:
        return _pair_tally(args[0], args[1], *keys.pair_summary(args[0], args[1]))
    if kind == "pairyear" and len(args) == 3:
        # One year of a pair, with the pair's latest earlier day, which its first day's statements
        # point to: a load reads the years it touched, not the pair's whole history.
        speaker, target, year = args
        of_year, before = keys.pair_year_rows(speaker, target, year)
        return (
            _iris(_predecessors(before + of_year))
            | _shifts(speaker, target, before + of_year)
            | _counted_in(speaker, target, of_year)
        )
    if kind == "day" and len(args) == 1:
        rows = keys.day_rows(args[0])
        links = _translations(rows)
        return _iris(links) | _day_tallies(args[0], rows, links)
    if kind == "tally" and len(args) == 2:
        return _speaker_tally(args[0], args[1], *keys.tally(args[0], args[1]))
    if kind == "aud" and len(args) == 2:
        return _audience_tally(args[0], args[1], *keys.audience_tally(args[0], args[1]))
    if kind == "topics" and len(args) == 2:
        return _topic_pair_tally(args[0], args[1], keys.topic_pair_count(args[0], args[1]))
    if kind == "month" and len(args) == 2:
        return _month_tallies(args[0], args[1], keys.month_counts(args[0], args[1]))
    if kind == "period" and len(args) == 1:
        return _period_tallies(args[0], keys.day_tally_sums(args[0]))
    return set()


def _period_tallies(period: str, sums: dict[str, tuple[int, int]]) -> set[Triple]:
    """The stance-counts query's numbers for a whole month (YYYY-MM) or year (YYYY): per stance
    type, the sums of its day tallies, so a long period reads a few tallies, not one per day."""
    month = len(period) == 7
    cls, key = (_SG.StanceMonthTally, _SG.tallyMonth) if month else (_SG.StanceYearTally, _SG.tallyYear)
    out: set[Triple] = set()
    for stance, (count, translations) in sums.items():
        about = [
            (_SG.tallyStanceType, f"<{stance}>"),
            (key, f'"{period}"'),
            (_SG.translationCount, _count(translations)),
        ]
        node = _tally_iri("month-stance/" if month else "year-stance/", period, stance)
        out |= _tally(node, cls, about, count)
    return out


def _month_tallies(entry: str, month: str, counts: dict[str, int]) -> set[Triple]:
    """The stance-timeline queries' numbers for one entry (target or topic) and month: statements
    by stance type."""
    out: set[Triple] = set()
    for stance, count in counts.items():
        node = _tally_iri("month/", entry, month, stance)
        about = [(_SG.tallyEntry, f"<{entry}>"), (_SG.tallyMonth, f'"{month}"')]
        out |= _tally(node, _SG.EntryMonthTally, [*about, (_SG.tallyStanceType, f"<{stance}>")], count)
    return out


def _audience_tally(
    speaker: str, audience: str, count: int, first: str | None, last: str | None
) -> set[Triple]:
    """The audience-map query's numbers for one speaker and audience (none when no statement is left)."""
    if not count or first is None or last is None:
        return set()
    node = _tally_iri("audience/", speaker, audience)
    about = [(_SG.tallySpeaker, f"<{speaker}>"), (_SG.tallyAudience, f"<{audience}>")]
    return _tally(node, _SG.SpeakerAudienceTally, about, count, first, last)


def _topic_pair_tally(a: str, b: str, count: int) -> set[Triple]:
    """The topic-pairs query's number for two topics (none when no statement has both).

    Besides the two sg:tallyTopic, each topic under a predicate of its own and the count under one
    only these tallies use: the listing then reads one row per tally from three patterns joined by
    hashing, where sg:tallyTopic twice gives four rows a tally and sg:statementCount is every
    tally's (at 100k releases 74k topic pairs among 600k counts: 1.5 s of the listing's 3)."""
    if not count:
        return set()
    node = _tally_iri("topics/", a, b)
    about = [(_SG.tallyTopic, f"<{a}>"), (_SG.tallyTopic, f"<{b}>")]
    about += [(_SG.firstTopic, f"<{a}>"), (_SG.secondTopic, f"<{b}>"), (_SG.topicPairCount, _count(count))]
    return _tally(node, _SG.TopicPairTally, about, count)


def _iris(triples: set[Triple]) -> set[Triple]:
    nt = _NT
    return {(f"<{s}>", nt[p], f"<{o}>") for s, p, o in triples}


def _speaker_tally(speaker: str, stance: str, count: int, first: str | None, last: str | None) -> set[Triple]:
    """The speakers query's numbers for one speaker and stance type (none when no statement is left)."""
    if not count or first is None or last is None:
        return set()
    about = [(_SG.tallySpeaker, f"<{speaker}>"), (_SG.tallyStanceType, f"<{stance}>")]
    return _tally(_tally_iri("", speaker, stance), _SG.SpeakerStanceTally, about, count, first, last)


def _pair_tally(
    speaker: str, target: str, count: int, by_type: list[tuple[str, int, str, str]]
) -> set[Triple]:
    """The first-last-stance query's numbers for one speaker on one target (statements, first and
    last date, the stance types of each of the two days), and the targets-by-speaker query's for
    each stance type the speaker took on the target (none when no statement is left)."""
    if not by_type:
        return set()
    first = min(t[2] for t in by_type)
    last = max(t[3] for t in by_type)
    pair = [(_SG.tallySpeaker, f"<{speaker}>"), (_SG.tallyTarget, f"<{target}>")]
    about = pair + [(_SG.firstStanceType, f"<{t[0]}>") for t in by_type if t[2] == first]
    about += [(_SG.lastStanceType, f"<{t[0]}>") for t in by_type if t[3] == last]
    out = _tally(_tally_iri("pair/", speaker, target), _SG.SpeakerTargetTally, about, count, first, last)
    for stance, typed, low, high in by_type:
        node = _tally_iri("pair-stance/", speaker, target, stance)
        about = [*pair, (_SG.tallyStanceType, f"<{stance}>")]
        out |= _tally(node, _SG.SpeakerTargetStanceTally, about, typed, low, high)
    return out


def _counted_in(speaker: str, target: str, rows: list[tuple[str, str, int, str]]) -> set[Triple]:
    """From each statement to its pair and stance type's tally: a query for one target and stance
    type (condemnations) visits those statements only, not every stance on the target."""
    counted_in = _NT[_SG.countedIn]
    return {(f"<{r[0]}>", counted_in, _tally_iri("pair-stance/", speaker, target, r[3])) for r in rows}


def _predecessors(rows: list[tuple[str, str, int, str]]) -> set[Triple]:
    """sg:previousOnTarget and sg:shiftsFrom among one speaker's statements on one target."""
    triples: set[Triple] = set()
    days: dict[str, list[tuple[str, str, int, str]]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r[1], r[2], r[0])):
        days[row[1]].append(row)
    for earlier, day in pairwise(sorted(days)):
        # Statements of one day are simultaneous: each points to the last of the latest earlier day.
        last = days[earlier][-1][0]
        types = {r[3] for r in days[earlier]}
        for statement, _date, _seq, stance in days[day]:
            triples.add((statement, _PREVIOUS, last))
            if stance not in types:
                triples.update((statement, _SHIFTS, t) for t in types)
    return triples


def _shifts(speaker: str, target: str, rows: list[tuple[str, str, int, str]]) -> set[Triple]:
    """The stance-shifts query's rows for one speaker on one target: a sg:StanceShift for each day
    and stance type the speaker had not taken on the target on the latest earlier day, with that
    day and its stance types, so the query reads one node per row and can start from a speaker's
    or a target's shifts instead of every statement."""
    days: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for statement, date, _seq, stance in rows:
        days[date][stance].add(statement)
    out: set[Triple] = set()
    for earlier, day in pairwise(sorted(days)):
        before = days[earlier]
        for stance, statements in days[day].items():
            if stance in before:
                continue
            about = [
                (_SG.shiftSpeaker, f"<{speaker}>"),
                (_SG.shiftTarget, f"<{target}>"),
                (_SG.shiftStanceType, f"<{stance}>"),
                (_SG.shiftDate, _date(day)),
                (_SG.previousDate, _date(earlier)),
                *((_SG.previousStanceType, f"<{t}>") for t in before),
            ]
            node = _tally_iri("shift/", speaker, target, day, stance)
            out |= _tally(node, _SG.StanceShift, about, len(statements))
    return out


def _translations(rows: list[tuple[str, str, str, int, str, str, str, int]]) -> set[Triple]:
    """sg:translationOf between the releases of one day in two languages that share statements
    (same speaker, stance and target), and between those statements."""
    triples: set[Triple] = set()
    releases: dict[str, list[tuple[str, str, str, int, str, str, str, int]]] = defaultdict(list)
    for row in sorted(rows):
        releases[row[1]].append(row)
    items = sorted(releases.items(), key=lambda kv: (kv[1][0][3], kv[0]))
    for i, (r1, rows1) in enumerate(items):
        for r2, rows2 in items[i + 1 :]:
            if rows1[0][2] == rows2[0][2]:
                continue
            shared = {r[4:7] for r in rows1} & {r[4:7] for r in rows2}
            if not shared:
                continue
            # r2 was recorded after r1; English is the version others are counted against.
            src, dst = (r1, r2) if rows1[0][2] != "en" and rows2[0][2] == "en" else (r2, r1)
            src_rows, dst_rows = (rows1, rows2) if src == r1 else (rows2, rows1)
            triples.add((src, _TRANSLATION, dst))
            dst_by_key = {r[4:7]: r[0] for r in dst_rows}
            for r in src_rows:
                if r[4:7] in dst_by_key:
                    triples.add((r[0], _TRANSLATION, dst_by_key[r[4:7]]))
    return triples


def _day_tallies(
    date: str, rows: list[tuple[str, str, str, int, str, str, str, int]], links: set[Triple]
) -> set[Triple]:
    """The stance-counts query's numbers for one day: per stance type, its statements and the
    translations among them (a statement with sg:translationOf, derived or written in its graph)."""
    translated = {s for s, p, _o in links if p == _TRANSLATION} | {r[0] for r in rows if r[7]}
    by_type: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        by_type[r[5]].add(r[0])
    out: set[Triple] = set()
    for stance, statements in by_type.items():
        about = [
            (_SG.tallyStanceType, f"<{stance}>"),
            (_SG.tallyDate, _date(date)),
            # The month, for a query that sums whole months and years from their own tallies and
            # reads the days of the months a period only partly covers.
            (_SG.tallyDayMonth, f'"{date[:7]}"'),
            (_SG.translationCount, _count(len(statements & translated))),
        ]
        out |= _tally(_tally_iri("day/", date, stance), _SG.StanceDayTally, about, len(statements))
    return out
