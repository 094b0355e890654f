"""The SHACL gate: a release's graph is checked against ``shapes/`` before it is recorded.

pyshacl is the reference validator. With the ``fast`` extra installed (``pyshacl-turbo``, a Rust
engine with pyshacl's API, pinned to the one version :data:`TURBO_VERSION` the equivalence tests
cover), ``engine="auto"`` uses it instead: the same verdict and the same :class:`Violation` list
for about a sixth of the CPU time (``bench/bench_validation.py``). ``tests/test_validation_engines.py``
holds the two engines to that on the dev corpus, on generated releases, on graphs that break each
constraint of the shapes and on random mutations of release graphs. Any other version of
pyshacl-turbo is not used by "auto", and refused by ``engine="turbo"``. A graph holding a literal
the two engines read differently goes to pyshacl (see :func:`_plain_sailing`).

Either engine sees the release's graph with the vocabulary triples its constraints need (see
``Validator.__init__``), so ``sh:class`` and ``sh:hasValue`` see the classes and schemes of actors
and stance types without the whole vocabulary being copied into every release's graph.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD
from rdflib.term import Node

from .errors import InputError, Violation
from .mapping import Record, TermTriples, _nt_term
from .namespaces import PREFIXES

Engine = Literal["pyshacl", "turbo"]
ENGINES = ("auto", "pyshacl", "turbo")
# The one pyshacl-turbo release the equivalence tests were run against; pyproject's `fast` extra pins it.
TURBO_DISTRIBUTION = "pyshacl-turbo"
TURBO_VERSION = "0.6.5"

Triple = tuple[Node, Node, Node]
# A release's triples: an rdflib Graph or the load's mapping.Triples; only iterated.
TripleSource = Iterable[Triple]


def turbo_version() -> str | None:
    """The installed pyshacl-turbo's version, without importing it (None: not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(TURBO_DISTRIBUTION)
    except PackageNotFoundError:
        return None


def turbo_available() -> bool:
    """pyshacl-turbo is installed at exactly the pinned version."""
    return turbo_version() == TURBO_VERSION


def resolve_engine(engine: str = "auto") -> Engine:
    """The engine ``engine`` names: "auto" is turbo when the pinned version is installed, else pyshacl."""
    if engine == "pyshacl":
        return "pyshacl"
    if engine == "auto":
        return "turbo" if turbo_available() else "pyshacl"
    if engine == "turbo":
        found = turbo_version()
        if found != TURBO_VERSION:
            have = "it is not installed" if found is None else f"version {found} is installed"
            raise InputError(
                f"SHACL engine 'turbo' needs {TURBO_DISTRIBUTION}=={TURBO_VERSION} "
                f"(pip install 'statgraph[fast]'); {have}"
            )
        return "turbo"
    raise InputError(f"unknown SHACL engine {engine!r}: one of {', '.join(ENGINES)}")


def _short(term: object) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


