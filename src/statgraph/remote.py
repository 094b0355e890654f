"""A shared SPARQL 1.1 server as a store: read with SPARQL Query, written with the Graph Store
Protocol where the server has it and SPARQL Update where it has not.

Reads go through SPARQLWrapper. Bulk writes do not: a Graph Store Protocol PUT of N-Triples
is an order of magnitude faster than ``INSERT DATA`` through SPARQLWrapper, whose
query-type detection runs a regular expression over the whole update text.

Servers cap answers differently (Virtuoso's ResultSetMaxRows cuts a long answer to
10,000 rows without any error). A SELECT answer whose size is a round number is therefore
checked with a COUNT of the same query, and fetched again page by page when it was cut,
so no analyst gets a silently truncated answer.

Every error of the network or the server is mapped here to a statgraph error: exit 3 for an
unreachable or failing server, exit 2 for a query the server refuses.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import netrc
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pyoxigraph as ox

from .errors import QueryError, QueryTimeoutError, StoreError, StoreUnavailableError
from .namespaces import META_GRAPH, SG

T = TypeVar("T")
XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_TEMPORAL = {XSD + "dateTime", XSD + "time", XSD + "dateTimeStamp"}
_FRACTION_ZEROS = re.compile(r"(:\d\d(?:\.\d*[1-9])?)\.?0+(?=Z|[+-]\d\d:\d\d|$)")
_VIRTUOSO_ERROR = re.compile(r"^Virtuoso (\S+) Error\b")
_PREFIX_DECL = re.compile(r"^\s*(PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Endpoint:
    query: str
    update: str | None = None
    graph_store: str | None = None

    @classmethod
    def from_store_url(
        cls, url: str, *, update: str | None = None, graph_store: str | None = None
    ) -> Endpoint:
        """``sparql+http://host/ds/query`` names a query endpoint; update and GSP follow the common
        layouts (``…/query`` → ``…/update``) unless given."""
        query = url[len("sparql+") :] if url.startswith("sparql+") else url
        if not re.match(r"^https?://[^\s/]+", query):
            raise StoreUnavailableError(f"{url!r} is not an http(s) SPARQL endpoint")
        if update is None and query.endswith("/query"):
            update = query[: -len("query")] + "update"
        if update is None and query.endswith("/sparql"):
            update = query
        return cls(query=query, update=update, graph_store=graph_store)


def _credentials(url: str, environ_user: str | None, environ_password: str | None) -> tuple[str, str] | None:
    if environ_user:
        return environ_user, environ_password or ""
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc().authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return None
    if entry is None:
        return None
    login, _account, password = entry
    return login or "", password or ""


def _server_words(message: str) -> str:
    """The first line of the server's answer inside a SPARQLWrapper exception message."""
    head, _, response = message.partition("Response:\n")
    if response:
        try:
            raw = ast.literal_eval(response.strip())
            text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        except (ValueError, SyntaxError):
            text = response
        lines = [line for line in text.strip().splitlines() if line.strip()]
        if lines:
            return lines[0][:300]
    return head.strip()[:300]


def _suspect(n: int) -> bool:
    """Answer sizes that look like a server's cap (10,000; 50,000; 1,024; 65,536 …), worth a COUNT."""
    return n >= 1000 and (n % 1000 == 0 or n & (n - 1) == 0)


def _blank_node(label: str) -> ox.BlankNode:
    """A blank node of an answer; Virtuoso names them ``nodeID://b10006``, which is no valid label,
    so such a name becomes a label made from its digest (the same name, the same node)."""
    try:
        return ox.BlankNode(label)
    except ValueError:
        return ox.BlankNode("b" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:24])


