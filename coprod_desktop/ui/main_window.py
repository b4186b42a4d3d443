"""The facilitator's main window (built out by the facilitator-window issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from .. import APP_TITLE
from .controller import Controller


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller) -> None:
        super().__init__()
        self.controller = controller
        self.setWindowTitle(APP_TITLE)
        self.setCentralWidget(
            QLabel(self.tr("Library: {path}").format(path=controller.library_path))
        )
        self.resize(1280, 800)
