"""A topic a headword names near the actors it is about ("the peace process" near Ukraine) is the one
meant; elsewhere the same words name the broader topic, not one conflict's. Sentences written for
the test."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def targets(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    meta = ReleaseMeta(title="Peace", date=dt.date(2021, 6, 1), lang=lang, publisher="Germany")
    v = extractor.vocab
    return {
        (s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    }


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "Germany supports the peace process in eastern Ukraine.", "peace process in Ukraine"),
        ("fr", "L'Allemagne soutient le processus de paix en Ukraine.", "peace process in Ukraine"),
        (
            "en",
            "Germany supports the peace process between Israel and Palestine.",
            "Middle East peace process",
        ),
        (
            "en",
            "Germany supports the EU-mediated peace process between Armenia and Azerbaijan.",
            "peace process",
        ),
        (
            "fr",
            "L'Allemagne soutient le processus de paix entre l'Arménie et l'Azerbaïdjan.",
            "peace process",
        ),
        ("en", "Germany fully supports the peace efforts of the African Union in Sudan.", "peace process"),
    ],
)
def test_the_peace_process_is_the_one_of_the_conflict_named_near_it(
    extractor: Extractor, lang: str, text: str, topic: str
) -> None:
    found = targets(extractor, text, lang)
    assert ("supports", topic) in found
    assert not {t for _s, t in found} & {"peace process in Ukraine", "Middle East peace process"} - {topic}
