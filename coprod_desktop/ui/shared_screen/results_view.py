"""Results mode: the reveal. A closed round's ranked items with bars split by group in
the groups' colours (as in the minutes), the groups' names and numbers beside each bar,
ties said in words, turnout, and one short headline the back row can read.

Colour is never the only way to read it: every bar carries its total in figures, the
groups' own counts in words below it, and a tie says "tied". Rows grow to show an
item's whole text; with more rows than fit, the chart pages (the facilitator turns the
pages) and says which rows it shows, so nothing is silently left off. The full sentence
on how the groups differed is the minutes'; here the headline names at most one first
per group.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ...services import people, voting, workshops
from ...services.records import ItemResult, RoundResults
from ...services.wording import combined_note, headline
from ...text import one_line, quoted
from ..controller import Controller
from ..i18n import dots_count
from .base import ScreenView, TallRows
from .style import (
    ACCENT,
    BAR,
    DEFAULT_METRICS,
    INK,
    LINE,
    MUTED,
    PALE,
    Fitted,
    FitText,
    Metrics,
    draw_fitted,
    fit_text,
    font,
    ordinal_rank,
)

# The colour the minutes give people of no group and the smaller groups combined.
NO_GROUP_COLOUR = "#9AA3AD"
# Readable from the back: nothing on this screen is set smaller than this many units
# (28 px on a 1080p projector at 100 % text).
SMALLEST = 0.87
LABEL_LINES = 6  # an item's words may take this many lines before they are shortened
HEADLINE = 1.35  # the headline's size, in text units
ZOOMS = (1.3, 1.15, 1.0)  # a short result's chart may draw this much larger
STACK_OVER = 3  # words needing more lines than this beside the bar go across the row


@dataclass(frozen=True)
class Segment:
    """One group's part of a bar: its colour, its name and its dots."""

    colour: str
    name: str
    dots: int


@dataclass
class Drawn:
    """A text as the last paint drew it, for tests: the whole text and what was drawn."""

    text: str
    fitted: Fitted
    rect: QRectF


@dataclass
class _Row:
    item: ItemResult
    label: Fitted
    split: Fitted | None
    height: float
    segments: tuple[Segment, ...] = field(default=())
    stacked: bool = False  # the words across the row, the bar below them
    inline: float = 0.0  # where the groups' counts start left of the bar (0: below it)


