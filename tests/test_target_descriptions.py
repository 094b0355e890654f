"""Targets that name what a stance is about rather than a broad topic or a state named in passing: the
inquiry the text calls for as it calls it, a region of several states, the party a worry is for, the
victims of an act. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def found(extractor: Extractor, text: str, lang: str, title: str = "Statement") -> set[tuple[str, str]]:
    meta = ReleaseMeta(title=title, date=dt.date(2021, 6, 1), lang=lang, publisher="Germany")
    v = extractor.vocab
    return {
        (s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    }


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        (
            "en",
            "Germany calls for an independent investigation into the shooting.",
            "independent investigation",
        ),
        (
            "fr",
            "L'Allemagne demande des enquêtes indépendantes sur la fusillade.",
            "independent investigation",
        ),
        (
            "en",
            "Germany calls for an independent international investigation into the shooting.",
            "international investigation",
        ),
        (
            "fr",
            "L'Allemagne demande une enquête internationale sur la fusillade.",
            "international investigation",
        ),
    ],
)
def test_an_investigation_is_named_as_the_text_calls_it(
    extractor: Extractor, lang: str, text: str, topic: str
) -> None:
    assert ("calls-for", topic) in found(extractor, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany is concerned about the growing insecurity in the Sahel."),
        ("fr", "L'Allemagne s'inquiète de l'insécurité croissante dans la région du Sahel."),
    ],
)
def test_the_sahel_is_a_region_of_its_own(extractor: Extractor, lang: str, text: str) -> None:
    assert ("concerned", "Sahel") in found(extractor, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany condemns these malicious cyber activities against hospitals."),
        ("fr", "L'Allemagne condamne ces cyberactivités malveillantes contre des hôpitaux."),
    ],
)
def test_malicious_cyber_activities_are_cyber_attacks(extractor: Extractor, lang: str, text: str) -> None:
    assert ("condemns", "cyber attacks") in found(extractor, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        (
            "en",
            "Germany is deeply concerned about the impact of the sanctions on the civilian population.",
            "civilians",
        ),
        (
            "fr",
            "L'Allemagne condamne les combats au Soudan. Elle est très préoccupée par les conséquences de "
            "ces combats pour la population civile, qui en paie le prix.",
            "civilians",
        ),
        (
            "fr",
            "L'Allemagne est préoccupée par les répercussions de la guerre en Ukraine sur la sécurité "
            "alimentaire.",
            "food security",
        ),
        (
            "en",
            "Germany is worried about the consequences of terrorism in Mali for the stability of the Sahel.",
            "Sahel",
        ),
    ],
)
def test_a_worry_about_consequences_is_for_whom_they_hit(
    extractor: Extractor, lang: str, text: str, topic: str
) -> None:
    worries = {t for stance, t in found(extractor, text, lang) if stance == "concerned"}
    assert worries == {topic}