def term_from_json(value: dict[str, str]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    kind = value.get("type")
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return _blank_node(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype in _TEMPORAL:
        # Virtuoso writes the fraction of a second to six digits ("37.067210Z"); the embedded
        # store keeps the canonical form ("37.06721Z"): the same value, shown the same way.
        return ox.Literal(_FRACTION_ZEROS.sub(r"\1", value["value"]), datatype=ox.NamedNode(datatype))
    if datatype and datatype != _RDF_LANGSTRING:
        return ox.Literal(value["value"], datatype=ox.NamedNode(datatype))
    return ox.Literal(value["value"])


def split_prologue(text: str) -> tuple[str, str]:
    """PREFIX and BASE declarations, and the rest: a query wrapped in another needs them outside."""
    prologue: list[str] = []
    rest = text
    while True:
        rest = re.sub(r"^(\s*#[^\n]*\n)+", "", rest)
        m = _PREFIX_DECL.match(rest)
        if not m:
            return "\n".join(prologue), rest
        prologue.append(m.group(1))
        rest = rest[m.end() :]


INSERT_CHUNK = 500
"""Triples in one ``INSERT DATA`` operation. Virtuoso refuses one whose generated SQL passes
10,000 lines (1,500 triples of the vocabulary graph do); 500 leave a wide margin and cost no time."""


def _insert_operations(graph: str, ntriples: bytes, chunk: int = INSERT_CHUNK) -> list[str]:
    """``INSERT DATA`` operations of at most ``chunk`` triples that together write ``ntriples`` into
    ``graph``. Triples with a blank node go together into one ``INSERT {…} WHERE {}``: Virtuoso
    refuses blank nodes in ``INSERT DATA`` (SP031), and one operation keeps a node one node."""
    plain: list[str] = []
    blank: list[str] = []
    for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
        line = f"{triple} ."
        if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
            blank.append(line)
        else:
            plain.append(line)
    operations = [
        f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(plain[i : i + chunk]) + "\n} }"
        for i in range(0, len(plain), chunk)
    ]
    if blank:
        operations.append(f"INSERT {{ GRAPH <{graph}> {{\n" + "\n".join(blank) + "\n} } WHERE {}")
    return operations


class SparqlStore:
    """A remote SPARQL 1.1 server."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        timeout: float = 60.0,
        retries: int = 4,
        user: str | None = None,
        password: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self.retries = retries
        self._auth = _credentials(endpoint.query, user, password)
        self._sleep = sleep

    def __repr__(self) -> str:  # never the credentials
        return f"SparqlStore({self.endpoint.query!r})"

    # ------------------------------------------------------------------ transport

    def _retrying(self, what: str, call: Callable[[], T]) -> T:
        """Retry connection errors and 5xx with back-off; a 4xx is the caller's mistake, not retried,
        nor is an error the server will give again (a Virtuoso 500 naming a refused query), nor a
        request that ran past the timeout: it would run past it again."""
        delay = 0.5
        for attempt in range(self.retries + 1):
            try:
                return call()
            except urllib.error.HTTPError as exc:
                body = exc.read().decode("utf-8", "replace").strip().splitlines()
                detail = body[0][:300] if body else str(exc.reason)
                self._raise_for(what, exc.code, detail, last=attempt == self.retries)
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(exc, TimeoutError) or isinstance(reason, TimeoutError):
                    raise QueryTimeoutError(
                        f"{what}: {self.endpoint.query} did not answer within {self.timeout:g} s"
                    ) from exc
                if attempt == self.retries:
                    raise StoreUnavailableError(
                        f"{what}: cannot reach {self.endpoint.query} after {self.retries + 1} tries: {reason}"
                    ) from exc
            self._sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    @staticmethod
    def _raise_for(what: str, code: int, detail: str, *, last: bool) -> None:
        """Raise the statgraph error for an HTTP error; return when it is worth another try."""
        virtuoso = _VIRTUOSO_ERROR.match(detail)
        state = virtuoso.group(1) if virtuoso else ""
        if state.startswith("S1T"):
            raise QueryTimeoutError(f"{what}: the server stopped it at its time limit: {detail}")
        if 400 <= code < 500 or (virtuoso and not state.startswith(("40", "08"))):
            hint = ""
            if "SR186" in detail:
                hint = (
                    ' (Virtuoso: grant SPARQL_UPDATE to "SPARQL", or give the /sparql-auth endpoint'
                    " and credentials)"
                )
            raise QueryError(f"{what}: the server refused it ({code}): {detail}{hint}")
        if last:
            raise StoreError(f"{what}: the server failed ({code}): {detail}")

    def _request(
        self,
        url: str,
        *,
        data: bytes | None = None,
        method: str = "GET",
        headers: dict[str, str] | None = None,
    ) -> bytes:
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        if self._auth is not None:
            token = base64.b64encode(f"{self._auth[0]}:{self._auth[1]}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            body: bytes = response.read()
            return body

    def _query_json(self, text: str) -> dict[str, Any]:
        from SPARQLWrapper import JSON, POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        wrapper = SPARQLWrapper(self.endpoint.query)
        wrapper.setQuery(text)
        wrapper.setMethod(POST)
        wrapper.setReturnFormat(JSON)
        wrapper.setTimeout(int(self.timeout))
        if self._auth is not None:
            wrapper.setCredentials(*self._auth)

        def call() -> dict[str, Any]:
            try:
                result: dict[str, Any] = wrapper.queryAndConvert()  # type: ignore[assignment]
                return result
            except SPARQLWrapperException as exc:
                # SPARQLWrapper turns 400, 401, 404, 414 and 500 into its own exceptions, with the
                # server's answer in the message; the server's own words are the useful part.
                cause = exc.__context__
                code = cause.code if isinstance(cause, urllib.error.HTTPError) else 400
                self._raise_for("query", code, _server_words(str(exc)), last=True)
                raise AssertionError("unreachable") from exc

        return self._retrying("query", call)

    # ------------------------------------------------------------------ reading

    def select(self, text: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Variables and rows of a SELECT, pyoxigraph terms; a capped answer is fetched in pages."""
        data = self._query_json(text)
        variables = list(data.get("head", {}).get("vars", []))
        rows = [self._row(b, variables) for b in data.get("results", {}).get("bindings", [])]
        if _suspect(len(rows)):
            total = self._count(text)
            if total > len(rows):
                rows = list(self._pages(text, variables, page=len(rows), total=total))
        return variables, rows

    def ask(self, text: str) -> bool:
        data = self._query_json(text)
        if "boolean" in data:
            return bool(data["boolean"])
        # Virtuoso 7 answers an ASK in JSON as a SELECT of one variable, __ASK_RETVAL, bound to 1
        # on one row when the answer is yes, and no rows when it is no.
        bindings = data.get("results", {}).get("bindings", [])
        return any(str(v.get("value", "")) not in ("0", "false") for b in bindings for v in b.values())

    @staticmethod
    def _row(binding: dict[str, dict[str, str]], variables: list[str]) -> tuple[Any, ...]:
        return tuple(term_from_json(binding[v]) if v in binding else None for v in variables)

    def _count(self, text: str) -> int:
        prologue, body = split_prologue(text)
        data = self._query_json(f"{prologue}\nSELECT (COUNT(*) AS ?n) WHERE {{ {body} }}")
        bindings = data.get("results", {}).get("bindings", [])
        return int(bindings[0]["n"]["value"]) if bindings else 0

    def _pages(self, text: str, variables: list[str], *, page: int, total: int) -> Iterator[tuple[Any, ...]]:
        prologue, body = split_prologue(text)
        order = " ".join(f"?{v}" for v in variables)
        for offset in range(0, total, page):
            # The wrapped query keeps its own ORDER BY inside; the middle one, on every variable,
            # makes pages stable. It sits in a subquery, the slice outside it: Virtuoso refuses an
            # ORDER BY whose LIMIT + OFFSET passes its cap (SR353: "Sorted TOP clause specifies
            # more then 20000 rows to sort. Only 10000 are allowed").
            paged = (
                f"{prologue}\nSELECT * WHERE {{ {{ SELECT * WHERE {{ {body} }} ORDER BY {order} }} }} "
                f"LIMIT {page} OFFSET {offset}"
            )
            data = self._query_json(paged)
            for b in data.get("results", {}).get("bindings", []):
                yield self._row(b, variables)

    # ------------------------------------------------------------------ writing

    def update(self, text: str) -> None:
        if not self.endpoint.update:
            raise StoreUnavailableError(
                f"no update endpoint for {self.endpoint.query}; give --update-endpoint"
            )
        url = self.endpoint.update
        body = urllib.parse.urlencode({"update": text}).encode("utf-8")
        self._retrying(
            "update",
            lambda: self._request(
                url, data=body, method="POST", headers={"Content-Type": "application/x-www-form-urlencoded"}
            ),
        )

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace one named graph: a GSP PUT where there is a graph store, else DROP + INSERT DATA."""
        if self.endpoint.graph_store:
            url = f"{self.endpoint.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
            self._retrying(
                "graph store PUT",
                lambda: self._request(
                    url, data=ntriples, method="PUT", headers={"Content-Type": "application/n-triples"}
                ),
            )
            return
        # Graph names are minted IRIs and the data is N-Triples we serialised: no user text here.
        operations = _insert_operations(graph, ntriples)
        if len(operations) <= 1:
            # A graph that fits one operation is replaced in one request: atomic where the server is.
            self.update(";\n".join([f"DROP SILENT GRAPH <{graph}>", *operations]))
            return
        # A larger one is sent in pieces, one request each, since servers bound a request's size
        # (Virtuoso compiles a whole request into one code vector of at most 32 KB). A push cut
        # short here records nothing, and the next push replaces the graph whole again.
        self.update(f"DROP SILENT GRAPH <{graph}>")
        for operation in operations:
            self.update(operation)

    def drop_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    # ------------------------------------------------------------------ where the last push stopped

    def pushed(self) -> tuple[int, str]:
        """The last event pushed, and the id of the log it came from (kept on the server itself)."""
        _, rows = self.select(
            f"SELECT ?seq ?log WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{SG.pushedUpTo}> ?seq ; "
            f"<{SG.pushedFrom}> ?log }} }}"
        )
        if not rows:
            return 0, ""
        seq, log = rows[0]
        return int(seq.value), str(log.value)

    def set_pushed(self, seq: int, log_id: str) -> None:
        meta = str(META_GRAPH)
        self.update(
            f"DELETE WHERE {{ GRAPH <{meta}> {{ <{meta}> <{SG.pushedUpTo}> ?s }} }} ;\n"
            f"DELETE WHERE {{ GRAPH <{meta}> {{ <{meta}> <{SG.pushedFrom}> ?l }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{meta}> {{ <{meta}> <{SG.pushedUpTo}> {int(seq)} ; "
            f"<{SG.pushedFrom}> {json.dumps(log_id)} }} }}"
        )
