"""A text in its own voice (a ministry's, a council's) may still report what a named person said:
a person named as the subject of a stance verb speaks, not the voice. Sentences written for the
test."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor

# The last paragraph's first person ("Notre ambassade", "Our embassy") makes the text the
# publisher's own voice.
TAIL = {
    "fr": "\n\nLa Belgique suit la situation de près. Notre ambassade reste en contact avec eux.",
    "en": "\n\nBelgium is following the situation closely. Our embassy remains in contact with them.",
}


def said(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    meta = ReleaseMeta(title="Niger", date=dt.date(2023, 7, 27), lang=lang, publisher="Belgium")
    body = text + TAIL[lang]
    v = extractor.vocab
    return {
        (v.label(s.speaker), s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=body, text=body, meta=meta, format="text"))
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La ministre des Affaires étrangères, des Affaires européennes et du Commerce extérieur, Hadja "
            "Lahbib, condamne fermement le coup d'État militaire de la junte au Niger.",
        ),
        (
            "fr",
            "La ministre Hadja Lahbib a fermement condamné le coup d'État militaire de la junte au Niger.",
        ),
        ("en", "Foreign Minister Hadja Lahbib strongly condemned the military coup by the junta in Niger."),
    ],
)
def test_a_person_subject_of_a_stance_verb_speaks_in_a_voiced_text(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert {sp for sp, _st, _t in said(extractor, text, lang)} == {"Hadja Lahbib"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The person is an object, not the subject of the verb.
        ("en", "Belgium welcomes the efforts of Hadja Lahbib and condemns the military coup in Niger."),
        # The verb is inside a quote: the quote's own attribution decides, not this rule.
        ("fr", "« La Belgique condamne le coup d'État au Niger », a rappelé l'ambassade."),
    ],
)
def test_the_voice_speaks_when_no_person_is_the_verbs_subject(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert "Hadja Lahbib" not in {sp for sp, _st, _t in said(extractor, text, lang)}


def _web_copy(extractor: Extractor, head: str, body: str, lang: str) -> set[tuple[str, str, str]]:
    title = "Statement on the attack"
    text = f"{head}\n\n{title}\n\n3 March 2021\n\n{body}"
    meta = ReleaseMeta(title=title, date=dt.date(2021, 3, 3), lang=lang, publisher=None)
    v = extractor.vocab
    return {
        (v.label(s.speaker), s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    }


@pytest.mark.parametrize(
    ("head", "body", "lang", "expected"),
    [
        # The site's name is an organisation of the vocabulary.
        (
            "Ministry of Foreign Affairs of the Russian Federation\nHome > Press service",
            "We strongly condemn the attack on the embassy by the Taliban.",
            "en",
            {("Russia MFA", "condemns", "Taliban")},
        ),
        # A state and the words of a foreign ministry: that state's.
        (
            "RUSSIAN FEDERATION\nMINISTRY OF FOREIGN AFFAIRS\nHome > Press service",
            "We strongly condemn the attack on the embassy by the Taliban.",
            "en",
            {("Russia MFA", "condemns", "Taliban")},
        ),
        (
            "RÉPUBLIQUE FRANÇAISE\nMinistère de l'Europe et des Affaires étrangères\nAccueil > Actualités",
            "Nous condamnons fermement l'attaque de l'ambassade par les talibans.",
            "fr",
            {("France MFA", "condemns", "Taliban")},
        ),
    ],
)
def test_a_web_copys_masthead_names_its_publisher_who_speaks_in_the_first_person(
    extractor: Extractor, head: str, body: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _web_copy(extractor, head, body, lang) == expected


def test_a_masthead_of_two_states_or_no_ministry_names_no_publisher(extractor: Extractor) -> None:
    body = "We strongly condemn the attack on the embassy by the Taliban."
    two_states = "RUSSIAN FEDERATION\nUKRAINE\nMINISTRY OF FOREIGN AFFAIRS"
    assert _web_copy(extractor, two_states, body, "en") == set()
    assert _web_copy(extractor, "RUSSIAN FEDERATION\nMINISTRY OF DEFENCE", body, "en") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La France condamne fermement l'attaque de l'ambassade par les talibans."),
        ("en", "France strongly condemns the attack on the embassy by the Taliban."),
        # After a dateline, the state's name still opens the text.
        ("en", "Paris, 3 March 2021 - France strongly condemns the attack on the embassy by the Taliban."),
    ],
)
def test_a_publisher_speaking_through_its_states_name_says_its_own_words_after_a_dateline_too(
    extractor: Extractor, lang: str, text: str
) -> None:
    meta = ReleaseMeta(title="Afghanistan", date=dt.date(2021, 3, 3), lang=lang, publisher="France MFA")
    found = extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    v = extractor.vocab
    assert {(v.label(s.speaker), s.stance, v.label(s.target), s.kind) for s in found} == {
        ("France MFA", "condemns", "Taliban", "direct")
    }


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "fr",
            "Déclaration du Secrétaire général sur la situation au Mali",
            "La déclaration suivante a été communiquée par le Porte-parole de M. António Guterres, "
            "Secrétaire général de l'ONU :\n\nLe Secrétaire général condamne fermement le coup d'État "
            "des militaires au Mali.",
        ),
        (
            "en",
            "Statement by the Secretary-General on Mali",
            "The following statement was issued by the Spokesperson for António Guterres:\n\nThe "
            "Secretary-General strongly condemns the attack by the junta in Mali.",
        ),
    ],
)
def test_an_office_several_bodies_have_is_the_one_whose_holder_the_text_names(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2020, 8, 18), lang=lang, publisher=None)
    found = extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    assert found and {extractor.vocab.label(s.speaker) for s in found} == {"António Guterres"}



def test_a_person_named_after_a_preposition_at_a_sentences_start_is_no_subject(extractor: Extractor) -> None:
    """ "In her conversation with X, she urged …": X, named in the sentence's opening phrase, is whom
    she spoke with, not the one "she" will mean; Baerbock keeps speaking."""
    text = (
        "Foreign Minister Annalena Baerbock issued the following statement in Berlin today:\n\n"
        "“We stand with Ukraine,” said Baerbock.\n\n"
        "Baerbock then spoke by telephone with Foreign Minister Sergey Lavrov. In her conversation "
        "with Lavrov, she urged Russia to withdraw its troops."
    )
    meta = ReleaseMeta(title="Statement", date=dt.date(2023, 9, 19), lang="en", publisher="Germany")
    v = extractor.vocab
    found = {
        (v.label(s.speaker), s.stance, v.label(s.target))
        for s in extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    }
    assert found == {
        ("Annalena Baerbock", "supports", "Ukraine"),
        ("Annalena Baerbock", "calls-for", "Russia"),
    }
