"""SHACL validation of release graphs: pyshacl beside pyshacl-turbo, one by one and in batches, in one run.

    .venv/bin/python bench/bench_validation.py                       # 300 generated releases
    .venv/bin/python bench/bench_validation.py --releases 1000 --batch 10 50 1000 --repeat 3

Generates ``--releases`` releases (``bench/generate.py``), extracts their statements and builds
each release's graph as the load pipeline does (``Preparer`` + ``projection.build_graph``; not
timed), then times the validation of every graph, best of ``--repeat`` runs, wall and CPU time:

- ``pyshacl``: ``Validator(engine="pyshacl").violations(graph)``, the reference, one call per release;
- ``pyshacl, batches of B``: one pyshacl call on B releases' graphs merged (with the vocabulary
  triples they need): does pyshacl's per-call overhead matter?
- ``turbo``: ``Validator(engine="turbo").violations(graph)``, what statgraph does with the ``fast``
  extra: compiled shapes, the graph handed over as the engine's term batch;
- ``turbo, rdflib graph``: the public way, ``CompiledShapes.validate`` of a merged rdflib graph (a copy
  of the release's graph with the vocabulary triples), to show what the term batch saves;
- ``turbo, input only``: building the term batch alone (the Python share of ``turbo``);
- ``turbo, batches of B``: one engine call on B releases' graphs as one term batch.

It prints ms per release and the ratios to ``pyshacl`` of the same run, and checks that every way
gives the same verdicts. The machine is shared and noisy: compare the ratios, not the milliseconds.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

HERE = Path(__file__).resolve().parent


def _timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall and CPU seconds of ``repeat`` runs of ``fn``."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall, cpu = min(wall, time.perf_counter() - w), min(cpu, time.process_time() - c)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", type=int, default=300, help="how many releases (default 300)")
    ap.add_argument("--batch", type=int, nargs="+", default=[10, 50, 300], help="batch sizes (10 50 300)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each way; the best counts (3)")
    ap.add_argument("--seed", type=int, default=2014)
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)

    sys.path.insert(0, str(HERE))
    from generate import generate

    from statgraph.config import data_dir
    from statgraph.extraction import Extractor
    from statgraph.pipeline import Preparer
    from statgraph.projection import build_graph
    from statgraph.validation import TURBO_VERSION, Validator, turbo_available
    from statgraph.vocabulary import load_vocabulary

    vocabulary = load_vocabulary(data_dir("ontology"))
    reference = Validator(data_dir("shapes"), vocabulary.graph, engine="pyshacl")
    preparer = Preparer(vocabulary, Extractor(vocabulary), reference, 50_000_000)
    graphs: list[Graph] = []
    for release in generate(args.releases, args.seed, vocabulary):
        prepared = preparer.prepare_release(release, validate=False)
        recorded, extracted = preparer.events(prepared.release, prepared.statements, seq=1)
        graphs.append(build_graph(recorded, extracted))
    n = len(graphs)
    triples = sum(len(g) for g in graphs)
    print(f"SHACL validation: {n} generated releases, {triples / n:.0f} triples each on average")

    def merged(chunk: list[Graph], validator: Validator) -> Graph:
        g = Graph()
        for data in chunk:
            g += data
            for triple in validator._vocabulary_for(data):
                g.add(triple)
        return g

    def chunks(size: int) -> list[list[Graph]]:
        return [graphs[i : i + size] for i in range(0, n, size)]

    rows: list[tuple[str, float, float]] = []
    verdicts: dict[str, list[bool]] = {}

    def row(label: str, fn: Callable[[], list[bool]], repeat: int = args.repeat) -> None:
        out: list[bool] = []

        def run() -> None:
            out[:] = fn()

        wall, cpu = _timed(run, repeat)
        rows.append((label, wall, cpu))
        verdicts[label] = out
        print(f"  {label:<34} {wall * 1000 / n:8.2f} ms/release wall {cpu * 1000 / n:8.2f} CPU", flush=True)

    print("timing (best of", args.repeat, "runs):")
    row("pyshacl", lambda: [not reference.violations(g) for g in graphs])
    from pyshacl import validate

    for size in args.batch:

        def pyshacl_batches(size: int = size) -> list[bool]:
            out = []
            for chunk in chunks(size):
                conforms, _report, _text = validate(
                    merged(chunk, reference),
                    shacl_graph=reference.shapes,
                    inplace=True,
                    inference="none",
                    allow_warnings=True,
                    advanced=False,
                )
                out += [bool(conforms)] * len(chunk)
            return out

        row(f"pyshacl, batches of {size}", pyshacl_batches, repeat=1)

    if not turbo_available():
        print(f"pyshacl-turbo=={TURBO_VERSION} is not installed (pip install -e '.[fast]'): no turbo rows")
    else:
        turbo = Validator(data_dir("shapes"), vocabulary.graph, engine="turbo")
        turbo.violations(graphs[0])  # compile the shapes before timing
        compiled = turbo._turbo()
        row("turbo", lambda: [not turbo.violations(g) for g in graphs])
        row(
            "turbo, rdflib graph",
            lambda: [
                bool(compiled.validate(merged([g], turbo), inference="none", allow_warnings=True)[0])
                for g in graphs
            ],
        )
        row("turbo, input only", lambda: [turbo._turbo_input([g]) is not None for g in graphs])
        for size in args.batch:

            def turbo_batches(size: int = size) -> list[bool]:
                out = []
                for chunk in chunks(size):
                    conforms = compiled.validate(
                        turbo._turbo_input(chunk), inference="none", allow_warnings=True
                    )[0]
                    out += [bool(conforms)] * len(chunk)
                return out

            row(f"turbo, batches of {size}", turbo_batches)
        assert turbo.fallbacks == 0, "a generated release was handed to pyshacl"

    base_wall, base_cpu = rows[0][1], rows[0][2]
    print(f"\n{'way':<36} {'ms/release':>10} {'pyshacl / way (wall)':>21} {'(CPU)':>7}")
    for label, wall, cpu in rows:
        if label.endswith("input only"):
            print(f"{label:<36} {wall * 1000 / n:10.2f} {'(share of turbo)':>21}")
            continue
        print(f"{label:<36} {wall * 1000 / n:10.2f} {base_wall / wall:20.1f}x {base_cpu / cpu:6.1f}x")
    conforming = sum(verdicts["pyshacl"])
    print(f"\n{conforming} of {n} releases conform (pyshacl, one by one)")
    for label, got in verdicts.items():
        if "input only" in label:
            continue
        # A batch's verdict is all-or-nothing: it agrees when every release of the batch agrees.
        if "batches" in label:
            size = int(label.rsplit(" ", 1)[1])
            ref = verdicts["pyshacl"]
            expected = [all(ref[i : i + size]) for i in range(0, n, size) for _ in range(size)][:n]
        else:
            expected = verdicts["pyshacl"]
        if got != expected:
            print(f"!! {label}: verdicts differ from pyshacl's")
            return 1
    print("every way gives pyshacl's verdicts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
