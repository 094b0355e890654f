"""Where the projection lives: Oxigraph, on disk in the store folder or in memory.

The verbs follow pyoxigraph's ``Store``: ``replace_graph``, ``drop_graph``,
``query``, ``dump``. Every pyoxigraph error is mapped to a statgraph
:class:`~statgraph.errors.StoreError` here, at the edge.
"""

from __future__ import annotations

import gc
import io
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from .errors import StoreError, StoreUnavailableError
from .keyindex import FILE_NAME, Keys, StatementKeys
from .namespaces import ACTOR, COMPOSED_TOPIC, META_GRAPH, SG, UNLISTED_GRAPH

_POSITION = ox.NamedNode(str(SG.projectedUpTo))
_DIGEST = ox.NamedNode(str(SG.lexiconHash))
_DERIVED = ox.NamedNode(str(SG.derivedUpTo))
_ORDERED = ox.NamedNode(str(SG.namesOrderedAt))
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_META = ox.NamedNode(str(META_GRAPH))
# A release graph's triples about an actor (only an unlisted speaker's description has one for
# subject: the vocabulary's own entries live in graph/vocabulary) go to graph/unlisted instead, where
# a speaker named in many releases is described once: in each release graph of the union default
# graph, its label would be joined as many times.
_ACTOR_LINE = f"<{ACTOR}".encode()
# So do those about a target the extractor composed ("coup in Niger"): named in many releases too.
_COMPOSED_LINE = f"<{COMPOSED_TOPIC}".encode()
_MOVED_LINES = (_ACTOR_LINE, _COMPOSED_LINE)
_UNLISTED_SUFFIX = f" <{UNLISTED_GRAPH}> .\n".encode()


def split_unlisted(ntriples: bytes) -> tuple[bytes, bytes]:
    """A release graph's N-Triples without, and with only, the lines whose subject is an actor or a
    composed target."""
    if not any(ntriples.find(b"\n" + head) >= 0 or ntriples.startswith(head) for head in _MOVED_LINES):
        return ntriples, b""
    keep: list[bytes] = []
    moved: list[bytes] = []
    for line in ntriples.split(b"\n"):
        if line:
            (moved if line.startswith(_MOVED_LINES) else keep).append(line + b"\n")
    return b"".join(keep), b"".join(moved)


FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"trig", "nquads", "jsonld"}
STREAMED_FORMATS = {"turtle", "trig", "nquads", "ntriples"}


@contextmanager
def _mapped(what: str) -> Iterator[None]:
    try:
        yield
    except (OSError, RuntimeError) as exc:  # pyoxigraph reports storage corruption as RuntimeError
        raise StoreError(f"{what}: {exc}") from exc


def _open_writable(path: Path) -> ox.Store:
    try:
        return ox.Store(str(path))
    except (OSError, RuntimeError) as exc:
        if "lock hold by current process" not in str(exc):
            raise
    # pyoxigraph lets go of RocksDB's lock only when the store object is freed. After a failure,
    # an earlier handle of this process may be kept alive by nothing but a reference cycle (the
    # traceback's frames hold it, and the frames the exception), until the cycle collector runs:
    # run it now rather than refuse the store to its own process.
    gc.collect()
    return ox.Store(str(path))


