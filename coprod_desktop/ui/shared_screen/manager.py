"""The shared screen (projector): STUB to be replaced by the shared-screen issue."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from ..controller import Controller


class SharedScreen(QObject):
    """Owns the shared-screen window and its mode; the main window creates one."""

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

    def populate_menu(self, menu: QMenu) -> None:
        """Fill the main window's "Shared screen" menu (show on a screen, modes...)."""

    def close(self) -> None:
        """Close the window (the app is quitting)."""
