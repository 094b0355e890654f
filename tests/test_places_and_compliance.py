"""Two constructions around a stance's target. Sentences written for the test.

- "the signing in Pretoria, South Africa, of the agreement": the state after a place and a comma
  says where the place is; the agreement is the target.
- "calls on the parties to fully implement the agreement", "à mettre pleinement en œuvre l'accord":
  an adverb inside the verb of compliance still makes the speaker support what is to be kept.
"""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def found(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    meta = ReleaseMeta(title="Statement", date=dt.date(2022, 11, 3), lang=lang, publisher="European Union")
    v = extractor.vocab
    return {
        (s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The EU welcomes the signing today in Pretoria, South Africa, of the Pretoria agreement."),
        ("fr", "L'UE salue la signature aujourd'hui à Pretoria, en Afrique du Sud, de l'accord de Pretoria."),
    ],
)
def test_the_country_of_a_place_is_no_target(extractor: Extractor, lang: str, text: str) -> None:
    assert found(extractor, text, lang) == {("welcomes", "Pretoria agreement")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The EU calls on all parties to fully implement the Algiers agreement."),
        ("en", "The EU calls on all parties to duly implement the Algiers agreement."),
        ("fr", "L'UE appelle toutes les parties à mettre pleinement en œuvre l'accord d'Alger."),
    ],
)
def test_an_adverb_inside_the_verb_of_compliance_keeps_the_support(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert ("supports", "Agreement on Peace and Reconciliation in Mali") in found(extractor, text, lang)
