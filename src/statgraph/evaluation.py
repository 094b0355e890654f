"""Score extracted statements against gold annotations.

The gold format and the matching rules are those of the annotation guide
(``spec/annotation-guide.md``): one JSON file per release, statements matched on
(speaker, stance, target) after normalisation (case, accents, punctuation), a gold
target may list alternatives, optional gold statements count neither way, and the
same stance said twice in a release is one statement. The figures are the ones the
project's reference scorer prints, computed the same way, so that ``format_report``
ends on the same totals line:

- stance precision, recall and F1 over (speaker, stance, target) sets per release;
- quote attribution: the share of required direct gold statements whose words some
  predicted statement (not marked indirect) quotes, every such quoter being the
  right speaker;
- audience: among matched required statements whose gold names an audience, the
  share with the right one;
- metadata: date, lang and title of each release's first prediction;
- false speakers: predictions whose speaker the gold lists in ``never_speakers``.

Beside the figures, each release's score keeps what it missed and what it said wrongly
(:class:`Miss`, :class:`FalseStatement`), so that an analyst who changes the lexicon sees
which statements moved and why: a missed statement says what the extractor found on its
evidence instead, a false one which rule and cue produced it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

STANCE_SLUGS = frozenset(
    {"supports", "welcomes", "calls-for", "condemns", "rejects", "concerned", "commits", "warns"}
)
_QUOTE_OVERLAP = 0.5  # share of the shorter text's words a quote must share with the gold evidence


def norm(text: object) -> str:
    """The comparison key of a name or quote: no accents, lower case, words only."""
    s = unicodedata.normalize("NFKD", str(text or "")).replace("\u2019", "'")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^0-9a-z]+", " ", s).strip()


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[attr-defined,unused-ignore]


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's words found in the longer one (a bag of words, order free)."""
    wa, wb = norm(a).split(), norm(b).split()
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    pool: dict[str, int] = {}
    for w in long_:
        pool[w] = pool.get(w, 0) + 1
    hit = 0
    for w in short:
        if pool.get(w, 0):
            pool[w] -= 1
            hit += 1
    return hit / len(short)


def release_key(source: object) -> str:
    """Predictions name their release by file name or by a path ending in it."""
    return Path(str(source)).name


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not JSON: {exc}") from exc
        gold[release_key(doc["release"])] = doc
    if not gold:
        raise InputError(f"{gold_dir}: no gold files (*.json)")
    return gold


def _matches(pred: dict[str, Any], gold_st: dict[str, Any]) -> bool:
    return (
        norm(pred.get("speaker")) == norm(gold_st["speaker"])
        and norm(pred.get("stance")) == norm(gold_st["stance"])
        and norm(pred.get("target")) in {norm(t) for t in _as_list(gold_st["target"])}
    )


