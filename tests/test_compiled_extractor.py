"""The extractor compiled with mypyc (the build hook in pyproject.toml) must build and find exactly
what the pure module finds.

The compiled build is optional, so nothing else runs it, and it broke twice unnoticed: mypyc
crashed on a starred tuple display (``x in (a, *b)``), and compiled code failed where the pure
code took ``attrgetter("start")`` of plain tuples. This test compiles a copy of the sources the
way ``cd src && mypyc statgraph/extraction.py`` does (in the background from collection on, and
the test runs last; under pytest-xdist the test runs first, on one worker: ``tests/_compiled.py``,
``conftest.py``), then runs ``bench/check_equivalence.py``
once with each module on the bundled examples, releases written for it (``tests/extraction_corpus``),
the dev corpus when ``../shared`` is beside the checkout, generated and recombined releases: every
field of every statement must agree.
"""

from __future__ import annotations

import importlib.machinery
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _compiled import ROOT, Build

SHARED_RELEASES = ROOT.parent / "shared" / "corpus" / "releases"

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, pythonpath: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    # The equivalence script reads the bundled vocabulary through config.data_dir; keep the
    # user's own vocabulary folder, if any, out of the comparison.
    env.pop("STATGRAPH_ONTOLOGY", None)
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_compiled_extractor_builds_and_finds_what_the_pure_one_finds(
    compiled_build: Build, tmp_path: Path
) -> None:
    build = compiled_build  # started at collection, in the background (conftest.py)
    code, output = build.wait()
    assert code == 0, "mypyc failed:\n" + output
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    built = [p.name for p in (build.src / "statgraph").iterdir() if p.name.endswith(suffixes)]
    assert any(name.startswith("extraction.") for name in built), built

    probe = _run(
        [sys.executable, "-c", "import statgraph.extraction as m; print(m.__file__)"],
        build.dir,
        build.src,
        120,
    )
    assert probe.returncode == 0, probe.stderr[-2000:]
    assert probe.stdout.strip().endswith(suffixes), (
        f"the compiled module was not the one imported: {probe.stdout}"
    )

    # tests/extraction_corpus: releases written for this test, for paths the others may miss (a
    # quote said by two persons jointly once crashed the compiled module only).
    corpus = [str(ROOT / "examples"), str(ROOT / "tests" / "extraction_corpus")]
    corpus += [str(SHARED_RELEASES)] if SHARED_RELEASES.is_dir() else []
    script = str(ROOT / "bench" / "check_equivalence.py")
    sizes = ["--generated", "150", "--mixed", "150", "--corpus", *corpus]
    dump = tmp_path / "pure.jsonl"
    pure = _run([sys.executable, script, "--write", str(dump), *sizes], ROOT, ROOT / "src", 600)
    assert pure.returncode == 0, pure.stderr[-4000:]
    assert dump.stat().st_size > 0
    same = _run([sys.executable, script, "--check", str(dump), *sizes], build.dir, build.src, 600)
    assert same.returncode == 0 and "IDENTICAL" in same.stdout, (same.stdout + same.stderr)[-4000:]
