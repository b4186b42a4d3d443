"""Undoable steps on agreed actions; each tells every view through ``actions_changed``
(the actions page, the shared screen's actions mode, the minutes preview)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ...services import actions
from ...services.snapshots import Snapshot
from ...text import one_line, shorten
from ..commands.base import CreateCommand, DeleteCommand, UpdateCommand
from ..controller import Controller, ServiceCommand
from ..i18n import tr

FIELDS = ("title", "owner_id", "owner_name", "due", "status", "notes", "idea_ids", "theme_ids")


class AddAction(CreateCommand):
    def __init__(
        self,
        controller: Controller,
        title: str,
        *,
        owner_id: int | None = None,
        owner_name: str | None = None,
        due: date | None = None,
        status: str = "proposed",
        notes: str = "",
        idea_ids: Sequence[int] = (),
        theme_ids: Sequence[int] = (),
    ) -> None:
        super().__init__(controller, tr('Add action "{title}"').format(title=shorten(title, 40)))
        self.workshop_id = controller.workshop_id
        self.values: dict[str, Any] = {
            "owner_id": owner_id, "owner_name": owner_name, "due": due, "status": status,
            "notes": notes, "idea_ids": tuple(idea_ids), "theme_ids": tuple(theme_ids),
        }  # fmt: skip
        self.title = title
        self.action_id = 0

    def create(self) -> None:
        record = actions.add_action(self.controller.db, self.workshop_id, self.title, **self.values)
        self.action_id = record.id

    def remove(self) -> list[Snapshot]:
        return [actions.delete_action(self.controller.db, self.action_id)]


class UpdateAction(UpdateCommand):
    """Change some fields of an action; undo puts exactly those fields back."""

    def __init__(self, controller: Controller, action_id: int, **new: Any) -> None:
        unknown = set(new) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown action fields: {sorted(unknown)}")
        current = actions.get_action(controller.db, action_id)
        if "owner_id" in new or "owner_name" in new:  # the owner is one thing: keep both
            new.setdefault("owner_id", None)
            new.setdefault("owner_name", None)
        old = {key: getattr(current, key) for key in new}
        what = {
            "title": tr("Rename action"),
            "owner_id": tr("Change who owns an action"),
            "due": tr("Change when an action is due"),
            "status": tr("Change an action's status"),
            "notes": tr("Edit an action's notes"),
            "idea_ids": tr("Change what an action answers"),
            "theme_ids": tr("Change what an action answers"),
        }
        text = next((what[k] for k in what if k in new), tr("Edit action"))
        super().__init__(controller, text, old, new)
        self.action_id = action_id

    def apply(self, values: dict[str, Any]) -> None:
        actions.update_action(self.controller.db, self.action_id, **values)


class DeleteAction(DeleteCommand):
    def __init__(self, controller: Controller, action_id: int, title: str) -> None:
        super().__init__(controller, tr('Delete action "{title}"').format(title=shorten(title, 40)))
        self.action_id = action_id

    def delete(self) -> Snapshot:
        return actions.delete_action(self.controller.db, self.action_id)


class MoveAction(ServiceCommand):
    """Put an action at another place in the list (the order of the minutes)."""

    def __init__(self, controller: Controller, action_id: int, new_index: int) -> None:
        super().__init__(controller, tr("Move action"))
        order = [a.id for a in actions.list_actions(controller.db, controller.workshop_id)]
        self.action_id = action_id
        self.old_index = order.index(action_id)
        self.new_index = new_index

    def do(self) -> None:
        actions.move_action(self.controller.db, self.action_id, self.new_index)

    def undo_(self) -> None:
        actions.move_action(self.controller.db, self.action_id, self.old_index)


def make_action_from(
    controller: Controller,
    title: str,
    idea_ids: Sequence[int] = (),
    theme_ids: Sequence[int] = (),
    *,
    notes: str = "",
) -> int | None:
    """Add an action answering these ideas or themes, as one undoable step; other pages
    call this for "Make an action" (from a note, a theme, a result row). Returns the new
    action's id, or None if it was refused (the reason goes to ``controller.error``)."""
    if not controller.workshop_id:
        return None
    title = one_line(title) or tr("New action")
    command = AddAction(controller, title, notes=notes, idea_ids=idea_ids, theme_ids=theme_ids)
    controller.push(command)
    return None if command.failed else command.action_id
