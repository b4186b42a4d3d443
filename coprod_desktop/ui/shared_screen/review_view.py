"""'You said, we did' mode, for a follow-up workshop: each action of the earlier workshop
beside what the room said that it answers (the ideas and themes it is linked to), what
was done (its notes), and where it stands now, in words and a symbol (never colour alone).

An action carried into this workshop shows its carried copy, so the room sees the status
the facilitator sets as they go through it; one done or dropped before the follow-up was
made shows how it ended. Owners are not named: this screen faces the whole room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ...services import actions, board, workshops
from ...services.records import ActionRecord
from ...text import one_line
from ..controller import Controller
from .actions_view import status_label
from .base import ScreenView, TallRows
from .style import (
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
)

SMALLEST = 0.87  # no text under 28 px at 1080p at 100 %
# A symbol beside each status's word, so the state reads without colour.
STATUS_SYMBOLS = {
    "proposed": "?",
    "agreed": "○",
    "in_progress": "◐",
    "done": "✓",
    "dropped": "✗",
}


@dataclass(frozen=True)
class ReviewRow:
    said: str  # the ideas' and themes' words, quoted
    did: str  # the action
    notes: str  # what was done, in the facilitator's words
    status: str  # the status's key
    status_text: str  # its symbol and word


@dataclass(frozen=True)
class _Laid:
    said: Fitted
    title: Fitted
    notes: Fitted | None
    status: Fitted
    height: float


class ReviewList(TallRows):
    """Rows of "you said" | "we did" | "now", each as tall as its words need, paged to
    fit."""

    page_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.metrics: Metrics = DEFAULT_METRICS
        self.page = 0
        self._laid: tuple[tuple[object, ...], list[_Laid]] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.page = min(self.page, self.page_count - 1)
        self.update()

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.rows = rows
        self._laid = None
        self.page = min(self.page, self.page_count - 1)
        self.page_changed.emit()
        self.update()

    def columns(self) -> tuple[float, float, float]:
        """Widths of "you said", "we did" and "now"."""
        status = self.metrics.unit * 10
        said = (self.width() - status) * 0.44
        return said, self.width() - status - said, status

    def laid_out(self) -> list[_Laid]:
        unit = self.metrics.unit
        key = (self.width(), self.height(), unit, id(self.rows), len(self.rows))
        if self._laid is not None and self._laid[0] == key:
            return self._laid[1]
        said_width, did_width, status_width = self.columns()
        pad = unit * 0.4
        room = max(unit * 2, self.height() - 2 * pad)  # a row never outgrows the list
        out = []
        for row in self.rows:
            said = fit_text(row.said, said_width - 2 * pad, room, unit, unit * SMALLEST)
            title = fit_text(row.did, did_width - 2 * pad, unit * 2.6, unit * 1.05,
                             unit * SMALLEST, True, 2)  # fmt: skip
            notes = (
                fit_text(row.notes, did_width - 2 * pad, room / 2, unit * 0.95, unit * SMALLEST)
                if row.notes
                else None
            )
            status = fit_text(row.status_text, status_width - 3 * pad, unit * 2.6, unit * 1.05,
                              unit * SMALLEST, True, 2)  # fmt: skip
            did = title.line_height * len(title.lines)
            did += notes.line_height * len(notes.lines) if notes else 0
            tag = status.line_height * len(status.lines) + unit * 0.6
            height = max(unit * 2.6, said.line_height * len(said.lines), did, tag) + 2 * pad
            out.append(_Laid(said, title, notes, status, height))
        self._laid = (key, out)
        return out

    def row_height(self) -> float:
        return max((r.height for r in self.laid_out()), default=self.metrics.unit * 3)

    def row_count(self) -> int:
        return len(self.rows)

    def row_heights(self) -> list[float]:
        return [row.height for row in self.laid_out()]

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._laid = None
        super().resizeEvent(event)

    def elided(self) -> list[str]:
        """The texts of the page shown that had to be shortened (for tests)."""
        out = []
        laid = self.laid_out()
        for index in self.shown():
            row, fitted = self.rows[index], laid[index]
            pairs = (
                (row.said, fitted.said),
                (row.did, fitted.title),
                (row.notes, fitted.notes),
                (row.status_text, fitted.status),
            )
            out += [text for text, f in pairs if f is not None and f.elided]
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        unit = self.metrics.unit
        said_width, did_width, status_width = self.columns()
        pad = unit * 0.4
        laid = self.laid_out()
        y = 0.0
        for slot, index in enumerate(self.shown()):
            item, row = self.rows[index], laid[index]
            height = row.height
            if slot % 2 == 0:
                painter.fillRect(QRectF(0, y, self.width(), height), PALE)
            box = QRectF(pad, y + pad, said_width - 2 * pad, height - 2 * pad)
            draw_fitted(painter, box, row.said, vcenter=True)
            left, width = said_width + pad, did_width - 2 * pad
            used = row.title.line_height * len(row.title.lines)
            used += row.notes.line_height * len(row.notes.lines) if row.notes else 0
            top = y + max(pad, (height - used) / 2)
            draw_fitted(painter, QRectF(left, top, width, used), row.title, bold=True)
            if row.notes is not None:
                top += row.title.line_height * len(row.title.lines)
                draw_fitted(painter, QRectF(left, top, width, used), row.notes, colour=MUTED)
            tag_height = row.status.line_height * len(row.status.lines) + unit * 0.6
            tag = QRectF(self.width() - status_width + pad, y + (height - tag_height) / 2,
                         status_width - 2 * pad, tag_height)  # fmt: skip
            painter.setPen(QPen(INK, 3 if item.status == "done" else 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tag, unit * 0.3, unit * 0.3)
            draw_fitted(painter, tag, row.status, bold=True, align=Qt.AlignmentFlag.AlignHCenter,
                        vcenter=True)  # fmt: skip
            painter.setPen(QPen(LINE, 1))
            painter.drawLine(0, int(y + height), self.width(), int(y + height))
            y += height
        painter.end()


class ReviewView(ScreenView):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("review")
        self.title = FitText(self, factor=1.8, bold=True, max_lines=1)
        self.since = FitText(self, factor=1.0, min_factor=0.87, colour=MUTED, max_lines=2)
        self.heads = [
            FitText(self, factor=1.0, min_factor=0.87, bold=True, colour=MUTED, max_lines=1)
            for _ in range(3)
        ]
        self.header = QHBoxLayout()
        self.list = ReviewList(self)
        self.list.setAccessibleName(self.tr("You said, we did"))
        self.list.page_changed.connect(self._update_pager)
        self.pager = FitText(self, factor=0.95, min_factor=0.87, colour=MUTED, max_lines=1)
        self.empty = FitText(self, factor=1.3, colour=MUTED, max_lines=4)
        for head in self.heads:
            self.header.addWidget(head)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title, 0)
        self.body.addWidget(self.since, 0)
        self.body.addWidget(self.empty, 0)
        self.body.addLayout(self.header, 0)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.pager, 0)
        for signal in (
            controller.actions_changed,
            controller.workshop_changed,
            controller.ideas_changed,
            controller.themes_changed,
            controller.board_reset,
        ):
            signal.connect(self.refresh)
        controller.workshop_opened.connect(self.refresh)

    def apply_metrics(self) -> None:
        m = self.metrics
        self.body.setContentsMargins(m.px(1.5), m.px(1), m.px(1.5), m.px(1))
        self.body.setSpacing(m.px(0.4))
        for child in self.findChildren(FitText):
            child.set_metrics(m)
        self.list.set_metrics(m)
        self._size_header()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_header()

    def _size_header(self) -> None:
        said, did, status = self.list.columns()
        for n, width in enumerate((said, did, status)):
            self.header.setStretch(n, max(1, round(width)))

    def clear(self) -> None:
        self.title.setText(self.tr("You said, we did"))
        self.since.setText("")
        self.empty.setText(self.tr("No workshop is open"))
        self.empty.show()
        self.list.set_rows([])
        self._show_list(False)

    def _show_list(self, on: bool) -> None:
        for head in self.heads:
            head.setVisible(on)
        self.list.setVisible(on)
        self.pager.setVisible(on and bool(self.pager.text()))

    def load(self) -> None:
        if not self.workshop_id:
            self.clear()
            return
        db = self.controller.db
        workshop = workshops.get_workshop(db, self.workshop_id)
        self.title.setText(self.tr("You said, we did"))
        earlier = (
            workshops.get_workshop(db, workshop.follow_up_of_id)
            if workshop.follow_up_of_id
            else None
        )
        if earlier is None:
            self.since.setText("")
            self.empty.setText(
                self.tr(
                    "This workshop does not follow up an earlier one. A follow-up (Library → "
                    "New follow-up) shows here what each earlier action answered and where "
                    "it stands."
                )
            )
            self.empty.show()
            self.list.set_rows([])
            self._show_list(False)
            return
        when = earlier.date.strftime("%d/%m/%Y") if earlier.date else ""
        self.since.setText(
            self.tr("Since “{title}” on {date}").format(title=one_line(earlier.title), date=when)
            if when
            else self.tr("Since “{title}”").format(title=one_line(earlier.title))
        )
        rows = self.review_rows(earlier.id)
        self.empty.setText("" if rows else self.tr("The earlier workshop agreed no actions."))
        self.empty.setVisible(not rows)
        for head, text in zip(
            self.heads, (self.tr("You said"), self.tr("We did"), self.tr("Now")), strict=True
        ):
            head.setText(text)
        self.list.set_rows(rows)
        self._update_pager()
        self._show_list(bool(rows))

    def review_rows(self, earlier_id: int) -> list[ReviewRow]:
        db = self.controller.db
        before = actions.list_actions(db, earlier_id)
        now = {
            a.carried_from_id: a
            for a in actions.list_actions(db, self.workshop_id)
            if a.carried_from_id is not None
        }
        words = self._words(self.workshop_id)
        earlier_words = self._words(earlier_id)
        rows = []
        for old in before:
            current = now.get(old.id)
            shown = current or old
            said = self._said(current, words) if current else ""
            said = said or self._said(old, earlier_words)
            notes = one_line(shown.notes)
            rows.append(
                ReviewRow(
                    said=said or self.tr("(not linked to an idea)"),
                    did=one_line(shown.title),
                    notes=notes,
                    status=shown.status,
                    status_text=self.status_text(shown.status),
                )
            )
        return rows

    def _words(self, workshop_id: int) -> tuple[dict[int, str], dict[int, str]]:
        db = self.controller.db
        ideas = {i.id: i.text for i in board.list_ideas(db, workshop_id)}
        themes = {t.id: t.name for t in board.list_themes(db, workshop_id)}
        return ideas, themes

    def _said(self, action: ActionRecord, words: tuple[dict[int, str], dict[int, str]]) -> str:
        ideas, themes = words
        said = [f"“{one_line(ideas[i])}”" for i in action.idea_ids if i in ideas]
        said += [
            self.tr("the theme “{name}”").format(name=one_line(themes[t]))
            for t in action.theme_ids
            if t in themes
        ]
        return "; ".join(said)

    def status_text(self, status: str) -> str:
        return f"{STATUS_SYMBOLS.get(status, '')} {status_label(status)}".strip()

    def _update_pager(self) -> None:
        self.pager.setText(self.list.pager_text())
        self.pager.setVisible(self.list.isVisible() and bool(self.pager.text()))

    def page_by(self, delta: int) -> bool:
        return self.list.set_page(self.list.page + delta)