def merge_repeats(statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold entries sharing speaker, stance and first target are one statement: the merged one
    takes every alternative target and is optional only when all its parts are."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for g in statements:
        targets = _as_list(g["target"])
        key = (norm(g["speaker"]), norm(g["stance"]), norm(targets[0] if targets else ""))
        if key not in merged:
            merged[key] = dict(g, target=targets)
        else:
            m = merged[key]
            m["target"] = m["target"] + [t for t in targets if t not in m["target"]]
            m["optional"] = bool(m.get("optional")) and bool(g.get("optional"))
    return list(merged.values())


# Why a gold statement was missed, from the nearest thing the extractor said: the order is the
# order of the checks in ``_why_missed``, most specific first.
MISS_KINDS = (
    "another speaker",
    "another target",
    "another stance",
    "said by another speaker",
    "other statement on its evidence",
    "nothing on its evidence",
)


@dataclass(frozen=True)
class Miss:
    """A required gold statement no prediction matches, and what was found on its evidence instead."""

    release: str
    speaker: str
    stance: str
    targets: tuple[str, ...]
    evidence: str
    kind: str
    found: str = ""  # "speaker | stance | target" of the nearest prediction, if any


@dataclass(frozen=True)
class FalseStatement:
    """A prediction no gold statement matches, with the rule and the cue that produced it."""

    release: str
    speaker: str
    stance: str
    target: str
    quote: str
    rule: str = ""
    cue: str = ""


def _said(p: dict[str, Any]) -> str:
    return f"{p.get('speaker', '')} | {p.get('stance', '')} | {p.get('target', '')}"


def _why_missed(g: dict[str, Any], preds: list[dict[str, Any]]) -> tuple[str, str]:
    targets = {norm(t) for t in _as_list(g["target"])}
    speaker, stance = norm(g["speaker"]), norm(g["stance"])

    def same(p: dict[str, Any], field_: str, value: str) -> bool:
        return norm(p.get(field_)) == value

    for p in preds:
        if same(p, "stance", stance) and norm(p.get("target")) in targets:
            return "another speaker", _said(p)
    evidence = g.get("evidence", "")
    on_evidence = [p for p in preds if p.get("quote") and overlap(p["quote"], evidence) >= _QUOTE_OVERLAP]
    for p in on_evidence:
        if same(p, "speaker", speaker) and same(p, "stance", stance):
            return "another target", _said(p)
    for p in on_evidence:
        if same(p, "speaker", speaker) and norm(p.get("target")) in targets:
            return "another stance", _said(p)
    for p in on_evidence:
        if not same(p, "speaker", speaker):
            return "said by another speaker", _said(p)
    if on_evidence:
        return "other statement on its evidence", _said(on_evidence[0])
    return "nothing on its evidence", ""


@dataclass
class ReleaseScore:
    release: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    quotes: int = 0
    quote_ok: int = 0
    audience_n: int = 0
    audience_ok: int = 0
    false_speakers: int = 0
    bad_stance: int = 0
    meta: int = 0
    meta_ok: int = 0
    misses: list[Miss] = field(default_factory=list)
    false: list[FalseStatement] = field(default_factory=list)


def score_release(gold: dict[str, Any], preds: list[dict[str, Any]]) -> ReleaseScore:
    out = ReleaseScore(release_key(gold["release"]))
    statements = merge_repeats(gold["statements"])
    required = [g for g in statements if not g.get("optional")]
    # A prediction repeated with the same (speaker, stance, target) counts once; the first one stands.
    tuples: dict[tuple[str, str, str], dict[str, Any]] = {}
    for p in preds:
        tuples.setdefault((norm(p.get("speaker")), norm(p.get("stance")), norm(p.get("target"))), p)
    out.tp = sum(1 for g in required if any(_matches(p, g) for p in tuples.values()))
    out.fp = sum(1 for p in tuples.values() if not any(_matches(p, g) for g in statements))
    out.fn = len(required) - out.tp
    for g in required:
        if not any(_matches(p, g) for p in tuples.values()):
            kind, found = _why_missed(g, preds)
            targets = tuple(_as_list(g["target"]))
            out.misses.append(
                Miss(out.release, g["speaker"], g["stance"], targets, g.get("evidence", ""), kind, found)
            )
    for p in tuples.values():
        if not any(_matches(p, g) for g in statements):
            out.false.append(
                FalseStatement(
                    out.release,
                    str(p.get("speaker", "")),
                    str(p.get("stance", "")),
                    str(p.get("target", "")),
                    str(p.get("quote", "")),
                    str(p.get("rule", "")),
                    str(p.get("cue", "")),
                )
            )

    for g in required:
        if not g.get("audience"):
            continue
        hit = [p for p in tuples.values() if _matches(p, g)]
        if hit:
            out.audience_n += 1
            wanted = {norm(a) for a in _as_list(g["audience"])}
            out.audience_ok += any(norm(p.get("audience")) in wanted for p in hit)

    # Quotes are judged on the unmerged gold: each required direct statement's own evidence.
    direct = [g for g in gold["statements"] if g.get("kind") == "direct" and not g.get("optional")]
    out.quotes = len(direct)
    for g in direct:
        holders = [
            p
            for p in preds
            if p.get("quote")
            and p.get("kind") != "indirect"
            and overlap(p["quote"], g["evidence"]) >= _QUOTE_OVERLAP
        ]
        out.quote_ok += bool(holders) and all(norm(p.get("speaker")) == norm(g["speaker"]) for p in holders)

    never = {norm(s) for s in gold.get("never_speakers", [])}
    out.false_speakers = sum(1 for p in preds if norm(p.get("speaker")) in never)
    out.bad_stance = sum(1 for p in preds if p.get("stance") not in STANCE_SLUGS)

    # Metadata is read from the predictions: a release with none scores nothing here.
    fields = [f for f in ("date", "lang", "title") if f in gold]
    out.meta = len(fields)
    out.meta_ok = sum(1 for f in fields if preds and norm(preds[0].get(f)) == norm(gold[f]))
    return out


def _ratio(a: float, b: float) -> float:
    return a / b if b else 1.0


@dataclass
class EvalReport:
    releases: list[ReleaseScore]
    unknown: list[str] = field(default_factory=list)  # predicted releases with no gold file

    def total(self, name: str) -> int:
        return sum(int(getattr(r, name)) for r in self.releases)

    @property
    def tp(self) -> int:
        return self.total("tp")

    @property
    def fp(self) -> int:
        return self.total("fp")

    @property
    def fn(self) -> int:
        return self.total("fn")

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def quotes(self) -> float:
        return _ratio(self.total("quote_ok"), self.total("quotes"))

    @property
    def audience(self) -> float:
        return _ratio(self.total("audience_ok"), self.total("audience_n"))

    @property
    def metadata(self) -> float:
        return _ratio(self.total("meta_ok"), self.total("meta"))

    @property
    def false_speakers(self) -> int:
        return self.total("false_speakers")

    @property
    def bad_stance(self) -> int:
        return self.total("bad_stance")

    @property
    def misses(self) -> list[Miss]:
        return [m for r in self.releases for m in r.misses]

    @property
    def false(self) -> list[FalseStatement]:
        return [f for r in self.releases for f in r.false]


def evaluate(rows: Iterable[dict[str, Any]], gold_dir: Path) -> EvalReport:
    """Score predicted statements (dicts with the jsonl fields) against the gold files of ``gold_dir``."""
    gold = load_gold(gold_dir)
    preds: dict[str, list[dict[str, Any]]] = {}
    for n, row in enumerate(rows, 1):
        if "source" not in row:
            raise InputError(f"prediction {n} has no 'source' field")
        preds.setdefault(release_key(row["source"]), []).append(row)
    # In statement-id order, so that the statement standing for a repeated tuple, and the order of
    # the false ones, do not depend on the order a store answers in.
    for found in preds.values():
        found.sort(key=lambda row: str(row.get("id", "")))
    scores = [score_release(doc, preds.get(key, [])) for key, doc in gold.items()]
    return EvalReport(scores, sorted(set(preds) - set(gold)))


def format_report(report: EvalReport, *, per_release: bool = True) -> str:
    """A table of releases (tp, fp, fn, quotes, metadata) and a last line with the totals."""
    lines = []
    if per_release:
        lines.append(f"{'release':60} {'tp':>3} {'fp':>3} {'fn':>3} quotes  meta")
        for r in report.releases:
            counts = f"{r.tp:3} {r.fp:3} {r.fn:3} {r.quote_ok}/{r.quotes:<4} {r.meta_ok}/{r.meta}"
            lines.append(f"{r.release[:60]:60} {counts}")
        if report.unknown:
            lines.append(f"(predictions for {len(report.unknown)} releases with no gold file were ignored)")
    lines.append(
        f"releases {len(report.releases)} | stance P {report.precision:.3f} R {report.recall:.3f}"
        f" F1 {report.f1:.3f} (tp {report.tp} fp {report.fp} fn {report.fn})"
        f" | quotes {report.quotes:.3f} | audience {report.audience:.3f} | metadata {report.metadata:.3f}"
        f" | false speakers {report.false_speakers} | unknown stance slugs {report.bad_stance}"
    )
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_misses(report: EvalReport) -> str:
    """Every missed gold statement with why, and every false statement with its rule and cue,
    release by release; a first line counts the misses by kind."""
    counts = {kind: 0 for kind in MISS_KINDS}
    for m in report.misses:
        counts[m.kind] += 1
    head = " | ".join(f"{kind} {n}" for kind, n in counts.items() if n)
    lines = [f"missed {len(report.misses)}: {head}" if head else "missed 0"]
    lines.append(f"false {len(report.false)}")
    for r in report.releases:
        if not r.misses and not r.false:
            continue
        lines.append(r.release)
        for m in r.misses:
            found = f" (found: {m.found})" if m.found else ""
            target = m.targets[0] if m.targets else ""
            lines.append(f"  missed  {m.speaker} | {m.stance} | {target}: {m.kind}{found}")
            lines.append(f"          “{_clip(m.evidence, 100)}”")
        for f in r.false:
            by = f" [{f.rule}" + (f", cue {f.cue}]" if f.cue else "]") if f.rule else ""
            lines.append(f"  false   {f.speaker} | {f.stance} | {f.target}{by}")
            lines.append(f"          “{_clip(f.quote, 100)}”")
    return "\n".join(lines)
