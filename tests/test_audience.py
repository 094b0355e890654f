"""Audiences: the occasion a release names (a meeting, a press conference, a briefing) and the
person a speaker met or called, in French and English. Sentences written for the test; the
persons not in the vocabulary have names nobody holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest

from statgraph.api import Statgraph
from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import UNLISTED_ACTORS, Extractor
from statgraph.mapping import unlisted_name
from statgraph.namespaces import UNLISTED_GRAPH

VILKAS = UNLISTED_ACTORS + "Tomas_Vilkas"


def audiences(extractor: Extractor, text: str, lang: str, day: dt.date = dt.date(2021, 4, 13)) -> set[str]:
    meta = ReleaseMeta(title="News", date=day, lang=lang, publisher="NATO")
    found = extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    assert found, "the sentence should give a statement"
    v = extractor.vocab
    return {
        (v.label(s.audience) if s.audience in v.entries else unlisted_name(s.audience)) if s.audience else ""
        for s in found
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A meeting verb and the person it governs, through a title, a state's name, "'s".
        (
            "en",
            "Jens Stoltenberg met Ukraine's Foreign Minister Dmytro Kuleba. He condemned Russia's build-up.",
            "Dmytro Kuleba",
        ),
        (
            "en",
            "Jens Stoltenberg met with Dmytro Kuleba on Tuesday. He condemned Russia's build-up.",
            "Dmytro Kuleba",
        ),
        # A meeting noun needs its "with".
        (
            "en",
            "Jens Stoltenberg held talks with Mr Tomas Vilkas. He condemned Russia's build-up.",
            "Tomas Vilkas",
        ),
        (
            "fr",
            "Jens Stoltenberg a reçu son homologue, M. Tomas Vilkas. Il a condamné le renforcement militaire "
            "de la Russie.",
            "Tomas Vilkas",
        ),
        (
            "fr",
            "Jens Stoltenberg s'est entretenu avec le ministre ukrainien des Affaires étrangères, "
            "Dmytro Kuleba. Il a condamné la Russie.",
            "Dmytro Kuleba",
        ),
        # An office named alone: its holder that day.
        (
            "en",
            "Jens Stoltenberg met the Prime Minister of Ukraine. He condemned Russia's build-up.",
            "Denys Shmyhal",
        ),
    ],
)
def test_the_person_met_is_the_audience(extractor: Extractor, lang: str, text: str, expected: str) -> None:
    assert audiences(extractor, text, lang) == {expected}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A meeting noun with no "with", a comma after the meeting word, a passive: no one is met.
        ("en", "During the meeting, the Secretary General Jens Stoltenberg condemned Russia's build-up."),
        ("en", "At the meeting chaired by Dmytro Kuleba, Jens Stoltenberg condemned Russia's build-up."),
        ("en", "The summit was hosted by Dmytro Kuleba. Jens Stoltenberg condemned Russia's build-up."),
        ("fr", "Lors de la rencontre, Jens Stoltenberg a condamné la Russie."),
        # Not after "and": the Allies were met, and the person named after them speaks.
        ("en", "Ministers met the Allies and Jens Stoltenberg condemned Russia's build-up."),
    ],
)
def test_no_one_is_met_without_a_meeting_word_governing_a_person(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert audiences(extractor, text, lang) == {""}


def test_no_one_is_their_own_audience(extractor: Extractor) -> None:
    text = "Jens Stoltenberg met Dmytro Kuleba. Dmytro Kuleba condemned Russia's build-up."
    assert audiences(extractor, text, "en") == {""}


def test_an_occasion_the_audience_scheme_names_comes_before_the_person_met(extractor: Extractor) -> None:
    text = (
        "At a meeting of the NATO-Ukraine Commission, Jens Stoltenberg met Dmytro Kuleba. Jens Stoltenberg "
        "condemned Russia's build-up."
    )
    assert audiences(extractor, text, "en") == {"NATO-Ukraine Commission"}


@pytest.mark.parametrize("name", ["Tomas Vilkas", "Charbel Wehbé", "Jean-Luc van Berg"])
def test_an_unlisted_persons_name_is_read_back_from_the_iri(extractor: Extractor, name: str) -> None:
    text = f"Jens Stoltenberg met Mr {name}. He condemned Russia's build-up."
    (statement,) = (
        s
        for s in extractor.extract(
            Release(
                source="t.txt",
                raw=text,
                text=text,
                meta=ReleaseMeta(title="News", date=dt.date(2021, 4, 13), lang="en", publisher="NATO"),
                format="text",
            )
        )
    )
    assert statement.audience and statement.audience.startswith(UNLISTED_ACTORS)
    assert unlisted_name(statement.audience) == name


EN = """---
title: Secretary General meets Foreign Minister
date: 2021-05-23
lang: en
publisher: NATO
---
NATO Secretary General Jens Stoltenberg met with Foreign Minister Tomas Vilkas in Brussels. The Secretary
General condemned Russia's military build-up around Ukraine.
"""


@pytest.fixture
def store(tmp_path: Path) -> Statgraph:
    path = tmp_path / "2021-05-23_nato_en_vilkas.txt"
    path.write_text(EN, encoding="utf-8")
    sg = Statgraph(tmp_path / "store")
    assert sg.load([path]).exit_code == 0
    return sg


def _graphs_of(sg: Statgraph, subject: str) -> set[str]:
    with sg.view() as (_log, store):
        rows = store.raw.quads_for_pattern(ox.NamedNode(subject), None, None, None)
        return {str(getattr(q.graph_name, "value", "")) for q in rows}


def test_the_store_lists_and_describes_an_unlisted_audience(store: Statgraph) -> None:
    (row,) = store.statements()
    assert (row.speaker, row.audience) == ("Jens Stoltenberg", "Tomas Vilkas")
    rows = [tuple(t.value for t in r) for r in store.query("audience-map").rows]
    assert [r[:3] for r in rows] == [("Jens Stoltenberg", "Tomas Vilkas", "1")]
    assert _graphs_of(store, VILKAS) == {str(UNLISTED_GRAPH)}
    assert store.validate() == []
    store.rebuild()
    assert [(r.speaker, r.audience) for r in store.statements()] == [("Jens Stoltenberg", "Tomas Vilkas")]


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A title naming words said to an assembly: the assembly is the audience.
        (
            "en",
            "Remarks by NATO Secretary General Jens Stoltenberg to the United Nations Security Council",
            "I call on Russia to withdraw its forces from Ukraine.",
            "United Nations Security Council",
        ),
        (
            "fr",
            "Intervention du secrétaire général de l'OTAN, Jens Stoltenberg, au Conseil de sécurité",
            "J'appelle la Russie à retirer ses forces d'Ukraine.",
            "United Nations Security Council",
        ),
        (
            "en",
            "Speech by NATO Secretary General Jens Stoltenberg to the European Parliament",
            "I call on Russia to withdraw its forces from Ukraine.",
            "European Parliament",
        ),
        (
            "fr",
            "Allocution du secrétaire général de l'OTAN, Jens Stoltenberg, au Parlement européen",
            "J'appelle la Russie à retirer ses forces d'Ukraine.",
            "European Parliament",
        ),
        # An interview given to a news outlet, with words describing it between.
        (
            "fr",
            "Interview de Jean Asselborn avec le quotidien allemand Die Welt",
            "Nous condamnons l'annexion de la Crimée par la Russie.",
            "Die Welt",
        ),
        (
            "en",
            "Interview of NATO Secretary General Jens Stoltenberg with the Financial Times",
            "I call on Russia to withdraw its forces from Ukraine.",
            "Financial Times",
        ),
        # Negative: "le monde" in lower case is no newspaper, "devant" or not.
        (
            "fr",
            "Déclaration du secrétaire général de l'OTAN, Jens Stoltenberg",
            "J'appelle la Russie à retirer ses forces d'Ukraine devant le monde entier.",
            "",
        ),
        # Negative: a title whose words are on something said to the Council is not said to it.
        (
            "en",
            "Statement by NATO Secretary General Jens Stoltenberg on the report to the Security Council",
            "I call on Russia to withdraw its forces from Ukraine.",
            "",
        ),
    ],
)
def test_a_title_naming_words_said_to_an_assembly_gives_the_audience(
    extractor: Extractor, lang: str, title: str, text: str, expected: str
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2016, 3, 3), lang=lang, publisher="NATO")
    found = extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    assert found
    assert {extractor.vocab.label(s.audience) if s.audience else "" for s in found} == {expected}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # Answers to a journalist's question, where nothing else names whom they are said to: the media.
        (
            "fr",
            "Commentaire de la porte-parole Maria Zakharova concernant les accusations",
            "Question : Comment commentez-vous les accusations portées contre la Russie ?\n\n"
            "Maria Zakharova : Nous rejetons catégoriquement ces accusations. Nous condamnons cette "
            "campagne de désinformation.",
            "mass media",
        ),
        (
            "en",
            "Comment by Spokeswoman Maria Zakharova on the accusations",
            "Question: How would you comment on the accusations against Russia?\n\nMaria Zakharova: We "
            "categorically reject these accusations. We condemn this disinformation campaign.",
            "mass media",
        ),
        # Negative: with no question asked, no audience.
        (
            "en",
            "Comment by Spokeswoman Maria Zakharova on the accusations",
            "Maria Zakharova: We categorically reject these accusations. We condemn this disinformation "
            "campaign.",
            "",
        ),
        # Negative: a press conference's questions leave the press conference the audience.
        (
            "en",
            "Press conference by Spokeswoman Maria Zakharova",
            "Question: How would you comment on the accusations against Russia?\n\nMaria Zakharova: We "
            "categorically reject these accusations. We condemn this disinformation campaign.",
            "press conference",
        ),
    ],
)
def test_answers_to_a_journalists_question_are_said_to_the_media(
    extractor: Extractor, lang: str, title: str, text: str, expected: str
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2018, 10, 4), lang=lang, publisher="")
    found = extractor.extract(Release(source="t.txt", raw=text, text=text, meta=meta, format="text"))
    assert found
    assert {extractor.vocab.label(s.audience) if s.audience else "" for s in found} == {expected}
