"""SPARQL servers the remote-store tests start on 127.0.0.1, and the contract they share.

``OxigraphServer`` runs the ``oxigraph`` server of PyPI; ``VirtuosoServer`` runs Debian's
``virtuoso-opensource`` (``virtuoso-t``) as a private instance: a temporary directory, free
ports, Debian's default [SPARQL] limits (ResultSetMaxRows 10000 above all), no system service.
Both are a ``SparqlServer``: the one interface tests/test_server_contract.py knows.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from statgraph.api import Statgraph
from statgraph.queries import format_result

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
STATGRAPH_GRAPHS = "https://w3id.org/statgraph/"
META = "<https://w3id.org/statgraph/graph/meta>"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(url: str, proc: subprocess.Popen[bytes], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    return False


def _stop(proc: subprocess.Popen[bytes], seconds: float = 10) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class SparqlServer:
    """A private server the tests start: its endpoints, what it caps, and its life.

    ``cap`` is the row count a SELECT answer is cut to without a word (None: every row is sent).
    ``kill`` ends the process at once, as a crash would; ``restart`` starts it again on the same
    data and ports; ``clear`` drops every statgraph graph, so a test starts from an empty dataset."""

    cap: int | None = None
    proc: subprocess.Popen[bytes]

    @property
    def query(self) -> str:
        """The SPARQL query endpoint."""
        raise NotImplementedError

    @property
    def update(self) -> str:
        """The SPARQL Update endpoint."""
        raise NotImplementedError

    @property
    def store(self) -> str:
        """The Graph Store Protocol endpoint."""
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def restart(self) -> None:
        self.start()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def stop(self) -> None:
        _stop(self.proc, 30)

    def clear(self) -> None:
        # The filter is not only tidy: Virtuoso takes seconds to list its own system graphs too.
        answer = raw_select(
            self.query,
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{STATGRAPH_GRAPHS}")) }}',
        )
        drops = [f"DROP SILENT GRAPH <{b['g']['value']}>" for b in answer["results"]["bindings"]]
        if drops:
            raw_update(self.update, " ;\n".join(drops))


# ---------------------------------------------------------------------- Oxigraph


def _oxigraph() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


class OxigraphServer(SparqlServer):
    """An Oxigraph server on its own directory and port; the union of the named graphs as its
    default graph, as statgraph's saved queries expect."""

    def __init__(self, location: Path) -> None:
        binary = _oxigraph()
        if binary is None:
            pytest.skip("the oxigraph server (PyPI package 'oxigraph') is not installed")
        self.binary, self.location = binary, location
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.start()

    def start(self) -> None:
        # Restarted right after a kill, on a busy machine, the server may exit at once (the killed
        # one's port or store lock not yet released) or take long to reopen its store: try again,
        # and wait long enough, before calling the fixture broken. The last attempt's stderr is kept
        # for the error.
        log = self.location.parent / f"{self.location.name}-server.log"
        for attempt in range(3):
            with open(log, "wb") as err:
                self.proc = subprocess.Popen(
                    [
                        self.binary,
                        "serve",
                        "--location",
                        str(self.location),
                        "--bind",
                        f"127.0.0.1:{self.port}",
                        "--union-default-graph",
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                )
            if _wait_for(f"{self.query}?query=ASK%7B%7D", self.proc, 60):
                return
            self.stop()
            time.sleep(1 + attempt)
        tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
        raise RuntimeError(f"the oxigraph server did not start: {tail}")

    @property
    def query(self) -> str:
        return f"{self.base}/query"

    @property
    def update(self) -> str:
        return f"{self.base}/update"

    @property
    def store(self) -> str:
        return f"{self.base}/store"


# ---------------------------------------------------------------------- Virtuoso

VIRTUOSO_CAP = 10_000  # ResultSetMaxRows in Debian's /etc/virtuoso-opensource-7/virtuoso.ini

_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 60

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {cap}
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
"""


def virtuoso_binaries() -> tuple[str, str] | None:
    """``virtuoso-t`` and its SQL client (``isql-vt`` on Debian), or None when not installed."""
    server = shutil.which("virtuoso-t")
    client = shutil.which("isql-vt") or shutil.which("isql-v")
    return (server, client) if server and client else None


class VirtuosoServer(SparqlServer):
    """A private Virtuoso: its own directory and ports, started in the foreground, stopped after.

    The anonymous SPARQL user gets the SPARQL_UPDATE role, so ``/sparql`` takes SPARQL Update
    as a shared server set up for statgraph would. A kill leaves the database to be rolled
    forward from its transaction log at the restart."""

    cap = VIRTUOSO_CAP

    def __init__(self, location: Path) -> None:
        found = virtuoso_binaries()
        if found is None:
            pytest.skip("Virtuoso (Debian package 'virtuoso-opensource') is not installed")
        self.binary, self.isql = found
        self.location = location
        location.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = free_port(), free_port()
        (location / "virtuoso.ini").write_text(
            _VIRTUOSO_INI.format(
                d=location, sql_port=self.sql_port, http_port=self.http_port, cap=VIRTUOSO_CAP
            )
        )
        self.start()
        self.sql('grant SPARQL_UPDATE to "SPARQL";')

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [self.binary, "+foreground", "+configfile", str(self.location / "virtuoso.ini")],
            cwd=self.location,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if not _wait_for(f"{self.query}?query=ASK%7B%7D", self.proc, 90):
            self.stop()
            log = self.location / "virtuoso.log"
            tail = log.read_text(errors="replace").splitlines()[-5:] if log.exists() else []
            raise RuntimeError("Virtuoso did not start: " + " | ".join(tail))

    def sql(self, statement: str) -> str:
        done = subprocess.run(
            [self.isql, str(self.sql_port), "dba", "dba", f"exec={statement}"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return done.stdout

    @property
    def query(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def update(self) -> str:
        """The same ``/sparql``: it takes SPARQL Update from a user granted SPARQL_UPDATE."""
        return self.query

    @property
    def store(self) -> str:
        """Virtuoso's Graph Store Protocol endpoint (PUT takes the same SPARQL_UPDATE grant)."""
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud"


# ---------------------------------------------------------------------- straight to a server


def raw_select(endpoint: str, text: str) -> dict:
    """A query sent as is, past statgraph: what a client that trusts the server gets."""
    import json

    request = urllib.request.Request(
        endpoint,
        data=urllib.parse.urlencode({"query": text}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return dict(json.loads(response.read()))


def raw_update(endpoint: str, text: str) -> None:
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"update": text}).encode())
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()


