"""The foreign ministries of ontology/actors-ministries.ttl: each is part of a state of actors.ttl, named
"<State> MFA" as the annotation guide names a ministry speaking in its own voice ("Russia MFA"), with
names no other entry has; and a release a ministry issues in its own voice is the ministry's, whether
the file names it as publisher or a web copy prints it as the site's name above its breadcrumbs.
Releases written for the test (not taken from any corpus), in English and French."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from statgraph.config import data_dir
from statgraph.extraction import Extractor
from statgraph.namespaces import SG
from statgraph.pipeline import Preparer
from statgraph.readers import read_file
from statgraph.vocabulary import Entry, Vocabulary

ONTOLOGY = data_dir("ontology")
MINISTRIES_FILE = ONTOLOGY / "actors-ministries.ttl"
ACTOR = "https://w3id.org/statgraph/id/actor/"


def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name (as tests/test_vocabulary_files.py)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", stripped).split())


@pytest.fixture(scope="module")
def vocab(extractor: Extractor) -> Vocabulary:
    return extractor.vocab


@pytest.fixture(scope="module")
def ministries(vocab: Vocabulary) -> list[Entry]:
    """The ministries the file declares, as the vocabulary read them."""
    graph = Graph().parse(MINISTRIES_FILE, format="turtle")
    iris = sorted(str(s) for s in graph.subjects(RDF.type, SG.Organisation) if isinstance(s, URIRef))
    return [vocab.entries[iri] for iri in iris]


def test_the_file_declares_the_ministries_of_many_states(ministries: list[Entry]) -> None:
    assert len(ministries) >= 70


def test_every_ministry_is_part_of_a_state_and_named_after_it(
    vocab: Vocabulary, ministries: list[Entry]
) -> None:
    for ministry in ministries:
        assert ministry.kind == "organisation", ministry.iri
        state = vocab.entries.get(ministry.organisation or "")
        assert state is not None and state.kind == "state", ministry.iri
        assert ministry.iri == state.iri + "-mfa"
        assert ministry.labels["en"][0] == f"{state.labels['en'][0]} MFA"
        assert ministry.labels.get("fr"), f"{ministry.iri} has no French name"


def test_no_name_of_a_ministry_is_the_name_of_another_entry(
    vocab: Vocabulary, ministries: list[Entry]
) -> None:
    """Two entries sharing a name make the extractor's matches ambiguous."""
    owners: dict[str, set[str]] = {}
    for entry in vocab.entries.values():
        for labels in entry.labels.values():
            for label in labels:
                owners.setdefault(norm(label), set()).add(entry.iri)
    shared = {
        label: sorted(owners[norm(label)] - {m.iri})
        for m in ministries
        for labels in m.labels.values()
        for label in labels
        if owners[norm(label)] - {m.iri}
    }
    assert not shared, shared


GENERIC = (
    "Ministry of Foreign Affairs",
    "Foreign Ministry",
    "Ministry for Foreign Affairs",
    "MFA",
    "Department of Foreign Affairs",
    "Department of Foreign Affairs and Trade",
    "Ministry of Foreign and European Affairs",
    "Ministry of Foreign Affairs and Trade",
    "Ministry of Foreign Affairs and International Cooperation",
    "Ministry of Foreign Affairs and European Integration",
    "Ministry of Foreign Affairs and Expatriates",
    "ministère des Affaires étrangères",
    "ministère des Affaires étrangères et européennes",
    "ministère des Affaires étrangères et de la Coopération internationale",
    "DFAT",
)


def test_no_ministry_bears_a_name_several_ministries_bear(ministries: list[Entry]) -> None:
    generic = {norm(name) for name in GENERIC}
    found = {
        (m.iri, label)
        for m in ministries
        for ls in m.labels.values()
        for label in ls
        if norm(label) in generic
    }
    assert not found


# Every EU and NATO member, the Security Council's permanent members, the G20's states, the EU's
# neighbours and candidates: each has its foreign ministry (three of them in actors.ttl, under names
# of their own).
STATES = [
    "austria",
    "belgium",
    "bulgaria",
    "croatia",
    "cyprus",
    "czech-republic",
    "denmark",
    "estonia",
    "finland",
    "france",
    "germany",
    "greece",
    "hungary",
    "ireland",
    "italy",
    "latvia",
    "lithuania",
    "luxembourg",
    "malta",
    "netherlands",
    "poland",
    "portugal",
    "romania",
    "slovakia",
    "slovenia",
    "spain",
    "sweden",
    "albania",
    "canada",
    "iceland",
    "montenegro",
    "north-macedonia",
    "norway",
    "turkey",
    "united-kingdom",
    "united-states",
    "china",
    "russia",
    "argentina",
    "australia",
    "brazil",
    "india",
    "indonesia",
    "japan",
    "mexico",
    "saudi-arabia",
    "south-africa",
    "south-korea",
    "switzerland",
    "serbia",
    "bosnia-and-herzegovina",
    "kosovo",
    "moldova",
    "georgia",
    "belarus",
    "ukraine",
    "armenia",
    "azerbaijan",
    "kazakhstan",
    "israel",
    "iran",
    "egypt",
    "qatar",
    "united-arab-emirates",
    "north-korea",
    "pakistan",
    "nigeria",
]


