"""Statements written by analysts, in YAML or JSON: the gold format of the annotation guide.

    release: 2014-11-18_nato_fr_stoltenberg-eu-ministers.txt   # id, IRI or source file name
    reason: statements the extractor missed                      # optional
    statements:
      - speaker: Jens Stoltenberg          # a label in any language, or an IRI / prefixed name
        stance: supports
        target: OSCE
        audience: EU defence ministers     # optional
        topics: [OSCE, Ukraine]            # optional
        kind: indirect                     # direct | indirect
        evidence: "les travaux menés en Ukraine par l'Organisation pour la sécurité"
        date: 2014-11-18                   # optional: the release's date

A file holds one such document, or a list of them. ``target`` may be a list of
alternatives as in gold files: the first that names a vocabulary entry is used.
The evidence must be a span of the release's text: its offsets are found there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .domain import STANCE_SLUGS, Release, Statement
from .errors import InputError
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class AnnotatedStatement:
    speaker: str
    stance: str
    targets: tuple[str, ...]
    kind: str
    evidence: str
    audience: str | None = None
    topics: tuple[str, ...] = ()
    date: str | None = None

    def to_statement(
        self,
        release: Release,
        vocabulary: Vocabulary,
        resolve: Callable[..., str],
        *,
        origin: str,
        where: str,
    ) -> Statement:
        start = release.text.find(self.evidence)
        if start < 0:
            raise InputError(
                f"{where}: evidence {self.evidence[:60]!r} is not in the text of {release.source}"
            )
        target = None
        problems = []
        for t in self.targets:
            try:
                target = resolve(t)
                break
            except InputError as exc:
                problems.append(str(exc))
        if target is None:
            raise InputError(f"{where}: {problems[0] if problems else 'no target'}")
        speaker = resolve(self.speaker, actor=True)
        try:
            day = dt.date.fromisoformat(self.date) if self.date else release.meta.date
        except ValueError as exc:
            raise InputError(f"{where}: date {self.date!r} is not a date (YYYY-MM-DD)") from exc
        topics = tuple(dict.fromkeys([target, *(resolve(t) for t in self.topics)]))
        return Statement(
            release_id=release.release_id,
            speaker=speaker,
            stance=self.stance,
            target=target,
            kind="direct" if self.kind == "direct" else "indirect",
            quote=self.evidence,
            start=start,
            end=start + len(self.evidence),
            date=day,
            lang=release.meta.lang,
            speaker_role=vocabulary.office_of(speaker, day),
            audience=resolve(self.audience) if self.audience else None,
            topics=topics,
            confidence=1.0,
            rule="analyst.annotation",
            origin=origin,
        )


@dataclass(frozen=True)
class AnnotationDoc:
    release: str
    statements: tuple[AnnotatedStatement, ...]
    reason: str = ""


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(value)] if isinstance(value, str) else [str(v) for v in value]


def _statement(raw: Any, where: str) -> AnnotatedStatement:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: a statement is a mapping with speaker, stance, target, evidence")
    missing = [k for k in ("speaker", "stance", "target", "evidence") if not raw.get(k)]
    if missing:
        raise InputError(f"{where}: missing {', '.join(missing)}")
    stance = str(raw["stance"])
    if stance not in STANCE_SLUGS:
        raise InputError(f"{where}: stance {stance!r} is not one of {', '.join(STANCE_SLUGS)}")
    kind = str(raw.get("kind") or "indirect")
    if kind not in {"direct", "indirect"}:
        raise InputError(f"{where}: kind {kind!r} is neither direct nor indirect")
    return AnnotatedStatement(
        speaker=str(raw["speaker"]),
        stance=stance,
        targets=tuple(_as_list(raw["target"])),
        kind=kind,
        evidence=str(raw["evidence"]),
        audience=_as_list(raw.get("audience"))[0] if raw.get("audience") else None,
        topics=tuple(_as_list(raw.get("topics"))),
        date=str(raw["date"]) if raw.get("date") else None,
    )


def read_annotations(path: Path) -> list[AnnotationDoc]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text)
        else:
            import yaml

            data = yaml.safe_load(text)
    except (ValueError, Exception) as exc:  # yaml's errors have no common base with json's
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(
            f"{path}: not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {first}"
        ) from exc
    docs = data if isinstance(data, list) else [data]
    out = []
    for n, doc in enumerate(docs, 1):
        where = f"{path} (document {n})" if len(docs) > 1 else str(path)
        if not isinstance(doc, dict) or not doc.get("release") or not isinstance(doc.get("statements"), list):
            raise InputError(f"{where}: needs 'release' and a list of 'statements'")
        statements = tuple(
            _statement(raw, f"{where}, statement {i}") for i, raw in enumerate(doc["statements"], 1)
        )
        if not statements:
            raise InputError(f"{where}: no statements")
        out.append(
            AnnotationDoc(
                release=str(doc["release"]), statements=statements, reason=str(doc.get("reason") or "")
            )
        )
    return out
