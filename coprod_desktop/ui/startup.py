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
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME
from ..db.credentials import set_password_prompt
from ..db.errors import LibraryError, LibraryMissing
from ..db.location import is_server
from ..paths import resource
from . import style
from .controller import Controller
from .dialogs import ask
from .i18n import app_title, error_text, install_translators, tr
from .library import settings
from .main_window import LIBRARY_FILTER, MainWindow
from .server_password import ask_server_password

log = logging.getLogger(__name__)
ORGANISATION = "coprod"
CREATE, CHOOSE, QUIT = "create", "choose", "quit"


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
    set_password_prompt(ask_server_password)  # a server library that asks for one


def start(
    app: QApplication,
    library: Path | str | None,
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

            if not is_server(str(library or "")):
                path = _candidates(Path(library) if library else None, explicit=explicit)[0]
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


def missing_library_choice(parent: QWidget | None, path: Path) -> str:
    """What to do about a library named on the command line that is not there: CREATE
    it, CHOOSE another, or QUIT (tests replace this)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("No library there yet"),
        tr(
            "There is no library at {path}.\n\nCreate a new, empty library there, choose "
            "another library, or quit?"
        ).format(path=path),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    create = box.addButton(tr("&Create it"), QMessageBox.ButtonRole.AcceptRole)
    choose = box.addButton(tr("C&hoose another…"), QMessageBox.ButtonRole.ActionRole)
    leave = box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(create)
    box.setEscapeButton(leave)
    box.exec()
    clicked = box.clickedButton()
    return CREATE if clicked is create else CHOOSE if clicked is choose else QUIT


def _missing_named_library(window: MainWindow, path: Path) -> Path | None:
    """A library named on the command line is not there: ask, until the facilitator
    has one (made at ``path``, or chosen), or quits (None)."""
    from ..db.lock import open_with_lock

    parent = window if window.isVisible() else None
    while True:
        choice = missing_library_choice(parent, path)
        if choice == CREATE:
            try:
                db, lock = open_with_lock(path, create=True)  # made here, then let go
            except (LibraryError, OSError) as exc:
                QMessageBox.critical(parent, tr("Cannot create the library"), error_text(exc))
                continue
            db.close()
            lock.release()
            return path
        if choice != CHOOSE:
            return None
        chosen = ask.open_file(
            parent,
            QCoreApplication.translate("MainWindow", "Open library"),
            str(path.parent),
            QCoreApplication.translate("MainWindow", LIBRARY_FILTER),
        )
        if chosen is not None and chosen.exists():
            return chosen
        if chosen is not None:
            path = chosen


def _open_server_library(window: MainWindow, address: str) -> bool:
    """A server library named on the command line: opened, or refused in one message
    (no fallback to a file: the facilitator asked for the archive)."""
    from ..db.lock import open_with_lock

    try:
        db, lock = open_with_lock(address, create=False)
    except (LibraryError, OSError) as exc:
        log.warning("Could not open a server library: %s", exc)
        QMessageBox.critical(
            window if window.isVisible() else None,
            tr("Cannot open the library"),
            error_text(exc),
        )
        return False
    window.controller.set_library(db, lock)
    window.build_pages()
    window.ready.emit()
    return True


def _open_first_library(window: MainWindow, library: Path | str | None, *, explicit: bool) -> bool:
    """The remembered library (else ``library``), its pages, and its last workshop."""
    from ..db.lock import open_with_lock
    from ..paths import default_library
    from ..services.workshops import list_workshops

    if isinstance(library, str) and is_server(library):
        return _open_server_library(window, library)
    library = Path(library) if library is not None else None
    library = library or default_library()
    if explicit and not Path(library).expanduser().exists():
        named = _missing_named_library(window, Path(library).expanduser().absolute())
        if named is None:
            log.info("No library at %s; the facilitator chose to quit", library)
            return False
        library = named
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
    # A server library (db.path None) remembers no workshop: its settings key would be
    # its address.
    last_workshop = settings.last_workshop(db.path) if db.path is not None else 0
    if last_workshop and last_workshop in {w.id for w in list_workshops(db)}:
        window.open_workshop(last_workshop)
    window.ready.emit()
    return True
