"""Stance phrases found as misses where the extractor said nothing (an act called an important step, a
result that can only be harm, a legitimacy lacking, a pledge not to rest, an intention, a future "il
faut"): each on sentences written for the test, in both languages, with negatives that keep each
phrase from firing where it is no stance."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor

NAC_EN = "Statement by the North Atlantic Council on Georgia"
NAC_FR = "Déclaration du Conseil de l'Atlantique Nord sur la Géorgie"
ABKHAZIA = "Abkhazia and South Ossetia"


def found(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    meta = ReleaseMeta(
        title=NAC_FR if lang == "fr" else NAC_EN, date=dt.date(2016, 3, 10), lang=lang, publisher="NATO"
    )
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(s.stance, v.label(s.target), s.cue.split("@")[0]) for s in extractor.extract(rel)}


def stances(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(stance, target) for stance, target, _ in found(extractor, text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A thing called an important step is welcomed; its subject is what is welcomed.
        ("en", "The Minsk agreement is an important step forward.", {("welcomes", "Minsk agreements")}),
        ("en", "The Minsk agreement was an important step.", {("welcomes", "Minsk agreements")}),
        ("fr", "L'accord de Minsk constitue une étape importante.", {("welcomes", "Minsk agreements")}),
        ("fr", "L'accord de Minsk est un pas en avant.", {("welcomes", "Minsk agreements")}),
        # Negative: steps someone took are no judgement of a thing.
        ("en", "The Government of Georgia has taken important steps.", set()),
        ("fr", "Le gouvernement géorgien a franchi des étapes importantes.", set()),
    ],
)
def test_an_important_step_is_welcomed(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # What can only lead to harm is warned against; its author is the one warned.
        (
            "en",
            "Russia's occupation of Abkhazia will only lead to further escalation.",
            {("warns", "Russia", "warns:agent-phrase:will only lead to")},
        ),
        (
            "en",
            "Such provocations by Russia can only result in more suffering.",
            {("warns", "Russia", "warns:agent-phrase:can only result in")},
        ),
        (
            "fr",
            "L'ingérence de la Russie ne peut que conduire à une nouvelle escalade.",
            {("warns", "foreign interference", "warns:agent-phrase:ne peut que conduire à")},
        ),
        # Negative: "only X can lead to" names the one means, which is supported, not a warning.
        (
            "en",
            "Only dialogue can lead to peace in Georgia.",
            {("supports", "dialogue", "supports:exclusive:only")},
        ),
    ],
)
def test_what_can_only_lead_to_harm_warns(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An election said to lack legitimacy is rejected.
        ("en", "The elections held in Abkhazia lack legitimacy.", {("rejects", ABKHAZIA)}),
        ("en", "The elections held in Abkhazia lacked any legitimacy.", {("rejects", ABKHAZIA)}),
        ("fr", "Les élections organisées en Abkhazie manquent de légitimité.", {("rejects", ABKHAZIA)}),
        ("fr", "Les élections en Abkhazie sont dépourvues de toute légitimité.", {("rejects", ABKHAZIA)}),
        # A decision not in conformity with the law blames its author, as one contrary to it does.
        (
            "en",
            "Russia's decision to recognise Abkhazia is not in conformity with international law.",
            {("condemns", "Russia")},
        ),
        (
            "fr",
            "La décision de la Russie de reconnaître l'Abkhazie n'est pas conforme au droit international.",
            {("condemns", "Russia")},
        ),
    ],
)
def test_lacking_legitimacy_and_conformity(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Not resting until a thing is done pledges it.
        (
            "en",
            "We will not rest until there is accountability for the attack on Georgia.",
            {("commits", "accountability")},
        ),
        (
            "fr",
            "Nous n'aurons de cesse que lorsque les auteurs de l'attaque auront rendu des comptes à la "
            "Géorgie.",
            {("commits", "Georgia")},
        ),
        # An intention of the speaker's own is a pledge; another actor's is not the speaker's.
        (
            "en",
            "We intend to strengthen cooperation between NATO and Georgia.",
            {("commits", "Georgia")},
        ),
        (
            "fr",
            "Nous avons l'intention de renforcer la coopération entre l'OTAN et la Géorgie.",
            {("commits", "Georgia")},
        ),
        ("en", "Russia intends to hold a referendum in Abkhazia.", set()),
        ("fr", "La Russie a l'intention d'organiser un référendum en Abkhazie.", set()),
        # "À l'intention de" addresses a text, it intends nothing.
        ("fr", "À l'intention des organes d'information.", set()),
        # Standing behind a thing supports it, an adverb between or not.
        (
            "en",
            "Allies stand firmly behind the territorial integrity of Georgia.",
            {("supports", "sovereignty and territorial integrity of Georgia")},
        ),
    ],
)
def test_pledges_intentions_and_standing_behind(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "Il faudra", "il faudrait" call for what follows, as "il faut" does.
        (
            "fr",
            "Il faudra rétablir l'intégrité territoriale de la Géorgie.",
            {("calls-for", "sovereignty and territorial integrity of Georgia")},
        ),
        (
            "fr",
            "Il faudrait rétablir l'intégrité territoriale de la Géorgie.",
            {("calls-for", "sovereignty and territorial integrity of Georgia")},
        ),
    ],
)
def test_a_future_need_calls_for(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Measures of the speaker's said to be maintained are pledged; an arms embargo is a sanction of
        # its own name.
        ("en", "Our arms embargo on the separatists will be maintained.", {("commits", "arms embargo")}),
        ("fr", "L'embargo sur les armes sera maintenu.", {("commits", "arms embargo")}),
        (
            "fr",
            "Les sanctions contre la Russie seront maintenues jusqu'au retrait de ses troupes.",
            {("commits", "sanctions against Russia")},
        ),
        # Negative: what another actor maintains is not the speaker's pledge.
        ("en", "Russia's troops in Abkhazia will be maintained.", set()),
    ],
)
def test_measures_maintained_are_pledged(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected
