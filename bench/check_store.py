"""Dump everything a load stores, to prove an optimisation of the load changes none of it.

    PYTHONPATH=src .venv/bin/python bench/check_store.py --write /tmp/before.txt --jobs 1   # before
    PYTHONPATH=src .venv/bin/python bench/check_store.py --check /tmp/before.txt --jobs 2   # after

``statgraph`` is imported from ``PYTHONPATH``, so one checkout's code can write the dump and
another's check it. Two loads into one new store: first ``--releases`` generated releases (a
store's first load), the dev corpus and ``examples/``; then, into the same store, ``--more`` new
ones, a revision of every tenth release of the first load (a paragraph dropped), and copies of a
few (unchanged). After them, the dump holds:

- the load reports (new, revised, unchanged, rejected with their violations, errors, counts);
- every quad of the projection, every graph (release graphs, vocabulary, names, derived, meta)
  as N-Quads, sorted;
- every table of the keys index and of the log index (rows sorted) and their schema;
- every commit of the event log, its events as JSON.

Event ids and times differ from run to run: each event's id is written ``ev<seq>`` and its time
``t<seq>``, wherever they appear (IRIs, literals, tables); the log's CRCs are left out.
Blank node labels, if any, are written ``_:b``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from generate import write_files  # bench/generate.py

DEFAULT_CORPUS = [Path("/work/shared/corpus/releases"), Path(__file__).resolve().parent.parent / "examples"]
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?")
_BNODE = re.compile(r"_:[A-Za-z0-9]+")
_HEX32 = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")

UNREADABLE = "odd-broken.txt"
# Releases the gate rejects (no publisher to be found), one in a language the extractor does not
# read, and a file that is not a release.
ODD = {
    "odd-no-publisher.txt": "---\ntitle: \"A note on the weather\"\ndate: 2019-04-02\nlang: en\n"
    "url: https://example.org/odd/1\n---\n\nA note on the weather\n\nThe weather was fine today "
    "and the gardens were open to visitors for the whole afternoon.\n",
    "odd-german.txt": "---\ntitle: \"Ein Bericht\"\ndate: 2019-04-03\nlang: de\npublisher: \"NATO\"\n"
    "url: https://example.org/odd/2\n---\n\nEin Bericht\n\nDer Generalsekretär hat heute die Lage "
    "in der Ukraine besprochen.\n",
    "odd-broken.txt": "---\ntitle: [unclosed\ndate: nowhen\n---\n\n",
}


def _when(text: str) -> dt.datetime | None:
    try:
        t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.timezone.utc)


def make_inputs(root: Path, n: int, more: int, corpus: list[Path], unreadable: bool) -> tuple[Path, Path]:
    from statgraph.config import data_dir
    from statgraph.vocabulary import load_vocabulary

    vocab = load_vocabulary(data_dir("ontology"))
    first, second = root / "first", root / "second"
    write_files(n, 2014, vocab, first)
    for folder in corpus:
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.is_file():
                    shutil.copy(path, first / f"zz-{folder.name}-{path.name}")
    for name, text in ODD.items():
        if unreadable or name != UNREADABLE:
            (first / name).write_text(text, encoding="utf-8")
    write_files(more, 77, vocab, second)
    generated = sorted(first.glob("gen-*.txt"))
    for i, path in enumerate(generated[::10]):
        text = path.read_text(encoding="utf-8")
        head, sep, body = text.partition("\n---\n")
        paragraphs = body.split("\n\n")
        drop = 3 + i % max(1, len(paragraphs) - 3) if len(paragraphs) > 4 else len(paragraphs) - 1
        body = "\n\n".join(p for j, p in enumerate(paragraphs) if j != drop)
        (second / f"rev-{path.name}").write_text(head + sep + body, encoding="utf-8")
    for path in generated[5:300:37]:
        shutil.copy(path, second / f"copy-{path.name}")
    return first, second


def dump(store_dir: Path, reports: list[dict[str, object]], root: Path) -> list[str]:
    import pyoxigraph as ox

    lines: list[str] = []
    # The events: their ids and times, to write them the same way wherever they appear.
    ids: dict[str, str] = {}
    times: dict[dt.datetime, str] = {}
    commits = []
    with (store_dir / "events.log").open(encoding="utf-8") as f:
        for line in f:
            _crc, _sp, body = line.rstrip("\n").partition(" ")
            events = json.loads(body)
            for e in events:
                ids[e["id"]] = f"ev{e['seq']}"
                when = _when(e["time"])
                assert when is not None
                times[when] = f"t{e['seq']}"
            commits.append(events)
    def norm(text: str) -> str:
        text = _HEX32.sub(lambda m: ids.get(m.group(0), m.group(0)), text)

        def time(m: re.Match[str]) -> str:
            when = _when(m.group(0))
            return times.get(when, m.group(0)) if when is not None else m.group(0)

        return _BNODE.sub("_:b", _TIME.sub(time, text)).replace(str(root), "<root>")

    lines.append("## reports")
    for report in reports:
        lines.append(norm(json.dumps(report, sort_keys=True, ensure_ascii=False)))
    lines.append("## events")
    for events in commits:
        lines.append(norm(json.dumps([len(events), *events], sort_keys=True, ensure_ascii=False)))
    store = ox.Store.read_only(str(store_dir / "projection"))
    quads = sorted(norm(str(q)) for q in store)
    lines.append(f"## quads {len(quads)}")
    lines += quads
    for name in ("statgraph-keys.sqlite", "statgraph-log.sqlite"):
        db = sqlite3.connect(f"file:{store_dir / 'projection' / name}?mode=ro", uri=True)
        schema = sorted(
            repr((t, n, sql)) for t, n, sql in db.execute("SELECT type, name, sql FROM sqlite_master")
        )
        lines.append(f"## {name} schema")
        lines += schema
        listed = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        tables = [n for (n,) in listed]
        for table in tables:
            rows = sorted(norm(repr(r)) for r in db.execute(f"SELECT * FROM {table}"))
            lines.append(f"## {name} {table} {len(rows)}")
            lines += rows
        db.close()
    return lines


def _report(report: object) -> dict[str, object]:
    return {
        "new": list(report.new),  # type: ignore[attr-defined]
        "revised": list(report.revised),  # type: ignore[attr-defined]
        "unchanged": list(report.unchanged),  # type: ignore[attr-defined]
        "rejected": [(s, [str(v) for v in vs]) for s, vs in report.rejected],  # type: ignore[attr-defined]
        "errors": [str(e) for e in report.errors],  # type: ignore[attr-defined]
        "warnings": list(report.warnings),  # type: ignore[attr-defined]
        "statements": report.statements,  # type: ignore[attr-defined]
        "triples": report.triples,  # type: ignore[attr-defined]
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--releases", type=int, default=1000, help="generated releases of the first load")
    ap.add_argument("--more", type=int, default=200, help="new generated releases of the second load")
    ap.add_argument("--corpus", type=Path, nargs="*", default=DEFAULT_CORPUS)
    ap.add_argument("--keep", type=Path, help="make the store here and keep it")
    # With --jobs 2, a file a worker cannot read breaks the load (its ReleaseError does not unpickle).
    ap.add_argument("--no-unreadable", action="store_true", help="leave out the file that is not a release")
    args = ap.parse_args(argv)

    from statgraph.api import Statgraph

    root = Path(tempfile.mkdtemp(prefix="statgraph-check-"))
    try:
        first, second = make_inputs(
            root, args.releases, args.more, args.corpus, not args.no_unreadable
        )
        store_dir = args.keep or root / "store"
        if args.keep:
            shutil.rmtree(store_dir, ignore_errors=True)
        reports = []
        for folder in (first, second):
            report = Statgraph(store_dir).load([folder], jobs=args.jobs)
            # Sources are paths in the temporary folder: keep their names only.
            reports.append(_report(report))
        lines = dump(store_dir, reports, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    body = "\n".join(lines) + "\n"
    sections = [line for line in lines if line.startswith("## ")]
    print(f"{len(lines)} lines, sha256 {hashlib.sha256(body.encode()).hexdigest()}")
    print("  " + "; ".join(s[3:] for s in sections if not s.endswith(" schema")))
    if args.write:
        args.write.write_text(body, encoding="utf-8")
        return 0
    old = args.check.read_text(encoding="utf-8")
    if old == body:
        print("IDENTICAL")
        return 0
    old_lines = old.split("\n")
    for i, (a, b) in enumerate(zip(old_lines, lines, strict=False)):
        if a != b:
            section = next((s for s in reversed(lines[:i]) if s.startswith("## ")), "")
            print(f"first difference at line {i + 1} ({section}):\n- {a[:2000]}\n+ {b[:2000]}")
            break
    else:
        print(f"line counts differ: {len(old_lines)} vs {len(lines)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
