"""The two SHACL engines give the same verdict and the same violations (statgraph.validation).

pyshacl is the reference; pyshacl-turbo (the ``fast`` extra, pinned to TURBO_VERSION) is used only
because these tests show that it reports the same on the project's shapes: on the graphs of the
dev corpus (../shared, skipped when absent) and of generated releases, on each constraint of
the shapes broken in turn (tests/test_shapes.py's cases, which also run with each engine), on
ill-formed literals and other odd values, and on random mutations of real release graphs. Compared
each time: the verdict, the Violation list, and every result's (focus, path, constraint component,
message, severity, value) in the engine's own results graph.

The tests that need pyshacl-turbo are skipped where its pinned version is not installed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, RDF, SH, SKOS

import statgraph.validation as validation
from statgraph.api import Statgraph
from statgraph.config import SHACL_ENGINES, Settings, data_dir
from statgraph.errors import InputError, Violation
from statgraph.extraction import Extractor
from statgraph.namespaces import ACTOR, OA, OFFICE, SCHEMA, SG, STANCE, TOPIC
from statgraph.pipeline import Prepared, Preparer
from statgraph.projection import build_graph
from statgraph.validation import TURBO_VERSION, Validator, resolve_engine, turbo_available
from statgraph.vocabulary import Vocabulary, load_vocabulary
from test_shapes import CASES, QUOTE, Case, Nodes, _short, valid_graph

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "releases"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace, as in test_shapes
GENERATED = 24

needs_turbo = pytest.mark.skipif(
    not turbo_available(), reason=f"pyshacl-turbo=={TURBO_VERSION} (the fast extra) is not installed"
)


# --- fixtures ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary(data_dir("ontology"))


@pytest.fixture(scope="module")
def reference(vocabulary: Vocabulary) -> Validator:
    return Validator(data_dir("shapes"), vocabulary.graph, engine="pyshacl")


@pytest.fixture(scope="module")
def turbo(vocabulary: Vocabulary) -> Validator:
    if not turbo_available():
        pytest.skip(f"pyshacl-turbo=={TURBO_VERSION} (the fast extra) is not installed")
    return Validator(data_dir("shapes"), vocabulary.graph, engine="turbo")


def _preparer(vocabulary: Vocabulary, reference: Validator) -> Preparer:
    return Preparer(vocabulary, Extractor(vocabulary), reference, 50_000_000)


def _graph_of(preparer: Preparer, prepared: Prepared) -> Graph:
    recorded, extracted = preparer.events(prepared.release, prepared.statements, seq=1)
    return build_graph(recorded, extracted)


@pytest.fixture(scope="module")
def corpus_graphs(vocabulary: Vocabulary, reference: Validator) -> list[tuple[str, Graph]]:
    """The graph of every release of the dev corpus, as the pipeline builds it."""
    if not CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not at {CORPUS}")
    preparer = _preparer(vocabulary, reference)
    out = []
    for path in sorted(p for p in CORPUS.iterdir() if p.is_file() and not p.name.startswith(".")):
        result = preparer.prepare(path, validate=False)
        assert result.error is None, result.error
        out += [(p.release.source, _graph_of(preparer, p)) for p in result.prepared]
    assert len(out) >= 16
    return out


@pytest.fixture(scope="module")
def generated_graphs(vocabulary: Vocabulary, reference: Validator) -> list[Graph]:
    """Graphs of releases from bench/generate.py: real speakers, offices, targets; French and English."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    preparer = _preparer(vocabulary, reference)
    graphs = [
        _graph_of(preparer, preparer.prepare_release(r, validate=False))
        for r in generate(GENERATED, 2014, vocabulary)
    ]
    assert sum(len(list(g.subjects(RDF.type, SG.Statement))) for g in graphs) > GENERATED  # statements
    return graphs


# --- comparing --------------------------------------------------------------------------------------------

Result = tuple[str, str, str, str, str, str]


