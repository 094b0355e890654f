"""Triples derived from the whole graph, kept in their own named graph (``graph/derived``).

They are a read model: rebuilt from the release graphs after every change, left out of
exports, and never validated or recorded as events.

- ``sg:translationOf``: two releases of the same day in two languages that share statements
  (same speaker, stance and target) are versions of one text. The link goes from the version
  in the other language to the English one (or, between two other languages, to the one
  recorded first); their shared statements are linked the same way, so a query can count a
  stance once.
- ``sg:previousOnTarget``: each statement points to the same speaker's latest earlier
  statement on the same target, so "how did a stance shift" needs no self-join over the corpus.
- ``sg:shiftsFrom``: on a statement whose stance type the speaker did not take on the target
  on that latest earlier day, the stance types of that day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from .namespaces import GRAPH, PREFIXES, SG
from .store import OxigraphStore

DERIVED_GRAPH = str(GRAPH["derived"])
# Bumped when what is derived changes, so stores made by an older statgraph derive again.
DERIVATION = "2"

_ROWS = """
SELECT ?s ?r ?date ?lang ?seq ?speaker ?stance ?target WHERE {
  ?s a sg:Statement ; prov:wasDerivedFrom ?r ; sg:speaker ?speaker ; dcterms:date ?date ;
     sg:stance ?st .
  ?st sg:stanceType ?stance ; sg:target ?target .
  ?r dcterms:language ?lang ; sg:eventSeq ?seq .
  FILTER NOT EXISTS { ?s prov:invalidatedAtTime ?when }
}
"""


@dataclass(frozen=True)
class _Row:
    statement: str
    release: str
    date: str
    lang: str
    seq: int
    key: tuple[str, str, str]


def _rows(store: OxigraphStore) -> list[_Row]:
    results = store.query(_ROWS, prefixes=PREFIXES)
    out = []
    for sol in results:
        out.append(
            _Row(
                statement=sol["s"].value,
                release=sol["r"].value,
                date=sol["date"].value,
                lang=sol["lang"].value,
                seq=int(sol["seq"].value),
                key=(sol["speaker"].value, sol["stance"].value, sol["target"].value),
            )
        )
    return out


def derive(store: OxigraphStore) -> int:
    """Recompute the derived graph; returns how many triples it holds."""
    rows = _rows(store)
    triples: set[tuple[str, str, str]] = set()
    translation = str(SG.translationOf)
    previous = str(SG.previousOnTarget)

    by_day: dict[str, dict[str, list[_Row]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_day[row.date][row.release].append(row)
    for releases in by_day.values():
        items = sorted(releases.items(), key=lambda kv: (kv[1][0].seq, kv[0]))
        for i, (r1, rows1) in enumerate(items):
            for r2, rows2 in items[i + 1 :]:
                if rows1[0].lang == rows2[0].lang:
                    continue
                shared = {r.key for r in rows1} & {r.key for r in rows2}
                if not shared:
                    continue
                # r2 was recorded after r1; English is the version others are counted against.
                src, dst = (r1, r2) if rows1[0].lang != "en" and rows2[0].lang == "en" else (r2, r1)
                src_rows, dst_rows = (rows1, rows2) if src == r1 else (rows2, rows1)
                triples.add((src, translation, dst))
                dst_by_key = {r.key: r.statement for r in dst_rows}
                for r in src_rows:
                    if r.key in dst_by_key:
                        triples.add((r.statement, translation, dst_by_key[r.key]))

    by_speaker_target: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    for row in rows:
        by_speaker_target[(row.key[0], row.key[2])].append(row)
    shifts = str(SG.shiftsFrom)
    for group in by_speaker_target.values():
        days: dict[str, list[_Row]] = defaultdict(list)
        for row in sorted(group, key=lambda r: (r.date, r.seq, r.statement)):
            days[row.date].append(row)
        ordered = sorted(days)
        for earlier, day in pairwise(ordered):
            # Statements of one day are simultaneous: each points to the last of the latest earlier day.
            last = days[earlier][-1].statement
            types = {r.key[1] for r in days[earlier]}
            for row in days[day]:
                triples.add((row.statement, previous, last))
                if row.key[1] not in types:
                    triples.update((row.statement, shifts, t) for t in types)
    data = "".join(f"<{s}> <{p}> <{o}> .\n" for s, p, o in sorted(triples)).encode("utf-8")
    store.replace_graphs({DERIVED_GRAPH: data})
    store.set_derived_position(store.position(), DERIVATION)
    return len(triples)
