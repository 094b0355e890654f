"""A threat put as a condition warns the actor the condition names: "If X persists in …, there
will be consequences", "Si X poursuit …, la réponse sera ferme". Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def said(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    meta = ReleaseMeta(title="Statement", date=dt.date(2019, 6, 3), lang=lang, publisher="NATO")
    v = extractor.vocab
    return {
        (v.label(s.speaker), s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "“If Belarus persists in this course, there will be severe consequences,” said Jens Stoltenberg.",
        ),
        ("en", "“If Belarus crosses that line, NATO will respond,” said Jens Stoltenberg."),
        (
            "fr",
            "« Si la Biélorussie persiste dans cette voie, la réponse de l'Alliance sera ferme », a déclaré "
            "Jens Stoltenberg.",
        ),
        (
            "fr",
            "« Si la Biélorussie franchit cette ligne, elle en paiera le prix », a déclaré Jens Stoltenberg.",
        ),
    ],
)
def test_a_condition_naming_an_actor_and_a_consequence_warns_it(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert ("Jens Stoltenberg", "warns", "Belarus") in said(extractor, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # No actor in the condition.
        ("en", "“If confirmed, these reports would have serious consequences,” said Jens Stoltenberg."),
        # No consequence in the main clause.
        ("en", "“If Belarus agrees, talks could start next week,” said Jens Stoltenberg."),
        # No condition: the sentence does not open on one.
        ("en", "“Belarus knows what happens if it goes on, and the consequences,” said Jens Stoltenberg."),
        (
            "fr",
            "« Si la Biélorussie le souhaite, les discussions pourront commencer », a déclaré "
            "Jens Stoltenberg.",
        ),
    ],
)
def test_no_warning_without_a_condition_an_actor_and_a_consequence(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert not any(st == "warns" for _sp, st, _t in said(extractor, text, lang))


def test_the_speakers_own_side_is_not_warned(extractor: Extractor) -> None:
    text = "“If NATO fails to act, the consequences will be grave,” said Jens Stoltenberg."
    assert not any(st == "warns" for _sp, st, _t in said(extractor, text, "en"))
