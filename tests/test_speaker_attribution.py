"""Who speaks: the voice of a text, its reporting clauses and quotes, on sentences written for the
test (not taken from the dev corpus or any stand-in set)."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


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


SG = "Jens Stoltenberg"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A quote that no paragraph opens again runs on to the paragraph that closes it.
        (
            "en",
            "News",
            "The Secretary General said:\n\n“We condemn the attacks carried out by Russia against "
            "civilians.\n\nWe call on Russia to withdraw its forces from Ukraine.”\n\n"
            "He later met the press.",
            {(SG, "condemns", "Russia", "direct"), (SG, "calls-for", "Russia", "direct")},
        ),
        (
            "fr",
            "Nouvelles",
            "Le Secrétaire général a déclaré :\n\n« Nous condamnons les attaques menées par la Russie "
            "contre des civils.\n\nNous appelons la Russie à retirer ses forces d'Ukraine. »\n\nIl a "
            "ensuite rencontré la presse.",
            {(SG, "condemns", "Russia", "direct"), (SG, "calls-for", "Russia", "direct")},
        ),
        # Negative: a quote that closes nowhere ends with its paragraph; another one opening before
        # the closing mark ends it too.
        (
            "en",
            "News",
            "The Secretary General said:\n\n“We condemn the attacks carried out by Russia against "
            "civilians.\n\nRussia must withdraw its forces from Ukraine.\n\nThe ministers met in Brussels.",
            {(SG, "condemns", "Russia", "direct")},
        ),
        (
            "en",
            "News",
            "The Secretary General said:\n\n“We condemn the attacks carried out by Russia against "
            "civilians.\n\nThe Allies called on Russia to withdraw its “so-called” volunteers from Ukraine.",
            {(SG, "condemns", "Russia", "direct"), ("NATO", "calls-for", "Russia", "direct")},
        ),
    ],
)
def test_a_quote_runs_over_the_paragraphs_until_it_closes(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert extract(extractor, text, lang, title) == expected


FCDO = "Foreign, Commonwealth & Development Office (GOV.UK press release)"
MEAE = "Ministère de l'Europe et des Affaires étrangères (France)"


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "date", "text", "expected"),
    [
        # A title that has a person speak ("Foreign Secretary condemns …"): the state the text opens
        # on speaks through that person.
        (
            "en",
            "Foreign Secretary condemns Russia's attack on Kharkiv",
            FCDO,
            dt.date(2023, 2, 1),
            "The UK condemns Russia's missile attack on Kharkiv.",
            "James Cleverly",
        ),
        (
            "fr",
            "Ukraine – Jean-Yves Le Drian condamne l'attaque contre Kharkiv",
            MEAE,
            dt.date(2019, 2, 1),
            "La France condamne l'attaque menée par la Russie contre Kharkiv.",
            "Jean-Yves Le Drian",
        ),
        # Negative: a title where the person does no speaking leaves the state speaking.
        (
            "en",
            "Foreign Secretary travels to Kyiv",
            FCDO,
            dt.date(2023, 2, 1),
            "The UK condemns Russia's missile attack on Kharkiv.",
            "United Kingdom",
        ),
        (
            "fr",
            "Ukraine – Jean-Yves Le Drian en visite à Kiev",
            MEAE,
            dt.date(2019, 2, 1),
            "La France condamne l'attaque menée par la Russie contre Kharkiv.",
            "France MFA",
        ),
    ],
)
def test_a_title_that_has_a_person_speak_gives_them_the_publishers_words(
    extractor: Extractor, lang: str, title: str, publisher: str, date: dt.date, text: str, expected: str
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=date)
    assert {s[0] for s in found} == {expected}


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # A joint statement's title joins its authors with "and"/"et": each says all of it.
        (
            "en",
            "Joint statement by Mr Heiko Maas and Mr Jean-Yves Le Drian on Ukraine",
            "Federal Foreign Office (Germany)",
            "We condemn Russia's attack on Kharkiv.",
            {"Heiko Maas", "Jean-Yves Le Drian"},
        ),
        (
            "fr",
            "Ukraine – Déclaration conjointe de M. Jean-Yves Le Drian et de M. Heiko Maas (7 février 2020)",
            MEAE,
            "Nous condamnons l'attaque de la Russie contre Kharkiv.",
            {"Heiko Maas", "Jean-Yves Le Drian"},
        ),
        # Negative: persons the title names as those the author met say nothing.
        (
            "en",
            "Statement by Mr Heiko Maas on his talks with Mr Jean-Yves Le Drian and Mr Sergey Lavrov",
            "Federal Foreign Office (Germany)",
            "We condemn Russia's attack on Kharkiv.",
            {"Heiko Maas"},
        ),
        (
            "fr",
            "Ukraine – Déclaration de M. Jean-Yves Le Drian après son entretien avec M. Heiko Maas et "
            "M. Sergueï Lavrov",
            MEAE,
            "Nous condamnons l'attaque de la Russie contre Kharkiv.",
            {"Jean-Yves Le Drian"},
        ),
    ],
)
def test_the_authors_of_a_joint_statement_each_say_it(
    extractor: Extractor, lang: str, title: str, publisher: str, text: str, expected: set[str]
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2020, 2, 1))
    assert {s[0] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # The spokesperson who gives the floor at a press conference by someone else says nothing.
        (
            "en",
            "Press conference by NATO Secretary General Jens Stoltenberg",
            "Oana Lungescu: Good afternoon. Welcome to this press conference by the NATO Secretary General "
            "following the meeting of the NATO-Ukraine Commission.\n\n"
            "Jens Stoltenberg: We welcome the ceasefire agreed in Minsk.",
            {("Jens Stoltenberg", "welcomes", "ceasefire", "direct")},
        ),
        (
            "fr",
            "Conférence de presse du Secrétaire général de l'OTAN Jens Stoltenberg",
            "Oana Lungescu : Bonjour. Je salue les représentants de l'Ukraine.\n\n"
            "Jens Stoltenberg : Nous saluons le cessez-le-feu conclu à Minsk.",
            {("Jens Stoltenberg", "welcomes", "ceasefire", "direct")},
        ),
        # Negative: at her own briefing, her turns are hers.
        (
            "en",
            "Press briefing by NATO Spokesperson Oana Lungescu",
            "Oana Lungescu: Good afternoon. We welcome the ceasefire agreed in Minsk.",
            {("Oana Lungescu", "welcomes", "ceasefire", "direct")},
        ),
        (
            "fr",
            "Point de presse de la porte-parole de l'OTAN, Oana Lungescu",
            "Oana Lungescu : Bonjour. Nous saluons le cessez-le-feu conclu à Minsk.",
            {("Oana Lungescu", "welcomes", "ceasefire", "direct")},
        ),
    ],
)
def test_a_spokesperson_who_moderates_a_press_conference_says_nothing(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert extract(extractor, text, lang, title) == expected


RU_MFA_EN = "Ministry of Foreign Affairs of the Russian Federation"
RU_MFA_FR = "Ministère des Affaires étrangères de la Fédération de Russie"


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # "Briefing by …" is in the voice of the one it names (French titles said so already:
        # "Point de presse de la porte-parole …").
        (
            "en",
            "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 2, 2021",
            RU_MFA_EN,
            "We condemn the shelling of Donetsk by Ukraine.",
            ("Maria Zakharova", "direct"),
        ),
        (
            "fr",
            "Point de presse de la porte-parole de la diplomatie russe Maria Zakharova, Moscou, 2 mars 2021",
            RU_MFA_FR,
            "Nous condamnons le bombardement de Donetsk par l'Ukraine.",
            ("Maria Zakharova", "direct"),
        ),
        # Negative: a briefing on a subject names no one; the ministry speaks in the first person.
        (
            "en",
            "Briefing on the situation in Donbass",
            RU_MFA_EN,
            "We condemn the shelling of Donetsk by Ukraine.",
            ("Russia MFA", "direct"),
        ),
    ],
)
def test_a_briefing_by_someone_is_in_their_voice(
    extractor: Extractor, lang: str, title: str, publisher: str, text: str, expected: tuple[str, str]
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2021, 3, 2))
    assert {(s[0], s[3]) for s in found} == {expected}


MOGHERINI = "Federica Mogherini"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Speakers named together as one subject each say it; "they"/"ils" names the group again.
        (
            "en",
            "NATO Secretary General Jens Stoltenberg and EU High Representative Federica Mogherini "
            "condemned the attacks carried out by Russia. “We call on Russia to withdraw its forces from "
            "Ukraine,” they added.",
            {
                (SG, "condemns", "Russia", "indirect"),
                (MOGHERINI, "condemns", "Russia", "indirect"),
                (SG, "calls-for", "Russia", "direct"),
                (MOGHERINI, "calls-for", "Russia", "direct"),
            },
        ),
        (
            "fr",
            "« Nous appelons la Russie à retirer ses forces d'Ukraine », ont déclaré M. Stoltenberg et "
            "Mme Mogherini. Ils ont également exprimé leur soutien aux accords de Minsk.",
            {
                (SG, "calls-for", "Russia", "direct"),
                (MOGHERINI, "calls-for", "Russia", "direct"),
                (SG, "supports", "Minsk agreements", "indirect"),
                (MOGHERINI, "supports", "Minsk agreements", "indirect"),
            },
        ),
        (
            "fr",
            "Le Secrétaire général de l'OTAN, Jens Stoltenberg, et la Haute représentante de l'UE, "
            "Federica Mogherini, ont condamné les attaques menées par la Russie.",
            {(SG, "condemns", "Russia", "indirect"), (MOGHERINI, "condemns", "Russia", "indirect")},
        ),
        # Negative: one who is only met says nothing, and "they" with no group named is no group.
        (
            "en",
            "Mr Stoltenberg met Ms Mogherini in Brussels. He condemned the attacks carried out by Russia. "
            "“We call on Russia to withdraw its forces from Ukraine,” they said.",
            {(SG, "condemns", "Russia", "indirect"), (SG, "calls-for", "Russia", "direct")},
        ),
    ],
)
def test_speakers_named_together_each_say_it(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    title = "News" if lang == "en" else "Nouvelles"
    assert extract(extractor, text, lang, title) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A verb joined by "and"/"et" to the one before shares its subject, not the object between.
        (
            "en",
            "Mr Stoltenberg met Ms Mogherini in Brussels and condemned the attacks carried out by Russia.",
            SG,
        ),
        (
            "fr",
            "M. Stoltenberg a rencontré Mme Mogherini à Bruxelles et a fermement condamné les attaques "
            "menées par la Russie.",
            SG,
        ),
        # Negative: a clause with a subject of its own after "and"/"et" keeps it.
        (
            "en",
            "Mr Stoltenberg visited Kyiv on Monday and Ms Mogherini condemned the attacks carried out by "
            "Russia.",
            MOGHERINI,
        ),
        (
            "fr",
            "M. Stoltenberg s'est rendu à Kiev lundi et Mme Mogherini a condamné les attaques menées par "
            "la Russie.",
            MOGHERINI,
        ),
    ],
)
def test_a_verb_joined_to_the_one_before_shares_its_subject(
    extractor: Extractor, lang: str, text: str, expected: str
) -> None:
    title = "News" if lang == "en" else "Nouvelles"
    assert {s[0] for s in extract(extractor, text, lang, title)} == {expected}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "X, who called on …", "X, qui a appelé …": the person named before the relative speaks.
        (
            "en",
            "The ministers were joined by Ms Mogherini, who called on Russia to withdraw its forces.",
            {(MOGHERINI, "calls-for", "Russia", "indirect")},
        ),
        (
            "fr",
            "Les ministres ont été rejoints par Mme Mogherini, qui a appelé la Russie à retirer ses forces.",
            {(MOGHERINI, "calls-for", "Russia", "indirect")},
        ),
        # Negative: people the vocabulary does not name say nothing of the speaker's.
        (
            "en",
            "Mr Stoltenberg spoke to the students, who called on Russia to withdraw its forces.",
            set(),
        ),
        (
            "fr",
            "M. Stoltenberg s'est adressé aux étudiants, qui ont appelé la Russie à retirer ses forces.",
            set(),
        ),
    ],
)
def test_a_person_before_a_relative_clause_speaks_in_it(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    title = "News" if lang == "en" else "Nouvelles"
    assert extract(extractor, text, lang, title) == expected


CALL_EN = "“We call on Russia to withdraw its forces from Ukraine and to respect the Minsk agreements,”"
CALL_FR = "« Nous appelons la Russie à retirer ses forces d'Ukraine et à respecter les accords de Minsk »,"


@pytest.mark.parametrize(
    ("lang", "incise", "expected"),
    [
        # An inverted reporting clause whose speaker closes it, after words that name others.
        (
            "en",
            "said on Thursday in Brussels, at a joint press conference with the Foreign Minister of "
            "Ukraine, NATO Secretary General Jens Stoltenberg.",
            {SG},
        ),
        (
            "fr",
            "a déclaré jeudi à Bruxelles, lors d'une conférence de presse conjointe avec le ministre "
            "ukrainien des Affaires étrangères, le Secrétaire général de l'OTAN, Jens Stoltenberg.",
            {SG},
        ),
        # Negative: the one named right after the verb speaks; one met at the end of the clause does
        # not, nor does one met after a speaker the vocabulary does not know.
        (
            "en",
            "said Ms Mogherini on Thursday, at a joint press conference with Mr Stoltenberg.",
            {MOGHERINI},
        ),
        ("fr", "a déclaré jeudi le ministre, lors d'une rencontre avec M. Stoltenberg.", set()),
    ],
)
def test_the_speaker_that_closes_a_long_incise(
    extractor: Extractor, lang: str, incise: str, expected: set[str]
) -> None:
    quote = CALL_EN if lang == "en" else CALL_FR
    text = f"Ms Mogherini met the ministers in Brussels on Monday.\n\n{quote} {incise}"
    title = "News" if lang == "en" else "Nouvelles"
    assert {s[0] for s in extract(extractor, text, lang, title)} == expected


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # A line that opens the body and announces the text after it gives that text its voice.
        (
            "en",
            "Foreign Minister Maas on Ukraine",
            "Federal Foreign Office (Germany)",
            "Foreign Minister Heiko Maas issued the following statement today:\n\n"
            "We condemn the attacks carried out by Russia.",
            "Heiko Maas",
        ),
        (
            "fr",
            "Ukraine",
            MEAE,
            "Le ministre Jean-Yves Le Drian a fait la déclaration suivante :\n\n"
            "Nous condamnons les attaques menées par la Russie.",
            "Jean-Yves Le Drian",
        ),
        # Negative: a line that announces nothing (no colon, no "following") leaves the publisher's voice.
        (
            "en",
            "Foreign Minister Maas on Ukraine",
            "Federal Foreign Office (Germany)",
            "Foreign Minister Heiko Maas travelled to Kyiv today.\n\n"
            "We condemn the attacks carried out by Russia.",
            "German Federal Foreign Office",
        ),
        (
            "fr",
            "Ukraine",
            MEAE,
            "Le ministre Jean-Yves Le Drian s'est rendu à Kiev aujourd'hui.\n\n"
            "Nous condamnons les attaques menées par la Russie.",
            "France MFA",
        ),
    ],
)
def test_a_line_that_announces_the_text_gives_it_its_voice(
    extractor: Extractor, lang: str, title: str, publisher: str, text: str, expected: str
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2019, 3, 1))
    assert {s[0] for s in found} == {expected}


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text"),
    [
        # A person the vocabulary does not list, whose text the publisher issues, speaks for it.
        (
            "en",
            "Statement by Commissioner Tomas Vilkas on the aggression against Ukraine",
            "European Commission",
            "The EU condemns Russia's aggression against Ukraine.",
        ),
        (
            "fr",
            "Déclaration du commissaire Tomas Vilkas sur l'agression contre l'Ukraine",
            "Commission européenne",
            "L'UE condamne l'agression de la Russie contre l'Ukraine.",
        ),
    ],
)
def test_an_unlisted_author_speaks_for_the_publisher(
    extractor: Extractor, lang: str, title: str, publisher: str, text: str
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2017, 6, 1), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    assert {(s.speaker_name, s.stance) for s in extractor.extract(rel)} == {("Tomas Vilkas", "condemns")}


def test_an_unlisted_author_does_not_speak_for_another_state(extractor: Extractor) -> None:
    # Negative: another actor as the subject takes no stance of the author's.
    meta = ReleaseMeta(
        title="Statement by Commissioner Tomas Vilkas on sanctions",
        date=dt.date(2017, 6, 1),
        lang="en",
        publisher="European Commission",
    )
    text = "Russia condemns the sanctions of the EU."
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    assert not [s for s in extractor.extract(rel) if s.speaker_name == "Tomas Vilkas"]


PRESS_EN = "Press conference by NATO Secretary General Jens Stoltenberg"
PRESS_FR = "Conférence de presse du Secrétaire général de l'OTAN, Jens Stoltenberg"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # An answer in a transcript whose title names no voice is the answer of the person it names.
        (
            "en",
            PRESS_EN,
            "Q: What about Crimea?\n\nA: We condemn the illegal annexation of Crimea by Russia.",
            {SG},
        ),
        (
            "fr",
            PRESS_FR,
            "Q – Et la Crimée ?\n\nR – Nous condamnons l'annexion illégale de la Crimée par la Russie.",
            {SG},
        ),
        # A moderator's turn is nobody's statement.
        (
            "en",
            PRESS_EN,
            "Moderator: Welcome everybody. We welcome the Secretary General.\n\n"
            "Jens Stoltenberg: We condemn the illegal annexation of Crimea by Russia.",
            {SG},
        ),
        (
            "fr",
            PRESS_FR,
            "Modératrice : Bienvenue. Nous saluons le Secrétaire général.\n\n"
            "Jens Stoltenberg : Nous condamnons l'annexion illégale de la Crimée par la Russie.",
            {SG},
        ),
        # Negative: a title that names no one gives the answer to no one.
        (
            "en",
            "Press conference on Crimea",
            "Q: What about Crimea?\n\nA: We condemn the illegal annexation of Crimea by Russia.",
            set(),
        ),
    ],
)
def test_answers_and_moderators_in_a_transcript(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[str]
) -> None:
    assert {s[0] for s in extract(extractor, text, lang, title)} == expected


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # A statement announced as issued by a body's presiding office, its holder unknown, is the body's.
        (
            "en",
            "Mali: members of the Security Council condemn the attack",
            "United Nations, Security Council",
            "The following press statement was issued today by the President of the Security Council, "
            "Mr Tomas Vilkas (Lithuania):\n\nThe members of the Security Council condemned in the "
            "strongest terms the attack carried out by Russia.",
            "direct",
        ),
        (
            "fr",
            "Mali : les membres du Conseil de sécurité condamnent l'attaque",
            "Nations Unies, Conseil de sécurité",
            "La déclaration à la presse suivante a été publiée aujourd'hui par le Président du Conseil de "
            "sécurité, M. Tomas Vilkas (Lituanie) :\n\nLes membres du Conseil de sécurité ont condamné "
            "dans les termes les plus énergiques l'attaque menée par la Russie.",
            "direct",
        ),
        # Negative: the president named in a line that announces nothing; the Council is then the subject
        # of its own release, which says in its own words what it did (direct all the same).
        (
            "fr",
            "Mali : les membres du Conseil de sécurité condamnent l'attaque",
            "Nations Unies, Conseil de sécurité",
            "Le Président du Conseil de sécurité, M. Tomas Vilkas (Lituanie), a rencontré la presse "
            "aujourd'hui.\n\nLes membres du Conseil de sécurité ont condamné dans les termes les plus "
            "énergiques l'attaque menée par la Russie.",
            "direct",
        ),
    ],
)
def test_a_statement_issued_by_a_bodys_president_is_the_bodys(
    extractor: Extractor, lang: str, title: str, publisher: str, text: str, expected: str
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2019, 1, 21))
    assert found == {("United Nations Security Council", "condemns", "Russia", expected)}


def test_they_names_the_group_only_until_someone_else_speaks(extractor: Extractor) -> None:
    # Negative: after one person of the group speaks alone, "they" is no longer the group.
    text = (
        "Mr Stoltenberg and Ms Mogherini condemned the attacks carried out by Russia. Ms Mogherini "
        "welcomed the ceasefire agreed in Minsk. “We call on Russia to withdraw its forces from Ukraine,” "
        "they said."
    )
    found = extract(extractor, text, "en", "News")
    assert (SG, "calls-for", "Russia", "direct") not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Honorifics between the names of a joint subject ("Mr X and Ms Y", "M. X et Mme Y").
        ("en", "Mr Stoltenberg and Ms Mogherini condemned the attacks carried out by Russia."),
        ("fr", "M. Stoltenberg et Mme Mogherini ont condamné les attaques menées par la Russie."),
    ],
)
def test_a_joint_subject_with_honorifics(extractor: Extractor, lang: str, text: str) -> None:
    title = "News" if lang == "en" else "Nouvelles"
    assert {s[0] for s in extract(extractor, text, lang, title)} == {SG, MOGHERINI}


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # An incise inside the marks names the quote's speaker, not the person named before it.
        (
            "fr",
            "À la demande de Mme Federica Mogherini, une réunion a eu lieu.\n\n"
            "« Nous avons proposé notre aide, a souligné M. Stoltenberg. "
            "Nous appelons la Russie à retirer ses troupes. »",
            "Jens Stoltenberg",
        ),
        (
            "en",
            "At the request of Ms Federica Mogherini, a meeting was held.\n\n"
            "“We offered our help at once, Mr Stoltenberg said. "
            "We call on Russia to withdraw its troops.”",
            "Jens Stoltenberg",
        ),
        # Negative: a reporting verb the quote itself holds is no incise.
        (
            "en",
            "Ms Federica Mogherini spoke to the press.\n\n"
            "“As I said yesterday we call on Russia to withdraw its troops.”",
            "Federica Mogherini",
        ),
    ],
)
def test_an_incise_inside_a_quote_names_its_speaker(
    extractor: Extractor, lang: str, text: str, speaker: str
) -> None:
    found = extract(extractor, text, lang, "News", publisher="NATO", date=dt.date(2016, 3, 10))
    said = {(who, stance, target) for who, stance, target, _kind in found}
    assert said == {(speaker, "calls-for", "Russia")}


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        # The agent of a participle ("chaired by X", "présidée par X") is no subject.
        ("en", "The meeting, chaired by Mr Stoltenberg, called on Russia to withdraw its troops.", set()),
        ("fr", "La réunion, présidée par M. Stoltenberg, a appelé la Russie à retirer ses troupes.", set()),
        # Negative: the one who chairs and speaks is the subject.
        (
            "en",
            "Chaired by Ms Mogherini, Mr Stoltenberg called on Russia to withdraw its troops.",
            {"Jens Stoltenberg"},
        ),
    ],
)
def test_the_agent_of_a_participle_is_no_subject(
    extractor: Extractor, lang: str, text: str, speakers: set[str]
) -> None:
    found = extract(extractor, text, lang, "News", publisher="EEAS")
    assert {who for who, _stance, _target, _kind in found} == speakers


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A ministry's briefing copied from its page, no publisher given: the answers speak for the state
        # they open on, so they are its foreign ministry's spokesperson's; the questions are no one's.
        (
            "fr",
            "Mali – Q&R – Extrait du point de presse (3 mars 2022)",
            "Q – La France va-t-elle réagir à l'attaque contre la MINUSMA ?\n\n"
            "R – La France condamne fermement l'attaque contre la MINUSMA. Nous appelons toutes les "
            "parties à respecter le cessez-le-feu.",
            {"France MFA spokesperson"},
        ),
        (
            "fr",
            "Point de presse du 3 mars 2022",
            "Question : Quelle est votre réaction ?\n\n"
            "Réponse : Nous condamnons l'attaque contre la base de la MINUSMA. La France soutient la "
            "mission des Nations unies.",
            {"France MFA spokesperson"},
        ),
        (
            "en",
            "Press briefing, 12 May 2021",
            "Q: What is your comment on the new sanctions?\n\n"
            "A: China firmly opposes these unilateral sanctions. We urge the US to stop interfering in "
            "the internal affairs of other countries.",
            {"China MFA spokesperson"},
        ),
        # Negative: a state the question names does not make the answer its spokesperson's.
        (
            "en",
            "Press briefing, 12 May 2021",
            "Q: Will China oppose the new sanctions?\n\nA: We urge the US to stop interfering in the "
            "internal affairs of other countries.",
            set(),
        ),
        # Negative: answers that open on two states as often as each other speak for neither.
        (
            "fr",
            "Point de presse du 3 mars 2022",
            "Q – Quelle est votre réaction ?\n\n"
            "R – La Russie a violé le cessez-le-feu. L'Ukraine respecte ses engagements. Nous "
            "condamnons ces violations.",
            set(),
        ),
    ],
)
def test_a_briefing_copied_without_its_publisher_is_the_answering_states_spokespersons(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[str]
) -> None:
    found = extract(extractor, text, lang, title, publisher="", date=dt.date(2022, 3, 3))
    assert {s[0] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "publisher", "text", "expected"),
    [
        # A holder set off by commas after an office whose full name runs long is named by the title:
        # "la ministre", "the Minister" afterwards is that person.
        (
            "fr",
            "SPF Affaires étrangères (Belgique)",
            "La ministre des Affaires étrangères, des Affaires européennes et du Commerce extérieur, Hadja "
            "Lahbib, s'est rendue à Varsovie lundi.\n\n« Nous condamnons l'agression de la Russie contre "
            "l'Ukraine », a déclaré la ministre.",
            {("Hadja Lahbib", "direct")},
        ),
        (
            "en",
            "FPS Foreign Affairs (Belgium)",
            "The Minister of Foreign Affairs, European Affairs and Foreign Trade, Hadja Lahbib, visited "
            'Warsaw on Monday.\n\n"We condemn Russia\'s aggression against Ukraine," the Minister said.',
            {("Hadja Lahbib", "direct")},
        ),
        # A style's initials may stand after the comma ("S.E.", "H.E.").
        (
            "fr",
            "Union africaine, Commission",
            "Le Président de la Commission de l'Union africaine, S.E. Moussa Faki Mahamat, s'est rendu à "
            "Niamey.\n\nLe Président de la Commission condamne fermement l'agression de la Russie contre "
            "l'Ukraine.",
            {("Moussa Faki Mahamat", "indirect")},
        ),
        (
            "en",
            "African Union Commission",
            "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, arrived in Niamey "
            "today.\n\nThe Chairperson strongly condemns Russia's aggression against Ukraine.",
            {("Moussa Faki Mahamat", "indirect")},
        ),
    ],
)
def test_a_holder_set_off_by_commas_after_a_long_office_is_the_one_its_title_names_again(
    extractor: Extractor, lang: str, publisher: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, "Communiqué", publisher=publisher, date=dt.date(2023, 7, 26))
    assert {(s[0], s[3]) for s in found} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In an organisation's communiqué, "Il" opening a sentence after one whose subject is a person
        # is that person, not the organisation.
        (
            "Le Président de la Commission de l'Union africaine, Moussa Faki Mahamat, condamne fermement "
            "l'agression de la Russie contre l'Ukraine.\n\nIl appelle la Russie à retirer ses troupes.",
            ("Moussa Faki Mahamat", "calls-for", "Russia", "indirect"),
        ),
        # Negative: a person only received is no "il"; the communiqué's voice speaks.
        (
            "La Commission de l'Union africaine a reçu S.E. Moussa Faki Mahamat et la délégation.\n\n"
            "Il appelle la Russie à retirer ses troupes.",
            ("African Union", "calls-for", "Russia", "direct"),
        ),
    ],
)
def test_a_personal_pronoun_in_an_organisations_communique_is_the_person_last_the_subject(
    extractor: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    found = extract(
        extractor,
        text,
        "fr",
        "Communiqué de presse",
        publisher="Union africaine, Commission",
        date=dt.date(2023, 7, 26),
    )
    assert expected in {s for s in found if s[1] == "calls-for"}
    assert len({s for s in found if s[1] == "calls-for"}) == 1


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A title said again with what it says of the office is the person whose title said so, not
        # the last one named with the same title word.
        (
            "fr",
            "Le Président de la Commission de l'Union africaine, S.E. Moussa Faki Mahamat, condamne "
            "fermement le coup d'État au Niger.\n\nIl s'est ensuite entretenu avec le Président Zelensky.\n\n"
            "Le Président de la Commission appelle la Russie à retirer ses troupes.",
            "Moussa Faki Mahamat",
        ),
        # A person the vocabulary does not list, set off by commas after the office, is named by it.
        (
            "en",
            "The President of the Regional Assembly, Anna Kowalska, condemned the attack on Kharkiv.\n\n"
            "She later met President Zelensky in Kyiv.\n\n"
            "The President of the Regional Assembly called on Russia to withdraw its troops.",
            "Anna_Kowalska",
        ),
        (
            "en",
            "The Minister of Foreign Affairs of Lithuania, Tomas Vilkas, condemned the attack.\n\n"
            "He later met the Minister of Defence, Jonas Petraitis.\n\n"
            '"We call on Russia to withdraw its troops," the Minister of Foreign Affairs said.',
            "Tomas_Vilkas",
        ),
        (
            "fr",
            "Le ministre des Affaires étrangères de Lituanie, Tomas Vilkas, a condamné l'attaque.\n\n"
            "Il a ensuite rencontré le ministre de la Défense, Jonas Petraitis.\n\n"
            "« Nous appelons la Russie à retirer ses troupes », a déclaré le ministre des Affaires "
            "étrangères.",
            "Tomas_Vilkas",
        ),
    ],
)
def test_a_title_said_again_with_its_office_is_the_person_it_named_with_that_office(
    extractor: Extractor, lang: str, text: str, expected: str
) -> None:
    found = extract(extractor, text, lang, "Communiqué", publisher="", date=dt.date(2023, 7, 26))
    assert {s[0] for s in found if s[1] == "calls-for" and s[2] == "Russia"} == {expected}


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # A line that announces the text as given out by a spokesperson for someone: that one's words.
        (
            "en",
            "Mali",
            "United Nations",
            "The following statement was issued today by the Spokesperson for the Secretary-General:\n\n"
            "We condemn the attack on the MINUSMA camp.",
            {("António Guterres", "direct")},
        ),
        (
            "fr",
            "Mali",
            "Nations Unies",
            "La déclaration suivante a été communiquée aujourd'hui par le porte-parole du Secrétaire "
            "général :\n\nNous condamnons l'attaque contre le camp de la MINUSMA.",
            {("António Guterres", "direct")},
        ),
        # Under a title that marks a statement but names no one, the announcing line names its voice.
        (
            "en",
            "Statement on Mali",
            "United Nations",
            "The following statement was issued today by the Spokesperson for the Secretary-General on "
            "Mali:\n\nWe condemn the attack on the MINUSMA camp.",
            {("António Guterres", "direct")},
        ),
        # A line that announces a declaration made on behalf of a body: the body's.
        (
            "en",
            "Mali",
            "Council of the EU",
            "The High Representative issued the following declaration on behalf of the EU:\n\n"
            "The EU condemns the attack on the MINUSMA camp.",
            {("European Union", "direct")},
        ),
        (
            "fr",
            "Mali",
            "Conseil de l'UE",
            "Le haut représentant a publié la déclaration suivante au nom de l'UE :\n\n"
            "L'UE condamne l'attaque contre le camp de la MINUSMA.",
            {("European Union", "direct")},
        ),
    ],
)
def test_a_line_announcing_the_text_names_whom_the_one_who_gives_it_out_speaks_for(
    extractor: Extractor, lang: str, title: str, publisher: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2021, 3, 10))
    assert {(s[0], s[3]) for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        # A reporting verb in the infinitive after "to"/"pour" has the main clause's subject: the body
        # named just before it (the one a meeting is of) does not speak.
        (
            "en",
            "Iran: Statement by the High Representative on behalf of the European Union",
            # (The measures against Iran: the meeting says when, it is no target, so the pledge needs one.)
            "The EU will continue to consider all the options at its disposal against Iran ahead of the next "
            "Foreign Affairs Council to respond to the killing of the young woman.",
        ),
        (
            "fr",
            "Iran : déclaration du haut représentant au nom de l'Union européenne",
            "L'UE continuera d'examiner toutes les options dont elle dispose contre l'Iran avant la "
            "prochaine session du Conseil des affaires étrangères pour répondre au meurtre de la jeune "
            "femme.",
        ),
    ],
)
def test_a_reporting_verb_in_the_infinitive_has_the_main_clauses_subject(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    found = extract(extractor, text, lang, title, publisher="", date=dt.date(2022, 9, 25))
    assert {s[0] for s in found} == {"European Union"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In no one's own voice, French "Elle"/"Il" opening a sentence is the body last the subject,
        # as "It" is in English, while no person has been a subject.
        (
            "La Suisse condamne fermement l'attaque contre la MINUSMA.\n\n"
            "Elle appelle toutes les parties au respect du cessez-le-feu.",
            "Switzerland MFA",
        ),
        # Negative: after a person as the subject, "Il" is that person.
        (
            "La Suisse condamne fermement l'attaque contre la MINUSMA. Le ministre des Affaires "
            "étrangères, Tomas Vilkas, a condamné l'attaque.\n\n"
            "Il appelle toutes les parties au respect du cessez-le-feu.",
            "Tomas_Vilkas",
        ),
    ],
)
def test_a_french_subject_pronoun_is_the_body_last_the_subject_while_no_person_was(
    extractor: Extractor, text: str, expected: str
) -> None:
    found = extract(
        extractor,
        text,
        "fr",
        "La Suisse condamne l'attaque contre la MINUSMA",
        publisher="Département fédéral des affaires étrangères",
        date=dt.date(2023, 10, 7),
    )
    assert {s[0] for s in found if s[1] == "calls-for"} == {expected}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # A title that names a spokesperson by the office alone: the spokesperson of the ministry of the
        # state the answers speak for (no publisher given), that day's holder where the office has one.
        (
            "Foreign Ministry Spokesperson's Regular Press Conference on May 12, 2021",
            "Q: What is your comment on the new sanctions?\n\nA: China firmly opposes these unilateral "
            "sanctions. We urge the US to stop interfering in the internal affairs of other countries.",
            "China MFA spokesperson",
        ),
        (
            "Briefing by Foreign Ministry Spokeswoman, Moscow, May 12, 2021",
            "Question: What is your comment?\n\nAnswer: Russia will never accept this. We urge the US to "
            "stop interfering in the internal affairs of other countries.",
            "Maria Zakharova",
        ),
    ],
)
def test_a_title_naming_a_spokesperson_by_the_office_alone_is_the_answering_states(
    extractor: Extractor, title: str, text: str, expected: str
) -> None:
    found = extract(extractor, text, "en", title, publisher="", date=dt.date(2021, 5, 12))
    assert {s[0] for s in found if s[1] == "calls-for"} == {expected}


def test_a_capitalised_reporting_word_inside_a_sentence_is_no_inverted_verb(extractor: Extractor) -> None:
    # "State" of a title is no inverted "state": the person detained does not speak.
    text = "The Government is deeply concerned that the army has detained State Counsellor Aung San Suu Kyi."
    title = "Statement on Myanmar"
    found = extract(extractor, text, "en", title, publisher="Australia", date=dt.date(2021, 2, 1))
    assert {speaker for speaker, _stance, _target, _kind in found} == {"Australia"}, found


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A cue in a relative clause of the first person is the text's voice's, not the sentence's
        # subject's, who is only reported as doing something.
        (
            "en",
            "Statement by NATO Secretary General Jens Stoltenberg on Ukraine",
            "President Poroshenko announced the results of the inquiry into what we condemn as Russia's "
            "aggression against Ukraine.",
            {"Jens Stoltenberg"},
        ),
        (
            "fr",
            "Déclaration du secrétaire général de l'OTAN, Jens Stoltenberg, sur l'Ukraine",
            "Le président Porochenko a annoncé les résultats de l'enquête sur ce que nous condamnons comme "
            "l'agression de la Russie contre l'Ukraine.",
            {"Jens Stoltenberg"},
        ),
        # In a text in no one's voice, the first person's words are no one's the text names.
        (
            "en",
            "Ukraine",
            "President Poroshenko announced the results of the inquiry into what we condemn as Russia's "
            "aggression against Ukraine.",
            set(),
        ),
        # Negative: the first person in what the subject says is the subject's own.
        (
            "en",
            "Statement by NATO Secretary General Jens Stoltenberg on Ukraine",
            "President Poroshenko announced that we condemn Russia's aggression against Ukraine.",
            {"Petro Poroshenko"},
        ),
        (
            "fr",
            "Déclaration du secrétaire général de l'OTAN, Jens Stoltenberg, sur l'Ukraine",
            "Le président Porochenko a annoncé que nous condamnons l'agression de la Russie contre "
            "l'Ukraine.",
            {"Petro Poroshenko"},
        ),
    ],
)
def test_a_first_person_relative_clause_is_the_voices(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[str]
) -> None:
    found = extract(extractor, text, lang, title, date=dt.date(2016, 3, 3))
    assert {s[0] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A copied page whose masthead (the site's name, breadcrumbs) stands above its title: the byline
        # below the title names the author, the masthead does not use up the lines a byline may take.
        (
            "en",
            "Iran: Executions of Protesters",
            "U.S. DEPARTMENT of STATE\n\nHome > Office of the Spokesperson > Press Releases > Iran: "
            "Executions of Protesters\n\nIran: Executions of Protesters\n\nPRESS STATEMENT\nMORGAN "
            "ORTAGUS, DEPARTMENT SPOKESPERSON\nMARCH 3, 2020\n\nShare\n\nThe United States condemns the "
            "execution of the protesters. We call on the Iranian authorities to release all political "
            "prisoners.",
            {"Morgan Ortagus"},
        ),
        (
            "fr",
            "Iran – Exécutions de manifestants",
            "Ministère de l'Europe et des Affaires étrangères\nAccueil > Dossiers pays > Iran\n\nIran – "
            "Exécutions de manifestants\n\nPartager\nDéclaration de M. Jean-Yves Le Drian, ministre de "
            "l'Europe et des affaires étrangères\n3 mars 2020\n\nLa France condamne l'exécution des "
            "manifestants. Nous appelons les autorités iraniennes à libérer tous les prisonniers politiques.",
            {"Jean-Yves Le Drian"},
        ),
    ],
)
def test_a_byline_below_a_pages_masthead_and_title_names_the_author(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[str]
) -> None:
    found = extract(extractor, text, lang, title, publisher="", date=dt.date(2020, 3, 3))
    assert {s[0] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "stance"),
    [
        # A turn's label with a note in square brackets ("[interpreted]", "[Reuters]") is a label still.
        (
            "en",
            "Joint press conference with NATO Secretary General Jens Stoltenberg and Prime Minister "
            "Zoran Zaev",
            "NATO Secretary General Jens Stoltenberg: I call on Russia to withdraw its forces from "
            "Ukraine.\n\nPrime Minister Zoran Zaev [interpreted]: Thank you, Secretary General.\n\n"
            "We will never accept the annexation of Crimea.\n\nQuestion [Reuters]: Secretary General, "
            "will NATO condemn Russia?",
            "rejects",
        ),
        (
            "fr",
            "Conférence de presse conjointe du secrétaire général de l'OTAN, Jens Stoltenberg, et du Premier "
            "ministre Zoran Zaev",
            "Le secrétaire général de l'OTAN, Jens Stoltenberg : J'appelle la Russie à retirer ses forces "
            "d'Ukraine.\n\nLe Premier ministre Zoran Zaev [interprétation] : Merci, Monsieur le Secrétaire "
            "général.\n\nNous condamnons l'annexion de la Crimée.\n\nQuestion [AFP] : Monsieur le Secrétaire "
            "général, l'OTAN condamne-t-elle la Russie ?",
            "condemns",
        ),
    ],
)
def test_a_turn_label_with_a_note_in_brackets_gives_the_turn(
    extractor: Extractor, lang: str, title: str, text: str, stance: str
) -> None:
    found = extract(extractor, text, lang, title, date=dt.date(2018, 1, 18))
    assert {(s[0], s[2]) for s in found if s[1] == stance} == {("Zoran Zaev", "annexation of Crimea")}
    assert ("Jens Stoltenberg", "calls-for", "Russia", "direct") in found


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "fr",
            "Déclaration du Président Juncker sur les attentats de Bruxelles",
            "Le Président Juncker a exprimé sa solidarité avec le peuple belge, et il a assuré le Premier "
            "ministre belge, Charles Michel, du plein soutien de la Commission européenne.",
        ),
        (
            "en",
            "Statement by President Juncker on the Brussels attacks",
            "President Juncker expressed his solidarity with the Belgian people, and he assured the Belgian "
            "Prime Minister, Charles Michel, of the full support of the European Commission.",
        ),
    ],
)
def test_the_person_a_speaker_assures_of_support_is_no_speaker(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    # "he"/"il" after "and" is the speaker: the Prime Minister named after the verb is addressed.
    found = extract(extractor, text, lang, title, publisher="European Commission", date=dt.date(2016, 3, 22))
    assert {s[0] for s in found} == {"Jean-Claude Juncker"}, found
