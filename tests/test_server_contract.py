"""The shared-server contract: one suite, run against every SPARQL server statgraph pushes to.

Each test runs once per backend: a private Oxigraph server (PyPI package ``oxigraph``) and a
private Virtuoso (Debian's ``virtuoso-opensource``, the server of the issue, with Debian's
default [SPARQL] limits). The servers are started once for the run and emptied of statgraph
graphs before each test (tests/conftest.py); the tests see only ``SparqlServer``'s interface
(tests/_servers.py). The Virtuoso runs are marked ``virtuoso`` (``pytest -m virtuoso`` runs them)
and skipped where Virtuoso is not installed. What only one server does is tested in
tests/test_remote.py (Oxigraph) and tests/test_virtuoso.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from _servers import (
    EXAMPLES,
    SparqlServer,
    assert_same_answers,
    doubled_answer,
    quads_but_meta,
    raw_select,
    release_quads,
    virtuoso_binaries,
)
from statgraph.api import PushReport, Statgraph
from statgraph.cli import app
from statgraph.errors import StoreError, StoreUnavailableError
from statgraph.remote import Endpoint, SparqlStore

TYPICAL_CAP = 10_000  # Virtuoso's default ResultSetMaxRows

BACKENDS = [
    pytest.param("oxigraph", id="oxigraph"),
    pytest.param(
        "virtuoso",
        id="virtuoso",
        marks=[
            pytest.mark.virtuoso,
            pytest.mark.skipif(
                virtuoso_binaries() is None,
                reason="Virtuoso (Debian package 'virtuoso-opensource') is not installed",
            ),
        ],
    ),
]


@pytest.fixture(params=BACKENDS)
def server(request: pytest.FixtureRequest) -> SparqlServer:
    """The backend's server, started once for the run, emptied of statgraph graphs."""
    srv: SparqlServer = request.getfixturevalue(f"{request.param}_server")
    srv.clear()
    return srv


@pytest.fixture(scope="module")
def other_log(tmp_path_factory: pytest.TempPathFactory) -> Statgraph:
    """A second local store, with an event log of its own."""
    sg = Statgraph(tmp_path_factory.mktemp("other") / "store")
    assert sg.load([EXAMPLES / "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt"]).exit_code == 0
    return sg


def push(sg: Statgraph, server: SparqlServer, *, graph_store: bool = False, batch: int = 100) -> PushReport:
    """``sg`` pushed to ``server`` by SPARQL Update, or by the Graph Store Protocol with ``graph_store``."""
    return sg.push(
        server.query,
        update_endpoint=server.update,
        graph_store=server.store if graph_store else None,
        batch=batch,
    )


def client(server: SparqlServer, retries: int = 4) -> SparqlStore:
    """statgraph's own client of ``server``, past the Statgraph API."""
    return SparqlStore(Endpoint.from_store_url(server.query, update=server.update), retries=retries)


@pytest.mark.parametrize("graph_store", [True, False], ids=["graph-store", "sparql-update"])
def test_push_then_read_back_the_same_graph(
    server: SparqlServer, local: Statgraph, graph_store: bool
) -> None:
    report = push(local, server, graph_store=graph_store, batch=3)
    assert (report.start, report.end) == (0, 16) and report.batches == 3
    remote = Statgraph(f"sparql+{server.query}")
    assert release_quads(remote.export("nquads")) == release_quads(local.export("nquads"))
    again = push(local, server, graph_store=graph_store)
    assert (again.start, again.end, again.graphs) == (16, 16, 0)


def test_the_saved_queries_give_the_same_answers_on_both_stores(
    server: SparqlServer, local: Statgraph, tmp_path: Path
) -> None:
    push(local, server)
    remote = Statgraph(f"sparql+{server.query}")
    assert_same_answers(local, remote)
    # The score with its misses reads each statement's rule and cue from the store it is given.
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "founding.json").write_text(
        '{"release": "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt", "statements": [{"speaker":'
        ' "Jens Stoltenberg", "stance": "warns", "target": ["Atlantis"], "evidence": "x"}]}',
        encoding="utf-8",
    )
    scored = local.evaluate(gold, misses=True)
    assert remote.evaluate(gold, misses=True) == scored and "  false   Jens Stoltenberg | " in scored
    assert "[fr." in scored


