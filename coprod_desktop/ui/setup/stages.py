"""The agenda in set-up: stages with planned minutes and prompts, in order."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import agenda
from ...services.records import StageRecord
from ...text import one_line
from ..buttons import push_button
from ..commands import setup as cmd
from ..controller import Controller
from ..dialogs.stage import StageDialog
from ..flow_layout import FlowLayout
from ..tables import set_up_list_table

TITLE, MINUTES, PROMPT = range(3)


class StagesPanel(QWidget):
    status = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stages: list[StageRecord] = []
        heading = QLabel(self.tr("Agenda"))
        heading.setProperty("role", "subheading")
        self.total = QLabel()
        self.total.setProperty("role", "muted")
        self.table = QTableWidget(0, 3)
        # (no row numbers: the stage titles carry their number)
        set_up_list_table(self.table, self.tr("Agenda stages"), row_height=40)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Planned"), self.tr("Prompt")]
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE, 260)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _i: self.edit())
        buttons = FlowLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, icon, slot in (
            ("add", self.tr("Add &stage…"), "add", self.add),
            ("edit", self.tr("Edit…"), "edit", self.edit),
            ("up", self.tr("Move &up"), "", lambda: self.move_stage(-1)),
            ("down", self.tr("Move do&wn"), "", lambda: self.move_stage(1)),
            ("delete", self.tr("Delete"), "delete", self.delete),
        ):
            button = push_button(text, icon, clicked=slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete),
            ("Ctrl+Up", lambda: self.move_stage(-1)),
            ("Ctrl+Down", lambda: self.move_stage(1)),
        ):
            action = QAction(self.table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.buttons["up"].setToolTip(self.tr("Ctrl+Up in the list"))
        self.buttons["down"].setToolTip(self.tr("Ctrl+Down in the list"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        controller.workshop_opened.connect(lambda _id: self.refresh())
        controller.stages_changed.connect(self.refresh)

    def refresh(self, select: int | None = None) -> None:
        wid = self.controller.workshop_id
        row = self.table.currentRow() if select is None else select
        self.stages = agenda.list_stages(self.controller.db, wid) if wid else []
        self.table.setRowCount(len(self.stages))
        for r, s in enumerate(self.stages):
            planned_text = (
                self.tr("{n} min").format(n=s.planned_minutes) if s.planned_minutes else "—"
            )
            prompt = one_line(s.prompt)
            for column, text in (
                (TITLE, f"{r + 1}. {s.title}"),
                (MINUTES, planned_text),
                (PROMPT, prompt),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(s.prompt if column == PROMPT else text)
                self.table.setItem(r, column, item)
        if self.stages:
            self.table.selectRow(min(max(row, 0), len(self.stages) - 1))
        planned = sum(s.planned_minutes or 0 for s in self.stages)
        hours, minutes = divmod(planned, 60)
        self.total.setText(
            self.tr("%n stage(s), {h} h {m:02d} min planned", "", len(self.stages)).format(
                h=hours, m=minutes
            )
        )

    def current(self) -> StageRecord | None:
        row = self.table.currentRow()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def add(self) -> None:
        data = StageDialog.get(self)
        if data is not None:
            self.controller.push(
                cmd.AddStage(
                    self.controller, data.title, prompt=data.prompt,
                    planned_minutes=data.planned_minutes,
                )
            )  # fmt: skip
            self.refresh(select=len(self.stages))

    def edit(self) -> None:
        stage = self.current()
        if stage is None:
            return
        data = StageDialog.get(self, stage)
        if data is None:
            return
        new = {
            key: value
            for key, value in (
                ("title", data.title), ("prompt", data.prompt),
                ("planned_minutes", data.planned_minutes),
            )
            if getattr(stage, key) != value
        }  # fmt: skip
        if new:
            self.controller.push(cmd.UpdateStage(self.controller, stage.id, **new))

    def move_stage(self, step: int) -> None:
        stage = self.current()
        if stage is None:
            return
        old = self.stages.index(stage)
        new = old + step
        if not 0 <= new < len(self.stages):
            return
        self.controller.push(cmd.MoveStage(self.controller, stage.id, old, new))
        self.refresh(select=new)

    def delete(self) -> None:
        stage = self.current()
        if stage is not None:
            self.controller.push(cmd.DeleteStage(self.controller, stage.id, stage.title))
            self.status.emit(self.tr('Deleted "{title}". Ctrl+Z undoes.').format(title=stage.title))
