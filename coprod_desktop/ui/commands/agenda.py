"""Undoable agenda steps: starting a stage (which ends the one running) and ending it."""

from __future__ import annotations

from datetime import datetime

from ...services import agenda
from ..controller import Controller, ServiceCommand
from ..i18n import tr

Stamps = dict[int, tuple[datetime | None, datetime | None]]


def _stamps(controller: Controller) -> Stamps:
    return {
        s.id: (s.started_at, s.ended_at)
        for s in agenda.list_stages(controller.db, controller.workshop_id)
    }


class _StampCommand(ServiceCommand):
    """Remembers every stage's stamps before, and after the first run, so undo and redo
    put back exactly the times that were recorded (not new ones)."""

    def __init__(self, controller: Controller, text: str, stage_id: int) -> None:
        super().__init__(controller, text)
        self.stage_id = stage_id
        self.before = _stamps(controller)
        self.after: Stamps | None = None

    def stamp(self) -> None:
        raise NotImplementedError

    def _put(self, stamps: Stamps, reference: Stamps) -> None:
        for stage_id, (started, ended) in stamps.items():
            if reference.get(stage_id) != (started, ended):
                agenda.set_stage_times(self.controller.db, stage_id, started, ended)

    def do(self) -> None:
        if self.after is None:
            self.stamp()
            self.after = _stamps(self.controller)
        else:
            self._put(self.after, _stamps(self.controller))

    def undo_(self) -> None:
        self._put(self.before, _stamps(self.controller))


class StartStage(_StampCommand):
    def __init__(
        self, controller: Controller, stage_id: int, title: str, at: datetime | None = None
    ) -> None:
        super().__init__(controller, tr('Start "{title}"').format(title=title), stage_id)
        self.at = at

    def stamp(self) -> None:
        agenda.start_stage(self.controller.db, self.stage_id, self.at)


class EndStage(_StampCommand):
    def __init__(
        self, controller: Controller, stage_id: int, title: str, at: datetime | None = None
    ) -> None:
        super().__init__(controller, tr('End "{title}"').format(title=title), stage_id)
        self.at = at

    def stamp(self) -> None:
        agenda.end_stage(self.controller.db, self.stage_id, self.at)
