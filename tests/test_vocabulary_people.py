"""Offices and people of actors.ttl as the extractor resolves them: an office named in a release is
its holder on the release's date, and the next holder after the change; a surname alone is its
person. Sentences written for the test (not taken from any corpus), in English and French."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def extract(
    extractor: Extractor, text: str, lang: str, title: str, *, publisher: str, date: dt.date
) -> set[tuple[str, str, str]]:
    meta = ReleaseMeta(title=title, date=date, lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(v.label(s.speaker), s.stance, v.label(s.target)) for s in extractor.extract(rel)}


EN_CONDEMNS = "{who} condemned the attacks carried out by Russia against civilians."
FR_CONDEMNS = "{who} a condamné les attaques menées par la Russie contre des civils."
UNHCR_EN = "The UN High Commissioner for Refugees"
UNHCR_FR = "Le haut-commissaire des Nations unies pour les réfugiés"
LT_EN, LT_FR = "The Lithuanian Foreign Minister", "Le ministre des Affaires étrangères de Lituanie"
TRADE_EN, TRADE_FR = "The European Commissioner for Trade", "Le commissaire européen au commerce"
EC_FR = "Commission européenne"


@pytest.mark.parametrize(
    ("lang", "who", "publisher", "date", "holder"),
    [
        # A UN office: the refugees' High Commissioner changed on 1 January 2016.
        ("en", UNHCR_EN, "UNHCR", dt.date(2015, 12, 31), "António Guterres"),
        ("en", UNHCR_EN, "UNHCR", dt.date(2016, 1, 1), "Filippo Grandi"),
        ("fr", UNHCR_FR, "HCR", dt.date(2015, 6, 1), "António Guterres"),
        ("fr", UNHCR_FR, "HCR", dt.date(2019, 6, 1), "Filippo Grandi"),
        # A foreign minister: Lithuania's changed on 11 December 2020.
        ("en", LT_EN, "NATO", dt.date(2020, 12, 10), "Linas Linkevičius"),
        (
            "en",
            "The Minister of Foreign Affairs of Lithuania",
            "NATO",
            dt.date(2021, 3, 10),
            "Gabrielius Landsbergis",
        ),
        ("fr", LT_FR, "OTAN", dt.date(2019, 3, 10), "Linas Linkevičius"),
        (
            "fr",
            "Le chef de la diplomatie lituanienne",
            "OTAN",
            dt.date(2021, 3, 10),
            "Gabrielius Landsbergis",
        ),
        # A European Commission portfolio: trade passed from Cecilia Malmström to Phil Hogan.
        ("en", TRADE_EN, "European Commission", dt.date(2018, 5, 2), "Cecilia Malmström"),
        ("en", "The EU Trade Commissioner", "European Commission", dt.date(2020, 3, 2), "Phil Hogan"),
        ("fr", TRADE_FR, EC_FR, dt.date(2020, 3, 2), "Phil Hogan"),
        # UNICEF's and WFP's executive directors (a bare "Executive Director", which every agency
        # has, is no label: it named UNICEF's in a sentence on another agency's).
        ("en", "The Executive Director of UNICEF", "UNICEF", dt.date(2017, 3, 10), "Anthony Lake"),
        ("en", "UNICEF Executive Director", "UNICEF", dt.date(2019, 3, 10), "Henrietta Fore"),
        ("fr", "Le directeur exécutif du PAM", "PAM", dt.date(2016, 3, 10), "Ertharin Cousin"),
        ("fr", "Le directeur exécutif du PAM", "PAM", dt.date(2018, 3, 10), "David Beasley"),
    ],
)
def test_an_office_is_its_holder_on_the_day(
    extractor: Extractor, lang: str, who: str, publisher: str, date: dt.date, holder: str
) -> None:
    text = (EN_CONDEMNS if lang == "en" else FR_CONDEMNS).format(who=who)
    title = "News" if lang == "en" else "Nouvelles"
    found = extract(extractor, text, lang, title, publisher=publisher, date=date)
    assert found == {(holder, "condemns", "Russia")}


@pytest.mark.parametrize(
    ("publisher", "date", "holder"),
    [
        ("UNHCR", dt.date(2019, 3, 10), "Filippo Grandi"),
        ("OHCHR", dt.date(2019, 3, 10), "Michelle Bachelet"),
        ("OHCHR", dt.date(2023, 3, 10), "Volker Türk"),
    ],
)
def test_a_bare_high_commissioner_is_the_publishers(
    extractor: Extractor, publisher: str, date: dt.date, holder: str
) -> None:
    text = EN_CONDEMNS.format(who="The High Commissioner")
    assert extract(extractor, text, "en", "Press release", publisher=publisher, date=date) == {
        (holder, "condemns", "Russia")
    }


@pytest.mark.parametrize(
    ("lang", "who", "holder"),
    [
        ("en", "Mr Grandi", "Filippo Grandi"),
        ("fr", "M. Grossi", "Rafael Mariano Grossi"),
        ("en", "Mr Landsbergis", "Gabrielius Landsbergis"),
        ("fr", "M. Reynders", "Didier Reynders"),
        # No foaf:familyName "Lake" (Lake Chad): the courtesy form is an altLabel.
        ("en", "Mr Lake", "Anthony Lake"),
    ],
)
def test_a_surname_alone_is_its_person(extractor: Extractor, lang: str, who: str, holder: str) -> None:
    text = (EN_CONDEMNS if lang == "en" else FR_CONDEMNS).format(who=who)
    title = "News" if lang == "en" else "Nouvelles"
    found = extract(extractor, text, lang, title, publisher="NATO", date=dt.date(2021, 6, 1))
    assert found == {(holder, "condemns", "Russia")}
