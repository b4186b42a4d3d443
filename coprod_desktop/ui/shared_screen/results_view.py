"""Results mode: a closed round's ranked bar chart, ties shown as ties, and how each
group voted, revealed when the facilitator says so.

Ranks are numbers with "=" for a tie and the word "tie" by the count, so nothing
depends on colour. With more items than fit, the chart pages (the facilitator turns the
pages); the page says which items it shows, so nothing is silently left off.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ...services import people, voting, workshops
from ...services.records import ItemResult, RoundResults
from ...services.wording import group_sentence
from ..controller import Controller
from ..i18n import dots_count
from .base import PagedRows, ScreenView
from .style import (
    ACCENT,
    BAR,
    DEFAULT_METRICS,
    INK,
    LINE,
    MUTED,
    PALE,
    FitText,
    Metrics,
    draw_fitted,
    fit_text,
    font,
    one_line,
    ordinal_rank,
)


def quoted(label: str, limit: int) -> str:
    """“A label”, shortened with "…" if it is long."""
    label = one_line(label)
    if len(label) > limit:
        label = label[: limit - 1].rstrip() + "…"
    return f"“{label}”"


class BarChart(PagedRows):
    """Ranked rows: rank, label, a bar as long as the dots, and the count in figures."""

    page_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[ItemResult, ...] = ()
        self.metrics: Metrics = DEFAULT_METRICS
        self.page = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.page = min(self.page, self.page_count - 1)
        self.update()

    def set_items(self, items: tuple[ItemResult, ...]) -> None:
        self.items, self.page = items, 0
        self.page_changed.emit()
        self.update()

    def row_height(self) -> float:
        """2.5 text units; with only a few items the rows grow (up to 1.5 times) to use
        the screen, text and bars with them."""
        base = self.metrics.unit * 2.5
        if not self.items or self.height() <= 0:
            return base
        return max(base, min(base * 1.5, self.height() / len(self.items)))

    def row_count(self) -> int:
        return len(self.items)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.items:
            return
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        row = self.row_height()
        unit = self.metrics.unit * row / (self.metrics.unit * 2.5)
        top = max((i.dots for i in self.items), default=0) or 1
        widest = max((ordinal_rank(i.rank, i.tied) for i in self.items), key=len)
        rank_font = QFontMetricsF(font(unit * 1.4, bold=True))
        rank_width = rank_font.horizontalAdvance(widest) + unit * 0.8
        label_width = self.width() * 0.42
        count_width = unit * 5.5
        bar_left = rank_width + label_width + unit * 0.6
        bar_room = max(unit, self.width() - bar_left - count_width)
        tie = self.tr("tie")
        label_height = row - unit * 0.1
        for slot, index in enumerate(self.shown()):
            item = self.items[index]
            y = slot * row
            if slot % 2 == 0:
                painter.fillRect(QRectF(0, y, self.width(), row), PALE)
            box = QRectF(0, y, rank_width, row)
            rank = ordinal_rank(item.rank, item.tied)
            draw_fitted(
                painter,
                box.adjusted(unit * 0.3, 0, 0, 0),
                fit_text(rank, box.width() - unit * 0.3, row, unit * 1.4, unit, True, 1),
                bold=True,
                vcenter=True,
            )
            box = QRectF(rank_width, y + unit * 0.05, label_width, label_height)
            fitted = fit_text(
                one_line(item.label), box.width(), box.height(), unit * 1.05, unit * 0.92,
                item.rank == 1, 2,
            )  # fmt: skip
            draw_fitted(painter, box, fitted, bold=item.rank == 1, vcenter=True)
            length = bar_room * item.dots / top
            bar = QRectF(bar_left, y + row * 0.2, length, row * 0.6)
            if item.dots:
                painter.setPen(QPen(INK, 2))
                painter.setBrush(ACCENT if item.rank == 1 else BAR)
                painter.drawRect(bar)
            count = str(item.dots) + (f"  ({tie})" if item.tied and item.dots else "")
            box = QRectF(bar_left + length + unit * 0.4, y, count_width, row)
            draw_fitted(
                painter,
                box,
                fit_text(count, box.width(), row, unit * 1.3, unit * 0.8, True, 1),
                bold=True,
                vcenter=True,
            )
        painter.setPen(QPen(LINE, 2))
        painter.drawLine(int(bar_left), 0, int(bar_left), int(len(self.shown()) * row))
        painter.end()


@dataclass(frozen=True)
class GroupLine:
    name: str
    colour: str | None
    turnout: str
    first: str


class GroupPanel(QWidget):
    """Per group: a colour square and the name (never colour alone), turnout, first choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[GroupLine] = []
        self.metrics: Metrics = DEFAULT_METRICS
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.update()

    def set_lines(self, lines: list[GroupLine]) -> None:
        self.lines = lines
        self.setAccessibleDescription(" ".join(f"{g.name}: {g.turnout}. {g.first}" for g in lines))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.lines:
            return
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        # Each group: name, turnout, and its first choice on up to two lines; all shrink
        # together until every group fits.
        line_height = 1.25
        factor = 1.0
        while factor > 0.55:
            unit = self.metrics.unit * factor
            if (unit * line_height * 4 + unit * 0.5) * len(self.lines) <= self.height():
                break
            factor -= 0.05
        unit = self.metrics.unit * factor
        step = unit * line_height
        block = max(step * 4, min(self.height() / max(1, len(self.lines)), step * 5))
        for n, line in enumerate(self.lines):
            y = n * block
            swatch = QRectF(0, y + unit * 0.2, unit * 0.9, unit * 0.9)
            painter.setPen(QPen(INK, 2))
            painter.setBrush(QColor(line.colour) if line.colour else Qt.BrushStyle.NoBrush)
            painter.drawRect(swatch)
            left = unit * 1.3
            width = self.width() - left
            rows = (
                (line.name, True, INK, 1),
                (line.turnout, False, MUTED, 1),
                (line.first, False, INK, 2),
            )
            top = y
            for text, bold, colour, lines in rows:
                box = QRectF(left, top, width, step * lines)
                fitted = fit_text(
                    one_line(text), width, box.height(), unit, unit * 0.75, bold, lines
                )
                draw_fitted(painter, box, fitted, bold=bold, colour=colour)
                top += step * lines
        painter.end()


