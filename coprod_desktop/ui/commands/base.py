"""Shapes of undoable steps shared by the board, set-up and agenda commands.

Each step is committed the moment it is done, undone or redone (one service call each);
the controller then tells the views what changed (the one-way loop in STYLE.md).
"""

from __future__ import annotations

from typing import Any

from ...services.snapshots import Snapshot, undo_delete
from ..controller import Controller, ServiceCommand


class CreateCommand(ServiceCommand):
    """First ``do`` creates; undo deletes it (keeping a snapshot); redo puts the snapshot
    back, so the record returns under the same id and everything pointing at it holds."""

    def __init__(self, controller: Controller, text: str) -> None:
        super().__init__(controller, text)
        self._snapshots: list[Snapshot] | None = None

    def create(self) -> None:
        raise NotImplementedError

    def remove(self) -> list[Snapshot]:
        """Delete what ``create`` made; the snapshots in the order the deletes ran (redo
        puts them back last-first)."""
        raise NotImplementedError

    def do(self) -> None:
        if self._snapshots is None:
            self.create()
        else:
            for snapshot in reversed(self._snapshots):
                undo_delete(self.controller.db, snapshot)
            self._snapshots = None

    def undo_(self) -> None:
        self._snapshots = self.remove()


class DeleteCommand(ServiceCommand):
    """Do deletes (a fresh snapshot each time); undo puts it all back."""

    def __init__(self, controller: Controller, text: str) -> None:
        super().__init__(controller, text)
        self._snapshot: Snapshot | None = None

    def delete(self) -> Snapshot:
        raise NotImplementedError

    def do(self) -> None:
        self._snapshot = self.delete()

    def undo_(self) -> None:
        if self._snapshot is not None:
            undo_delete(self.controller.db, self._snapshot)
            self._snapshot = None


class UpdateCommand(ServiceCommand):
    """Set fields to ``new``; undo sets them back to ``old`` (both keyword dicts)."""

    def __init__(
        self, controller: Controller, text: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        super().__init__(controller, text)
        self.old, self.new = old, new

    def apply(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def do(self) -> None:
        self.apply(self.new)

    def undo_(self) -> None:
        self.apply(self.old)
