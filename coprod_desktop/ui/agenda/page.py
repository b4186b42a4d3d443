"""The agenda page: the current stage and its prompt, a countdown with overrun, start and
next stage (stamping real times), pause and add-a-minute, and the stage notes beside."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services import agenda
from ...services.records import StageRecord
from .. import style
from ..buttons import action_button
from ..commands.agenda import EndStage, StartStage
from ..controller import Controller
from ..flow_layout import flow_row, scrolling
from ..notes.panel import NotesPanel
from ..wrapped_items import wrap_entries
from .timer import StageTimer, describe, format_seconds


def _local(stamp: datetime) -> str:
    return stamp.astimezone().strftime("%H:%M")


class AgendaPage(QWidget):
    status = Signal(str)

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        timer: StageTimer | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.now = now
        self.timer = timer or StageTimer(parent=self)
        self.stages: list[StageRecord] = []
        self.running: StageRecord | None = None
        self.stage_list = QListWidget()
        self.stage_list.setAccessibleName(self.tr("Stages"))
        self.stage_list.setMinimumWidth(260)
        self.stage_list.setWordWrap(True)
        wrap_entries(self.stage_list)  # each entry shows both its lines, focused or not
        self.stage_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_list.currentRowChanged.connect(lambda _r: self._stage_chosen())
        self.stage_list.itemActivated.connect(lambda _i: self.start_selected())
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Current stage"))
        self.state = QLabel()
        self.state.setProperty("role", "muted")
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Stage state"))
        self.prompt = QLabel()
        self.prompt.setProperty("role", "prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.clock = QLabel("--:--")
        self.clock.setProperty("role", "timer")
        self.clock.setAccessibleName(self.tr("Time left"))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.clock_words = QLabel()
        self.clock_words.setProperty("role", "subheading")
        self.clock_words.setWordWrap(True)
        self.clock_words.setAccessibleName(self.tr("Time left in words"))
        self._make_actions()
        self.notes = NotesPanel(controller)
        self._build()
        self.timer.ticked.connect(self._show_time)
        self.timer.state_changed.connect(self._update_buttons)
        controller.workshop_opened.connect(lambda _id: self.refresh(start_timer=True))
        controller.stages_changed.connect(self.refresh)
        controller.stage_started.connect(lambda _id: self.refresh(start_timer=True))

    def _make_actions(self) -> None:
        def act(text: str, slot: Callable[[], None], keys: str, icon: str) -> QAction:
            action = QAction(style.icon(icon), text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.act_start = act(
            self.tr("&Start selected stage"), self.start_selected, "Ctrl+Shift+S", "play"
        )
        self.act_next = act(self.tr("&Next stage"), self.next_stage, "Ctrl+Shift+N", "next")
        self.act_end = act(self.tr("&End stage"), self.end_stage, "Ctrl+Shift+E", "stop")
        self.act_pause = act(
            self.tr("&Pause timer"), self.timer.toggle_pause, "Ctrl+Shift+P", "pause"
        )
        self.act_minute = act(
            self.tr("&Add a minute"), self.timer.add_minute, "Ctrl+Shift+M", "plus-minute"
        )

    def _build(self) -> None:
        self.start_button = action_button(self.act_start)
        self.next_button = action_button(self.act_next)
        self.next_button.setProperty("primary", True)
        self.end_button = action_button(self.act_end)
        self.pause_button = action_button(self.act_pause)
        self.minute_button = action_button(self.act_minute)
        stage_buttons = flow_row(self.start_button, self.next_button, self.end_button)
        timer_buttons = flow_row(self.pause_button, self.minute_button)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.state)
        column.addWidget(self.prompt)
        column.addSpacing(12)
        column.addWidget(self.clock)
        column.addWidget(self.clock_words)
        column.addLayout(timer_buttons)
        column.addSpacing(12)
        column.addLayout(stage_buttons)
        column.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Stages"))
        heading.setProperty("role", "subheading")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.stage_list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolling(centre))  # large text: scrolls, never overlaps
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 700, 420])
        # Tab goes down the page as it reads: the stages, the timer's buttons, the stage
        # buttons, then the notes.
        chain = (self.stage_list, self.pause_button, self.minute_button, self.start_button,
                 self.next_button, self.end_button, self.notes.stage_box)  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(splitter)

    def populate_menu(self, menu: QMenu) -> None:
        for action in (self.act_start, self.act_next, self.act_end):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_pause)
        menu.addAction(self.act_minute)

    def set_active(self, active: bool) -> None:
        """Agenda shortcuts work from every page (the timer runs all workshop long), but
        only while a workshop is open."""
        for action in self.actions():
            action.setEnabled(bool(self.controller.workshop_id))
        if active:
            self._update_buttons()

    def focus_first(self) -> None:
        self.stage_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # Reading ----------------------------------------------------------------------------

    def refresh(self, start_timer: bool = False) -> None:
        wid = self.controller.workshop_id
        self.stages = agenda.list_stages(self.controller.db, wid) if wid else []
        previous = self.running.id if self.running else 0
        self.running = next(
            (s for s in self.stages if s.started_at is not None and s.ended_at is None), None
        )
        row = self.stage_list.currentRow()
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for n, s in enumerate(self.stages, start=1):
            item = QListWidgetItem(f"{n}. {s.title}\n{self._stage_state(s)}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if s is self.running:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setIcon(style.icon("play"))
            self.stage_list.addItem(item)
        if self.running is not None:
            row = self.stages.index(self.running)
        self.stage_list.setCurrentRow(min(max(row, 0), len(self.stages) - 1) if self.stages else -1)
        self.stage_list.blockSignals(False)
        if self.running is None:
            self.timer.stop()
        elif start_timer or self.running.id != previous or not self.timer.active:
            self._start_timer(self.running)
        else:
            self.timer.set_planned((self.running.planned_minutes or 0) * 60)
        for action in self.actions():
            action.setEnabled(bool(wid))
        self._show_current()

    def _stage_chosen(self) -> None:
        """The facilitator picked a stage in the list: show it, and write notes under
        it (the running stage's, when the list follows the running one)."""
        self._show_current()
        stage = self.selected_stage() or self.running
        if stage is not None:
            self.notes.follow_stage(stage.id)

    def _stage_state(self, s: StageRecord) -> str:
        planned = (
            self.tr("{n} min planned").format(n=s.planned_minutes)
            if s.planned_minutes
            else self.tr("no time planned")
        )
        if s.started_at and s.ended_at:
            minutes = round((s.ended_at - s.started_at).total_seconds() / 60)
            return self.tr("Done {start}–{end} ({n} min)").format(
                start=_local(s.started_at), end=_local(s.ended_at), n=minutes
            )
        if s.started_at:
            return self.tr("Running since {start} · {planned}").format(
                start=_local(s.started_at), planned=planned
            )
        return planned

    def _start_timer(self, stage: StageRecord) -> None:
        assert stage.started_at is not None
        elapsed = (self.now() - stage.started_at).total_seconds()
        self.timer.start((stage.planned_minutes or 0) * 60, already_elapsed=max(0.0, elapsed))

    def selected_stage(self) -> StageRecord | None:
        row = self.stage_list.currentRow()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def _show_current(self) -> None:
        stage = self.running or self.selected_stage()
        if stage is None:
            self.title.setText(self.tr("No agenda yet"))
            self.state.setText(self.tr("Add stages in Set-up → Agenda."))
            self.prompt.setText("")
            self.clock.setText("--:--")
            self.clock_words.setText("")
        else:
            self.title.setText(stage.title)
            self.state.setText(
                self.tr("Now running") if stage is self.running else self._stage_state(stage)
            )
            self.prompt.setText(stage.prompt)
            if stage is not self.running:
                planned = (stage.planned_minutes or 0) * 60
                if self.agenda_done():
                    # Not the last stage's time, left standing as if it were counting.
                    self.clock.setText("--:--")
                    self.clock_words.setText(
                        self.tr("The agenda is done: every stage has been run.")
                    )
                elif stage.started_at and stage.ended_at:
                    took = (stage.ended_at - stage.started_at).total_seconds()
                    self.clock.setText(format_seconds(took))
                    self.clock_words.setText(self._took(stage, took))
                else:
                    self.clock.setText(format_seconds(planned) if planned else "--:--")
                    self.clock_words.setText(self.tr("Not started"))
                self._set_overrun(False)
        self._update_buttons()

    def agenda_done(self) -> bool:
        """Every stage has been run and none is running."""
        return (
            self.running is None
            and bool(self.stages)
            and all(s.started_at is not None and s.ended_at is not None for s in self.stages)
        )

    def _took(self, stage: StageRecord, seconds: float) -> str:
        minutes = round(seconds / 60)
        planned = stage.planned_minutes
        if not planned:
            return self.tr("Finished: took {n} min").format(n=minutes)
        if minutes > planned:
            return self.tr("Finished: took {n} min, {over} over the {planned} planned").format(
                n=minutes, over=minutes - planned, planned=planned
            )
        return self.tr("Finished: took {n} min of the {planned} planned").format(
            n=minutes, planned=planned
        )

    def _show_time(self, seconds: float) -> None:
        if self.running is None:
            return
        self.clock.setText(format_seconds(seconds))
        self.clock_words.setText(describe(seconds, self.timer.paused))
        self._set_overrun(seconds < 0)

    def _set_overrun(self, over: bool) -> None:
        if self.clock.property("overrun") != over:
            self.clock.setProperty("overrun", over)
            self.clock.style().unpolish(self.clock)
            self.clock.style().polish(self.clock)

    def _update_buttons(self) -> None:
        has_workshop = bool(self.controller.workshop_id)
        selected = self.selected_stage()
        self.act_start.setEnabled(
            has_workshop and selected is not None and selected is not self.running
        )
        self.act_next.setEnabled(
            has_workshop
            and (self.running is not None or any(s.started_at is None for s in self.stages))
        )
        self.act_end.setEnabled(has_workshop and self.running is not None)
        self.act_pause.setEnabled(has_workshop and self.timer.active)
        self.act_minute.setEnabled(has_workshop and self.timer.active)
        paused = self.timer.paused
        text = self.tr("&Resume timer") if paused else self.tr("&Pause timer")
        self.act_pause.setText(text)
        self.act_pause.setIcon(style.icon("play" if paused else "pause"))
        self.pause_button.setText(text.replace("&", ""))
        self.pause_button.setIcon(self.act_pause.icon())
        for button, action in (
            (self.start_button, self.act_start), (self.next_button, self.act_next),
            (self.end_button, self.act_end), (self.pause_button, self.act_pause),
            (self.minute_button, self.act_minute),
        ):  # fmt: skip
            button.setEnabled(action.isEnabled())

    # Doing ------------------------------------------------------------------------------

    def start_selected(self) -> None:
        stage = self.selected_stage()
        if stage is not None and stage is not self.running:
            self.controller.push(StartStage(self.controller, stage.id, stage.title, self.now()))

    def next_stage(self) -> None:
        """Start the stage after the running one (ending it), or the first not yet run;
        after the last stage, end it."""
        if not self.stages:
            return
        if self.running is not None:
            index = self.stages.index(self.running)
            if index + 1 < len(self.stages):
                nxt = self.stages[index + 1]
                self.controller.push(StartStage(self.controller, nxt.id, nxt.title, self.now()))
            else:
                self.end_stage()
                self.status.emit(self.tr("That was the last stage."))
            return
        waiting = [s for s in self.stages if s.started_at is None]
        if not waiting:
            # Restarting a finished stage would overwrite its recorded times: only on
            # purpose, with "Start selected stage".
            self.status.emit(self.tr("Every stage has been run."))
            return
        target = waiting[0]
        self.controller.push(StartStage(self.controller, target.id, target.title, self.now()))

    def end_stage(self) -> None:
        if self.running is not None:
            self.controller.push(
                EndStage(self.controller, self.running.id, self.running.title, self.now())
            )
