"""File → Publish to the organisation's archive…: where the archive is (a file, or a
PostgreSQL address), what will not be published as it is here (rounds still open, people
who have not agreed to be named), then the publish itself, in a thread of its own so the
window keeps answering while a server takes its time, and its result in a sentence.

The last archive is remembered in settings without its password (``db.location.shown``).
A password the server asks for is asked in the window's thread (``_Asker``), since the
publish runs in another.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...db.credentials import PasswordPrompt, set_password_prompt
from ...db.errors import LibraryError
from ...db.location import is_server, parse_location, shown
from ...exports.publish import PublishResult, open_archive, publish_workshop
from ...services.errors import DomainError
from ...services.publish import ArchiveCopy, archive_copy
from ...services.workshops import load_workshop
from ..controller import Controller
from ..i18n import error_text, translated
from . import ask, open_at_least

log = logging.getLogger(__name__)

SETTING = "archive/last"
FILE_FILTER = "Workshop libraries (*.db *.sqlite *.coprod);;All files (*)"


def last_archive() -> str:
    """The archive published to last (a path, or an address without password)."""
    value = QSettings().value(SETTING, "")
    return value if isinstance(value, str) else ""


def remember_archive(text: str) -> None:
    """Keep ``text`` for next time, with any password in it left out."""
    QSettings().setValue(SETTING, shown(parse_location(text)))


class _Asker(QObject):
    """The app's password question, asked in the window's thread whichever thread
    needs the answer (a blocking queued call, so the publish waits for it)."""

    asked = Signal(str, str)

    def __init__(self, prompt: PasswordPrompt | None) -> None:
        super().__init__()
        self.prompt = prompt
        self.answer: str | None = None
        self.asked.connect(self._ask, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(str, str)
    def _ask(self, where: str, user: str) -> None:
        self.answer = self.prompt(where, user) if self.prompt else None

    def __call__(self, where: str, user: str) -> str | None:
        if QThread.currentThread() is self.thread():
            return self.prompt(where, user) if self.prompt else None
        self.asked.emit(where, user)
        return self.answer


class _Publisher(QObject):
    """Runs one publish in a thread; ``done`` carries a PublishResult or the error."""

    done = Signal(object)

    def start(self, controller: Controller, workshop_id: int, archive: str) -> None:
        asker = _Asker(set_password_prompt(None))
        set_password_prompt(asker)
        library = controller.db

        def work() -> None:
            outcome: PublishResult | BaseException
            try:
                database, lock = open_archive(archive, library)
                try:
                    outcome = publish_workshop(library, workshop_id, database)
                finally:
                    database.close()
                    lock.release()
            except Exception as exc:  # shown in the dialog, in words
                outcome = exc
            self.done.emit(outcome)

        def restore(_outcome: object) -> None:
            set_password_prompt(asker.prompt)

        self.done.connect(restore)
        self.worker = threading.Thread(target=work, name="publish", daemon=True)
        self.worker.start()


class PublishDialog(QDialog):
    """The archive, what the facilitator should know first, Publish, and the result."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workshop_id = controller.workshop_id
        data = load_workshop(controller.db, self.workshop_id)
        self.title = data.workshop.title
        self.copy: ArchiveCopy = archive_copy(data)
        self.published: PublishResult | None = None
        self.publisher: _Publisher | None = None
        self.setWindowTitle(self.tr("Publish to the organisation's archive"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Copy “{title}” into the organisation's archive, where more people can read "
                "it. Publishing it again later updates the archive's copy."
            ).format(title=self.title)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.archive = QLineEdit(last_archive())
        self.archive.setAccessibleName(self.tr("Archive"))
        self.archive.setPlaceholderText(
            self.tr("A library file, or postgresql://USER@HOST:PORT/DATABASE")
        )
        archive_label = QLabel(self.tr("&Archive:"))
        archive_label.setBuddy(self.archive)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_button.setAutoDefault(False)  # Enter in the archive's box publishes
        row = QHBoxLayout()
        row.addWidget(archive_label)
        row.addWidget(self.archive, 1)
        row.addWidget(self.choose_button)

        self.notice = QLabel(self._notice_text())
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("Before you publish"))
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.notice.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Publishing"))
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.outcome.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outcome.hide()

        self.buttons = QDialogButtonBox()
        self.publish_button = self.buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish)
        self.close_button.clicked.connect(self.reject)
        self.archive.textChanged.connect(self._validate)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addWidget(self.busy)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._validate()
        open_at_least(self, 620, 300)

    def _notice_text(self) -> str:
        lines = [translated(w) for w in self.copy.warnings]
        if not lines:
            return self.tr(
                "Every round is closed and everyone has agreed to be named: the workshop is "
                "published as it is here."
            )
        heading = self.tr("Before you publish:")
        return "\n".join([heading, *(f"• {line}" for line in lines)])

    def _validate(self) -> None:
        self.publish_button.setEnabled(bool(self.archive.text().strip()) and self.busy.isHidden())

    def choose_file(self) -> None:
        typed = self.archive.text().strip()
        folder = Path(typed) if typed and not is_server(typed) else None
        start = "" if folder is None else str(folder if folder.is_dir() else folder.parent)
        chosen = ask.open_file(self, self.tr("Choose the archive"), start, self.tr(FILE_FILTER))
        if chosen is not None:
            self.archive.setText(str(chosen))

    # Publishing ---------------------------------------------------------------------------

    def publish(self) -> None:
        """Start the publish; the dialog stays open and says how it went."""
        text = self.archive.text().strip()
        if not text:
            return
        self.outcome.hide()
        self.busy.show()
        for widget in (self.archive, self.choose_button, self.publish_button):
            widget.setEnabled(False)
        self.publisher = _Publisher(self)
        self.publisher.done.connect(self._finished)
        self.publisher.start(self.controller, self.workshop_id, text)

    def _finished(self, outcome: Any) -> None:
        self.busy.hide()
        for widget in (self.archive, self.choose_button):
            widget.setEnabled(True)
        if isinstance(outcome, PublishResult):
            self.published = outcome
            remember_archive(self.archive.text().strip())
            template = (
                self.tr("“{title}” is published: the archive's copy (workshop {id}) was updated.")
                if outcome.updated
                else self.tr("“{title}” is published: it is workshop {id} in the archive.")
            )
            self.outcome.setText(template.format(title=self.title, id=outcome.archive_id))
            self.close_button.setText(self.tr("Close"))
            self.publish_button.setText(self.tr("&Publish again"))
        else:
            if isinstance(outcome, LibraryError | DomainError):
                text = error_text(outcome)
            else:  # a bug or the driver's own words: said as it is, and logged
                log.error("Publish failed", exc_info=outcome)
                text = str(outcome)
            self.outcome.setText(
                self.tr("Not published: {why} Nothing was changed in the archive.").format(why=text)
            )
        self.outcome.show()
        self._validate()
        self.outcome.setFocus()

    def reject(self) -> None:
        if not self.busy.isHidden():
            return  # under way: it finishes or fails on its own, never half-way
        super().reject()

    @classmethod
    def run(cls, controller: Controller, parent: QWidget | None = None) -> PublishResult | None:
        """Open the dialog for the open workshop; the publish it made, if any."""
        dialog = cls(controller, parent)
        dialog.exec()
        return dialog.published


def run(parent: QWidget, controller: Controller) -> PublishResult | None:
    """File → Publish: nothing to do without an open workshop."""
    if not controller.has_library or not controller.workshop_id:
        return None
    return PublishDialog.run(controller, parent)
