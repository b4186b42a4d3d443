"""Page furniture: a canvas that numbers pages "Page x of y" and draws the footer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import BOLD_FACES
from .scripts import simple
from .shaping import ShapingCanvas, draw_line, line_width
from .styles import FRAME_PADDING, MARGIN_X, MUTED, RULE, WIDTH
from .text import FONT

FOOTER_SIZE = 7.5


def fit(text: str, width: float, font: str = FONT, size: float = FOOTER_SIZE) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points."""
    one_font = simple(text)

    def measure(cut: str) -> float:
        if one_font:
            return stringWidth(cut, font, size)
        return line_width(cut, size, bold=font in BOLD_FACES)  # runs in other scripts

    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[:mid].rstrip() + "…") <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def numbered_canvas(title: str, made: str, page_label: str) -> type[ShapingCanvas]:
    """A Canvas class that holds every page back until the count is known (two passes
    would cost a second layout); ``page_label`` has ``{page}`` and ``{pages}``."""

    class NumberedCanvas(ShapingCanvas):
        # ReportLab's own step to a fresh page (showPage's second half); its stubs leave
        # the private method out.
        _startPage: Callable[[], None]

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, left = WIDTH, MARGIN_X + FRAME_PADDING
            y = 12 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, y + 4.5 * mm, left + width, y + 4.5 * mm)
            self.setFont(FONT, FOOTER_SIZE)
            self.setFillColor(MUTED)
            number = page_label.format(page=self.getPageNumber(), pages=total)
            right = stringWidth(number, FONT, FOOTER_SIZE)
            middle = stringWidth(made, FONT, FOOTER_SIZE)
            room = width - right - middle - 12 * mm
            draw_line(self, left, y, fit(title, max(room, 20 * mm)), FOOTER_SIZE)
            self.drawRightString(left + width - right - 6 * mm, y, made)
            self.drawRightString(left + width, y, number)
            self.restoreState()

    return NumberedCanvas
