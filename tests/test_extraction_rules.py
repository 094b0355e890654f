"""Which rule made a statement, and which lexicon entry: every attribution rule, in both
languages, on sentences written for the test (not taken from the dev corpus)."""

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
) -> set[tuple[str, str, str, str, str]]:
    meta = ReleaseMeta(title=title, date=date, lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(v.label(s.speaker), s.stance, v.label(s.target), s.rule, s.cue) for s in extractor.extract(rel)}


SG = "Jens Stoltenberg"
NAC_EN = "Statement by the North Atlantic Council on Ukraine"
NAC_FR = "Déclaration du Conseil de l'Atlantique Nord sur l'Ukraine"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # quote: the words inside quotation marks, attributed by the incise.
        (
            "en",
            "News",
            "“We condemn the attacks carried out by Russia against civilians,” said Mr Stoltenberg.",
            (SG, "condemns", "Russia", "en.quote.verb", "condemns:verb:condemn@en"),
        ),
        (
            "fr",
            "Nouvelles",
            "« Nous condamnons les attaques menées par la Russie contre des civils », "
            "a déclaré M. Stoltenberg.",
            (SG, "condemns", "Russia", "fr.quote.verb", "condemns:verb:condamner@fr"),
        ),
        # subject: the speaker named before the verb.
        (
            "en",
            "News",
            "Mr Stoltenberg called on Russia to withdraw its forces.",
            (SG, "calls-for", "Russia", "en.subject.verb", "calls-for:verb:call on@en"),
        ),
        (
            "fr",
            "Nouvelles",
            "M. Stoltenberg a exprimé son ferme soutien aux accords de Minsk.",
            (SG, "supports", "Minsk agreements", "fr.subject.noun", "supports:noun:soutien@fr"),
        ),
        # pronoun: "he", "il" is the person last named at the head of a sentence.
        (
            "en",
            "News",
            "The Secretary General met the Prime Minister of Georgia in Tbilisi. "
            "He condemned the Russian occupation of Georgian territory.",
            (SG, "condemns", "Russia", "en.pronoun.verb", "condemns:verb:condemn@en"),
        ),
        (
            "fr",
            "Nouvelles",
            "Le secrétaire général a rencontré le Premier ministre géorgien à Tbilissi. "
            "Il a condamné l'occupation russe du territoire géorgien.",
            (SG, "condemns", "Russia", "fr.pronoun.verb", "condemns:verb:condamner@fr"),
        ),
        # according: "according to", "selon".
        (
            "en",
            "News",
            "According to Mr Stoltenberg, the Alliance supports the Minsk agreements.",
            (SG, "supports", "Minsk agreements", "en.according.verb", "supports:verb:support@en"),
        ),
        (
            "fr",
            "Nouvelles",
            "Selon M. Stoltenberg, l'Alliance soutient les accords de Minsk.",
            (SG, "supports", "Minsk agreements", "fr.according.verb", "supports:verb:soutenir@fr"),
        ),
        # voice: a collective text in its own voice, attributed to the body its title names.
        (
            "en",
            NAC_EN,
            "We condemn Russia's illegal annexation of Crimea.",
            ("North Atlantic Council", "condemns", "Russia", "en.voice.verb", "condemns:verb:condemn@en"),
        ),
        (
            "fr",
            NAC_FR,
            "Nous condamnons l'agression de la Russie contre l'Ukraine.",
            (
                "North Atlantic Council",
                "condemns",
                "Russian aggression against Ukraine",
                "fr.voice.verb",
                "condemns:verb:condamner@fr",
            ),
        ),
        # negated cue: "will not recognise", "ne reconnaîtra pas" -> rejects.
        (
            "en",
            "News",
            "Mr Stoltenberg said the Alliance will not recognise the illegal annexation of Crimea by Russia.",
            (SG, "rejects", "annexation of Crimea", "en.subject.negated", "rejects:negated:recognise@en"),
        ),
        (
            "fr",
            "Nouvelles",
            "M. Stoltenberg a déclaré que l'Alliance ne reconnaîtra pas "
            "l'annexion illégale de la Crimée par la Russie.",
            (SG, "rejects", "annexation of Crimea", "fr.subject.negated", "rejects:negated:reconnaître@fr"),
        ),
        # inverted: the reporting verb after the reported words, its speaker after it.
        (
            "en",
            "News",
            "The Alliance stands with Ukraine, said the Secretary General.",
            (SG, "supports", "Ukraine", "en.inverted.verb", "supports:verb:stand with@en"),
        ),
        (
            "fr",
            "Nouvelles",
            "L'OTAN continuera de soutenir l'Ukraine, a déclaré le secrétaire général.",
            (SG, "commits", "Ukraine", "fr.inverted.verb", "commits:verb:continuer de@fr"),
        ),
    ],
)
def test_each_statement_names_its_rule_and_lexicon_entry(
    extractor: Extractor, lang: str, title: str, text: str, expected: tuple[str, str, str, str, str]
) -> None:
    assert expected in extract(extractor, text, lang, title)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "NATO will continue to support Ukraine, Mr Stoltenberg said.", (SG, "commits", "Ukraine")),
        ("en", "NATO will continue to support Ukraine, Mr Stoltenberg has said.", (SG, "commits", "Ukraine")),
        (
            "en",
            "The EU supports Ukraine, the High Representative said.",
            ("Federica Mogherini", "supports", "Ukraine"),
        ),
        ("fr", "L'OTAN continuera de soutenir l'Ukraine, a dit M. Stoltenberg.", (SG, "commits", "Ukraine")),
        (
            "en",
            "The Secretary General met Mr Lavrov in Moscow. NATO fully supports Ukraine, he said.",
            (SG, "supports", "Ukraine"),
        ),
        (
            "fr",
            "M. Stoltenberg a rencontré M. Lavrov à Moscou. "
            "L'OTAN soutient pleinement l'Ukraine, a-t-il ajouté.",
            (SG, "supports", "Ukraine"),
        ),
    ],
)
def test_a_reporting_verb_after_the_reported_words_names_the_speaker(
    extractor: Extractor, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = {s[:3] for s in extract(extractor, text, lang, "News" if lang == "en" else "Nouvelles")}
    assert expected in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mr Lavrov's claims are false and NATO supports Ukraine, said Mr Stoltenberg."),
        (
            "fr",
            "Les affirmations de M. Lavrov sont fausses et l'OTAN soutient l'Ukraine, "
            "a déclaré M. Stoltenberg.",
        ),
    ],
)
def test_a_person_named_in_the_reported_words_is_not_their_speaker(
    extractor: Extractor, lang: str, text: str
) -> None:
    found = {s[:3] for s in extract(extractor, text, lang, "News" if lang == "en" else "Nouvelles")}
    assert (SG, "supports", "Ukraine") in found
    assert not any(speaker == "Sergey Lavrov" for speaker, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lors d'une conférence de presse à Kiev, M. Stoltenberg a condamné l'agression de la Russie.",
        "Lors d'un point de presse à Bruxelles, M. Stoltenberg a condamné l'agression de la Russie.",
        "Devant la presse, M. Stoltenberg a condamné l'agression de la Russie.",
        "S'adressant à la presse à Kiev, M. Stoltenberg a condamné l'agression de la Russie.",
        "Répondant à sa demande, M. Stoltenberg a condamné l'agression de la Russie.",
        "Suite à cette demande, M. Stoltenberg a condamné l'agression de la Russie.",
    ],
)
def test_a_noun_that_shares_a_verb_cue_form_is_no_cue(extractor: Extractor, text: str) -> None:
    # "presse", "demande" are forms of "presser", "demander" (calls-for), and nouns.
    found = {s[:3] for s in extract(extractor, text, "fr", "Nouvelles")}
    assert found == {(SG, "condemns", "Russia")}


def test_the_verb_itself_is_still_a_cue(extractor: Extractor) -> None:
    found = {
        s[:3]
        for s in extract(
            extractor, "M. Stoltenberg presse la Russie de retirer ses troupes.", "fr", "Nouvelles"
        )
    }
    assert (SG, "calls-for", "Russia") in found
    found = {
        s[:3]
        for s in extract(
            extractor, "M. Stoltenberg appelle à condamner l'agression de la Russie.", "fr", "Nouvelles"
        )
    }
    assert (SG, "calls-for", "Russia") in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "S'exprimant après la réunion, M. Stoltenberg a condamné l'agression de la Russie.",
            {(SG, "condemns", "Russia")},
        ),
        (
            "en",
            "Welcoming the ministers to Brussels, Mr Stoltenberg called on Russia to withdraw its troops.",
            {(SG, "calls-for", "Russia")},
        ),
        (
            "fr",
            "Saluant les ministres, M. Stoltenberg a appelé la Russie à retirer ses troupes.",
            {(SG, "calls-for", "Russia")},
        ),
        # The participle's own stance stays in its clause.
        (
            "fr",
            "Saluant les efforts de l'OSCE, M. Stoltenberg a appelé la Russie à retirer ses troupes.",
            {(SG, "welcomes", "OSCE"), (SG, "calls-for", "Russia")},
        ),
        (
            "en",
            "Welcoming the OSCE's efforts, Mr Stoltenberg called on Russia to withdraw its troops.",
            {(SG, "welcomes", "OSCE"), (SG, "calls-for", "Russia")},
        ),
    ],
)
def test_a_participle_opening_the_sentence_hangs_on_the_subject_after_its_comma(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {s[:3] for s in extract(extractor, text, lang, "News" if lang == "en" else "Nouvelles")}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the sanctions, Mr Stoltenberg said NATO supports Ukraine.",
        "When asked whether NATO would send troops, Mr Stoltenberg said NATO supports Ukraine.",
    ],
)
def test_a_speaker_who_was_asked_asks_nothing(extractor: Extractor, text: str) -> None:
    found = {s[:3] for s in extract(extractor, text, "en", "News")}
    assert found == {(SG, "supports", "Ukraine")}


