"""The ``statgraph`` command, driven through typer's CliRunner, each test on its own store.

Only ``examples/`` (8 real releases) is needed here; nothing reads /work/shared.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from statgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
N_EXAMPLES = len(list(EXAMPLES.glob("*.txt")))
SAVED_QUERIES = {
    "condemnations",
    "release-statements",
    "speakers",
    "stance-timeline",
    "statements-by-speaker",
}
STATEMENT_KEYS = {
    "id",
    "source",
    "release",
    "date",
    "lang",
    "title",
    "speaker",
    "speaker_role",
    "audience",
    "stance",
    "target",
    "topics",
    "kind",
    "quote",
    "confidence",
}
SUMMARY = re.compile(
    r"^recorded (\d+) new, (\d+) revised; (\d+) unchanged; (\d+) rejected; (\d+) unreadable; "
    r"(\d+) statements, (\d+) triples$"
)


def invoke(*args: str | Path):
    result = CliRunner().invoke(app, [str(a) for a in args])
    # A user's mistake is one line, never a traceback: no exception escapes but typer's Exit.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def summary(result) -> tuple[int, ...]:
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, result.stdout
    m = SUMMARY.match(lines[0])
    assert m, lines[0]
    return tuple(int(g) for g in m.groups())


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding examples/, loaded once through the CLI; the tests reading it do not change it."""
    store = tmp_path_factory.mktemp("loaded") / "store"
    result = invoke("load", EXAMPLES, "--store", store)
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A private copy of the loaded store, for the tests that write to it."""
    return tmp_path / "store"


def fresh_copy(loaded: Path, dest: Path) -> Path:
    shutil.copytree(loaded, dest, ignore=shutil.ignore_patterns("lock", "*.lock"))
    return dest


# ------------------------------------------------------------------------------------------------------ load


def test_load_examples_prints_the_summary_and_a_second_load_changes_nothing(store: Path) -> None:
    first = invoke("load", EXAMPLES, "--store", store)
    assert first.exit_code == 0, first.output
    new, revised, unchanged, rejected, unreadable, statements, triples = summary(first)
    assert (new, revised, unchanged, rejected, unreadable) == (N_EXAMPLES, 0, 0, 0, 0)
    assert N_EXAMPLES == 8
    assert statements > 0 and triples > statements
    assert first.stdout.startswith("recorded 8 new, 0 revised; 0 unchanged; 0 rejected; 0 unreadable; ")

    second = invoke("load", EXAMPLES, "--store", store)
    assert second.exit_code == 0, second.output
    assert "0 new" in second.stdout and "8 unchanged" in second.stdout
    assert summary(second)[:5] == (0, 0, 8, 0, 0)


def test_dry_run_records_nothing(store: Path) -> None:
    result = invoke("load", EXAMPLES, "--store", store, "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("would record 8 new")
    log = store / "events.log"
    assert not log.exists() or log.stat().st_size == 0


def test_load_of_a_missing_path_exits_2_with_one_line(store: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = invoke("load", missing, "--store", store)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(missing) in lines[0]


def test_bad_files_are_reported_one_line_each_and_the_good_ones_load(store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = sorted(EXAMPLES.glob("*.txt"))[:2]
    for path in good:
        shutil.copy(path, folder / path.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "nodate.txt").write_text(
        "A release without a date\n\nThe minister said the talks would continue. Nothing else was said.\n",
        encoding="utf-8",
    )
    result = invoke("load", folder, "--store", store)
    assert result.exit_code == 2
    new, _revised, _unchanged, rejected, unreadable, statements, _triples = summary(result)
    assert (new, rejected, unreadable) == (2, 0, 3)
    assert statements > 0
    lines = result.stderr.splitlines()
    assert len(lines) == 3, result.stderr
    for bad in ("empty.txt", "binary.txt", "nodate.txt"):
        assert sum(bad in line for line in lines) == 1, (bad, result.stderr)


# ------------------------------------------------------------------------------------------------ statements


def test_statements_jsonl_has_exactly_the_documented_keys(loaded: Path) -> None:
    result = invoke("statements", "--store", loaded, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    for row in rows:
        assert set(row) == STATEMENT_KEYS
        assert isinstance(row["topics"], list)
        assert isinstance(row["confidence"], float)


def test_statements_csv_header(loaded: Path) -> None:
    result = invoke("statements", "--store", loaded, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [
        "date",
        "speaker",
        "stance",
        "target",
        "audience",
        "kind",
        "source",
        "quote",
        "topics",
        "id",
    ]
    assert len(rows) > 1
    assert all(len(r) == len(rows[0]) for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_statements_of_an_unknown_release_write_nothing_and_exit_2(loaded: Path, fmt: str) -> None:
    # The rows are written as they come: the error must come before the CSV header.
    result = invoke("statements", "--store", loaded, "--release", "no-such-release", "--format", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"statgraph: no release 'no-such-release' in {loaded}\n"


def test_a_statement_row_as_a_dict_is_its_fields(loaded: Path) -> None:
    from statgraph.api import Statgraph

    rows = Statgraph(loaded).statements()
    assert rows
    for row in rows:
        assert row.as_dict() == {**dataclasses.asdict(row), "topics": list(row.topics)}


def test_statements_on_a_folder_that_is_not_a_store_exits_2(tmp_path: Path) -> None:
    result = invoke("statements", "--store", tmp_path)
    assert result.exit_code == 2
    assert "no statgraph store here" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "events.log").exists()


# ----------------------------------------------------------------------------------------------------- query


def test_query_list_names_every_saved_query() -> None:
    result = invoke("query", "list")
    assert result.exit_code == 0, result.output
    names = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert names == {p.stem for p in (ROOT / "queries").glob("*.rq")}
    assert names >= SAVED_QUERIES


def test_query_list_json_parses() -> None:
    result = invoke("query", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert {q["name"] for q in listed} >= SAVED_QUERIES
    condemnations = next(q for q in listed if q["name"] == "condemnations")
    assert [p["name"] for p in condemnations["params"]] == ["target_name", "stance", "from", "to"]


def test_query_run_condemnations_csv(loaded: Path) -> None:
    result = invoke(
        "query", "run", "condemnations", "--param", "target_name=Russia", "--format", "csv", "--store", loaded
    )
    assert result.exit_code == 0, result.output
    # The SPARQL 1.1 CSV results format ends its lines with CRLF (RFC 4180); Result.stdout hides
    # that by turning CRLF into LF, so read the bytes.
    raw = result.stdout_bytes.decode("utf-8")
    assert raw.startswith("date,speaker,role,kind,source\r\n")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert rows[0] == ["date", "speaker", "role", "kind", "source"]
    assert any(r[1] == "Jens Stoltenberg" for r in rows[1:])


def test_query_run_pages_with_limit_and_offset(loaded: Path) -> None:
    def lines(*extra: str) -> list[str]:
        result = invoke("query", "run", "speakers", "--format", "csv", "--store", loaded, *extra)
        assert result.exit_code == 0, result.output
        return result.stdout.splitlines()

    whole = lines()
    assert len(whole) > 5
    assert lines("--limit", "2") == whole[:3]
    assert lines("--limit", "2", "--offset", "2") == [whole[0], *whole[3:5]]
    assert lines("--offset", "1") == [whole[0], *whole[2:]]
    assert lines("--limit", "0") == whole[:1]


def test_query_run_limit_on_an_ask_exits_2_with_one_line(loaded: Path, tmp_path: Path) -> None:
    ask = tmp_path / "ask.rq"
    ask.write_text("# title: any statement\nASK { ?s a <https://w3id.org/statgraph/ns#Statement> }\n")
    result = invoke("query", "run", ask, "--limit", "1", "--store", loaded)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "statgraph: query ask: a limit or an offset applies to SELECT, CONSTRUCT and DESCRIBE"
    ]


def test_query_run_with_an_unknown_parameter_exits_2(loaded: Path) -> None:
    result = invoke("query", "run", "condemnations", "--param", "nope=1", "--store", loaded)
    assert result.exit_code == 2
    assert "nope" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_query_run_with_an_unknown_query_name_exits_2(loaded: Path) -> None:
    result = invoke("query", "run", "no-such-query", "--store", loaded)
    assert result.exit_code == 2
    assert "no-such-query" in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("INSERT DATA { <a:b> <a:c> <a:d> }", "INSERT"),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ],
    ids=["insert", "service"],
)
def test_query_run_refuses_updates_and_service(loaded: Path, tmp_path: Path, body: str, word: str) -> None:
    rq = tmp_path / "bad.rq"
    rq.write_text(f"# title: a query that must be refused\n{body}\n", encoding="utf-8")
    before = (loaded / "events.log").read_bytes()
    result = invoke("query", "run", rq, "--store", loaded)
    assert result.exit_code == 2
    assert re.search(r"not allowed|refused", result.stderr, re.IGNORECASE), result.stderr
    assert word in result.stderr
    assert (loaded / "events.log").read_bytes() == before
    # The store holds no <a:b> afterwards.
    ask = tmp_path / "ask.rq"
    ask.write_text("# title: ask\nSELECT ?o WHERE { GRAPH ?g { <a:b> ?p ?o } }\n", encoding="utf-8")
    check = invoke("query", "run", ask, "--store", loaded, "--format", "json")
    assert check.exit_code == 0, check.output
    assert json.loads(check.stdout)["results"]["bindings"] == []


def test_query_run_tsv_and_json(loaded: Path) -> None:
    tsv = invoke("query", "run", "speakers", "--format", "tsv", "--store", loaded)
    assert tsv.exit_code == 0, tsv.output
    lines = tsv.stdout.splitlines()
    assert lines[0].split("\t") == ["?speaker", "?stance", "?statements", "?first", "?last"]
    assert len(lines) > 1

    js = invoke("query", "run", "speakers", "--format", "json", "--store", loaded)
    assert js.exit_code == 0, js.output
    doc = json.loads(js.stdout)
    assert doc["head"]["vars"] == ["speaker", "stance", "statements", "first", "last"]
    assert doc["results"]["bindings"]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_run_to_a_file_writes_what_stdout_shows(loaded: Path, tmp_path: Path, fmt: str) -> None:
    shown = invoke("query", "run", "speakers", "--format", fmt, "--store", loaded)
    assert shown.exit_code == 0, shown.output
    out = tmp_path / f"speakers.{fmt}"
    result = invoke("query", "run", "speakers", "--format", fmt, "--store", loaded, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    rows = len(shown.stdout.splitlines()) - (2 if fmt == "table" else 1)
    if fmt == "json":
        rows = len(json.loads(shown.stdout)["results"]["bindings"])
    assert result.stderr == f"wrote {rows} rows to {out}\n"
    assert out.read_bytes() == shown.stdout_bytes
    assert not out.with_name(out.name + ".part").exists()


def test_query_run_to_a_file_leaves_an_earlier_file_alone_on_error(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "answer.csv"
    out.write_text("an earlier answer\n", encoding="utf-8")
    result = invoke("query", "run", "condemnations", "-p", "from=yesterday", "--store", loaded, "-o", out)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "from" in result.stderr
    assert out.read_text(encoding="utf-8") == "an earlier answer\n"
    assert not out.with_name(out.name + ".part").exists()


def test_query_run_to_a_file_in_a_missing_folder_exits_2(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "answer.csv"
    result = invoke("query", "run", "speakers", "--format", "csv", "--store", loaded, "-o", out)
    assert result.exit_code == 2
    assert result.stderr == f"statgraph: {out}: cannot write: No such file or directory\n"


# ---------------------------------------------------------------------------------------------------- export


def test_export_turtle_to_a_file_parses(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    result = invoke("export", "--store", loaded, "--format", "turtle", "-o", out)
    assert result.exit_code == 0, result.output
    assert str(out) in result.stderr
    triples = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))
    assert triples
    assert not out.with_name(out.name + ".part").exists()


@pytest.mark.parametrize("vocabulary", ["--vocabulary", "--no-vocabulary"])
def test_turtle_and_nquads_exports_hold_the_same_triples(
    loaded: Path, tmp_path: Path, vocabulary: str
) -> None:
    ttl, nq = tmp_path / "out.ttl", tmp_path / "out.nq"
    assert invoke("export", "--store", loaded, "--format", "turtle", vocabulary, "-o", ttl).exit_code == 0
    assert invoke("export", "--store", loaded, "--format", "nquads", vocabulary, "-o", nq).exit_code == 0
    triples = list(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
    quads = list(ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS))
    assert len(triples) == len(quads)
    assert {t.triple for t in triples} == {q.triple for q in quads}


def test_vocabulary_adds_triples_to_the_export(loaded: Path, tmp_path: Path) -> None:
    with_v, without = tmp_path / "with.nq", tmp_path / "without.nq"
    assert invoke("export", "--store", loaded, "--format", "nquads", "-o", with_v).exit_code == 0
    bare = invoke("export", "--store", loaded, "--format", "nquads", "--no-vocabulary", "-o", without)
    assert bare.exit_code == 0
    n_with = len(list(ox.parse(path=str(with_v), format=ox.RdfFormat.N_QUADS)))
    n_without = len(list(ox.parse(path=str(without), format=ox.RdfFormat.N_QUADS)))
    assert n_with > n_without > 0


def test_export_jsonld_parses_as_json(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonld"
    result = invoke("export", "--store", loaded, "--format", "jsonld", "-o", out)
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc


# ------------------------------------------------------------------------------------ log, rebuild, validate


def test_log_table_shows_both_event_types(loaded: Path) -> None:
    result = invoke("log", "--store", loaded)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert sum(" ReleaseRecorded " in line for line in lines) == 8
    assert sum(" StatementsExtracted " in line for line in lines) == 8


def test_log_jsonl_filtered_by_type(loaded: Path) -> None:
    result = invoke("log", "--store", loaded, "--format", "jsonl", "--type", "ReleaseRecorded")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(events) == 8
    assert {e["type"] for e in events} == {"ReleaseRecorded"}
    assert len({e["sha256"] for e in events}) == 8


def test_rebuild_replays_every_event(loaded: Path, tmp_path: Path) -> None:
    store = fresh_copy(loaded, tmp_path / "store")
    result = invoke("rebuild", "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "replayed 16 events"


def test_compact_keeps_every_quad(loaded: Path, tmp_path: Path) -> None:
    store = fresh_copy(loaded, tmp_path / "store")
    before = invoke("export", "--store", store, "--format", "nquads")
    result = invoke("compact", "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout == "projection compacted\n"
    after = invoke("export", "--store", store, "--format", "nquads")
    assert sorted(after.stdout.splitlines()) == sorted(before.stdout.splitlines())


def test_compact_without_a_store_says_so(tmp_path: Path) -> None:
    result = invoke("compact", "--store", tmp_path / "nothing")
    assert result.exit_code == 2
    assert "no statgraph store here" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_validate_a_freshly_loaded_store(loaded: Path) -> None:
    result = invoke("validate", "--store", loaded)
    assert result.exit_code == 0, result.output
    assert "all release graphs conform" in result.stdout


# ------------------------------------------------------------------------------------------------------ help


COMMANDS = [
    ["load"],
    ["statements"],
    ["query", "list"],
    ["query", "run"],
    ["export"],
    ["log"],
    ["rebuild"],
    ["compact"],
    ["validate"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_help_has_an_example(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example:" in result.stdout
    assert "statgraph " + " ".join(command) in result.stdout


def test_top_level_help_has_an_example() -> None:
    result = invoke("--help")
    assert result.exit_code == 0, result.output
    assert "Example:" in result.stdout


def test_the_documented_condemnations_example_runs(loaded: Path) -> None:
    for command in (["--help"], ["query", "run", "--help"]):
        text = invoke(*command).stdout
        m = re.search(r"statgraph query run condemnations ((?:--param|-p) \S+)", text)
        assert m, text
        result = invoke("query", "run", "condemnations", *m.group(1).split(), "--store", loaded)
        assert result.exit_code == 0, result.output


def test_a_release_failing_the_shapes_is_rejected_and_the_others_load(tmp_path: Path, store: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES / "2014-11-18_nato_en_sg-closer-cooperation-eu.txt", folder)
    # No publisher given and no speaker to take one from: the shapes require a publisher.
    (folder / "anonymous.md").write_text(
        "---\ntitle: Weather report\ndate: 2020-05-04\nlang: en\n---\n\n"
        "It rained in the morning and the sun came out in the afternoon over the city.\n",
        encoding="utf-8",
    )
    result = invoke("load", folder, "--store", store)
    assert result.exit_code == 1
    assert summary(result)[:5] == (1, 0, 0, 1, 0)
    assert "anonymous.md: rejected, 1 violation(s)" in result.stderr
    assert "dcterms:publisher" in result.stderr
    log = invoke("log", "--format", "jsonl", "--store", store)
    sources = [json.loads(line).get("source") for line in log.stdout.splitlines()]
    assert "anonymous.md" not in sources
    assert "2014-11-18_nato_en_sg-closer-cooperation-eu.txt" in sources


def test_an_update_runs_only_with_allow_update_and_is_said_to_be_unrecorded(
    tmp_path: Path, loaded: Path
) -> None:
    store = fresh_copy(loaded, tmp_path / "store")
    rq = tmp_path / "note.rq"
    rq.write_text(
        "# title: Add a note\n# description: an analyst's own triple\nPREFIX ex: <http://example.org/>\n"
        'INSERT DATA { GRAPH ex:notes { ex:a ex:b "c" } }\n',
        encoding="utf-8",
    )
    refused = invoke("query", "run", rq, "--store", store)
    assert refused.exit_code == 2 and "not allowed" in refused.stderr
    done = invoke("query", "run", rq, "--allow-update", "--store", store)
    assert done.exit_code == 0 and done.stdout == "update applied to the projection\n"
    assert "does not record updates" in done.stderr
    service = tmp_path / "service.rq"
    service.write_text(
        "# title: Reach out\n# description: x\n"
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }\n",
        encoding="utf-8",
    )
    assert invoke("query", "run", service, "--allow-update", "--store", store).exit_code == 2


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_timeline_draws_the_statements_on_a_target(tmp_path: Path, loaded: Path, suffix: str) -> None:
    out = tmp_path / f"russia{suffix}"
    result = invoke("timeline", "--target", "Russie", "--out", out, "--store", loaded)
    assert result.exit_code == 0, result.output
    m = re.match(r"drew (\d+) statements to ", result.stdout)
    assert m and int(m.group(1)) > 0
    data = out.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b"<svg" in data and b"Jens Stoltenberg" in data
    unknown = invoke("timeline", "--target", "Atlantis", "--out", out, "--store", loaded)
    assert unknown.exit_code == 2 and "Atlantis" in unknown.stderr


def test_timeline_refuses_an_unknown_picture_format(tmp_path: Path, loaded: Path) -> None:
    result = invoke("timeline", "--target", "Russia", "--out", tmp_path / "x.pdf", "--store", loaded)
    assert result.exit_code == 2 and "x.pdf" in result.stderr and not (tmp_path / "x.pdf").exists()


def test_eval_scores_the_store_against_gold_files(tmp_path: Path, loaded: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "2014-11-18_nato_fr_stoltenberg-eu-ministers.json").write_text(
        json.dumps(
            {
                "release": "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt",
                "title": "Le secrétaire général de l’OTAN appelle à une coopération plus étroite avec l'UE",
                "date": "2014-11-18",
                "lang": "fr",
                "statements": [
                    {
                        "speaker": "Jens Stoltenberg",
                        "stance": "condemns",
                        "target": ["Russia"],
                        "kind": "indirect",
                        "evidence": "Il a condamné l'agression continue de la Russie contre l'Ukraine",
                    },
                    {
                        "speaker": "Jens Stoltenberg",
                        "stance": "warns",
                        "target": ["Atlantis"],
                        "kind": "indirect",
                        "evidence": "nothing",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    result = invoke("eval", "--gold", gold, "--store", loaded, "-q")
    assert result.exit_code == 0, result.output
    line = result.stdout.strip()
    assert line.startswith("releases 1 | stance P ") and "R 0.500" in line and "metadata 1.000" in line
    assert invoke("eval", "--gold", tmp_path / "none", "--store", loaded).exit_code == 2

    result = invoke("eval", "--gold", gold, "--store", loaded, "-q", "--misses")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == line
    assert lines[1] == "missed 1: nothing on its evidence 1"
    assert lines[3] == "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt"
    assert lines[4:6] == [
        "  missed  Jens Stoltenberg | warns | Atlantis: nothing on its evidence",
        "          “nothing”",
    ]
    false = [x for x in lines if x.startswith("  false ")]
    assert lines[2] == f"false {len(false)}" and false
    # Each false statement names the rule and lexicon entry that produced it, as the store has them.
    assert all(re.search(r" \[(en|fr)\.[a-z.-]+(, cue [a-z-]+:[a-z-]+:.+@(en|fr))?\]$", x) for x in false), (
        false
    )
