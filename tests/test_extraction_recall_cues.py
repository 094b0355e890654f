"""Stance cues the lexicon lacked, found as misses of statements on sentences where the extractor said
nothing: each on sentences written for the test (not taken from any corpus), in both languages, with
the negatives that keep each cue from firing where it is no stance."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor

NAC_EN = "Statement by the North Atlantic Council on Georgia"
NAC_FR = "Déclaration du Conseil de l'Atlantique Nord sur la Géorgie"


def stances(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    meta = ReleaseMeta(
        title=NAC_FR if lang == "fr" else NAC_EN, date=dt.date(2016, 3, 10), lang=lang, publisher="NATO"
    )
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(s.stance, v.label(s.target)) for s in extractor.extract(rel)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A stated opposition to a thing rejects it, as a stated support supports it.
        (
            "fr",
            "Les Alliés réitèrent leur ferme opposition à l'annexion illégale de la Crimée.",
            {("rejects", "annexation of Crimea")},
        ),
        (
            "en",
            "Allies reaffirm their opposition to the Iran nuclear programme.",
            {("rejects", "Iran nuclear programme")},
        ),
        # Negative: the political opposition is no stance.
        ("en", "The opposition in Georgia called on the government to resign.", set()),
        ("fr", "L'opposition géorgienne a appelé le gouvernement à démissionner.", set()),
        # Being favourable to a thing supports it.
        ("en", "We are favourable to a dialogue with Georgia.", {("supports", "dialogue")}),
        ("fr", "Nous restons favorables à un dialogue avec la Géorgie.", {("supports", "dialogue")}),
    ],
)
def test_opposition_and_favour(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An act called reckless or irresponsible condemns its author.
        ("en", "Russia's conduct in Abkhazia is reckless.", {("condemns", "Russia")}),
        (
            "en",
            "The GRU's operations against Georgia were reckless and irresponsible.",
            {("condemns", "GRU")},
        ),
        ("fr", "Le comportement de la Russie en Abkhazie est irresponsable.", {("condemns", "Russia")}),
        ("fr", "Les opérations du GRU contre la Géorgie sont irresponsables.", {("condemns", "GRU")}),
        # Negative: said before the noun, the word blames no subject of the clause ("its reckless
        # behaviour" is whoever "its" is, not the one who asks it to stop): the call stays, no
        # condemnation.
        (
            "en",
            "The Foreign Minister of Georgia asked us to defend the rules-based order against reckless "
            "behaviour.",
            {("calls-for", "rules-based international order")},
        ),
        # An act that may amount to a war crime or a crime against humanity condemns its author.
        ("en", "This attack by Russia may constitute a war crime.", {("condemns", "Russia")}),
        (
            "en",
            "The deportations carried out by Russia could amount to crimes against humanity.",
            {("condemns", "Russia")},
        ),
        (
            "fr",
            "Cette attaque de la Russie pourrait constituer un crime de guerre.",
            {("condemns", "Russia")},
        ),
        (
            "fr",
            "Les déportations menées par la Russie peuvent constituer des crimes contre l'humanité.",
            {("condemns", "Russia")},
        ),
    ],
)
def test_acts_called_reckless_or_criminal(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Counting on someone to act calls on them.
        ("en", "We count on Georgia to hold free and fair elections.", {("calls-for", "Georgia")}),
        ("en", "I am counting on Russia to withdraw its forces.", {("calls-for", "Russia")}),
        (
            "fr",
            "Nous comptons sur la Géorgie pour organiser des élections libres.",
            {("calls-for", "Georgia")},
        ),
        # Negative: that another can count on the speaker is no call on it.
        ("en", "Georgia can count on our support.", set()),
        ("fr", "La Géorgie peut compter sur notre soutien.", set()),
        # Doing one's part pledges.
        (
            "en",
            "NATO will do its part to support the implementation of the Minsk agreements.",
            {("commits", "Minsk agreements")},
        ),
        (
            "fr",
            "Nous prendrons notre part dans la mise en œuvre des accords de Minsk.",
            {("commits", "Minsk agreements")},
        ),
        # A shock expressed at a thing is a worry about it.
        (
            "en",
            "The Secretary General expressed his shock at Russia's strikes on Georgian villages.",
            {("concerned", "Russia")},
        ),
    ],
)
def test_counting_on_doing_ones_part_and_shock(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A thing held to be the one means ("only … can", "seule … permettra") is supported.
        (
            "en",
            "Only a political solution can bring lasting peace to Georgia.",
            {("supports", "political solution")},
        ),
        (
            "en",
            "Allies remain convinced that only a negotiated settlement will end the conflict in Abkhazia.",
            {("supports", "negotiated solution")},
        ),
        (
            "fr",
            "Seule une solution politique respectueuse de l'intégrité territoriale de la Géorgie permettra "
            "de régler le conflit.",
            {("supports", "political solution")},
        ),
        (
            "fr",
            "Les Alliés sont convaincus que seul un règlement négocié pourra mettre fin au conflit.",
            {("supports", "negotiated solution")},
        ),
        # Negative: an actor is no means, and "only" inside a clause restricts, it does not single out.
        ("en", "Only Russia can end the occupation of Abkhazia.", set()),
        ("fr", "Seule la Russie peut mettre fin à l'occupation de l'Abkhazie.", set()),
        ("en", "Sanctions will only be lifted once the political solution is in place.", set()),
    ],
)
def test_the_one_means_is_supported(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "que" elided before a vowel is the same phrase cue.
        (
            "fr",
            "Il est impératif qu'une enquête internationale fasse la lumière sur ces crimes.",
            {("calls-for", "international investigation")},
        ),
        ("fr", "Les Alliés insistent pour qu'un cessez-le-feu soit respecté.", {("calls-for", "ceasefire")}),
        # A responsibility its subject bears for what happened condemns it; one it will bear warns it.
        ("en", "Russia bears great moral responsibility for these deaths.", {("condemns", "Russia")}),
        ("en", "Russia bears responsibility for the suffering in Abkhazia.", {("condemns", "Russia")}),
        ("fr", "La Russie porte une lourde responsabilité dans cette crise.", {("condemns", "Russia")}),
        ("fr", "La Russie porte la responsabilité de ces morts.", {("condemns", "Russia")}),
        ("fr", "La Russie portera la responsabilité de cette escalade.", {("warns", "Russia")}),
        # Negative: the speaker's own responsibility blames no one.
        ("en", "We bear responsibility for the security of our citizens.", set()),
        # A risk said to exist is warned of.
        ("en", "The situation is dangerous and there is a risk of escalation.", {("warns", "escalation")}),
        ("fr", "Il existe un risque d'escalade en Géorgie.", {("warns", "escalation")}),
        # Government leaders are the world's leaders.
        ("en", "We count on government leaders to keep their promises.", {("calls-for", "world leaders")}),
    ],
)
def test_elided_que_responsibility_and_risk(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The defence against cyber threats, pledged, is no cyber attack.
        ("en", "Allies are determined to counter cyber threats.", {("commits", "cyber defence")}),
        ("fr", "Les Alliés sont déterminés à renforcer leur cyberdéfense.", {("commits", "cyber defence")}),
        # Negative: the attacks themselves, condemned, are still cyber attacks.
        (
            "en",
            "Allies condemn the malicious cyber activities against Georgia.",
            {("condemns", "cyber attacks")},
        ),
    ],
)
def test_cyber_defence_is_no_cyber_attack(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


EU_GE_EN = "Declaration by the High Representative on behalf of the EU on Georgia"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # People said to have a right: the speaker supports that right.
        (
            "en",
            "Citizens of Georgia, like all citizens, have the right to peaceful protest.",
            {("supports", "right to peaceful protest")},
        ),
        (
            "fr",
            "En Géorgie comme ailleurs, les citoyens ont le droit de manifester pacifiquement.",
            {("supports", "right to peaceful protest")},
        ),
        # Negative: a right denied is no support.
        ("en", "Outside powers do not have the right to interfere in Georgia's elections.", set()),
        (
            "fr",
            "Les puissances étrangères n'ont pas le droit de s'ingérer dans les élections géorgiennes.",
            set(),
        ),
    ],
)
def test_a_right_people_have_is_supported(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    meta = ReleaseMeta(
        title=EU_GE_EN, date=dt.date(2016, 3, 10), lang=lang, publisher="Council of the European Union"
    )
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    assert {(s.stance, v.label(s.target)) for s in extractor.extract(rel)} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A mission of the speaker's own organisation pledges in the speaker's name.
        (
            "en",
            "Statement by the Secretary-General on Mali",
            "MINUSMA will continue to fulfil its mandate in Mali.",
            {("António Guterres", "commits", "Mali")},
        ),
        (
            "fr",
            "Déclaration du Secrétaire général sur le Mali",
            "La MINUSMA continuera de s'acquitter de son mandat au Mali.",
            {("António Guterres", "commits", "Mali")},
        ),
        # Negative: a member state is no part of the organisation; its pledge is its own.
        (
            "en",
            "Statement by the Secretary-General on Mali",
            "France will continue to fulfil its commitments in Mali.",
            set(),
        ),
    ],
)
def test_a_mission_of_the_speakers_organisation_is_the_speakers_side(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2020, 8, 18), lang=lang, publisher="United Nations")
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    assert {(v.label(s.speaker), s.stance, v.label(s.target)) for s in extractor.extract(rel)} == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The EU deeply regrets that the leadership of Republika Srpska has chosen to ignore the "
            "Constitution.",
        ),
        (
            "fr",
            "L'UE regrette profondément que les dirigeants de la Republika Srpska aient choisi d'ignorer "
            "la Constitution.",
        ),
    ],
)
def test_republika_srpska_is_an_actor(extractor: Extractor, lang: str, text: str) -> None:
    meta = ReleaseMeta(
        title="Statement by the Spokesperson on Bosnia and Herzegovina",
        date=dt.date(2016, 9, 26),
        lang=lang,
        publisher="European External Action Service",
    )
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    assert {(s.stance, v.label(s.target)) for s in extractor.extract(rel)} == {
        ("condemns", "Republika Srpska")
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A phrase cue that says a thing is so holds in the other tenses, numbers and genders.
        ("en", "Russia's recognition of Abkhazia was unjustifiable.", {("condemns", "Russia")}),
        ("en", "Russia's accusations against Georgia were groundless.", {("rejects", "Russia")}),
        (
            "fr",
            "La reconnaissance de l'Abkhazie par la Russie était injustifiable.",
            {("condemns", "Russia")},
        ),
        ("fr", "Les actions de la Russie en Abkhazie ont été irresponsables.", {("condemns", "Russia")}),
        ("fr", "Les mouvements de troupes russes en Abkhazie sont inquiétants.", {("concerned", "Russia")}),
    ],
)
def test_copula_phrases_in_every_tense_and_gender(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert stances(extractor, text, lang) == expected


def test_a_listed_form_is_its_own_entry(extractor: Extractor) -> None:
    # "sont infondées" is listed beside "est infondée": the statement names the entry written so.
    text = "Les allégations de la Russie sont infondées."
    meta = ReleaseMeta(title=NAC_FR, date=dt.date(2016, 3, 10), lang="fr", publisher="NATO")
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    assert {s.cue for s in extractor.extract(rel)} == {"rejects:agent-phrase:sont infondées@fr"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A call whose predicate names de-escalation calls for it.
        ("en", "This dangerous situation in Abkhazia must be de-escalated."),
        ("fr", "Il faut désamorcer la crise en Abkhazie."),
    ],
)
def test_a_call_to_de_escalate(extractor: Extractor, lang: str, text: str) -> None:
    assert stances(extractor, text, lang) == {("calls-for", "de-escalation")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Something called regrettable is criticised: its author is condemned.
        ("en", "It is regrettable that Russia has chosen to recognise Abkhazia."),
        ("en", "Russia's decision to recognise Abkhazia was regrettable."),
        ("fr", "Il est particulièrement regrettable que la Russie ait reconnu l'Abkhazie."),
        ("fr", "La décision de la Russie de reconnaître l'Abkhazie est regrettable."),
    ],
)
def test_called_regrettable(extractor: Extractor, lang: str, text: str) -> None:
    assert stances(extractor, text, lang) == {("condemns", "Russia")}


COUNCIL_PR = "Council of the European Union (press release)"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # In a body's press release, an evaluation with no speaker of its own after the body's sentence
        # is the body's.
        (
            "en",
            "The Council today imposed restrictive measures on six individuals. The use of chemical "
            "weapons by Russia constitutes a serious breach of international law.",
            {
                ("Council of the European Union", "commits", "sanctions"),
                ("Council of the European Union", "condemns", "Russia"),
            },
        ),
        (
            "fr",
            "Le Conseil a imposé aujourd'hui des mesures restrictives à six personnes. L'utilisation "
            "d'armes chimiques par la Russie est inacceptable.",
            {("Council of the European Union", "condemns", "Russia")},
        ),
        # Negative: after another body's sentence, or in a paragraph of its own, it is no one's.
        (
            "en",
            "In March, the European Council discussed the situation. The use of chemical weapons by Russia "
            "constitutes a serious breach of international law.",
            set(),
        ),
        (
            "en",
            "The Council today imposed restrictive measures on six individuals.\n\nThe use of chemical "
            "weapons by Russia constitutes a serious breach of international law.",
            {("Council of the European Union", "commits", "sanctions")},
        ),
    ],
)
def test_an_evaluation_after_the_publishers_sentence(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    meta = ReleaseMeta(
        title="Russia: restrictive measures", date=dt.date(2020, 10, 15), lang=lang, publisher=COUNCIL_PR
    )
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    assert {(v.label(s.speaker), s.stance, v.label(s.target)) for s in extractor.extract(rel)} == expected
