"""A horizontal bar chart of a round's leading items, split by group where ballots say so.

Drawn from shapes rather than ReportLab's chart classes so every label is set in the
bundled font and cut to fit; the numbers are printed on the bars, so colour is never
the only way to read it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from .page import fit
from .shaping import line_width, strings
from .styles import BAR, INK, MUTED, RULE
from .text import FONT, FONT_BOLD

ROW = 15.0
BAR_HEIGHT = 10.0
LABEL_SIZE = 8.0


@dataclass(frozen=True)
class Bar:
    label: str  # already printable (no markup)
    total: int
    parts: tuple[tuple[str, int], ...] = ()  # (colour "#RRGGBB", dots) per group, in order


@dataclass(frozen=True)
class Legend:
    colour: str
    name: str  # already printable


def _box(
    x: float, y: float, width: float, height: float, fill: Color, stroke: Color, line: float
) -> Rect:
    # types-reportlab annotates Rect's **kw as the TypedDict itself, not Unpack[...] of it
    # (Line's is right), so it refuses every style keyword.
    return Rect(x, y, width, height, fillColor=fill, strokeColor=stroke, strokeWidth=line)  # type: ignore[arg-type]


def bar_chart(bars: Sequence[Bar], width: float, legend: Sequence[Legend] = ()) -> Drawing | None:
    if not bars or not any(b.total for b in bars):
        return None
    label_width = min(width * 0.42, max(line_width(b.label, LABEL_SIZE) for b in bars) + 6)
    value_room = stringWidth(str(max(b.total for b in bars)), FONT_BOLD, LABEL_SIZE) + 6
    plot = width - label_width - value_room
    top = max(b.total for b in bars)
    size = LABEL_SIZE - 0.5
    placed: list[tuple[float, int, Legend, str]] = []  # x, row, item, name
    x, row = label_width, 0
    for item in legend:
        name = fit(item.name, 120, FONT, size)
        step = 11 + line_width(name, size) + 12
        if x + step > width and x > label_width:
            x, row = label_width, row + 1
        placed.append((x, row, item, name))
        x += step
    legend_rows = (placed[-1][1] + 1) if placed else 0
    legend_height = legend_rows * 13.0 + (4.0 if legend_rows else 0.0)
    height = len(bars) * ROW + 6 + legend_height
    drawing = Drawing(width, height)
    x0 = label_width
    drawing.add(Line(x0, legend_height, x0, height - 2, strokeColor=RULE, strokeWidth=0.6))
    for n, bar in enumerate(bars):
        y = height - (n + 1) * ROW
        label = fit(bar.label, label_width - 6, FONT, LABEL_SIZE)
        # A numbered label reads left to right, as the chart does, whatever its words.
        label_strings = strings(
            x0 - 4, y + 2.5, label, LABEL_SIZE, anchor="end", base=0, fillColor=INK
        )
        for piece in label_strings:
            drawing.add(piece)
        x = x0
        parts = bar.parts or (("", bar.total),)
        for colour, dots in parts:
            w = plot * dots / top if top else 0
            fill = colors.HexColor(colour) if colour else BAR
            drawing.add(_box(x, y, w, BAR_HEIGHT, fill, colors.white, 0.5))
            x += w
        drawing.add(
            String(x + 3, y + 2.5, str(bar.total), fontName=FONT_BOLD, fontSize=LABEL_SIZE,
                   fillColor=INK)
        )  # fmt: skip
    for x, row, item, name in placed:
        y = legend_height - (row + 1) * 13.0
        drawing.add(_box(x, y + 1, 8, 8, colors.HexColor(item.colour), MUTED, 0.3))
        for piece in strings(x + 11, y + 2, name, size, fillColor=MUTED):
            drawing.add(piece)
    return drawing
