"""The minutes' own flowables: a paragraph that remembers its layout, headings that keep
with what follows, a table that splits inside a tall row, a title drawn across a table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

from . import shaping
from .scripts import simple
from .styles import FRAME_HEIGHT


class Para(Paragraph):
    """A Paragraph that remembers its layout for a width: a table measures, splits and
    draws each cell at the same width, and would otherwise break its lines three times.

    Text in a script DejaVu Sans lacks is set in its own font, shaped, and drawn right to
    left where it reads so (``shaping``)."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        if text and isinstance(text, str) and not simple(text):
            shaping.prepare(self)

    def drawPara(self, debug: int = 0) -> None:
        base = getattr(self.style, "bidi", None)
        if base is None:
            return super().drawPara(debug)
        logical: Any = vars(self)["blPara"]  # set by wrap(); untyped in ReportLab's stubs
        self.blPara = shaping.visual_lines(logical, base)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth and "blPara" in self.__dict__:
            return cached[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class Heading(Para):
    """A heading: ``keep.bind`` keeps it on the page where what follows it begins."""

    keep_with_next = True


class Lead(Para):
    """An intro line that, like a heading, stays with what follows it."""

    keep_with_next = True


class MinutesTable(Table):
    """A Table that splits inside a tall row when that row straddles the page end.

    ReportLab first splits between rows, then lays the rest (repeated header and all)
    in the space left on the same page, where it splits the tall row: a second header
    in mid-page. Splitting inside the tall row at once fills the page instead, and the
    rest of a split table only ever starts a page."""

    TALL = 150.0  # points: a row this tall is worth splitting rather than moving
    MIN_PART = 40.0

    MIN_ROWS = 3
    continued = False  # the rest of a table split on an earlier page
    # ReportLab's own layout step and its row heights (private, so not in its stubs).
    _calc: Callable[[float, float], None]
    _rowHeights: list[float]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if self.continued and frame is not None and not getattr(frame, "_atTop", True):
            return []  # the page's end: the rest goes on the next page, header and all
        parts = self._split(availWidth, availHeight)
        for part in parts[1:]:
            # Each part is a MinutesTable (ReportLab splits through self.__class__), typed
            # as a plain Flowable.
            part.continued = True  # type: ignore[attr-defined]
        return parts

    def _split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        header = self.repeatRows if isinstance(self.repeatRows, int) else 0
        used = 0.0
        for index, height in enumerate(self._rowHeights):
            if used + height > availHeight:
                if (
                    index >= header
                    and height >= self.TALL
                    and availHeight - used >= self.MIN_PART
                    and hasattr(self, "_splitRows")
                ):
                    parts = self._splitRows(availHeight, doInRowSplit=True)
                    if parts:
                        return parts
                # A table that carries its own title (a theme, a vote) starts on the next
                # page rather than leave its title and a row or two behind; other tables
                # follow a Heading, which keep.py keeps with their first rows.
                body = index - header
                titled = header >= 2
                if titled and body < self.MIN_ROWS and availHeight < 0.9 * FRAME_HEIGHT:
                    return []
                break
            used += height
        return super().split(availWidth, availHeight)


class TitleCell(Flowable):
    """A table's title row in its first cell, drawn across the whole table: the same look
    as a spanned row without the cost of spans, which a table recomputes at every split."""

    def __init__(self, paragraph: Paragraph, width: float) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.full_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(self.full_width, availHeight)
        return availWidth, height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)
