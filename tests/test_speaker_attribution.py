"""Who speaks: the voice of a text, its reporting clauses and quotes, on sentences written for the
test (not taken from the dev corpus or any stand-in set)."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.config import data_dir
from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor
from statgraph.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_vocabulary(data_dir("ontology")))


def extract(
    extractor: Extractor,
    text: str,
    lang: str,
    title: str,
    *,
    publisher: str = "NATO",
    date: dt.date = dt.date(2016, 3, 10),
) -> set[tuple[str, str, str, str]]:
    meta = ReleaseMeta(title=title, date=date, lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(v.label(s.speaker), s.stance, v.label(s.target), s.kind) for s in extractor.extract(rel)}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A declaration by an office holder "on behalf of" a body is the body's.
        (
            "en",
            "Georgia: Declaration by the High Representative on behalf of the EU on the shelling of Gori",
            "We condemn Russia's shelling of Gori.",
            "European Union",
        ),
        (
            "fr",
            "Géorgie : déclaration du haut représentant, au nom de l'UE, sur le bombardement de Gori",
            "Nous condamnons le bombardement de Gori par la Russie.",
            "European Union",
        ),
        # Negative: the same declaration on no one's behalf is the High Representative's.
        (
            "en",
            "Georgia: Declaration by the High Representative on the shelling of Gori",
            "We condemn Russia's shelling of Gori.",
            "Josep Borrell",
        ),
    ],
)
def test_a_declaration_on_behalf_of_a_body_is_the_bodys(
    extractor: Extractor, lang: str, title: str, text: str, expected: str
) -> None:
    found = extract(
        extractor, text, lang, title, publisher="Council of the European Union", date=dt.date(2021, 3, 2)
    )
    assert {s[0] for s in found} == {expected}