class Validator:
    """Validates release graphs against the shapes with ``engine`` ("auto", "pyshacl" or "turbo").

    ``self.engine`` says which engine "auto" chose. Both give the same verdict and violations.
    """

    def __init__(self, shapes_dir: Path, ontology: Graph, *, engine: str = "auto") -> None:
        self.engine: Engine = resolve_engine(engine)
        self.shapes = Graph()
        files = self._shape_files = sorted(shapes_dir.glob("*.ttl"))
        if not files:
            raise InputError(f"{shapes_dir}: no SHACL shapes (*.ttl) found")
        for path in files:
            try:
                self.shapes.parse(path, format="turtle")
            except Exception as exc:  # rdflib's parser errors have no common base
                raise InputError(f"{path}: not valid Turtle: {exc}") from exc
        # pyshacl's ont_graph only inoculates class definitions, not the vocabulary's instances, so
        # the triples sh:class and sh:hasValue need are mixed into each data graph: the types and
        # schemes of the vocabulary entries the graph names, and the class hierarchy. Only those:
        # copying the whole vocabulary into every release's graph made validation ten times slower.
        self._about: dict[Node, list[Triple]] = {}
        for triple in ontology.triples((None, RDF.type, None)):
            self._about.setdefault(triple[0], []).append(triple)
        for triple in ontology.triples((None, SKOS.inScheme, None)):
            self._about.setdefault(triple[0], []).append(triple)
        self._hierarchy: list[Triple] = list(ontology.triples((None, RDFS.subClassOf, None)))
        self._ranged = _ranged_predicates(self.shapes)
        self._compiled: Any = None  # pyshacl-turbo's CompiledShapes, made on first use
        self._ranged_terms = {_nt_term(p): family for p, family in self._ranged.items()}
        self._about_terms: Any = None  # _vocabulary_terms, made on first use
        self.fallbacks = 0  # graphs the turbo engine handed to pyshacl (see _plain_sailing)

    def _vocabulary_for(self, data: TripleSource) -> Iterable[Triple]:
        """The vocabulary triples mixed into ``data``: the hierarchy, and what it says of the nodes ``data``
        names as objects."""
        return self._vocabulary_needed({o for _s, _p, o in data})

    def _vocabulary_needed(self, objects: Iterable[Node]) -> Iterable[Triple]:
        yield from self._hierarchy
        for node in objects:
            yield from self._about.get(node, ())

    # ------------------------------------------------------------------ engines

    def report(self, data: TripleSource) -> tuple[bool, Graph]:
        """The engine's verdict and results graph for one release's graph."""
        if self.engine == "turbo":
            return self._report_turbo(data)
        return self._report_pyshacl(data)

    def _report_pyshacl(self, data: TripleSource) -> tuple[bool, Graph]:
        from pyshacl import validate  # imported here: 0.2 s that light commands should not pay

        mixed = Graph()
        mixed += data
        for triple in self._vocabulary_for(data):
            mixed.add(triple)
        conforms, results, _text = validate(
            mixed,
            shacl_graph=self.shapes,
            inplace=True,
            inference="none",
            abort_on_first=False,
            allow_warnings=True,
            advanced=False,
        )
        return bool(conforms), results

    def _turbo(self) -> Any:
        """pyshacl-turbo's compiled shapes, compiled once per Validator."""
        if self._compiled is None:
            from pyshacl_turbo import CompiledShapes  # imported here, like pyshacl

            # The same shapes, with only the files' own prefixes bound (not rdflib's thirty defaults):
            # the engine binds each prefix of the shapes graph in every results graph it returns.
            shapes = Graph(bind_namespaces="none")
            for path in self._shape_files:
                shapes.parse(path, format="turtle")
            self._compiled = CompiledShapes(shapes, advanced=False)
        return self._compiled

    def _report_turbo(self, data: TripleSource) -> tuple[bool, Graph]:
        data_input = self._turbo_input([data])
        if data_input is None:
            # A literal the engines read differently (see _plain_sailing): the reference decides.
            self.fallbacks += 1
            return self._report_pyshacl(data)
        conforms, results, _text = self._turbo().validate(
            data_input, inference="none", abort_on_first=False, allow_warnings=True
        )
        return bool(conforms), results

    def _turbo_conforms(self, data_input: Any) -> bool:
        """pyshacl-turbo's verdict alone: True when the graph conforms (warnings allowed, as in
        ``_report_turbo``) and the engine warned of no recursion in the shapes.

        ``CompiledShapes.validate`` also turns the engine's report into an rdflib graph and binds the
        shapes' forty prefixes in it: 0.4 ms a call, a fifth of a conforming release's validation,
        for a graph a conforming release does not need. This is the engine call it makes with
        ``_report_turbo``'s options, in the pinned version (TURBO_VERSION); the tests hold the two
        paths to the same verdicts (tests/test_validation_engines.py).
        """
        conforms, _report, _text, _expanded, recursion = self._turbo()._native.validate(
            data_input.source,
            data_input.format,
            data_input.base,
            False,  # iterate_rules
            100,  # max_rule_iterations
            15,  # max_validation_depth
            False,  # inplace
            False,  # allow_infos
            True,  # allow_warnings
            False,  # abort_on_first
            [],  # focus nodes: all
            [],  # shapes: all
            [],  # the data's prefixes: none
        )
        # Recursion warnings are emitted by the public call, which report() then makes.
        return bool(conforms) and not recursion

    def _turbo_input(self, graphs: Iterable[TripleSource]) -> Any:
        """The graphs and the vocabulary triples they need, as pyshacl-turbo's term batch; None when a
        literal of theirs is one the engines read differently.

        Built straight from the graphs' triples: no mixed rdflib graph is copied, and the engine parses
        no text. (Several graphs make one data graph: bench/bench_validation.py times that.)
        """
        from pyshacl_turbo.rdf import Input  # the pinned version's input record (see TURBO_VERSION)

        records: list[tuple[int, str, str | None, str | None]] = []
        quads: list[tuple[int, int, int, None]] = []
        index: dict[Node, int] = {}
        terms: list[Node] = []  # by number
        blank: dict[str, BNode] = {}
        unsure: list[RDFLiteral] = []
        known: set[tuple[int, int, int, None]] = set()
        get = index.get

        def intern(term: Node) -> int:
            at = index[term] = len(records)
            terms.append(term)
            if isinstance(term, URIRef):
                records.append((0, str(term), None, None))
            elif isinstance(term, RDFLiteral):
                if term.datatype is not None and not _plain_sailing(term):
                    unsure.append(term)
                datatype = str(term.datatype) if term.datatype and not term.language else None
                records.append((2, str(term), datatype, term.language))
            elif isinstance(term, BNode):
                blank[str(term)] = term
                records.append((1, str(term), None, None))
            else:
                raise TypeError(f"not an RDF term: {term!r}")
            return at

        def number(term: Node) -> int:
            at = get(term)
            return intern(term) if at is None else at

        # One pass over each graph (rdflib's iteration is the dearest part), collecting the objects
        # whose vocabulary triples it needs; duplicates are found among the interned numbers. The
        # lookups of terms already seen (most of them) are made here rather than in intern(): a
        # Python call for each of a release's thousand terms was a third of this method's time.
        for data in graphs:
            objects: set[int] = set()
            ranged = self._ranged
            for s, p, o in data:
                if p in ranged and isinstance(o, RDFLiteral) and _family(o) != ranged[p]:
                    # A value a range cannot be compared with: pyshacl reports one of the bounds,
                    # pyshacl-turbo both.
                    unsure.append(o)
                si, pi, oi = get(s), get(p), get(o)
                if si is None:
                    si = intern(s)
                if pi is None:
                    pi = intern(p)
                if oi is None:
                    oi = intern(o)
                objects.add(oi)
                quad = (si, pi, oi, None)
                if quad not in known:
                    known.add(quad)
                    quads.append(quad)
            for s, p, o in self._vocabulary_needed(terms[i] for i in objects):
                quad = (number(s), number(p), number(o), None)
                if quad not in known:
                    known.add(quad)
                    quads.append(quad)
        if unsure:
            return None
        return Input((records, quads), "terms", None, blank, {})

    def _vocabulary_terms(self) -> _VocabularyTerms | None:
        """``_hierarchy`` and ``_about`` as N-Triples terms (``_about`` by the N-Triples of its nodes),
        with their records; None when they hold a blank node or a literal (none does: the types,
        schemes and class hierarchy of IRIs), left to ``_turbo_input``."""
        if self._about_terms is None:
            triples = [*self._hierarchy, *(t for ts in self._about.values() for t in ts)]
            if not all(isinstance(term, URIRef) for triple in triples for term in triple):
                self._about_terms = False
            else:
                records = {_nt_term(term): _record(term) for triple in triples for term in triple}
                hierarchy = [(_nt_term(s), _nt_term(p), _nt_term(o)) for s, p, o in self._hierarchy]
                about = {
                    _nt_term(node): [(_nt_term(s), _nt_term(p), _nt_term(o)) for s, p, o in ts]
                    for node, ts in self._about.items()
                }
                self._about_terms = (hierarchy, about, records)
        return self._about_terms or None

    def _turbo_input_terms(self, data: TermTriples) -> Any:
        """``_turbo_input([graph])`` of the rdflib graph that ``data`` writes: the same records and quads,
        in the same order; None in the same cases."""
        from pyshacl_turbo.rdf import Input

        vocabulary = self._vocabulary_terms()
        if vocabulary is None:
            return None
        records: list[Record] = []
        quads: list[tuple[int, int, int, None]] = []
        index: dict[str, int] = {}
        get = index.get
        by_nt = data.records
        ranged = self._ranged_terms
        objects: set[int] = set()
        object_nt: dict[int, str] = {}
        for s, p, o in data:
            si, pi, oi = get(s), get(p), get(o)
            if si is None:
                si = index[s] = len(records)
                records.append(by_nt[s])
            if pi is None:
                pi = index[p] = len(records)
                records.append(by_nt[p])
            if oi is None:
                oi = index[o] = len(records)
                record = by_nt[o]
                records.append(record)
                if record[2] is not None and not _plain_sailing_record(record[1], record[2]):
                    return None  # a literal the engines read differently
            if p in ranged:
                record = records[oi]
                if record[0] == 2 and _record_family(record) != ranged[p]:
                    return None  # a value a range cannot be compared with
            if oi not in objects:
                objects.add(oi)
                object_nt[oi] = o
            # Distinct triples of distinct terms: distinct quads.
            quads.append((si, pi, oi, None))
        hierarchy, about, vocabulary_records = vocabulary
        known = set(quads)
        empty: list[tuple[str, str, str]] = []
        # _turbo_input mixes the vocabulary in from the set of its objects' numbers, in that set's order.
        for triple in hierarchy + [t for i in objects for t in about.get(object_nt[i], empty)]:
            numbers = []
            for term in triple:
                at = get(term)
                if at is None:
                    at = index[term] = len(records)
                    records.append(vocabulary_records[term])
                numbers.append(at)
            quad = (numbers[0], numbers[1], numbers[2], None)
            if quad not in known:
                known.add(quad)
                quads.append(quad)
        return Input((records, quads), "terms", None, {}, {})

    def conforms_terms(self, data: TermTriples) -> bool:
        """True when pyshacl-turbo finds the graph ``data`` writes conforming, with what it needs of
        the vocabulary (as ``violations`` of that graph would); False when it does not, or when the
        graph must be validated another way (another engine, a literal the engines read differently):
        ``violations`` of the rdflib graph then decides."""
        if self.engine != "turbo":
            return False
        data_input = self._turbo_input_terms(data)
        return data_input is not None and self._turbo_conforms(data_input)

    # ------------------------------------------------------------------ violations

    def violations(self, data: TripleSource) -> list[Violation]:
        """The violations of one release's graph, sorted; [] when it conforms."""
        if self.engine == "turbo":
            data_input = self._turbo_input([data])
            if data_input is not None and self._turbo_conforms(data_input):
                return []
            # A graph that fails (or goes to pyshacl) is validated again below, for its results graph:
            # it is the rare case, and the results are then exactly what report() gives.
        conforms, results = self.report(data)
        if conforms:
            return []
        return read_violations(results)

    def violations_many(self, graphs: Sequence[TripleSource]) -> list[list[Violation]]:
        """``violations`` of each graph, in order.

        One engine call per graph: validating many release graphs concatenated in one call was
        measured no faster with either engine (``bench/bench_validation.py``), the engines' time
        grows with the triples, not the calls.
        """
        return [self.violations(g) for g in graphs]


