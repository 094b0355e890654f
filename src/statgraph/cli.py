"""The ``statgraph`` command: a thin shell over :mod:`statgraph.api`.

Exit codes: 0 ok, 1 validation failed, 2 bad input or usage, 3 store or
endpoint unreachable. A user's mistake gets one line naming the file and the
problem, never a traceback.
"""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TextIO, TypeVar

import typer

from .errors import EXIT_INPUT, StatgraphError, StoreError

T = TypeVar("T")

app = typer.Typer(
    name="statgraph",
    help="Official press releases in, stances as RDF out: who said what to whom, and when.\n\n"
    "Example:\n\n\b\n  statgraph load examples/\n  statgraph query run condemnations -p target_name=Russia",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
query_app = typer.Typer(help="Saved SPARQL queries (queries/*.rq).", no_args_is_help=True)
app.add_typer(query_app, name="query")

StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Store folder [default: $STATGRAPH_STORE or ./.statgraph]; for reading, also a shared "
        "server as sparql+http://HOST/PATH/query",
        show_default=False,
    ),
]


AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="As the graph stood after event SEQ, or at an ISO date or time (UTC)"),
]
ByOpt = Annotated[
    str | None, typer.Option("--by", help="Who decides [default: $STATGRAPH_USER or the login name]")
]
ReasonOpt = Annotated[str, typer.Option("--reason", help="Why (kept in the log and the graph)")]


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"statgraph: {message}", err=True)
    raise typer.Exit(code)


def _summary(report: Any, dry_run: bool) -> None:
    verb = "would record" if dry_run else "recorded"
    typer.echo(
        f"{verb} {len(report.new)} new, {len(report.revised)} revised; {len(report.unchanged)} unchanged; "
        f"{len(report.rejected)} rejected; {len(report.errors)} unreadable; "
        f"{report.statements} statements, {report.triples} triples"
    )


def _api(store: str | None) -> Any:
    from .api import Statgraph

    return Statgraph(store)


def _write_file(
    output: Path, write: Callable[[Any], T], *, text: bool = False, keep: Callable[[T], bool] = lambda _: True
) -> T:
    """Call ``write`` on ``output``'s ``.part`` file (binary, or UTF-8 text with ``text``) and give
    that file the final name when it returned and ``keep`` says so: never a half-written file
    under the name, and an earlier file there is left alone when anything fails."""
    tmp = output.with_name(output.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") if text else tmp.open("wb") as fh:
            result = write(fh)
        if keep(result):
            tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _fail(f"{output}: cannot write: {exc.strerror}", EXIT_INPUT)
    finally:
        tmp.unlink(missing_ok=True)
    return result


def _guard(fn: Any) -> Any:
    """Map statgraph's errors to one line and its exit code."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StatgraphError as exc:
            _fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, exc.exit_code)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            _fail("interrupted", 130)

    return wrapper


@app.command(epilog="Example:\n\n\b\n  statgraph load examples/ --store ./.statgraph")
@_guard
def load(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders of releases (.txt .md .json .jsonl .html)")
    ],
    store: StoreOpt = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Read, extract and validate; record nothing")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print the summary only")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Read, extract and validate in N processes")] = 1,
) -> None:
    """Read releases, extract their statements, validate them with SHACL and record them.

    A release already recorded with the same content is left alone ("unchanged"); one
    whose text changed is recorded as a revision. A release that fails the shapes is
    rejected with its violations and the others still load (exit 1); a file that
    cannot be read is reported and skipped (exit 2).
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn

    api = _api(store)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        transient=True,
        disable=quiet or not sys.stderr.isatty(),
    ) as progress:
        task = progress.add_task("loading", total=None)

        def on_file(source: str, outcome: str) -> None:
            progress.update(task, description=f"{outcome:9} {source}")

        if jobs < 1:
            raise typer.BadParameter("give 1 or more", param_hint="--jobs")
        try:
            report = api.load(paths, dry_run=dry_run, jobs=jobs, on_file=on_file)
        except StoreError as exc:
            partial = getattr(exc, "partial", None)
            if partial is not None:
                typer.echo(f"statgraph: stopped: {exc}", err=True)
                _summary(partial, dry_run)
                raise typer.Exit(exc.exit_code) from None
            raise
    for err in report.errors:
        typer.echo(f"statgraph: {err}", err=True)
    for warning in report.warnings:
        typer.echo(f"statgraph: warning: {warning}", err=True)
    for source, violations in report.rejected:
        typer.echo(f"statgraph: {source}: rejected, {len(violations)} violation(s) of the shapes:", err=True)
        for v in violations[:20]:
            typer.echo(f"  {v}", err=True)
    _summary(report, dry_run)
    raise typer.Exit(report.exit_code)


