"""A shared SPARQL server: push, resume, read back, caps, unreachable servers.

The server is a real Oxigraph server (PyPI package ``oxigraph``), started on 127.0.0.1 on a
free port with a temporary directory and stopped afterwards. One contract runs the saved
queries on the embedded store and on the server and asks for the same answers.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _servers import EXAMPLES, assert_same_answers, doubled_answer, free_port, quads_but_meta, release_quads
from _servers import OxigraphServer as Server
from statgraph.api import Statgraph
from statgraph.cli import app
from statgraph.errors import StoreError, StoreUnavailableError
from statgraph.remote import Endpoint, SparqlStore


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    srv = Server(tmp_path / "server-data")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Statgraph:
    sg = Statgraph(tmp_path_factory.mktemp("local") / "store")
    assert sg.load([EXAMPLES]).exit_code == 0
    return sg


@pytest.mark.parametrize("graph_store", [True, False], ids=["graph-store", "sparql-update"])
def test_push_then_read_back_the_same_graph(server: Server, local: Statgraph, graph_store: bool) -> None:
    report = local.push(server.query, graph_store=server.store if graph_store else None, batch=3)
    assert (report.start, report.end) == (0, 16) and report.batches == 3
    remote = Statgraph(f"sparql+{server.query}")
    assert release_quads(remote.export("nquads")) == release_quads(local.export("nquads"))
    again = local.push(server.query, graph_store=server.store if graph_store else None)
    assert (again.start, again.end, again.graphs) == (16, 16, 0)


def test_the_saved_queries_give_the_same_answers_on_both_stores(server: Server, local: Statgraph) -> None:
    local.push(server.query, graph_store=server.store)
    assert_same_answers(local, Statgraph(f"sparql+{server.query}"))


def test_an_interrupted_push_resumes_with_nothing_lost_or_doubled(
    server: Server, local: Statgraph, monkeypatch: pytest.MonkeyPatch
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
        local.push(server.query, graph_store=server.store, batch=2)
    done, _log = SparqlStore(Endpoint.from_store_url(server.query)).pushed()
    assert 0 < done < 16  # the batches before the failure are recorded on the server
    monkeypatch.setattr(SparqlStore, "put_graph", real)
    report = local.push(server.query, graph_store=server.store, batch=2)
    assert report.start == done and report.end == 16
    remote = Statgraph(f"sparql+{server.query}")
    assert release_quads(remote.export("nquads")) == release_quads(local.export("nquads"))


def test_a_killed_server_is_reported_and_the_push_resumes(tmp_path: Path, local: Statgraph) -> None:
    data = tmp_path / "srv"
    first = Server(data)
    local.push(first.query, graph_store=first.store, batch=100)
    first.proc.kill()
    first.proc.wait()
    with pytest.raises(StoreUnavailableError):
        SparqlStore(Endpoint.from_store_url(first.query), retries=0).pushed()
    second = Server(data)  # the same data directory, restarted
    try:
        report = local.push(second.query, graph_store=second.store)
        assert (report.start, report.end, report.graphs) == (16, 16, 0)
    finally:
        second.stop()


def test_a_push_from_another_log_is_refused(server: Server, local: Statgraph, tmp_path: Path) -> None:
    local.push(server.query, graph_store=server.store)
    other = Statgraph(tmp_path / "other")
    other.load([EXAMPLES / "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt"])
    with pytest.raises(StoreError, match="another event log"):
        other.push(server.query, graph_store=server.store)


def test_an_answer_larger_than_a_typical_cap_arrives_whole(server: Server, local: Statgraph) -> None:
    local.push(server.query, graph_store=server.store)
    store = SparqlStore(Endpoint.from_store_url(server.query))
    _, rows = store.select(doubled_answer())
    assert len(rows) > 10_000  # more than Virtuoso's default ResultSetMaxRows
    assert len(rows) == 2 * quads_but_meta(local)


class CappingProxy:
    """Forwards to the server and cuts every SELECT answer to ``cap`` rows without a word,
    as Virtuoso's ResultSetMaxRows does; it also records the Authorization headers it sees."""

    def __init__(self, upstream: str, cap: int) -> None:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                proxy.auth.append(self.headers.get("Authorization", ""))
                request = urllib.request.Request(
                    upstream,
                    data=body,
                    method="POST",
                    headers={
                        "Content-Type": self.headers["Content-Type"],
                        "Accept": "application/sparql-results+json",
                    },
                )
                with urllib.request.urlopen(request) as response:
                    data = json.loads(response.read())
                if "results" in data:
                    data["results"]["bindings"] = data["results"]["bindings"][:cap]
                out = json.dumps(data).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            def log_message(self, *args: object) -> None:
                pass

        self.auth: list[str] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/query"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()


