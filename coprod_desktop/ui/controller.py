"""The one object the widgets talk to: the open library, the open workshop, the undo
stack, and the signals every view redraws from (the one-way loop in STYLE.md).

A gesture becomes a ``ServiceCommand`` pushed on ``undo_stack``; the command calls
services (one committed transaction each) and the library records what they wrote
(``db.changes``). When the gesture is done the controller announces that change-set once
(``changed``, and the narrower signals derived from it); every view (board, outline,
library, shared screen, voting, actions, notes) redraws from those and nothing else. No
widget or command emits them itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..db.errors import LibraryError
from ..services.errors import DomainError
from .i18n import error_text, tr

if TYPE_CHECKING:  # the engine pulls in SQLAlchemy: not needed to show the window
    from ..db.changes import ChangeSet
    from ..db.engine import Database
    from ..db.lock import LibraryLock

log = logging.getLogger(__name__)
T = TypeVar("T")

# Tables whose rows the library page counts or shows (titles, ideas, themes, votes, actions).
WORKSHOP_COUNTS = ("workshops", "ideas", "themes", "rounds", "ballots", "tallies", "actions")


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
    changed = Signal(object)  # a ChangeSet: what one gesture changed, side effects included

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._lock: LibraryLock | None = None
        self._workshop_id = 0
        self._depth = 0
        self._running_stage = -1
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
    def library_shown(self) -> str:
        """The open library as people see it: its path, or a server's address (without
        a password); "" when none is open."""
        return self._db.shown if self._db else ""

    @property
    def workshop_id(self) -> int:
        return self._workshop_id

    def set_library(self, db: Database, lock: LibraryLock | None = None) -> None:
        """Switch to an opened library (closing the previous one)."""
        self.close_library()
        self._db, self._lock = db, lock
        self.library_opened.emit(db.shown)  # the path, or a server's address
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
        self._running_stage = -1  # not known yet: the next change to stages says
        self.workshop_opened.emit(workshop_id)

    # Calling services -------------------------------------------------------------

    def call(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a service and announce what it changed; a refused rule is reported
        through ``error`` and gives None."""
        with self.recording():
            try:
                return service(self.db, *args, **kwargs)
            except DomainError as exc:
                self.error.emit(error_text(exc))
                return None

    @contextmanager
    def recording(self) -> Iterator[None]:
        """Everything the services commit inside the block (in this thread) is announced
        once, when the outermost block ends, whether it ends well or not."""
        if self._db is None:
            yield
            return
        db = self._db
        self._depth += 1
        try:
            with db.recording() as changes:
                yield
        finally:
            self._depth -= 1
            if self._depth == 0 and self._db is db:
                self.announce(changes())

    def announce(self, changes: ChangeSet) -> None:
        """The one place that tells the views: ``changed`` with the change-set, then the
        narrower signals views listen to, all derived from it."""
        if not changes:
            return
        self.changed.emit(changes)
        c = changes
        if c.touches("groups"):
            self.groups_changed.emit()
        if c.touches("participants"):
            self.participants_changed.emit()
        if c.touches("stages"):
            self.stages_changed.emit()
            self._follow_running_stage()
        if c.touches("themes"):
            self.themes_changed.emit()
        if "ideas" in c.vague or c.touches("groups", "participants"):
            self.board_reset.emit()  # notes show their author's name and group's colour
        else:
            if c.ids("ideas", "created", "updated"):
                self.ideas_changed.emit(sorted(c.ids("ideas", "created", "updated")))
            if c.ids("ideas", "deleted"):
                self.ideas_removed.emit(sorted(c.ids("ideas", "deleted")))
        if (
            c.ids("rounds", "created", "deleted")
            or c.touches("round_items", "round_electors", "tallies")
            or "rounds" in c.vague
        ):
            self.rounds_changed.emit()
        for round_id in sorted(c.ids("rounds", "updated")):
            self.round_changed.emit(round_id)
        if c.touches("actions", "action_links"):
            self.actions_changed.emit()
        if c.touches("notes"):
            self.notes_changed.emit()
        if c.touches("workshops"):
            self.workshop_changed.emit()
        if c.touches(*WORKSHOP_COUNTS):
            self.workshops_changed.emit()

    def _follow_running_stage(self) -> None:
        from ..services import agenda

        running = 0
        if self._workshop_id:
            started = [
                s.id
                for s in agenda.list_stages(self.db, self._workshop_id)
                if s.started_at is not None and s.ended_at is None
            ]
            running = started[-1] if started else 0
        if running != self._running_stage:
            self._running_stage = running
            self.stage_started.emit(running)

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
            with self.controller.recording():
                self.do()
        except Exception as exc:
            self.failed = True
            self._drop("Redo" if self._done_once else "Doing", exc)
            return
        self._done_once = True

    def undo(self) -> None:
        try:
            with self.controller.recording():
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
