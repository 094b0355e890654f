"""The SHACL gate: a release's graph is checked against ``shapes/`` before it is recorded.

pyshacl is the reference validator. The vocabulary is passed as the
ontology graph so ``sh:class`` sees the classes of actors and stance types
without copying them into every release's graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS
from rdflib.term import Node

from .errors import InputError, Violation
from .namespaces import PREFIXES


def _short(term: object) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


class Validator:
    def __init__(self, shapes_dir: Path, ontology: Graph) -> None:
        self.shapes = Graph()
        files = sorted(shapes_dir.glob("*.ttl"))
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
        self._about: dict[Node, list[tuple[Node, Node, Node]]] = {}
        for triple in ontology.triples((None, RDF.type, None)):
            self._about.setdefault(triple[0], []).append(triple)
        for triple in ontology.triples((None, SKOS.inScheme, None)):
            self._about.setdefault(triple[0], []).append(triple)
        self._hierarchy = list(ontology.triples((None, RDFS.subClassOf, None)))

    def report(self, data: Iterable[tuple[Node, Node, Node]]) -> tuple[bool, Graph]:
        """pyshacl's verdict and results graph for one release's graph."""
        from pyshacl import validate  # imported here: 0.2 s that light commands should not pay

        mixed = Graph()
        mixed += data
        for triple in self._hierarchy:
            mixed.add(triple)
        for node in {o for _s, _p, o in data}:
            for triple in self._about.get(node, ()):
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

    def violations(self, data: Iterable[tuple[Node, Node, Node]]) -> list[Violation]:
        conforms, results = self.report(data)
        if conforms:
            return []
        out: list[Violation] = []
        graph: Any = results
        for result in graph.subjects(SH.resultSeverity, None):
            path = graph.value(result, SH.resultPath)
            out.append(
                Violation(
                    focus=_short(graph.value(result, SH.focusNode)),
                    path=_short(path) if isinstance(path, URIRef) else ("(path)" if path is not None else ""),
                    message=str(graph.value(result, SH.resultMessage) or "does not conform"),
                    severity=_short(graph.value(result, SH.resultSeverity)).split("#")[-1].replace("sh:", ""),
                    value=str(graph.value(result, SH.value) or ""),
                )
            )
        out.sort(key=lambda v: (v.focus, v.path, v.message))
        return [v for v in out if v.severity == "Violation"] or out