class BarChart(TallRows):
    """Ranked rows: rank, the item's words, a bar as long as its dots (split by group in
    the groups' colours), the count in figures, and the groups' counts in words."""

    page_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[ItemResult, ...] = ()
        self.segments: dict[int, tuple[Segment, ...]] = {}  # item id -> its groups' parts
        self.metrics: Metrics = DEFAULT_METRICS
        self.page = 0
        self.drawn: list[Drawn] = []
        self.zoom = 1.0
        self._rows: tuple[tuple[object, ...], list[_Row]] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.page = min(self.page, self.page_count - 1)
        self.page_changed.emit()
        self.update()

    def set_items(
        self, items: tuple[ItemResult, ...], segments: dict[int, tuple[Segment, ...]] | None = None
    ) -> None:
        self.items, self.page = items, 0
        self.segments = segments or {}
        self._rows = None
        self.page_changed.emit()
        self.update()

    # Sizes ----------------------------------------------------------------------------

    @property
    def split(self) -> bool:
        return bool(self.segments)

    def tied_text(self, item: ItemResult) -> str:
        if item.tied and item.dots:
            return self.tr("{dots} (tied)").format(dots=item.dots)
        return str(item.dots)

    def split_text(self, segments: tuple[Segment, ...]) -> str:
        return " · ".join(f"{s.name} {s.dots}" for s in segments if s.dots)

    def _columns(self) -> tuple[float, float, float, float]:
        """Rank, label and count widths, and where the bars start."""
        unit = self.metrics.unit * self.zoom
        ranks = [ordinal_rank(i.rank, i.tied) for i in self.items] or ["1"]
        rank_metrics = QFontMetricsF(font(unit * 1.3, bold=True))
        rank_width = max(rank_metrics.horizontalAdvance(r) for r in ranks) + unit * 0.8
        counts = [self.tied_text(i) for i in self.items] or ["0"]
        count_metrics = QFontMetricsF(font(unit * 1.1, bold=True))
        count_width = max(count_metrics.horizontalAdvance(c) for c in counts) + unit * 0.8
        label_width = self.width() * 0.4
        bar_left = rank_width + label_width + unit * 0.6
        return rank_width, label_width, count_width, bar_left

    @property
    def unit(self) -> float:
        """The text unit the chart draws in: the screen's, or up to a third larger
        when a short result has the room (a reveal of three items fills the screen)."""
        self.rows()
        return self.metrics.unit * self.zoom

    def rows(self) -> list[_Row]:
        key = (self.width(), self.height(), self.metrics.unit, id(self.items), len(self.items),
               self.split)  # fmt: skip
        if self._rows is not None and self._rows[0] == key:
            return self._rows[1]
        rows: list[_Row] = []
        for zoom in ZOOMS:
            self.zoom = zoom
            rows = self._rows_at(self.metrics.unit * zoom)
            if sum(r.height for r in rows) <= self.height() and not any(
                r.label.elided for r in rows
            ):
                break
        else:
            self.zoom = 1.0
            rows = self._rows_at(self.metrics.unit)
        self._rows = (key, rows)
        return rows

    def _rows_at(self, unit: float) -> list[_Row]:
        _, label_width, _, bar_left = self._columns()
        below_width = max(unit * 4, self.width() - bar_left - unit * 0.3)
        # A row never outgrows the chart: a long item's words shrink (to the floor) first.
        room = max(unit * 1.2, min(unit * 1.25 * LABEL_LINES, self.height() - unit * 0.7))
        out = []
        for item in self.items:
            words = one_line(item.label)
            bold = item.rank == 1
            segments = self.segments.get(item.item_id, ())
            split = None
            block = unit * 1.1  # the bar
            text = self.split_text(segments)
            if text:
                split = fit_text(
                    text, below_width, unit * 3, unit * 0.95, unit * SMALLEST, False, 3
                )
                block += unit * 0.15 + split.line_height * len(split.lines)
            label = fit_text(
                words, label_width, room, unit * 1.05, unit * SMALLEST, bold, LABEL_LINES
            )
            stacked = label.elided or len(label.lines) > STACK_OVER
            if stacked and text:  # the groups' counts beside the bar, if they fit there
                inline, inline_width = self._inline_room()
                natural = QFontMetricsF(font(unit * 0.95)).horizontalAdvance(text) + 2
                if natural <= inline_width:
                    split = fit_text(text, inline_width, unit * 1.4, unit * 0.95,
                                     unit * SMALLEST, False, 1)  # fmt: skip
                    block = max(unit * 1.1, split.line_height)
                else:
                    inline = 0.0
            else:
                inline = 0.0
            if stacked:  # long words take the row's whole width, the bar goes below
                wide = self.width() - self._columns()[0] - unit * 0.3
                label = fit_text(
                    words, wide, max(unit * 1.2, room - block - unit * 0.3), unit * 1.05,
                    unit * SMALLEST, bold, LABEL_LINES,
                )  # fmt: skip
                used = label.line_height * len(label.lines) + unit * 0.3 + block
            else:
                used = max(unit * 2.2 - unit * 0.7, label.line_height * len(label.lines), block)
            out.append(_Row(item, label, split, used + unit * 0.7, segments, stacked, inline))
        return out

    def _inline_room(self) -> tuple[float, float]:
        """Where the groups' counts may go on a stacked row's bar line: the room left of
        the bars, under the item's words (x, width)."""
        unit = self.metrics.unit * self.zoom
        rank_width, _, _, bar_left = self._columns()
        return rank_width, bar_left - rank_width - unit * 0.6

    def row_height(self) -> float:
        rows = self.rows()
        return max((r.height for r in rows), default=self.metrics.unit * 2.5)

    def row_count(self) -> int:
        return len(self.items)

    def row_heights(self) -> list[float]:
        return [row.height for row in self.rows()]

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rows = None
        super().resizeEvent(event)

    # Painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.drawn = []
        if not self.items:
            return
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        unit = self.unit
        rank_width, label_width, count_width, bar_left = self._columns()
        bar_room = max(unit, self.width() - bar_left - count_width)
        top = max((i.dots for i in self.items), default=0) or 1
        rows = self.rows()
        shown = self.shown()
        # A short list spreads out a little rather than huddling at the top.
        spare = self.height() - sum(rows[i].height for i in shown)
        extra = min(spare / max(1, len(shown)), unit) if self.page_count == 1 else 0.0
        y = 0.0
        for slot, index in enumerate(shown):
            row = replace(rows[index], height=rows[index].height + max(0.0, extra))
            item = row.item
            if slot % 2 == 0:
                painter.fillRect(QRectF(0, y, self.width(), row.height), PALE)
            rank = ordinal_rank(item.rank, item.tied)
            box = QRectF(unit * 0.3, y, rank_width - unit * 0.3, row.height)
            self._text(painter, rank, box, fit_text(rank, box.width(), row.height,
                       unit * 1.3, unit, True, 1), bold=True)  # fmt: skip
            block = unit * 1.1
            if row.split is not None and not row.inline:
                block += unit * 0.15 + row.split.line_height * len(row.split.lines)
            if row.stacked:
                words = row.label.line_height * len(row.label.lines)
                box = QRectF(rank_width, y + unit * 0.35, self.width() - rank_width, words)
                self._text(painter, one_line(item.label), box, row.label, bold=item.rank == 1)
                bar_top = y + unit * 0.35 + words + unit * 0.3
            else:
                box = QRectF(rank_width, y, label_width, row.height)
                self._text(painter, one_line(item.label), box, row.label, bold=item.rank == 1)
                bar_top = y + (row.height - block) / 2
            painter.setPen(QPen(LINE, 2))
            axis_top = bar_top - unit * 0.2 if row.stacked else y
            painter.drawLine(int(bar_left), int(axis_top), int(bar_left), int(y + row.height))
            length = bar_room * item.dots / top
            self._bar(painter, QRectF(bar_left, bar_top, length, unit * 1.1), item, row.segments)
            count = self.tied_text(item)
            box = QRectF(bar_left + length + unit * 0.3, bar_top - unit * 0.3,
                         count_width - unit * 0.3, unit * 1.7)  # fmt: skip
            self._text(painter, count, box, fit_text(count, box.width(), box.height(),
                       unit * 1.1, unit * SMALLEST, True, 1), bold=True)  # fmt: skip
            if row.split is not None and row.inline:
                box = QRectF(row.inline, bar_top + unit * 0.55 - row.split.line_height / 2,
                             self._inline_room()[1], row.split.line_height)  # fmt: skip
                text = self.split_text(row.segments)
                self._text(painter, text, box, row.split, colour=MUTED, vcenter=False)
            elif row.split is not None:
                box = QRectF(bar_left + unit * 0.3, bar_top + unit * 1.25,
                             self.width() - bar_left - unit * 0.3,
                             row.split.line_height * len(row.split.lines))  # fmt: skip
                text = self.split_text(row.segments)
                self._text(painter, text, box, row.split, colour=MUTED, vcenter=False)
            y += row.height
        painter.end()

    def _bar(
        self, painter: QPainter, bar: QRectF, item: ItemResult, segments: tuple[Segment, ...]
    ) -> None:
        if not item.dots:
            return
        parts = [s for s in segments if s.dots]
        if not parts:
            painter.setPen(QPen(INK, 2))
            painter.setBrush(ACCENT if item.rank == 1 else BAR)
            painter.drawRect(bar)
            return
        x = bar.left()
        painter.setPen(QPen(QColor("#FFFFFF"), 2))
        for part in parts:
            width = bar.width() * part.dots / item.dots
            painter.setBrush(QColor(part.colour))
            painter.drawRect(QRectF(x, bar.top(), width, bar.height()))
            x += width
        painter.setPen(QPen(INK, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)

    def _text(
        self,
        painter: QPainter,
        text: str,
        box: QRectF,
        fitted: Fitted,
        *,
        bold: bool = False,
        colour: QColor = INK,
        vcenter: bool = True,
    ) -> None:
        draw_fitted(painter, box, fitted, bold=bold, colour=colour, vcenter=vcenter)
        self.drawn.append(Drawn(text, fitted, box))


@dataclass(frozen=True)
class GroupLine:
    name: str
    colour: str | None
    turnout: str
    first: str


class GroupPanel(QWidget):
    """The key to the bars' colours: per group a colour square beside its name and its
    turnout (never colour alone), flowing over as many lines as the names need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[GroupLine] = []
        self.metrics: Metrics = DEFAULT_METRICS
        self.drawn: list[Drawn] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.updateGeometry()
        self.update()

    def set_lines(self, lines: list[GroupLine]) -> None:
        self.lines = lines
        self.setAccessibleDescription(" ".join(f"{g.name}: {g.turnout}. {g.first}" for g in lines))
        self.setVisible(bool(lines))
        self.updateGeometry()
        self.update()

    def entry(self, line: GroupLine) -> str:
        return self.tr("{group}: {turnout}").format(group=line.name, turnout=line.turnout)

    def _layout(self, width: float) -> list[tuple[QRectF, QRectF, Fitted, GroupLine]]:
        unit = self.metrics.unit
        px = unit * 0.95
        metrics = QFontMetricsF(font(px))
        line_height = metrics.lineSpacing()
        swatch = unit * 0.9
        gap = unit * 1.2
        x, y, tallest = 0.0, 0.0, line_height
        placed = []
        for line in self.lines:
            text = self.entry(line)
            room = width - swatch - unit * 0.4
            natural = metrics.horizontalAdvance(text) + 2
            if x > 0 and x + swatch + unit * 0.4 + natural > width:
                x, y, tallest = 0.0, y + tallest + unit * 0.2, line_height
            fitted = fit_text(text, room - x, line_height * 3, px, unit * SMALLEST, False, 3)
            used = max(metrics.horizontalAdvance(t) for t in fitted.lines) if fitted.lines else 0
            height = fitted.line_height * max(1, len(fitted.lines))
            box = QRectF(x, y + (line_height - swatch) / 2, swatch, swatch)
            text_box = QRectF(x + swatch + unit * 0.4, y, room - x, height)
            placed.append((box, text_box, fitted, line))
            tallest = max(tallest, height)
            x += swatch + unit * 0.4 + used + gap
        return placed

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        placed = self._layout(float(width))
        return round(max((t.bottom() for _, t, _, _ in placed), default=0.0)) + 2

    def sizeHint(self) -> QSize:
        return QSize(round(self.metrics.unit * 20), self.heightForWidth(max(1, self.width())))

    def paintEvent(self, event: QPaintEvent) -> None:
        self.drawn = []
        if not self.lines:
            return
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        for swatch, box, fitted, line in self._layout(float(self.width())):
            painter.setPen(QPen(INK, 2))
            painter.setBrush(QColor(line.colour or NO_GROUP_COLOUR))
            painter.drawRect(swatch)
            draw_fitted(painter, box, fitted, colour=INK)
            self.drawn.append(Drawn(self.entry(line), fitted, box))
        painter.end()


class ResultsView(ScreenView):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("results")
        self.round_id = 0
        self.results: RoundResults | None = None
        self.question = FitText(self, factor=1.1, min_factor=SMALLEST, colour=MUTED, max_lines=2)
        self.headline = FitText(self, factor=HEADLINE, min_factor=1.0, bold=True, max_lines=4)
        self.headline.setAccessibleDescription(self.tr("What the vote chose"))
        self.summary = FitText(self, factor=1.0, min_factor=SMALLEST, colour=MUTED, max_lines=2)
        self.groups = GroupPanel(self)
        self.groups.setAccessibleName(self.tr("The groups' colours and turnout"))
        self.why = FitText(self, factor=0.9, min_factor=SMALLEST, colour=MUTED, max_lines=3)
        self.chart = BarChart(self)
        self.chart.setAccessibleName(self.tr("Ranked results"))
        self.chart.page_changed.connect(self._update_pager)
        self.pager = FitText(self, factor=0.95, min_factor=SMALLEST, colour=MUTED, max_lines=1)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.question, 0)
        self.body.addWidget(self.headline, 0)
        self.body.addWidget(self.summary, 0)
        self.body.addWidget(self.groups, 0)
        self.body.addWidget(self.why, 0)
        self.body.addWidget(self.chart, 1)
        self.body.addWidget(self.pager, 0)
        controller.round_changed.connect(self._on_round_changed)
        controller.rounds_changed.connect(self.refresh)
        controller.groups_changed.connect(self.refresh)
        controller.ideas_changed.connect(self.refresh)
        controller.themes_changed.connect(self.refresh)
        controller.workshop_changed.connect(self.refresh)  # its language words the headline
        # A method, not a lambda: Qt drops the connection when the window is deleted
        # (on quitting, before the library closes and says no workshop is open).
        controller.workshop_opened.connect(self._on_workshop_opened)

    def apply_metrics(self) -> None:
        m = self.metrics
        self.body.setContentsMargins(m.px(1.5), m.px(0.8), m.px(1.5), m.px(0.8))
        self.body.setSpacing(m.px(0.35))
        for child in self.findChildren(FitText):
            child.set_metrics(m)
        self.chart.set_metrics(m)
        self.groups.set_metrics(m)
        if self.results is not None:
            self.fit()

    def _on_workshop_opened(self, _workshop_id: int) -> None:
        self.set_round(0)

    def set_round(self, round_id: int) -> None:
        self.round_id = round_id
        self._stale = True
        self.refresh()

    def _on_round_changed(self, round_id: int) -> None:
        if round_id == self.round_id:
            self.refresh()

    def clear(self) -> None:
        self.results = None
        for child in self.findChildren(FitText):
            child.setText("")
        self.chart.set_items(())
        self.groups.set_lines([])
        self.why.hide()
        self.question.show()
        self.question.setText(self.tr("Results will appear here when voting has closed"))

    def load(self) -> None:
        if not self.workshop_id or not self.round_id:
            self.clear()
            return
        db = self.controller.db
        round_ = voting.get_round(db, self.round_id)
        if round_.status != "closed" or round_.workshop_id != self.workshop_id:
            self.clear()  # never results of a round still open
            return
        results = voting.round_results(db, self.round_id)
        self.results = results
        groups = people.list_groups(db, self.workshop_id)
        names: dict[int | None, str] = {g.id: g.name for g in groups}
        colours = {g.id: g.colour for g in groups}
        language = workshops.get_workshop(db, self.workshop_id).language
        self.question.setText(round_.question)
        self.headline.setText(headline(results, names, language))
        self.summary.setText(self._summary(results))
        tally = round_.method == "tally"
        self.why.setText("" if tally else combined_note(results, language))
        self.why.setVisible(bool(self.why.text()))
        lines = [] if tally else self._group_lines(results, names, colours)
        self.groups.set_lines(lines)
        segments: dict[int, tuple[Segment, ...]] = {}
        shown = [b.group_id for b in results.breakdown if b.voted]
        if not tally and len(shown) > 1:
            for item in results.items:
                segments[item.item_id] = tuple(
                    Segment(
                        self._colour(gid, colours),
                        self._group_name(results, gid, names),
                        item.by_group.get(gid, 0),
                    )
                    for gid in shown
                )
        self.chart.set_items(results.items, segments)
        self.setAccessibleDescription(round_.question)
        self.fit()
        self._update_pager()

    def fit(self) -> None:
        """Make room for the chart when an item's words would not fit it whole (large
        text on a small screen): first without the question (the voting view and the
        minutes carry it), then with a smaller headline, then without the colours' key
        (each bar names its groups in words below it). Only as far as it helps: an idea
        longer than any screen does not take the others' header away."""
        small = self.headline.min_factor
        states = (
            (True, HEADLINE, True),
            (False, HEADLINE, True),
            (False, small, True),
            (False, small, False),
        )
        best: tuple[int, int] | None = None  # (items cut, state)
        for n, state in enumerate(states):
            cut = self._try(*state)
            if best is None or cut < best[0]:
                best = (cut, n)
            if not cut:
                break
        assert best is not None
        if best[1] != n:
            self._try(*states[best[1]])

    def _try(self, question: bool, headline_factor: float, key: bool) -> int:
        """Lay the view out so; how many items' words are then cut."""
        self.question.setVisible(question and bool(self.question.text()))
        self.groups.setVisible(key and bool(self.groups.lines))
        self.why.setVisible(key and bool(self.why.text()))
        self.headline.factor = headline_factor
        self.headline.updateGeometry()
        self.body.activate()
        if not self.results:
            return 0
        return sum(1 for r in self.chart.rows() if r.label.elided)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.results is not None:
            self.fit()

    @staticmethod
    def _colour(group_id: int | None, colours: Mapping[int, str | None]) -> str:
        return (colours.get(group_id) if group_id is not None else None) or NO_GROUP_COLOUR

    def _group_name(
        self, results: RoundResults, group_id: int | None, names: dict[int | None, str]
    ) -> str:
        if group_id is not None:
            return names.get(group_id, "")
        if results.groups_combined:
            return self.tr("Smaller groups combined")
        return self.tr("No group")

    def _group_lines(
        self,
        results: RoundResults,
        names: dict[int | None, str],
        colours: Mapping[int, str | None],
    ) -> list[GroupLine]:
        labels = {i.item_id: i.label for i in results.items}
        lines = []
        # The groups shown apart (a secret round's smaller groups counted together), then
        # any group of which nobody voted.
        shown = {b.group_id for b in results.breakdown}
        buckets = [*results.breakdown]
        buckets += [t for t in results.turnout_by_group if not t.voted and t.group_id not in shown]
        for bucket in buckets:
            first = results.group_top.get(bucket.group_id, ())
            if first:
                picks = self.tr(" or ").join(quoted(labels[i], 60) for i in first)
                first_text = self.tr("Put first: {items}").format(items=picks)
            elif bucket.voted:
                first_text = self.tr("Placed no dots")
            else:
                first_text = self.tr("Did not vote")
            turnout = self.tr("{voted} of {electors} voted").format(
                voted=bucket.voted, electors=bucket.electors
            )
            name = self._group_name(results, bucket.group_id, names)
            if bucket.group_id is None and results.groups_combined:
                together = ", ".join(names.get(g, "") for g in results.combined_groups)
                turnout = self.tr("{turnout} ({groups})").format(turnout=turnout, groups=together)
            colour = self._colour(bucket.group_id, colours)
            lines.append(GroupLine(name, colour, turnout, first_text))
        return lines

    def _summary(self, results: RoundResults) -> str:
        if results.round.method == "tally":
            text = self.tr("Counted from sticker dots · {dots} · no breakdown by group").format(
                dots=dots_count(results.total_dots)
            )
        else:
            text = self.tr("{ballots} of {electors} people voted ({percent}%) · {dots}").format(
                ballots=results.ballots,
                electors=results.electors,
                percent=round(results.turnout * 100),
                dots=dots_count(results.total_dots),
            )
        if results.round.runoff_of_id is not None:
            text = self.tr("Run-off between the {n} items tied at the top · {rest}").format(
                n=len(results.items), rest=text
            )
        return text

    def _update_pager(self) -> None:
        self.pager.setText(self.chart.pager_text())
        self.pager.setVisible(bool(self.pager.text()))

    def page_by(self, delta: int) -> bool:
        return self.chart.set_page(self.chart.page + delta)

    def drawn_texts(self) -> list[Drawn]:
        """Every text the last paint drew (the labels' and the chart's), for tests."""
        out = [
            Drawn(label.text(), label.fitted(), QRectF(label.geometry()))
            for label in self.findChildren(FitText)
            if label.isVisible() and label.text()
        ]
        return [*out, *self.groups.drawn, *self.chart.drawn]
