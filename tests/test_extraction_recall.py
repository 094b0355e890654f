"""Statements the extractor used to miss, or typed wrong, in releases it had not seen: each rule on
sentences written for the test (not taken from any corpus), in both languages where both apply."""

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
) -> set[tuple[str, str, str]]:
    meta = ReleaseMeta(title=title, date=date, lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {(v.label(s.speaker), s.stance, v.label(s.target)) for s in extractor.extract(rel)}


CANETE = "Miguel Arias Cañete"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A commissioner speaks for the Commission and for the Union it is part of: "the EU" as the
        # subject of the statement's own words is the speaker's side, not another actor's stance.
        (
            "fr",
            "Déclaration du commissaire Miguel Arias Cañete sur le commerce",
            "L'UE regrette profondément la décision de la Russie d'interdire les importations agricoles.",
            {(CANETE, "condemns", "Russia")},
        ),
        (
            "en",
            "Statement by Commissioner Miguel Arias Cañete on trade",
            "The EU strongly regrets the decision by Russia to ban agricultural imports.",
            {(CANETE, "condemns", "Russia")},
        ),
    ],
)
def test_an_office_speaks_for_the_union_its_body_is_part_of(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract(extractor, text, lang, title, publisher="European Commission", date=dt.date(2017, 5, 2))
    assert found == expected


NAC_GE_EN = "Statement by the North Atlantic Council on Georgia"
NAC_GE_FR = "Déclaration du Conseil de l'Atlantique Nord sur la Géorgie"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A blamed act said of what is to come (an English modal, a French conditional or future) warns.
        (
            "en",
            "Any attempt by Russia to annex these regions would seriously undermine the stability of the "
            "South Caucasus.",
            {("warns", "Russia")},
        ),
        (
            "fr",
            "Toute tentative de la Russie d'annexer ces régions compromettrait gravement la stabilité du "
            "Caucase du Sud.",
            {("warns", "Russia")},
        ),
        ("fr", "Une telle décision de la Russie violera le droit international.", {("warns", "Russia")}),
        # Negative: said of what is done, it condemns.
        (
            "en",
            "Russia continues to undermine the stability of the South Caucasus.",
            {("condemns", "Russia")},
        ),
        ("fr", "La Russie compromet la stabilité du Caucase du Sud.", {("condemns", "Russia")}),
    ],
)
def test_a_harm_to_come_warns(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A condemnation in the passive is of its subject, and the text's own.
        (
            "en",
            "The recognition by Russia of the so-called independence of Abkhazia deserves to be condemned.",
            {("condemns", "Russia")},
        ),
        (
            "fr",
            "La reconnaissance par la Russie de la prétendue indépendance de l'Abkhazie mérite d'être "
            "condamnée.",
            {("condemns", "Russia")},
        ),
        ("fr", "La décision russe de reconnaître l'Abkhazie doit être condamnée.", {("condemns", "Russia")}),
        # Negative: with its agent named, the condemnation is the agent's, not the text's.
        ("en", "Russia was condemned by Georgia for its decision.", set()),
    ],
)
def test_a_condemnation_in_the_passive(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Accountability to come, said of its subject, warns it.
        ("en", "Russia will be held accountable for these crimes.", {("warns", "Russia")}),
        ("en", "Russia will bear criminal responsibility for this vote.", {("warns", "Russia")}),
        ("fr", "La Russie sera tenue pour responsable de ces crimes.", {("warns", "Russia")}),
        ("fr", "La Russie portera la responsabilité de cette escalade.", {("warns", "Russia")}),
        # Negative: the blame for what was done condemns.
        ("en", "Russia bears full responsibility for the escalation.", {("condemns", "Russia")}),
    ],
)
def test_accountability_to_come_warns(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    "text",
    [
        # Reminding the listener of a fact frames what follows; it calls on no one.
        "Let me remind you once again that the status of Crimea is closed.",
        "I would remind everyone that Crimea has been part of Russia since 2014.",
    ],
)
def test_reminding_the_listener_frames_speech(extractor: Extractor, text: str) -> None:
    title = "Comment by the Foreign Ministry spokesperson"
    found = extract(extractor, text, "en", title, publisher="Russia MFA")
    assert found == set()


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # An opening adverbial runs on through its list of partners: the subject follows its last item.
        (
            "en",
            "Statement by Secretary Pompeo on Georgia",
            "In concert with allies, partners, and the international community, the United States rejects "
            "Russia's occupation of Abkhazia.",
            {("Mike Pompeo", "rejects")},
        ),
        (
            "fr",
            "Déclaration du ministre Le Drian sur la Géorgie",
            "Avec ses alliés, ses partenaires et la communauté internationale, la France rejette "
            "l'occupation de l'Abkhazie par la Russie.",
            {("Jean-Yves Le Drian", "rejects")},
        ),
        # Negative: with no comma after the list, the list is the subject, another actor's stance.
        (
            "fr",
            "Déclaration du ministre Le Drian sur la Géorgie",
            "Avec ses alliés, la Russie et la Chine rejettent l'occupation de l'Abkhazie.",
            set(),
        ),
    ],
)
def test_an_opening_adverbial_runs_through_its_list(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, title, publisher="Foreign ministry", date=dt.date(2019, 3, 1))
    assert {s[:2] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A person goes by the name their own organisation's releases give in full; the short one is
        # still read.
        ("en", "OSCE Secretary General Helga Schmid called on Russia to withdraw its forces."),
        ("fr", "La secrétaire générale de l'OSCE, Helga Maria Schmid, a appelé la Russie au retrait."),
    ],
)
def test_a_person_by_the_full_name_of_their_organisations_releases(
    extractor: Extractor, lang: str, text: str
) -> None:
    found = extract(extractor, text, lang, "News", publisher="OSCE", date=dt.date(2022, 2, 24))
    assert found == {("Helga Maria Schmid", "calls-for", "Russia")}


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # A body's own press release speaks of the body in the third person: its words are its own.
        (
            "en",
            "Chemical weapons: EU lists four individuals",
            "Council of the European Union (press release)",
            "The Council today called on Russia to cooperate fully with the OPCW.",
            {("Council of the European Union", "calls-for", "direct")},
        ),
        (
            "fr",
            "Armes chimiques : l'UE inscrit quatre personnes sur sa liste",
            "Conseil de l'Union européenne (communiqué de presse)",
            "Le Conseil a appelé aujourd'hui la Russie à coopérer pleinement avec l'OIAC.",
            {("Council of the European Union", "calls-for", "direct")},
        ),
        # Negative: a person the publisher reports on is reported.
        (
            "en",
            "Navalny: the Secretary meets the press",
            "US Department of State",
            "The Secretary of State today called on Russia to cooperate fully with the OPCW.",
            {("Mike Pompeo", "calls-for", "indirect")},
        ),
    ],
)
def test_a_publishers_own_words_about_itself_are_direct(
    extractor: Extractor, lang: str, title: str, publisher: str, text: str, expected: set[tuple[str, ...]]
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2020, 10, 15), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    found = {(extractor.vocab.label(s.speaker), s.stance, s.kind) for s in extractor.extract(rel)}
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Sharing something with someone passes it on: no support of what is shared.
        ("fr", "Nous allons partager avec nos partenaires européens des propositions de sanctions.", set()),
        ("en", "We will share with our European partners proposals for sanctions.", set()),
        # Negative: sharing a view supports it.
        ("fr", "Nous partageons pleinement la position de l'OSCE.", {("supports", "OSCE")}),
    ],
)
def test_sharing_with_someone_supports_nothing(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, "Joint statement", publisher="France MFA")
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The speaker's own priority is a pledge to act; an evacuation is a thing pledged.
        (
            "en",
            "Our immediate priority now is to ensure the safe evacuation of civilians from Afghanistan.",
            {("commits", "evacuation")},
        ),
        (
            "fr",
            "Notre priorité est d'assurer l'évacuation des civils d'Afghanistan.",
            {("commits", "evacuation")},
        ),
        # Negative: another actor's priority pledges nothing of the speaker's.
        ("en", "The priority of the Taliban is to ensure the evacuation of their fighters.", set()),
    ],
)
def test_our_priority_is_a_pledge(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = "Press conference by the NATO Secretary General"
    found = extract(extractor, text, lang, title, date=dt.date(2021, 8, 17))
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Common cues of official texts, in both languages ("s'alarme de" was read before, kept to guard it).
        (
            "fr",
            "L'OTAN se réjouit de l'accord de cessez-le-feu conclu en Géorgie.",
            {("welcomes", "ceasefire")},
        ),
        (
            "en",
            "Allies are encouraged by the ceasefire agreement reached in Georgia.",
            {("welcomes", "ceasefire")},
        ),
        ("en", "It is imperative that Russia withdraw its forces from Georgia.", {("calls-for", "Russia")}),
        ("fr", "Il est impératif que la Russie retire ses forces de Géorgie.", {("calls-for", "Russia")}),
        ("fr", "Il est urgent de mettre en œuvre l'accord de cessez-le-feu.", {("calls-for", "ceasefire")}),
        ("en", "We exhort Russia to withdraw its forces from Georgia.", {("calls-for", "Russia")}),
        ("en", "We refute the allegations made by Russia.", {("rejects", "Russian claims")}),
        ("fr", "L'OTAN s'alarme de la présence militaire russe en Géorgie.", {("concerned", "Russia")}),
        (
            "en",
            "Allies are deeply disturbed by the Russian military build-up in Georgia.",
            {("concerned", "Russian military build-up")},
        ),
        ("en", "Allies vow to maintain sanctions against Russia.", {("commits", "sanctions against Russia")}),
        (
            "fr",
            "Les Alliés promettent de maintenir les sanctions contre la Russie.",
            {("commits", "sanctions against Russia")},
        ),
        # Negative: the adjectives of the same words, and another actor's promise.
        ("en", "This is a promising step towards a settlement with Russia.", set()),
        ("en", "The disturbing Russian military build-up in Georgia continues.", set()),
        ("en", "Russia promised to withdraw its forces from Georgia.", set()),
    ],
)
def test_common_cues(extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Blocking is blamed on its subject, named in a cleft as well.
        ("en", "Russia continues to block the work of the OSCE mission.", {("condemns", "Russia")}),
        ("fr", "La Russie bloque la mise en œuvre du cessez-le-feu.", {("condemns", "Russia")}),
        (
            "en",
            "It is Russia that is blocking the implementation of the ceasefire.",
            {("condemns", "Russia")},
        ),
        ("fr", "C'est la Russie qui bloque la mise en œuvre du cessez-le-feu.", {("condemns", "Russia")}),
        ("en", "It is Russia that is violating the ceasefire.", {("condemns", "Russia")}),
        ("fr", "C'est la Russie qui viole le cessez-le-feu.", {("condemns", "Russia")}),
        # Negative: the speaker's own blocking, and the noun (after a determiner too).
        ("en", "We will block any attempt to undermine the ceasefire.", set()),
        ("en", "Allies discussed a block of measures against Russia.", set()),
        ("en", "Georgia and Ukraine form a block of democratic states.", set()),
    ],
)
def test_blocking_and_clefts(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An act of terrorism, aggression or piracy is blamed on whoever committed it.
        (
            "en",
            "The forced landing of the plane by Belarus is an act of state terrorism.",
            {("condemns", "Belarus")},
        ),
        (
            "fr",
            "L'interception de l'avion par la Biélorussie est un acte de piraterie.",
            {("condemns", "Belarus")},
        ),
        ("en", "Russia has committed a new act of aggression against Georgia.", {("condemns", "Russia")}),
        ("fr", "La Russie a commis un nouvel acte d'agression contre la Géorgie.", {("condemns", "Russia")}),
        # Negative: an act no one has committed.
        ("en", "Allies will respond to any act of aggression against Georgia.", set()),
    ],
)
def test_an_act_of_terrorism_or_aggression(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "engager" with an indefinite object opens it; with an actor it calls on them.
        ("Nous engageons également des consultations avec les signataires du Mémorandum de Budapest.", set()),
        (
            "Nous invitons la Géorgie à engager un dialogue avec la société civile.",
            {("calls-for", "Georgia")},
        ),
        ("Nous engageons vivement la Russie à libérer les marins ukrainiens.", {("calls-for", "Russia")}),
        # A lone "nous" before the verb is its subject, not a reflexive pronoun: a call, no pledge.
        ("Nous engageons la Russie à respecter ses obligations.", {("calls-for", "Russia")}),
        # Negative: the reflexive pledge is still read.
        (
            "Nous nous engageons à maintenir les sanctions contre la Russie.",
            {("commits", "sanctions against Russia")},
        ),
        (
            "Nous sommes engagés à maintenir les sanctions contre la Russie.",
            {("commits", "sanctions against Russia")},
        ),
    ],
)
def test_engager_opens_or_calls(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    found = extract(extractor, text, "fr", "Déclaration du ministère", publisher="Ukraine MFA")
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Imposing sanctions pledges them; disagreeing rejects; "insister pour que" calls on.
        ("en", "We will impose further sanctions on Russia.", {("commits", "sanctions against Russia")}),
        ("fr", "Nous imposerons de nouvelles sanctions à la Russie.", {("commits", "sanctions")}),
        ("en", "We strongly disagree with Russia's decision to leave the treaty.", {("rejects", "Russia")}),
        ("fr", "Nous désapprouvons la décision de la Russie de quitter le traité.", {("rejects", "Russia")}),
        ("fr", "Nous insistons pour que la Russie respecte les accords de Minsk.", {("calls-for", "Russia")}),
        # Negative: another's imposing pledges nothing of the speaker's.
        ("en", "Russia imposed restrictions on Ukrainian ships.", set()),
        ("fr", "La Russie a imposé des restrictions aux navires ukrainiens.", set()),
    ],
)
def test_impose_disagree_insist(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # What a welcome or a thanks is for ("for its support") is the other's stance, welcomed.
        ("en", "We thank Georgia for its support to the OSCE.", {("welcomes", "Georgia")}),
        ("en", "We commend Georgia for its commitment to the OSCE.", {("welcomes", "Georgia")}),
        ("fr", "Nous remercions la Géorgie pour son soutien à l'OSCE.", {("welcomes", "Georgia")}),
        ("fr", "Nous saluons la Géorgie pour son engagement en faveur de l'OSCE.", {("welcomes", "Georgia")}),
        # Negative: the speaker's own support, said after, is the speaker's.
        (
            "en",
            "We thank Georgia for its efforts and reaffirm our support for the OSCE.",
            {("welcomes", "Georgia"), ("supports", "OSCE")},
        ),
    ],
)
def test_what_a_thanks_is_for(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The speaker's own objective is what it stands for.
        (
            "en",
            "Our objective remains a political solution to the conflict in Georgia.",
            {("supports", "political solution")},
        ),
        ("en", "Our goal is a lasting ceasefire.", {("supports", "ceasefire")}),
        (
            "fr",
            "Notre objectif demeure une solution politique au conflit en Géorgie.",
            {("supports", "political solution")},
        ),
        ("fr", "Notre objectif est un cessez-le-feu durable.", {("supports", "ceasefire")}),
        # Negative: another actor's objective is no support of the speaker's.
        ("en", "Russia's objective is to destabilise Georgia.", {("condemns", "Russia")}),
        ("fr", "L'objectif de la Russie est de déstabiliser la Géorgie.", {("condemns", "Russia")}),
    ],
)
def test_our_objective_is_supported(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Criticism condemns; advocacy calls for.
        ("en", "We criticise the decision of Belarus to close the border.", {("condemns", "Belarus")}),
        (
            "en",
            "We strongly criticize the decision of Belarus to close the border.",
            {("condemns", "Belarus")},
        ),
        (
            "fr",
            "Nous critiquons la décision de la Biélorussie de fermer la frontière.",
            {("condemns", "Belarus")},
        ),
        (
            "fr",
            "Nous fustigeons la décision de la Biélorussie de fermer la frontière.",
            {("condemns", "Belarus")},
        ),
        (
            "en",
            "We speak out against the decision of Belarus to close the border.",
            {("condemns", "Belarus")},
        ),
        ("en", "We advocate a political solution to the conflict.", {("calls-for", "political solution")}),
        (
            "fr",
            "Nous plaidons pour une solution politique au conflit.",
            {("calls-for", "political solution")},
        ),
        # Negative: another's criticism is no stance of the speaker's.
        ("en", "Belarus criticised the decision of Lithuania to close the border.", set()),
    ],
)
def test_criticism_and_advocacy(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A sentence whose subject is the speaker's side is about what it condemns: "this act" after it.
        (
            "en",
            "Statement by the North Atlantic Council on North Korea",
            "Allies condemn North Korea's launch of a ballistic missile over Japan. This reckless act will "
            "have serious consequences.",
            {("condemns", "North Korea"), ("warns", "North Korea")},
        ),
        (
            "fr",
            "Déclaration du Conseil de l'Atlantique Nord sur la Corée du Nord",
            "Les Alliés condamnent le tir d'un missile balistique par la Corée du Nord au-dessus du Japon. "
            "Cet acte irresponsable aura de graves conséquences.",
            {("condemns", "North Korea"), ("warns", "North Korea")},
        ),
        # Negative: with nothing condemned before, "this act" names nothing.
        (
            "en",
            "Statement by the North Atlantic Council on North Korea",
            "Allies met in Brussels. This reckless act will have serious consequences.",
            set(),
        ),
    ],
)
def test_this_act_is_what_was_condemned(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {s[1:] for s in extract(extractor, text, lang, title)} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A threat to something is blamed on its subject; what is illegitimate or absurd is rejected.
        ("en", "We view NATO's expansion as a threat to our security.", {("condemns", "NATO")}),
        (
            "fr",
            "Nous considérons l'élargissement de l'OTAN comme une menace directe pour notre sécurité.",
            {("condemns", "NATO enlargement")},
        ),
        ("en", "We regard the sanctions as illegitimate.", {("rejects", "sanctions")}),
        ("fr", "Nous estimons que les sanctions sont illégitimes.", {("rejects", "sanctions")}),
        ("en", "The sanctions are absurd.", {("rejects", "sanctions")}),
        ("fr", "Les sanctions sont absurdes.", {("rejects", "sanctions")}),
        # Negative: a threat named with no one behind it blames no one.
        ("en", "We discussed the threat to regional security.", set()),
    ],
)
def test_threats_and_illegitimacy(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = "Commentaire de la porte-parole" if lang == "fr" else "Comment by the spokesperson"
    found = extract(extractor, text, lang, title, publisher="Russia MFA")
    assert {s[1:] for s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A call in the passive ("must be respected") is for the thing that is its subject.
        ("en", "The ceasefire must be respected.", {("calls-for", "ceasefire")}),
        ("en", "Ukraine's sovereignty must be respected.", {("calls-for", "sovereignty of Ukraine")}),
        (
            "fr",
            "L'intégrité territoriale de l'Ukraine doit être respectée.",
            {("calls-for", "territorial integrity of Ukraine")},
        ),
        ("fr", "Le cessez-le-feu doit être respecté.", {("calls-for", "ceasefire")}),
        # Negative: an actor as the subject is called upon by no one.
        ("en", "All illegal armed groups must be disarmed.", set()),
        ("en", "Russia must be respected as a partner.", set()),
    ],
)
def test_a_call_in_the_passive(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    title = (
        "Déclaration du Conseil de l'Atlantique Nord sur l'Ukraine"
        if lang == "fr"
        else "Statement on Ukraine"
    )
    assert {s[1:] for s in extract(extractor, text, lang, title)} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # What the speaker agrees to do is pledged.
        (
            "en",
            "Allies agreed to deploy additional forces to the eastern flank.",
            {("commits", "deployment of additional forces")},
        ),
        (
            "fr",
            "Les Alliés ont convenu de déployer des forces supplémentaires.",
            {("commits", "deployment of additional forces")},
        ),
        (
            "fr",
            "Les Alliés sont convenus de renforcer leur soutien à l'Ukraine.",
            {("commits", "Ukraine"), ("supports", "Ukraine")},
        ),
        # Negative: what another agrees to, or agreeing that something is so.
        ("en", "Russia agreed to withdraw its forces from Georgia.", set()),
    ],
)
def test_agreeing_to_act_pledges(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {
        s[1:] for s in extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    } == expected


def test_the_un_chief_in_french(extractor: Extractor) -> None:
    # UN News names the Secretary-General "le chef de l'ONU" as often as by his title.
    text = "Le chef de l'ONU a exhorté la Russie à cesser les hostilités."
    title = "Ukraine : l'ONU appelle à la paix"
    found = extract(extractor, text, "fr", title, publisher="ONU Info", date=dt.date(2022, 4, 4))
    assert found == {("António Guterres", "calls-for", "Russia")}


@pytest.mark.parametrize(
    ("lang", "title", "publisher", "text", "expected"),
    [
        # A judgement right after an appraisal verb is of what follows it.
        (
            "fr",
            "Ukraine : déclaration",
            "ONU Info",
            "Le Secrétaire général a jugé inacceptable l'attaque contre la centrale nucléaire de Zaporijjia.",
            {("António Guterres", "condemns", "Zaporizhzhia nuclear power plant")},
        ),
        (
            "en",
            "Statement attributable to the Spokesman for the Secretary-General",
            "United Nations",
            "The Secretary-General deems unacceptable the attack on the Zaporizhzhia nuclear power plant.",
            {("António Guterres", "condemns", "Zaporizhzhia nuclear power plant")},
        ),
        # Negative: another actor's judgement is no stance of the speaker's.
        (
            "fr",
            "Ukraine : déclaration",
            "ONU Info",
            "La France estime inacceptable la décision de la Russie.",
            set(),
        ),
    ],
)
def test_a_judgement_after_an_appraisal_verb(
    extractor: Extractor,
    lang: str,
    title: str,
    publisher: str,
    text: str,
    expected: set[tuple[str, str, str]],
) -> None:
    assert extract(extractor, text, lang, title, publisher=publisher, date=dt.date(2022, 4, 4)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "State authorities" in a text about a state are that state's (the French case was read before
        # in this sentence, kept as a guard).
        (
            "en",
            "Belarus held elections on Sunday. State authorities deployed unacceptable violence against "
            "protesters.",
        ),
        (
            "fr",
            "La Biélorussie a tenu des élections dimanche. Les autorités de l'État ont fait usage d'une "
            "violence inacceptable contre les manifestants.",
        ),
    ],
)
def test_state_authorities_are_the_states(extractor: Extractor, lang: str, text: str) -> None:
    title = "Belarus: Declaration by the High Representative on behalf of the EU"
    found = extract(
        extractor, text, lang, title, publisher="Council of the European Union", date=dt.date(2020, 8, 11)
    )
    assert {s[1:] for s in found} == {("condemns", "Belarus")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Nouns of thanks, indignation and dismay, expressed.
        ("en", "Allies expressed their appreciation for the efforts of the OSCE.", {("welcomes", "OSCE")}),
        (
            "en",
            "Allies expressed their gratitude to Georgia for its contribution.",
            {("welcomes", "Georgia")},
        ),
        (
            "fr",
            "Les Alliés ont exprimé leur gratitude à la Géorgie pour sa contribution.",
            {("welcomes", "Georgia")},
        ),
        (
            "fr",
            "Les Alliés ont exprimé leur indignation face à l'attaque russe contre Kramatorsk.",
            {("condemns", "Russia")},
        ),
        (
            "en",
            "Allies expressed their dismay at the Russian decision to leave the treaty.",
            {("concerned", "Russia")},
        ),
        (
            "fr",
            "Les Alliés ont exprimé leur consternation face à la décision de la Russie de quitter le traité.",
            {("concerned", "Russia")},
        ),
    ],
)
def test_nouns_of_thanks_indignation_dismay(
    extractor: Extractor, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {
        s[1:] for s in extract(extractor, text, lang, NAC_GE_FR if lang == "fr" else NAC_GE_EN)
    } == expected
