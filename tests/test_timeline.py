"""Stance timelines (statgraph.timeline): PNG and SVG via matplotlib, HTML with an inline SVG of our own."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from statgraph.errors import InputError
from statgraph.timeline import STANCE_COLOURS, TimelinePoint, points_from_rows, render_timeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "releases"
SVG = "{http://www.w3.org/2000/svg}"
NASTY = 'He said <script>alert("x")</script> & it\'s "done"'

JENS, FM, NAC = "Jens Stoltenberg", "Federica Mogherini", "North Atlantic Council"
POINTS = [
    TimelinePoint(dt.date(2014, 10, 31), JENS, "condemns", "Russia", NASTY, "a.txt"),
    TimelinePoint(dt.date(2014, 10, 31), JENS, "calls-for", "Russia", "I call on Russia", "a.txt"),
    TimelinePoint(dt.date(2014, 11, 2), FM, "supports", "Minsk agreements", "We support", "b.txt"),
    TimelinePoint(dt.date(2015, 2, 12), "Ban Ki-moon", "welcomes", "ceasefire", "Je salue", "c.txt"),
    TimelinePoint(dt.date(2017, 7, 10), JENS, "welcomes", "Ukraine", "thanked Ukraine", "d.txt"),
    TimelinePoint(dt.date(2021, 12, 16), NAC, "warns", "Russia", "massive costs", "e.txt"),
]


def svg_of_html(page: str) -> ET.Element:
    m = re.search(r"<svg\b.*?</svg>", page, re.DOTALL)
    assert m, "no inline svg"
    return ET.fromstring(m.group())


def marks(root: ET.Element) -> list[ET.Element]:
    return [c for c in root.iter(f"{SVG}circle") if c.get("class") == "mark"]


# ------------------------------------------------------------------------------------------- formats


def test_png_has_the_signature_and_is_not_blank(tmp_path: Path) -> None:
    import matplotlib.image as mpimg
    import numpy as np

    out = tmp_path / "t.png"
    render_timeline(POINTS, out, title="Russia")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = np.asarray(mpimg.imread(out))
    assert pixels.ndim == 3 and pixels.shape[0] > 100 and pixels.shape[1] > 500
    assert float(pixels[..., :3].var()) > 1e-3  # not a blank canvas
    # The stance colours are really drawn: condemns' vermillion is somewhere in the picture.
    r, g, b = (int(STANCE_COLOURS["condemns"][i : i + 2], 16) / 255 for i in (1, 3, 5))
    close = np.all(np.abs(pixels[..., :3] - np.array([r, g, b])) < 0.02, axis=-1)
    assert close.sum() > 20


def test_svg_has_one_mark_per_point(tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    render_timeline(POINTS, out, title="Russia")
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    groups = [g for g in root.iter(f"{SVG}g") if g.get("id") == "timeline-marks"]
    assert len(groups) == 1
    assert len(list(groups[0].iter(f"{SVG}use"))) == len(POINTS)
    text = out.read_text(encoding="utf-8")
    for speaker in {p.speaker for p in POINTS}:
        assert speaker in text  # lane labels are text (svg.fonttype none), so searchable
    for stance in STANCE_COLOURS:
        assert stance in text  # the legend names all eight stance types


def test_svg_is_reproducible(tmp_path: Path) -> None:
    render_timeline(POINTS, tmp_path / "a.svg", title="Russia")
    render_timeline(list(reversed(POINTS)), tmp_path / "b.svg", title="Russia")
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


def test_html_marks_carry_escaped_titles(tmp_path: Path) -> None:
    out = tmp_path / "t.html"
    render_timeline(POINTS, out, title="Russia <&> co")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page  # neither ours nor the quote's
    assert "<title>Russia &lt;&amp;&gt; co</title>" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing fetched
    root = svg_of_html(page)
    found = marks(root)
    assert len(found) == len(POINTS)
    titles = [m.find(f"{SVG}title") for m in found]
    assert all(t is not None and t.text for t in titles)
    texts = [t.text or "" for t in titles if t is not None]
    nasty = [t for t in texts if NASTY in t]  # the parsed text is the quote itself, so it was escaped right
    assert len(nasty) == 1
    assert "2014-10-31" in nasty[0] and "Jens Stoltenberg" in nasty[0]
    assert "condemns" in nasty[0] and "Russia" in nasty[0]
    assert html.escape(NASTY, quote=True) in page
    # Each mark is coloured by its stance's fixed colour.
    for m in found:
        assert m.get("fill") == STANCE_COLOURS[m.get("data-stance") or ""]


def test_html_lanes_one_per_speaker_and_marks_at_their_dates(tmp_path: Path) -> None:
    out = tmp_path / "t.html"
    render_timeline(POINTS, out, title="Russia")
    root = svg_of_html(out.read_text(encoding="utf-8"))
    speakers = [t for t in root.iter(f"{SVG}text") if t.get("class") == "speaker"]
    assert len(speakers) == len({p.speaker for p in POINTS})
    found = marks(root)
    by_date = sorted(found, key=lambda m: m.get("data-date") or "")
    xs = [float(m.get("cx") or 0) for m in by_date]
    assert xs == sorted(xs)  # later dates further right
    same_day = [m for m in found if m.get("data-date") == "2014-10-31"]
    assert len(same_day) == 2 and same_day[0].get("cy") != same_day[1].get("cy")  # spread, not stacked


def test_empty_timeline_still_renders(tmp_path: Path) -> None:
    for suffix in (".html", ".svg"):
        out = tmp_path / f"empty{suffix}"
        render_timeline([], out, title="nothing")
        assert "no statements" in out.read_text(encoding="utf-8")


def test_unknown_stance_gets_a_colour_and_a_legend_entry(tmp_path: Path) -> None:
    odd = [TimelinePoint(dt.date(2020, 1, 1), "X", "mocks", "Y", "q", "s")]
    out = tmp_path / "odd.html"
    render_timeline(odd, out, title="odd")
    page = out.read_text(encoding="utf-8")
    assert "mocks (1)" in page


# ------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize("name", ["t.pdf", "t", "t.jpeg"])
def test_unknown_suffix_is_an_input_error_of_one_line(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError) as info:
        render_timeline(POINTS, tmp_path / name, title="x")
    assert "\n" not in str(info.value)
    assert ".png" in str(info.value)
    assert not (tmp_path / name).exists()


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        render_timeline(POINTS, tmp_path / "nope" / "t.html", title="x")


def test_writes_atomically_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    out.write_text("old")
    render_timeline(POINTS, out, title="x")
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.svg"]


def test_importing_the_module_does_not_import_matplotlib() -> None:
    code = "import sys, statgraph.timeline; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# ------------------------------------------------------------------------------------------- rows


def test_points_from_rows() -> None:
    rows = [
        {"date": "2014-11-18", "speaker": "Jens Stoltenberg", "stance": "condemns", "target": "Russia",
         "quote": "Russia is still destabilising Ukraine.", "source": "x.txt", "topics": ["Russia"]},
        {"date": dt.date(2015, 2, 12), "speaker": "Ban Ki-moon", "stance": "welcomes", "target": "ceasefire"},
    ]
    points = points_from_rows(rows)
    quote = "Russia is still destabilising Ukraine."
    assert points[0] == TimelinePoint(dt.date(2014, 11, 18), JENS, "condemns", "Russia", quote, "x.txt")
    assert points[1].date == dt.date(2015, 2, 12) and points[1].quote == "" and points[1].source == ""


@pytest.mark.parametrize(
    "row, problem",
    [
        ({"date": "18 Nov 2014", "speaker": "A", "stance": "condemns", "target": "B"}, "not a date"),
        ({"date": "2014-11-18", "stance": "condemns", "target": "B"}, "speaker"),
    ],
)
def test_points_from_bad_rows_name_the_row(row: dict[str, str], problem: str) -> None:
    with pytest.raises(InputError, match=problem) as info:
        points_from_rows([row])
    assert "row 1" in str(info.value)


# ------------------------------------------------------------------------------------------- dev corpus


@pytest.fixture(scope="module")
def corpus_points(tmp_path_factory: pytest.TempPathFactory) -> list[TimelinePoint]:
    if not CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not at {CORPUS}")
    from statgraph.api import Statgraph

    sg = Statgraph(tmp_path_factory.mktemp("timeline") / "store")
    report = sg.load([CORPUS])
    assert report.exit_code == 0, (report.errors, report.rejected)
    return points_from_rows(row.as_dict() for row in sg.statements())


def test_dev_corpus_timeline_of_russia(corpus_points: list[TimelinePoint], tmp_path: Path) -> None:
    russia = [p for p in corpus_points if p.target == "Russia"]
    assert any(p.speaker == "Jens Stoltenberg" and p.stance == "condemns" for p in russia)
    for suffix in (".png", ".svg", ".html"):
        render_timeline(russia, tmp_path / f"russia{suffix}", title="Russia")
    page = (tmp_path / "russia.html").read_text(encoding="utf-8")
    root = svg_of_html(page)
    assert len(marks(root)) == len(russia)
    assert "Russia is still destabilising Ukraine." in page
    svg = ET.parse(tmp_path / "russia.svg").getroot()
    group = next(g for g in svg.iter(f"{SVG}g") if g.get("id") == "timeline-marks")
    assert len(list(group.iter(f"{SVG}use"))) == len(russia)


def test_dev_corpus_whole_timeline(corpus_points: list[TimelinePoint], tmp_path: Path) -> None:
    out = tmp_path / "all.html"
    render_timeline(corpus_points, out, title="All statements")
    root = svg_of_html(out.read_text(encoding="utf-8"))
    assert len(marks(root)) == len(corpus_points)
    lanes = [t for t in root.iter(f"{SVG}text") if t.get("class") == "speaker"]
    assert len(lanes) == len({p.speaker for p in corpus_points})
