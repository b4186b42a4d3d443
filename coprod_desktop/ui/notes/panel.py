"""Stage notes panel: STUB to be replaced by the actions-and-minutes issue."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..controller import Controller


class NotesPanel(QWidget):
    """The facilitator's minutes of the current stage; the agenda page hosts it."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Notes")))