def test_the_states_an_analyst_meets_have_a_foreign_ministry(vocab: Vocabulary) -> None:
    named = {"german-federal-foreign-office", "us-department-of-state", "uk-foreign-office"}
    ministries = {
        e.organisation
        for e in vocab.entries.values()
        if e.kind == "organisation"
        and (e.labels.get("en", ("",))[0].endswith(" MFA") or e.iri.removeprefix(ACTOR) in named)
    }
    missing = [s for s in STATES if ACTOR + s not in ministries]
    assert not missing, missing


def test_every_state_but_the_holy_see_has_a_foreign_ministry(vocab: Vocabulary) -> None:
    """A communiqué of any state's ministry ("Le Sénégal condamne …") needs the ministry to speak: the
    Holy See's diplomacy is its Secretariat of State, no ministry."""
    named = {"german-federal-foreign-office", "us-department-of-state", "uk-foreign-office"}
    ministries = {
        e.organisation
        for e in vocab.entries.values()
        if e.kind == "organisation"
        and (e.labels.get("en", ("",))[0].endswith(" MFA") or e.iri.removeprefix(ACTOR) in named)
    }
    states = {e.iri for e in vocab.entries.values() if e.kind == "state"} - {ACTOR + "holy-see"}
    assert not sorted(states - ministries)


# ---------------------------------------------------------------- releases in a ministry's own voice