def _rendered_path(graph: Graph, path: object) -> str:
    if isinstance(path, BNode):
        return "/".join(_short(p) for p in Collection(graph, path))
    return "" if path is None else _short(path)


def results(report: Graph) -> list[Result]:
    """Every result of a results graph, nested ones included: (focus, path, component, message,
    severity, value), the path rendered in full (a sequence as "a:b/c:d")."""
    out = []
    for result in report.subjects(SH.resultSeverity, None):
        out.append(
            (
                _short(report.value(result, SH.focusNode)),
                _rendered_path(report, report.value(result, SH.resultPath)),
                str(report.value(result, SH.sourceConstraintComponent)).removeprefix(str(SH)),
                "|".join(sorted(str(m) for m in report.objects(result, SH.resultMessage))),
                str(report.value(result, SH.resultSeverity)).removeprefix(str(SH)),
                str(report.value(result, SH.value) or ""),
            )
        )
    return sorted(out)


def assert_same(
    reference: Validator, turbo: Validator, graph: Graph, *, fallback: bool = False
) -> list[Violation]:
    """Both engines' verdict, results and Violations on ``graph`` are equal; returns the Violations.

    ``fallback``: whether the turbo Validator is expected to hand this graph to pyshacl (a literal the
    engines read differently); otherwise it must have validated it itself, so the comparison is real.
    """
    before = turbo.fallbacks
    ref_conforms, ref_report = reference.report(graph)
    got_conforms, got_report = turbo.report(graph)
    assert (turbo.fallbacks > before) == fallback, f"turbo handed the graph to pyshacl: expected {fallback}"
    assert got_conforms == ref_conforms
    assert results(got_report) == results(ref_report)
    expected = reference.violations(graph)
    assert turbo.violations(graph) == expected
    assert (expected == []) == ref_conforms
    return expected


# --- choosing the engine ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("installed", "asked", "chosen"),
    [
        (TURBO_VERSION, "auto", "turbo"),
        (TURBO_VERSION, "turbo", "turbo"),
        (TURBO_VERSION, "pyshacl", "pyshacl"),
        (None, "auto", "pyshacl"),
        ("0.6.4", "auto", "pyshacl"),  # not the version the tests vouch for
        ("0.7.0", "auto", "pyshacl"),
        (None, "pyshacl", "pyshacl"),
        (None, "turbo", InputError),
        ("0.6.6", "turbo", InputError),
        (TURBO_VERSION, "jena", InputError),
    ],
)
def test_the_engine_is_turbo_only_at_the_pinned_version(
    monkeypatch: pytest.MonkeyPatch, installed: str | None, asked: str, chosen: object
) -> None:
    monkeypatch.setattr(validation, "turbo_version", lambda: installed)
    if chosen is InputError:
        with pytest.raises(InputError):
            resolve_engine(asked)
    else:
        assert resolve_engine(asked) == chosen


def test_the_pin_in_pyproject_is_the_version_the_code_trusts() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"pyshacl-turbo=={TURBO_VERSION}' in text


def test_settings_choose_the_engine(tmp_path: Path, vocabulary: Vocabulary) -> None:
    assert SHACL_ENGINES == validation.ENGINES
    assert Settings.from_env({}).shacl_engine == "auto"
    forced = Settings.from_env({"STATGRAPH_SHACL_ENGINE": "pyshacl"})
    assert forced.shacl_engine == "pyshacl"
    assert Statgraph(tmp_path / "store", settings=forced).validator.engine == "pyshacl"
    auto = Statgraph(tmp_path / "store", settings=Settings.from_env({}))
    assert auto.validator.engine == ("turbo" if turbo_available() else "pyshacl")
    with pytest.raises(InputError, match="STATGRAPH_SHACL_ENGINE"):
        Settings.from_env({"STATGRAPH_SHACL_ENGINE": "fast"})
    with pytest.raises(InputError, match="engine"):
        Validator(data_dir("shapes"), vocabulary.graph, engine="fast")


