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


@pytest.mark.parametrize(
    ("lang", "text", "publisher"),
    [
        (
            "en",
            "Germany will continue to consider all options ahead of the next Foreign Affairs Council.",
            "Germany",
        ),
        (
            "fr",
            "L'UE continuera d'examiner toutes les options dont elle dispose avant la prochaine session du "
            "Conseil des affaires étrangères.",
            "European Union",
        ),
    ],
)
def test_a_meeting_that_says_when_is_no_target(
    extractor: Extractor, lang: str, text: str, publisher: str
) -> None:
    meta = ReleaseMeta(title="Statement", date=dt.date(2021, 6, 1), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    assert {extractor.vocab.label(s.target) for s in extractor.extract(rel)} == set()


def test_a_name_after_a_time_word_that_is_no_meeting_stays_a_target(extractor: Extractor) -> None:
    assert ("supports", "OSCE") in found(extractor, "L'Allemagne soutient avant tout l'OSCE.", "fr")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Germany supports the new rules of the road, as agreed at the United Nations, and will uphold "
            "them.",
        ),
        (
            "fr",
            "L'Allemagne soutient les nouvelles règles, telles qu'elles ont été convenues aux Nations unies.",
        ),
        ("fr", "L'Allemagne soutient ces règles, tel que convenu aux Nations unies."),
    ],
)
def test_where_a_thing_was_agreed_is_no_target(extractor: Extractor, lang: str, text: str) -> None:
    assert ("supports", "United Nations") not in found(extractor, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We support the framework for responsible State behaviour in cyberspace."),
        ("fr", "Nous soutenons le cadre pour un comportement responsable des États dans le cyberespace."),
    ],
)
def test_the_framework_for_responsible_state_behaviour_is_named(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert ("supports", "framework for responsible State behaviour in cyberspace") in found(
        extractor, text, lang
    )


@pytest.mark.parametrize(
    ("lang", "text", "stance", "target"),
    [
        (
            "fr",
            "L'Allemagne continuera de suivre de près la situation des défenseurs des droits de l'homme en "
            "Azerbaïdjan.",
            "commits",
            "human rights defenders in Azerbaijan",
        ),
        (
            "en",
            "Germany is deeply concerned about the safety of human rights defenders in Azerbaijan.",
            "concerned",
            "human rights defenders in Azerbaijan",
        ),
        ("en", "Germany stands in solidarity with Iranian protesters.", "supports", "Iranian protesters"),
        (
            "fr",
            "L'Allemagne exprime sa solidarité avec les manifestants iraniens.",
            "supports",
            "Iranian protesters",
        ),
    ],
)
def test_people_of_a_group_are_what_a_stance_is_about(
    extractor: Extractor, lang: str, text: str, stance: str, target: str
) -> None:
    assert {t for st, t in found(extractor, text, lang) if st == stance} == {target}


@pytest.mark.parametrize(
    ("lang", "text", "stance", "target"),
    [
        (
            "fr",
            "L'Allemagne est profondément préoccupée par la série d'arrestations visant des défenseurs des "
            "droits de l'homme de premier plan en Azerbaïdjan.",
            "concerned",
            "arrests of human rights defenders in Azerbaijan",
        ),
        (
            "en",
            "Germany condemns the arrests targeting journalists in Azerbaijan.",
            "condemns",
            "arrests of journalists in Azerbaijan",
        ),
        (
            "en",
            "Germany condemns the attacks on humanitarian workers in Sudan.",
            "condemns",
            "attacks on humanitarian workers in Sudan",
        ),
        (
            "fr",
            "L'Allemagne demande la libération de tous les prisonniers politiques en Biélorussie.",
            "calls-for",
            "release of political prisoners in Belarus",
        ),
    ],
)
def test_people_of_a_group_are_the_victims_of_an_act(
    extractor: Extractor, lang: str, text: str, stance: str, target: str
) -> None:
    assert (stance, target) in found(extractor, text, lang)


def test_a_group_word_before_a_name_is_the_persons_title(extractor: Extractor) -> None:
    text = "Germany condemns the killing of journalist Ján Kuciak in Slovakia."
    assert not {t for st, t in found(extractor, text, "en") if "journalists" in t}


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        (
            "en",
            "Germany stands in solidarity with all those who have been affected by recent malicious cyber "
            "activities.",
            "victims of cyber attacks",
        ),
        (
            "fr",
            "L'Allemagne est solidaire de tous ceux qui ont été touchés par les récentes cyberattaques.",
            "victims of cyber attacks",
        ),
        ("fr", "L'Allemagne se tient aux côtés des victimes du terrorisme.", "victims of terrorism"),
        ("en", "Germany expresses its solidarity with the victims of terrorism.", "victims of terrorism"),
    ],
)
def test_the_victims_of_a_topic_are_what_a_support_is_about(
    extractor: Extractor, lang: str, text: str, target: str
) -> None:
    assert {t for st, t in found(extractor, text, lang) if st == "supports"} == {target}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine et la Russie, membres permanents du Conseil de sécurité, ont une responsabilité "
            "particulière ; nous les appelons à user de toute leur influence.",
        ),
        (
            "en",
            "China and Russia, as permanent members of the Security Council, bear a special responsibility. "
            "We call on them to use their influence.",
        ),
    ],
)
def test_a_plural_pronoun_called_upon_is_each_actor_named_together_before(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert {t for st, t in found(extractor, text, lang) if st == "calls-for"} == {"China", "Russia"}


def test_a_plural_pronoun_with_no_actors_named_together_is_left_to_the_nearest(extractor: Extractor) -> None:
    text = "La Russie porte une lourde responsabilité. Nous l'appelons à cesser les frappes."
    assert {t for st, t in found(extractor, text, "fr") if st == "calls-for"} == {"Russia"}


@pytest.mark.parametrize(
    ("lang", "text", "stance"),
    [
        (
            "fr",
            "L'Allemagne réitère son plein soutien aux efforts de médiation de la Communauté économique des "
            "États de l'Afrique de l'Ouest (CEDEAO) et de l'Union africaine.",
            "supports",
        ),
        (
            "en",
            "Germany calls on the Economic Community of West African States (ECOWAS) and the African Union "
            "to act.",
            "calls-for",
        ),
    ],
)
def test_an_acronym_in_parentheses_does_not_part_actors_joined(
    extractor: Extractor, lang: str, text: str, stance: str
) -> None:
    assert {t for st, t in found(extractor, text, lang) if st == stance} == {"ECOWAS", "African Union"}


@pytest.mark.parametrize(
    ("lang", "text", "title", "target"),
    [
        (
            "en",
            "Germany urges the military leadership to respect the will of the people of Myanmar.",
            "Statement on Myanmar",
            "Myanmar military",
        ),
        (
            "fr",
            "L'Allemagne appelle ces militaires à regagner leurs casernes.",
            "Déclaration sur le Mali",
            "Malian military",
        ),
        (
            "fr",
            "L'Allemagne appelle l'armée malienne à regagner ses casernes.",
            "Déclaration",
            "Malian military",
        ),
    ],
)
def test_the_military_called_upon_is_that_of_the_state_the_release_is_about(
    extractor: Extractor, lang: str, text: str, title: str, target: str
) -> None:
    assert {t for st, t in found(extractor, text, lang, title) if st == "calls-for"} == {target}


def test_the_military_of_no_state_the_release_is_about_is_no_target(extractor: Extractor) -> None:
    text = "L'Allemagne appelle les militaires à regagner leurs casernes."
    assert not {t for st, t in found(extractor, text, "fr", "Déclaration") if st == "calls-for"}


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        (
            "fr",
            "L'Allemagne appelle au rétablissement immédiat de l'ordre constitutionnel au Burkina Faso.",
            "constitutional order in Burkina Faso",
        ),
        (
            "en",
            "Germany calls for a swift return to constitutional order in Guinea.",
            "constitutional order in Guinea",
        ),
        (
            "fr",
            "L'Allemagne appelle au plein rétablissement de l'ordre constitutionnel.",
            "constitutional order",
        ),
    ],
)
def test_constitutional_order_is_named_with_its_state(
    extractor: Extractor, lang: str, text: str, target: str
) -> None:
    assert {t for st, t in found(extractor, text, lang) if st == "calls-for"} == {target}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Germany will continue to work with its allies to defend the rules-based international order.",
        ),
        ("fr", "L'Allemagne continuera de défendre l'ordre international fondé sur des règles."),
    ],
)
def test_the_rules_based_international_order_is_named_apart(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert {t for st, t in found(extractor, text, lang) if st == "commits"} == {
        "rules-based international order"
    }


@pytest.mark.parametrize(
    ("lang", "text", "stance"),
    [
        (
            "en",
            "Germany condemns the air strikes by the Syrian regime and its backer Russia on Aleppo.",
            "condemns",
        ),
        (
            "fr",
            "L'Allemagne condamne les frappes du régime syrien et de son allié la Russie à Alep.",
            "condemns",
        ),
        (
            "en",
            "Germany calls on the Syrian regime and its backer Russia to stop the offensive.",
            "calls-for",
        ),
    ],
)
def test_an_actor_joined_with_a_possessive_noun_is_named_too(
    extractor: Extractor, lang: str, text: str, stance: str
) -> None:
    assert {t for st, t in found(extractor, text, lang) if st == stance} == {"Syria", "Russia"}


def test_it_after_a_clause_joined_with_and_names_the_thing_that_sentence_named(extractor: Extractor) -> None:
    # English only: a French object pronoun stands before the verb and is read by the clitic rules.
    text = (
        "Canada, Norway and Japan attributed the attacks to China. We support the Minsk agreements, as "
        "agreed at the United Nations, and we will continue to work with our partners to uphold it."
    )
    meta = ReleaseMeta(
        title="Statement by the North Atlantic Council", date=dt.date(2021, 6, 1), lang="en", publisher="NATO"
    )
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    supported = {extractor.vocab.label(s.target) for s in extractor.extract(rel) if s.stance == "supports"}
    assert supported == {"Minsk agreements"}