def speakers(
    extractor: Extractor, folder: Path, name: str, text: str
) -> tuple[set[tuple[str, str, str]], str]:
    """(speaker, stance, target) of a release as a load prepares it, and its (inferred) publisher."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    preparer = Preparer(extractor.vocab, extractor, None, 10_000_000)
    (release,) = read_file(path, max_bytes=10_000_000)
    statements = tuple(extractor.extract(release))
    assert all(st.release_id == release.release_id for st in statements)
    v = extractor.vocab
    release = preparer.with_publisher(release, statements)
    publisher = release.meta.publisher or release.inferred_publisher or ""
    return {(v.label(s.speaker), s.stance, v.label(s.target)) for s in statements}, publisher


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def front(title: str, date: str, lang: str, publisher: str, body: str) -> str:
    return f'---\ntitle: "{title}"\ndate: {date}\nlang: {lang}\npublisher: "{publisher}"\n---\n\n{body}\n'


WEB_EN = page(
    "Federal Department of Foreign Affairs FDFA",
    "Home > Documentation > Press releases",
    "Switzerland condemns missile strike on a residential building in Kharkiv",
    "Bern, 12.03.2023",
    "Switzerland condemns in the strongest terms Russia's missile strike on a residential building in "
    "Kharkiv. Eleven civilians were killed during the night. Switzerland calls on Russia to stop all attacks "
    "on civilians and civilian infrastructure.",
)

WEB_FR = page(
    "Département fédéral des affaires étrangères DFAE",
    "Accueil > Documentation > Communiqués de presse",
    "La Suisse condamne la frappe de missiles sur un immeuble d'habitation à Kharkiv",
    "Berne, 12.03.2023",
    "La Suisse condamne avec la plus grande fermeté la frappe de missiles de la Russie contre un immeuble "
    "d'habitation à Kharkiv. Onze civils ont été tués pendant la nuit. La Suisse demande à la Russie de "
    "cesser toute attaque contre des civils et des infrastructures civiles.",
)

WEB_DE = page(
    "Federal Foreign Office",
    "Home > Newsroom > Press releases",
    "Statement on the attack on Ukraine",
    "24.02.2022",
    "Germany condemns in the strongest terms the attack by Russia on Ukraine. Germany calls on Russia to "
    "cease hostilities immediately.",
)

FRONT_EN = front(
    "Switzerland welcomes the agreement on the Black Sea Grain Initiative",
    "2023-05-04",
    "en",
    "Switzerland MFA",
    "Switzerland welcomes the agreement reached in Istanbul on the Black Sea Grain Initiative. Switzerland "
    "calls on Russia to implement the agreement in good faith.",
)

NAMED_EN = front(
    "Press release regarding the attacks against civilians",
    "2023-10-09",
    "en",
    "Ministry of Foreign Affairs of the Republic of Türkiye",
    "The Ministry of Foreign Affairs of Türkiye strongly condemns the attacks against civilians by Hamas. "
    "Türkiye calls on Israel to act with restraint.",
)

NAMED_FR = front(
    "Communiqué sur les référendums organisés dans les régions occupées de l'Ukraine",
    "2022-09-30",
    "fr",
    "Ministère norvégien des Affaires étrangères",
    "Le ministère norvégien des Affaires étrangères condamne fermement l'annexion illégale de régions de "
    "l'Ukraine par la Russie. La Norvège appelle la Russie à retirer ses troupes du territoire ukrainien.",
)


@pytest.mark.parametrize(
    ("name", "text", "expected", "publisher"),
    [
        (
            "2023-03-12_ch_en_web.txt",
            WEB_EN,
            {("Switzerland MFA", "condemns", "Russia"), ("Switzerland MFA", "calls-for", "Russia")},
            "Switzerland MFA",
        ),
        (
            "2023-03-12_ch_fr_web.txt",
            WEB_FR,
            {("Switzerland MFA", "condemns", "Russia"), ("Switzerland MFA", "calls-for", "Russia")},
            "Switzerland MFA",
        ),
        (
            "2023-05-04_ch_en_front.txt",
            FRONT_EN,
            {("Switzerland MFA", "calls-for", "Russia")},
            "Switzerland MFA",
        ),
        (
            "2023-10-09_tr_en_named.txt",
            NAMED_EN,
            {("Turkey MFA", "condemns", "Hamas"), ("Turkey MFA", "calls-for", "Israel")},
            None,
        ),
        (
            "2022-09-30_no_fr_named.txt",
            NAMED_FR,
            {("Norway MFA", "condemns", "Russia"), ("Norway MFA", "calls-for", "Russia")},
            None,
        ),
        (
            "2022-02-24_de_en_web.txt",
            WEB_DE,
            {
                ("German Federal Foreign Office", "condemns", "Russia"),
                ("German Federal Foreign Office", "calls-for", "Russia"),
            },
            "German Federal Foreign Office",
        ),
    ],
    ids=["web-en", "web-fr", "front-matter", "named-en", "named-fr", "web-existing-ministry"],
)
def test_a_release_in_a_ministrys_own_voice_is_the_ministrys(
    extractor: Extractor,
    tmp_path: Path,
    name: str,
    text: str,
    expected: set[tuple[str, str, str]],
    publisher: str | None,
) -> None:
    found, published_by = speakers(extractor, tmp_path, name, text)
    assert expected <= found, found
    assert {speaker for speaker, _s, _t in found} == {speaker for speaker, _s, _t in expected}
    if publisher is not None:
        assert published_by == publisher


def test_a_site_name_naming_no_organisation_sets_no_publisher(extractor: Extractor, tmp_path: Path) -> None:
    text = WEB_EN.replace("Federal Department of Foreign Affairs FDFA", "News of the day")
    found, _publisher = speakers(extractor, tmp_path, "2023-03-12_x_en_web.txt", text)
    assert not any(speaker == "Switzerland MFA" for speaker, _s, _t in found), found


# What the extractor (src/statgraph/extraction.py) does not yet do; see the report of this change.
@pytest.mark.xfail(reason="an organisation named as the subject is no speaker unless it publishes the text")
def test_a_ministry_named_as_the_subject_speaks_in_a_release_naming_no_publisher(
    extractor: Extractor, tmp_path: Path
) -> None:
    text = NAMED_EN.replace('publisher: "Ministry of Foreign Affairs of the Republic of Türkiye"\n', "")
    found, _publisher = speakers(extractor, tmp_path, "2023-10-09_x_en.txt", text)
    assert ("Turkey MFA", "condemns", "Hamas") in found, found


def test_a_dateline_before_the_state_does_not_hide_the_publisher(
    extractor: Extractor, tmp_path: Path
) -> None:
    text = WEB_EN.replace(
        "Bern, 12.03.2023\n\nSwitzerland condemns", "Bern, 12.03.2023 - Switzerland condemns"
    )
    found, _publisher = speakers(extractor, tmp_path, "2023-03-12_y_en_web.txt", text)
    assert ("Switzerland MFA", "condemns", "Russia") in found, found
