"""The chart of ``make bench``: every side-by-side ratio as a horizontal bar, as plain SVG text.

One group per row of the report (its title), one bar per ratio the row measures: ango-hub's
time over its baseline's (the official SDK, bare httpx, ``json.loads``, ...) on a logarithmic
axis, drawn from the 1x line (as fast as the baseline) to the ratio: to the left ango-hub is
faster, to the right slower. A dark tick across a bar marks its goal; a bar is green when its
goal is met, red when it is missed, grey when it has none. A row without a ratio (a crash, a
row of absolute figures) is named with a note. No plotting library: the bench writes the
SVG itself from the same run's figures (``bench/run.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

__all__ = ["Bar", "ChartRow", "render_svg"]


@dataclass(frozen=True)
class Bar:
    """One ratio of medians: ango-hub's time over the baseline's (below 1: ango-hub is faster)."""

    #: What is compared ("paging 20k tasks, sequential").
    label: str
    #: ango-hub's time over the baseline's (a speed-up of 6x is 1/6).
    ratio: float
    #: What it is compared with ("the official SDK", "bare httpx", "`json.loads`").
    baseline: str
    #: The goal, on the same scale (None: no goal).
    goal: float | None = None
    #: Whether the goal is met (None: no goal).
    passed: bool | None = None


@dataclass(frozen=True)
class ChartRow:
    """A row of the report: its title, its bars, and why it has none."""

    title: str
    bars: tuple[Bar, ...] = ()
    #: Shown instead of bars (for a row that crashed, or that measures no ratio).
    note: str = ""


WIDTH = 1000
LABEL_WIDTH = 330
PLOT_LEFT = LABEL_WIDTH + 10
PLOT_RIGHT = WIDTH - 250
BAR_HEIGHT = 16
BAR_GAP = 6
GROUP_GAP = 10
TITLE_HEIGHT = 22
TOP = 92
TICKS = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0)
COLOURS = {True: "#2e7d32", False: "#c62828", None: "#78909c"}
FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"


def _plain(text: str) -> str:
    """Markdown's code marks dropped (``Client`` -> Client)."""
    return text.replace("`", "")


def _ratio_text(ratio: float) -> str:
    """``1.05x`` (the time over the baseline's); a speed-up of 2x or more as ``6.1x faster than``."""
    if ratio <= 0.5:
        return f"{1 / ratio:.1f}x faster than"
    return f"{ratio:.2f}x"


def _domain(rows: list[ChartRow]) -> tuple[float, float]:
    values = [1.0]
    for row in rows:
        for bar in row.bars:
            values.append(bar.ratio)
            if bar.goal is not None:
                values.append(bar.goal)
    finite = [value for value in values if value > 0 and math.isfinite(value)]
    low = max((tick for tick in TICKS if tick <= min(finite) / 1.15), default=min(finite) / 1.15)
    high = min((tick for tick in TICKS if tick >= max(finite) * 1.15), default=max(finite) * 1.15)
    return low, high