# The vocabulary triples ``_vocabulary_needed`` mixes in, as records: the hierarchy, and by the
# N-Triples of a node the triples about it.
_NtTriple = tuple[str, str, str]
_VocabularyTerms = tuple[list[_NtTriple], dict[str, list[_NtTriple]], dict[str, Record]]


def _record(term: Node) -> Record:
    """An IRI's record in pyshacl-turbo's term batch (as ``_turbo_input`` makes it)."""
    return (0, str(term), None, None)


@lru_cache(maxsize=4096)
def _plain_sailing_record(lexical: str, datatype: str) -> bool:
    """``_plain_sailing`` of the typed literal with this lexical form and datatype.

    The same answer as for the literal the mapping made from a value: ``_plain_sailing`` checks a
    literal made from a value by its lexical form, and compares the same value.
    """
    return _plain_sailing(RDFLiteral(lexical, datatype=URIRef(datatype)))


def _record_family(record: Record) -> str:
    """``_family`` of a literal's record."""
    return _datatype_family(record[2], bool(record[3]))


@lru_cache(maxsize=256)
def _datatype_family(datatype: str | None, tagged: bool) -> str:
    if datatype is not None and URIRef(datatype) in _NUMERIC:
        return "number"
    return str(datatype or (RDF.langString if tagged else XSD.string))


