"""The mypyc build of the extractor for ``tests/test_compiled_extractor.py``, started in the
background as soon as that test is collected (or, under pytest-xdist, by that test, which then runs
first on one worker): compiling takes about 45 s of one core, which the rest of the suite, mostly
on the other core, hides."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cannot_compile() -> str | None:
    """Why this machine cannot build a C extension, or None when it can."""
    if shutil.which(sysconfig.get_config_var("CC") or "cc") is None and shutil.which("cc") is None:
        return "no C compiler"
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.is_file():
        return f"no Python headers ({include})"
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (it comes with mypy, in the test extra)"
    return None


class Build:
    """A copy of the package beside the repository's data, compiled there so that the build's .so
    files do not land in src/ (where they would shadow extraction.py for every later run)."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="statgraph-mypyc-"))
        self.src = self.dir / "src"
        shutil.copytree(
            ROOT / "src" / "statgraph",
            self.src / "statgraph",
            ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
        )
        shutil.copy(ROOT / "pyproject.toml", self.dir / "pyproject.toml")
        for data in ("ontology", "shapes", "queries"):
            (self.dir / data).symlink_to(ROOT / data, target_is_directory=True)
        self.log = self.dir / "mypyc.log"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "mypyc", "statgraph/extraction.py"],
                cwd=self.src,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def wait(self, timeout: float = 900) -> tuple[int, str]:
        """The build's exit status and the end of its output."""
        code = self.proc.wait(timeout=timeout)
        return code, self.log.read_text(errors="replace")[-4000:]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)
