"""The whole pipeline through the library API, on the dev corpus (/work/shared/corpus/releases).

Load, the founding release's statements, rebuild and catch-up of the projection,
export, and what a SIGKILL or a second loader does to a store (tests/_load_worker.py).
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic, to_canonical_graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

import statgraph
from statgraph.api import Statgraph
from statgraph.errors import ReleaseError, ValidationError, Violation
from statgraph.eventlog import FileRecorder
from statgraph.events import ReleaseRecorded, StatementsExtracted
from statgraph.namespaces import PREFIXES, VOCABULARY_GRAPH, release_iri
from statgraph.queries import format_result
from statgraph.store import OxigraphStore

VOCABULARY = ox.NamedNode(str(VOCABULARY_GRAPH))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "releases"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WORKER = Path(__file__).with_name("_load_worker.py")
SRC = str(Path(statgraph.__file__).resolve().parents[1])
FOUNDING = "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt"


@pytest.fixture(scope="module")
def corpus() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not at {CORPUS}")
    files = sorted(p for p in CORPUS.iterdir() if p.is_file() and not p.name.startswith("."))
    assert len(files) == 16
    return files


@pytest.fixture(scope="module")
def loaded(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus loaded once; the tests reading this store do not change it."""
    store = tmp_path_factory.mktemp("corpus") / "store"
    report = Statgraph(store).load([CORPUS])
    assert report.exit_code == 0, (report.errors, report.rejected)
    return store


def copy_store(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("lock", "*.lock"))
    return dest


def recorded_events(store: Path) -> list[ReleaseRecorded]:
    with FileRecorder(store / "events.log") as rec:
        return [e for e in rec.read() if isinstance(e, ReleaseRecorded)]


def snapshot(sg: Statgraph) -> tuple[list[bytes], list[str], dict[str, str]]:
    """The sorted N-Quads export and every saved query's default answer as CSV.

    The release graphs hold no blank nodes, so their lines are compared as they are. The
    vocabulary graph has a few (the owl:oneOf lists), whose labels Oxigraph draws afresh on
    each load: those triples are compared in rdflib's canonical form, i.e. up to isomorphism.
    """
    lines = sorted(line for line in sg.export("nquads").splitlines() if line.strip())
    plain = [line for line in lines if b"_:" not in line]
    blank = [
        q for q in ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_QUADS)
        if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)
    ]
    assert all(q.graph_name == VOCABULARY for q in blank)
    with_bnodes = Graph()
    nt = ox.serialize([q.triple for q in blank], format=ox.RdfFormat.N_TRIPLES)
    with_bnodes.parse(data=nt, format="nt")
    canonical = sorted(to_canonical_graph(with_bnodes).serialize(format="nt").splitlines())
    answers = {name: format_result(sg.query(name), "csv") for name in sorted(sg.catalogue())}
    return plain, canonical, answers


# -------------------------------------------------------------------------------------------------- (1) load


def test_loading_the_corpus_records_16_and_a_second_load_nothing(corpus: list[Path], tmp_path: Path) -> None:
    sg = Statgraph(tmp_path / "store")
    first = sg.load([CORPUS])
    assert len(first.new) == 16
    assert sorted(first.new) == sorted(p.name for p in corpus)
    assert (first.revised, first.rejected, first.errors) == ([], [], [])
    assert first.statements > 0 and first.triples > 0
    head = FileRecorder(sg.log_path).head()
    assert head == 32

    second = Statgraph(tmp_path / "store").load([CORPUS])
    assert (second.new, second.revised, second.rejected, second.errors) == ([], [], [], [])
    assert len(second.unchanged) == 16
    assert FileRecorder(sg.log_path).head() == head


# ---------------------------------------------------------------------------------- (2) the founding release