def _plain_sailing(literal: RDFLiteral) -> bool:
    """A typed literal both engines read alike.

    They differ on literals that are not valid forms of their datatype: pyshacl compares the value
    rdflib made of them, pyshacl-turbo the lexical form, so ``"0,9"^^xsd:decimal`` or rdflib's
    ``"nan"^^xsd:double`` break sh:minInclusive in both but sh:maxInclusive only in pyshacl-turbo, and
    an ``rdf:langString`` without a language tag fails sh:datatype in pyshacl only. Graphs holding
    such a literal (the mapping writes none) are validated by pyshacl.
    """
    if literal.datatype == RDF.langString:
        return False
    ill = literal.ill_typed
    if ill is None:  # made from a Python value: rdflib checked no lexical form; check it now
        ill = RDFLiteral(str(literal), datatype=literal.datatype).ill_typed
    if ill:
        return False
    value = literal.value
    if isinstance(value, float):
        return not math.isnan(value)
    if isinstance(value, Decimal):
        return value.is_finite()
    return True


_NUMERIC = {
    XSD.decimal, XSD.integer, XSD.float, XSD.double, XSD.long, XSD.int, XSD.short, XSD.byte,
    XSD.nonNegativeInteger, XSD.positiveInteger, XSD.nonPositiveInteger, XSD.negativeInteger,
    XSD.unsignedLong, XSD.unsignedInt, XSD.unsignedShort, XSD.unsignedByte,
}  # fmt: skip
_RANGES = (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive)