def extract_published(
    extractor: Extractor, text: str, lang: str, title: str, publisher: str
) -> set[tuple[str, str, str]]:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2022, 2, 24))
    return {s[:3] for s in found}


@pytest.mark.parametrize(
    ("lang", "publisher", "text", "expected"),
    [
        (
            "fr",
            "Ministère de l'Europe et des Affaires étrangères",
            "La France condamne avec la plus grande fermeté l'agression de la Russie contre l'Ukraine.",
            ("France MFA", "condemns", "Russian aggression against Ukraine"),
        ),
        (
            "en",
            "US Department of State",
            "The United States condemns Russia's attack on Ukraine.",
            ("US Department of State", "condemns", "Russia"),
        ),
        (
            "en",
            "UK Foreign Office",
            "The United Kingdom calls on Russia to withdraw its troops.",
            ("UK Foreign Office", "calls-for", "Russia"),
        ),
    ],
)
def test_a_publisher_speaks_when_its_own_state_opens_the_sentence(
    extractor: Extractor, lang: str, publisher: str, text: str, expected: tuple[str, str, str]
) -> None:
    # No own-voice title, no byline, no first person: before, these gave no statement.
    assert extract_published(extractor, text, lang, "Ukraine", publisher) == {expected}


def test_the_publishers_state_named_elsewhere_in_the_sentence_does_not_speak(extractor: Extractor) -> None:
    text = "Le Conseil de sécurité, dont la France est membre, a condamné l'agression de la Russie."
    found = extract_published(
        extractor, text, "fr", "Ukraine", "Ministère de l'Europe et des Affaires étrangères"
    )
    assert found == {("United Nations Security Council", "condemns", "Russia")}


@pytest.mark.parametrize(
    ("lang", "publisher", "title", "text", "expected"),
    [
        (
            "fr",
            "Nations Unies, Secrétaire général",
            "Déclaration sur une attaque contre la Mission spéciale d'observation de l'OSCE",
            "Le Secrétaire général condamne l'attaque contre une patrouille de la Mission spéciale "
            "d'observation de l'OSCE.",
            ("António Guterres", "condemns"),
        ),
        (
            "en",
            "United Nations",
            "Attack on a patrol of the OSCE Special Monitoring Mission",
            "The Secretary General condemns the attack on a patrol of the OSCE Special Monitoring Mission.",
            ("António Guterres", "condemns"),
        ),
        # Negative: the organisation the title names still counts when the publisher names none.
        (
            "en",
            "Press office",
            "Statement on an attack on the OSCE Special Monitoring Mission",
            "The Secretary General condemns the attack on a patrol of the OSCE Special Monitoring Mission.",
            ("Lamberto Zannier", "condemns"),
        ),
    ],
)
def test_a_bare_office_is_first_the_publishers(
    extractor: Extractor, lang: str, publisher: str, title: str, text: str, expected: tuple[str, str]
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2017, 4, 24))
    assert {s[:2] for s in found} == {expected}


@pytest.mark.parametrize(
    ("lang", "publisher", "title", "text", "expected"),
    [
        (
            "en",
            "United Nations",
            "Statement attributable to the Spokesman for the Secretary-General on Ukraine",
            "The Secretary-General calls on all parties to exercise restraint.",
            ("António Guterres", "calls-for", "all parties"),
        ),
        (
            "fr",
            "Nations Unies",
            "Déclaration attribuable au Porte-parole du Secrétaire général sur l'Ukraine",
            "Le Secrétaire général appelle toutes les parties à faire preuve de retenue.",
            ("António Guterres", "calls-for", "all parties"),
        ),
        # Negative: a statement by the spokesperson, for no one named, is the spokesperson's.
        (
            "en",
            "European External Action Service (Spokesperson)",
            "Statement by the Spokesperson on Ukraine",
            "The EU calls on all parties to exercise restraint.",
            ("Spokesperson of the EU High Representative", "calls-for", "all parties"),
        ),
    ],
)
def test_a_statement_attributable_to_a_spokesperson_is_the_principals(
    extractor: Extractor, lang: str, publisher: str, title: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2017, 4, 24))
    assert {s[:3] for s in found} == {expected}


