"""The running stage's timer, small in the shared screen's top corner, for every mode but
the stage (which shows it large) and the blank pause (which stays blank).

It sits in a strip of its own above the mode, so it never covers what the mode shows,
and takes no room at all while no stage is running. Over time it says so in words and a
"+" as well as in colour.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...services import agenda
from ...services.errors import DomainError
from ...services.records import StageRecord
from ..controller import Controller
from .stage_view import clock, running_stage
from .style import INK, WARNING, FitText, Metrics


def timer_words(stage: StageRecord | None, now: datetime | None = None) -> tuple[str, bool]:
    """What the corner says ("12:05 left", "+1:10 over time", "3:20 so far", or "" with
    no stage running) and whether the stage is over its time."""
    if stage is None or stage.started_at is None:
        return "", False
    elapsed = int(((now or datetime.now(UTC)) - stage.started_at).total_seconds())
    if stage.planned_minutes is None:
        return QCoreApplication.translate("CornerTimer", "{time} so far").format(
            time=clock(elapsed)
        ), False
    left = stage.planned_minutes * 60 - elapsed
    if left >= 0:
        return QCoreApplication.translate("CornerTimer", "{time} left").format(
            time=clock(left)
        ), False
    return QCoreApplication.translate("CornerTimer", "+{time} over time").format(
        time=clock(left)
    ), True


class CornerTimer(QWidget):
    """A one-line strip: the timer at its right end."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cornerTimer")
        self.controller = controller
        self.stage: StageRecord | None = None
        self.wanted = False  # the mode on screen wants it (not stage, not blank)
        self.label = FitText(
            self, factor=1.1, min_factor=0.9, bold=True, max_lines=1,
            align=Qt.AlignmentFlag.AlignRight,
        )  # fmt: skip
        self.label.setAccessibleDescription(self.tr("Time on this stage"))
        self.row = QHBoxLayout(self)
        self.row.addStretch(3)
        self.row.addWidget(self.label, 2)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        for signal in (
            controller.workshop_opened,
            controller.workshop_changed,
            controller.stages_changed,
            controller.stage_started,
        ):
            signal.connect(self.reload)
        self.reload()

    def set_metrics(self, metrics: Metrics) -> None:
        self.row.setContentsMargins(metrics.px(1.5), metrics.px(0.3), metrics.px(1.5), 0)
        self.label.set_metrics(metrics)

    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self._show_or_hide()

    def reload(self, *_args: object) -> None:
        stage = None
        c = self.controller
        if c.has_library and c.workshop_id:
            try:
                stage = running_stage(agenda.list_stages(c.db, c.workshop_id))
            except DomainError:
                stage = None
        self.stage = stage
        self.tick()
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        self.setVisible(self.wanted and self.stage is not None)

    def text(self) -> str:
        return self.label.text()

    def tick(self) -> None:
        words, over = timer_words(self.stage)
        self.label.colour = WARNING if over else INK
        self.label.setText(words)
        self.label.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ticker.stop()
