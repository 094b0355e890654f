"""What changed between two points of the log: statements, and quads as an RDF Patch.

The patch follows Apache Jena's RDF Patch (``TX .``, ``D``/``A`` rows, ``TC .``):
applied to the graph at the earlier point (an empty dataset when that point is 0)
it gives the graph at the later point. It covers the release graphs, the data;
the vocabulary graph is left out, as ``export --no-vocabulary`` leaves it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from .namespaces import PREFIXES, release_iri
from .store import OxigraphStore

_STATE_QUERY = """
SELECT ?s ?speaker ?stance ?target ?source ?inv ?actType ?reason ?newer
WHERE {
  ?s a sg:Statement ; sg:speaker ?sp ; sg:stance ?st ; prov:wasDerivedFrom ?r .
  ?st sg:stanceType/skos:notation ?stance ; sg:target ?t .
  ?r sg:sourceName ?source .
  OPTIONAL { ?sp skos:prefLabel ?spl FILTER(LANG(?spl) = "en") }
  OPTIONAL { ?t skos:prefLabel ?tl FILTER(LANG(?tl) = "en") }
  BIND(COALESCE(?spl, STR(?sp)) AS ?speaker)
  BIND(COALESCE(?tl, STR(?t)) AS ?target)
  OPTIONAL {
    ?s prov:wasInvalidatedBy ?inv . ?inv a ?actType . OPTIONAL { ?inv sg:reason ?reason }
    OPTIONAL { ?newer prov:wasRevisionOf ?s }
  }
}
"""


@dataclass(frozen=True)
class StatementChange:
    statement: str
    speaker: str
    stance: str
    target: str
    source: str
    change: str  # added | retracted | corrected | removed
    reason: str = ""
    replaced_by: str = ""

    def __str__(self) -> str:
        what = f"{self.speaker} {self.stance} {self.target} ({self.source})"
        extra = f": {self.reason}" if self.reason else ""
        into = f" → {self.replaced_by.rsplit('/', 1)[-1]}" if self.replaced_by else ""
        return f"{self.change:9} {self.statement.rsplit('/', 1)[-1]} {what}{into}{extra}"


@dataclass
class DiffReport:
    start: int
    end: int
    changes: list[StatementChange] = field(default_factory=list)
    removed_quads: list[str] = field(default_factory=list)
    added_quads: list[str] = field(default_factory=list)

    def rdf_patch(self) -> str:
        rows = [f"H id <urn:statgraph:patch:{self.start}-{self.end}> .", "TX ."]
        rows += [f"D {q} ." for q in self.removed_quads]
        rows += [f"A {q} ." for q in self.added_quads]
        rows.append("TC .")
        return "\n".join(rows) + "\n"

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for c in self.changes:
            counts[c.change] = counts.get(c.change, 0) + 1
        parts = [f"{counts.get(k, 0)} {k}" for k in ("added", "retracted", "corrected", "removed")]
        return (
            f"from event {self.start} to {self.end}: "
            + ", ".join(parts)
            + f" statements; {len(self.added_quads)} quads added, {len(self.removed_quads)} removed"
        )


def _states(store: OxigraphStore) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    results = store.query(_STATE_QUERY, prefixes=PREFIXES)
    names = [v.value for v in results.variables]
    for sol in results:
        row = {name: "" if sol[name] is None else str(sol[name].value) for name in names}
        out[row["s"]] = row
    return out


def _quads(store: OxigraphStore) -> set[str]:
    prefix = release_iri("")
    return {
        str(q)
        for q in store.raw.quads_for_pattern(None, None, None, None)
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(prefix)
    }


def diff_stores(a: OxigraphStore, b: OxigraphStore, start: int, end: int) -> DiffReport:
    before, after = _states(a), _states(b)
    report = DiffReport(start, end)
    for s, row in sorted(after.items()):
        was = before.get(s)
        active_before = was is not None and not was["inv"]
        if row["inv"] and active_before:
            kind = "corrected" if row["actType"].endswith("Correction") else "retracted"
            report.changes.append(
                StatementChange(
                    s,
                    row["speaker"],
                    row["stance"],
                    row["target"],
                    row["source"],
                    kind,
                    row["reason"],
                    row["newer"],
                )
            )
        elif not row["inv"] and not active_before:
            report.changes.append(
                StatementChange(s, row["speaker"], row["stance"], row["target"], row["source"], "added")
            )
    for s, row in sorted(before.items()):
        if s not in after and not row["inv"]:
            report.changes.append(
                StatementChange(s, row["speaker"], row["stance"], row["target"], row["source"], "removed")
            )
    qa, qb = _quads(a), _quads(b)
    report.removed_quads = sorted(qa - qb)
    report.added_quads = sorted(qb - qa)
    return report
