"""The shared-server contract against Virtuoso, the server of the issue.

Debian's ``virtuoso-opensource`` (``virtuoso-t``) runs here as a private instance: a temporary
directory, free ports on 127.0.0.1, Debian's default [SPARQL] limits (ResultSetMaxRows 10000,
MaxQueryCostEstimationTime 400, MaxQueryExecutionTime 60), no system service. statgraph pushes
to it by SPARQL Update (``/sparql``, the SPARQL user granted SPARQL_UPDATE) or the Graph Store
Protocol (``/sparql-graph-crud``, the same grant) and reads it back.
The whole module is skipped where Virtuoso is not installed; ``pytest -m virtuoso`` runs it alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _servers import (
    EXAMPLES,
    VIRTUOSO_CAP,
    VirtuosoServer,
    assert_same_answers,
    doubled_answer,
    quads_but_meta,
    raw_select,
    release_quads,
    virtuoso_binaries,
)
from statgraph.api import Statgraph
from statgraph.cli import app
from statgraph.errors import StoreError, StoreUnavailableError
from statgraph.remote import Endpoint, SparqlStore

if virtuoso_binaries() is None:
    pytest.skip("Virtuoso (Debian package 'virtuoso-opensource') is not installed", allow_module_level=True)

pytestmark = pytest.mark.virtuoso


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    srv = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield srv
    srv.stop()


@pytest.fixture
def virtuoso(instance: VirtuosoServer) -> VirtuosoServer:
    """The module's Virtuoso, emptied of statgraph graphs (a fresh database takes seconds)."""
    instance.clear()
    return instance


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Statgraph:
    sg = Statgraph(tmp_path_factory.mktemp("local") / "store")
    assert sg.load([EXAMPLES]).exit_code == 0
    return sg


@pytest.mark.parametrize("graph_store", [False, True], ids=["sparql-update", "graph-store"])
def test_push_then_read_back_the_same_graph(
    virtuoso: VirtuosoServer, local: Statgraph, graph_store: bool
) -> None:
    store = virtuoso.store if graph_store else None
    report = local.push(virtuoso.query, update_endpoint=virtuoso.query, graph_store=store, batch=3)
    assert (report.start, report.end) == (0, 16) and report.batches == 3
    remote = Statgraph(f"sparql+{virtuoso.query}")
    assert release_quads(remote.export("nquads")) == release_quads(local.export("nquads"))
    again = local.push(virtuoso.query, update_endpoint=virtuoso.query, graph_store=store)
    assert (again.start, again.end, again.graphs) == (16, 16, 0)


def test_the_vocabulary_arrives_whole_blank_nodes_and_all(virtuoso: VirtuosoServer, local: Statgraph) -> None:
    # 6,000 triples: more than one INSERT DATA Virtuoso takes; an RDF list: blank nodes, which
    # Virtuoso refuses in INSERT DATA.
    local.push(virtuoso.query)
    store = SparqlStore(Endpoint.from_store_url(virtuoso.query))
    vocabulary = "https://w3id.org/statgraph/graph/vocabulary"
    _, rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{vocabulary}> {{ ?s ?p ?o }} }}")
    with local.view() as (_, embedded):
        assert int(rows[0][0].value) == embedded.count(vocabulary) > 1000
    kinds = (
        "<https://w3id.org/statgraph/ns#StatementKind> <http://www.w3.org/2002/07/owl#oneOf> ?list . "
        "?list <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>*/<http://www.w3.org/1999/02/22-rdf-syntax-ns#first>"
    )
    assert store.ask(f"ASK {{ {kinds} <https://w3id.org/statgraph/ns#indirect> }}")
    assert not store.ask(f"ASK {{ {kinds} <https://w3id.org/statgraph/ns#nowhere> }}")


def test_the_saved_queries_give_the_same_answers_on_both_stores(
    virtuoso: VirtuosoServer, local: Statgraph
) -> None:
    local.push(virtuoso.query)
    assert_same_answers(local, Statgraph(f"sparql+{virtuoso.query}"))