RU_MFA_FR = "Ministère des Affaires étrangères de la Fédération de Russie"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        (
            "fr",
            "Commentaire de la porte-parole du ministère des Affaires étrangères de la Russie, "
            "Maria Zakharova, sur la situation en Ukraine",
            "Nous appelons Kiev à mettre en œuvre les accords de Minsk.",
            "Maria Zakharova",
        ),
        (
            "en",
            "Comment by the spokesperson of the Russian Foreign Ministry, Maria Zakharova, on Ukraine",
            "We call on Kiev to implement the Minsk agreements.",
            "Maria Zakharova",
        ),
        # No name after the office: the holder of the publisher's spokesperson office that day.
        (
            "fr",
            "Commentaire de la porte-parole sur la situation en Ukraine",
            "Nous appelons Kiev à mettre en œuvre les accords de Minsk.",
            "Maria Zakharova",
        ),
        # Negative: no office in the title, the publisher speaks as before.
        (
            "fr",
            "Commentaire sur la situation en Ukraine",
            "Nous appelons Kiev à mettre en œuvre les accords de Minsk.",
            "Russia MFA",
        ),
    ],
)
def test_a_title_naming_a_lowercase_office_then_its_holder_gives_the_holders_voice(
    extractor: Extractor, lang: str, title: str, text: str, expected: str
) -> None:
    found = extract(extractor, text, lang, title, publisher=RU_MFA_FR, date=dt.date(2019, 12, 10))
    expected_set = {(expected, "calls-for", "Ukraine"), (expected, "supports", "Minsk agreements")}
    assert {s[:3] for s in found} == expected_set


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Claims named again by a demonstrative are the last person's named before, not the speaker's.
        (
            "en",
            "Russian Foreign Minister Sergey Lavrov said NATO was preparing an attack. "
            "Mr Stoltenberg rejected these accusations.",
            {(SG, "rejects", "Sergey Lavrov")},
        ),
        (
            "fr",
            "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a affirmé que l'OTAN préparait "
            "une attaque. M. Stoltenberg a rejeté catégoriquement ces allégations.",
            {(SG, "rejects", "Sergey Lavrov")},
        ),
        # An act named again by a demonstrative is the one of the actor the text was about.
        (
            "en",
            "Russian forces shelled the city of Kharkiv overnight. Mr Stoltenberg condemned these attacks.",
            {(SG, "condemns", "Russia")},
        ),
        (
            "fr",
            "Les forces russes ont bombardé Kharkiv cette nuit. "
            "M. Stoltenberg a condamné fermement ces frappes.",
            {(SG, "condemns", "Russia")},
        ),
        # Negative: what is rejected is no actor's unless it is a claim; claims of no one named are no one's.
        ("en", "Russia held votes in the occupied regions. Mr Stoltenberg rejected these results.", set()),
        ("en", "Mr Stoltenberg met the press in Brussels. He rejected these accusations.", set()),
    ],
)
def test_a_demonstrative_description_stands_for_what_was_named_before(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {s[:3] for s in extract(extractor, text, lang, "News" if lang == "en" else "Nouvelles")}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A demand not to act is still a demand ("must not" in English already was).
        (
            "La Chine ne doit pas apporter un soutien militaire à la Russie.",
            {("North Atlantic Council", "calls-for", "China")},
        ),
        (
            "Les accords de Minsk ne doivent pas être remis en cause.",
            {("North Atlantic Council", "calls-for", "Minsk agreements")},
        ),
        # Negative: a negated stance verb is still no stance.
        ("La Russie ne soutient pas le processus de paix.", set()),
    ],
)
def test_a_negated_must_still_calls_on_its_subject(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {s[:3] for s in extract(extractor, text, "fr", NAC_FR)} == expected


FAC_EN = "Foreign Affairs Council conclusions on Ukraine"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A commitment to a thing is support for it (the guide: "is committed to").
        (
            "en",
            FAC_EN,
            "The Council reaffirms its strong commitment to the sovereignty and territorial integrity "
            "of Ukraine.",
            {("Foreign Affairs Council", "supports", "sovereignty of Ukraine")},
        ),
        (
            "fr",
            "Conclusions du Conseil sur l'Ukraine",
            "Le Conseil réaffirme son engagement en faveur de la souveraineté de l'Ukraine.",
            {("Council of the European Union", "supports", "sovereignty of Ukraine")},
        ),
        # Determined to support: the pledge and the support both are said.
        (
            "en",
            FAC_EN,
            "The European Union remains determined to support Ukraine.",
            {
                ("Foreign Affairs Council", "commits", "Ukraine"),
                ("Foreign Affairs Council", "supports", "Ukraine"),
            },
        ),
        (
            "fr",
            "Conclusions du Conseil sur l'Ukraine",
            "L'Union européenne reste déterminée à soutenir l'Ukraine.",
            {
                ("Council of the European Union", "commits", "Ukraine"),
                ("Council of the European Union", "supports", "Ukraine"),
            },
        ),
        # Negative: determined to act otherwise is a pledge only.
        (
            "en",
            FAC_EN,
            "The European Union is determined to strengthen sanctions against Russia.",
            {("Foreign Affairs Council", "commits", "sanctions against Russia")},
        ),
    ],
)
def test_a_commitment_to_a_thing_supports_it(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract(extractor, text, lang, title, publisher="Council of the European Union")
    assert {s[:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A situation called worrying is the speaker's concern; its subject is what worries.
        (
            "fr",
            "La situation des droits de l'homme en Crimée est très préoccupante.",
            {("North Atlantic Council", "concerned", "human rights")},
        ),
        (
            "en",
            "The human rights situation in Crimea is deeply worrying.",
            {("North Atlantic Council", "concerned", "human rights")},
        ),
        # Something said to have no validity, or a claim said to be without basis, is rejected.
        (
            "en",
            "The purported annexation of Ukrainian regions has no validity.",
            {("North Atlantic Council", "rejects", "annexation of Ukrainian territory")},
        ),
        (
            "fr",
            "La prétendue annexion de régions ukrainiennes n'a aucune validité.",
            {("North Atlantic Council", "rejects", "annexation of Ukrainian territory")},
        ),
        # Negative: an impersonal "il est préoccupant de" names nothing that worries.
        ("fr", "Il est préoccupant de constater cela.", set()),
    ],
)
def test_a_predicate_of_worry_or_invalidity_takes_its_subject(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {s[:3] for s in extract(extractor, text, lang, NAC_EN if lang == "en" else NAC_FR)} == expected


def test_a_press_point_is_an_occasion_with_reporters(extractor: Extractor) -> None:
    text = "I call on Russia to withdraw its forces."
    meta = ReleaseMeta(
        title="Press point by NATO Secretary General Jens Stoltenberg",
        date=dt.date(2016, 3, 10),
        lang="en",
        publisher="NATO",
    )
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    assert {extractor.vocab.label(s.audience) for s in extractor.extract(rel)} == {"reporters"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "It is a violation of …", "C'est une violation …": "it" names the act again, not an
        # impersonal subject; what is violated is no target.
        (
            "en",
            "Russia launched a full-scale invasion of Ukraine. It is a violation of the UN Charter.",
            {("North Atlantic Council", "condemns", "Russia")},
        ),
        (
            "fr",
            "La Russie a lancé une invasion de l'Ukraine. C'est une violation flagrante de la Charte des "
            "Nations unies.",
            {("North Atlantic Council", "condemns", "Russia")},
        ),
        # An act called a war crime is its author's, named as possessor or as agent.
        (
            "en",
            "Russia's deportation of Ukrainian children is a war crime.",
            {("North Atlantic Council", "condemns", "Russia")},
        ),
        (
            "fr",
            "La déportation d'enfants ukrainiens par la Russie est un crime de guerre.",
            {("North Atlantic Council", "condemns", "Russia")},
        ),
        # Negative: an impersonal "it is unacceptable to …" still blames what follows.
        (
            "en",
            "It is unacceptable to target civilians in Ukraine.",
            {("North Atlantic Council", "condemns", "civilians")},
        ),
    ],
)
def test_a_violation_or_a_war_crime_is_its_authors(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {s[:3] for s in extract(extractor, text, lang, NAC_EN if lang == "en" else NAC_FR)} == expected


UN_SPOKESMAN_EN = "Statement attributable to the Spokesman for the Secretary-General on Ukraine"
UN_SPOKESMAN_FR = "Déclaration attribuable au Porte-parole du Secrétaire général sur l'Ukraine"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # Reminding someone of an obligation asks them to meet it.
        (
            "en",
            UN_SPOKESMAN_EN,
            "The Secretary-General reminds all parties of their obligations under international "
            "humanitarian law.",
            {("António Guterres", "calls-for", "all parties")},
        ),
        (
            "fr",
            UN_SPOKESMAN_FR,
            "Le Secrétaire général rappelle aux autorités russes leurs obligations au titre du droit "
            "international.",
            {("António Guterres", "calls-for", "Russia")},
        ),
        # Negative: recalling one's own support is no call.
        (
            "fr",
            UN_SPOKESMAN_FR,
            "Le Secrétaire général rappelle son plein soutien à la souveraineté de l'Ukraine.",
            {("António Guterres", "supports", "sovereignty of Ukraine")},
        ),
    ],
)
def test_reminding_someone_of_an_obligation_calls_on_them(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract(extractor, text, lang, title, publisher="United Nations", date=dt.date(2022, 4, 8))
    assert {s[:3] for s in found} == expected


EEAS_PUB = "European External Action Service (Spokesperson)"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # An actor singled out among those called upon is called upon too.
        (
            "fr",
            "Déclaration de la porte-parole sur l'Ukraine",
            "L'UE appelle toutes les parties, et en particulier la Russie, à respecter le cessez-le-feu.",
            {"all parties", "Russia"},
        ),
        (
            "en",
            "Statement by the Spokesperson on Ukraine",
            "The EU calls on all parties, including Russia, to respect the ceasefire.",
            {"all parties", "Russia"},
        ),
        # Negative: a place singled out is no one called upon.
        (
            "en",
            "Statement by the Spokesperson on Ukraine",
            "The EU calls on Russia to respect the ceasefire, in particular in Donetsk.",
            {"Russia"},
        ),
    ],
)
def test_an_actor_singled_out_among_those_called_upon_is_called_upon(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[str]
) -> None:
    found = extract(extractor, text, lang, title, publisher=EEAS_PUB, date=dt.date(2015, 8, 24))
    assert {s[2] for s in found if s[1] == "calls-for"} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An organisation named again by its head noun after an article is that organisation.
        (
            "en",
            "NATO welcomes the decision of the International Criminal Court. "
            "Allies reaffirm their full support for the Court.",
            {("welcomes", "International Criminal Court"), ("supports", "International Criminal Court")},
        ),
        (
            "fr",
            "L'OTAN salue la décision de la Cour pénale internationale. "
            "Les Alliés réaffirment leur plein soutien à la Cour.",
            {("welcomes", "International Criminal Court"), ("supports", "International Criminal Court")},
        ),
        # Negative: a longer name on the same head is another one.
        (
            "en",
            "NATO welcomes the decision of the International Criminal Court. "
            "Allies reaffirm their full support for the Court of Appeal.",
            {("welcomes", "International Criminal Court")},
        ),
    ],
)
def test_an_organisation_named_again_by_its_head_noun(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_EN if lang == "en" else NAC_FR, date=dt.date(2023, 3, 17))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A refusal in the passive is its agent's, and the agent is no target.
        (
            "en",
            "The outcome of these referendums will not be recognised by the international community.",
            set(),
        ),
        (
            "fr",
            "Le résultat de ces référendums ne sera pas reconnu par la communauté internationale.",
            set(),
        ),
        # Negative: the speaker's own refusal stands.
        (
            "en",
            "Allies will not recognise the outcome of the referendums in Crimea.",
            # An act of ontology/acts.ttl is named with its place.
            {("North Atlantic Council", "rejects", "referendums in Crimea")},
        ),
    ],
)
def test_a_refusal_in_the_passive_is_its_agents(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {s[:3] for s in extract(extractor, text, lang, NAC_EN if lang == "en" else NAC_FR)} == expected


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # A bare office in a title is the publisher's: the UN's Secretary-General, not NATO's.
        (
            "fr",
            "Allocution du Secrétaire général devant l'Assemblée générale",
            "Nations Unies",
            "J'appelle toutes les parties à faire preuve de retenue.",
            "António Guterres",
        ),
        (
            "en",
            "Remarks by the Secretary General to the General Assembly",
            "United Nations",
            "I call on all parties to exercise restraint.",
            "António Guterres",
        ),
        # Negative: from NATO, NATO's.
        (
            "fr",
            "Allocution du Secrétaire général devant l'Assemblée parlementaire",
            "OTAN",
            "J'appelle toutes les parties à faire preuve de retenue.",
            "Jens Stoltenberg",
        ),
    ],
)
def test_a_bare_office_in_a_title_is_the_publishers(
    extractor: Extractor, lang: str, title: str, publisher: str, text: str, expected: str
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2023, 2, 23))
    assert {s[:3] for s in found} == {(expected, "calls-for", "all parties")}


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # The standard a stance is measured against is no target.
        (
            "en",
            "Secretary-General's remarks to the General Assembly",
            "United Nations",
            "I call for a just peace, in line with the UN Charter and international law.",
            {("António Guterres", "calls-for", "peaceful solution in Ukraine")},
        ),
        (
            "fr",
            "Allocution du Secrétaire général devant l'Assemblée générale",
            "Nations Unies",
            "J'appelle à une paix juste et durable, conformément à la Charte des Nations unies.",
            {("António Guterres", "calls-for", "peaceful solution in Ukraine")},
        ),
        # Negative: the Charter supported outright is a target (and so is what is joined to it).
        (
            "en",
            NAC_EN,
            "NATO",
            "We support the UN Charter and international law.",
            {
                ("North Atlantic Council", "supports", "UN Charter"),
                ("North Atlantic Council", "supports", "international law"),
            },
        ),
    ],
)
def test_the_standard_a_stance_is_measured_against_is_no_target(
    extractor: Extractor,
    lang: str,
    title: str,
    publisher: str,
    text: str,
    expected: set[tuple[str, str, str]],
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2023, 2, 23))
    assert {s[:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The object of a refusal in a relative clause is what the clause hangs on.
        (
            "fr",
            "Le Conseil européen condamne l'annexion illégale de la Crimée, qu'il ne reconnaîtra pas.",
            {("condemns", "annexation of Crimea"), ("rejects", "annexation of Crimea")},
        ),
        (
            "en",
            "The European Council condemns the illegal annexation of Crimea, which it will not recognise.",
            {("condemns", "annexation of Crimea"), ("rejects", "annexation of Crimea")},
        ),
        # Negative: a refusal with an object of its own keeps it.
        (
            "en",
            "The European Council condemns the illegal annexation of Crimea, and will not recognise the "
            "referendum.",
            {("condemns", "annexation of Crimea")},
        ),
    ],
)
def test_the_object_of_a_refusal_in_a_relative_clause_is_its_antecedent(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = "European Council conclusions" if lang == "en" else "Conclusions du Conseil européen"
    found = extract(extractor, text, lang, title, publisher="European Council", date=dt.date(2014, 12, 18))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A thing for subject takes no stance: "This only encourages …", "Cela encourage …".
        (
            "en",
            NAC_EN,
            "The decision is a dangerous step. This only encourages those who sabotage the Minsk agreements.",
            set(),
        ),
        (
            "fr",
            NAC_FR,
            "Cette décision est dangereuse. Cela encourage ceux qui sabotent les accords de Minsk.",
            set(),
        ),
        # What must stop is no one called upon, nor what the sentences before were about.
        (
            "fr",
            NAC_FR,
            "Les bombardements ont fait des victimes civiles. Les combats doivent cesser immédiatement.",
            set(),
        ),
        ("en", NAC_EN, "Shelling caused civilian casualties. The violence must stop.", set()),
        # What someone is asked to stop doing is no stance of the speaker.
        (
            "en",
            NAC_EN,
            "We call on Russia to stop supporting the separatists.",
            {("North Atlantic Council", "calls-for", "Russia")},
        ),
        (
            "fr",
            NAC_FR,
            "Nous appelons la Russie à cesser de soutenir les séparatistes.",
            {("North Atlantic Council", "calls-for", "Russia")},
        ),
        # Negatives: a named actor who must act is called upon; a support after "stop and" stands.
        (
            "en",
            NAC_EN,
            "The separatists attacked Mariupol. The separatists must stop the attacks.",
            {("North Atlantic Council", "calls-for", "separatists")},
        ),
        (
            "en",
            NAC_EN,
            "We call on Russia to stop and to support the peace process.",
            {
                ("North Atlantic Council", "calls-for", "Russia"),
                ("North Atlantic Council", "supports", "peace process in Ukraine"),
            },
        ),
    ],
)
def test_no_stance_from_a_thing_for_subject_or_from_what_is_to_stop(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {s[:3] for s in extract(extractor, text, lang, title)} == expected


EUCO_EN = "European Council conclusions on Ukraine"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A reporting verb in a relative clause with no pronoun of its own ("the ceasefire he
        # announced") makes no speaker of the person last named.
        (
            "en",
            EUCO_EN,
            "The European Council welcomes the peace plan put forward by President Poroshenko and the "
            "ceasefire he announced.",
            # (the ceasefire joined by "and the" is welcomed too)
            {
                ("European Council", "welcomes", "Petro Poroshenko"),
                ("European Council", "welcomes", "ceasefire"),
            },
        ),
        # The actor responsible for a condemned act is the agent named in the object.
        (
            "en",
            EUCO_EN,
            "The European Council deplores the attacks on Ukrainian forces by illegal armed groups.",
            {("European Council", "condemns", "illegal armed groups")},
        ),
        (
            "fr",
            "Conclusions du Conseil européen sur l'Ukraine",
            "Le Conseil européen condamne les attaques contre les forces ukrainiennes menées par les "
            "groupes armés illégaux.",
            {("European Council", "condemns", "illegal armed groups")},
        ),
        # Negatives: with no agent named, the first actor; "It" in conclusions is the council.
        (
            "en",
            EUCO_EN,
            "The European Council condemns the attacks on the OSCE monitors.",
            # An act of ontology/acts.ttl is named with whom it hit.
            {("European Council", "condemns", "attacks on OSCE Special Monitoring Mission")},
        ),
        (
            "en",
            EUCO_EN,
            "The European Council met today. It calls on Russia to withdraw its forces.",
            {("European Council", "calls-for", "Russia")},
        ),
    ],
)
def test_relative_clauses_and_agents_in_a_councils_conclusions(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract(extractor, text, lang, title, publisher="European Council", date=dt.date(2014, 6, 27))
    assert {s[:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "expected"),
    [
        # "Déclaration de la porte-parole", "Statement by the Spokesperson": the publisher's spokesperson.
        (
            "fr",
            "Ukraine - Déclaration de la porte-parole (8 avril 2022)",
            "Ministère de l'Europe et des Affaires étrangères (France)",
            "France MFA spokesperson",
        ),
        (
            "en",
            "Ukraine: Statement by the Spokesperson on the attack on Kramatorsk",
            "European External Action Service",
            "Spokesperson of the EU High Representative",
        ),
        # Negative: a declaration by the minister is not the spokesperson's.
        (
            "fr",
            "Ukraine - Déclaration du ministre (8 avril 2022)",
            "Ministère de l'Europe et des Affaires étrangères (France)",
            "France MFA",
        ),
    ],
)
def test_a_statement_by_the_spokesperson_is_the_publishers_spokespersons(
    extractor: Extractor, lang: str, title: str, publisher: str, expected: str
) -> None:
    text = "Nous condamnons l'agression de la Russie." if lang == "fr" else "We condemn Russia's aggression."
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2022, 4, 8))
    assert {s[0] for s in found} == {expected}


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # A claim said not to reflect reality is rejected; the claimant is its target.
        (
            "en",
            NAC_EN,
            "NATO",
            "Russia claims that NATO threatens its security. These claims do not reflect reality.",
            {("North Atlantic Council", "rejects", "Russia")},
        ),
        (
            "fr",
            NAC_FR,
            "NATO",
            "La Russie affirme que l'OTAN menace sa sécurité. Ces affirmations ne reflètent pas la réalité.",
            {("North Atlantic Council", "rejects", "Russia")},
        ),
        # Attacks that must stop: blamed, no one called upon.
        (
            "en",
            UN_SPOKESMAN_EN,
            "United Nations",
            "He stresses that attacks against civilians are unacceptable and must stop.",
            {("António Guterres", "condemns", "civilians")},
        ),
        # A cessation verb two words back, in another clause, stops nothing.
        (
            "fr",
            UN_SPOKESMAN_FR,
            "Nations Unies",
            "Il réaffirme que cette guerre doit cesser et appelle la Fédération de Russie à mettre fin à "
            "son offensive.",
            {("António Guterres", "calls-for", "Russia")},
        ),
        # Negative: an actor who must stop is called upon.
        (
            "en",
            NAC_EN,
            "NATO",
            "Russia must stop its attacks on civilians.",
            {("North Atlantic Council", "calls-for", "Russia")},
        ),
    ],
)
def test_claims_denied_and_acts_that_must_stop(
    extractor: Extractor,
    lang: str,
    title: str,
    publisher: str,
    text: str,
    expected: set[tuple[str, str, str]],
) -> None:
    found = extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2017, 2, 1))
    assert {s[:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Agreements and issues beyond Ukraine, by the name an analyst would search for.
        ("en", "We remain committed to the Paris Agreement.", ("supports", "Paris Agreement")),
        ("fr", "Nous restons attachés à l'accord de Paris sur le climat.", ("supports", "Paris Agreement")),
        ("en", "We support the two-state solution.", ("supports", "two-state solution")),
        ("fr", "Nous soutenons la solution des deux États.", ("supports", "two-state solution")),
        (
            "en",
            "We are deeply concerned about settlement expansion in the West Bank.",
            ("concerned", "Israeli settlements"),
        ),
        (
            "fr",
            "Nous condamnons la poursuite de la colonisation en Cisjordanie.",
            ("condemns", "Israeli settlements"),
        ),
        ("en", "We welcome the Joint Comprehensive Plan of Action.", ("welcomes", "JCPOA")),
        ("fr", "Nous restons attachés à l'accord de Vienne.", ("supports", "JCPOA")),
        (
            "en",
            "Allies reaffirmed their commitment to the Chemical Weapons Convention.",
            ("supports", "Chemical Weapons Convention"),
        ),
        (
            "fr",
            "Les Alliés ont réaffirmé leur attachement à la Convention sur les armes chimiques.",
            ("supports", "Chemical Weapons Convention"),
        ),
        ("en", "We support the Middle East peace process.", ("supports", "Middle East peace process")),
        (
            "fr",
            "Nous soutenons la lutte contre le changement climatique.",
            ("supports", "fight against climate change"),
        ),
        # The norm the convention enshrines, its French adjective after the noun.
        (
            "fr",
            "Les Alliés soutiennent la norme internationale contre l'utilisation d'armes chimiques.",
            ("supports", "Chemical Weapons Convention"),
        ),
        (
            "en",
            "Allies support the global norm against the use of chemical weapons.",
            ("supports", "Chemical Weapons Convention"),
        ),
        # Negative: a settlement that is no colony, a programme that is no agreement.
        ("en", "We support a political settlement of the conflict.", ("supports", "political settlement")),
        ("en", "We are concerned about Iran's nuclear programme.", ("concerned", "Iran nuclear programme")),
    ],
)
def test_topics_beyond_ukraine(extractor: Extractor, lang: str, text: str, expected: tuple[str, str]) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2019, 5, 6))
    assert {s[1:3] for s in found} == {expected}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A regret said deeply is a criticism of whoever decided.
        (
            "en",
            "We deeply regret the decision of Russia to suspend the New START Treaty.",
            {("condemns", "Russia", "condemns:phrase:deeply regret@en")},
        ),
        (
            "fr",
            "Nous regrettons profondément la décision de la Russie de suspendre le traité New START.",
            {("condemns", "Russia", "condemns:phrase:regrettons profondément@fr")},
        ),
        # Negative: a plain regret is no condemnation.
        ("en", "We regret that Russia did not attend the meeting.", set()),
        # Elections neither free nor fair: the blame goes to what the subject names ("ne … ni … ni" is
        # one negation, which the cue holds).
        (
            "en",
            "The presidential elections in Belarus were neither free nor fair.",
            {("condemns", "Belarus", "condemns:agent-phrase:neither free nor fair@en")},
        ),
        (
            "fr",
            "L'élection présidentielle en Biélorussie n'a été ni libre ni régulière.",
            {("condemns", "Belarus", "condemns:agent-phrase:ni libre ni régulière@fr")},
        ),
        # Honouring one's commitments is a pledge.
        (
            "en",
            "We will honour our commitments and implement the Paris Agreement.",
            {("commits", "Paris Agreement", "commits:phrase:honour our commitments@en")},
        ),
        (
            "fr",
            "Nous honorerons nos engagements et mettrons en œuvre l'accord de Paris.",
            {("commits", "Paris Agreement", "commits:phrase:honorerons nos engagements@fr")},
        ),
        # "We will not allow …" pledges to prevent it.
        (
            "en",
            "We will not allow terrorists to threaten our security.",
            {("commits", "terrorism", "commits:negated:allow@en")},
        ),
        (
            "fr",
            "Nous ne permettrons pas aux groupes terroristes de menacer notre sécurité.",
            {("commits", "terrorism", "commits:negated:permettre@fr")},
        ),
        # Negative: what another actor does not allow is no pledge of ours.
        ("en", "Russia does not allow the monitors to enter Crimea.", set()),
    ],
)
def test_regret_unfree_elections_honoured_commitments(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2023, 3, 1))
    assert {s[1:3] + s[4:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "named"),
    [
        # "the attack", "l'attaque" names again an act said before in other words: the topic whose
        # name holds the noun and whose other words were said ("attaque … à Salisbury").
        (
            "en",
            "Allies were briefed on the attack carried out in Salisbury on 4 March. The United Kingdom "
            "informed Allies of its findings. Allies agreed that the attack was a clear breach of "
            "international norms.",
            True,
        ),
        (
            "fr",
            "Les Alliés ont été informés de l'attaque perpétrée à Salisbury le 4 mars. Le Royaume-Uni a "
            "informé les Alliés de ses conclusions. Les Alliés sont convenus que l'attaque constituait une "
            "violation manifeste des normes internationales.",
            True,
        ),
        # Negative: the place never said, the description names no such topic.
        (
            "en",
            "Allies were briefed on the attack carried out on 4 March. The United Kingdom informed Allies "
            "of its findings. Allies agreed that the attack was a clear breach of international norms.",
            False,
        ),
    ],
)
def test_definite_description_names_again_an_act(
    extractor: Extractor, lang: str, text: str, named: bool
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2018, 3, 14))
    condemned = {s[2] for s in found if s[1] == "condemns"}
    assert ("Salisbury attack" in condemned) is named


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A condemnation or a worry whose object the vocabulary does not name is about the state the
        # title names ...
        (
            "en",
            "Statement by the North Atlantic Council on Myanmar",
            "Allies strongly condemn the detention of the elected leaders and of many journalists.",
            {("condemns", "Myanmar")},
        ),
        (
            "fr",
            "Déclaration du Conseil de l'Atlantique Nord sur la Birmanie",
            "Les Alliés condamnent fermement la détention des dirigeants élus et de nombreux journalistes.",
            {("condemns", "Myanmar")},
        ),
        # ... or about the state named further on in the sentence.
        (
            "en",
            NAC_EN.replace(" on Ukraine", ""),
            "Allies are deeply concerned about the detention of the elected leaders and of many journalists "
            "on the eve of the first session of the new Parliament of Myanmar.",
            {("concerned", "Myanmar")},
        ),
        # Negative: two states in the title, no telling which.
        (
            "en",
            "Statement by the North Atlantic Council on Myanmar and Thailand",
            "Allies strongly condemn the detention of the elected leaders and of many journalists.",
            set(),
        ),
        # Negative: a subject blamed ("… is unacceptable") is no situation of the title's state.
        (
            "en",
            "Statement by the North Atlantic Council on Myanmar",
            "This detention of the elected leaders is unacceptable.",
            set(),
        ),
    ],
)
def test_situation_state_when_nothing_named(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, title, date=dt.date(2021, 2, 1))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The use of chemical weapons is an act of its own, what a condemnation names ...
        (
            "en",
            "The use of chemical weapons constitutes a serious breach of international law.",
            {("condemns", "use of chemical weapons")},
        ),
        (
            "fr",
            "L'utilisation d'armes chimiques constitue une violation grave du droit international.",
            {("condemns", "use of chemical weapons")},
        ),
        # ... the weapons and the norm against them are others (negative: no use named).
        (
            "en",
            "Allies support the destruction of chemical weapons.",
            {("supports", "chemical weapons")},
        ),
    ],
)
def test_use_of_chemical_weapons(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2018, 4, 16))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "this act", "cet acte" after a sentence whose subject is an act with no actor: that act, not a
        # state named before it (where the findings were confirmed).
        (
            "en",
            "Laboratories in Sweden and Germany confirmed the findings. The use of a chemical weapon is a "
            "grave breach of international law. We condemn this act in the strongest terms.",
            {("condemns", "use of chemical weapons")},
        ),
        (
            "fr",
            "Ce constat a été confirmé par des laboratoires en Suède et en Allemagne. L'utilisation d'une "
            "arme chimique constitue une violation grave du droit international. Nous condamnons cet acte "
            "dans les termes les plus fermes.",
            {("condemns", "use of chemical weapons")},
        ),
        # Negative: an act whose actor was the subject before is that actor's.
        (
            "fr",
            "La Russie a de nouveau frappé la ville de Kharkiv. Nous condamnons ces frappes.",
            {("condemns", "Russia")},
        ),
    ],
)
def test_act_named_again_after_its_description(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2020, 10, 7))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # What an act is against is no subject of the sentences before: the attack condemned is not
        # the victim's.
        (
            "fr",
            "La nuit dernière, le président Poutine a déclenché une guerre. Contre une Ukraine libre et "
            "souveraine, et contre son peuple. Nous condamnons cette attaque barbare.",
            set(),
        ),
        (
            "en",
            "Last night President Putin launched a war. Against a free and sovereign Ukraine. We condemn "
            "this barbaric attack.",
            set(),
        ),
        # Negative: the subject that attacks is the one blamed.
        (
            "en",
            "Last night Russia launched a war against Ukraine. We condemn this barbaric attack.",
            {("condemns", "Russia")},
        ),
    ],
)
def test_victim_is_no_subject(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 2, 24))
    assert {s[1:3] for s in found if s[2] != "Vladimir Putin"} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # The state a title names is no author of what is condemned when the text says something is
        # against it (a worry is still about it).
        (
            "en",
            NAC_EN,
            "The war against Ukraine continues. Allies condemn the shelling of the railway station in "
            "Kramatorsk.",
            set(),
        ),
        (
            "fr",
            NAC_FR,
            "La guerre contre l'Ukraine se poursuit. Les Alliés condamnent le bombardement de la gare de "
            "Kramatorsk.",
            set(),
        ),
        (
            "en",
            NAC_EN,
            "Allies are deeply concerned about the shelling of the railway station in Kramatorsk.",
            {("concerned", "Ukraine")},
        ),
        # Negative: nothing is against the title's state, the condemnation is about it.
        (
            "en",
            "Statement by the North Atlantic Council on Myanmar",
            "The crackdown continues. Allies condemn the detention of the elected leaders.",
            {("condemns", "Myanmar")},
        ),
    ],
)
def test_title_state_not_when_victim(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, title, date=dt.date(2022, 4, 8))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A relative clause after a name governed by "against"/"contre" is about the act the name is
        # the complement of, not about the victim.
        (
            "fr",
            "Les Alliés condamnent fermement la guerre d'agression menée par la Russie contre l'Ukraine, qui "
            "constitue une violation flagrante du droit international.",
            {("condemns", "Russia")},
        ),
        (
            "en",
            "Allies condemn the war of aggression waged by Russia against Ukraine, which is a flagrant "
            "violation of international law.",
            {("condemns", "Russia")},
        ),
        # Negative: a relative clause on the actor itself blames it.
        (
            "en",
            "Allies condemn the decision of the Kremlin. They call on Russia, which continues to violate "
            "international law, to withdraw.",
            {("condemns", "Russia"), ("calls-for", "Russia")},
        ),
    ],
)
def test_relative_clause_after_against(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 6, 23))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A condemned act whose "of"/"de" names its author condemns the author, though the act has a
        # name of its own.
        (
            "fr",
            "Nous condamnons fermement l'ingérence flagrante des États-Unis dans les affaires intérieures "
            "du Venezuela.",
            {("condemns", "United States", "condemns:verb:condamner@fr")},
        ),
        (
            "en",
            "We strongly condemn the flagrant interference of the United States in the internal affairs of "
            "Venezuela.",
            {("condemns", "United States", "condemns:verb:condemn@en")},
        ),
        # Negative: an act whose "of" names what it is done to.
        (
            "en",
            "We condemn the invasion of Ukraine.",
            {("condemns", "Russian aggression against Ukraine", "condemns:verb:condemn@en")},
        ),
    ],
)
def test_author_of_a_condemned_act(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2019, 1, 24))
    assert {s[1:3] + s[4:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Horror and shock are alarm; a build-up "deeply concerning" worries; the Zaporizhzhia plant and
        # the Bucha killings are topics of their own.
        (
            "en",
            "Allies are horrified by the killings in Bucha.",
            {("concerned", "Bucha killings", "concerned:adjective:horrified@en")},
        ),
        (
            "fr",
            "Les Alliés sont profondément choqués par le massacre de Boutcha.",
            {("concerned", "Bucha killings", "concerned:adjective:choqué@fr")},
        ),
        (
            "en",
            "Russia's military build-up near Ukraine is deeply concerning.",
            {("concerned", "Russia", "concerned:agent-phrase:is concerning@en")},
        ),
        (
            "en",
            "Allies are deeply concerned about the situation at the Zaporizhzhia nuclear power plant.",
            {("concerned", "Zaporizhzhia nuclear power plant", "concerned:adjective:concerned@en")},
        ),
        (
            "fr",
            "Les Alliés sont vivement préoccupés par la situation à la centrale nucléaire de Zaporijjia.",
            {("concerned", "Zaporizhzhia nuclear power plant", "concerned:adjective:préoccupé@fr")},
        ),
        # Negative: "concerning" as a preposition is no worry.
        (
            "en",
            "Concerning the meeting in Bucha, Allies support Ukraine.",
            {("supports", "Ukraine", "supports:verb:support@en")},
        ),
    ],
)
def test_horror_concern_and_places_of_the_war(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 4, 5))
    assert {s[1:3] + s[4:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A refusal in the passive is of its subject.
        ("en", "The annexation of Crimea will not be accepted.", {("rejects", "annexation of Crimea")}),
        ("fr", "L'annexion de la Crimée ne sera pas acceptée.", {("rejects", "annexation of Crimea")}),
        # ... a pronoun naming again the thing last spoken of (French "elle" too).
        (
            "en",
            "Any decision to proceed with the annexation of Donetsk, Luhansk, Kherson and Zaporizhzhia "
            "regions of Ukraine would have no legal value. It must not be accepted.",
            {("rejects", "annexation of Ukrainian territory")},
        ),
        (
            "fr",
            "Toute décision de procéder à l'annexion des régions de Donetsk, de Louhansk, de Kherson et de "
            "Zaporijia n'aurait aucune valeur juridique. Elle ne doit pas être acceptée.",
            {("rejects", "annexation of Ukrainian territory")},
        ),
        # Negative: with "by", the refusal is the agent's, not the speaker's.
        ("en", "The annexation of Crimea will not be accepted by the Crimean Tatars.", set()),
    ],
)
def test_refusal_in_the_passive(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 9, 30))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A call whose subject names no actor and whose predicate the vocabulary names calls for it.
        (
            "en",
            "Those responsible for these crimes must be brought to justice.",
            {("calls-for", "accountability", "calls-for:agent-phrase:must@en")},
        ),
        (
            "fr",
            "Les auteurs de ces crimes devront répondre de leurs actes.",
            {("calls-for", "accountability", "calls-for:agent-phrase:devront@fr")},
        ),
        # Negative: the speaker's own side, or a first person, is no subject called upon for a thing.
        ("en", "We must remain a platform for dialogue.", set()),
    ],
)
def test_call_for_what_the_predicate_names(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2021, 3, 1))
    assert {s[1:3] + s[4:] for s in found if s[1] == "calls-for"} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An insert set off by commas between a cue and the rest of it.
        (
            "fr",
            "Nous resterons pleinement engagés, avec nos partenaires, en faveur de l'accord de Paris.",
            {("supports", "Paris Agreement", "supports:adjective:engagé en faveur de@fr")},
        ),
        (
            "en",
            "We remain, together with our partners, committed to the Minsk agreements.",
            {("supports", "Minsk agreements", "supports:adjective:committed to@en")},
        ),
        # A state threatening another is blamed.
        (
            "en",
            "Russia is openly threatening Ukraine.",
            {("condemns", "Russia", "condemns:agent-phrase:is threatening@en")},
        ),
        # Holding someone responsible warns them.
        (
            "en",
            "We will hold Russia accountable for this aggression.",
            {("warns", "Russia", "warns:verb:hold accountable@en")},
        ),
        (
            "fr",
            "Nous tiendrons la Russie pour responsable de cette agression.",
            {("warns", "Russia", "warns:verb:tenir pour responsable@fr")},
        ),
        # Climate change itself is worried about; its fight is supported.
        (
            "en",
            "We are deeply concerned about climate change.",
            {("concerned", "climate change", "concerned:adjective:concerned@en")},
        ),
        # Negative: an insert with no tail after it is no cue.
        ("en", "We remain, as always, in close contact with our partners.", set()),
    ],
)
def test_inserts_threats_and_responsibility(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2021, 4, 13))
    assert {s[1:3] + s[4:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Support for the efforts an office's holder makes is support for the holder.
        (
            "fr",
            "Les Alliés soutiennent les efforts déployés par le Secrétaire général des Nations unies pour "
            "permettre l'exportation de céréales ukrainiennes.",
            {("supports", "António Guterres")},
        ),
        (
            "en",
            "Allies support the efforts made by the Secretary-General of the United Nations to allow the "
            "export of Ukrainian grain.",
            {("supports", "António Guterres")},
        ),
        # The attempt on Navalny's life, in French with "de".
        (
            "fr",
            "Les Alliés ont condamné la tentative d'assassinat d'Alexeï Navalny.",
            {("condemns", "poisoning of Alexei Navalny")},
        ),
        # Negative: a thing named first is what is supported, not a person after it.
        (
            "en",
            "Allies support the reforms in Ukraine announced by President Zelensky.",
            {("supports", "reforms in Ukraine")},
        ),
    ],
)
def test_efforts_of_a_holder_and_an_attempt_on_a_life(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 6, 23))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Escalation is what is warned against; de-escalation stays what is called for.
        (
            "fr",
            "Les Alliés mettent en garde contre tout risque d'escalade régionale.",
            {("warns", "escalation")},
        ),
        ("en", "Allies warn against any further escalation.", {("warns", "escalation")}),
        ("en", "Allies call for de-escalation.", {("calls-for", "de-escalation")}),
        # A sentence whose subject is a pronoun is about what the one before was about, not about what
        # its predicate names.
        (
            "en",
            "The annexation of Crimea is illegal. It is a dangerous escalation. It must not be accepted.",
            {("rejects", "annexation of Crimea")},
        ),
        (
            "fr",
            "L'annexion de la Crimée est illégale. Elle est une escalade dangereuse. Elle ne doit pas être "
            "acceptée.",
            {("rejects", "annexation of Crimea")},
        ),
    ],
)
def test_escalation_and_pronoun_subjects(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 9, 30))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Normalisation with Israel is the Abraham Accords, not each state it names.
        (
            "en",
            "Allies welcomed the normalisation of relations between Israel and the United Arab Emirates, "
            "Bahrain and Sudan.",
            {("welcomes", "Abraham Accords")},
        ),
        (
            "fr",
            "Les Alliés ont salué la normalisation des relations entre Israël et les Émirats arabes unis.",
            {("welcomes", "Abraham Accords")},
        ),
        # Negative: a normalisation Israel is no party to.
        (
            "en",
            "Allies welcomed the normalisation of relations between Serbia and Kosovo.",
            {("welcomes", "Serbia"), ("welcomes", "Kosovo")},
        ),
    ],
)
def test_normalisation_with_israel(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2020, 11, 16))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "the only basis for" a settlement supports its subject.
        (
            "en",
            "The Minsk agreements, which remain the only basis for a settlement of the conflict, must be "
            "implemented.",
            # … and what must be implemented is called for, as in "The Minsk agreements must be implemented".
            {
                ("supports", "Minsk agreements", "supports:agent-phrase:the only basis for@en"),
                ("calls-for", "Minsk agreements", "calls-for:phrase:must be implemented@en"),
            },
        ),
        (
            "fr",
            "Les accords de Minsk restent la seule base d'un règlement du conflit.",
            {("supports", "Minsk agreements", "supports:agent-phrase:la seule base@fr")},
        ),
        # An appeal for someone to act calls on them.
        (
            "en",
            "Allies appealed for all parties to refrain from any further action.",
            {("calls-for", "all parties", "calls-for:verb:appeal for@en")},
        ),
        # Resolve and sparing no effort are pledges.
        (
            "fr",
            "L'Alliance demeure résolue à renforcer sa dissuasion et sa défense.",
            {("commits", "deterrence and defence", "commits:adjective:résolu à@fr")},
        ),
        (
            "en",
            "Allies will spare no effort to strengthen deterrence and defence.",
            {("commits", "deterrence and defence", "commits:phrase:will spare no effort@en")},
        ),
        (
            "fr",
            "L'Alliance ne ménagera aucun effort pour renforcer sa dissuasion et sa défense.",
            {("commits", "deterrence and defence", "commits:phrase:ne ménagera aucun effort@fr")},
        ),
        # Negative: a question resolved is no resolve.
        ("en", "The question was resolved to the satisfaction of all.", set()),
    ],
)
def test_only_basis_appeals_and_resolve(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 3, 4))
    assert {s[1:3] + s[4:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # What states welcomed are ready to do is not welcomed along with them.
        (
            "fr",
            "Nous saluons la disposition du Mexique et de l'Uruguay à faciliter un tel dialogue.",
            {("welcomes", "Mexico"), ("welcomes", "Uruguay")},
        ),
        (
            "en",
            "We welcome the readiness of Mexico and Uruguay to facilitate such a dialogue.",
            {("welcomes", "Mexico"), ("welcomes", "Uruguay")},
        ),
        # Negative: a thing joined to a thing is still supported with it.
        (
            "en",
            "Allies support the Minsk agreements and the work of the OSCE in Ukraine.",
            {("supports", "Minsk agreements"), ("supports", "OSCE")},
        ),
    ],
)
def test_what_welcomed_states_are_to_do(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2019, 1, 24))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A person's state is their side; the organisation their state belongs to is not: a person may
        # call on the EU.
        (
            "en",
            "Mr Guterres called on the EU to establish adequate reception capacities.",
            {("António Guterres", "calls-for", "European Union")},
        ),
        (
            "fr",
            "M. Le Drian a appelé l'UE à mettre en place des capacités d'accueil adéquates.",
            {("Jean-Yves Le Drian", "calls-for", "European Union")},
        ),
        # Negative: the person's own state is still no one they call upon.
        (
            "fr",
            "M. Le Drian a appelé la France à mettre en place des capacités d'accueil adéquates.",
            set(),
        ),
    ],
)
def test_a_persons_state_organisation_is_no_side(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract(extractor, text, lang, "News", publisher="UNHCR", date=dt.date(2015, 9, 4))
    assert {s[:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A military intervention is what is warned against.
        (
            "fr",
            "Nous mettons en garde contre toute intervention militaire, qui serait lourde de conséquences.",
            {("warns", "military intervention")},
        ),
        ("en", "We warn against any foreign military intervention.", {("warns", "military intervention")}),
        # Negative: a warning against what the vocabulary does not name gives nothing.
        ("en", "We warn against any delay in the humanitarian response.", set()),
    ],
)
def test_military_intervention(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2019, 1, 24))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "At a news conference in Vienna, the Minister Mr Karl Berger condemned the attack by Russia.",
            "en",
            "press conference",
        ),
        (
            "Lors d'une conférence de presse, M. Karl Berger a condamné l'attaque de la Russie.",
            "fr",
            "press conference",
        ),
        # The occasion and whom it addresses: the addressed, the occasion's broader entry, wins.
        (
            "At a joint press conference in Vienna, Mr Karl Berger told journalists that he condemned the "
            "attack by Russia.",
            "en",
            "reporters",
        ),
        (
            "Lors d'une conférence de presse conjointe, M. Karl Berger a déclaré aux journalistes qu'il "
            "condamnait l'attaque de la Russie.",
            "fr",
            "reporters",
        ),
    ],
)
def test_a_press_conference_is_the_occasion_and_reporters_whom_it_addresses(
    extractor: Extractor, text: str, lang: str, expected: str
) -> None:
    meta = ReleaseMeta(title="Attack", date=dt.date(2019, 5, 2), lang=lang, publisher="NATO")
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    found = extractor.extract(rel)
    assert found and {extractor.vocab.label(s.audience) for s in found} == {expected}


