"""Every agent of a participle is no subject: "co-chaired by President X and Indian Prime Minister Y",
"coprésidé par le président X et le Premier ministre indien Y". Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


@pytest.mark.parametrize(
    ("lang", "publisher", "text"),
    [
        (
            "fr",
            "Commission européenne",
            "Le sommet UE-Inde, coprésidé par le président Charles Michel et le Premier ministre indien "
            "Narendra Modi, sera l'occasion de réaffirmer notre engagement en faveur de l'accord de Paris.",
        ),
        (
            "fr",
            "Commission européenne",
            "Le sommet UE-Inde, coprésidé par le président Jean-Claude Juncker et le Premier ministre indien "
            "Narendra Modi, sera l'occasion de réaffirmer notre engagement en faveur de l'accord de Paris.",
        ),
        (
            "en",
            "European Commission",
            "The EU-India summit, co-chaired by President Charles Michel and Indian Prime Minister "
            "Narendra Modi, will reaffirm our shared commitment to the Paris Agreement.",
        ),
    ],
)
def test_a_second_agent_of_a_participle_is_no_speaker(
    extractor: Extractor, lang: str, publisher: str, text: str
) -> None:
    meta = ReleaseMeta(
        title="Statement on the summit", date=dt.date(2021, 5, 7), lang=lang, publisher=publisher
    )
    v = extractor.vocab
    speakers = {
        v.label(s.speaker)
        for s in extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    }
    assert speakers and not speakers & {"Narendra Modi", "Charles Michel", "Jean-Claude Juncker"}