class OxigraphStore:
    """The embedded projection store. ``path=None`` keeps it in memory."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = _open_writable(path)
        except (OSError, RuntimeError) as exc:
            raise StoreUnavailableError(
                f"cannot open the projection at {path}: {exc}; 'statgraph rebuild' makes it anew from the log"
            ) from exc

    @property
    def raw(self) -> ox.Store:
        return self._store

    @cached_property
    def keys(self) -> StatementKeys:
        """The statements' keys the derived graph is computed from (keyindex.py), in the projection's
        folder. Opened when first needed, and filled again from the projection when it is not in
        step with it (a crash between the two writes, a store made before the index existed)."""
        try:
            keys = StatementKeys(self.path / FILE_NAME if self.path is not None else None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the statement index in {self.path}: {exc}") from exc
        if keys.position() != self.position():
            self._reindex(keys)
        return keys

    def reindex_keys(self) -> None:
        """Fill the statement index again from the projection, for a projection changed by other
        means than :meth:`write_graphs`; the derived graph is then computed anew."""
        self._reindex(self.keys)

    def _reindex(self, keys: StatementKeys) -> None:
        with _mapped("indexing the statements"):
            keys.reindex(self.query, self.position())
            # No derived triple is recorded now: derive() adopts the graph and computes every part.
            for q in list(self._store.quads_for_pattern(_META, _DERIVED, None, _META)):
                self._store.remove(q)

    def replace_graphs(self, graphs: dict[str, bytes], *, position: int | None = None) -> None:
        """Replace each graph's content with the given N-Triples and move the position, in one transaction."""
        meta = str(META_GRAPH)
        parts = []
        for graph, ntriples in graphs.items():
            # Graph names are minted from hashes (namespaces.py) and the data is N-Triples we
            # serialised ourselves, so this update text carries no user input.
            parts.append(f"DROP SILENT GRAPH <{graph}>")
            if ntriples.strip():
                parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples.decode('utf-8')}\n}} }}")
        if position is not None:
            parts.append(f"DELETE WHERE {{ GRAPH <{meta}> {{ <{meta}> <{SG.projectedUpTo}> ?p }} }}")
            parts.append(
                f"INSERT DATA {{ GRAPH <{meta}> {{ <{meta}> <{SG.projectedUpTo}> {int(position)} }} }}"
            )
        if not parts:
            return
        with _mapped("writing the projection"):
            try:
                self._store.update(" ;\n".join(parts))
            except SyntaxError as exc:
                raise StoreError(f"the projection refused an update: {exc}") from exc

    def drop_graph(self, graph: str) -> None:
        name = ox.NamedNode(graph)
        with _mapped(f"dropping graph {graph}"):
            if self._store.contains_named_graph(name):
                self._store.remove_graph(name)

    def graph_ntriples(self, graph: str) -> bytes:
        with _mapped(f"reading graph {graph}"):
            return self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)) or b""

    def position(self) -> int:
        for q in self._store.quads_for_pattern(_META, _POSITION, None, _META):
            return int(str(getattr(q.object, "value", 0)))
        return 0

    def write_graphs(
        self,
        graphs: dict[str, bytes],
        *,
        position: int,
        keys: Mapping[str, Keys] | None = None,
    ) -> None:
        """Replace each graph's content with its N-Triples, then move the position; ``keys`` holds
        the statement index's rows and facets of some of the graphs, when the caller has them
        (see ``StatementKeys.record``).

        The graphs go in as one N-Quads document through Oxigraph's bulk loader, which writes
        index files directly (twice as fast as a transactional load, measured on generated
        releases). It is not atomic: a crash can leave part of them written. The position is
        moved only after them, so such a crash leaves it behind, and catching up replaces those
        graphs whole (each graph is dropped before it is written).
        """
        index = self.keys  # brought in step with the projection before it moves
        parts = []
        graphs = dict(graphs)
        with _mapped("writing the projection"):
            for graph, ntriples in graphs.items():
                name = ox.NamedNode(graph)
                if self._store.contains_named_graph(name):
                    self._store.remove_graph(name)
                ntriples, unlisted = split_unlisted(ntriples)
                graphs[graph] = ntriples
                # Our own N-Triples (mapping.nt_bytes): every line ends " .", graph names are IRIs we mint.
                parts.append(ntriples.replace(b" .\n", f" <{graph}> .\n".encode()))
                if unlisted:
                    # Added, never dropped here: other releases may name the same speaker. A
                    # rebuild writes the graph anew from the releases that still do.
                    parts.append(unlisted.replace(b" .\n", _UNLISTED_SUFFIX))
            try:
                self._store.bulk_load(b"".join(parts), format=ox.RdfFormat.N_QUADS)
            except SyntaxError as exc:
                raise StoreError(f"the projection refused a graph: {exc}") from exc
        self.replace_graphs({}, position=position)
        index.record(graphs, position, keys)

    def set_position(self, seq: int) -> None:
        keys = self.keys
        self.replace_graphs({}, position=seq)
        keys.set_position(seq)

    def set_derived_position(self, seq: int, version: str) -> None:
        with _mapped("recording the derived graph's position"):
            for q in list(self._store.quads_for_pattern(_META, _DERIVED, None, _META)):
                self._store.remove(q)
            self._store.add(ox.Quad(_META, _DERIVED, ox.Literal(f"{int(seq)} {version}"), _META))

    def derived_position(self, version: str) -> int:
        """The position at which the derived graph was last computed (see derived.py), or -1 when
        it never was, or was computed by another version of the derivation."""
        for q in self._store.quads_for_pattern(_META, _DERIVED, None, _META):
            seq, _, made_by = str(getattr(q.object, "value", "")).partition(" ")
            if made_by == version and seq.isdigit():
                return int(seq)
        return -1

    def names_order_mark(self) -> str:
        """What graph/order was last computed for (see ``derived.order_names``), or ""."""
        for q in self._store.quads_for_pattern(_META, _ORDERED, None, _META):
            return str(getattr(q.object, "value", ""))
        return ""

    def set_names_order_mark(self, mark: str) -> None:
        with _mapped("recording the names' order"):
            for q in list(self._store.quads_for_pattern(_META, _ORDERED, None, _META)):
                self._store.remove(q)
            self._store.add(ox.Quad(_META, _ORDERED, ox.Literal(mark), _META))

    def vocabulary_digest(self) -> str:
        for q in self._store.quads_for_pattern(_META, _DIGEST, None, _META):
            return str(getattr(q.object, "value", ""))
        return ""

    def set_vocabulary(self, graphs: dict[str, bytes], digest: str) -> None:
        """Replace the vocabulary graphs, then record their digest.

        Each graph is loaded from its N-Triples in a transaction of its own: as an update text (see
        ``replace_graphs``) the vocabulary was copied twice more in Python, the largest allocation
        of a new store's first load. The old digest goes first, so a crash between the graphs
        leaves none, and the next open writes the vocabulary again."""
        with _mapped("writing the vocabulary"):
            for q in list(self._store.quads_for_pattern(_META, _DIGEST, None, _META)):
                self._store.remove(q)
            for graph, ntriples in graphs.items():
                name = ox.NamedNode(graph)
                if self._store.contains_named_graph(name):
                    self._store.remove_graph(name)
                if ntriples.strip():
                    try:
                        self._store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=name)
                    except SyntaxError as exc:
                        raise StoreError(f"the store refused the vocabulary: {exc}") from exc
            self._store.add(ox.Quad(_META, _DIGEST, ox.Literal(digest), _META))

    def query(self, text: str, **options: Any) -> Any:
        """A SPARQL query over the union of every graph, unless ``default_graph`` names some."""
        if "default_graph" not in options:
            options["use_default_graph_as_union"] = True
        with _mapped("running a query"):
            return self._store.query(text, **options)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def count(self, graph: str | None = None) -> int:
        name = ox.NamedNode(graph) if graph else None
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, name))

    def dump(self, fmt: str, *, graphs: list[str], prefixes: dict[str, str] | None = None) -> bytes:
        """The given graphs: as a dataset for quad formats, merged into one graph for triple formats."""
        out = io.BytesIO()
        self.dump_to(out, fmt, graphs=graphs, prefixes=prefixes)
        return out.getvalue()

    def dump_to(
        self, output: BinaryIO, fmt: str, *, graphs: list[str], prefixes: dict[str, str] | None = None
    ) -> None:
        """``dump`` written to a binary file as it is made.

        Line-based formats, Turtle and TriG are written a graph at a time, so an export of a large
        store holds one release in memory, not the store (the serialiser's own blank node labels
        are store-wide, so graphs written apart do not share a label by chance). Merged into one
        graph, a triple found in several graphs is then written once per graph: the same RDF
        graph, as a parser reads it. JSON-LD and RDF/XML are made whole, in memory.
        """
        if fmt not in STREAMED_FORMATS:
            output.write(self._dump_whole(fmt, graphs=graphs, prefixes=prefixes))
            return
        wrap = fmt in {"turtle", "trig"}
        if wrap and prefixes:
            output.write("".join(f"@prefix {k}: <{v}> .\n" for k, v in prefixes.items()).encode())
        for g in graphs:
            name = ox.NamedNode(g)
            # Only reading the store is mapped to StoreError: a failed write is the output's (OSError).
            with _mapped("exporting"):
                data = self._store.dump(
                    format=ox.RdfFormat.TURTLE if wrap else ox.RdfFormat.N_TRIPLES,
                    from_graph=name,
                    prefixes=prefixes if wrap else None,
                )
            if not data:
                continue
            if not wrap:
                # N-Triples escapes line breaks in literals, so " .\n" ends a line and nothing else.
                output.write(data.replace(b" .\n", f" <{g}> .\n".encode()) if fmt == "nquads" else data)
                continue
            # The prefixes were written once, at the top.
            lines = data.split(b"\n")
            skip = 0
            while skip < len(lines) and lines[skip].startswith(b"@prefix "):
                skip += 1
            body = b"\n".join(lines[skip:])
            output.write(f"{name} {{\n".encode() + body + b"}\n" if fmt == "trig" else body)

    def _dump_whole(self, fmt: str, *, graphs: list[str], prefixes: dict[str, str] | None = None) -> bytes:
        target = ox.Store()
        with _mapped("exporting"):
            for g in graphs:
                name = ox.NamedNode(g)
                dest: Any = name if fmt in QUAD_FORMATS else ox.DefaultGraph()
                target.extend(
                    ox.Quad(q.subject, q.predicate, q.object, dest)
                    for q in self._store.quads_for_pattern(None, None, None, name)
                )
            kwargs: dict[str, Any] = {}
            if fmt in {"turtle", "trig"} and prefixes:
                kwargs["prefixes"] = prefixes
            if fmt in QUAD_FORMATS:
                return target.dump(format=FORMATS[fmt], **kwargs) or b""
            return target.dump(format=FORMATS[fmt], from_graph=ox.DefaultGraph(), **kwargs) or b""

    def optimize(self) -> None:
        """Compact the store's files (RocksDB's full compaction). Oxigraph's bulk loader adds a set
        of overlapping files at each call, which every later lookup reads through until they are
        merged; on the 100k-release store, merging them made the listing queries 1.4 to 2.5 times
        faster."""
        if self.path is not None:
            with _mapped("compacting the projection"):
                self._store.optimize()

    def flush(self) -> None:
        if self.path is not None:
            with _mapped("flushing the projection"):
                self._store.flush()

    def close(self) -> None:
        self.flush()
        if "keys" in self.__dict__:
            self.keys.close()
        del self._store