class ResultsView(ScreenView):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("results")
        self.round_id = 0
        self.results: RoundResults | None = None
        self.question = FitText(self, factor=1.6, min_factor=1.0, bold=True, max_lines=2)
        self.summary = FitText(self, factor=1.05, colour=MUTED, max_lines=1)
        self.banner = FitText(self, factor=1.15, bold=True, max_lines=2)
        self.chart = BarChart(self)
        self.chart.setAccessibleName(self.tr("Ranked results"))
        self.chart.page_changed.connect(self._update_pager)
        self.pager = FitText(self, factor=0.95, colour=MUTED, max_lines=1)
        self.groups_title = FitText(self, factor=1.15, bold=True, max_lines=1)
        self.sentence = FitText(self, factor=1.05, min_factor=0.75, max_lines=7)
        self.why = FitText(self, factor=0.95, min_factor=0.7, colour=MUTED, max_lines=3)
        self.groups = GroupPanel(self)
        self.groups.setAccessibleName(self.tr("How each group voted"))
        left = QVBoxLayout()
        left.addWidget(self.chart, 1)
        left.addWidget(self.pager, 0)
        self.right_panel = QWidget(self)
        self.right = QVBoxLayout(self.right_panel)
        self.right.setContentsMargins(0, 0, 0, 0)
        self.right.addWidget(self.groups_title, 0)
        self.right.addWidget(self.sentence, 0)
        self.right.addWidget(self.why, 0)
        self.right.addSpacing(12)
        self.right.addWidget(self.groups, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 62)
        middle.addWidget(self.right_panel, 38)
        self.middle = middle
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.question, 0)
        self.body.addWidget(self.summary, 0)
        self.body.addWidget(self.banner, 0)
        self.body.addLayout(middle, 1)
        controller.round_changed.connect(self._on_round_changed)
        controller.rounds_changed.connect(self.refresh)
        controller.groups_changed.connect(self.refresh)
        controller.ideas_changed.connect(self.refresh)
        controller.themes_changed.connect(self.refresh)
        # A method, not a lambda: Qt drops the connection when the window is deleted
        # (on quitting, before the library closes and says no workshop is open).
        controller.workshop_opened.connect(self._on_workshop_opened)

    def apply_metrics(self) -> None:
        m = self.metrics
        self.body.setContentsMargins(m.px(1.5), m.px(1), m.px(1.5), m.px(1))
        self.body.setSpacing(m.px(0.4))
        self.middle.setSpacing(m.px(1.5))
        for child in self.findChildren(FitText):
            child.set_metrics(m)
        self.chart.set_metrics(m)
        self.groups.set_metrics(m)

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
        language = workshops.get_workshop(db, self.workshop_id).language
        self.question.setText(round_.question)
        self.summary.setText(self._summary(results))
        self.banner.setText(self._banner(results))
        self.banner.setVisible(bool(self.banner.text()))
        self.chart.set_items(results.items)
        self._update_pager()
        tally = round_.method == "tally"
        self.right_panel.setVisible(not tally)  # a tally's chart gets the whole width
        if tally:
            self.sentence.setText(
                self.tr("Sticker dots carry no names or groups, so there is no breakdown by group.")
            )
            self.why.setText("")
            self.groups.set_lines([])
            return
        self.groups_title.setText(self.tr("How each group voted"))
        self.sentence.setText(group_sentence(results, names, language))
        self.why.setText(
            self.tr(
                "Groups with fewer than 3 voters are counted together, so nobody's vote can "
                "be picked out."
            )
            if results.groups_combined
            else ""
        )
        colours = {g.id: g.colour for g in groups}
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
            if bucket.group_id is not None:
                name = bucket.name
            elif results.groups_combined:
                name = self.tr("Smaller groups combined")
                together = ", ".join(names.get(g, "") for g in results.combined_groups)
                turnout = self.tr("{turnout} ({groups})").format(turnout=turnout, groups=together)
            else:
                name = self.tr("No group")
            lines.append(GroupLine(name, colours.get(bucket.group_id), turnout, first_text))
        self.groups.set_lines(lines)

    def _summary(self, results: RoundResults) -> str:
        if results.round.method == "tally":
            return self.tr("Counted from sticker dots · {dots} · no breakdown by group").format(
                dots=dots_count(results.total_dots)
            )
        return self.tr("{ballots} of {electors} people voted ({percent}%) · {dots}").format(
            ballots=results.ballots,
            electors=results.electors,
            percent=round(results.turnout * 100),
            dots=dots_count(results.total_dots),
        )

    def _banner(self, results: RoundResults) -> str:
        if not results.top_tied:
            return ""
        tied = [i for i in results.items if i.rank == 1]
        if len(tied) > 3:
            return self.tr("= Tie for first place: {n} items have {dots} each.").format(
                n=len(tied), dots=dots_count(tied[0].dots)
            )
        names = self.tr(" and ").join(quoted(i.label, 50) for i in tied)
        return self.tr("= Tie for first place: {items}, {dots} each.").format(
            items=names, dots=dots_count(tied[0].dots)
        )

    def _update_pager(self) -> None:
        self.pager.setText(self.chart.pager_text())

    def page_by(self, delta: int) -> bool:
        return self.chart.set_page(self.chart.page + delta)
