"""Readers: every corpus release parses to its gold metadata, every format reads, every bad file says why."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import statgraph
from statgraph.dates import find_numeric_date, find_updated
from statgraph.domain import Release
from statgraph.errors import ReleaseError
from statgraph.readers import detect_language, iter_files, normalise_text, parse_date, read_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RELEASES = SHARED / "corpus" / "releases"
GOLD = SHARED / "corpus" / "gold"
CORPUS = sorted(RELEASES.glob("*.txt")) if RELEASES.is_dir() else []
FOUNDING = "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt"

BODY_FR = (
    "Le secrétaire général de l'OTAN a appelé à une coopération plus étroite entre l'OTAN et l'UE. "
    "Il a condamné l'agression continue de la Russie contre l'Ukraine et appelé la Russie à retirer "
    "ses forces de l'est de l'Ukraine."
)
BODY_EN = (
    "The Secretary General called for closer cooperation between NATO and the European Union. "
    "He condemned Russia's continued aggression in Ukraine and called on Russia to pull back its forces."
)


def need_corpus() -> None:
    if not CORPUS:
        pytest.skip(f"shared corpus not found at {RELEASES}")


def read_one(path: Path) -> Release:
    releases = read_file(path)
    assert len(releases) == 1
    return releases[0]


# --------------------------------------------------------------------------- the corpus


@pytest.mark.parametrize("name", [p.name for p in CORPUS] or ["(corpus missing)"])
def test_corpus_release_matches_gold(name: str) -> None:
    need_corpus()
    release = read_one(RELEASES / name)
    gold = json.loads((GOLD / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
    assert release.source == name
    assert release.meta.title == gold["title"]
    assert release.meta.date.isoformat() == gold["date"]
    assert release.meta.lang == gold["lang"]
    assert release.meta.updated == gold.get("updated")
    assert release.text and release.text == release.text.strip("\n")
    # Evidence must be quotable from the text the extractor reads.
    for statement in gold["statements"]:
        assert statement["evidence"] in release.text


def test_corpus_has_sixteen_releases() -> None:
    need_corpus()
    assert len(CORPUS) == 16


def test_founding_release_is_web_copy() -> None:
    need_corpus()
    release = read_one(RELEASES / FOUNDING)
    assert release.format == "web-copy"
    assert release.meta.updated == "2014-11-18T16:09"
    assert release.meta.date == dt.date(2014, 11, 18)
    assert release.lang_detected is True
    assert release.raw == (RELEASES / FOUNDING).read_text(encoding="utf-8")
    # Bullet lines are metadata; captions are kept for another component to judge.
    assert "•" not in release.text
    assert "Mis à jour" not in release.text
    assert release.text.startswith("À l'occasion de sa première réunion")
    assert (
        "NATO Secretary General Jens Stoltenberg and EU High Representative Federica Mogherini"
        in release.text
    )


def test_english_web_copy_skips_all_bullets() -> None:
    need_corpus()
    release = read_one(RELEASES / "2014-10-31_nato_en_sg-statement-elections-eastern-ukraine.txt")
    assert release.format == "web-copy"
    assert release.meta.updated == "2014-10-31T14:30"
    assert "Press Release (2014) 153" not in release.text
    assert release.text.startswith("The planned ‘elections’")


def test_front_matter_corpus_file_keeps_publisher_and_url() -> None:
    need_corpus()
    release = read_one(RELEASES / "2017-07-10_nato_en_sg-strong-support-ukraine.txt")
    assert release.format == "front-matter"
    assert release.meta.publisher == "NATO"
    assert release.meta.url == "http://nato.int/cps/en/natohq/news_146118.htm"
    assert release.lang_detected is False
    assert not release.text.startswith("---")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2022-02-16_nato_en_defence-ministers-statement-ukraine.txt", dt.date(2022, 2, 16)),
        ("2018-06-06_ru-mfa_fr_communique-declaration-president-csnu-est-ukraine.txt", dt.date(2018, 6, 6)),
        ("2014-11-02_eu-hrvp_en_mogherini-elections-eastern-ukraine.txt", dt.date(2014, 11, 2)),
        ("2021-12-16_nato_en_nac-statement-situation-ukraine.txt", dt.date(2021, 12, 16)),
    ],
)
def test_date_found_in_body_when_front_matter_has_none(tmp_path: Path, name: str, expected: dt.date) -> None:
    need_corpus()
    lines = (RELEASES / name).read_text(encoding="utf-8").split("\n")
    stripped = tmp_path / name
    stripped.write_text("\n".join(line for line in lines if not line.startswith("date:")), encoding="utf-8")
    assert read_one(stripped).meta.date == expected


def test_iter_files_over_the_corpus_is_sorted() -> None:
    need_corpus()
    found = list(iter_files([RELEASES]))
    assert found == CORPUS


# --------------------------------------------------------------------------- formats


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


FORMAT_CASES = {
    "front-matter": (
        "release.md",
        "---\ntitle: Déclaration du secrétaire général\ndate: 2014-11-18\nlang: fr\n"
        "publisher: OTAN\nurl: https://example.org/fr/1\n---\n\n" + BODY_FR + "\n",
    ),
    "web-copy": (
        "release.txt",
        "Déclaration du secrétaire général\n\n  • 18 Nov. 2014 -\n  • |\n"
        "  • Mis à jour le: 18 Nov. 2014 16:09\n\n" + BODY_FR + "\n",
    ),
    "text": (
        "release",
        "Déclaration du secrétaire général\nBruxelles, le 18 novembre 2014\n\n" + BODY_FR + "\n",
    ),
    "json": (
        "release.json",
        json.dumps(
            {
                "title": "Déclaration du secrétaire général",
                "date": "2014-11-18",
                "lang": "fr",
                "publisher": "OTAN",
                "url": "https://example.org/fr/1",
                "text": BODY_FR,
            },
            ensure_ascii=False,
        ),
    ),
    "jsonl": (
        "release.jsonl",
        json.dumps(
            {"title": "Déclaration du secrétaire général", "date": "18 novembre 2014", "body": BODY_FR},
            ensure_ascii=False,
        )
        + "\n",
    ),
    "html": (
        "release.html",
        '<!DOCTYPE html>\n<html lang="fr"><head><title>Déclaration du secrétaire général | OTAN</title>\n'
        '<meta property="og:title" content="Déclaration du secrétaire général">\n'
        '<meta name="date" content="2014-11-18">\n'
        "<style>body { color: red }</style><script>var tracking = 'SCRIPT-TEXT';</script></head>\n"
        "<body><nav><ul><li>NAVIGATION-MENU</li><li>Accueil</li></ul></nav>\n"
        "<article><h1>Déclaration du secrétaire général</h1>\n"
        '<time datetime="2014-11-18">18 nov. 2014</time>\n'
        f"<p>{BODY_FR}</p></article>\n<footer>FOOTER-TEXT</footer></body></html>\n",
    ),
}


@pytest.mark.parametrize("fmt", sorted(FORMAT_CASES))
def test_each_format_reads(tmp_path: Path, fmt: str) -> None:
    name, content = FORMAT_CASES[fmt]
    path = _write(tmp_path, name, content)
    release = read_one(path)
    assert release.format == fmt
    assert release.meta.title == "Déclaration du secrétaire général"
    assert release.meta.date == dt.date(2014, 11, 18)
    assert release.meta.lang == "fr"
    # JSON Lines records are always numbered, so appending a record never renames the first.
    assert release.source == (f"{name}#1" if fmt == "jsonl" else name)
    assert "coopération plus étroite" in release.text
    for noise in ("SCRIPT-TEXT", "NAVIGATION-MENU", "FOOTER-TEXT", "color: red", "•", "---"):
        assert noise not in release.text
    if fmt == "jsonl":
        assert release.raw == content.rstrip("\n")
    else:
        assert release.raw == content


def test_detected_language_is_flagged(tmp_path: Path) -> None:
    release = read_one(_write(tmp_path, "r.md", "---\ntitle: A statement\ndate: 2020-01-02\n---\n" + BODY_EN))
    assert (release.meta.lang, release.lang_detected) == ("en", True)


def test_title_falls_back_to_first_body_line(tmp_path: Path) -> None:
    release = read_one(
        _write(tmp_path, "r.md", "---\ndate: 2020-01-02\nlang: en\n---\n\n# The title\n\n" + BODY_EN)
    )
    assert release.meta.title == "The title"


def test_front_matter_updated_and_quoted_date(tmp_path: Path) -> None:
    content = (
        '---\ntitle: T\ndate: "2 November 2014"\nlang: EN-gb\nupdated: 2014-11-02T10:15:00\n---\n' + BODY_EN
    )
    release = read_one(_write(tmp_path, "r.txt", content))
    assert release.meta.date == dt.date(2014, 11, 2)
    assert release.meta.lang == "en"
    assert release.meta.updated == "2014-11-02T10:15"


def test_plain_text_date_from_first_lines_and_updated(tmp_path: Path) -> None:
    content = "A title\nBrussels, 16 Feb. 2022 – last updated: 16 Feb. 2022 15:14\n\n" + BODY_EN
    release = read_one(_write(tmp_path, "r.txt", content))
    assert release.format == "text"
    assert release.meta.date == dt.date(2022, 2, 16)
    assert release.meta.updated == "2022-02-16T15:14"
    assert release.text.startswith("A title\n")


def test_bullets_without_a_date_are_body_not_metadata(tmp_path: Path) -> None:
    content = "A title\n\n  • first point\n  • second point\n\nIssued 3 March 2015.\n" + BODY_EN
    release = read_one(_write(tmp_path, "r.txt", content))
    assert release.format == "text"
    assert "• first point" in release.text
    assert release.meta.date == dt.date(2015, 3, 3)


def test_json_array_and_jsonl_give_numbered_sources(tmp_path: Path) -> None:
    records = [
        {"title": "One", "date": "2014-11-18", "lang": "en", "text": BODY_EN},
        {"title": "Deux", "date": "2014-11-19", "lang": "fr", "content": BODY_FR},
    ]
    array = read_file(_write(tmp_path, "many.json", json.dumps(records)))
    assert [r.source for r in array] == ["many.json#1", "many.json#2"]
    assert [r.meta.title for r in array] == ["One", "Deux"]
    assert all(r.format == "json" for r in array)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    jsonl = read_file(_write(tmp_path, "many.ndjson", lines[0] + "\n\n" + lines[1] + "\n"))
    assert [r.source for r in jsonl] == ["many.ndjson#1", "many.ndjson#2"]
    assert [r.raw for r in jsonl] == lines
    assert jsonl[1].meta.date == dt.date(2014, 11, 19)


def test_text_is_normalised(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301"  # e + combining acute: NFC makes it one character
    content = "Title\r\n\r\n\r\n\r\n\r\n2 May 2016   \r\n" + decomposed + " and more words here  \r\n\r\n\r\n"
    release = read_one(_write(tmp_path, "r.txt", content))
    assert release.text == "Title\n\n2 May 2016\nCafé and more words here"
    assert release.raw == content


def test_normalise_text_keeps_two_blank_lines() -> None:
    assert normalise_text("\n\na\n\n\nb\n\n\n\n\nc  \n\n") == "a\n\n\nb\n\nc"


def test_cp1252_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(("Déclaration\n18 novembre 2014\n" + BODY_FR.replace("'", "’")).encode("cp1252"))
    release = read_one(path)
    assert release.meta.title == "Déclaration"
    assert "coopération" in release.text


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf---\ntitle: T\ndate: 2020-01-02\nlang: en\n---\n" + BODY_EN.encode())
    release = read_one(path)
    assert release.format == "front-matter"
    assert not release.raw.startswith("\ufeff")


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(("Titre\n18 novembre 2014\n" + BODY_FR).encode("utf-16"))
    assert read_one(path).meta.date == dt.date(2014, 11, 18)


def test_html_without_trafilatura_metadata_uses_fallbacks(tmp_path: Path) -> None:
    content = (
        '<html lang="en-GB"><head><title>Fallback title</title></head><body>'
        "<script>document.write('SCRIPT-TEXT')</script>"
        f'<p><time datetime="2016-07-08T10:00:00Z">8 July</time></p><p>{BODY_EN}</p></body></html>'
    )
    release = read_one(_write(tmp_path, "page.htm", content))
    assert release.meta.title == "Fallback title"
    assert release.meta.date == dt.date(2016, 7, 8)
    assert release.meta.lang == "en"
    assert "SCRIPT-TEXT" not in release.text


def test_html_bare_year_is_not_a_date(tmp_path: Path) -> None:
    content = f"<html><body><p>In 2014 the Minsk agreements were signed.</p><p>{BODY_EN}</p></body></html>"
    with pytest.raises(ReleaseError, match="no date found"):
        read_file(_write(tmp_path, "year.html", content))


def test_html_canonical_url_and_site_name(tmp_path: Path) -> None:
    content = (
        '<html lang="en"><head><link rel="canonical" href="https://example.org/news/1">'
        '<meta property="og:site_name" content="NATO"><meta property="og:title" content="A statement">'
        '<meta property="article:published_time" content="2021-12-16T10:00:00+00:00"></head>'
        f"<body><article><p>{BODY_EN}</p></article></body></html>"
    )
    release = read_one(_write(tmp_path, "page.html", content))
    assert (release.meta.url, release.meta.publisher) == ("https://example.org/news/1", "NATO")
    assert release.meta.title == "A statement"
    assert release.meta.date == dt.date(2021, 12, 16)


def test_wrapped_front_matter_title_becomes_one_line(tmp_path: Path) -> None:
    content = "---\ntitle: |\n  A long\n  title\ndate: 2020-01-02\nlang: en\n---\n" + BODY_EN
    assert read_one(_write(tmp_path, "r.md", content)).meta.title == "A long title"


# --------------------------------------------------------------------------- errors


def _bad(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


ERROR_CASES: list[tuple[str, str, bytes | str, str]] = [
    ("empty", "empty.txt", b"", "empty file"),
    ("whitespace", "blank.md", b"  \n\t\n  \n", "empty file"),
    ("nul bytes", "nul.txt", b"Title\n\x00\x01\x02 18 Nov 2014 body", "binary file, not a release"),
    ("control bytes", "ctl.txt", bytes(range(1, 9)) * 20, "binary file, not a release"),
    (
        "bad utf-8",
        "bad.txt",
        b"Title 18 Nov 2014\n\x81\x8d\x8f\x90 body",
        "not valid UTF-8 (byte 0x81 at offset 18)",
    ),
    ("unsupported", "release.pdf", b"%PDF-1.4", "unsupported file type .pdf; statgraph reads .txt"),
    ("docx", "release.docx", b"PK", "unsupported file type .docx"),
    (
        "no date",
        "nodate.txt",
        "A title\n\n" + BODY_EN,
        "no date found: give one in front matter (date: YYYY-MM-DD)",
    ),
    ("no body", "nobody.md", "---\ntitle: T\ndate: 2020-01-02\nlang: en\n---\n\n\n", "no body text"),
    ("one line", "oneline.txt", "Only a title, 2 May 2016", "no body text"),
    ("bad yaml", "badyaml.md", "---\ntitle: [unclosed\ndate: 2020-01-02\n---\n" + BODY_EN, "not valid YAML"),
    ("yaml list", "list.md", "---\n- a\n- b\n---\n" + BODY_EN, "front matter is not a mapping"),
    ("bad date", "baddate.md", "---\ntitle: T\ndate: someday\n---\n" + BODY_EN, "'someday' is not a date"),
    ("31 february", "feb.md", "---\ntitle: T\ndate: 2014-02-31\n---\n" + BODY_EN, "not a real date"),
    ("unclosed", "open.md", "---\ntitle: T\ndate: 2020-01-02\n" + BODY_EN, "never closed"),
    (
        "bad lang",
        "lang.md",
        "---\ntitle: T\ndate: 2020-01-02\nlang: French!\n---\n" + BODY_EN,
        "language code",
    ),
    ("bad json", "bad.json", '{"title": "T",', "not valid JSON (line 1"),
    ("json scalar", "scalar.json", "42", "JSON must be an object or an array of objects, not a number"),
    ("empty array", "none.json", "[]", "holds no records"),
    (
        "record not object",
        "arr.json",
        '[{"date": "2020-01-02", "text": "Some words here"}, 3]',
        "record 2: not a release",
    ),
    (
        "record no text",
        "one.jsonl",
        '{"title": "T", "date": "2020-01-02"}\n',
        "record 1: not a release (no text",
    ),
    (
        "jsonl bad line",
        "two.jsonl",
        '{"title": "T", "date": "2020-01-02", "text": "x y z"}\n{oops}\n',
        "record 2 (line 2)",
    ),
    ("record no date", "nd.json", json.dumps({"title": "T", "text": BODY_EN}), "no date found"),
    (
        "html no body",
        "empty.html",
        "<html><head><title>T</title><script>x()</script></head><body></body></html>",
        "no body",
    ),
]


@pytest.mark.parametrize(
    ("label", "name", "content", "problem"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES]
)
def test_bad_file_gives_release_error(
    tmp_path: Path, label: str, name: str, content: bytes | str, problem: str
) -> None:
    path = _bad(tmp_path, name, content)
    with pytest.raises(ReleaseError) as info:
        read_file(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    assert problem in info.value.problem
    assert "\n" not in str(info.value)


# Headers libyaml and PyYAML's pure-Python parser were seen to read differently (fuzzing both), and
# ordinary ones: front matter is read through libyaml when PyYAML has it, and must read as before.
YAML_HEADERS = [
    "title: T\ndate: 2020-01-02\nlang: en",
    "title: \"Déclaration de l'OTAN\"\ndate: 2020-01-02\nurl: https://example.org/a/1",
    "title: |\n  A long\n  title\ndate: 2020-01-02",
    "title:\tT",
    "title: T\t\ndate: 2020-01-02",
    "title: !\ndate: 2020-01-02",
    "title: |#\ndate: 2020-01-02",
    "\n\ufefftitle: T",
    "title: [a?]  ",
    "lang:  #\n  {https://x.org/a?b=1#c#}",
    "title: [unclosed\ndate: 2020-01-02",
    "date: 2014-02-31",
    "a: &x 1\nb: *x",
    "- a\n- b",
    "",
]


@pytest.mark.parametrize("header", YAML_HEADERS)
def test_front_matter_reads_as_pure_python_yaml(header: str) -> None:
    _same_as_pure_python_yaml(header)


YAML_ATOMS = [*"[]{},'\"#?!|>:", "title", "date", " ", "  ", "\n", "- ", "&x", "*x", "\t", "\ufeff", "\x85"]
YAML_ATOMS += ["2020-01-02", "é", "https://x.org/a?b=1#c"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(YAML_ATOMS),
        max_size=12,
    ).map("".join)
)
def test_any_front_matter_reads_as_pure_python_yaml(header: str) -> None:
    _same_as_pure_python_yaml(header)


def _same_as_pure_python_yaml(header: str) -> None:
    import yaml

    from statgraph.readers import _load_yaml

    def outcome(load: Any) -> tuple[str, str]:
        try:
            return "ok", repr(load(header))
        except Exception as exc:  # the exception's kind is what the reader reports on
            return "error", type(exc).__name__

    assert outcome(lambda h: _load_yaml(yaml, h)) == outcome(yaml.safe_load)


def test_tab_in_front_matter_is_still_refused(tmp_path: Path) -> None:
    # libyaml reads "title:<tab>T"; PyYAML's pure-Python parser, which decided before, does not.
    path = _bad(tmp_path, "tab.md", "---\ntitle:\tT\ndate: 2020-01-02\n---\n" + BODY_EN)
    with pytest.raises(ReleaseError, match="not valid YAML at line 2"):
        read_file(path)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(ReleaseError, match="no such file") as info:
        read_file(path)
    assert info.value.path == str(path)


def test_directory_given_to_read_file(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match="is a folder") as info:
        read_file(tmp_path)
    assert info.value.path == str(tmp_path)


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "big.txt", "Title\n18 Nov. 2014\n" + BODY_EN * 10)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(ReleaseError) as info:
        read_file(path, max_bytes=100)
    size = path.stat().st_size
    assert info.value.problem.startswith(
        f"file is {size} bytes, over the limit of 100; raise STATGRAPH_MAX_BYTES"
    )


# --------------------------------------------------------------------------- iter_files


def test_iter_files_walks_sorted_skips_hidden_and_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "b" / "1.md").write_text("x")
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("x")
    (tmp_path / "c.txt").write_text("x")
    missing = tmp_path / "missing.txt"
    found = list(iter_files([tmp_path, missing, tmp_path / "c.txt"]))
    assert found[:4] == [
        tmp_path / "a.json",
        tmp_path / "b" / "1.md",
        tmp_path / "b" / "2.txt",
        tmp_path / "c.txt",
    ]
    error = found[4]
    assert isinstance(error, ReleaseError) and error.path == str(missing)
    assert found[5] == tmp_path / "c.txt"
    assert len(found) == 6


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_iter_files_follows_symlinks_without_looping(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "r.txt").write_text("x")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "e.txt").write_text("x")
    (root / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    found = list(iter_files([root]))
    paths = [p for p in found if isinstance(p, Path)]
    errors = [e for e in found if isinstance(e, ReleaseError)]
    assert paths == [root / "link" / "e.txt", root / "sub" / "r.txt"]
    assert [e.path for e in errors] == [str(root / "dangling.txt")]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 Nov. 2014", dt.date(2014, 11, 18)),
        ("31 October 2014", dt.date(2014, 10, 31)),
        ("18 novembre 2014", dt.date(2014, 11, 18)),
        ("1er mars 2015", dt.date(2015, 3, 1)),
        ("1st March 2015", dt.date(2015, 3, 1)),
        ("6 juin 2018", dt.date(2018, 6, 6)),
        ("6 juin 201819:35", dt.date(2018, 6, 6)),
        ("2014-11-18", dt.date(2014, 11, 18)),
        ("2014-11-18T16:09:00Z", dt.date(2014, 11, 18)),
        ("November 18, 2014", dt.date(2014, 11, 18)),
        ("Nov 18 2014", dt.date(2014, 11, 18)),
        ("Sept. 3, 2015", dt.date(2015, 9, 3)),
        ("3 sept. 2015", dt.date(2015, 9, 3)),
        ("Tuesday (18 November 2014)", dt.date(2014, 11, 18)),
        ("ce mardi (18 novembre 2014), le secrétaire", dt.date(2014, 11, 18)),
        ("12 février 2016", dt.date(2016, 2, 12)),
        ("12 fevrier 2016", dt.date(2016, 2, 12)),
        ("12 FÉVRIER 2016", dt.date(2016, 2, 12)),
        ("12 févr. 2016", dt.date(2016, 2, 12)),
        ("5 déc. 2020", dt.date(2020, 12, 5)),
        ("5 dec 2020", dt.date(2020, 12, 5)),
        ("15 août 2019", dt.date(2019, 8, 15)),
        ("15 aout 2019", dt.date(2019, 8, 15)),
        ("8 juil. 2016", dt.date(2016, 7, 8)),
        ("Brussels, 16 Feb. 2022 – last updated: 16 Feb. 2022 15:14", dt.date(2022, 2, 16)),
        ("Brussels, 2 November 2014", dt.date(2014, 11, 2)),
        ("29 February 2016", dt.date(2016, 2, 29)),
        ("31 Feb 2014, then 1 March 2014", dt.date(2014, 3, 1)),
        ("le 5 février", None),
        ("31 Feb 2014", None),
        ("29 February 2015", None),
        ("November 2014", None),
        ("Press Release (2014) 153", None),
        ("1114-06-06-2018", None),
        ("20141118", None),
        ("the market 5 2014", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_parse_date_takes_year_from_context() -> None:
    assert parse_date("le 5 février", year=2015) == dt.date(2015, 2, 5)
    assert parse_date("le 30 février", year=2015) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mis à jour le: 18 Nov. 2014 16:09", "2014-11-18T16:09"),
        ("Last updated: 31 Oct. 2014 14:30", "2014-10-31T14:30"),
        ("Brussels, 16 Feb. 2022 – last updated: 16 Feb. 2022 15:14", "2022-02-16T15:14"),
        ("Mise à jour : 5 mars 2015 à 16h09", "2015-03-05T16:09"),
        ("Updated: 3 May 2014", "2014-05-03"),
        ("the plan was updated on 3 May 2014", None),
        ("18 Nov. 2014 16:09", None),
    ],
)
def test_find_updated(line: str, expected: str | None) -> None:
    assert find_updated(line) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("14.07.2015 - Press release", None, dt.date(2015, 7, 14)),
        ("Berne, 07.10.2023 - La Suisse condamne", None, dt.date(2023, 10, 7)),
        ("Strasbourg, 11/08/2014", None, dt.date(2014, 8, 11)),
        ("04-05-2019 - 09:30", None, dt.date(2019, 5, 4)),  # as the European Parliament prints it
        ("ISBN 978-3-16-1484-10", None, None),
        ("04-05/2019", None, None),  # one separator throughout
        ("Washington, 07/31/2015", None, dt.date(2015, 7, 31)),  # day first is no date
        ("Washington, 07/10/2023", dt.date(2023, 7, 10), dt.date(2023, 7, 10)),  # the file's name says so
        ("Washington, 07/10/2023", dt.date(2023, 10, 7), dt.date(2023, 10, 7)),
        ("v1.2.2015", None, None),
        ("ref. 12/34/2015", None, None),
        ("doc 3.14.15.2016", None, None),
        ("path a/11/08/2014", None, None),
        ("1899-era 11.08.1899", None, None),
    ],
)
def test_find_numeric_date(text: str, hint: dt.date | None, expected: dt.date | None) -> None:
    assert find_numeric_date(text, hint=hint) == expected


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("release.txt", "Statement\n\n14.07.2015 - Press release\n\n", dt.date(2015, 7, 14)),
        # The first line that has one: a dateline in figures above the body's dates in words.
        (
            "release.txt",
            "Statement\n\nBrussels, 07/02/2017 - 12:40\n\nOn 6 February 2017 …\n\n",
            dt.date(2017, 2, 7),
        ),
        # No date in the text: the day the file's name begins with.
        ("2015-07-14_de-aa_en_statement.txt", "Statement\n\n", dt.date(2015, 7, 14)),
        ("2015-07-14 statement.txt", "Statement\n\n", dt.date(2015, 7, 14)),
        # The text's date wins over the name's.
        ("2015-07-15_de-aa_en_statement.txt", "Statement\n\nBerlin, 14 July 2015\n\n", dt.date(2015, 7, 14)),
    ],
)
def test_date_in_figures_or_in_the_file_name(tmp_path: Path, name: str, head: str, expected: dt.date) -> None:
    path = tmp_path / name
    path.write_text(head + BODY_EN, encoding="utf-8")
    (release,) = read_file(path)
    assert release.meta.date == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Foreign Office\nHome > Newsroom > Press releases\n\nMinister on Iran\n\n", "Minister on Iran"),
        ("Accueil > Dossiers pays > Ukraine\n\nUkraine – Déclaration\n\n", "Ukraine – Déclaration"),
        ("Site\nAccueil › Actualités\n# Le titre\n\n", "Le titre"),
        ("REPUBLIC OF TURKEY\nMINISTRY OF FOREIGN AFFAIRS\nHome > Press Releases\nNo: 213\n\n", "No: 213"),
        # Below a title and its date line, breadcrumbs leave the title as it is.
        ("Refugees top 4 million\n\nPress, 7 June 2019\n\nUNHCR > News\n\n", "Refugees top 4 million"),
        # Not breadcrumbs: a sentence.
        ("Growth > 5% in Ukraine.\n\n", "Growth > 5% in Ukraine."),
    ],
)
def test_a_web_pages_title_is_below_its_breadcrumbs(tmp_path: Path, head: str, expected: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(head + "18 November 2014\n\n" + BODY_EN, encoding="utf-8")
    (release,) = read_file(path)
    assert release.meta.title == expected


def test_a_date_like_name_that_is_no_day_still_needs_a_date(tmp_path: Path) -> None:
    path = tmp_path / "2015-13-40_statement.txt"
    path.write_text("Statement\n\n" + BODY_EN, encoding="utf-8")
    with pytest.raises(ReleaseError, match="no date found"):
        read_file(path)


def test_a_json_lines_record_takes_no_date_from_its_files_name(tmp_path: Path) -> None:
    path = tmp_path / "2015-07-14_batch.jsonl"
    path.write_text(json.dumps({"title": "T", "text": BODY_EN}) + "\n", encoding="utf-8")
    with pytest.raises(ReleaseError, match="no date found"):
        list(read_file(path))


@given(st.text())
def test_parse_date_never_crashes(text: str) -> None:
    result = parse_date(text)
    assert result is None or isinstance(result, dt.date)


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BODY_FR, "fr"),
        (BODY_EN, "en"),
        ("OTAN", "und"),
        ("12 34 56", "und"),
        ("", "und"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_detect_language_is_deterministic() -> None:
    sample = "Nous saluons la décision du Conseil"
    assert len({detect_language(sample) for _ in range(5)}) == 1


# --------------------------------------------------------------------------- robustness


def test_heavy_libraries_are_imported_lazily() -> None:
    code = (
        "import sys, statgraph.readers; "
        "print(sorted(m for m in ('langdetect', 'trafilatura', 'yaml') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(statgraph.__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html", ""]))
def test_read_file_raises_only_release_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        releases = read_file(path)
    except ReleaseError as exc:
        assert exc.path == str(path)
        assert "\n" not in exc.problem
    else:
        assert all(isinstance(r, Release) for r in releases)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html"]))
def test_read_file_raises_only_release_error_on_random_text(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_text("---\n" + text if suffix == ".txt" else text, encoding="utf-8", errors="surrogatepass")
    try:
        read_file(path)
    except ReleaseError as exc:
        assert "\n" not in exc.problem


def test_the_control_characters_counted_are_category_cc_less_the_whitespace_ones() -> None:
    import unicodedata

    from statgraph.readers import _CONTROL_RE

    counted = {c for c in map(chr, range(0x110000)) if _CONTROL_RE.fullmatch(c)}
    expected = {
        c for c in map(chr, range(0x110000)) if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v"
    }
    assert counted == expected
