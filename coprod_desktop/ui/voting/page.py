"""The facilitator's voting page: STUB to be replaced by the shared-screen issue."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..controller import Controller
from ..shared_screen.manager import SharedScreen


class VotingPage(QWidget):
    def __init__(
        self, controller: Controller, shared_screen: SharedScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared_screen = shared_screen
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Voting")))