def test_us_in_capitals_is_the_united_states_and_in_lower_case_a_pronoun(extractor: Extractor) -> None:
    text = (
        "“We urge the US to lift the blockade. Let us condemn nobody,” said Karl Berger, Minister of "
        "Foreign Affairs."
    )
    meta = ReleaseMeta(title="News", date=dt.date(2020, 7, 14), lang="en", publisher="NATO")
    found = extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    assert {(s.stance, extractor.vocab.label(s.target)) for s in found} == {("calls-for", "United States")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A people named apart from its state is what is supported, not the state.
        (
            "en",
            "The Alliance stands with the Belarusian people, who deserve free elections.",
            {("supports", "people of Belarus")},
        ),
        (
            "fr",
            "L'Alliance soutient le peuple biélorusse, qui mérite des élections libres.",
            {("supports", "people of Belarus")},
        ),
        (
            "en",
            "Allies expressed their solidarity with the people of Ukraine.",
            {("supports", "people of Ukraine")},
        ),
        # A UN peacekeeping mission is an actor of its own, not the country it serves in.
        (
            "fr",
            "Les Alliés ont réaffirmé leur plein appui à la MINUSMA et aux pays contributeurs de "
            "troupes au Mali.",
            {("supports", "MINUSMA")},
        ),
        ("en", "Allies expressed their full support for MINUSMA in Mali.", {("supports", "MINUSMA")}),
        # Regional organisations are actors of their own, called upon before what they are to address.
        (
            "en",
            "Allies ask partners, especially the African Union, to help address the crisis in Mali.",
            {("calls-for", "African Union")},
        ),
        ("fr", "Les Alliés saluent la médiation de la CEDEAO au Mali.", {("welcomes", "ECOWAS")}),
        # The states of Europe named together are called upon before the people they are to help.
        (
            "en",
            "Allies urged European countries to open safe routes for refugees.",
            {("calls-for", "European countries")},
        ),
        (
            "fr",
            "Les Alliés ont exhorté les pays européens à ouvrir des voies sûres pour les réfugiés.",
            {("calls-for", "European countries")},
        ),
    ],
)
def test_peoples_and_missions_named_apart(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2020, 9, 1))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # What a people strives for is its aspiration: a stance noun in it is no statement of the speaker's.
        (
            "en",
            "The Alliance supports the Georgian people in their aspirations for peace, prosperity and "
            "respect for the rule of law.",
            {("supports", "Georgia")},
        ),
        (
            "fr",
            "L'Alliance soutient le peuple géorgien dans sa quête de paix et de respect des droits "
            "de l'homme.",
            {("supports", "Georgia")},
        ),
        # Negative: respect the speaker asks for itself is still its stance.
        (
            "en",
            "The Alliance calls for full respect for human rights in Georgia.",
            {("calls-for", "human rights"), ("supports", "human rights")},
        ),
    ],
)
def test_a_stance_noun_in_an_aspiration_is_no_statement(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2020, 9, 1))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A concessive aside ("où que ce soit", "quelles qu'elles soient") opens no clause: the
        # subject before it is what is blamed.
        (
            "fr",
            "L'Alliance se tient aux côtés de la Géorgie. Le recours aux armes chimiques, où que ce soit, "
            "est inacceptable.",
            {("supports", "Georgia"), ("condemns", "use of chemical weapons")},
        ),
        (
            "fr",
            "L'emploi d'une arme chimique, quel qu'en soit l'auteur, où que ce soit, est inacceptable.",
            {("condemns", "use of chemical weapons")},
        ),
        # A name after a locative preposition says where, when a region is named right after it.
        (
            "en",
            "Allies are gravely concerned by the shelling near the contact line in Nagorno-Karabakh.",
            # The shelling is an act of ontology/acts.ttl, named with that place.
            {("concerned", "shelling in Nagorno-Karabakh")},
        ),
        (
            "fr",
            "Les Alliés sont vivement préoccupés par les combats le long de la ligne de contact au "
            "Haut-Karabagh.",
            # So is the fighting.
            {("concerned", "fighting in Nagorno-Karabakh")},
        ),
        # Negative: with no region after it, the place is still what the worry is about; a state after
        # it is only where the place lies.
        (
            "en",
            "Allies are gravely concerned by the shelling along the contact line.",
            {("concerned", "contact line")},
        ),
        (
            "en",
            "Allies condemn the shelling near the Zaporizhzhia nuclear power plant in Ukraine.",
            {("condemns", "Zaporizhzhia nuclear power plant")},
        ),
        # An institution acted through, in an aside, is not what the pledge is about.
        (
            "en",
            "Allies will continue to work with partners, including through the UN Security Council, to "
            "hold Iran to account.",
            {("commits", "Iran")},
        ),
        (
            "fr",
            "Les Alliés continueront de travailler avec leurs partenaires, notamment au sein du Conseil de "
            "sécurité des Nations unies, pour que l'Iran rende des comptes.",
            {("commits", "Iran")},
        ),
        # Negative: a thing after the same words is still read.
        (
            "en",
            "Allies will continue to respond in a determined way to any threat, including through "
            "strengthening their collective defence.",
            {("commits", "collective defence")},
        ),
    ],
)
def test_asides_and_places_around_the_target(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2020, 9, 1))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A worry about victims or crimes is about the place named where they happen.
        (
            "en",
            "Allies are appalled by the reports of civilians executed in Bucha.",
            {("concerned", "Bucha killings")},
        ),
        (
            "fr",
            "Les Alliés sont horrifiés par les témoignages de civils exécutés à Boutcha.",
            {("concerned", "Bucha killings")},
        ),
        # A worry about what an actor did is about the place it did it.
        (
            "fr",
            "Les Alliés sont vivement préoccupés par les frappes aériennes du régime syrien dans la région "
            "d'Idlib.",
            {("concerned", "Idlib")},
        ),
        (
            "en",
            "Allies are deeply concerned by the continued air strikes by the Syrian regime in Idlib "
            "province.",
            {("concerned", "Idlib")},
        ),
        # Negative: a worry about a thing of its own stays with it, wherever it is.
        (
            "en",
            "Allies are deeply concerned by the fragile ceasefire in Nagorno-Karabakh.",
            {("concerned", "ceasefire")},
        ),
    ],
)
def test_a_worry_about_harm_is_about_its_place(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 4, 4))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # An unnamed government called upon is the state the release is about: its title's …
        (
            "en",
            "Statement by the North Atlantic Council on the crisis in Georgia",
            "Allies note the promises made last week, and urge the government to honour them without delay.",
            {("calls-for", "Georgia")},
        ),
        (
            "fr",
            "Déclaration du Conseil de l'Atlantique Nord sur la crise en Géorgie",
            "Les Alliés prennent note des promesses faites la semaine dernière et appellent les autorités à "
            "les tenir sans délai.",
            {("calls-for", "Georgia")},
        ),
        # … before the state the sentence before had for subject …
        (
            "en",
            "Statement by the North Atlantic Council on the crisis in Georgia",
            "Russian forces remain in the occupied regions. Allies urge the authorities to hold the "
            "elections freely.",
            {("calls-for", "Georgia")},
        ),
        # … which is the one meant when the title names none.
        (
            "en",
            "Statement by the North Atlantic Council",
            "Moldova has announced new elections. Allies urge the authorities to hold them freely.",
            {("calls-for", "Moldova")},
        ),
        # Negative: a government named by its state is that state.
        (
            "en",
            "Statement by the North Atlantic Council on the crisis in Georgia",
            "Allies urge the government of Moldova to hold free elections.",
            {("calls-for", "Moldova")},
        ),
    ],
)
def test_an_unnamed_government_is_the_state_spoken_of(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, title, date=dt.date(2021, 3, 1))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # What a call joined after asks to end is not what is backed by the call to respect.
        (
            "en",
            "Allies call on Russia to respect its commitments and to stop the blockade of the Kerch Strait.",
            {("calls-for", "Russia")},
        ),
        (
            "fr",
            "Les Alliés appellent la Russie à respecter ses engagements et à cesser le blocus du détroit "
            "de Kertch.",
            {("calls-for", "Russia")},
        ),
        # Negative: what is to be respected is still backed.
        (
            "en",
            "Allies call on Russia to respect the Minsk agreements and to stop the blockade of the Kerch "
            "Strait.",
            {("calls-for", "Russia"), ("supports", "Minsk agreements")},
        ),
    ],
)
def test_what_is_to_end_is_not_backed(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2018, 12, 1))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A demonstrative with a noun names again what that noun names, not the last thing spoken of.
        (
            "en",
            "Settlement construction in the occupied territories violates international law. These "
            "agreements should now be used to revive direct negotiations.",
            {("condemns", "Israeli settlements")},
        ),
        (
            "fr",
            "La construction de colonies dans les territoires occupés viole le droit international. Ces "
            "accords doivent maintenant servir à relancer des négociations directes.",
            {("condemns", "Israeli settlements")},
        ),
        # Negative: the same noun, or a bare pronoun, names it again.
        (
            "en",
            "Settlement construction in the occupied territories violates international law. This must "
            "stop now.",
            {("condemns", "Israeli settlements"), ("calls-for", "Israeli settlements")},
        ),
    ],
)
def test_a_described_subject_is_what_its_noun_names(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2020, 11, 16))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A verb phrase listed after the first comma is another act: its object is none of the cue's.
        (
            "en",
            "The Alliance calls on its members never to recognise the results of these votes, to increase "
            "sanctions on Russia and to step up their assistance.",
            {("calls-for", "sanctions against Russia")},
        ),
        (
            "fr",
            "L'Alliance appelle ses membres à ne jamais reconnaître les résultats de ces votes, à "
            "renforcer les sanctions contre la Russie et à accroître leur aide.",
            {("calls-for", "sanctions against Russia")},
        ),
        # Those called upon, when the vocabulary names them, are the target (the guide).
        (
            "en",
            "The Alliance calls on all states never to recognise the results of these votes, to increase "
            "sanctions on Russia and to step up their assistance.",
            {("calls-for", "all States")},
        ),
        (
            "fr",
            "L'Alliance appelle tous les États à ne jamais reconnaître les résultats de ces votes, à "
            "renforcer les sanctions contre la Russie et à accroître leur aide.",
            {("calls-for", "all States")},
        ),
        # Negative: an object named before the comma stays the target; an aside closed by a second
        # comma ends no act.
        (
            "en",
            "Allies will never recognise the illegal annexation of Crimea, to be clear.",
            {("rejects", "annexation of Crimea")},
        ),
        (
            "en",
            "Allies will continue to work with partners, including within the OSCE, to hold Russia to "
            "account.",
            {("commits", "Russia")},
        ),
    ],
)
def test_a_listed_act_after_a_comma_is_another(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 9, 23))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An office welcomed is the person who holds it that day.
        (
            "en",
            "Allies welcome the efforts of the UN Secretary-General to mediate.",
            {("welcomes", "António Guterres")},
        ),
        (
            "fr",
            "Les Alliés saluent les efforts du Secrétaire général des Nations unies.",
            {("welcomes", "António Guterres")},
        ),
    ],
)
def test_an_office_welcomed_is_its_holder(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2019, 6, 1))
    assert {s[1:3] for s in found} == expected


