"""Undoable set-up steps: workshop details, groups, participants, name lists, stages."""

from __future__ import annotations

from typing import Any

from ...services import agenda, people, workshops
from ...services.people import NameLine
from ...services.snapshots import Snapshot
from ..controller import Controller, ServiceCommand
from ..i18n import tr
from .base import CreateCommand, DeleteCommand, UpdateCommand


class UpdateWorkshop(UpdateCommand):
    def __init__(self, controller: Controller, old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(controller, tr("Edit workshop details"), old, new)
        self.workshop_id = controller.workshop_id

    def apply(self, values: dict[str, Any]) -> None:
        workshops.update_workshop(self.controller.db, self.workshop_id, **values)


# Groups -------------------------------------------------------------------------------


class AddGroup(CreateCommand):
    def __init__(self, controller: Controller, name: str, colour: str | None = None) -> None:
        super().__init__(controller, tr('Add group "{name}"').format(name=name))
        self.workshop_id = controller.workshop_id
        self.name, self.colour = name, colour
        self.group_id = 0

    def create(self) -> None:
        group = people.add_group(self.controller.db, self.workshop_id, self.name, self.colour)
        self.group_id = group.id

    def remove(self) -> list[Snapshot]:
        return [people.delete_group(self.controller.db, self.group_id)]


class UpdateGroup(UpdateCommand):
    def __init__(self, controller: Controller, group_id: int, **new: Any) -> None:
        current = next(
            g for g in people.list_groups(controller.db, controller.workshop_id) if g.id == group_id
        )
        old = {key: getattr(current, key) for key in new}
        super().__init__(controller, tr("Edit group"), old, new)
        self.group_id = group_id

    def apply(self, values: dict[str, Any]) -> None:
        people.update_group(self.controller.db, self.group_id, **values)


class DeleteGroup(DeleteCommand):
    def __init__(self, controller: Controller, group_id: int, name: str) -> None:
        super().__init__(controller, tr('Delete group "{name}"').format(name=name))
        self.group_id = group_id

    def delete(self) -> Snapshot:
        return people.delete_group(self.controller.db, self.group_id)


# Participants -------------------------------------------------------------------------


class AddParticipant(CreateCommand):
    def __init__(self, controller: Controller, name: str, **details: Any) -> None:
        super().__init__(controller, tr('Add participant "{name}"').format(name=name))
        self.workshop_id = controller.workshop_id
        self.name, self.details = name, details
        self.participant_id = 0

    def create(self) -> None:
        person = people.add_participant(
            self.controller.db, self.workshop_id, self.name, **self.details
        )
        self.participant_id = person.id

    def remove(self) -> list[Snapshot]:
        return [people.delete_participant(self.controller.db, self.participant_id)]


class UpdateParticipant(UpdateCommand):
    def __init__(self, controller: Controller, participant_id: int, **new: Any) -> None:
        current = next(
            p
            for p in people.list_participants(controller.db, controller.workshop_id)
            if p.id == participant_id
        )
        old = {key: getattr(current, key) for key in new}
        super().__init__(controller, tr("Edit participant"), old, new)
        self.participant_id = participant_id

    def apply(self, values: dict[str, Any]) -> None:
        people.update_participant(self.controller.db, self.participant_id, **values)


class DeleteParticipant(DeleteCommand):
    def __init__(self, controller: Controller, participant_id: int, name: str) -> None:
        super().__init__(controller, tr('Delete participant "{name}"').format(name=name))
        self.participant_id = participant_id

    def delete(self) -> Snapshot:
        return people.delete_participant(self.controller.db, self.participant_id)


class AddParticipantList(CreateCommand):
    """Everyone on a pasted or imported list, with the groups it names, as one step."""

    def __init__(self, controller: Controller, lines: tuple[NameLine, ...]) -> None:
        text = tr("Add %n participant(s)", "", len(lines))
        super().__init__(controller, text)
        self.workshop_id = controller.workshop_id
        self.lines = lines
        self.participant_ids: list[int] = []
        self.group_ids: list[int] = []

    def create(self) -> None:
        db = self.controller.db
        before = {g.id for g in people.list_groups(db, self.workshop_id)}
        added = people.add_participants_from_list(db, self.workshop_id, self.lines)
        self.participant_ids = [p.id for p in added]
        self.group_ids = [g.id for g in people.list_groups(db, self.workshop_id)]
        self.group_ids = [g for g in self.group_ids if g not in before]

    def remove(self) -> list[Snapshot]:
        # People first (their snapshots keep their group), then the new groups; undo
        # puts snapshots back last-first, so the groups exist before their people.
        db = self.controller.db
        snapshots = [people.delete_participant(db, p) for p in self.participant_ids]
        return snapshots + [people.delete_group(db, g) for g in self.group_ids]


# Stages -------------------------------------------------------------------------------


class AddStage(CreateCommand):
    def __init__(self, controller: Controller, title: str, **details: Any) -> None:
        super().__init__(controller, tr('Add stage "{title}"').format(title=title))
        self.workshop_id = controller.workshop_id
        self.title, self.details = title, details
        self.stage_id = 0

    def create(self) -> None:
        stage = agenda.add_stage(self.controller.db, self.workshop_id, self.title, **self.details)
        self.stage_id = stage.id

    def remove(self) -> list[Snapshot]:
        return [agenda.delete_stage(self.controller.db, self.stage_id)]


class UpdateStage(UpdateCommand):
    def __init__(self, controller: Controller, stage_id: int, **new: Any) -> None:
        current = next(
            s for s in agenda.list_stages(controller.db, controller.workshop_id) if s.id == stage_id
        )
        old = {key: getattr(current, key) for key in new}
        super().__init__(controller, tr("Edit stage"), old, new)
        self.stage_id = stage_id

    def apply(self, values: dict[str, Any]) -> None:
        agenda.update_stage(self.controller.db, self.stage_id, **values)


class MoveStage(ServiceCommand):
    def __init__(self, controller: Controller, stage_id: int, old_index: int, new_index: int):
        super().__init__(controller, tr("Reorder agenda"))
        self.stage_id, self.old_index, self.new_index = stage_id, old_index, new_index

    def do(self) -> None:
        agenda.move_stage(self.controller.db, self.stage_id, self.new_index)

    def undo_(self) -> None:
        agenda.move_stage(self.controller.db, self.stage_id, self.old_index)


class DeleteStage(DeleteCommand):
    def __init__(self, controller: Controller, stage_id: int, title: str) -> None:
        super().__init__(controller, tr('Delete stage "{title}"').format(title=title))
        self.stage_id = stage_id

    def delete(self) -> Snapshot:
        return agenda.delete_stage(self.controller.db, self.stage_id)
