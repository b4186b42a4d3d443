"""Undoable steps on the facilitator's stage notes; each tells the views through
``notes_changed``."""

from __future__ import annotations

from typing import Any

from ...services import agenda
from ...services.snapshots import Snapshot
from ..commands.base import CreateCommand, DeleteCommand, UpdateCommand
from ..controller import Controller
from ..i18n import tr


class AddNote(CreateCommand):
    def __init__(self, controller: Controller, text: str, stage_id: int | None) -> None:
        super().__init__(controller, tr("Add a note"))
        self.workshop_id = controller.workshop_id
        self.note_text, self.stage_id = text, stage_id
        self.note_id = 0

    def create(self) -> None:
        note = agenda.add_note(
            self.controller.db, self.workshop_id, self.note_text, stage_id=self.stage_id
        )
        self.note_id = note.id

    def remove(self) -> list[Snapshot]:
        return [agenda.delete_note(self.controller.db, self.note_id)]


class UpdateNote(UpdateCommand):
    def __init__(self, controller: Controller, note_id: int, **new: Any) -> None:
        current = next(
            n for n in agenda.list_notes(controller.db, controller.workshop_id) if n.id == note_id
        )
        old = {key: getattr(current, key) for key in new}
        text = tr("Move a note") if set(new) == {"stage_id"} else tr("Edit a note")
        super().__init__(controller, text, old, new)
        self.note_id = note_id

    def apply(self, values: dict[str, Any]) -> None:
        agenda.update_note(self.controller.db, self.note_id, **values)


class DeleteNote(DeleteCommand):
    def __init__(self, controller: Controller, note_id: int) -> None:
        super().__init__(controller, tr("Delete a note"))
        self.note_id = note_id

    def delete(self) -> Snapshot:
        return agenda.delete_note(self.controller.db, self.note_id)