def test_a_silently_capped_answer_is_detected_and_paged(server: Server, local: Statgraph) -> None:
    local.push(server.query, graph_store=server.store)
    proxy = CappingProxy(server.query, cap=1000)
    try:
        capped = SparqlStore(Endpoint(query=proxy.url))
        _, rows = capped.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        _, whole = SparqlStore(Endpoint(query=server.query)).select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        assert len(whole) > 1000
        assert sorted(map(str, rows)) == sorted(map(str, whole))
    finally:
        proxy.close()


def test_credentials_are_sent_and_never_printed(server: Server, local: Statgraph) -> None:
    proxy = CappingProxy(server.query, cap=10**9)
    try:
        store = SparqlStore(Endpoint(query=proxy.url), user="alice", password="s3cret-pw")
        store.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
        assert proxy.auth and proxy.auth[-1].startswith("Basic ")
        assert "s3cret" not in repr(store)
    finally:
        proxy.close()
    closed = SparqlStore(
        Endpoint(query=f"http://127.0.0.1:{free_port()}/query"),
        user="alice",
        password="s3cret-pw",
        retries=1,
        sleep=lambda s: None,
    )
    with pytest.raises(StoreUnavailableError) as caught:
        closed.select("ASK {}")
    assert "s3cret" not in str(caught.value)


def test_an_unreachable_server_is_one_line_and_exit_3(tmp_path: Path) -> None:
    port = free_port()
    store = SparqlStore(
        Endpoint.from_store_url(f"sparql+http://127.0.0.1:{port}/query"), retries=2, sleep=lambda s: None
    )
    with pytest.raises(StoreUnavailableError, match="after 3 tries"):
        store.select("ASK {}")
    result = CliRunner().invoke(app, ["statements", "--store", f"sparql+http://127.0.0.1:{port}/query"])
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and "cannot reach" in result.stderr


def test_commands_push_and_query_a_server(server: Server, local: Statgraph) -> None:
    runner = CliRunner()
    pushed = runner.invoke(
        app, ["push", "--endpoint", server.query, "--graph-store", server.store, "--store", str(local.root)]
    )
    assert pushed.exit_code == 0 and pushed.stdout.startswith("pushed events 1–16: 10 graphs in 1 batch(es)")
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


def test_jobs_give_the_same_log_as_one_process(tmp_path: Path) -> None:
    one, two = Statgraph(tmp_path / "one"), Statgraph(tmp_path / "two")
    one.load([EXAMPLES], jobs=1)
    two.load([EXAMPLES], jobs=2)

    def events(sg: Statgraph) -> list[dict]:
        from statgraph.eventlog import FileRecorder
        from statgraph.events import to_dict

        out = []
        for ev in FileRecorder(sg.log_path).read():
            d = to_dict(ev)
            d.pop("id"), d.pop("time")
            out.append(d)
        return out

    assert events(one) == events(two)
    assert [r.as_dict() for r in one.statements()] == [r.as_dict() for r in two.statements()]


def test_queries_to_a_server_keep_parameters_out_of_the_text(server: Server, local: Statgraph) -> None:
    local.push(server.query, graph_store=server.store)
    remote = Statgraph(f"sparql+{server.query}")
    hostile = 'Russia" } } ; DROP ALL ; SELECT * { ?s ?p "'
    result = remote.query("condemnations", {"target_name": hostile})
    assert result.rows == []
    assert urllib.parse.quote("x") == "x"  # the server is still there and still holds the data
    assert remote.query("condemnations", {"target_name": "Russia"}).rows