def test_an_answer_larger_than_the_cap_arrives_whole(
    virtuoso: VirtuosoServer, local: Statgraph, tmp_path: Path
) -> None:
    local.push(virtuoso.query)
    expected = 2 * quads_but_meta(local)
    assert expected > VIRTUOSO_CAP
    # The cap is real: straight to Virtuoso, the answer is cut, without a word, even when asked for more.
    plain = raw_select(virtuoso.query, doubled_answer() + f" LIMIT {2 * expected}")
    assert len(plain["results"]["bindings"]) == VIRTUOSO_CAP
    # Through statgraph it arrives whole: the library, and a query file an analyst runs.
    _, rows = SparqlStore(Endpoint.from_store_url(virtuoso.query)).select(doubled_answer())
    assert len(rows) == expected and len(set(rows)) == expected
    query = tmp_path / "everything-twice.rq"
    query.write_text("# title: Every quad, twice\n" + doubled_answer() + "\n")
    answer = Statgraph(f"sparql+{virtuoso.query}").query(str(query))
    assert len(answer.rows) == expected


def test_an_interrupted_push_resumes_with_nothing_lost_or_doubled(
    virtuoso: VirtuosoServer, local: Statgraph, monkeypatch: pytest.MonkeyPatch
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
        local.push(virtuoso.query, update_endpoint=virtuoso.query, batch=2)
    done, _log = SparqlStore(Endpoint.from_store_url(virtuoso.query)).pushed()
    assert 0 < done < 16
    monkeypatch.setattr(SparqlStore, "put_graph", real)
    report = local.push(virtuoso.query, update_endpoint=virtuoso.query, batch=2)
    assert report.start == done and report.end == 16
    remote = Statgraph(f"sparql+{virtuoso.query}")
    assert release_quads(remote.export("nquads")) == release_quads(local.export("nquads"))


def test_a_killed_server_is_reported_and_the_push_resumes(virtuoso: VirtuosoServer, local: Statgraph) -> None:
    local.push(virtuoso.query, batch=100)
    virtuoso.kill()
    try:
        with pytest.raises(StoreUnavailableError):
            SparqlStore(Endpoint.from_store_url(virtuoso.query), retries=0).pushed()
    finally:
        virtuoso.start()  # the same database, rolled forward from its transaction log
    report = local.push(virtuoso.query)
    assert (report.start, report.end, report.graphs) == (16, 16, 0)


def test_a_push_from_another_log_is_refused(
    virtuoso: VirtuosoServer, local: Statgraph, tmp_path: Path
) -> None:
    local.push(virtuoso.query)
    other = Statgraph(tmp_path / "other")
    other.load([EXAMPLES / "2014-11-18_nato_fr_stoltenberg-eu-ministers.txt"])
    with pytest.raises(StoreError, match="another event log"):
        other.push(virtuoso.query)


def test_commands_push_and_query_virtuoso(virtuoso: VirtuosoServer, local: Statgraph) -> None:
    runner = CliRunner()
    push = ["push", "--endpoint", virtuoso.query, "--update-endpoint", virtuoso.query]
    pushed = runner.invoke(app, [*push, "--store", str(local.root)])
    assert pushed.exit_code == 0, pushed.output
    assert pushed.stdout.startswith("pushed events 1–16: 10 graphs in 1 batch(es)")
    answer = runner.invoke(
        app,
        [
            "query",
            "run",
            "condemnations",
            "-p",
            "target_name=Russia",
            "--format",
            "csv",
            "--store",
            f"sparql+{virtuoso.query}",
        ],
    )
    assert answer.exit_code == 0 and "Jens Stoltenberg" in answer.stdout


def test_virtuoso_terms_read_as_the_embedded_store_shows_them() -> None:
    from statgraph.remote import XSD, term_from_json

    stamp = term_from_json(
        {"type": "typed-literal", "datatype": XSD + "dateTime", "value": "2024-05-01T10:00:37.067210Z"}
    )
    assert stamp.value == "2024-05-01T10:00:37.06721Z"
    whole = term_from_json(
        {"type": "typed-literal", "datatype": XSD + "dateTime", "value": "2024-05-01T10:00:00.000000Z"}
    )
    assert whole.value == "2024-05-01T10:00:00Z"
    one, same, other = (
        term_from_json({"type": "bnode", "value": f"nodeID://b{n}"}) for n in (10006, 10006, 10007)
    )
    assert one == same != other
