"""Heads and officials of regional and international bodies, and envoys, of
actors-people-officials.ttl as the extractor resolves them: an office named in a release is its holder
on the release's date. Sentences written for the test (not taken from any corpus), in English and French."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def extract(
    extractor: Extractor, text: str, lang: str, *, publisher: str, date: dt.date
) -> set[tuple[str, str, str]]:
    title = "News" if lang == "en" else "Nouvelles"
    meta = ReleaseMeta(title=title, date=date, lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(v.label(s.speaker), s.stance, v.label(s.target)) for s in extractor.extract(rel)}


EN_CONDEMNS = "{who} condemned the attacks carried out by Russia against civilians."
FR_CONDEMNS = "{who} a condamné les attaques menées par la Russie contre des civils."
AUC_EN = "The Chairperson of the African Union Commission"
AUC_FR = "Le président de la Commission de l'Union africaine"
COE_HR_EN = "The Council of Europe Commissioner for Human Rights"
COE_HR_FR = "Le commissaire aux droits de l'homme du Conseil de l'Europe"
RFOM_EN = "The OSCE Representative on Freedom of the Media"
RFOM_FR = "Le représentant de l'OSCE pour la liberté des médias"


@pytest.mark.parametrize(
    ("lang", "who", "publisher", "date", "holder"),
    [
        # The African Union Commission's chair changed on 14 March 2017.
        ("en", AUC_EN, "African Union", dt.date(2016, 5, 10), "Nkosazana Dlamini-Zuma"),
        ("en", AUC_EN, "African Union", dt.date(2019, 5, 10), "Moussa Faki Mahamat"),
        ("fr", AUC_FR, "Union africaine", dt.date(2022, 5, 10), "Moussa Faki Mahamat"),
        # The Council of Europe's Commissioner for Human Rights: Muižnieks, Mijatović, O'Flaherty.
        ("en", COE_HR_EN, "Council of Europe", dt.date(2016, 5, 10), "Nils Muižnieks"),
        ("fr", COE_HR_FR, "Conseil de l'Europe", dt.date(2020, 5, 10), "Dunja Mijatović"),
        ("fr", COE_HR_FR, "Conseil de l'Europe", dt.date(2024, 5, 10), "Michael O'Flaherty"),
        # The OSCE media freedom representative: Mijatović until 2017, then Désir, then Ribeiro.
        ("en", RFOM_EN, "OSCE", dt.date(2015, 5, 10), "Dunja Mijatović"),
        ("en", RFOM_EN, "OSCE", dt.date(2018, 5, 10), "Harlem Désir"),
        ("fr", RFOM_FR, "OSCE", dt.date(2022, 5, 10), "Teresa Ribeiro"),
        # The Council of Europe's Secretary General changed on 18 September 2019.
        (
            "en",
            "The Secretary General of the Council of Europe",
            "Council of Europe",
            dt.date(2019, 9, 17),
            "Thorbjørn Jagland",
        ),
        (
            "fr",
            "La secrétaire générale du Conseil de l'Europe",
            "Conseil de l'Europe",
            dt.date(2022, 5, 10),
            "Marija Pejčinović Burić",
        ),
        # UN envoys: Libya's and Afghanistan's.
        (
            "en",
            "The Special Representative of the Secretary-General for Libya",
            "UNSMIL",
            dt.date(2018, 5, 10),
            "Ghassan Salamé",
        ),
        (
            "fr",
            "La représentante spéciale du Secrétaire général pour l'Afghanistan",
            "MANUA",
            dt.date(2023, 5, 10),
            "Roza Otunbayeva",
        ),
        # NATO's Deputy Secretary General.
        ("en", "The NATO Deputy Secretary General", "NATO", dt.date(2018, 5, 10), "Rose Gottemoeller"),
    ],
)
def test_an_office_is_its_holder_on_the_day(
    extractor: Extractor, lang: str, who: str, publisher: str, date: dt.date, holder: str
) -> None:
    text = (EN_CONDEMNS if lang == "en" else FR_CONDEMNS).format(who=who)
    found = extract(extractor, text, lang, publisher=publisher, date=date)
    assert found == {(holder, "condemns", "Russia")}


@pytest.mark.parametrize(
    ("lang", "text", "publisher", "date", "holder"),
    [
        (
            "en",
            "The Chairperson of the African Union Commission, Moussa Faki Mahamat, condemned the attacks"
            " carried out by Russia against civilians.",
            "African Union",
            dt.date(2022, 3, 2),
            "Moussa Faki Mahamat",
        ),
        (
            "fr",
            "Le Directeur général de l'OIAC, Fernando Arias, a condamné les attaques menées par la Russie"
            " contre des civils.",
            "OIAC",
            dt.date(2022, 3, 2),
            "Fernando Arias",
        ),
        (
            "en",
            "ICRC President Peter Maurer condemned the attacks carried out by Russia against civilians.",
            "ICRC",
            dt.date(2022, 3, 2),
            "Peter Maurer",
        ),
    ],
)
def test_a_named_official_is_the_speaker(
    extractor: Extractor, lang: str, text: str, publisher: str, date: dt.date, holder: str
) -> None:
    found = extract(extractor, text, lang, publisher=publisher, date=date)
    assert found == {(holder, "condemns", "Russia")}
