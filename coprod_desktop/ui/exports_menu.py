"""File-menu exports of the open workshop (PDF minutes, CSV) and "New follow-up workshop".

Every question goes through ``ui.dialogs.ask`` or a small function here that tests
replace; a problem is explained in plain words and nothing half-written is left.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..exports.csv_export import write_csv
from ..exports.minutes_pdf import write_minutes
from ..services import actions, workshops
from ..services.errors import DomainError
from ..services.records import WorkshopData
from ..services.workshops import OPEN_ACTION_STATUSES, load_workshop
from .controller import Controller
from .dialogs import ask
from .i18n import error_text, tr

log = logging.getLogger(__name__)
FOLDER_KEY = "exports/folder"
BILINGUAL_KEY = "exports/bilingual"


def _file_name(title: str, what: str, suffix: str) -> str:
    """A safe, readable file name from the workshop's title."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = " ".join(name.split())[:80].strip(" .") or tr("Workshop")
    return f"{name} - {what}{suffix}"


def _folder() -> Path:
    saved = str(QSettings().value(FOLDER_KEY, "", str))
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _remember_folder(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(path.parent))


class _Busy:
    """A waiting cursor while a large workshop is written."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


# Questions tests replace ----------------------------------------------------------------


def choose_bilingual(parent: QWidget | None, language: str, default: bool) -> bool | None:
    """Headings in the workshop's language only, or in Welsh and English; None: cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Export minutes"))
    box.setText(tr("Which languages should the minutes' headings be in?"))
    own = tr("Welsh only") if language == "cy" else tr("English only")
    both = tr("Welsh and English") if language == "cy" else tr("English and Welsh")
    one_button = box.addButton(own, QMessageBox.ButtonRole.AcceptRole)
    both_button = box.addButton(both, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(both_button if default else one_button)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is cancel or clicked is None:
        return None
    return clicked is both_button


def offer_open_folder(parent: QWidget | None, path: Path) -> bool:
    """Tell where the file went; True if the user wants its folder opened."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Minutes saved"))
    box.setText(tr("The minutes are saved as {name}.").format(name=path.name))
    box.setInformativeText(tr("Folder: {folder}").format(folder=path.parent))
    open_button = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is open_button


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


# The three commands ---------------------------------------------------------------------


def _open_workshop(parent: QWidget, controller: Controller) -> WorkshopData | None:
    """Everything in the open workshop; None (and the facilitator told why) if none."""
    if not controller.has_library or not controller.workshop_id:
        ask.inform(parent, tr("No workshop open"), tr("Open a workshop first."))
        return None
    try:
        return load_workshop(controller.db, controller.workshop_id)
    except DomainError as error:
        ask.warn(parent, tr("Not saved"), error_text(error))
        return None


def _could_not(parent: QWidget, minutes: bool, error: Exception) -> None:
    """Why the minutes (else the spreadsheet files) were not saved."""
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        where = f" ({error.filename})" if error.filename else ""
        message = (
            tr(
                "The minutes could not be saved: {reason}{where}. Nothing was changed; try "
                "another folder or file name."
            )
            if minutes
            else tr(
                "The spreadsheet files could not be saved: {reason}{where}. Nothing was "
                "changed; try another folder or file name."
            )
        ).format(reason=reason, where=where)
    else:
        message = error_text(error)
    ask.warn(parent, tr("Not saved"), message)


def export_minutes(parent: QWidget, controller: Controller) -> None:
    """Ask where, write the PDF minutes of the open workshop, offer to open the folder."""
    data = _open_workshop(parent, controller)
    if data is None:
        return
    settings = QSettings()
    bilingual = choose_bilingual(
        parent, data.workshop.language, bool(settings.value(BILINGUAL_KEY, False, bool))
    )
    if bilingual is None:
        return
    settings.setValue(BILINGUAL_KEY, bilingual)
    suggested = _folder() / _file_name(data.workshop.title, tr("minutes"), ".pdf")
    path = ask.save_file(parent, tr("Save the minutes"), str(suggested), tr("PDF (*.pdf)"))
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        with _Busy():
            write_minutes(data, path, bilingual=bilingual)
    except (OSError, DomainError) as error:
        log.warning("Minutes not written to %s: %s", path, error)
        _could_not(parent, True, error)
        return
    _remember_folder(path)
    if offer_open_folder(parent, path) and not open_folder(path.parent):
        ask.inform(
            parent,
            tr("Minutes saved"),
            tr("The folder could not be opened here. The minutes are in {folder}.").format(
                folder=path.parent
            ),
        )


def export_csv(parent: QWidget, controller: Controller) -> None:
    """Ask where, write the CSV files of the open workshop (a zip of three files)."""
    data = _open_workshop(parent, controller)
    if data is None:
        return
    suggested = _folder() / _file_name(data.workshop.title, tr("spreadsheets"), ".zip")
    path = ask.save_file(
        parent,
        tr("Save ideas, votes and actions as CSV"),
        str(suggested),
        tr("Zip of CSV files (*.zip)"),
    )
    if path is None:
        return
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    try:
        with _Busy():
            write_csv(data, path)
    except (OSError, DomainError) as error:
        log.warning("CSV not written to %s: %s", path, error)
        _could_not(parent, False, error)
        return
    _remember_folder(path)
    ask.inform(
        parent,
        tr("Spreadsheets saved"),
        tr(
            "Saved {name}: ideas.csv, votes.csv and actions.csv, for Excel, LibreOffice "
            "or Google Sheets."
        ).format(name=path.name),
    )


def new_follow_up(parent: QWidget, controller: Controller, workshop_id: int) -> None:
    """Create a follow-up of ``workshop_id`` (groups, participants, open actions) and open it."""
    if not controller.has_library or not workshop_id:
        return
    try:
        source = workshops.get_workshop(controller.db, workshop_id)
        carried = sum(
            1
            for a in actions.list_actions(controller.db, workshop_id)
            if a.status in OPEN_ACTION_STATUSES
        )
    except DomainError as error:
        ask.warn(parent, tr("No follow-up made"), error_text(error))
        return
    title = ask.ask_text(
        parent,
        tr("New follow-up workshop"),
        tr(
            "It will have the same groups and participants, and the %n action(s) still open, "
            "so the room can start by reviewing them. Title:",
            "",
            carried,
        ),
        tr("Follow-up: {title}").format(title=source.title),
    )
    if title is None:
        return
    if not title.strip():
        ask.warn(parent, tr("No follow-up made"), tr("The new workshop needs a title."))
        return
    record = controller.call(workshops.create_follow_up, workshop_id, title=title.strip())
    if record is None:
        return
    window = parent.window()
    opener = getattr(window, "open_workshop", None)
    if callable(opener):
        # The carried actions are what the room reviews first: open on the Actions page.
        opener(record.id, page="actions")
    else:
        controller.open_workshop(record.id)