def test_the_founding_release(loaded: Path) -> None:
    rows = Statgraph(loaded).statements(release=FOUNDING)
    assert rows
    assert {r.source for r in rows} == {FOUNDING}
    found = {(r.speaker, r.stance, r.target) for r in rows}
    assert ("Jens Stoltenberg", "condemns", "Russia") in found
    assert any(r.stance == "supports" and r.target == "Minsk agreements" for r in rows)
    assert all(r.lang == "fr" and r.date == "2014-11-18" for r in rows)


# ---------------------------------------------------------------------------------- (3) rebuild and catch-up


def test_rebuild_gives_the_same_export_and_answers(loaded: Path, tmp_path: Path) -> None:
    sg = Statgraph(copy_store(loaded, tmp_path / "store"))
    before = snapshot(sg)
    assert before[0] and before[1] and all(before[2].values())
    assert sg.rebuild() == 32
    after = snapshot(sg)
    assert after[0] == before[0]
    assert after[1] == before[1]
    assert after[2] == before[2]


def test_a_deleted_projection_is_rebuilt_from_the_log(loaded: Path, tmp_path: Path) -> None:
    store = copy_store(loaded, tmp_path / "store")
    before_rows = Statgraph(store).statements()
    before = snapshot(Statgraph(store))
    shutil.rmtree(store / "projection")
    assert not (store / "projection").exists()

    sg = Statgraph(store)
    assert sg.statements() == before_rows
    assert (store / "projection").is_dir()
    assert snapshot(sg) == before


# ------------------------------------------------------------------------------------------------ (4) export


def test_turtle_export_holds_count_triples(loaded: Path) -> None:
    sg = Statgraph(loaded)
    n = sg.count()
    assert n > 0
    bare = list(ox.parse(sg.export("turtle", vocabulary=False), format=ox.RdfFormat.TURTLE))
    assert len({q.triple for q in bare}) == len(bare) == n

    full = list(ox.parse(sg.export("turtle"), format=ox.RdfFormat.TURTLE))
    vocab_quads = [
        q for q in ox.parse(sg.export("nquads"), format=ox.RdfFormat.N_QUADS)
        if not str(q.graph_name.value).startswith("https://w3id.org/statgraph/data/release/")
    ]
    assert vocab_quads
    assert len(full) == len({q.triple for q in bare} | {q.triple for q in vocab_quads})


# ------------------------------------------------------------------------------ (5) SIGKILL, (6) two loaders


def worker_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH", "")) if p)
    return env


