"""statgraph's SPARQL client against a shared server: caps, credentials, unreachable servers.

The server is a real Oxigraph server (PyPI package ``oxigraph``), started on 127.0.0.1 on a
free port with a temporary directory, once for the run, and emptied before each test
(tests/conftest.py). Push, resume and read back, on every server, are the contract of
tests/test_server_contract.py; here are what a proxy in front of the server or no server at
all show.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _servers import EXAMPLES, OxigraphServer, free_port
from statgraph.api import Statgraph
from statgraph.cli import app
from statgraph.errors import StoreUnavailableError
from statgraph.remote import Endpoint, SparqlStore


@pytest.fixture
def server(oxigraph_server: OxigraphServer) -> OxigraphServer:
    """The run's Oxigraph server, emptied of statgraph graphs."""
    oxigraph_server.clear()
    return oxigraph_server


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


def test_a_silently_capped_answer_is_detected_and_paged(server: OxigraphServer, local: Statgraph) -> None:
    local.push(server.query, graph_store=server.store)
    # Every page makes the server sort the whole answer again: a cap of 1,000 on the examples' ~38,000
    # triples cost 39 pages and half a minute. 5,000 (a round number, as the caps the client
    # suspects are) still cuts the answer into a first page, middle pages and a partial last one.
    cap = 5000
    proxy = CappingProxy(server.query, cap=cap)
    try:
        capped = SparqlStore(Endpoint(query=proxy.url))
        _, rows = capped.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        _, whole = SparqlStore(Endpoint(query=server.query)).select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        assert len(whole) > 3 * cap and len(whole) % cap
        assert sorted(map(str, rows)) == sorted(map(str, whole))
    finally:
        proxy.close()


def test_credentials_are_sent_and_never_printed(server: OxigraphServer, local: Statgraph) -> None:
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


def test_queries_to_a_server_keep_parameters_out_of_the_text(
    server: OxigraphServer, local: Statgraph
) -> None:
    local.push(server.query, graph_store=server.store)
    remote = Statgraph(f"sparql+{server.query}")
    hostile = 'Russia" } } ; DROP ALL ; SELECT * { ?s ?p "'
    result = remote.query("condemnations", {"target_name": hostile})
    assert result.rows == []
    assert urllib.parse.quote("x") == "x"  # the server is still there and still holds the data
    assert remote.query("condemnations", {"target_name": "Russia"}).rows