@app.command(
    epilog="Example:\n\n\b\n  statgraph statements --release 2014-11-18_nato_fr_stoltenberg-eu-ministers "
    "--format jsonl"
)
@_guard
def statements(
    store: StoreOpt = None,
    release: Annotated[
        str | None, typer.Option(help="Only this release (id, IRI or source file name)")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or jsonl")] = "table",
    as_of: AsOfOpt = None,
) -> None:
    """List the statements of the store, names in English."""
    if fmt not in {"table", "csv", "jsonl"}:
        raise typer.BadParameter(f"{fmt!r}: choose table, csv or jsonl", param_hint="--format")
    api = _api(store)
    if fmt in {"jsonl", "csv"}:
        # Written as the statements come, so every statement of a large store is listed in
        # little memory; the first is read before anything is written, so that an unknown
        # release or a store that cannot be read leaves no header behind.
        found = api.iter_statements(release=release, as_of=as_of)
        first = next(found, None)
        every = found if first is None else itertools.chain([first], found)
        if fmt == "jsonl":
            for row in every:
                sys.stdout.write(json.dumps(row.as_dict(), ensure_ascii=False) + "\n")
        else:
            fields = ["date", "speaker", "stance", "target", "audience", "kind", "source", "quote"]
            writer = csv.writer(sys.stdout, lineterminator="\r\n")
            writer.writerow([*fields, "topics", "id"])
            for row in every:
                d = row.as_dict()
                writer.writerow([d[f] for f in fields] + ["; ".join(row.topics), row.id])
        sys.stdout.flush()
        return
    rows = api.statements(release=release, as_of=as_of)
    from rich.console import Console
    from rich.table import Table

    table = Table(*["date", "speaker", "stance", "target", "kind", "quote"], show_lines=False)
    for row in rows:
        quote = row.quote if len(row.quote) <= 70 else row.quote[:67] + "..."
        table.add_row(row.date, row.speaker, row.stance, row.target, row.kind, quote)
    Console(width=200).print(table)
    typer.echo(f"{len(rows)} statements")


@query_app.command("list", epilog="Example:\n\n\b\n  statgraph query list --format json")
@_guard
def query_list(
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """List the saved queries with their parameters."""
    catalogue = _api(None).catalogue()
    if fmt == "json":
        out = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "path": str(q.path),
                "params": [
                    {"name": p.name, "type": p.type, "default": p.default, "description": p.description}
                    for p in q.params
                ],
            }
            for q in catalogue.values()
        ]
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if fmt != "table":
        raise typer.BadParameter(f"{fmt!r}: choose table or json", param_hint="--format")
    width = max((len(n) for n in catalogue), default=4)
    for name in sorted(catalogue):
        q = catalogue[name]
        params = " ".join(f"{p.name}={p.default if p.default is not None else '?'}" for p in q.params)
        typer.echo(f"{name:{width}}  {q.title}" + (f"  [{params}]" if params else ""))


@query_app.command(
    "run",
    epilog="Example:\n\n\b\n  statgraph query run condemnations -p target_name=Russia --format csv"
    "\n  statgraph query run stance-shifts -p speaker_name=Stoltenberg --limit 20 --offset 20"
    "\n  statgraph query run statement-provenance --format csv -o provenance.csv",
)
@_guard
def query_run(
    name: Annotated[str, typer.Argument(help="A saved query's name, or a .rq file")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, repeatable")] = None,
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json")] = "table",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file [default: stdout]")
    ] = None,
    timeout: Annotated[float | None, typer.Option(help="Stop the query after this many seconds")] = None,
    limit: Annotated[
        int | None, typer.Option(min=0, help="Show at most this many rows, in the query's own order")
    ] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many rows first (with --limit: pages)")] = 0,
    as_of: AsOfOpt = None,
    allow_update: Annotated[
        bool,
        typer.Option(
            "--allow-update",
            help="Run an update form too (never SERVICE). On a local store the log does not record it "
            "and 'statgraph rebuild' undoes it",
        ),
    ] = False,
) -> None:
    """Run a saved SPARQL query; parameters are bound, never pasted into the query.

    The runner is read-only: updates, LOAD and SERVICE are refused, updates unless
    --allow-update is given. CSV, TSV and JSON rows are written while the query
    finds them, so a listing of the whole store needs little memory; a table is
    laid out once every row is in.
    """
    if fmt not in {"table", "csv", "tsv", "json"}:
        raise typer.BadParameter(f"{fmt!r}: choose table, csv, tsv or json", param_hint="--format")
    params: dict[str, str] = {}
    for item in param or []:
        if "=" not in item:
            _fail(f"--param {item!r}: write NAME=VALUE", EXIT_INPUT)
        key, _, value = item.partition("=")
        params[key.strip()] = value
    api = _api(store)

    def write(out: TextIO) -> int | None:
        count: int | None = api.query_to(
            out,
            name,
            params,
            fmt=fmt,
            timeout=timeout,
            as_of=as_of,
            allow_update=allow_update,
            limit=limit,
            offset=offset,
        )
        return count

    if output is None:
        written = write(sys.stdout)
        sys.stdout.flush()
    else:
        # An update writes no answer: the file is not made.
        written = _write_file(output, write, text=True, keep=lambda count: count is not None)
        if written is not None:
            typer.echo(f"wrote {written} row{'' if written == 1 else 's'} to {output}", err=True)
    if written is None:
        where = "the server" if store and store.startswith("sparql+") else "the projection"
        typer.echo(f"update applied to {where}")
        if where == "the projection":
            typer.echo(
                "statgraph: warning: the event log does not record updates; 'statgraph rebuild' undoes them",
                err=True,
            )