def test_an_interrupted_push_resumes_with_nothing_lost_or_doubled(
    server: SparqlServer, local: Statgraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real = SparqlStore.put_graph

    def failing(self: SparqlStore, graph: str, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 5:  # the vocabulary, then two batches of two releases, then the connection drops
            raise StoreUnavailableError("connection reset (simulated)")
        real(self, graph, data)

    monkeypatch.setattr(SparqlStore, "put_graph", failing)
    with pytest.raises(StoreUnavailableError):
        push(local, server, graph_store=True, batch=2)
    done, _log = client(server).pushed()
    assert 0 < done < 16  # the batches before the failure are recorded on the server
    monkeypatch.setattr(SparqlStore, "put_graph", real)
    report = push(local, server, graph_store=True, batch=2)
    assert report.start == done and report.end == 16
    remote = Statgraph(f"sparql+{server.query}")
    assert release_quads(remote.export("nquads")) == release_quads(local.export("nquads"))


def test_a_killed_server_is_reported_and_the_push_resumes(server: SparqlServer, local: Statgraph) -> None:
    push(local, server)
    server.kill()
    try:
        with pytest.raises(StoreUnavailableError):
            client(server, retries=0).pushed()
    finally:
        server.restart()  # the same data and ports, as after a crash
    report = push(local, server)
    assert (report.start, report.end, report.graphs) == (16, 16, 0)


def test_a_push_from_another_log_is_refused(
    server: SparqlServer, local: Statgraph, other_log: Statgraph
) -> None:
    push(local, server, graph_store=True)
    with pytest.raises(StoreError, match="another event log"):
        push(other_log, server, graph_store=True)


def test_an_answer_larger_than_a_typical_cap_arrives_whole(
    server: SparqlServer, local: Statgraph, tmp_path: Path
) -> None:
    push(local, server)
    expected = 2 * quads_but_meta(local)
    assert expected > TYPICAL_CAP
    if server.cap is not None:
        # A server that caps answers (Virtuoso's documented ResultSetMaxRows; Oxigraph has no such
        # limit) cuts this one straight to it, without a word, even when asked for more.
        plain = raw_select(server.query, doubled_answer() + f" LIMIT {2 * expected}")
        assert len(plain["results"]["bindings"]) == server.cap
    # Through statgraph it arrives whole: the library, and a query file an analyst runs.
    _, rows = client(server).select(doubled_answer())
    assert len(rows) == expected and len(set(rows)) == expected
    query = tmp_path / "everything-twice.rq"
    query.write_text("# title: Every quad, twice\n" + doubled_answer() + "\n")
    answer = Statgraph(f"sparql+{server.query}").query(str(query))
    assert len(answer.rows) == expected


def test_commands_push_and_query_a_server(server: SparqlServer, local: Statgraph) -> None:
    runner = CliRunner()
    endpoints = [
        "--endpoint",
        server.query,
        "--update-endpoint",
        server.update,
        "--graph-store",
        server.store,
    ]
    pushed = runner.invoke(app, ["push", *endpoints, "--store", str(local.root)])
    assert pushed.exit_code == 0, pushed.output
    # 8 release graphs, the vocabulary, its name keys, the derived graph, graph/unlisted and graph/order
    assert pushed.stdout.startswith("pushed events 1–16: 13 graphs in 1 batch(es) by graph store")
    remote = f"sparql+{server.query}"
    answer = runner.invoke(
        app,
        ["query", "run", "condemnations", "-p", "target_name=Russia", "--format", "csv", "--store", remote],
    )
    assert answer.exit_code == 0 and "Jens Stoltenberg" in answer.stdout
    refused = runner.invoke(app, ["load", str(EXAMPLES), "--store", remote])
    assert refused.exit_code == 2 and "shared server" in refused.stderr
    as_of = runner.invoke(app, ["statements", "--as-of", "3", "--store", remote])
    assert as_of.exit_code == 2 and "local" in as_of.stderr


def test_unlisted_speakers_reach_the_server_described_once(server: SparqlServer, tmp_path: Path) -> None:
    # A speaker the vocabulary does not list, in two releases: the server gets graph/unlisted with
    # the push, and the saved queries name them there as here.
    from test_unlisted_speakers import EN, FR

    for name, text in (("2021-05-23_lt_en_vilkas.txt", EN), ("2021-06-02_lt_fr_vilkas.txt", FR)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    sg = Statgraph(tmp_path / "store")
    assert sg.load(sorted(tmp_path.glob("*.txt"))).exit_code == 0
    push(sg, server)
    remote = Statgraph(f"sparql+{server.query}")
    assert_same_answers(sg, remote)
    assert {r.speaker for r in remote.statements()} == {"Tomas Vilkas"}
