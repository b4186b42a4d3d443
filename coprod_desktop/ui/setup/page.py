"""The set-up page: workshop details, groups and participants, and the agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from .. import style
from ..controller import Controller
from ..flow_layout import size_by_current
from .details import DetailsForm
from .people import GroupsPanel, ParticipantsPanel
from .stages import StagesPanel


class SetupPage(QWidget):
    status = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.details = DetailsForm(controller)
        self.groups = GroupsPanel(controller)
        self.participants = ParticipantsPanel(controller)
        self.stages = StagesPanel(controller)
        people = QWidget()
        row = QHBoxLayout(people)
        row.setContentsMargins(12, 12, 12, 12)
        row.setSpacing(24)
        row.addWidget(self.groups, 2)
        row.addWidget(self.participants, 5)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(12, 12, 12, 12)
        details_layout.addWidget(self.details)
        details_layout.addStretch(1)
        stages = QWidget()
        stages_layout = QVBoxLayout(stages)
        stages_layout.setContentsMargins(12, 12, 12, 12)
        stages_layout.addWidget(self.stages)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Set-up sections"))
        self.tabs.addTab(details, style.icon("edit"), self.tr("&Details"))
        self.tabs.addTab(people, style.icon("setup"), self.tr("&People"))
        self.tabs.addTab(stages, style.icon("agenda"), self.tr("A&genda"))
        size_by_current(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.tabs)
        for panel in (self.groups, self.participants, self.stages):
            panel.status.connect(self.status)

    def show_section(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def focus_first(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.focusNextChild()
