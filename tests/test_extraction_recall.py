"""Statements the extractor used to miss, or typed wrong, in releases it had not seen: each rule on
sentences written for the test (not taken from any corpus), in both languages where both apply."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def extract(
    extractor: Extractor,
    text: str,
    lang: str,
    title: str,
    *,
    publisher: str = "NATO",
    date: dt.date = dt.date(2016, 3, 10),
) -> set[tuple[str, str, str]]:
    meta = ReleaseMeta(title=title, date=date, lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(v.label(s.speaker), s.stance, v.label(s.target)) for s in extractor.extract(rel)}


CANETE = "Miguel Arias Cañete"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A commissioner speaks for the Commission and for the Union it is part of: "the EU" as the
        # subject of the statement's own words is the speaker's side, not another actor's stance.
        (
            "fr",
            "Déclaration du commissaire Miguel Arias Cañete sur le commerce",
            "L'UE regrette profondément la décision de la Russie d'interdire les importations agricoles.",
            {(CANETE, "condemns", "Russia")},
        ),
        (
            "en",
            "Statement by Commissioner Miguel Arias Cañete on trade",
            "The EU strongly regrets the decision by Russia to ban agricultural imports.",
            {(CANETE, "condemns", "Russia")},
        ),
    ],
)
def test_an_office_speaks_for_the_union_its_body_is_part_of(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract(extractor, text, lang, title, publisher="European Commission", date=dt.date(2017, 5, 2))
    assert found == expected
