"""The one object the widgets talk to: the open library, the open workshop, the undo
stack, and the signals every view redraws from (the one-way loop in STYLE.md).

A gesture becomes a ``ServiceCommand`` pushed on ``undo_stack``; the command calls a
service (one committed transaction) and emits the matching signal; every view (the
board, the outline, the shared screen) listens to the signals, never to each other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..db.errors import LibraryError
from ..services.errors import DomainError
from .i18n import error_text, tr

if TYPE_CHECKING:  # the engine pulls in SQLAlchemy: not needed to show the window
    from ..db.engine import Database
    from ..db.lock import LibraryLock

log = logging.getLogger(__name__)
T = TypeVar("T")


class Controller(QObject):
    library_opened = Signal(str)  # path of the library now open
    workshops_changed = Signal()  # the library's list of workshops
    workshop_opened = Signal(int)  # id of the workshop now open (0: none)
    workshop_changed = Signal()  # details of the open workshop
    groups_changed = Signal()
    participants_changed = Signal()
    stages_changed = Signal()
    stage_started = Signal(int)  # stage id now running (0: none)
    themes_changed = Signal()
    ideas_changed = Signal(list)  # ids of ideas added or edited
    ideas_removed = Signal(list)  # ids of ideas deleted
    board_reset = Signal()  # many ideas changed at once: redraw everything
    rounds_changed = Signal()
    round_changed = Signal(int)  # a round opened, closed, or took a ballot
    actions_changed = Signal()
    notes_changed = Signal()
    error = Signal(str)  # a refused action, in plain words (the interface's language)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._lock: LibraryLock | None = None
        self._workshop_id = 0
        self.undo_stack = QUndoStack(self)

    # The library and the workshop -------------------------------------------------

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("no library is open")
        return self._db

    @property
    def has_library(self) -> bool:
        return self._db is not None

    @property
    def library_path(self) -> Path | None:
        return self._db.path if self._db else None

    @property
    def workshop_id(self) -> int:
        return self._workshop_id

    def set_library(self, db: Database, lock: LibraryLock | None = None) -> None:
        """Switch to an opened library (closing the previous one)."""
        self.close_library()
        self._db, self._lock = db, lock
        self.library_opened.emit(str(db.path))
        self.workshops_changed.emit()

    def close_library(self) -> None:
        self.open_workshop(0)
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def open_workshop(self, workshop_id: int) -> None:
        if workshop_id == self._workshop_id:
            return
        self.undo_stack.clear()
        self._workshop_id = workshop_id
        self.workshop_opened.emit(workshop_id)

    # Calling services -------------------------------------------------------------

    def call(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a service; a refused rule is reported through ``error`` and gives None."""
        try:
            return service(self.db, *args, **kwargs)
        except DomainError as exc:
            self.error.emit(error_text(exc))
            return None

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)


class ServiceCommand(QUndoCommand):
    """An undoable step. ``do`` and ``undo_`` call services. A step that fails (a refused
    rule, a full disk, a read-only library, or anything unexpected) is reported in plain
    words and dropped from the stack, so the history left behind is one that can still
    be undone and redone."""

    def __init__(self, controller: Controller, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.failed = False
        self._done_once = False

    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self.do()
        except Exception as exc:
            self.failed = True
            self._drop("Redo" if self._done_once else "Doing", exc)
            return
        self._done_once = True

    def undo(self) -> None:
        try:
            self.undo_()
        except Exception as exc:
            self._drop("Undo", exc)

    def _drop(self, step: str, exc: Exception) -> None:
        self.setObsolete(True)
        if isinstance(exc, DomainError | LibraryError):
            log.warning("%s of %r refused: %s", step, self.text(), exc)
            self.controller.error.emit(error_text(exc))
            return
        log.error("%s of %r failed", step, self.text(), exc_info=exc)
        self.controller.error.emit(
            tr(
                "“{step}” could not be done because of an unexpected problem, and nothing "
                "of it was saved. It has been taken off the undo list; the rest of your "
                "work is safe."
            ).format(step=self.text())
        )
