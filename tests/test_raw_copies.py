"""Title, date and language of copied web pages that carry no metadata, in the layouts of the
sites statgraph reads: a site's name, breadcrumbs, page-type labels, date lines, document numbers,
"Share" buttons and captions around the title. Every page here is written for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from statgraph.config import data_dir
from statgraph.pipeline import page_words
from statgraph.readers import PageWords, read_file
from statgraph.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def page() -> PageWords:
    return page_words(load_vocabulary(data_dir("ontology")))


EN = (
    "The Minister condemned the shelling of the town and called on all parties to respect the ceasefire. "
    "She said the attacks on civilians must stop and that those responsible would be held to account."
)
FR = (
    "Le ministre a condamné le bombardement de la ville et appelé toutes les parties à respecter le "
    "cessez-le-feu. Il a déclaré que les attaques contre les civils devaient cesser immédiatement."
)

PAGES = [
    # UN press: the site's name and its rubric above the title, a document number and a type below.
    (
        "United Nations\nMeetings Coverage and Press Releases\n\nSecurity Council Press Statement on "
        "Attack in Harbel\n\nSC/99999\n3 March 2022\nPress Release\n\n" + EN,
        "Security Council Press Statement on Attack in Harbel",
        dt.date(2022, 3, 3),
        "en",
    ),
    # The same site in French.
    (
        "Nations Unies\nCouverture des réunions et communiqués de presse\n\nLe Secrétaire général condamne "
        "l'attaque contre des casques bleus\n\nSG/SM/99999\n3 mars 2022\n\n" + FR,
        "Le Secrétaire général condamne l'attaque contre des casques bleus",
        dt.date(2022, 3, 3),
        "fr",
    ),
    # gov.uk: the site's name, breadcrumbs, then the page type above the title.
    (
        "GOV.UK\n\nHome > World > Foreign affairs\n\nPress release\n\nMinister statement on the shelling "
        "of Harbel\n\nThe Minister condemns the shelling.\n\nFrom: Foreign Office\n"
        "Published: 4 May 2019\n\n" + EN,
        "Minister statement on the shelling of Harbel",
        dt.date(2019, 5, 4),
        "en",
    ),
    # state.gov: breadcrumbs ending on the title, the title, then the type, the speaker and the date.
    (
        "U.S. DEPARTMENT of STATE\n\nHome > Office of the Spokesperson > Press Releases > Shelling of Harbel"
        "\n\nShelling of Harbel\n\nPRESS STATEMENT\nJOHN DOE, DEPARTMENT SPOKESPERSON\nMAY 4, 2019\n\nShare"
        "\n\n" + EN,
        "Shelling of Harbel",
        dt.date(2019, 5, 4),
        "en",
    ),
    # The Commission: the site's name and the type on one line, then the title and the dateline.
    (
        "European Commission - Press release\n\nCommission announces aid for Harbel\n\nBrussels, 4 May 2019"
        "\n\n" + EN,
        "Commission announces aid for Harbel",
        dt.date(2019, 5, 4),
        "en",
    ),
    # The Council: breadcrumbs, then the type and the date (with its hour) above the title.
    (
        "Home > Press > Press releases\n\nPress release\n4 May 2019\n15:55\n\nHarbel: Council adopts "
        "conclusions\n\n" + EN,
        "Harbel: Council adopts conclusions",
        dt.date(2019, 5, 4),
        "en",
    ),
    # EEAS: the site's name, breadcrumbs, the title, then a date in figures.
    (
        "European Union External Action\nHome > Press material\n\nHarbel: Statement by the Spokesperson on "
        "the shelling\n\n04.05.2019\nPress and information team\n\n" + EN,
        "Harbel: Statement by the Spokesperson on the shelling",
        dt.date(2019, 5, 4),
        "en",
    ),
    # OSCE: the site's name, the title, the type and the date.
    (
        "OSCE\n\nChairperson condemns shelling in Harbel\n\nPress release\n4 May 2019\n\n" + EN,
        "Chairperson condemns shelling in Harbel",
        dt.date(2019, 5, 4),
        "en",
    ),
    # mid.ru: the ministry's name above the title, then the date with its hour.
    (
        "Ministry of Foreign Affairs of the Russian Federation\n\nComment by the Information and Press "
        "Department on Harbel\n\n4 May 2019 12:00\n\n" + EN,
        "Comment by the Information and Press Department on Harbel",
        dt.date(2019, 5, 4),
        "en",
    ),
    # diplomatie.gouv.fr: breadcrumbs, the title, "Partager", a photo caption.
    (
        "Accueil > Dossiers pays > Harbel\n\nHarbel - Bombardement de la ville (4 mai 2019)\n\nPartager\n\n"
        "Photo : le ministre à Paris, le 3 mai 2019\n\n" + FR,
        "Harbel - Bombardement de la ville (4 mai 2019)",
        dt.date(2019, 5, 4),
        "fr",
    ),
    # admin.ch (the FDFA's pages): the site's name, the type, the title, the place and the date in figures.
    (
        "Département fédéral des affaires étrangères\nCommuniqué de presse\n\n"
        "Le DFAE condamne le bombardement de Harbel\n\n"
        "Berne, 04.05.2019\n\n" + FR,
        "Le DFAE condamne le bombardement de Harbel",
        dt.date(2019, 5, 4),
        "fr",
    ),
    # state.gov, older: the title first, then the type, the speaker, the office, the place and the date.
    (
        "Statement on the Shelling of Harbel\n\nPress Statement\nJohn Doe\nSecretary of State\n"
        "Washington, DC\nMay 4, 2019\n\n" + EN,
        "Statement on the Shelling of Harbel",
        dt.date(2019, 5, 4),
        "en",
    ),
    # A Canadian ministry: the site's two lines, breadcrumbs, the title, the date and the place.
    (
        "Government of Canada\nGlobal Affairs Canada\nHome > News > Statements\n\nStatement by the Minister "
        "on Harbel\n\nMay 4, 2019 - Ottawa, Ontario\n\n" + EN,
        "Statement by the Minister on Harbel",
        dt.date(2019, 5, 4),
        "en",
    ),
    # A Belgian ministry: the site's name, breadcrumbs, "Actualités", the title, the date.
    (
        "SPF Affaires étrangères\nAccueil > Nouvelles\n\nActualités\n\nLe ministre condamne le bombardement "
        "de Harbel\n\n4 mai 2019\n\n" + FR,
        "Le ministre condamne le bombardement de Harbel",
        dt.date(2019, 5, 4),
        "fr",
    ),
    # The European Parliament: the site's name and the rubric's, breadcrumbs, the title, a date in figures
    # with dashes and its hour, "Share".
    (
        "Parlement européen\nLe Président\nAccueil > Newsroom > Déclarations\n\nDéclaration du Président "
        "sur le bombardement de Harbel\n\n04-05-2019 - 09:30\nPartager cette page :  Facebook  Twitter\n\n"
        + FR,
        "Déclaration du Président sur le bombardement de Harbel",
        dt.date(2019, 5, 4),
        "fr",
    ),
    # UN News: the service's name and motto, the title, a photo's credit, the date and the rubric.
    (
        "UN News\nGlobal perspective Human stories\n\nGuterres condemns shelling of Harbel\n\n"
        "UN Photo/Jane Doe\n4 May 2019\nPeace and Security\n\n" + EN,
        "Guterres condemns shelling of Harbel",
        dt.date(2019, 5, 4),
        "en",
    ),
]


@pytest.mark.parametrize(("text", "title", "date", "lang"), PAGES)
def test_a_raw_copys_title_date_and_language(
    tmp_path: Path, page: PageWords, text: str, title: str, date: dt.date, lang: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    (release,) = read_file(path, page=page)
    assert (release.meta.title, release.meta.date, release.meta.lang) == (title, date, lang)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A label alone above the body stays the title: there is nothing better to call the text.
        ("Statement\n\nBerlin, 14 July 2015\n\n" + EN, "Statement"),
        # A site's name that is the only short line above a paragraph stays too.
        ("United Nations\n\n" + EN + "\n\n4 May 2019", "United Nations"),
        # A title that names an organisation among other words is a title.
        ("United Nations condemns shelling of Harbel\n\n4 May 2019\n\n" + EN,
         "United Nations condemns shelling of Harbel"),
        # A title that holds a date is no date line.
        ("Joint statement on Harbel of 4 May 2019\n\n" + EN, "Joint statement on Harbel of 4 May 2019"),
    ],
)
def test_what_is_no_page_furniture_stays_the_title(
    tmp_path: Path, page: PageWords, text: str, title: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    (release,) = read_file(path, page=page)
    assert release.meta.title == title