def _family(literal: RDFLiteral) -> str:
    """What a literal can be compared with: numbers with numbers, a datatype's values with its own."""
    if literal.datatype in _NUMERIC:
        return "number"
    return str(literal.datatype or (RDF.langString if literal.language else XSD.string))


def _ranged_predicates(shapes: Graph) -> dict[Node, str]:
    """The predicates whose values a shape bounds (sh:minInclusive and the like; the last step of a
    sequence path), with the family of the bound."""
    out: dict[Node, str] = {}
    for bound_property in _RANGES:
        for shape, bound in shapes.subject_objects(bound_property):
            path = shapes.value(shape, SH.path)
            if isinstance(path, BNode) and shapes.value(path, RDF.first) is not None:
                steps = list(Collection(shapes, path))
                path = steps[-1] if steps else None
            if isinstance(path, URIRef) and isinstance(bound, RDFLiteral):
                out[path] = _family(bound)
    return out


def _value(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    """The least of the values (one engine may give several where the other gives one; none do yet)."""
    values = sorted(graph.objects(subject, predicate), key=lambda n: (type(n).__name__, str(n)))
    return values[0] if values else None


def read_violations(results: Graph) -> list[Violation]:
    """The results of a SHACL report, nested ones included, as Violations sorted on every field.

    Read the same from either engine's report: a sequence path (a blank node) is "(path)", terms are
    compared by their text, and the Violations (not the report's order) fix the order.
    """
    out: list[Violation] = []
    graph: Any = results
    for result in set(graph.subjects(SH.resultSeverity, None)):
        path = _value(graph, result, SH.resultPath)
        out.append(
            Violation(
                focus=_short(_value(graph, result, SH.focusNode)),
                path=_short(path) if isinstance(path, URIRef) else ("(path)" if path is not None else ""),
                message=str(_value(graph, result, SH.resultMessage) or "does not conform"),
                severity=_short(_value(graph, result, SH.resultSeverity)).split("#")[-1].replace("sh:", ""),
                value=str(_value(graph, result, SH.value) or ""),
            )
        )
    out.sort(key=lambda v: (v.focus, v.path, v.message, v.severity, v.value))
    return [v for v in out if v.severity == "Violation"] or out
