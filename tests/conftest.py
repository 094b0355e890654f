"""Fixtures modules share: the extractor on the bundled vocabulary; for the shared-server
modules, one local store loaded from the examples, and one private server per backend for the
whole run (a fresh Virtuoso takes seconds; every test empties the server it uses first, see
``SparqlServer.clear``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from _compiled import Build, cannot_compile
from _servers import EXAMPLES, OxigraphServer, VirtuosoServer
from statgraph.api import Statgraph
from statgraph.config import data_dir
from statgraph.extraction import Extractor
from statgraph.vocabulary import load_vocabulary

_BUILD = pytest.StashKey[Build]()
_COMPILED_TEST = "test_compiled_extractor.py"


@pytest.hookimpl(trylast=True)  # after -k and -m have deselected what they will
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Have the compiled extractor's build run beside the rest of the suite instead of before its
    test. In one process: start the build now and run its test last. Under pytest-xdist (``-n``)
    every worker collects the whole suite, and would start a build of its own: there the test runs
    first instead, and builds in its fixture, so that one worker compiles while the others test
    (the load scheduler hands out the collection's first items to the first worker)."""
    compiled = [item for item in items if item.path.name == _COMPILED_TEST]
    if not compiled or cannot_compile() is not None:
        return
    rest = [item for item in items if item.path.name != _COMPILED_TEST]
    if hasattr(config, "workerinput"):
        items[:] = compiled + rest
        return
    items[:] = rest + compiled
    config.stash[_BUILD] = Build()


def pytest_unconfigure(config: pytest.Config) -> None:
    build = config.stash.get(_BUILD, None)
    if build is not None:
        build.close()


@pytest.fixture(scope="session")
def compiled_build(pytestconfig: pytest.Config) -> Build:
    """The mypyc build started at collection (see pytest_collection_modifyitems), or started here
    under pytest-xdist; skips, saying why, on a machine that cannot compile."""
    reason = cannot_compile()
    if reason is not None:
        pytest.skip(reason)
    build = pytestconfig.stash.get(_BUILD, None)
    if build is None:
        build = pytestconfig.stash[_BUILD] = Build()
    return build


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
