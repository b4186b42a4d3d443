"""Voting steps: the undoable ones (setting up a draft round, a run-off, the tally) as
commands, and the ones that cannot be undone by their nature (opening, closing) as
plain functions that tell the views.

A cast ballot is never undoable: in a secret round nothing knows which ballot was whose.
Undoing the creation of a round that has since opened is refused, so undo can never
throw away votes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from ...services import voting
from ...services.errors import VotingError
from ...services.records import RoundRecord
from ...services.snapshots import Snapshot
from ..commands.base import CreateCommand, DeleteCommand
from ..controller import Controller, ServiceCommand
from ..i18n import tr


@dataclass(frozen=True)
class RoundSettings:
    """A round's set-up as the form holds it (``items``/``electors`` empty: decided
    when the round opens: every idea or theme, everyone who attended)."""

    question: str
    target: str = "ideas"
    method: str = "ballot"
    dots_per_voter: int = 3
    max_dots_per_item: int = 1
    secret: bool = True
    items: tuple[int, ...] = field(default=())
    electors: tuple[int, ...] = field(default=())

    @classmethod
    def of(cls, record: RoundRecord) -> RoundSettings:
        return cls(
            record.question,
            record.target,
            record.method,
            record.dots_per_voter,
            record.max_dots_per_item,
            record.secret,
            tuple(record.items),
            tuple(record.electors),
        )

    def values(self) -> dict[str, Any]:
        return asdict(self)


class CreateRound(CreateCommand):
    def __init__(self, controller: Controller, settings: RoundSettings) -> None:
        super().__init__(controller, tr("New voting round"))
        self.settings = settings
        self.round_id = 0

    def create(self) -> None:
        values = self.settings.values()
        record = voting.create_round(self.controller.db, self.controller.workshop_id, **values)
        self.round_id = record.id

    def remove(self) -> list[Snapshot]:
        _refuse_unless_draft(self.controller, self.round_id)
        return [voting.delete_round(self.controller.db, self.round_id)]


class CreateRunoff(CreateCommand):
    """A draft round on just the items tied at the top of a closed round."""

    def __init__(self, controller: Controller, round_id: int) -> None:
        super().__init__(controller, tr("Run-off round"))
        self.of_round_id = round_id
        self.round_id = 0

    def create(self) -> None:
        db = self.controller.db
        of = voting.get_round(db, self.of_round_id)
        question = tr("Run-off: {question}").format(question=of.question)
        self.round_id = voting.create_runoff(db, self.of_round_id, question).id

    def remove(self) -> list[Snapshot]:
        _refuse_unless_draft(self.controller, self.round_id)
        return [voting.delete_round(self.controller.db, self.round_id)]


class UpdateRound(ServiceCommand):
    """Change a draft round's set-up; refused by the service once it has opened."""

    def __init__(
        self, controller: Controller, round_id: int, old: RoundSettings, new: RoundSettings
    ) -> None:
        super().__init__(controller, tr("Change voting round"))
        self.round_id, self.old, self.new = round_id, old, new

    def _apply(self, settings: RoundSettings) -> None:
        voting.update_round(self.controller.db, self.round_id, **settings.values())

    def do(self) -> None:
        self._apply(self.new)

    def undo_(self) -> None:
        self._apply(self.old)


class DeleteRound(DeleteCommand):
    def __init__(self, controller: Controller, round_id: int) -> None:
        super().__init__(controller, tr("Delete voting round"))
        self.round_id = round_id

    def delete(self) -> Snapshot:
        return voting.delete_round(self.controller.db, self.round_id)


class RecordTally(ServiceCommand):
    """Store the counts of sticker dots; undo puts the previous counts back."""

    def __init__(
        self,
        controller: Controller,
        round_id: int,
        old: Mapping[int, int],
        new: Mapping[int, int],
    ) -> None:
        super().__init__(controller, tr("Record sticker counts"))
        self.round_id, self.old, self.new = round_id, dict(old), dict(new)

    def _apply(self, counts: dict[int, int]) -> None:
        voting.record_tallies(self.controller.db, self.round_id, counts)

    def do(self) -> None:
        self._apply(self.new)

    def undo_(self) -> None:
        self._apply(self.old)


def _refuse_unless_draft(controller: Controller, round_id: int) -> None:
    if voting.get_round(controller.db, round_id).status != "draft":
        raise VotingError(tr("That round has been opened, so making it can no longer be undone."))


def open_round(controller: Controller, round_id: int) -> RoundRecord | None:
    """Open voting (not undoable: people may start voting at once)."""
    return controller.call(voting.open_round, round_id)


def close_round(controller: Controller, round_id: int) -> RoundRecord | None:
    """Close voting for good (a closed round never reopens; start a new one instead)."""
    return controller.call(voting.close_round, round_id)