@app.command(epilog="Example:\n\n\b\n  statgraph export --format turtle -o statgraph.ttl")
@_guard
def export(
    store: StoreOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", help="turtle, trig, nquads, ntriples, jsonld or rdfxml")
    ] = "turtle",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file [default: stdout]")
    ] = None,
    vocabulary: Annotated[
        bool, typer.Option(help="Include the vocabulary (actors, topics, stance types)")
    ] = True,
    as_of: AsOfOpt = None,
) -> None:
    """Export the graph for Protégé, GraphDB, Jena and other RDF tools.

    Turtle, N-Triples and RDF/XML merge the release graphs into one graph; TriG,
    N-Quads and JSON-LD keep one named graph per release.
    """
    from .store import FORMATS

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose {', '.join(FORMATS)}", param_hint="--format")
    api = _api(store)
    if output is None:
        api.export_to(sys.stdout.buffer, fmt, vocabulary=vocabulary, as_of=as_of)
        sys.stdout.flush()
        return
    _write_file(output, lambda fh: api.export_to(fh, fmt, vocabulary=vocabulary, as_of=as_of))
    typer.echo(f"wrote {output.stat().st_size} bytes to {output}", err=True)


@app.command(epilog="Example:\n\n\b\n  statgraph log --type ReleaseRecorded")
@_guard
def log(
    store: StoreOpt = None,
    event_type: Annotated[list[str] | None, typer.Option("--type", help="Only events of this type")] = None,
    release: Annotated[str | None, typer.Option(help="Only events of this release")] = None,
    after: Annotated[int, typer.Option(help="Only events after this sequence number")] = 0,
    since: Annotated[str | None, typer.Option(help="Only events recorded at or after this date/time")] = None,
    until: Annotated[
        str | None, typer.Option(help="Only events recorded at or before this date/time")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl")] = "table",
) -> None:
    """Show the event log, the source of truth."""
    from .events import to_dict

    for ev in _api(store).events(
        types=event_type or (), release=release, after=after, since=since, until=until
    ):
        if fmt == "jsonl":
            d = to_dict(ev)
            d.pop("raw", None)
            typer.echo(json.dumps(d, ensure_ascii=False, default=str))
            continue
        typer.echo(f"{ev.seq:6} {ev.time[:19]} {ev.type:20} {_describe(ev)}")


def _describe(ev: Any) -> str:
    from .events import (
        ReleaseRecorded,
        StatementCorrected,
        StatementRetracted,
        StatementsAnnotated,
        StatementsExtracted,
    )

    if isinstance(ev, ReleaseRecorded):
        revised = " revision" if ev.revision_of else ""
        return f"{ev.release_id} {ev.source} ({ev.date}, {ev.lang}){revised}"
    if isinstance(ev, StatementsExtracted):
        return f"{ev.release_id} {len(ev.statements)} statements by {ev.extractor} {ev.extractor_version}"
    if isinstance(ev, StatementsAnnotated):
        return f"{ev.release_id} {len(ev.statements)} statements written by {ev.by}"
    if isinstance(ev, StatementRetracted):
        return f"{ev.statement_id} retracted by {ev.by}: {ev.reason}"
    if isinstance(ev, StatementCorrected):
        new = ev.statement.statement_id if ev.statement else "?"
        return f"{ev.statement_id} corrected into {new} by {ev.by}: {ev.reason}"
    return ""


@app.command(
    epilog="Example:\n\n\b\n  statgraph retract 0fc84b146944d00f --reason 'the speaker is only quoted'"
)
@_guard
def retract(
    statement: Annotated[str, typer.Argument(help="The statement's id or IRI")],
    reason: ReasonOpt,
    store: StoreOpt = None,
    by: ByOpt = None,
) -> None:
    """Withdraw a statement: it leaves the current graph, and stays in the log and in history."""
    event = _api(store).retract(statement, reason=reason, by=by)
    typer.echo(f"retracted {event.statement_id} (event {event.seq})")


@app.command(
    epilog="Example:\n\n\b\n  statgraph correct 0fc84b146944d00f --stance condemns --target Russia "
    "--reason 'the target is the actor'"
)
@_guard
def correct(
    statement: Annotated[str, typer.Argument(help="The statement's id or IRI")],
    reason: ReasonOpt,
    stance: Annotated[str | None, typer.Option(help="The right stance type")] = None,
    target: Annotated[str | None, typer.Option(help="The right target (a name of the vocabulary)")] = None,
    speaker: Annotated[str | None, typer.Option(help="The right speaker (a name of the vocabulary)")] = None,
    store: StoreOpt = None,
    by: ByOpt = None,
) -> None:
    """Replace a statement by a corrected one (prov:wasRevisionOf), with a reason."""
    event = _api(store).correct(
        statement, reason=reason, stance=stance, target=target, speaker=speaker, by=by
    )
    new = event.statement.statement_id if event.statement else "?"
    typer.echo(f"corrected {event.statement_id} into {new} (event {event.seq})")


@app.command(epilog="Example:\n\n\b\n  statgraph annotate missed.yaml --by alice")
@_guard
def annotate(
    file: Annotated[Path, typer.Argument(help="Statements in YAML or JSON, in the gold format")],
    store: StoreOpt = None,
    by: ByOpt = None,
) -> None:
    """Record statements an analyst wrote by hand, validated by the shapes before anything is recorded."""
    events = _api(store).annotate(file, by=by)
    n = sum(len(e.statements) for e in events)
    typer.echo(f"recorded {n} statements in {len(events)} release(s)")


@app.command(
    epilog="Example:\n\n\b\n  statgraph reextract --release 2014-11-18_nato_fr_stoltenberg-eu-ministers"
)
@_guard
def reextract(
    store: StoreOpt = None,
    release: Annotated[str | None, typer.Option(help="Only this release")] = None,
) -> None:
    """Run the current extractor and lexicon again; record new extractions where the result differs.

    Analysts' retractions and corrections stay in force: they name statements by an id that is
    stable for the same (speaker, stance, target) in a release.
    """
    events = _api(store).reextract(release=release)
    typer.echo(f"recorded {len(events)} new extraction(s)")


@app.command(epilog="Example:\n\n\b\n  statgraph history 0fc84b146944d00f")
@_guard
def history(
    statement: Annotated[str, typer.Argument(help="The statement's id or IRI")],
    store: StoreOpt = None,
) -> None:
    """Show one statement's life: extracted, corrected, retracted."""
    for ev, what in _api(store).history(statement):
        typer.echo(f"{ev.seq:6} {ev.time[:19]} {ev.type:20} {what}")


@app.command(
    epilog="Example:\n\n\b\n  statgraph diff --from 2026-11-01 --to 40 --format rdf-patch > changes.rdfp"
)
@_guard
def diff(
    start: Annotated[str, typer.Option("--from", help="Event number or ISO date/time")],
    end: Annotated[str, typer.Option("--to", help="Event number or ISO date/time")],
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="text or rdf-patch")] = "text",
) -> None:
    """What changed between two points: statements added, retracted, corrected, removed."""
    if fmt not in {"text", "rdf-patch"}:
        raise typer.BadParameter(f"{fmt!r}: choose text or rdf-patch", param_hint="--format")
    report = _api(store).diff(start, end)
    if fmt == "rdf-patch":
        typer.echo(report.rdf_patch(), nl=False)
        return
    for change in report.changes:
        typer.echo(str(change))
    typer.echo(report.summary())


