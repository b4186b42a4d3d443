"""Actions mode: what the room has agreed, who does it and by when, following edits live.

The actions page shows this with ``SharedScreen.show_actions()``; it redraws whenever
the controller says the actions changed. In a follow-up, the actions carried over from
the earlier workshop are not "what we agreed": they are in "You said, we did"
(``review_view.py``), and this lists only what this workshop agreed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ...services import actions, people, workshops
from ...services.records import ActionRecord
from ...text import one_line
from ..controller import Controller
from .base import PagedRows, ScreenView
from .style import (
    DEFAULT_METRICS,
    INK,
    LINE,
    MUTED,
    PALE,
    FitText,
    Metrics,
    draw_fitted,
    fit_text,
)


def status_label(status: str) -> str:
    labels = {
        "proposed": QCoreApplication.translate("ActionsView", "Proposed"),
        "agreed": QCoreApplication.translate("ActionsView", "Agreed"),
        "in_progress": QCoreApplication.translate("ActionsView", "In progress"),
        "done": QCoreApplication.translate("ActionsView", "Done"),
        "dropped": QCoreApplication.translate("ActionsView", "Dropped"),
    }
    return labels.get(status, status)


class ActionList(PagedRows):
    """Rows of action, owner and due date, paged to fit."""

    page_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str]] = []  # title, status, owner, due
        self.metrics: Metrics = DEFAULT_METRICS
        self.page = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.page = min(self.page, self.page_count - 1)
        self.update()

    def set_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.rows = rows
        self.page = min(self.page, self.page_count - 1)
        self.page_changed.emit()
        self.update()

    def row_height(self) -> float:
        return self.metrics.unit * 3.1

    def row_count(self) -> int:
        return len(self.rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        unit, row = self.metrics.unit, self.row_height()
        status_width = unit * 6.5
        side_width = self.width() * 0.3
        for slot, index in enumerate(self.shown()):
            title, status, owner, due = self.rows[index]
            y = slot * row
            if slot % 2 == 0:
                painter.fillRect(QRectF(0, y, self.width(), row), PALE)
            tag = QRectF(unit * 0.3, y + row * 0.25, status_width - unit * 0.6, row * 0.5)
            painter.setPen(QPen(INK, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tag, unit * 0.3, unit * 0.3)
            draw_fitted(
                painter,
                tag,
                fit_text(status, tag.width() - 8, tag.height(), unit * 0.9, unit * 0.6, True, 1),
                bold=True,
                align=Qt.AlignmentFlag.AlignHCenter,
                vcenter=True,
            )
            box = QRectF(
                status_width + unit * 0.3,
                y + unit * 0.2,
                self.width() - status_width - side_width - unit,
                row - unit * 0.4,
            )
            draw_fitted(
                painter,
                box,
                fit_text(title, box.width(), box.height(), unit * 1.1, unit * 0.8, True, 2),
                bold=True,
                vcenter=True,
            )
            side = QRectF(
                self.width() - side_width, y + unit * 0.2, side_width - unit * 0.3, row - unit * 0.4
            )
            half = side.height() / 2
            for k, (text, colour) in enumerate(((owner, INK), (due, MUTED))):
                line = QRectF(side.left(), side.top() + k * half, side.width(), half)
                fitted = fit_text(text, line.width(), line.height(), unit, unit * 0.7, False, 1)
                draw_fitted(painter, line, fitted, colour=colour, vcenter=True)
            painter.setPen(QPen(LINE, 1))
            painter.drawLine(0, int(y + row), self.width(), int(y + row))
        painter.end()


class ActionsView(ScreenView):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("actions")
        self.records: list[ActionRecord] = []
        self.title = FitText(self, factor=1.8, bold=True, max_lines=1)
        self.list = ActionList(self)
        self.list.setAccessibleName(self.tr("Agreed actions"))
        self.list.page_changed.connect(self._update_pager)
        self.pager = FitText(self, factor=0.95, colour=MUTED, max_lines=1)
        self.empty = FitText(self, factor=1.4, colour=MUTED, max_lines=3)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title, 0)
        self.body.addWidget(self.empty, 0)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.pager, 0)
        for signal in (controller.actions_changed, controller.participants_changed):
            signal.connect(self.refresh)
        controller.workshop_opened.connect(self.refresh)

    def apply_metrics(self) -> None:
        m = self.metrics
        self.body.setContentsMargins(m.px(1.5), m.px(1), m.px(1.5), m.px(1))
        self.body.setSpacing(m.px(0.5))
        for child in self.findChildren(FitText):
            child.set_metrics(m)
        self.list.set_metrics(m)

    def clear(self) -> None:
        self.records = []
        self.title.setText(self.tr("Actions"))
        self.empty.setText(self.tr("No workshop is open"))
        self.list.set_rows([])

    def load(self) -> None:
        if not self.workshop_id:
            self.clear()
            return
        db = self.controller.db
        self.records = actions.list_actions(db, self.workshop_id)
        follow_up = workshops.get_workshop(db, self.workshop_id).follow_up_of_id is not None
        carried = [a for a in self.records if a.carried_from_id is not None]
        if follow_up:
            self.records = [a for a in self.records if a.carried_from_id is None]
        names = {p.id: p.name for p in people.list_participants(db, self.workshop_id)}
        rows = []
        for action in self.records:
            owner = (
                names.get(action.owner_id or 0) or action.owner_name or self.tr("Owner to agree")
            )
            due = (
                self.tr("By {date}").format(date=action.due.strftime("%d/%m/%Y"))
                if action.due
                else self.tr("No date yet")
            )
            rows.append((one_line(action.title), status_label(action.status), owner, due))
        self.title.setText(self.tr("What we agreed"))
        empty = self.tr("No actions yet.")
        if follow_up and carried:
            empty = self.tr(
                "No new actions yet. The earlier workshop's actions are in “You said, we did”."
            )
        self.empty.setText("" if rows else empty)
        self.empty.setVisible(not rows)
        self.list.set_rows(rows)
        self._update_pager()

    def _update_pager(self) -> None:
        self.pager.setText(self.list.pager_text())

    def page_by(self, delta: int) -> bool:
        return self.list.set_page(self.list.page + delta)

    def shown_titles(self) -> list[str]:
        return [self.list.rows[i][0] for i in self.list.shown()]
