"""Opening the first library and showing the main window, with clear messages on failure.

The app reopens the library and workshop the facilitator last had open; if that library
cannot be opened (moved, locked by another window) it says why and falls back to the
default library.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, APP_TITLE
from ..db.errors import LibraryError, LibraryMissing
from ..paths import resource
from ..services.workshops import list_workshops
from . import style
from .controller import Controller
from .library import settings
from .library.opening import open_with_lock
from .main_window import MainWindow

log = logging.getLogger(__name__)
ORGANISATION = "coprod"


def configure(app: QApplication) -> None:
    """Names QSettings uses, the translators, the bundled fonts and the chosen theme."""
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_TITLE)
    QGuiApplication.setDesktopFileName("org.coprod.desktop")
    install_translators(app)
    style.apply_theme(app, settings.theme(style.preferred_theme()), settings.text_scale())


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own texts and ours (``resources/translations/coprod_<lang>.qm``) when present."""
    locale = locale or QLocale()
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "coprod", "_", str(resource("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def _tr(text: str) -> str:
    return QApplication.translate("startup", text)


def start(app: QApplication, library: Path, *, explicit: bool) -> MainWindow | None:
    configure(app)
    controller = Controller()
    candidates = [Path(library)]
    if not explicit:
        last = settings.last_library()
        if last is not None and last.exists() and last != Path(library):
            candidates.insert(0, last)
    opened = None
    problems = []
    for path in candidates:
        try:
            create = not explicit and path == Path(library)
            opened = open_with_lock(path, create=create)
            break
        except LibraryMissing as exc:
            message = str(exc)
            if explicit:
                message += " " + _tr("To make a new library, use File → New library.")
            problems.append(message)
        except (LibraryError, OSError) as exc:
            problems.append(str(exc))
        log.warning("Could not open %s: %s", path, problems[-1])
    if opened is None:
        QMessageBox.critical(None, _tr("Cannot open the library"), "\n\n".join(problems))
        return None
    if problems:
        QMessageBox.warning(
            None,
            _tr("Opened the default library instead"),
            problems[0] + "\n\n" + _tr("The default library has been opened instead."),
        )
    db, lock = opened
    controller.set_library(db, lock)
    window = MainWindow(controller)
    app.aboutToQuit.connect(controller.close_library)
    last_workshop = settings.last_workshop(db.path)
    if last_workshop and last_workshop in {w.id for w in list_workshops(db)}:
        window.open_workshop(last_workshop)
    window.show()
    return window