def render_svg(rows: list[ChartRow], *, title: str, subtitle: str = "") -> str:
    """The chart of ``rows`` as an SVG document (text)."""
    low, high = _domain(rows)
    span = math.log(high) - math.log(low)

    def x(value: float) -> float:
        clamped = min(max(value, low), high)
        return PLOT_LEFT + (math.log(clamped) - math.log(low)) / span * (PLOT_RIGHT - PLOT_LEFT)

    body: list[str] = []
    y = TOP
    for row in rows:
        body.append(
            f'<text x="8" y="{y + 15}" font-size="13" font-weight="600">{escape(_plain(row.title))}</text>'
        )
        y += TITLE_HEIGHT
        if not row.bars:
            body.append(
                f'<text x="24" y="{y + 12}" font-size="12" font-style="italic" fill="#607d8b">'
                f"{escape(_plain(row.note or 'no side-by-side ratio'))}</text>"
            )
            y += BAR_HEIGHT + BAR_GAP
        for bar in row.bars:
            start, end = sorted((x(1.0), x(bar.ratio)))
            colour = COLOURS[bar.passed]
            described = f"{_plain(bar.label)}: {bar.ratio:.2f}x {_plain(bar.baseline)}'s time"
            if bar.goal is not None:
                described += f" (goal {bar.goal:.2f}x: {'met' if bar.passed else 'missed'})"
            body.append(f"<g><title>{escape(described)}</title>")
            body.append(
                f'<text x="24" y="{y + 12}" font-size="12">{escape(_plain(bar.label))}</text>'
                f'<rect x="{start:.1f}" y="{y}" width="{max(end - start, 1.5):.1f}" height="{BAR_HEIGHT}" '
                f'fill="{colour}" rx="2"/>'
            )
            if bar.goal is not None:
                goal_x = x(bar.goal)
                body.append(
                    f'<line x1="{goal_x:.1f}" x2="{goal_x:.1f}" y1="{y - 3}" y2="{y + BAR_HEIGHT + 3}" '
                    'stroke="#212121" stroke-width="2.5"/>'
                )
            body.append(
                f'<text x="{PLOT_RIGHT + 8}" y="{y + 12}" font-size="12" fill="{colour}">'
                f"{escape(_ratio_text(bar.ratio))} {escape(_plain(bar.baseline))}</text>"
            )
            body.append("</g>")
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP
    height = y + 10

    axis: list[str] = []
    for tick in TICKS:
        if low <= tick <= high:
            tick_x = x(tick)
            strong = tick == 1.0
            axis.append(
                f'<line x1="{tick_x:.1f}" x2="{tick_x:.1f}" y1="{TOP - 6}" y2="{height - 10}" '
                f'stroke="{"#424242" if strong else "#e0e0e0"}" stroke-width="{1.5 if strong else 1}"/>'
                f'<text x="{tick_x:.1f}" y="{TOP - 10}" font-size="11" text-anchor="middle" fill="#424242">'
                f"{tick:g}x</text>"
            )
    legend_y = 62
    legend = [
        f'<text x="8" y="{legend_y}" font-size="11" fill="#424242">'
        "ango-hub's time over the baseline's (log scale), from 1x: left of it faster, right of it slower."
        "</text>",
        f'<rect x="{PLOT_RIGHT - 170}" y="{legend_y - 10}" width="12" height="10" fill="{COLOURS[True]}"/>'
        f'<text x="{PLOT_RIGHT - 154}" y="{legend_y}" font-size="11">goal met</text>',
        f'<rect x="{PLOT_RIGHT - 96}" y="{legend_y - 10}" width="12" height="10" fill="{COLOURS[False]}"/>'
        f'<text x="{PLOT_RIGHT - 80}" y="{legend_y}" font-size="11">missed</text>',
        f'<rect x="{PLOT_RIGHT - 34}" y="{legend_y - 10}" width="12" height="10" fill="{COLOURS[None]}"/>'
        f'<text x="{PLOT_RIGHT - 18}" y="{legend_y}" font-size="11">no goal</text>',
        f'<line x1="{PLOT_RIGHT + 40}" x2="{PLOT_RIGHT + 40}" y1="{legend_y - 12}" y2="{legend_y + 2}" '
        'stroke="#212121" stroke-width="2.5"/>'
        f'<text x="{PLOT_RIGHT + 46}" y="{legend_y}" font-size="11">goal</text>',
    ]
    header = [
        f'<text x="8" y="22" font-size="16" font-weight="700">{escape(_plain(title))}</text>',
    ]
    if subtitle:
        header.append(f'<text x="8" y="40" font-size="11" fill="#616161">{escape(_plain(subtitle))}</text>')
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" role="img" '
            f'aria-label={quoteattr(_plain(title))} style="{FONT}">',
            f"<title>{escape(_plain(title))}</title>",
            f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
            *header,
            *legend,
            *axis,
            *body,
            "</svg>",
            "",
        ]
    )
