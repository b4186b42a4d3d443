"""Stage mode: the workshop, the running agenda stage, its prompt and a big timer."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...services import agenda, workshops
from ...services.records import StageRecord
from ..controller import Controller
from .base import ScreenView
from .style import MUTED, WARNING, FitText


def clock(seconds: int) -> str:
    """12:05, or 1:02:05 past an hour."""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def running_stage(stages: list[StageRecord]) -> StageRecord | None:
    running = [s for s in stages if s.started_at is not None and s.ended_at is None]
    return max(
        running, key=lambda s: s.started_at or datetime.min.replace(tzinfo=UTC), default=None
    )


class StageView(ScreenView):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("stage")
        self._stage: StageRecord | None = None
        self.workshop_title = FitText(self, factor=0.9, colour=MUTED, max_lines=1)
        self.position = FitText(self, factor=0.9, colour=MUTED, max_lines=1)
        self.position.align = Qt.AlignmentFlag.AlignRight
        self.title = FitText(self, factor=2.4, min_factor=1.4, bold=True, max_lines=2)
        self.prompt = FitText(self, factor=1.7, min_factor=1.0)
        self.timer_text = FitText(
            self,
            factor=7.0,
            min_factor=3.0,
            bold=True,
            max_lines=1,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        self.timer_caption = FitText(
            self, factor=1.2, colour=MUTED, max_lines=1, align=Qt.AlignmentFlag.AlignHCenter
        )
        self.timer_text.setAccessibleDescription(self.tr("Time on this stage"))
        top = QHBoxLayout()
        top.addWidget(self.workshop_title, 3)
        top.addWidget(self.position, 1)
        self.body = QVBoxLayout(self)
        self.body.addLayout(top)
        self.body.addWidget(self.title, 3)
        self.body.addWidget(self.prompt, 5)
        self.body.addWidget(self.timer_text, 4)
        self.body.addWidget(self.timer_caption, 1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        for signal in (
            controller.workshop_opened,
            controller.workshop_changed,
            controller.stages_changed,
            controller.stage_started,
        ):
            signal.connect(self.refresh)

    def apply_metrics(self) -> None:
        m = self.metrics
        self.body.setContentsMargins(m.px(2), m.px(1.2), m.px(2), m.px(1.2))
        self.body.setSpacing(m.px(0.6))
        for child in self.findChildren(FitText):
            child.set_metrics(m)

    def clear(self) -> None:
        self._stage = None
        for child in self.findChildren(FitText):
            child.setText("")
        self.title.setText(self.tr("No workshop is open"))

    def load(self) -> None:
        if not self.workshop_id:
            self.clear()
            return
        workshop = workshops.get_workshop(self.controller.db, self.workshop_id)
        stages = agenda.list_stages(self.controller.db, self.workshop_id)
        self._stage = running_stage(stages)
        if self._stage is None:
            self.workshop_title.setText("")
            self.position.setText("")
            self.title.setText(workshop.title)
            self.prompt.setText(workshop.purpose)
        else:
            self.workshop_title.setText(workshop.title)
            index = [s.id for s in stages].index(self._stage.id) + 1
            self.position.setText(
                self.tr("Stage {n} of {total}").format(n=index, total=len(stages))
            )
            self.title.setText(self._stage.title)
            self.prompt.setText(self._stage.prompt)
        self.tick()

    def tick(self) -> None:
        stage = self._stage
        if stage is None or stage.started_at is None:
            self.timer_text.setText("")
            self.timer_caption.setText("")
            return
        elapsed = int((datetime.now(UTC) - stage.started_at).total_seconds())
        if stage.planned_minutes is None:
            self.timer_text.setText(clock(elapsed))
            self.timer_caption.setText(self.tr("so far"))
            self.timer_text.colour = self.title.colour
            return
        left = stage.planned_minutes * 60 - elapsed
        if left >= 0:
            self.timer_text.setText(clock(left))
            self.timer_caption.setText(
                self.tr("left of {n} minutes").format(n=stage.planned_minutes)
            )
            self.timer_text.colour = self.title.colour
        else:
            self.timer_text.setText("+" + clock(left))
            self.timer_caption.setText(self.tr("over time"))
            self.timer_text.colour = WARNING
        self.timer_text.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ticker.stop()
