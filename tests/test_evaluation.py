"""The evaluation library: the same figures as the reference scorer, on hand-made cases and on
the dev corpus (when ../shared is there)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from statgraph.evaluation import evaluate, format_misses, format_report

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def write_gold(folder: Path, release: str, statements: list[dict[str, Any]], **extra: object) -> None:
    doc: dict[str, Any] = {
        "release": release,
        "title": "T",
        "date": "2020-01-02",
        "lang": "en",
        "statements": statements,
    }
    doc.update(extra)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / (release.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(doc), encoding="utf-8")


def gold_st(speaker: str, stance: str, target: object, **extra: object) -> dict[str, Any]:
    st: dict[str, Any] = {
        "speaker": speaker,
        "stance": stance,
        "target": target,
        "kind": "indirect",
        "evidence": "",
    }
    st.update(extra)
    return st


def pred(speaker: str, stance: str, target: str, **extra: object) -> dict[str, Any]:
    row: dict[str, Any] = {
        "source": "/some/dir/r.txt",
        "speaker": speaker,
        "stance": stance,
        "target": target,
    }
    row.update({"date": "2020-01-02", "lang": "en", "title": "T"})
    row.update(extra)
    return row


def test_alternatives_normalisation_and_repeats(tmp_path: Path) -> None:
    write_gold(
        tmp_path,
        "r.txt",
        [
            gold_st("Jens Stoltenberg", "supports", ["Ukraine", "sovereignty of Ukraine"]),
            # The same stance twice is one statement, which takes both targets.
            gold_st("Jens Stoltenberg", "supports", ["Ukraine", "territorial integrity of Ukraine"]),
            gold_st("Jens Stoltenberg", "condemns", ["Russia"]),
        ],
    )
    rows = [
        pred("jens stoltenberg", "supports", "Territorial integrity of Ukraine!"),
        pred("Jens Stoltenberg", "supports", "Ukraine"),  # a second hit on the merged one: no fp
        pred("Jens Stoltenberg", "condemns", "Russia"),
        pred("Jens Stoltenberg", "condemns", "Russia"),  # a repeated tuple counts once
    ]
    report = evaluate(rows, tmp_path)
    assert (report.tp, report.fp, report.fn) == (2, 0, 0)
    assert report.metadata == 1.0


def test_each_miss_says_what_was_found_on_its_evidence(tmp_path: Path) -> None:
    said = "The Secretary General strongly condemned the attack on the convoy near the border"
    cue = "condemns:verb:condemn@en"
    other = "Ministers also discussed the budget of the mission for the coming year"
    write_gold(
        tmp_path,
        "r.txt",
        [
            gold_st("Ann Lee", "condemns", ["attack on the convoy"], evidence=said),  # another target
            gold_st("Ann Lee", "warns", ["Atlantis"], evidence=said),  # another stance
            gold_st("Bo Chan", "condemns", ["Russia"], evidence=said),  # said by another speaker
            gold_st("Ann Lee", "supports", ["Oceania"], evidence=other),  # another speaker
            gold_st("Ann Lee", "welcomes", ["budget"], evidence="Nothing anyone said at all here"),
            gold_st("Ann Lee", "commits", ["mission"], evidence=other),  # other statement on it
        ],
    )
    rows = [
        pred("Ann Lee", "condemns", "convoy", quote=said, rule="en.voice.verb", cue=cue),
        pred(
            "Ann Lee",
            "rejects",
            "Atlantis",
            quote="Atlantis: the attack condemned strongly, said the General",
        ),
        pred("Cy Dee", "supports", "Oceania", quote="elsewhere"),
        pred("Ann Lee", "calls-for", "budget", quote=other),
    ]
    report = evaluate(rows, tmp_path)
    kinds = [(m.stance, m.kind, m.found) for m in report.misses]
    assert kinds == [
        ("condemns", "another target", "Ann Lee | condemns | convoy"),
        ("warns", "another stance", "Ann Lee | rejects | Atlantis"),
        ("condemns", "said by another speaker", "Ann Lee | condemns | convoy"),
        ("supports", "another speaker", "Cy Dee | supports | Oceania"),
        ("welcomes", "nothing on its evidence", ""),
        ("commits", "other statement on its evidence", "Ann Lee | calls-for | budget"),
    ]
    assert len(report.false) == report.fp == 4
    text = format_misses(report).splitlines()
    assert text[:3] == [
        "missed 6: another speaker 1 | another target 1 | another stance 1 | said by another speaker 1"
        " | other statement on its evidence 1 | nothing on its evidence 1",
        "false 4",
        "r.txt",
    ]
    found = "(found: Ann Lee | condemns | convoy)"
    assert f"  missed  Ann Lee | condemns | attack on the convoy: another target {found}" in text
    assert "  false   Ann Lee | condemns | convoy [en.voice.verb, cue condemns:verb:condemn@en]" in text
    assert "  false   Cy Dee | supports | Oceania" in text  # no rule known: nothing in brackets
    assert f"          “{said}”" in text


def test_nothing_missed_nothing_false(tmp_path: Path) -> None:
    write_gold(tmp_path, "r.txt", [gold_st("NATO", "condemns", ["Russia"])])
    report = evaluate([pred("NATO", "condemns", "Russia")], tmp_path)
    assert format_misses(report) == "missed 0\nfalse 0"


def test_optional_statements_count_neither_way(tmp_path: Path) -> None:
    write_gold(
        tmp_path,
        "r.txt",
        [
            gold_st("NATO", "welcomes", ["OSCE"], optional=True),
            gold_st("NATO", "warns", ["Russia"], optional=True),
            gold_st("NATO", "calls-for", ["Russia"]),
        ],
    )
    report = evaluate([pred("NATO", "welcomes", "OSCE"), pred("NATO", "rejects", "OSCE")], tmp_path)
    assert (report.tp, report.fp, report.fn) == (0, 1, 1)
    assert report.precision == 0.0 and report.recall == 0.0 and report.f1 == 0.0


def test_never_speakers_quotes_and_audience(tmp_path: Path) -> None:
    write_gold(
        tmp_path,
        "r.txt",
        [
            gold_st(
                "Ban Ki-moon",
                "calls-for",
                ["parties"],
                kind="direct",
                audience=["reporters", "press"],
                evidence="I urge all the parties to respect the ceasefire",
            ),
            gold_st(
                "Ban Ki-moon", "welcomes", ["ceasefire"], kind="direct", evidence="We welcome the truce today"
            ),
        ],
        never_speakers=["Angela Merkel"],
    )
    rows = [
        pred(
            "Ban Ki-moon",
            "calls-for",
            "parties",
            kind="direct",
            audience="Press",
            quote="I urge all the parties to respect the ceasefire",
        ),
        # Someone else quoting the second evidence spoils its attribution.
        pred("Angela Merkel", "welcomes", "ceasefire", kind="direct", quote="we welcome the truce today"),
        pred("Ban Ki-moon", "welcomes", "ceasefire", kind="direct", quote="We welcome the truce"),
    ]
    report = evaluate(rows, tmp_path)
    assert report.false_speakers == 1
    assert report.quotes == 0.5
    assert report.audience == 1.0
    assert (report.tp, report.fp, report.fn) == (2, 1, 0)


def test_indirect_quotes_do_not_attribute_and_missing_release_scores_no_metadata(tmp_path: Path) -> None:
    write_gold(
        tmp_path, "r.txt", [gold_st("X", "warns", ["Y"], kind="direct", evidence="this is a clear warning")]
    )
    write_gold(tmp_path, "s.txt", [gold_st("X", "warns", ["Y"])])
    report = evaluate([pred("X", "warns", "Y", kind="indirect", quote="this is a clear warning")], tmp_path)
    assert report.quotes == 0.0
    assert report.metadata == 0.5  # r.txt has its three fields, s.txt has no prediction
    last = format_report(report).splitlines()[-1]
    assert last.startswith("releases 2 | stance P 1.000 R 0.500 F1 0.667 (tp 1 fp 0 fn 1)")


def test_unknown_stance_slugs_are_counted(tmp_path: Path) -> None:
    write_gold(tmp_path, "r.txt", [])
    report = evaluate([pred("X", "praises", "Y")], tmp_path)
    assert report.bad_stance == 1
    assert format_report(report).endswith("unknown stance slugs 1")


def extracted_rows(releases: Path) -> list[dict[str, Any]]:
    """What `statgraph statements --format jsonl` gives for these releases, extracted in-process."""
    from statgraph.config import data_dir
    from statgraph.extraction import Extractor
    from statgraph.readers import read_file
    from statgraph.vocabulary import load_vocabulary

    vocab = load_vocabulary(data_dir("ontology"))
    extractor = Extractor(vocab)
    rows = []
    for path in sorted(releases.iterdir()):
        for rel in read_file(path):
            for s in extractor.extract(rel):
                rows.append(
                    {
                        "source": path.name,
                        "speaker": vocab.label(s.speaker),
                        "stance": s.stance,
                        "target": vocab.label(s.target),
                        "kind": s.kind,
                        "quote": s.quote,
                        "audience": vocab.label(s.audience),
                        "date": s.date.isoformat(),
                        "lang": s.lang,
                        "title": rel.meta.title,
                    }
                )
    return rows


@pytest.mark.skipif(
    not (SHARED / "tools" / "score.py").exists() or not (SHARED / "corpus" / "gold").is_dir(),
    reason="the shared dev corpus is not there",
)
def test_same_report_as_the_reference_scorer(tmp_path: Path) -> None:
    rows = extracted_rows(SHARED / "corpus" / "releases")
    preds = tmp_path / "pred.jsonl"
    preds.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    gold = SHARED / "corpus" / "gold"
    reference = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(gold), str(preds)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    mine = format_report(evaluate(rows, gold))
    assert mine.splitlines()[-1] == reference.splitlines()[-1]
    assert mine == reference  # the per-release table too