# ---------------------------------------------------------------------- the contract


def release_quads(data: bytes) -> set[str]:
    return {
        str(q) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS) if "/data/release/" in str(q.graph_name)
    }


# A GROUP_CONCAT's order is not defined by SPARQL (Virtuoso joins "condemns supports" where
# Oxigraph joins "supports condemns"): such a column is compared as a set of words.
_CONCAT = re.compile(r"GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*\)\s*AS\s+\?(\w+)", re.IGNORECASE)


def _rows(csv_text: str, concat: set[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    header, *rows = list(csv.reader(io.StringIO(csv_text)))
    at = [i for i, name in enumerate(header) if name in concat]
    out = []
    for row in rows:
        cells = list(row)
        for i in at:
            cells[i] = " ".join(sorted(cells[i].split()))
        out.append(tuple(cells))
    return header, sorted(out)


def assert_same_answers(local: Statgraph, remote: Statgraph) -> None:
    """Every saved SELECT gives the same rows on both (an ORDER BY with ties may order them
    differently), and the statements read back are the same."""
    for name, saved in sorted(local.catalogue().items()):
        if saved.text.lstrip().upper().startswith("CONSTRUCT"):
            continue
        concat = set(_CONCAT.findall(saved.text))
        here = _rows(format_result(local.query(name), "csv"), concat)
        there = _rows(format_result(remote.query(name), "csv"), concat)
        assert here[0] == there[0], name
        only_here = sorted(set(here[1]) - set(there[1]))[:3]
        only_there = sorted(set(there[1]) - set(here[1]))[:3]
        assert here[1] == there[1], f"{name}: embedded only {only_here}; server only {only_there}"
    assert [r.as_dict() for r in remote.statements()] == [r.as_dict() for r in local.statements()]


def doubled_answer() -> str:
    """A SELECT of every statgraph quad but the push bookkeeping, twice: larger than a typical cap."""
    return (
        "SELECT ?copy ?s ?p ?o ?g WHERE { VALUES ?copy { 1 2 } GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{STATGRAPH_GRAPHS}") && ?g != {META}) }}'
    )


def quads_but_meta(local: Statgraph) -> int:
    with local.view() as (_, embedded):
        return sum(embedded.count(g) for g in embedded.named_graphs() if not g.endswith("/graph/meta"))
