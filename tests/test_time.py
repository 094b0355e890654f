"""Two clocks: analysts' corrections as events, re-extraction, revisions, as-of views and diffs."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from statgraph.api import Statgraph
from statgraph.cli import app
from statgraph.config import Settings, data_dir
from statgraph.errors import InputError, NotFoundError, ValidationError
from statgraph.eventlog import FileRecorder

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FOUNDING = "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("template") / "store"
    report = Statgraph(store).load([EXAMPLES])
    assert report.exit_code == 0
    return store


@pytest.fixture
def sg(template: Path, tmp_path: Path) -> Statgraph:
    store = tmp_path / "store"
    shutil.copytree(template, store, ignore=shutil.ignore_patterns("lock", "*.lock"))
    return Statgraph(store)


def head(sg: Statgraph) -> int:
    return FileRecorder(sg.log_path).head()


def find(sg: Statgraph, *, stance: str, target: str, source: str = FOUNDING, as_of: str | int | None = None):
    rows = [
        r
        for r in sg.statements(as_of=as_of)
        if r.source == source and r.stance == stance and r.target == target
    ]
    return rows[0] if rows else None


def test_a_retraction_leaves_the_graph_now_and_stays_in_the_past(sg: Statgraph) -> None:
    row = find(sg, stance="condemns", target="Russia")
    assert row is not None
    before = head(sg)
    event = sg.retract(row.id, reason="speaker only paraphrased", by="alice")
    assert event.seq == before + 1 and event.by == "alice"
    assert find(sg, stance="condemns", target="Russia") is None
    assert find(sg, stance="condemns", target="Russia", as_of=before) is not None
    assert find(sg, stance="condemns", target="Russia", as_of=event.seq) is None
    # The graph says who retracted it, when and why.
    with sg.view() as (_, store):
        answer = list(
            store.query(
                "SELECT ?s ?reason ?name ?when WHERE { ?s prov:wasInvalidatedBy ?a ; "
                "prov:invalidatedAtTime ?when . ?a a sg:Retraction ; sg:reason ?reason ; "
                "prov:wasAssociatedWith/foaf:name ?name }",
                substitutions={ox.Variable("s"): ox.NamedNode(row.id)},
                prefixes={
                    "sg": "https://w3id.org/statgraph/ns#",
                    "prov": "http://www.w3.org/ns/prov#",
                    "foaf": "http://xmlns.com/foaf/0.1/",
                },
            )
        )
    assert [(a["reason"].value, a["name"].value) for a in answer] == [("speaker only paraphrased", "alice")]
    lives = [what for _ev, what in sg.history(row.id)]
    assert lives[0] == "extracted" and lives[-1] == "retracted by alice: speaker only paraphrased"


def test_a_retraction_needs_a_reason_and_a_statement_in_force(sg: Statgraph) -> None:
    row = find(sg, stance="condemns", target="Russia")
    assert row is not None
    with pytest.raises(InputError, match="reason"):
        sg.retract(row.id, reason="  ")
    with pytest.raises(NotFoundError):
        sg.retract("0000000000000000", reason="x")
    sg.retract(row.id, reason="x")
    with pytest.raises(InputError, match="already"):
        sg.retract(row.id, reason="again")


def test_a_correction_replaces_the_statement_and_links_the_revision(sg: Statgraph) -> None:
    row = find(sg, stance="supports", target="Minsk agreements")
    assert row is not None
    event = sg.correct(row.id, stance="calls-for", target="Russie", reason="the support is a demand")
    assert event.statement is not None
    assert find(sg, stance="supports", target="Minsk agreements") is None
    new = [r for r in sg.statements() if r.id.endswith(event.statement.statement_id)]
    assert [(r.stance, r.target, r.speaker) for r in new] == [("calls-for", "Russia", "Jens Stoltenberg")]
    with sg.view() as (_, store):
        linked = list(
            store.query(
                "SELECT ?old WHERE { ?new prov:wasRevisionOf ?old ; prov:wasGeneratedBy ?a . "
                "?a a sg:Correction ; sg:reason ?r . ?old prov:wasInvalidatedBy ?a }",
                substitutions={ox.Variable("old"): ox.NamedNode(row.id)},
                prefixes={"sg": "https://w3id.org/statgraph/ns#", "prov": "http://www.w3.org/ns/prov#"},
            )
        )
    assert len(linked) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"stance": "praises"}, "not one of"),
        ({"target": "Atlantis"}, "not an actor or topic"),
        ({"speaker": "Minsk agreements"}, "not an actor"),
        ({}, "changes nothing"),
    ],
)
def test_a_bad_correction_is_refused_and_records_nothing(sg: Statgraph, kwargs: dict, message: str) -> None:
    row = find(sg, stance="condemns", target="Russia")
    assert row is not None
    before = head(sg)
    with pytest.raises(InputError, match=message):
        sg.correct(row.id, reason="r", **kwargs)
    assert head(sg) == before


def test_annotations_are_validated_and_recorded(sg: Statgraph, tmp_path: Path) -> None:
    good = tmp_path / "missed.yaml"
    good.write_text(
        f"release: {FOUNDING}\nreason: missed by the extractor\nstatements:\n"
        "  - speaker: Jens Stoltenberg\n    stance: welcomes\n    target: OSCE\n    kind: indirect\n"
        '    evidence: "les travaux menés en Ukraine par l\'Organisation pour la sécurité"\n',
        encoding="utf-8",
    )
    [event] = sg.annotate(good, by="bob")
    assert event.by == "bob" and len(event.statements) == 1
    assert find(sg, stance="welcomes", target="OSCE") is not None

    bad = tmp_path / "bad.json"
    doc = {
        "release": FOUNDING,
        "statements": [
            {
                "speaker": "Jens Stoltenberg",
                "stance": "condemns",
                "target": "Russia",
                "evidence": "words that are not in the release",
            }
        ],
    }
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = head(sg)
    with pytest.raises(InputError, match="not in the text"):
        sg.annotate(bad)
    assert head(sg) == before


def test_an_annotation_failing_the_shapes_records_nothing(sg: Statgraph, tmp_path: Path) -> None:
    # A topic as speaker passes name resolution only when the shapes are not asked: use an IRI of
    # the vocabulary that is not an actor, so the SHACL gate is what refuses it.
    path = tmp_path / "a.yaml"
    path.write_text(
        f"release: {FOUNDING}\nstatements:\n"
        "  - speaker: https://w3id.org/statgraph/id/audience/reporters\n    stance: condemns\n"
        '    target: Russia\n    evidence: "Il a condamné"\n',
        encoding="utf-8",
    )
    before = head(sg)
    with pytest.raises((ValidationError, InputError)):
        sg.annotate(path)
    assert head(sg) == before


def test_reextract_records_nothing_when_nothing_changed(sg: Statgraph) -> None:
    assert sg.reextract() == []


def test_reextract_with_a_new_cue_keeps_retractions_in_force(sg: Statgraph, tmp_path: Path) -> None:
    row = find(sg, stance="condemns", target="Russia")
    assert row is not None
    sg.retract(row.id, reason="checked by hand")
    ontology = tmp_path / "ontology"
    shutil.copytree(data_dir("ontology"), ontology)
    with (ontology / "stances.ttl").open("a", encoding="utf-8") as fh:
        # "souhaiter" (to wish for) as a support cue: a lexicon change an analyst might make.
        fh.write('\nstance:supports sg:verbCue "souhaiter"@fr, "want"@en .\n')
    changed = Statgraph(sg.root, settings=dataclasses.replace(Settings.from_env(), ontology=ontology))
    events = changed.reextract()
    assert events, "the new cue finds new statements"
    assert all(e.lexicon_hash != sg.extractor.lexicon_hash for e in events)
    assert find(changed, stance="condemns", target="Russia") is None  # the retraction still holds
    assert changed.reextract() == []


def test_a_reader_parses_no_vocabulary_the_store_already_holds(
    sg: Statgraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    import statgraph.api

    def unread(folder: Path) -> None:
        raise AssertionError(f"{folder} was parsed")

    monkeypatch.setattr(statgraph.api, "load_vocabulary", unread)
    reader = Statgraph(sg.root)
    assert reader.query("condemnations", {"target_name": "Russia"}).rows
    assert reader.statements()


def test_an_edited_vocabulary_reaches_the_store_on_the_next_read(sg: Statgraph, tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(data_dir("ontology"), ontology)
    with (ontology / "actors.ttl").open("a", encoding="utf-8") as fh:
        fh.write('\nactor:russia skos:altLabel "Muscovy"@en .\n')
    assert not sg.query("condemnations", {"target_name": "Muscovy"}).rows
    changed = Statgraph(sg.root, settings=dataclasses.replace(Settings.from_env(), ontology=ontology))
    assert changed.query("condemnations", {"target_name": "Muscovy"}).rows
    # And back: the store follows the files it is read with.
    assert not Statgraph(sg.root).query("condemnations", {"target_name": "Muscovy"}).rows


def test_a_store_held_open_is_opened_once_and_answers_as_one_opened_each_time(
    sg: Statgraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    import statgraph.api

    expected = sg.query("condemnations", {"target_name": "Russia"}).rows
    opened: list[object] = []
    real = statgraph.api.OxigraphStore

    def counted(*args: object, **kwargs: object) -> object:
        opened.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(statgraph.api, "OxigraphStore", counted)
    with Statgraph(sg.root) as held:
        assert not opened  # nothing is opened before an operation needs it
        for _ in range(3):
            assert held.query("condemnations", {"target_name": "Russia"}).rows == expected
        assert held.statements()
        with held:  # a nested block keeps the same session
            assert held.query("condemnations", {"target_name": "Russia"}).rows == expected
        assert held.query("speakers").rows
        assert len(opened) == 1
    Statgraph(sg.root).query("speakers")
    assert len(opened) == 2, "the block's end closed the store: the next call opens it again"


def test_a_store_held_open_keeps_other_users_waiting_until_the_block_ends(
    sg: Statgraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    import statgraph.api
    from statgraph.errors import StoreUnavailableError

    monkeypatch.setattr(statgraph.api, "LOCK_TIMEOUT", 0.2)
    other = Statgraph(sg.root)
    with Statgraph(sg.root) as held:
        other.query("speakers")  # before the first operation, nothing is held
        held.query("speakers")
        with pytest.raises(StoreUnavailableError):
            other.query("speakers")
    assert other.query("speakers").rows


def test_writes_inside_a_held_block_are_read_back_with_their_derived_graph(sg: Statgraph) -> None:
    row = find(sg, stance="condemns", target="Russia")
    assert row is not None
    counts_before = sg.query("stance-counts").rows
    with Statgraph(sg.root) as held:
        before = held.query("retractions-and-corrections").rows
        held.retract(row.id, reason="quoted out of context", by="alice")
        after = held.query("retractions-and-corrections").rows
        assert len(after) == len(before) + 1
        # The derived graph (tallies) follows the write inside the block too.
        assert held.query("stance-counts").rows != counts_before
        assert held.rebuild() > 0  # a rebuild replaces the projection the block held
        assert held.query("retractions-and-corrections").rows == after
    assert (
        Statgraph(sg.root).query("stance-counts").rows
        == Statgraph(sg.root).query(str(ROOT / "tests" / "reference_queries" / "stance-counts.rq")).rows
    )


def test_a_failed_operation_inside_a_held_block_leaves_the_next_one_working(sg: Statgraph) -> None:
    from statgraph.errors import QueryError

    bad = sg.root.parent / "bad.rq"
    bad.write_text("# title: broken\nSELECT ?s WHERE { ?s ?p }\n", encoding="utf-8")
    with Statgraph(sg.root) as held:
        assert held.query("speakers").rows
        with pytest.raises(QueryError):
            held.query(str(bad))
        assert held.query("speakers").rows


def test_a_release_loaded_again_with_new_text_is_a_revision(sg: Statgraph, tmp_path: Path) -> None:
    src = EXAMPLES / "2015-02-12_un-sg_fr_ban-ki-moon-minsk-cessez-le-feu.txt"
    text = src.read_text(encoding="utf-8")
    before = head(sg)
    revised = tmp_path / src.name
    revised.write_text(
        text + "\nLe Secrétaire général condamne fermement les violations du cessez-le-feu.\n",
        encoding="utf-8",
    )
    report = sg.load([revised])
    assert (report.new, report.revised) == ([], [src.name])
    rows_now = [r for r in sg.statements() if r.source == src.name]
    rows_then = [r for r in sg.statements(as_of=before) if r.source == src.name]
    assert any(r.stance == "condemns" for r in rows_now)
    assert not any(r.stance == "condemns" and "violations" in r.quote for r in rows_then)
    assert len([r for r in sg.statements() if r.source == src.name and "violations" in r.quote]) >= 1


def test_diff_lists_exactly_the_changes_between_two_points(sg: Statgraph) -> None:
    start = head(sg)
    a = find(sg, stance="condemns", target="Russia")
    b = find(sg, stance="supports", target="Minsk agreements")
    assert a is not None and b is not None
    sg.retract(a.id, reason="r1")
    sg.correct(b.id, stance="calls-for", reason="r2")
    report = sg.diff(start, head(sg))
    kinds = sorted((c.change, c.statement) for c in report.changes)
    assert [k for k, _ in kinds] == ["added", "corrected", "retracted"]
    assert {s for _, s in kinds} >= {a.id, b.id}
    assert sg.diff(start, start).changes == []


def _apply_patch(store: ox.Store, patch: str) -> None:
    for line in patch.splitlines():
        op, _, rest = line.partition(" ")
        if op not in {"A", "D"}:
            continue
        [quad] = list(ox.parse(rest, format=ox.RdfFormat.N_QUADS))
        (store.add if op == "A" else store.remove)(quad)


def test_the_rdf_patch_rebuilds_the_later_graph(sg: Statgraph) -> None:
    mid = head(sg)
    a = find(sg, stance="condemns", target="Russia")
    assert a is not None
    sg.retract(a.id, reason="r")
    end = head(sg)
    target = {str(q) for q in ox.parse(sg.export("nquads", vocabulary=False), format=ox.RdfFormat.N_QUADS)}
    # From nothing to the end: an empty dataset becomes the graph.
    patch = sg.diff(0, end).rdf_patch()
    assert patch.splitlines()[1] == "TX ." and patch.splitlines()[-1] == "TC ."
    empty = ox.Store()
    _apply_patch(empty, patch)
    assert {str(q) for q in empty} == target
    # From the middle to the end: the graph at the middle becomes the graph at the end.
    middle = ox.Store()
    middle.extend(ox.parse(sg.export("nquads", vocabulary=False, as_of=mid), format=ox.RdfFormat.N_QUADS))
    _apply_patch(middle, sg.diff(mid, end).rdf_patch())
    assert {str(q) for q in middle} == target


def test_as_of_a_date_and_bad_points(sg: Statgraph) -> None:
    assert sg.statements(as_of="1999-01-01") == []
    assert len(sg.statements(as_of="2999-01-01")) == len(sg.statements())
    with pytest.raises(InputError, match="not in the log"):
        sg.statements(as_of=10_000)
    with pytest.raises(InputError, match="ISO"):
        sg.statements(as_of="yesterday")


def test_log_filters(sg: Statgraph) -> None:
    assert {e.type for e in sg.events(types=["ReleaseRecorded"])} == {"ReleaseRecorded"}
    assert len(list(sg.events(since="2999-01-01"))) == 0
    assert len(list(sg.events(until="2999-01-01"))) == head(sg)
    assert {e.release_id for e in sg.events(release=FOUNDING)} == {
        sg._release_id(FileRecorder(sg.log_path), FOUNDING)
    }
    with pytest.raises(InputError, match="unknown event type"):
        list(sg.events(types=["Nope"]))


# ------------------------------------------------------------------------------------------ the commands


def run(*args: str | Path):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_commands_retract_history_diff_and_as_of(sg: Statgraph) -> None:
    store = sg.root
    row = find(sg, stance="condemns", target="Russia")
    assert row is not None
    start = head(sg)
    short = row.id.rsplit("/", 1)[-1]
    result = run("retract", short, "--reason", "paraphrase", "--by", "carol", "--store", store)
    assert result.exit_code == 0 and result.stdout == f"retracted {short} (event {start + 1})\n"
    assert run("retract", short, "--store", store).exit_code == 2  # --reason is required
    lines = run("history", short, "--store", store).stdout.splitlines()
    assert lines[-1].endswith("StatementRetracted   retracted by carol: paraphrase")
    text = run("diff", "--from", str(start), "--to", str(start + 1), "--store", store).stdout
    assert text.splitlines()[0].startswith(f"retracted {short} Jens Stoltenberg condemns Russia")
    assert text.splitlines()[-1].startswith(f"from event {start} to {start + 1}: 0 added, 1 retracted")
    patch = run(
        "diff", "--from", "0", "--to", str(start + 1), "--format", "rdf-patch", "--store", store
    ).stdout
    assert patch.startswith("H id <urn:statgraph:patch:0-") and patch.endswith("TC .\n")
    then = run("statements", "--format", "jsonl", "--as-of", str(start), "--store", store).stdout
    now = run("statements", "--format", "jsonl", "--store", store).stdout
    assert row.id in then and row.id not in now
    log = run("log", "--type", "StatementRetracted", "--store", store).stdout
    assert log.count("\n") == 1 and "retracted by carol: paraphrase" in log


def test_commands_correct_annotate_reextract(sg: Statgraph, tmp_path: Path) -> None:
    store = sg.root
    row = find(sg, stance="supports", target="Minsk agreements")
    assert row is not None
    result = run("correct", row.id, "--stance", "calls-for", "--reason", "demand", "--store", store)
    assert result.exit_code == 0 and result.stdout.startswith("corrected ")
    bad = run("correct", row.id, "--stance", "calls-for", "--reason", "again", "--store", store)
    assert bad.exit_code == 2 and "already" in bad.stderr
    ann = tmp_path / "a.yaml"
    ann.write_text(
        f"release: {FOUNDING}\nstatements:\n  - speaker: Stoltenberg\n    stance: welcomes\n"
        '    target: OSCE\n    evidence: "les travaux menés en Ukraine"\n',
        encoding="utf-8",
    )
    assert run("annotate", ann, "--store", store).stdout == "recorded 1 statements in 1 release(s)\n"
    broken = tmp_path / "b.yaml"
    broken.write_text("release: [unclosed\n", encoding="utf-8")
    result = run("annotate", broken, "--store", store)
    assert result.exit_code == 2 and str(broken) in result.stderr and "Traceback" not in result.output
    assert run("reextract", "--store", store).stdout == "recorded 0 new extraction(s)\n"


def test_query_run_and_export_as_of(sg: Statgraph) -> None:
    store = sg.root
    start = head(sg)
    row = find(sg, stance="condemns", target="Russia")
    assert row is not None
    sg.retract(row.id, reason="r")
    then = run(
        "query",
        "run",
        "release-statements",
        "-p",
        f"source={FOUNDING}",
        "--format",
        "csv",
        "--as-of",
        str(start),
        "--store",
        store,
    ).stdout
    now = run(
        "query", "run", "release-statements", "-p", f"source={FOUNDING}", "--format", "csv", "--store", store
    ).stdout
    assert "condemns,Russia," in then and "condemns,Russia," not in now
    old = run(
        "export", "--format", "nquads", "--no-vocabulary", "--as-of", str(start), "--store", store
    ).stdout
    new = run("export", "--format", "nquads", "--no-vocabulary", "--store", store).stdout
    assert "invalidatedAtTime" not in old and "invalidatedAtTime" in new
