"""A verb in the future said by the speaker's own side pledges the act ("We will increase our
humanitarian assistance", "Nous renforcerons …", "Nous allons renforcer …", "L'OTAN fournira …"): each
on sentences written for the test, in both languages, with the futures that pledge nothing (another
actor's, a meeting's, an impersonal one, a present tense that looks like a future, the noun "will")."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor

NAC_EN = "Statement by the North Atlantic Council on Georgia"
NAC_FR = "Déclaration du Conseil de l'Atlantique Nord sur la Géorgie"


def found(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    meta = ReleaseMeta(
        title=NAC_FR if lang == "fr" else NAC_EN, date=dt.date(2016, 3, 10), lang=lang, publisher="NATO"
    )
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(s.stance, v.label(s.target), s.rule) for s in extractor.extract(rel)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "We will increase our humanitarian assistance to Georgia.",
            {("commits", "humanitarian assistance", "en.voice.future")},
        ),
        (
            "en",
            "We shall provide humanitarian assistance to the people of Georgia.",
            {("commits", "humanitarian assistance", "en.voice.future")},
        ),
        (
            "fr",
            "Nous renforcerons notre aide humanitaire à la Géorgie.",
            {("commits", "humanitarian assistance", "fr.voice.future")},
        ),
        (
            "fr",
            "Nous allons renforcer notre aide humanitaire à la Géorgie.",
            {("commits", "humanitarian assistance", "fr.voice.future")},
        ),
        (
            "fr",
            "L'OTAN fournira une aide humanitaire à la Géorgie.",
            {("commits", "humanitarian assistance", "fr.voice.future")},
        ),
        (
            "fr",
            "Je présenterai un paquet de sanctions contre la Russie.",
            {("commits", "sanctions against Russia", "fr.voice.future")},
        ),
    ],
)
def test_a_future_of_the_speakers_side_pledges(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Another actor's future is no pledge of the speaker's.
        ("en", "Russia will increase its military presence in Abkhazia."),
        ("fr", "La Russie renforcera sa présence militaire en Abkhazie."),
        # A meeting or a talk to come pledges nothing.
        ("en", "We will discuss the humanitarian assistance to Georgia at the summit."),
        ("fr", "Nous discuterons de l'aide humanitaire à la Géorgie."),
        # "It", "elle": the war or the crisis as often as the speaker.
        ("en", "It will prolong the suffering of the people of Georgia."),
        ("fr", "Elle prolongera les souffrances de la population de la Géorgie."),
        # "Remain", "rester" say a state, no act.
        ("en", "We will remain attentive to humanitarian assistance to Georgia."),
        ("fr", "Nous resterons attentifs à l'aide humanitaire à la Géorgie."),
        # Negated, nothing is pledged.
        ("en", "We will not increase our humanitarian assistance to Georgia."),
        ("fr", "Nous ne réduirons pas notre aide humanitaire à la Géorgie."),
        # A present in -rons ("considérons") is no future; "political will" is the noun.
        ("fr", "Nous considérons que l'aide humanitaire à la Géorgie est insuffisante."),
        ("en", "We see the political will on both sides for humanitarian assistance to Georgia."),
        # A relative clause's future is not the speaker's act.
        ("en", "We know the risks which will affect humanitarian assistance to Georgia."),
    ],
)
def test_futures_that_pledge_nothing(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(stance == "commits" for stance, _t, _r in found(extractor, text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Travel bans and asset freezes are sanctions.
        ("en", "We will press for travel bans against those responsible for the attack.", "sanctions"),
        ("fr", "Nous proposerons un gel des avoirs des responsables de l'attaque.", "sanctions"),
    ],
)
def test_travel_bans_and_asset_freezes_are_sanctions(
    extractor: Extractor, lang: str, text: str, expected: str
) -> None:
    assert ("commits", expected) in {(s, t) for s, t, _r in found(extractor, text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Aid given is a topic of its own, apart from the situation it answers.
        ("en", "We are concerned about the humanitarian situation in Georgia.", "humanitarian situation"),
        ("fr", "L'OTAN continuera de fournir une aide humanitaire à la Géorgie.", "humanitarian assistance"),
    ],
)
def test_humanitarian_assistance_is_no_situation(
    extractor: Extractor, lang: str, text: str, expected: str
) -> None:
    assert any(target == expected for _s, target, _r in found(extractor, text, lang))


GEORGIA_EN = (
    "Statement by the Ministry of Foreign Affairs of Georgia",
    "Ministry of Foreign Affairs of Georgia",
)
GEORGIA_FR = (
    "Déclaration du ministère des Affaires étrangères de la Géorgie",
    "Ministère des Affaires étrangères de la Géorgie",
)


def pledges(extractor: Extractor, text: str, lang: str, title: str, publisher: str) -> set[str]:
    meta = ReleaseMeta(title=title, date=dt.date(2016, 3, 10), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    return {extractor.vocab.label(s.target) for s in extractor.extract(rel) if s.stance == "commits"}


@pytest.mark.parametrize(
    ("lang", "text", "voice", "expected"),
    [
        # A pledge joined by and/et to the verb before it has that verb's subject, the speaker's side,
        # though another actor is named in between.
        (
            "en",
            "We condemn the attack on Georgia and will continue to provide humanitarian assistance.",
            None,
            {"humanitarian assistance"},
        ),
        (
            "fr",
            "Nous condamnons l'attaque contre la Géorgie et continuerons de fournir une aide humanitaire.",
            None,
            {"humanitarian assistance"},
        ),
        (
            "en",
            "Georgia welcomes the agreement with the European Union and will continue to support the "
            "NATO-Georgia dialogue.",
            GEORGIA_EN,
            {"dialogue"},
        ),
        (
            "fr",
            "La Géorgie salue l'accord avec l'Union européenne et continuera de soutenir le dialogue "
            "OTAN-Géorgie.",
            GEORGIA_FR,
            {"dialogue"},
        ),
        # Another actor's: no pledge of the speaker's.
        ("en", "Russia attacked Georgia and will continue to occupy Abkhazia.", None, set()),
        ("fr", "La Russie a attaqué la Géorgie et continuera d'occuper l'Abkhazie.", None, set()),
        # Two nouns joined: "obligations et engagements" pledges nothing.
        (
            "fr",
            "Nous appelons la Russie à respecter le droit international conformément à ses obligations et "
            "engagements internationaux.",
            None,
            set(),
        ),
    ],
)
def test_a_pledge_joined_to_the_verb_before_has_its_subject(
    extractor: Extractor, lang: str, text: str, voice: tuple[str, str] | None, expected: set[str]
) -> None:
    title, publisher = voice or ((NAC_FR, "NATO") if lang == "fr" else (NAC_EN, "NATO"))
    assert pledges(extractor, text, lang, title, publisher) == expected
