"""The minutes' look: page geometry, colours, named paragraph styles and table styles."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle
from reportlab.platypus.tables import CellStyle

from .text import FONT, FONT_BOLD, FONT_ITALIC

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_PADDING = 6  # SimpleDocTemplate's frame keeps 6 pt inside each margin
WIDTH = PAGE[0] - 2 * MARGIN_X - 2 * FRAME_PADDING
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555B61")
ACCENT = colors.HexColor("#1B3A5C")  # headings: a deep civic blue
RULE = colors.HexColor("#C5CCD4")
HEADER_BG = colors.HexColor("#E6EBF1")
ZEBRA = colors.HexColor("#F6F8FA")
TILE_BG = colors.HexColor("#EEF2F6")
BAR = colors.HexColor("#2E6DA4")


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FONT,
        "fontSize": 10,
        "leading": 14,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,  # a paragraph's last line never starts a page alone
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """Named ParagraphStyles (one instance per document)."""

    def __init__(self) -> None:
        self.body = _style("body", spaceAfter=4)
        self.small = _style("small", fontSize=8.5, leading=11.5, textColor=MUTED)
        self.kicker = _style("kicker", fontSize=10, leading=13, textColor=MUTED)
        self.title = _style(
            "title", fontName=FONT_BOLD, fontSize=24, leading=29, textColor=ACCENT, spaceAfter=4
        )
        self.subtitle = _style("subtitle", fontSize=13, leading=17, textColor=MUTED, spaceAfter=10)
        self.h1 = _style(
            "h1", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=ACCENT,
            spaceBefore=14, spaceAfter=6,
        )  # fmt: skip
        self.h2 = _style(
            "h2", fontName=FONT_BOLD, fontSize=12, leading=15.5, textColor=ACCENT,
            spaceBefore=10, spaceAfter=4,
        )  # fmt: skip
        self.h3 = _style(
            "h3", fontName=FONT_BOLD, fontSize=10, leading=13.5, textColor=INK,
            spaceBefore=6, spaceAfter=3,
        )  # fmt: skip
        self.table_title = _style(
            "table_title", fontName=FONT_BOLD, fontSize=12, leading=15.5, textColor=ACCENT
        )
        self.table_title_small = _style(
            "table_title_small", fontName=FONT_BOLD, fontSize=10, leading=13.5, textColor=INK
        )
        self.cell = _style("cell", fontSize=9, leading=12)
        self.cell_bold = _style("cell_bold", fontName=FONT_BOLD, fontSize=9, leading=12)
        self.cell_small = _style("cell_small", fontSize=8, leading=10.5, textColor=MUTED)
        self.cell_right = _style("cell_right", fontSize=9, leading=12, alignment=TA_RIGHT)
        self.header = _style("header", fontName=FONT_BOLD, fontSize=8.5, leading=11)
        self.header_right = _style(
            "header_right", fontName=FONT_BOLD, fontSize=8.5, leading=11, alignment=TA_RIGHT
        )
        self.label = _style("label", fontName=FONT_BOLD, fontSize=9, leading=12, textColor=MUTED)
        self.tile_number = _style(
            "tile_number", fontName=FONT_BOLD, fontSize=20, leading=24, textColor=ACCENT
        )
        self.tile_label = _style("tile_label", fontSize=8.5, leading=11, textColor=MUTED)
        self.note = _style(
            "note", fontSize=10, leading=14, leftIndent=38, bulletIndent=0, spaceAfter=6,
            bulletFontName=FONT, bulletFontSize=8.5, bulletColor=MUTED,
        )  # fmt: skip
        self.quiet = _style("quiet", fontName=FONT_ITALIC, fontSize=9, leading=12, textColor=MUTED)


class Cell(CellStyle):
    """Every table cell's defaults (font, padding, alignment) as class attributes: cheaper
    than a style command per cell, which costs a call for each cell of a 2,000-row table."""

    fontname = FONT
    fontsize = 9
    leading = 12
    color = INK
    valign = "TOP"
    topPadding = 3.5
    bottomPadding = 4
    leftPadding = 4
    rightPadding = 4


def cell_styles(rows: int, columns: int) -> list[list[CellStyle]]:
    return [[Cell("cell") for _ in range(columns)] for _ in range(rows)]


def grid(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> TableStyle:
    """A light table: a tinted header, thin rules between rows, no vertical lines."""
    commands: list[tuple[Any, ...]] = [("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE)]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("FONTSIZE", (0, 0), (-1, header_rows - 1), 8.5),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra and rows > 2:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)
