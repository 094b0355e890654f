"""A "call" with someone is a conversation, not a call for anything: "In her call with Mr X",
"un appel téléphonique avec M. X". Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def found(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    meta = ReleaseMeta(title="Call", date=dt.date(2023, 3, 1), lang=lang, publisher="Belgium")
    v = extractor.vocab
    return {
        (s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Belgium held a phone call with Foreign Minister Sergey Lavrov on Monday."),
        ("en", "In a call with Sergey Lavrov on Monday, Belgium discussed the situation."),
        ("fr", "La Belgique a eu un appel téléphonique avec M. Sergueï Lavrov lundi."),
        ("fr", "Lors d'un appel avec M. Sergueï Lavrov, la Belgique a évoqué la situation."),
    ],
)
def test_a_call_with_someone_calls_for_nothing(extractor: Extractor, lang: str, text: str) -> None:
    assert found(extractor, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        ("en", "Belgium renews its call for a ceasefire.", "ceasefire"),
        ("en", "Belgium reiterates its call on Russia to withdraw its troops.", "Russia"),
        ("fr", "La Belgique renouvelle son appel à la Russie à retirer ses troupes.", "Russia"),
    ],
)
def test_a_call_for_something_still_calls_for_it(
    extractor: Extractor, lang: str, text: str, target: str
) -> None:
    assert ("calls-for", target) in found(extractor, text, lang)
