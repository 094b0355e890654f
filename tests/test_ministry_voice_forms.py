"""A state's ministry speaking in a communiqué of its own under the forms releases give it: the state by
its official name ("The State of Qatar", "Le Royaume du Maroc"), by its form and government ("The Kingdom
of …", "Le Gouvernement du …"), the ministry or the kingdom named by the noun alone ("The Ministry …",
"Le Royaume …"), and a publisher that names the state and its foreign affairs but no ministry the
vocabulary knows. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import Extractor


def speakers(extractor: Extractor, text: str, lang: str, publisher: str, title: str = "Kharkiv") -> set[str]:
    meta = ReleaseMeta(title=title, date=dt.date(2024, 3, 2), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    return {v.label(s.speaker) for s in extractor.extract(rel)}


@pytest.mark.parametrize(
    ("lang", "publisher", "text", "expected"),
    [
        # "State" opening a longer name is the name, not the verb "to state".
        ("en", "Qatar MFA", "The State of Qatar firmly condemns Russia's shelling of Odesa.", {"Qatar MFA"}),
        # The state's form and government before its name.
        ("en", "Egypt MFA", "The Arab Republic of Egypt condemns Russia's shelling of Odesa.", {"Egypt MFA"}),
        ("en", "Egypt MFA", "The Government of Egypt condemns Russia's shelling of Odesa.", {"Egypt MFA"}),
        (
            "fr",
            "Morocco MFA",
            "Le Gouvernement du Maroc condamne le bombardement d'Odessa par la Russie.",
            {"Morocco MFA"},
        ),
        # The noun alone that the ministry names itself or its kingdom with.
        ("en", "Qatar MFA", "The Ministry of Foreign Affairs calls on Russia to stop.", {"Qatar MFA"}),
        ("en", "Saudi Arabia MFA", "The Kingdom calls on Russia to stop the shelling.", {"Saudi Arabia MFA"}),
        ("fr", "Morocco MFA", "Le Royaume appelle la Russie à cesser les bombardements.", {"Morocco MFA"}),
        ("fr", "Morocco MFA", "Le Ministère réaffirme son soutien à l'Ukraine.", {"Morocco MFA"}),
        # A ministry's long name, its own state's people in it; the state's form with an article.
        (
            "fr",
            "Senegal MFA",
            "Le Ministère de l'Intégration africaine et des Affaires étrangères réaffirme son soutien à "
            "l'Ukraine.",
            {"Senegal MFA"},
        ),
        (
            "fr",
            "Senegal MFA",
            "Le Ministère des Affaires étrangères et des Sénégalais de l'Extérieur réaffirme son soutien à "
            "l'Ukraine.",
            {"Senegal MFA"},
        ),
        (
            "fr",
            "Senegal MFA",
            "Le Gouvernement de la République du Sénégal réaffirme son soutien à l'Ukraine.",
            {"Senegal MFA"},
        ),
        # After a dateline too.
        (
            "fr",
            "Morocco MFA",
            "Rabat, 2 mars 2024 - Le Royaume appelle la Russie à cesser les bombardements.",
            {"Morocco MFA"},
        ),
    ],
)
def test_a_ministry_speaks_under_the_forms_of_its_state(
    extractor: Extractor, lang: str, publisher: str, text: str, expected: set[str]
) -> None:
    assert speakers(extractor, text, lang, publisher) == expected


@pytest.mark.parametrize(
    ("lang", "publisher", "text"),
    [
        # Another state's government, kingdom or ministry is no voice of the publisher's.
        ("en", "Qatar MFA", "The Government of Ukraine calls on Russia to stop the shelling."),
        ("en", "Qatar MFA", "The Ministry of Defence of Ukraine calls on Russia to stop the shelling."),
        ("fr", "Morocco MFA", "Le Gouvernement de l'Ukraine appelle la Russie à cesser les bombardements."),
        # A noun many states share, alone, may be another's: no voice.
        ("en", "Qatar MFA", "The Government calls on Russia to stop the shelling."),
        ("fr", "Morocco MFA", "Le Ministère des Affaires étrangères de l'Ukraine appelle la Russie à agir."),
        # Named after the verb, as another's object: no subject.
        ("en", "Saudi Arabia MFA", "Russia called on the Kingdom to stop its support for Ukraine."),
    ],
)
def test_no_other_actor_lends_the_ministry_its_voice(
    extractor: Extractor, lang: str, publisher: str, text: str
) -> None:
    assert publisher not in speakers(extractor, text, lang, publisher)


@pytest.mark.parametrize(
    ("lang", "publisher", "text", "expected"),
    [
        # A publisher naming the state and its foreign affairs, in a name the vocabulary does not hold:
        # the state's ministry.
        (
            "fr",
            "Royaume du Maroc, Ministère des Affaires étrangères et de la Diaspora",
            "Le Maroc condamne le bombardement d'Odessa par la Russie.",
            {"Morocco MFA"},
        ),
        (
            "en",
            "Kingdom of Saudi Arabia, Ministry of Foreign Affairs and Cooperation",
            "Saudi Arabia condemns Russia's shelling of Odesa.",
            {"Saudi Arabia MFA"},
        ),
        # A state whose ministry's many names the vocabulary does not list: its ministry all the same.
        (
            "fr",
            "République du Sénégal, Ministère de l'Intégration africaine et des Affaires étrangères",
            "Le Sénégal condamne le bombardement d'Odessa par la Russie.",
            {"Senegal MFA"},
        ),
        # Naming the state alone, the state.
        ("en", "Kingdom of Saudi Arabia", "Saudi Arabia condemns Russia's strike.", {"Saudi Arabia"}),
        # Two states: no one ministry.
        (
            "en",
            "Ministries of Foreign Affairs of Qatar and Saudi Arabia",
            "Saudi Arabia condemns Russia's shelling of Odesa.",
            set(),
        ),
    ],
)
def test_a_publisher_naming_a_state_and_its_foreign_affairs_is_its_ministry(
    extractor: Extractor, lang: str, publisher: str, text: str, expected: set[str]
) -> None:
    assert speakers(extractor, text, lang, publisher) == expected


@pytest.mark.parametrize(
    ("lang", "publisher", "title", "text", "expected"),
    [
        # A spokesperson who gives out a person's words, in the title: that person's.
        (
            "en",
            "Federal Foreign Office",
            "Statement by the Spokesperson on behalf of Foreign Minister Heiko Maas on the Odesa shelling",
            "We condemn Russia's shelling of Odesa.",
            "Heiko Maas",
        ),
        (
            "fr",
            "Ministère de l'Europe et des Affaires étrangères",
            "Déclaration du porte-parole au nom du ministre de l'Europe et des Affaires étrangères",
            "Nous condamnons le bombardement d'Odessa par la Russie.",
            "Jean-Yves Le Drian",
        ),
        # … or in the line that opens the body.
        (
            "en",
            "Federal Foreign Office",
            "Odesa",
            "The Spokesperson issued the following statement on behalf of Foreign Minister Heiko Maas:\n\n"
            "We condemn Russia's shelling of Odesa.",
            "Heiko Maas",
        ),
        (
            "fr",
            "Ministère de l'Europe et des Affaires étrangères",
            "Odessa",
            "Le porte-parole a fait la déclaration suivante au nom du ministre Jean-Yves Le Drian :\n\n"
            "La France condamne le bombardement d'Odessa par la Russie.",
            "Jean-Yves Le Drian",
        ),
        # On behalf of a body, still the body.
        (
            "en",
            "Council of the European Union",
            "Declaration by the High Representative on behalf of the EU on the Odesa shelling",
            "We condemn Russia's shelling of Odesa.",
            "European Union",
        ),
    ],
)
def test_words_given_out_on_behalf_of_a_person_are_that_persons(
    extractor: Extractor, lang: str, publisher: str, title: str, text: str, expected: str
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2020, 5, 4), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    assert {v.label(s.speaker) for s in extractor.extract(rel)} == {expected}


@pytest.mark.parametrize(
    ("lang", "publisher", "title", "text", "expected"),
    [
        # A joint text of ministers named with their titles: each of them.
        (
            "en",
            "Federal Foreign Office",
            "Joint statement by Foreign Minister Heiko Maas and Foreign Minister Jean-Yves Le Drian on Odesa",
            "We condemn Russia's shelling of Odesa.",
            {"Heiko Maas", "Jean-Yves Le Drian"},
        ),
        # The foreign ministers of the states named: each minister in office that day.
        (
            "en",
            "Federal Foreign Office",
            "Joint statement by the Foreign Ministers of France, Germany and Poland on Odesa",
            "We condemn Russia's shelling of Odesa.",
            {"Heiko Maas", "Jean-Yves Le Drian", "Jacek Czaputowicz"},
        ),
        (
            "fr",
            "Ministère de l'Europe et des Affaires étrangères",
            "Déclaration conjointe des ministres des Affaires étrangères de la France et de l'Allemagne",
            "Nous condamnons le bombardement d'Odessa par la Russie.",
            {"Heiko Maas", "Jean-Yves Le Drian"},
        ),
        # A group's ministers named as the group stay the group.
        (
            "en",
            "Ministry of Foreign Affairs of Japan",
            "Statement by the Foreign Ministers of the G7 on Odesa",
            "We condemn Russia's shelling of Odesa.",
            {"G7 Foreign Ministers"},
        ),
    ],
)
def test_a_joint_text_of_ministers_is_each_ministers(
    extractor: Extractor, lang: str, publisher: str, title: str, text: str, expected: set[str]
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2020, 5, 4), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    v = extractor.vocab
    assert {v.label(s.speaker) for s in extractor.extract(rel)} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A caption names the person and the title the text calls them by.
        (
            "en",
            "Photo: Tomas Vilkas, Minister of Foreign Affairs, in Vilnius.\n\n"
            "The Minister condemned Russia's shelling of Odesa.",
            {"Tomas Vilkas"},
        ),
        (
            "en",
            "Tomas Vilkas, Minister of Foreign Affairs (photo)\n\n"
            "The Minister condemned Russia's shelling of Odesa.",
            {"Tomas Vilkas"},
        ),
        (
            "fr",
            "Photo : M. Jean Dupuis, ministre des Affaires étrangères, à Vilnius.\n\n"
            "Le ministre a condamné le bombardement d'Odessa par la Russie.",
            {"Jean Dupuis"},
        ),
        # A name set off with no title after it gives "the Minister" no one.
        (
            "en",
            "Photo: Tomas Vilkas, a student, in Vilnius.\n\n"
            "The Minister condemned Russia's shelling of Odesa.",
            set(),
        ),
    ],
)
def test_a_title_set_off_after_a_name_names_that_person_again(
    extractor: Extractor, lang: str, text: str, expected: set[str]
) -> None:
    meta = ReleaseMeta(title="Odesa", date=dt.date(2020, 5, 4), lang=lang, publisher="Lithuania MFA")
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    found: set[str] = set()
    for s in extractor.extract(rel):
        found.add(s.speaker_name or extractor.vocab.label(s.speaker))
    assert found == expected


TWO_MINISTERS = "Joint press conference by Foreign Minister Tomas Vilkas and Foreign Minister Anna Berzina"


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # Two speakers the vocabulary does not list, named in full in the title, then by name or
        # surname in the turns' labels: each turn is its speaker's.
        (
            "en",
            TWO_MINISTERS,
            "Foreign Minister Tomas Vilkas: We condemn Russia's build-up.\n\n"
            "Foreign Minister Anna Berzina: We call on Russia to withdraw.\n\n"
            "Question: And sanctions?\n\n"
            "Tomas Vilkas: We support the sovereignty of Ukraine.\n\n"
            "Anna Berzina: We call on our partners to impose sanctions on Russia.",
            {
                ("Tomas Vilkas", "condemns"),
                ("Anna Berzina", "calls-for"),
                ("Tomas Vilkas", "supports"),
            },
        ),
        (
            "en",
            TWO_MINISTERS,
            "Minister Vilkas: We condemn Russia's build-up.\n\n"
            "MINISTER BERZINA: We call on Russia to withdraw.\n\n"
            "Question: And Ukraine?\n\n"
            "VILKAS: We support the sovereignty of Ukraine.",
            {("Tomas Vilkas", "condemns"), ("Anna Berzina", "calls-for"), ("Tomas Vilkas", "supports")},
        ),
        # A French label with its title in lower case.
        (
            "fr",
            "Conférence de presse du ministre Tomas Vilkas et de la ministre Anna Berzina",
            "M. Vilkas : Nous condamnons le renforcement militaire de la Russie.\n\n"
            "La ministre Berzina : Nous appelons la Russie à retirer ses forces.",
            {("Tomas Vilkas", "condemns"), ("Anna Berzina", "calls-for")},
        ),
    ],
)
def test_each_turn_of_a_transcript_is_its_labels_speaker(
    extractor: Extractor, lang: str, title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2021, 4, 13), lang=lang, publisher="Lithuania MFA")
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    found = {(s.speaker_name or extractor.vocab.label(s.speaker), s.stance) for s in extractor.extract(rel)}
    assert expected <= found
    assert {who for who, _ in found} == {who for who, _ in expected}


@pytest.mark.parametrize(
    ("lang", "publisher", "title", "text", "expected"),
    [
        # A statement a spokesperson gives out for the Secretary-General is the Secretary-General's, in
        # his own voice: "He calls …" is his, not the spokesperson's.
        (
            "en",
            "United Nations",
            "Statement by the Spokesperson for the Secretary-General on the Odesa shelling",
            "The Secretary-General condemns Russia's shelling of Odesa. He calls on Russia to stop.",
            {("António Guterres", "direct")},
        ),
        (
            "fr",
            "Nations Unies",
            "Déclaration du Porte-parole du Secrétaire général sur le bombardement d'Odessa",
            "Le Secrétaire général condamne le bombardement d'Odessa par la Russie. Il appelle la Russie à "
            "cesser.",
            {("António Guterres", "direct")},
        ),
        # A spokesperson the vocabulary names as a voice of its own keeps it.
        (
            "en",
            "European External Action Service (EEAS)",
            "Statement by the Spokesperson of the EU High Representative on the Odesa shelling",
            "The EU condemns Russia's shelling of Odesa.",
            {("Spokesperson of the EU High Representative", "direct")},
        ),
    ],
)
def test_a_statement_given_out_by_a_spokesperson_for_a_principal_is_the_principals(
    extractor: Extractor, lang: str, publisher: str, title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    meta = ReleaseMeta(title=title, date=dt.date(2021, 4, 13), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    assert {(extractor.vocab.label(s.speaker), s.kind) for s in extractor.extract(rel)} == expected


@pytest.mark.parametrize(
    ("lang", "publisher", "text"),
    [
        # The ministry named again by its noun, wherever it stands and whatever the reporting clause.
        ("en", "Qatar MFA", "“We condemn Russia's shelling of Odesa in strong terms,” the Ministry said."),
        ("en", "Qatar MFA", "In a statement, the Ministry condemned Russia's shelling of Odesa."),
        (
            "fr",
            "Senegal MFA",
            "« Nous condamnons fermement le bombardement d'Odessa par la Russie », a déclaré le Ministère.",
        ),
        ("fr", "Senegal MFA", "Dans un communiqué, le Ministère condamne le bombardement russe d'Odessa."),
    ],
)
def test_the_ministry_named_again_by_its_noun_is_the_publishers_voice(
    extractor: Extractor, lang: str, publisher: str, text: str
) -> None:
    assert speakers(extractor, text, lang, publisher) == {publisher}


def test_a_ministry_noun_in_another_publishers_release_is_no_voice(extractor: Extractor) -> None:
    # From a body that is no state's ministry, "the Ministry" is someone else's.
    text = "In a statement, the Ministry condemned Russia's shelling of Odesa."
    assert speakers(extractor, text, "en", "Council of the European Union") == set()


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        # In a text in its own voice, a body named before an infinitive is that infinitive's object, not
        # the subject of a reporting verb further on.
        (
            "en",
            "Georgia: Declaration by the High Representative on behalf of the EU on the Gori shelling",
            "The EU will continue to support Georgia ahead of the next Foreign Affairs Council to review "
            "the shelling of Gori and the way the authorities have responded to it.",
        ),
        (
            "fr",
            "Géorgie : déclaration du haut représentant, au nom de l'UE, sur le bombardement de Gori",
            "L'UE continuera de soutenir la Géorgie avant le prochain Conseil des affaires étrangères pour "
            "examiner le bombardement de Gori et la manière dont les autorités ont répondu.",
        ),
    ],
)
def test_a_body_before_an_infinitive_is_no_subject_in_a_text_in_its_own_voice(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    publisher = "Council of the European Union"
    meta = ReleaseMeta(title=title, date=dt.date(2021, 3, 2), lang=lang, publisher=publisher)
    rel = Release(source="t.txt", raw=text, text=text, meta=meta, format="text")
    found = {(extractor.vocab.label(s.speaker), s.kind) for s in extractor.extract(rel)}
    assert found == {("European Union", "direct")}
