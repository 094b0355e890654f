"""Stance timelines: one lane per speaker, one mark per statement, coloured by stance type.

    >>> from statgraph.timeline import points_from_rows, render_timeline
    >>> points = points_from_rows(rows)                      # doctest: +SKIP
    >>> render_timeline(points, Path("russia.html"), title="Russia")  # doctest: +SKIP

The output format follows the suffix of ``out``:

``.png``, ``.svg``
    drawn with matplotlib (Agg backend; imported only when needed, so importing
    this module stays cheap for the command line);
``.html``
    a self-contained page with an inline SVG written here (no scripts, nothing
    fetched from the network); every mark carries a ``<title>`` with the date,
    speaker, stance, target and quote, which browsers show on hover.

Every file is written atomically: to a temporary file in the same folder, then
renamed over ``out``, so a reader never sees half a chart.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import math
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError

#: A fixed colour per stance type (Okabe-Ito palette, readable by colour-blind readers), so charts compare.
STANCE_COLOURS: dict[str, str] = {
    "supports": "#009E73",
    "welcomes": "#56B4E9",
    "calls-for": "#0072B2",
    "commits": "#7F7F7F",
    "concerned": "#E69F00",
    "warns": "#F0E442",
    "rejects": "#CC79A7",
    "condemns": "#D55E00",
}
#: Marks whose stance is not one of the eight.
OTHER_COLOUR = "#222222"
FORMATS = (".png", ".svg", ".html")


@dataclass(frozen=True)
class TimelinePoint:
    """One statement on the timeline."""

    date: dt.date
    speaker: str
    stance: str
    target: str
    quote: str
    source: str


def colour(stance: str) -> str:
    """The fixed colour of a stance type (slug), or :data:`OTHER_COLOUR`."""
    return STANCE_COLOURS.get(stance, OTHER_COLOUR)


# --------------------------------------------------------------------------- rows


def points_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[TimelinePoint]:
    """Timeline points from statement rows (dicts as ``statgraph statements --format jsonl`` prints).

    ``date`` (``YYYY-MM-DD`` or a :class:`datetime.date`), ``speaker``, ``stance`` and
    ``target`` are required; ``quote`` and ``source`` default to "". A row that
    lacks one, or whose date is not a date, is an :class:`InputError` naming the row.
    """
    points: list[TimelinePoint] = []
    for number, row in enumerate(rows, start=1):
        missing = [key for key in ("date", "speaker", "stance", "target") if not row.get(key)]
        if missing:
            raise InputError(f"statement row {number}: missing {', '.join(missing)}")
        raw_date = row["date"]
        if isinstance(raw_date, dt.datetime):
            date = raw_date.date()
        elif isinstance(raw_date, dt.date):
            date = raw_date
        else:
            try:
                date = dt.date.fromisoformat(str(raw_date).strip()[:10])
            except ValueError:
                raise InputError(f"statement row {number}: {raw_date!r} is not a date (YYYY-MM-DD)") from None
        points.append(
            TimelinePoint(
                date=date,
                speaker=str(row["speaker"]),
                stance=str(row["stance"]),
                target=str(row["target"]),
                quote=str(row.get("quote") or ""),
                source=str(row.get("source") or ""),
            )
        )
    return points


# --------------------------------------------------------------------------- layout shared by all formats


def _lanes(points: Sequence[TimelinePoint]) -> list[str]:
    """Speakers in order of their first statement (then by name): the top lane speaks first."""
    first: dict[str, dt.date] = {}
    for p in points:
        if p.speaker not in first or p.date < first[p.speaker]:
            first[p.speaker] = p.date
    return sorted(first, key=lambda s: (first[s], s))


def _offsets(points: Sequence[TimelinePoint]) -> list[float]:
    """For each point, a vertical offset in [-0.5, 0.5] spreading the marks of one speaker on one day."""
    groups: dict[tuple[str, dt.date], list[int]] = {}
    for i, p in enumerate(points):
        groups.setdefault((p.speaker, p.date), []).append(i)
    offsets = [0.0] * len(points)
    for members in groups.values():
        n = len(members)
        if n == 1:
            continue
        ordered = sorted(members, key=lambda i: (points[i].stance, points[i].target, points[i].quote))
        step = min(0.8 / (n - 1), 0.45)
        for k, i in enumerate(ordered):
            offsets[i] = (k - (n - 1) / 2) * step
    return offsets


def _stances_in_legend(points: Sequence[TimelinePoint]) -> list[str]:
    """All eight stance types (a fixed legend), then any unknown ones that occur."""
    extra = sorted({p.stance for p in points} - set(STANCE_COLOURS))
    return [*STANCE_COLOURS, *extra]


def _span(points: Sequence[TimelinePoint]) -> tuple[dt.date, dt.date]:
    """The date range drawn: the data's, padded so the first and last marks are not on the frame."""
    if not points:
        today = dt.date.today()
        return today - dt.timedelta(days=30), today + dt.timedelta(days=30)
    start = min(p.date for p in points)
    end = max(p.date for p in points)
    pad = max(15, (end - start).days // 25)
    return start - dt.timedelta(days=pad), end + dt.timedelta(days=pad)


def _ticks(start: dt.date, end: dt.date, most: int = 12) -> list[tuple[dt.date, str]]:
    """Readable x ticks between two dates: years, else months, else days, at most ``most`` of them."""
    days = max((end - start).days, 1)
    if days > 3 * 365:
        step = max(1, math.ceil((end.year - start.year + 1) / most))
        years = range(start.year + 1 if start > dt.date(start.year, 1, 1) else start.year, end.year + 1, step)
        return [(dt.date(y, 1, 1), str(y)) for y in years]
    if days > 90:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        step = max(1, math.ceil(months / most))
        ticks = []
        y, m = start.year, start.month
        if start.day > 1:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        while dt.date(y, m, 1) <= end:
            ticks.append((dt.date(y, m, 1), f"{y}-{m:02d}"))
            for _ in range(step):
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return ticks
    step = max(1, math.ceil(days / most))
    days_shown = (start + dt.timedelta(days=d) for d in range(0, days + 1, step))
    return [(day, day.isoformat()) for day in days_shown]


def hover_text(p: TimelinePoint) -> str:
    """What a mark says on hover: date, speaker, stance, target, quote and source."""
    lines = [f"{p.date.isoformat()} · {p.speaker}", f"{p.stance} → {p.target}"]
    if p.quote:
        lines.append(f"“{p.quote}”")
    if p.source:
        lines.append(p.source)
    return "\n".join(lines)


# --------------------------------------------------------------------------- writing


def render_timeline(rows: Sequence[TimelinePoint], out: Path, *, title: str) -> None:
    """Draw the statements as a timeline into ``out``; the suffix (.png, .svg, .html) picks the format.

    An unknown suffix, a missing folder or a file that cannot be written is an
    :class:`InputError` with a one-line message. ``out`` is replaced atomically.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{out}: unknown timeline format {out.suffix or '(no suffix)'!r}; use one of {', '.join(FORMATS)}"
        )
    if not out.parent.is_dir():
        raise InputError(f"{out}: no such folder {out.parent}")
    points = sorted(rows, key=lambda p: (p.date, p.speaker, p.stance, p.target, p.quote))
    data = _html(points, title) if suffix == ".html" else _matplotlib(points, title, suffix[1:])
    _write_atomically(out, data)


def _write_atomically(out: Path, data: bytes) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{out}: cannot write: {e.strerror or e}") from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- matplotlib (png, svg)


def _matplotlib(points: Sequence[TimelinePoint], title: str, fmt: str) -> bytes:
    # The Agg canvas is attached to this figure only: no pyplot, no global backend switch.
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    lanes = _lanes(points)
    lane_of = {speaker: i for i, speaker in enumerate(lanes)}
    offsets = _offsets(points)
    start, end = _span(points)

    # Deterministic SVG ids and no creation date, so the same points give the same file.
    with matplotlib.rc_context({"svg.hashsalt": "statgraph", "svg.fonttype": "none"}):
        height = max(2.9, 1.6 + 0.45 * len(lanes))  # the legend needs about 2.9 inches
        fig = Figure(figsize=(11, height), dpi=100, layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.set_title(title)
        if points:
            xs = [p.date for p in points]
            ys = [lane_of[p.speaker] + offsets[i] * 0.8 for i, p in enumerate(points)]
            marks = ax.scatter(
                xs,  # type: ignore[arg-type]
                ys,
                c=[colour(p.stance) for p in points],
                s=70,
                edgecolors="#333333",
                linewidths=0.6,
                zorder=3,
            )
            marks.set_gid("timeline-marks")
        else:
            ax.text(0.5, 0.5, "no statements", transform=ax.transAxes, ha="center", va="center", color="#666")
        ax.set_xlim(start, end)  # type: ignore[arg-type]
        locator = AutoDateLocator()  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        ax.set_yticks(range(len(lanes)), labels=lanes)
        ax.set_ylim(len(lanes) - 0.5 if lanes else 0.5, -0.5)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        for i in range(len(lanes)):
            ax.axhline(i, color="#eeeeee", linewidth=0.8, zorder=1)
        ax.spines[["top", "right"]].set_visible(False)
        handles = [
            Line2D(
                [], [], marker="o", linestyle="", markersize=8, markerfacecolor=colour(s),
                markeredgecolor="#333333", markeredgewidth=0.6, label=s,
            )
            for s in _stances_in_legend(points)
        ]
        fig.legend(handles=handles, loc="outside right upper", title="stance", frameon=False)
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
        fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


# --------------------------------------------------------------------------- html with hand-written svg

_LANE_H = 34
_TOP = 16
_AXIS_H = 28
_PLOT_W = 900
_RIGHT = 24


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _svg(points: Sequence[TimelinePoint], title: str) -> str:
    lanes = _lanes(points)
    lane_of = {speaker: i for i, speaker in enumerate(lanes)}
    offsets = _offsets(points)
    start, end = _span(points)
    longest = max((len(s) for s in lanes), default=10)
    left = min(16 + 7 * longest, 280)
    width = left + _PLOT_W + _RIGHT
    plot_h = _LANE_H * max(len(lanes), 1)
    height = _TOP + plot_h + _AXIS_H
    total = max((end - start).days, 1)

    def x(day: dt.date) -> float:
        return left + _PLOT_W * (day - start).days / total

    def lane_y(i: int) -> float:
        return _TOP + _LANE_H * i + _LANE_H / 2

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" class="timeline">',
        f"<title>{_esc(title)}</title>",
        '<g class="lanes">',
    ]
    for i, speaker in enumerate(lanes):
        y = lane_y(i)
        shown = speaker if 7 * len(speaker) <= left - 16 else speaker[: max(1, (left - 16) // 7 - 1)] + "…"
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + _PLOT_W}" y2="{y:.1f}" class="lane"/>'
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="speaker">'
            f"<title>{_esc(speaker)}</title>{_esc(shown)}</text>"
        )
    parts.append("</g>")
    axis_y = _TOP + plot_h
    parts.append(f'<g class="axis"><line x1="{left}" y1="{axis_y}" x2="{left + _PLOT_W}" y2="{axis_y}"/>')
    for day, label in _ticks(start, end):
        if start <= day <= end:
            tx = x(day)
            parts.append(
                f'<line x1="{tx:.1f}" y1="{_TOP}" x2="{tx:.1f}" y2="{axis_y + 4}" class="tick"/>'
                f'<text x="{tx:.1f}" y="{axis_y + 18}" text-anchor="middle">{_esc(label)}</text>'
            )
    parts.append("</g>")
    if not points:
        parts.append(
            f'<text x="{left + _PLOT_W / 2}" y="{_TOP + plot_h / 2 + 4}" text-anchor="middle" '
            'class="empty">no statements</text>'
        )
    parts.append('<g class="marks">')
    for i, p in enumerate(points):
        cy = lane_y(lane_of[p.speaker]) + offsets[i] * (_LANE_H - 8)
        parts.append(
            f'<circle class="mark" cx="{x(p.date):.1f}" cy="{cy:.1f}" r="6" fill="{colour(p.stance)}" '
            f'data-stance="{_esc(p.stance)}" data-date="{p.date.isoformat()}">'
            f"<title>{_esc(hover_text(p))}</title></circle>"
        )
    parts.append("</g></svg>")
    return "\n".join(parts)


_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 1.5rem; color: #222; }
h1 { font-size: 1.3rem; font-weight: 600; }
.timeline { max-width: 100%; height: auto; font-size: 12px; }
.timeline .lane { stroke: #e6e6e6; }
.timeline .axis line { stroke: #999; }
.timeline .axis .tick { stroke: #eee; }
.timeline .axis text { fill: #555; font-size: 11px; }
.timeline .speaker { fill: #222; }
.timeline .empty { fill: #777; }
.timeline .mark { stroke: #333; stroke-width: 0.8; }
.timeline .mark:hover { stroke-width: 2.5; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
.legend span { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%;
               border: 1px solid #333; margin-right: 0.35em; vertical-align: -0.05em; }
table { border-collapse: collapse; font-size: 0.85rem; margin-top: 0.5rem; }
th, td { text-align: left; padding: 0.2rem 0.6rem; border-bottom: 1px solid #eee; vertical-align: top; }
"""


def _html(points: Sequence[TimelinePoint], title: str) -> bytes:
    counts: dict[str, int] = {}
    for p in points:
        counts[p.stance] = counts.get(p.stance, 0) + 1
    legend = "".join(
        f'<li><span style="background:{colour(s)}"></span>{_esc(s)} ({counts.get(s, 0)})</li>'
        for s in _stances_in_legend(points)
    )
    rows = "".join(
        f"<tr><td>{p.date.isoformat()}</td><td>{_esc(p.speaker)}</td><td>{_esc(p.stance)}</td>"
        f"<td>{_esc(p.target)}</td><td>{_esc(p.quote)}</td><td>{_esc(p.source)}</td></tr>"
        for p in points
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="statgraph">
<title>{_esc(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{_esc(title)}</h1>
<p>{len(points)} statement{'' if len(points) == 1 else 's'}; hover over a mark to read it.</p>
{_svg(points, title)}
<ul class="legend">{legend}</ul>
<details>
<summary>The statements</summary>
<table>
<thead><tr><th>date</th><th>speaker</th><th>stance</th><th>target</th><th>quote</th><th>source</th></tr></thead>
<tbody>{rows}</tbody>
</table>
</details>
</body>
</html>
"""
    return page.encode("utf-8")


__all__ = ["STANCE_COLOURS", "TimelinePoint", "points_from_rows", "render_timeline"]
