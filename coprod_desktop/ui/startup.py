"""Opening the first library and showing the main window, with clear messages on failure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ..db.errors import LibraryError
from ..db.library import open_library
from ..db.lock import LibraryLock
from .controller import Controller
from .main_window import MainWindow


def start(app: QApplication, library: Path, *, explicit: bool) -> MainWindow | None:
    controller = Controller()
    lock = LibraryLock(library)
    try:
        library.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
        db = open_library(library, create=True)
    except (LibraryError, OSError) as exc:
        lock.release()
        QMessageBox.critical(
            None,
            QApplication.translate("startup", "Cannot open the library"),
            str(exc),
        )
        return None
    controller.set_library(db, lock)
    window = MainWindow(controller)
    app.aboutToQuit.connect(controller.close_library)
    window.show()
    return window
