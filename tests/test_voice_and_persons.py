"""A text in its own voice (a ministry's, a council's) may still report what a named person said:
a person named as the subject of a stance verb speaks, not the voice. Sentences written for the
test."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor

# The last paragraph's first person ("Notre ambassade", "Our embassy") makes the text the
# publisher's own voice.
TAIL = {
    "fr": "\n\nLa Belgique suit la situation de près. Notre ambassade reste en contact avec eux.",
    "en": "\n\nBelgium is following the situation closely. Our embassy remains in contact with them.",
}


def said(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    meta = ReleaseMeta(title="Niger", date=dt.date(2023, 7, 27), lang=lang, publisher="Belgium")
    body = text + TAIL[lang]
    v = extractor.vocab
    return {
        (v.label(s.speaker), s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=body, text=body, meta=meta, format="text"))
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La ministre des Affaires étrangères, des Affaires européennes et du Commerce extérieur, Hadja "
            "Lahbib, condamne fermement le coup d'État militaire de la junte au Niger.",
        ),
        (
            "fr",
            "La ministre Hadja Lahbib a fermement condamné le coup d'État militaire de la junte au Niger.",
        ),
        ("en", "Foreign Minister Hadja Lahbib strongly condemned the military coup by the junta in Niger."),
    ],
)
def test_a_person_subject_of_a_stance_verb_speaks_in_a_voiced_text(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert {sp for sp, _st, _t in said(extractor, text, lang)} == {"Hadja Lahbib"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The person is an object, not the subject of the verb.
        ("en", "Belgium welcomes the efforts of Hadja Lahbib and condemns the military coup in Niger."),
        # The verb is inside a quote: the quote's own attribution decides, not this rule.
        ("fr", "« La Belgique condamne le coup d'État au Niger », a rappelé l'ambassade."),
    ],
)
def test_the_voice_speaks_when_no_person_is_the_verbs_subject(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert "Hadja Lahbib" not in {sp for sp, _st, _t in said(extractor, text, lang)}
