"""What only Virtuoso, the server of the issue, asks of statgraph.

Debian's ``virtuoso-opensource`` (``virtuoso-t``) runs here as a private instance: a temporary
directory, free ports on 127.0.0.1, Debian's default [SPARQL] limits (ResultSetMaxRows 10000,
MaxQueryCostEstimationTime 400, MaxQueryExecutionTime 60), no system service; once for the run,
emptied before each test (tests/conftest.py). The push, resume, read-back and cap tests it
shares with every server are tests/test_server_contract.py. The tests that need the server are
skipped where Virtuoso is not installed; ``pytest -m virtuoso`` runs this module with the
contract's Virtuoso runs.
"""

from __future__ import annotations

import pytest

from _servers import VirtuosoServer
from statgraph.api import Statgraph
from statgraph.remote import Endpoint, SparqlStore

pytestmark = pytest.mark.virtuoso


@pytest.fixture
def virtuoso(virtuoso_server: VirtuosoServer) -> VirtuosoServer:
    """The run's Virtuoso, emptied of statgraph graphs (a fresh database takes seconds)."""
    virtuoso_server.clear()
    return virtuoso_server


def test_the_vocabulary_arrives_whole_blank_nodes_and_all(virtuoso: VirtuosoServer, local: Statgraph) -> None:
    # 6,000 triples: more than one INSERT DATA Virtuoso takes; an RDF list: blank nodes, which
    # Virtuoso refuses in INSERT DATA.
    local.push(virtuoso.query, update_endpoint=virtuoso.update)
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