@app.command(epilog="Example:\n\n\b\n  statgraph timeline --target Russia --out russia.html")
@_guard
def timeline(
    target: Annotated[str, typer.Option(help="The target, by a name of the vocabulary")],
    out: Annotated[Path, typer.Option("--out", "-o", help="FILE.png, FILE.svg or FILE.html")],
    speaker: Annotated[str | None, typer.Option(help="Only this speaker")] = None,
    store: StoreOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Draw stance over time: one lane per speaker, one mark per statement, coloured by stance type."""
    n = _api(store).timeline(target, out, speaker=speaker, as_of=as_of)
    typer.echo(f"drew {n} statements to {out}")


@app.command(
    "eval",
    epilog="Example:\n\n\b\n  statgraph eval --gold ../shared/corpus/gold\n"
    "  statgraph eval --gold ../shared/corpus/gold -q --misses",
)
@_guard
def evaluate(
    gold: Annotated[Path, typer.Option(help="A folder of gold files (one JSON per release)")],
    store: StoreOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print the totals line only")] = False,
    misses: Annotated[
        bool,
        typer.Option(
            "--misses",
            help="Also list each missed gold statement with why (what was found on its evidence instead)"
            " and each false statement with the rule and cue that produced it",
        ),
    ] = False,
) -> None:
    """Score the store's statements against gold annotations: stance P/R/F1, quotes, audience, metadata."""
    typer.echo(_api(store).evaluate(gold, misses=misses, per_release=not quiet))


@app.command(epilog="Example:\n\n\b\n  statgraph rebuild --store ./.statgraph")
@_guard
def rebuild(store: StoreOpt = None) -> None:
    """Delete the projection and replay the event log into a fresh one."""
    count = _api(store).rebuild()
    typer.echo(f"replayed {count} events")


@app.command(epilog="Example:\n\n\b\n  statgraph compact --store ./.statgraph")
@_guard
def compact(store: StoreOpt = None) -> None:
    """Compact the projection's files, so that queries read fewer of them.

    Worth running after many small loads; a load that doubles the store, and a rebuild, do it
    themselves.
    """
    _api(store).compact()
    typer.echo("projection compacted")


@app.command(epilog="Example:\n\n\b\n  statgraph validate")
@_guard
def validate(store: StoreOpt = None) -> None:
    """Check every release graph in the store against the SHACL shapes again."""
    problems = _api(store).validate()
    for graph, violations in problems:
        typer.echo(f"{graph}: {len(violations)} violation(s)")
        for v in violations:
            typer.echo(f"  {v}")
    if problems:
        raise typer.Exit(1)
    typer.echo("all release graphs conform")


@app.command(
    epilog="Example:\n\n\b\n  statgraph push --endpoint http://127.0.0.1:7878/query "
    "--graph-store http://127.0.0.1:7878/store"
)
@_guard
def push(
    endpoint: Annotated[str, typer.Option(help="The server's SPARQL query endpoint")],
    update_endpoint: Annotated[
        str | None, typer.Option(help="Its SPARQL update endpoint [default: .../query → .../update]")
    ] = None,
    graph_store: Annotated[
        str | None, typer.Option(help="Its Graph Store Protocol endpoint, for fast bulk writes")
    ] = None,
    batch: Annotated[int, typer.Option(help="Release graphs per batch")] = 100,
    store: StoreOpt = None,
) -> None:
    """Send the store's changes since the last push to a shared SPARQL 1.1 server.

    Idempotent and resumable: the server keeps the number of the last event pushed, so an
    interrupted push picks up where it stopped. Credentials come from $STATGRAPH_SPARQL_USER
    and $STATGRAPH_SPARQL_PASSWORD or ~/.netrc, and are never printed.
    """
    if batch < 1:
        raise typer.BadParameter("give 1 or more", param_hint="--batch")
    report = _api(store).push(endpoint, update_endpoint=update_endpoint, graph_store=graph_store, batch=batch)
    if report.end == report.start and report.graphs == 0:
        typer.echo(f"{endpoint} is up to date (event {report.end})")
        return
    typer.echo(
        f"pushed events {report.start + 1}–{report.end}: {report.graphs} graphs in {report.batches} "
        f"batch(es) by {report.method} in {report.seconds:.1f} s"
    )


@app.command(epilog="Example:\n\n\b\n  statgraph check --repair")
@_guard
def check(
    store: StoreOpt = None,
    repair: Annotated[
        bool, typer.Option("--repair", help="Cut a torn last commit, after a backup in <store>/backups")
    ] = False,
) -> None:
    """Read the whole event log and open the projection; report what is wrong (exit 3 if anything)."""
    result = _api(store).check(repair=repair)
    log = result.log
    typer.echo(f"log: {log.events} events in {log.commits} commits, last {log.head}")
    for problem in log.problems:
        typer.echo(f"log: {problem}")
    if log.removed_bytes:
        typer.echo(f"log: removed a torn tail of {log.removed_bytes} bytes; backup at {log.backup}")
    typer.echo(f"projection: {result.projection}")
    if not result.ok:
        raise typer.Exit(3)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