def start_worker(store: Path, files: list[Path], *, group: int = 0) -> subprocess.Popen[bytes]:
    one_load = ["--one-load", str(group)] if group else []
    return subprocess.Popen(
        [sys.executable, str(WORKER), *one_load, str(store), *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=worker_env(),
    )


@pytest.fixture(scope="module")
def corpus_copy(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("releases")
    for path in corpus:
        shutil.copy(path, folder / path.name)
    return sorted(folder.iterdir())


def check_store_after_kill(store: Path, printed: list[str], files: list[Path]) -> None:
    log = store / "events.log"
    if log.exists():
        report = FileRecorder(log).check()
        assert all(p.startswith("torn tail") for p in report.problems), report.problems
        with FileRecorder(log) as rec:
            events = list(rec.read())
        # Every release is one ReleaseRecorded and its StatementsExtracted, never half of one.
        assert len(events) % 2 == 0
        for recorded, extracted in zip(events[::2], events[1::2], strict=True):
            assert isinstance(recorded, ReleaseRecorded), recorded
            assert isinstance(extracted, StatementsExtracted), extracted
            assert (recorded.release_id, recorded.sha256) == (extracted.release_id, extracted.sha256)
        in_log = {e.source for e in events if isinstance(e, ReleaseRecorded)}
    else:
        in_log = set()
    assert set(printed) <= in_log, set(printed) - in_log

    report = Statgraph(store).load(files)
    assert report.exit_code == 0, (report.errors, report.rejected)
    assert sorted(report.new + report.unchanged) == sorted(p.name for p in files)
    shas = Counter(e.sha256 for e in recorded_events(store))
    assert len(shas) == 16
    assert set(shas.values()) == {1}


def kill_during_loads(tmp_path: Path, files: list[Path], full_run: float, seed: int, group: int = 0) -> None:
    """Six loads killed at moments spread over a full run's length, each store then checked."""
    rng = random.Random(seed)
    iterations = 6
    interrupted = mid_load = 0
    for i in range(iterations):
        store = tmp_path / f"store{i}"
        # Spread the kills over the run: from the start-up to the end of the last file.
        low = 0.5 + (full_run - 0.5) * i / iterations
        high = 0.5 + (full_run - 0.5) * (i + 1) / iterations
        delay = rng.uniform(low, high)
        proc = start_worker(store, files, group=group)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
        assert proc.returncode in (-signal.SIGKILL, 0)
        printed = out.decode().split()
        interrupted += proc.returncode == -signal.SIGKILL
        mid_load += proc.returncode == -signal.SIGKILL and len(printed) < len(files)
        check_store_after_kill(store, printed, files)
    # On a busy machine the last windows can fall after the last file is reported (while the
    # derived graph is brought up to date): such a kill still tests a sound store, but some
    # kills must land before every file is reported.
    assert interrupted >= iterations // 2, "the kills should land while the worker runs"
    assert mid_load >= 1, "a kill should land before every file is reported"


@pytest.mark.slow
def test_sigkill_while_loading_leaves_a_sound_store(corpus_copy: list[Path], tmp_path: Path) -> None:
    started = time.monotonic()
    full = start_worker(tmp_path / "full", corpus_copy)
    out, err = full.communicate(timeout=120)
    full_run = time.monotonic() - started
    assert full.returncode == 0, err.decode()
    assert out.decode().split() == [p.name for p in corpus_copy]

    kill_during_loads(tmp_path, corpus_copy, full_run, seed=20141118)


@pytest.mark.slow
def test_sigkill_during_one_load_of_many_files_loses_no_reported_group(
    corpus_copy: list[Path], tmp_path: Path
) -> None:
    # One load call commits groups of 3 releases; a file is reported once its group is durable.
    started = time.monotonic()
    full = start_worker(tmp_path / "full", corpus_copy, group=3)
    out, err = full.communicate(timeout=120)
    full_run = time.monotonic() - started
    assert full.returncode == 0, err.decode()
    assert out.decode().split() == [p.name for p in corpus_copy]
    with FileRecorder(tmp_path / "full" / "events.log") as rec:
        assert rec.check().commits == 6  # 16 releases in groups of 3

    kill_during_loads(tmp_path, corpus_copy, full_run, seed=20141119, group=3)


@pytest.mark.slow
def test_two_concurrent_loaders(corpus_copy: list[Path], loaded: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    procs = [start_worker(store, corpus_copy), start_worker(store, list(reversed(corpus_copy)))]
    results = [p.communicate(timeout=180) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err.decode()
        assert sorted(out.decode().split()) == sorted(p.name for p in corpus_copy)
    report = FileRecorder(store / "events.log").check()
    assert report.ok, report.problems
    assert report.events == 32
    shas = Counter(e.sha256 for e in recorded_events(store))
    assert len(shas) == 16
    assert set(shas.values()) == {1}
    # The projection both loaders wrote holds what one loader alone would have written.
    assert sorted(Statgraph(store).statements(), key=lambda r: r.id) == sorted(
        Statgraph(loaded).statements(), key=lambda r: r.id
    )


def test_a_load_commits_in_groups_and_tells_files_in_order(
    corpus: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from statgraph import api

    monkeypatch.setattr(api._Loader, "GROUP", 3)
    folder = tmp_path / "in"
    folder.mkdir()
    names = []
    for i, path in enumerate(corpus[:8]):
        name = f"{i:02d}-{path.name}"
        shutil.copy(path, folder / name)
        names.append(name)
    (folder / "03-broken.json").write_text("{ not json")  # between two releases of one group
    shutil.copy(corpus[0], folder / "05-copy.txt")  # the same content again: unchanged
    names = sorted([*names, "03-broken.json", "05-copy.txt"])
    told: list[tuple[str, str]] = []
    report = Statgraph(tmp_path / "store").load([folder], on_file=lambda s, o: told.append((Path(s).name, o)))
    assert [name for name, _ in told] == names
    assert dict(told)["03-broken.json"] == "error" and dict(told)["05-copy.txt"] == "unchanged"
    assert len(report.new) == 8
    log = FileRecorder(tmp_path / "store" / "events.log")
    try:
        check = log.check()
    finally:
        log.close()
    # 8 releases, 2 events each, in groups of 3: 3 commits, one fsync each.
    assert (check.events, check.commits) == (16, 3)


def assert_projects_the_log(sg: Statgraph) -> None:
    """The store's projection and answers are those a rebuild from its log gives."""

    def releases() -> list[bytes]:  # the vocabulary's blank nodes are named anew by a rebuild
        return sorted(q for q in sg.export("nquads").splitlines() if not q.endswith(b"/graph/vocabulary> ."))

    loaded = releases()
    answers = {name: format_result(sg.query(name), "csv") for name in sorted(sg.catalogue())}
    assert len(loaded) > 3000
    sg.rebuild()
    assert releases() == loaded
    assert {name: format_result(sg.query(name), "csv") for name in sorted(sg.catalogue())} == answers


def test_a_load_prepares_the_next_releases_while_a_batch_is_written(
    corpus: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The projection's batches are written by a thread while the releases after them are
    prepared, one batch at a time and in order; the store is the one a load gives otherwise."""
    import threading

    from statgraph import api, pipeline, projection

    monkeypatch.setattr(api._Loader, "GROUP", 2)
    monkeypatch.setattr(api._Loader, "PROJECTED", 4)
    writing, overlapped = threading.Event(), threading.Event()
    writers: list[str] = []
    positions: list[int] = []
    apply_graphs, prepare = projection.Projector.apply_graphs, pipeline.Preparer.prepare

    def slow_apply(self: projection.Projector, graphs: object, *, position: int, **kw: object) -> None:
        writers.append(threading.current_thread().name)
        positions.append(position)
        writing.set()
        overlapped.wait(timeout=5)  # a writer on the preparing thread waits here for nothing
        writing.clear()
        apply_graphs(self, graphs, position=position, **kw)  # type: ignore[arg-type]

    def watched_prepare(self: pipeline.Preparer, *args: object, **kw: object) -> object:
        if writing.is_set():
            overlapped.set()
        return prepare(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(projection.Projector, "apply_graphs", slow_apply)
    monkeypatch.setattr(pipeline.Preparer, "prepare", watched_prepare)
    store = tmp_path / "store"
    assert Statgraph(store).load(corpus).exit_code == 0
    assert overlapped.is_set()
    assert writers and threading.main_thread().name not in writers
    assert positions == sorted(positions) and len(positions) == 4
    monkeypatch.undo()
    assert_projects_the_log(Statgraph(store))


def test_a_failure_writing_a_batch_fails_the_load_and_leaves_a_sound_store(
    corpus: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's write fails in the writing thread: the load raises it, with what it recorded, and
    the next command brings the projection up to the log."""
    from statgraph import api, projection
    from statgraph.errors import StoreError

    monkeypatch.setattr(api._Loader, "GROUP", 2)
    monkeypatch.setattr(api._Loader, "PROJECTED", 4)
    apply_graphs = projection.Projector.apply_graphs
    calls = []

    def failing(self: projection.Projector, *args: object, **kw: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise StoreError("disk full (simulated)")
        apply_graphs(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(projection.Projector, "apply_graphs", failing)
    store = tmp_path / "store"
    with pytest.raises(StoreError, match="simulated") as failed:
        Statgraph(store).load(corpus)
    partial = failed.value.partial  # type: ignore[attr-defined]
    assert 4 <= len(partial.new) < 16  # (the groups recorded before the failure was seen)
    monkeypatch.undo()
    sg = Statgraph(store)
    assert "behind the log" in sg.check().projection
    assert len(sg.statements()) > 0  # (any command catches the projection up)
    assert sg.check().ok
    assert sg.load(corpus).exit_code == 0
    assert len(recorded_events(store)) == 16
    assert_projects_the_log(sg)


def test_a_worker_s_graph_renumbered_is_the_graph_of_the_numbered_events(
    corpus: list[Path], tmp_path: Path
) -> None:
    from statgraph.projection import build_triples

    sg = Statgraph(tmp_path / "store")
    checked = 0
    for path in corpus[:5]:
        for prep in sg.preparer.prepare(path).prepared:
            for seq in (1, 2, 9, 10, 99, 12345):
                numbered = prep.numbered(seq)
                assert numbered is not None
                recorded, extracted, data = numbered
                assert (recorded.seq, extracted.seq) == (seq, seq + 1)
                assert data == build_triples(recorded, extracted).ntriples()
                checked += 1
    assert checked == 30


def test_load_with_two_jobs_projects_what_a_rebuild_from_the_log_gives(
    corpus: list[Path], tmp_path: Path
) -> None:
    sg = Statgraph(tmp_path / "store")
    assert sg.load(corpus, jobs=2).exit_code == 0

    def releases() -> list[bytes]:  # the vocabulary's blank nodes are named anew by a rebuild
        return sorted(q for q in sg.export("nquads").splitlines() if not q.endswith(b"/graph/vocabulary> ."))

    loaded = releases()
    assert len(loaded) > 3000
    sg.rebuild()
    assert releases() == loaded


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_file_among_good_ones_is_reported_whatever_the_jobs(tmp_path: Path, jobs: int) -> None:
    # A worker's ReleaseError comes back pickled: it must be made again, not break the pool.
    folder = tmp_path / "releases"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "bad.txt").write_text("only a title", encoding="utf-8")
    report = Statgraph(tmp_path / "store").load([folder], jobs=jobs)
    assert report.exit_code == 2
    assert [(Path(e.path).name, e.problem) for e in report.errors] == [
        ("bad.txt", "no body text (only one line, taken as the title)")
    ]
    assert len(report.new) == 3


@pytest.mark.parametrize(
    "error",
    [
        ReleaseError("a/b.txt", "no date found"),
        ValidationError("b.txt", [Violation("focus", "path", "message")]),
    ],
)
def test_errors_cross_a_process_boundary_whole(error: Exception) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error) and vars(again) == vars(error)


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples"])
def test_an_export_written_a_graph_at_a_time_is_the_export_made_whole(loaded: Path, fmt: str) -> None:
    """Line formats, Turtle and TriG are streamed graph by graph (store.dump_to); what they say is
    what one serialisation of all the graphs merged in memory says."""
    sg = Statgraph(loaded)
    with sg.view() as (_, store):
        assert isinstance(store, OxigraphStore)
        graphs = [g for g in store.named_graphs() if g.startswith(release_iri(""))]
        graphs.append(str(VOCABULARY_GRAPH))
        whole = store._dump_whole(fmt, graphs=graphs, prefixes=PREFIXES)
    streamed = sg.export(fmt)
    rdf_format = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt"}[fmt]
    if fmt in {"trig", "nquads"}:
        a, b = Dataset(), Dataset()
        a.parse(data=whole, format=rdf_format)
        b.parse(data=streamed, format=rdf_format)
        names = {g.identifier for g in a.graphs()} - {DATASET_DEFAULT_GRAPH_ID}
        assert names == {g.identifier for g in b.graphs()} - {DATASET_DEFAULT_GRAPH_ID}
        assert len(names) == len(graphs)
        for name in names:
            assert isomorphic(a.graph(name), b.graph(name)), name
    else:
        a_graph, b_graph = Graph(), Graph()
        a_graph.parse(data=whole, format=rdf_format)
        b_graph.parse(data=streamed, format=rdf_format)
        assert len(a_graph) > 1000
        assert isomorphic(a_graph, b_graph)


def test_one_release_statements_are_those_of_the_whole_store_for_it(loaded: Path) -> None:
    sg = Statgraph(loaded)
    everything = sg.statements()
    for release in sorted({r.release for r in everything}):
        mine = [r for r in everything if r.release == release]
        assert sg.statements(release=release) == mine


def _count_compactions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The store positions at which the projection is compacted from now on (it still is)."""
    compacted: list[int] = []
    real = OxigraphStore.optimize

    def optimize(self: OxigraphStore) -> None:
        compacted.append(self.position())
        real(self)

    monkeypatch.setattr(OxigraphStore, "optimize", optimize)
    return compacted


def test_a_load_that_doubles_the_store_compacts_it_and_a_small_one_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import statgraph.api

    compacted = _count_compactions(monkeypatch)
    monkeypatch.setattr(statgraph.api, "COMPACT_MIN_EVENTS", 4)
    files = sorted(EXAMPLES.glob("*.txt"))
    sg = Statgraph(tmp_path / "store")
    sg.load(files[:4])  # 8 events into an empty store
    assert compacted == [8]
    sg.load(files[4:5])  # 2 more: a fifth of the store
    assert compacted == [8]
    sg.load(files[5:])  # 6 more: 6 of 16
    assert compacted == [8]
    sg.rebuild()
    assert compacted == [8, 16]
    assert len(sg.query("condemnations", {"target_name": "Russia"}).rows) > 0


def test_a_store_derived_by_another_layout_is_derived_again_and_compacted_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sg = Statgraph(tmp_path / "store")
    sg.load(sorted(EXAMPLES.glob("*.txt")))
    expected = sg.query("first-last-stance").rows
    store = OxigraphStore(tmp_path / "store" / "projection")
    store.set_derived_position(store.position(), "an earlier layout")
    store.close()
    compacted = _count_compactions(monkeypatch)
    assert sg.query("first-last-stance").rows == expected
    assert sg.query("first-last-stance").rows == expected
    assert len(compacted) == 1


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        # A line above the first paragraph names an organisation of the vocabulary.
        ("statement.txt", "Press release - UNHCR", "UNHCR"),
        # A person of the vocabulary the title names: whom they speak for.
        ("statement.txt", "Jens Stoltenberg in Beirut", "NATO"),
        # Nothing in the text: the publisher part of a file named as the corpus names them.
        ("2020-08-05_be-diplomatie_fr_beyrouth.txt", "Actualités", "be-diplomatie"),
    ],
)
def test_a_web_copy_naming_no_publisher_infers_one(
    tmp_path: Path, name: str, head: str, expected: str
) -> None:
    text = (
        "Explosions à Beyrouth\n\n05 août 2020\n\n" + head + "\n\n"
        "Le ministre a exprimé ses condoléances au peuple libanais après les explosions survenues "
        "hier dans le port de Beyrouth, qui ont fait de nombreuses victimes et des milliers de blessés.\n"
    )
    (tmp_path / name).write_text(text, encoding="utf-8")
    sg = Statgraph(tmp_path / "store")
    report = sg.load([tmp_path / name])
    assert report.exit_code == 0 and len(report.new) == 1
    with sg.view() as (_log, store):
        rows = list(
            store.raw.query(
                "SELECT ?p ?i WHERE { ?r dcterms:publisher ?p ; sg:publisherInferred ?i }",
                prefixes=PREFIXES,
                use_default_graph_as_union=True,
            )
        )
    assert [(row["p"].value, row["i"].value) for row in rows] == [(expected, "true")]
