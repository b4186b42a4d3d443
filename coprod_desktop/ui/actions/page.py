"""The actions page: STUB to be replaced by the actions-and-minutes issue."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..controller import Controller
from ..shared_screen.manager import SharedScreen


class ActionsPage(QWidget):
    def __init__(
        self, controller: Controller, shared_screen: SharedScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared_screen = shared_screen
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Actions")))