def test_no_engine_is_imported_until_something_is_validated() -> None:
    code = (
        "import sys\n"
        "from statgraph import cli, api\n"
        "from statgraph.config import data_dir\n"
        "from statgraph.validation import Validator\n"
        "from statgraph.vocabulary import load_vocabulary\n"
        "v = Validator(data_dir('shapes'), load_vocabulary(data_dir('ontology')).graph)\n"
        "print(v.engine, sorted(m for m in ('pyshacl', 'pyshacl_turbo') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split(" ", 1)[1].strip() == "[]", out


@needs_turbo
def test_shapes_are_compiled_once(turbo: Validator, generated_graphs: list[Graph]) -> None:
    turbo.violations(generated_graphs[0])
    compiled = turbo._compiled
    assert compiled is not None
    turbo.violations(generated_graphs[1])
    assert turbo._compiled is compiled


# --- the same reports -------------------------------------------------------------------------------------


def test_the_corpus_releases_are_reported_alike(
    reference: Validator, turbo: Validator, corpus_graphs: list[tuple[str, Graph]]
) -> None:
    for source, graph in corpus_graphs:
        try:
            assert_same(reference, turbo, graph)
        except AssertionError as exc:
            raise AssertionError(f"{source}: {exc}") from exc


def test_generated_releases_are_reported_alike(
    reference: Validator, turbo: Validator, generated_graphs: list[Graph]
) -> None:
    for graph in generated_graphs:
        assert_same(reference, turbo, graph)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_broken_constraint_is_reported_alike(reference: Validator, turbo: Validator, case: Case) -> None:
    g, n = valid_graph()
    case.mutate(g, n)
    violations = assert_same(reference, turbo, g, fallback=case.id in NOT_A_NUMBER)
    assert violations, f"{case.id}: the mutated graph conforms"


def _set(attr: str, pred: URIRef, value: URIRef | Literal | BNode) -> Callable[[Graph, Nodes], None]:
    def mutate(g: Graph, n: Nodes) -> None:
        node = getattr(n, attr)
        g.remove((node, pred, None))
        g.add((node, pred, value))

    return mutate


def _stance_as_blank_node(g: Graph, n: Nodes) -> None:
    node = BNode("stance")
    for p, o in list(g.predicate_objects(n.stance)):
        g.add((node, p, o))
    g.remove((n.statement, SG.stance, None))
    g.add((n.statement, SG.stance, node))


def _statement_also_a_release(g: Graph, n: Nodes) -> None:
    g.add((n.statement, RDF.type, SG.Release))


def _three_things_broken(g: Graph, n: Nodes) -> None:
    g.remove((n.release, DCTERMS.title, None))
    g.remove((n.statement, SG.kind, None))
    g.remove((n.quote, OA.exact, None))


def _stance_type_in_two_schemes(g: Graph, n: Nodes) -> None:
    g.add((STANCE["condemns"], SKOS.inScheme, URIRef("https://w3id.org/statgraph/id/scheme/topics")))


HASH = "sha256:" + "a" * 64

# Values of other shapes or kinds than the shapes ask for; each named after what it tries.
# fmt: off
ODD: list[tuple[str, Callable[[Graph, Nodes], None]]] = [
    ("date-not-a-day", _set("release", DCTERMS.date, Literal("2022-02-30", datatype=XSD.date))),
    ("date-one-digit-month", _set("release", DCTERMS.date, Literal("2022-2-24", datatype=XSD.date))),
    ("date-with-timezone", _set("release", DCTERMS.date, Literal("2022-02-24Z", datatype=XSD.date))),
    ("statement-date-words", _set("statement", DCTERMS.date, Literal("hier", datatype=XSD.date))),
    ("statement-date-gyear", _set("statement", DCTERMS.date, Literal("2022", datatype=XSD.gYear))),
    ("language-underscore", _set("release", DCTERMS.language, Literal("fr_FR", datatype=XSD.language))),
    ("language-region", _set("release", DCTERMS.language, Literal("fr-CA", datatype=XSD.language))),
    ("language-empty", _set("release", DCTERMS.language, Literal("", datatype=XSD.language))),
    ("language-tagged", _set("release", DCTERMS.language, Literal("fr", lang="fr"))),
    ("hash-trailing-newline", _set("release", SG.contentHash, Literal(HASH + "\n"))),
    ("hash-leading-space", _set("release", SG.contentHash, Literal(" " + HASH))),
    ("hash-xsd-string", _set("release", SG.contentHash, Literal(HASH, datatype=XSD.string))),
    ("hash-an-iri", _set("release", SG.contentHash, URIRef("urn:" + HASH))),
    ("title-tag-uppercase", _set("release", DCTERMS.title, Literal("Titre", lang="FR"))),
    ("title-tag-private-use", _set("release", DCTERMS.title, Literal("Titre", lang="fr-x-otan"))),
    ("title-blank-node", _set("release", DCTERMS.title, BNode("title"))),
    ("title-an-iri", _set("release", DCTERMS.title, URIRef("https://example.org/title"))),
    ("title-xsd-string", _set("release", DCTERMS.title, Literal("Titre", datatype=XSD.string))),
    ("text-html", _set("release", SCHEMA.text, Literal("<p>x</p>", datatype=RDF.HTML))),
    ("publisher-an-iri", _set("release", DCTERMS.publisher, URIRef("https://www.nato.int/"))),
    ("publisher-blank-node", _set("release", DCTERMS.publisher, BNode("publisher"))),
    ("source-name-astral", _set("release", SG.sourceName, Literal("\U0001d11e"))),
    ("source-name-tagged", _set("release", SG.sourceName, Literal("x.txt", lang="fr"))),
    ("start-exponent", _set("position", OA.start, Literal("1e3", datatype=XSD.integer))),
    ("start-leading-zero", _set("position", OA.start, Literal("012", datatype=XSD.integer))),
    ("start-plus-sign", _set("position", OA.start, Literal("+12", datatype=XSD.integer))),
    ("start-minus-zero", _set("position", OA.start, Literal("-0", datatype=XSD.integer))),
    ("start-non-negative-integer",
     _set("position", OA.start, Literal("12", datatype=XSD.nonNegativeInteger))),
    ("start-decimal", _set("position", OA.start, Literal(Decimal("1.5")))),
    ("confidence-comma", _set("statement", SG.confidence, Literal("0,9", datatype=XSD.decimal))),
    ("confidence-nan", _set("statement", SG.confidence, Literal("NaN", datatype=XSD.double))),
    ("confidence-infinite", _set("statement", SG.confidence, Literal("INF", datatype=XSD.double))),
    ("confidence-integer-one", _set("statement", SG.confidence, Literal(1))),
    ("confidence-integer-two", _set("statement", SG.confidence, Literal(2))),
    ("confidence-float", _set("statement", SG.confidence, Literal("0.5", datatype=XSD.float))),
    ("confidence-exponent", _set("statement", SG.confidence, Literal("1E0", datatype=XSD.decimal))),
    ("confidence-trailing-zeros", _set("statement", SG.confidence, Literal("1.000", datatype=XSD.decimal))),
    ("confidence-tagged", _set("statement", SG.confidence, Literal("0.5", lang="fr"))),
    ("confidence-an-iri", _set("statement", SG.confidence, URIRef("urn:confidence"))),
    ("kind-xsd-string", _set("statement", SG.kind, Literal("direct", datatype=XSD.string))),
    ("kind-blank-node", _set("statement", SG.kind, BNode("kind"))),
    ("speaker-blank-node", _set("statement", SG.speaker, BNode("speaker"))),
    ("speaker-an-office", _set("statement", SG.speaker, OFFICE["nato-secretary-general"])),
    ("speaker-role-a-person", _set("statement", SG.speakerRole, ACTOR["jens-stoltenberg"])),
    ("stance-a-literal", _set("statement", SG.stance, Literal("condemns"))),
    ("stance-blank-node", _set("statement", SG.stance, BNode("stance"))),
    ("stance-blank-node-described", _stance_as_blank_node),
    ("stance-type-a-literal", _set("stance", SG.stanceType, Literal("condemns"))),
    ("stance-type-a-topic", _set("stance", SG.stanceType, TOPIC["minsk-agreements"])),
    ("stance-type-in-two-schemes", _stance_type_in_two_schemes),
    ("target-blank-node", _set("stance", SG.target, BNode("target"))),
    ("evidence-a-literal", _set("statement", SG.evidence, Literal(QUOTE, lang="fr"))),
    ("evidence-the-release", _set("statement", SG.evidence, URIRef("https://example.org/r"))),
    ("quote-astral", _set("quote", OA.exact, Literal("\U0001d11e", lang="fr"))),
    ("quote-xsd-string", _set("quote", OA.exact, Literal(QUOTE, datatype=XSD.string))),
    ("generated-by-a-literal", _set("statement", PROV.wasGeneratedBy, Literal("rules"))),
    ("statement-also-a-release", _statement_also_a_release),
    ("three-things-broken", _three_things_broken),
]
# Literals pyshacl and pyshacl-turbo read differently (statgraph.validation._plain_sailing): a graph
# holding one is validated by pyshacl. The first three are where the raw engines' reports differ.
DIVERGENT = {
    "confidence-comma", "confidence-nan", "title-langstring-datatype",
    "confidence-a-date", "confidence-a-boolean",
}
# A value that is not a number where a shape bounds a number (sh:minInclusive...): the engines
# report a date or a boolean there differently, so any such value is left to pyshacl.
NOT_A_NUMBER = {"confidence-tagged", "confidence-string", "evidence-start-string"}
FALLS_BACK = DIVERGENT | NOT_A_NUMBER | {
    "date-not-a-day", "date-one-digit-month", "statement-date-words", "start-exponent",
}
ODD.append(
    ("title-langstring-datatype", _set("release", DCTERMS.title, Literal("Titre", datatype=RDF.langString)))
)
ODD.append(("confidence-a-date", _set("statement", SG.confidence, Literal("2022-02-24", datatype=XSD.date))))
ODD.append(("confidence-a-boolean", _set("statement", SG.confidence, Literal("true", datatype=XSD.boolean))))
# fmt: on


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize(("name", "mutate"), ODD, ids=[name for name, _ in ODD])
def test_odd_values_are_reported_alike(
    reference: Validator, turbo: Validator, name: str, mutate: Callable[[Graph, Nodes], None]
) -> None:
    g, n = valid_graph()
    mutate(g, n)
    assert_same(reference, turbo, g, fallback=name in FALLS_BACK)


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("name", sorted(DIVERGENT))
def test_the_engines_differ_where_turbo_hands_over(
    monkeypatch: pytest.MonkeyPatch, reference: Validator, turbo: Validator, name: str
) -> None:
    """Why the hand-over exists: without it, the pinned pyshacl-turbo reports these graphs otherwise.

    Should a new pinned version agree here, this fails: the hand-over can then be narrowed."""
    g, n = valid_graph()
    dict(ODD)[name](g, n)
    monkeypatch.setattr(validation, "_plain_sailing", lambda literal: True)
    monkeypatch.setattr(turbo, "_ranged", {})
    assert results(turbo.report(g)[1]) != results(reference.report(g)[1])


# --- random mutations of release graphs -------------------------------------------------------------------

POOL: list[URIRef | Literal | BNode] = [
    Literal("x"),
    Literal("x", lang="fr"),
    Literal("", lang="en"),
    Literal(""),
    Literal("2022-02-24", datatype=XSD.date),
    Literal("2022-02-24T00:00:00", datatype=XSD.dateTime),
    Literal(-1),
    Literal(7),
    Literal(Decimal("1.5"), datatype=XSD.decimal),
    Literal(Decimal("0.5"), datatype=XSD.decimal),
    Literal("fr", datatype=XSD.language),
    Literal(HASH),
    ACTOR["russia"],
    ACTOR["jens-stoltenberg"],
    OFFICE["nato-secretary-general"],
    TOPIC["minsk-agreements"],
    STANCE["condemns"],
    STANCE["supports"],
    SG.direct,
    SG.Release,
    SG.Statement,
    BNode("b0"),
    URIRef("https://example.org/unknown"),
]


@st.composite
def mutations(draw: st.DrawFn, graphs: list[Graph]) -> Graph:
    """A release graph with one to three triples dropped, re-pointed or added."""
    g = Graph()
    g += draw(st.sampled_from(graphs))
    for _ in range(draw(st.integers(1, 3))):
        triples = sorted(g, key=lambda t: tuple(str(x) for x in t))
        s, p, o = draw(st.sampled_from(triples))
        how = draw(st.sampled_from(["drop", "replace", "add", "retype"]))
        if how == "drop":
            g.remove((s, p, o))
        elif how == "replace":
            g.remove((s, p, o))
            g.add((s, p, draw(st.sampled_from(POOL))))
        elif how == "add":
            g.add((s, p, draw(st.sampled_from(POOL))))
        else:
            node = draw(st.sampled_from(POOL[12:]))
            g.add((node, RDF.type, draw(st.sampled_from([SG.Statement, SG.Release]))))
    return g


NUMBERS = {XSD.decimal, XSD.integer, XSD.double, XSD.float}


def not_a_number_where_one_is_bounded(graph: Graph) -> bool:
    """Whether a confidence or a start offset (the bounded values) is a literal but not a number:
    the Validator hands such a graph to pyshacl."""
    return any(
        isinstance(o, Literal) and o.datatype not in NUMBERS
        for p in (SG.confidence, OA.start)
        for o in graph.objects(None, p)
    )


@pytest.mark.filterwarnings("ignore")
def test_mutated_release_graphs_are_reported_alike(
    reference: Validator, turbo: Validator, generated_graphs: list[Graph]
) -> None:
    verdicts: list[bool] = []

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutations(generated_graphs[:6]))
    def check(graph: Graph) -> None:
        fallback = not_a_number_where_one_is_bounded(graph)
        verdicts.append(not assert_same(reference, turbo, graph, fallback=fallback))

    check()
    assert not all(verdicts), "every mutation conformed: the mutations broke nothing"


@pytest.mark.filterwarnings("ignore")
def test_mutated_corpus_graphs_are_reported_alike(
    reference: Validator, turbo: Validator, corpus_graphs: list[tuple[str, Graph]]
) -> None:
    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutations([g for _, g in corpus_graphs]))
    def check(graph: Graph) -> None:
        assert_same(reference, turbo, graph, fallback=not_a_number_where_one_is_bounded(graph))

    check()


# --- many at once -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "engine",
    ["pyshacl", pytest.param("turbo", marks=needs_turbo)],
)
def test_violations_many_is_violations_of_each(
    vocabulary: Vocabulary, reference: Validator, generated_graphs: list[Graph], engine: str
) -> None:
    validator = Validator(data_dir("shapes"), vocabulary.graph, engine=engine)
    graphs = list(generated_graphs[:4])
    for case in CASES[::9]:
        g, n = valid_graph()
        case.mutate(g, n)
        graphs.append(g)
    graphs.insert(2, graphs.pop())  # a failing graph among the valid ones
    many = validator.violations_many(graphs)
    assert many == [reference.violations(g) for g in graphs]
    assert sum(1 for v in many if v) == len(CASES[::9])
    assert validator.violations_many([]) == []