def test_a_person_is_named_as_the_publisher_names_them(extractor: Extractor) -> None:
    """The OSCE names its Secretary General in full: statements carry that name."""
    text = "OSCE Secretary General Helga Maria Schmid called on Russia to withdraw its forces."
    found = extract(extractor, text, "en", "Press release", publisher="OSCE", date=dt.date(2022, 2, 24))
    assert {s[0] for s in found} == {"Helga Maria Schmid"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A self-proclamation rejected is the claim of the person whose verb it names again, not of the
        # last person named.
        (
            "en",
            "On 23 January, Juan Guaidó proclaimed himself interim president. President Trump hastened "
            "to recognise him. Allies do not recognise this self-proclamation.",
            {("rejects", "Juan Guaidó")},
        ),
        (
            "fr",
            "Le 23 janvier, Juan Guaidó s'est autoproclamé président par intérim. Le président Trump "
            "s'est empressé de reconnaître le président autoproclamé. Les Alliés ne reconnaissent pas "
            "cette autoproclamation.",
            {("rejects", "Juan Guaidó")},
        ),
        # Negative: claims with no such verb are still the last person's.
        (
            "en",
            "Mr Maduro spoke on Monday. Juan Guaidó said that the vote had been rigged. Allies reject "
            "these claims.",
            {("rejects", "Juan Guaidó")},
        ),
    ],
)
def test_a_self_proclamation_is_its_claimants(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2019, 1, 24))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A worry about the situation at a place named again is about that place.
        (
            "en",
            "Russian forces have seized the Zaporizhzhia nuclear power plant. Allies are deeply concerned "
            "about the situation at the plant.",
            {("concerned", "Zaporizhzhia nuclear power plant")},
        ),
        (
            "fr",
            "Les forces russes ont pris la centrale nucléaire de Zaporijjia. Les Alliés sont vivement "
            "préoccupés par la situation à la centrale.",
            {("concerned", "Zaporizhzhia nuclear power plant")},
        ),
        # Negative: with no place named before, the situation is the one of the state the text is about.
        ("en", "Allies are deeply concerned about the situation at the border.", {("concerned", "Ukraine")}),
    ],
)
def test_the_situation_at_a_place_named_again(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2022, 3, 4))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The state whose cities and businesses are welcomed is not what is welcomed.
        (
            "en",
            "Allies welcome the efforts of the states, cities and businesses of the United States.",
            set(),
        ),
        (
            "fr",
            "Les Alliés saluent l'engagement constant des États, des villes et des entreprises des "
            "États-Unis.",
            set(),
        ),
        # Negative: the state's own efforts are welcomed.
        ("en", "Allies welcome the efforts of the United States.", {("welcomes", "United States")}),
    ],
)
def test_a_states_constituents_are_not_the_state(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = NAC_FR if lang == "fr" else NAC_EN
    found = extract(extractor, text, lang, title, date=dt.date(2017, 6, 1))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An adverb of blame right after an actor (or after it and a participle) blames that actor, not
        # the subject of the clause.
        (
            "en",
            "A lasting ceasefire and the departure of Russian troops illegally stationed in Moldova are "
            "needed.",
            {("condemns", "Russia")},
        ),
        (
            "fr",
            "Un cessez-le-feu durable et le départ des troupes russes stationnées illégalement en Moldavie "
            "sont nécessaires.",
            {("condemns", "Russia")},
        ),
        # Negative: with no actor before it, the adverb blames the subject.
        ("en", "Russia illegally annexed Crimea in 2014.", {("condemns", "Russia")}),
    ],
)
def test_an_adverb_of_blame_blames_the_actor_before_it(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = "Statement by the North Atlantic Council"
    if lang == "fr":
        title = "Déclaration du Conseil de l'Atlantique Nord"
    found = extract(extractor, text, lang, title, date=dt.date(2016, 3, 10))
    assert {s[1:3] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "We call for the immediate release of all those detained.", "release of detainees"),
        (
            "fr",
            "Nous demandons la libération immédiate de toutes les personnes détenues.",
            "release of detainees",
        ),
        # A word of the narrower topic in the sentence: the release of hostages.
        ("en", "We call for the immediate release of all those taken hostage.", "release of hostages"),
        ("fr", "Nous demandons la libération immédiate de tous les otages.", "release of hostages"),
    ],
)
def test_a_release_of_those_held_as_hostages_is_the_release_of_hostages(
    extractor: Extractor, lang: str, text: str, expected: str
) -> None:
    meta = ReleaseMeta(title="Statement", date=dt.date(2023, 10, 8), lang=lang, publisher="NATO")
    found = extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    assert {extractor.vocab.label(s.target) for s in found if s.stance == "calls-for"} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name with an apostrophe inside a word matches whole, not as the shorter name it ends on.
        ("France condemns the attack by Kata'ib Hezbollah on the base.", "Kata'ib Hezbollah"),
        ("France condemns the attack by Kata’ib Hezbollah on the base.", "Kata'ib Hezbollah"),
        ("France condemns the attacks by the Kurdistan Workers' Party.", "PKK"),
    ],
)
def test_a_name_with_an_apostrophe_matches_whole(extractor: Extractor, text: str, expected: str) -> None:
    meta = ReleaseMeta(title="Statement", date=dt.date(2020, 1, 3), lang="en", publisher="France MFA")
    found = extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    assert {extractor.vocab.label(s.target) for s in found} == {expected}
