"""Fixtures modules share: the extractor on the bundled vocabulary; for the shared-server
modules, one local store loaded from the examples, and one private server per backend for the
whole run (a fresh Virtuoso takes seconds; every test empties the server it uses first, see
``SparqlServer.clear``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from _servers import EXAMPLES, OxigraphServer, VirtuosoServer
from statgraph.api import Statgraph
from statgraph.config import data_dir
from statgraph.extraction import Extractor
from statgraph.vocabulary import load_vocabulary


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The extractor on the bundled vocabulary, built once for the modules that read sentences."""
    return Extractor(load_vocabulary(data_dir("ontology")))


@pytest.fixture(scope="session")
def local(tmp_path_factory: pytest.TempPathFactory) -> Statgraph:
    """The examples loaded into a local store: what the server tests push. Only read."""
    sg = Statgraph(tmp_path_factory.mktemp("local") / "store")
    assert sg.load([EXAMPLES]).exit_code == 0
    return sg


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    srv = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    srv = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield srv
    srv.stop()
