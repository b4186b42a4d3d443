"""Opening the first library and showing the main window, with clear messages on failure.

The app reopens the library and workshop the facilitator last had open; if that library
cannot be opened (moved, locked by another window) it says why and falls back to the
default library.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from ..db.errors import LibraryError, LibraryMissing
from ..paths import resource
from . import style
from .controller import Controller
from .i18n import app_title, error_text, install_translators, tr
from .library import settings
from .main_window import MainWindow

log = logging.getLogger(__name__)
ORGANISATION = "coprod"


def configure(app: QApplication) -> None:
    """Names QSettings uses, the translators, the bundled fonts and the chosen theme."""
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName("org.coprod.Desktop")  # packaging/linux/*.desktop
    QGuiApplication.setWindowIcon(QIcon(str(resource("icons", "app-logo.svg"))))
    install_translators(app)  # the chosen language (View → Language), else the system's
    QGuiApplication.setApplicationDisplayName(app_title())
    style.apply_theme(app, settings.theme(style.preferred_theme()), settings.text_scale())


def start(
    app: QApplication,
    library: Path | None,
    *,
    explicit: bool,
    early: bool = False,
    first: Callable[[], object] | None = None,
) -> MainWindow | None:
    """Open the first library (``None``: the default one) and show the window; None if
    no library could be opened.

    With ``early`` (the app) the window's frame is on screen at once, saying it is
    opening the library, and the library and pages follow on the first turn of the
    event loop, after ``first`` (the app opens its log file there); a library that
    cannot be opened then ends the app with exit code 1.
    """
    configure(app)
    controller = Controller()
    window = MainWindow(controller)
    app.aboutToQuit.connect(controller.close_library)
    if early:

        def open_library() -> None:
            if not _open_first_library(window, library, explicit=explicit):
                window.close()
                app.exit(1)

        def finish() -> None:
            if first is not None:
                first()
            # What the facilitator waits for, the library's list, is read with sqlite3
            # alone and shown at once; the data layer and the pages load behind it.
            from ..services.listing import read_listing

            path = _candidates(library, explicit=explicit)[0]
            rows = read_listing(path)
            if rows is not None:
                window.show_listing(path, rows)
            QTimer.singleShot(0, open_library)

        # The heavy part waits until the frame is really on screen, so the facilitator
        # sees the window (and "Opening the library…") at once.
        window.painted.connect(lambda: QTimer.singleShot(0, finish))
        window.show()
        return window
    if not _open_first_library(window, library, explicit=explicit):
        window.deleteLater()
        return None
    window.show()
    return window


def _candidates(library: Path | None, *, explicit: bool) -> list[Path]:
    """The libraries to try, in order: the one last used (unless one was named), then
    ``library`` (``None``: the default one)."""
    from ..paths import default_library

    library = Path(library or default_library())
    if not explicit:
        last = settings.last_library()
        if last is not None and last.exists() and last != library:
            return [last, library]
    return [library]


def _open_first_library(window: MainWindow, library: Path | None, *, explicit: bool) -> bool:
    """The remembered library (else ``library``), its pages, and its last workshop."""
    from ..db.lock import open_with_lock
    from ..paths import default_library
    from ..services.workshops import list_workshops

    library = library or default_library()
    candidates = _candidates(library, explicit=explicit)
    opened = None
    problems = []
    for path in candidates:
        try:
            create = not explicit and path == Path(library)
            opened = open_with_lock(path, create=create)
            break
        except LibraryMissing as exc:
            message = error_text(exc)
            if explicit:
                message += " " + tr("To make a new library, use File → New library.")
            problems.append(message)
        except (LibraryError, OSError) as exc:
            problems.append(error_text(exc))
        log.warning("Could not open %s: %s", path, problems[-1])
    if opened is None:
        QMessageBox.critical(
            window if window.isVisible() else None,
            tr("Cannot open the library"),
            "\n\n".join(problems),
        )
        return False
    if problems:
        QMessageBox.warning(
            window if window.isVisible() else None,
            tr("Opened the default library instead"),
            problems[0] + "\n\n" + tr("The default library has been opened instead."),
        )
    db, lock = opened
    window.controller.set_library(db, lock)
    window.build_pages()
    last_workshop = settings.last_workshop(db.path)
    if last_workshop and last_workshop in {w.id for w in list_workshops(db)}:
        window.open_workshop(last_workshop)
    window.ready.emit()
    return True
