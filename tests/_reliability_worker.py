"""A warmed-up loader that forks one child per load, for the kill and concurrency tests of
tests/test_reliability.py. Never collected by pytest (its name does not start with ``test``)::

    python _reliability_worker.py SRC

It imports statgraph from SRC, reads the vocabulary, builds the extractor and the SHACL
validator once, and then obeys one command per line on stdin, answering one line on stdout:

``run STORE OUT KILL FILE...``
    fork a child that loads FILE... into STORE one file at a time, as the API does for a
    user, and appends each file's name to OUT (one ``write`` per name) after its load
    returned with exit code 0: every name in OUT is a release the API reported as loaded.
    KILL is ``-`` or ``POINT:N``: the child SIGKILLs itself at the N-th time (from 1) it
    reaches POINT, one of

    * ``mid-write``: inside the log's ``write``, after half the commit's bytes;
    * ``after-append``: the commit is durable, the projection not yet written;
    * ``before-flush``: the projection written, not yet flushed.

    Answers ``pid PID``.
``wait PID``
    reap the child; answers ``status S`` (its exit code, or minus the signal that ended it).
``quit``
    exit.

Forking from a warmed parent makes a run cost the load itself, not the start-up (imports,
vocabulary, shapes), so a test can afford dozens of kills. The parent never opens a store.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _arm(kill: str) -> None:
    """Patch the code path named by ``kill`` so that its N-th passage is a SIGKILL."""
    if kill == "-":
        return
    point, _, nth = kill.partition(":")
    count = {"n": 0}
    target = int(nth or 1)

    def due() -> bool:
        count["n"] += 1
        return count["n"] >= target

    from statgraph import eventlog, projection, store

    if point == "mid-write":
        real_write = eventlog._write_all

        def write(fd: int, data: bytes) -> None:
            if due():
                os.write(fd, data[: len(data) // 2])
                _die()
            real_write(fd, data)

        eventlog._write_all = write
    elif point == "after-append":
        real_apply = projection.Projector.apply_graphs

        def apply_graphs(self: Any, *args: Any, **kwargs: Any) -> Any:
            if due():
                _die()
            return real_apply(self, *args, **kwargs)

        projection.Projector.apply_graphs = apply_graphs  # type: ignore[method-assign]
    elif point == "before-flush":
        real_flush = store.OxigraphStore.flush

        def flush(self: Any) -> None:
            # Sessions flush when they close, with nothing to write; only a load's flush counts.
            if self.path is not None and self.position() > 0 and due():
                _die()
            real_flush(self)

        store.OxigraphStore.flush = flush  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown kill point {point!r}")


def _child(warm: Any, store: str, out: str, kill: str, files: list[str]) -> None:
    from statgraph.api import Statgraph

    _arm(kill)
    sg = Statgraph(Path(store))
    # cached_property keeps its values in the instance dict: share the warmed ones.
    for name in ("vocabulary", "extractor", "validator"):
        sg.__dict__[name] = getattr(warm, name)
    fd = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    code = 0
    for name in files:
        report = sg.load([name])
        if report.exit_code:
            code = report.exit_code
            continue
        os.write(fd, (Path(name).name + "\n").encode())
    os.close(fd)
    os._exit(code)


def main(argv: list[str]) -> int:
    sys.path.insert(0, argv[0])
    from statgraph.api import Statgraph

    warm = Statgraph(Path("/nonexistent-statgraph-store"))
    _ = warm.vocabulary, warm.extractor, warm.validator
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "run":
            store, out, kill, *files = words[1:]
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                try:
                    _child(warm, store, out, kill, files)
                finally:
                    os._exit(70)
            print(f"pid {pid}", flush=True)
        elif words[0] == "wait":
            _, status = os.waitpid(int(words[1]), 0)
            code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            print(f"status {code}", flush=True)
        elif words[0] == "quit":
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
