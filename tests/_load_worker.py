"""A process that loads releases into a store one file at a time, for the kill and concurrency tests.

Run by tests/test_pipeline.py, never collected by pytest (its name does not
start with ``test``)::

    python _load_worker.py STORE FILE...
    python _load_worker.py --one-load GROUP STORE FILE...

After each ``Statgraph(STORE).load([FILE])`` returns, it prints the file's
name and flushes, so every line the test reads names a release the API
reported as loaded (recorded, or already there). It exits 0 when every
file loaded, else with the last load's exit code.

With ``--one-load GROUP`` the files go to one ``load`` call that commits groups of GROUP
releases, and a file's name is printed when the API reports it (``on_file``), that is once
its group is durable.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: _load_worker.py STORE FILE...", file=sys.stderr)
        return 2
    from statgraph import api
    from statgraph.api import Statgraph

    if argv[0] == "--one-load":
        api._Loader.GROUP = int(argv[1])
        sg = Statgraph(Path(argv[2]))

        def told(source: str, outcome: str) -> None:
            if outcome in ("new", "revised", "unchanged"):
                print(Path(source).name, flush=True)

        return sg.load(argv[3:], on_file=told).exit_code

    sg = Statgraph(Path(argv[0]))
    code = 0
    for name in argv[1:]:
        report = sg.load([name])
        if report.exit_code:
            code = report.exit_code
            for err in report.errors:
                print(f"error: {err}", file=sys.stderr, flush=True)
            for source, violations in report.rejected:
                print(f"rejected: {source}: {len(violations)} violations", file=sys.stderr, flush=True)
            continue
        print(Path(name).name, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
