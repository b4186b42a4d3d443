"""Undoable steps on the idea board: capture, edit, move, theme, merge, delete, arrange."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ...services import board
from ...services.snapshots import Snapshot
from ...text import shorten
from ..controller import Controller, ServiceCommand
from ..i18n import tr
from .base import CreateCommand, DeleteCommand, UpdateCommand

Place = tuple[float, float, int | None]


class CaptureIdea(CreateCommand):
    """A new sticky note (and the theme ``#Name`` created for it, if any)."""

    def __init__(
        self,
        controller: Controller,
        text: str,
        *,
        author_id: int | None = None,
        group_id: int | None = None,
        theme_id: int | None = None,
        theme_name: str | None = None,
        stage_id: int | None = None,
        colour: str | None = None,
        position: tuple[float, float] | None = None,
    ) -> None:
        super().__init__(controller, tr('Add idea "{text}"').format(text=shorten(text, 40)))
        self.workshop_id = controller.workshop_id
        given: dict[str, Any] = {
            "author_id": author_id,
            "group_id": group_id,
            "theme_id": theme_id,
            "theme_name": theme_name,
            "stage_id": stage_id,
            "colour": colour,
            "position": position,
        }
        # Left out rather than None: the service then takes the author's group.
        self.kwargs = {key: value for key, value in given.items() if value is not None}
        self.idea_text = text
        self.idea_id = 0
        self.new_theme_id = 0

    def create(self) -> None:
        captured = board.capture_idea(
            self.controller.db, self.workshop_id, self.idea_text, **self.kwargs
        )
        self.idea_id = captured.idea.id
        self.new_theme_id = captured.new_theme.id if captured.new_theme else 0

    def remove(self) -> list[Snapshot]:
        snapshots = [board.delete_ideas(self.controller.db, [self.idea_id])]
        if self.new_theme_id:
            snapshots.append(board.delete_theme(self.controller.db, self.new_theme_id))
        return snapshots


class EditIdea(UpdateCommand):
    """New text or colour of a note."""

    def __init__(self, controller: Controller, idea_id: int, **new: Any) -> None:
        current = board.get_idea(controller.db, idea_id)
        old = {key: getattr(current, key) for key in new}
        text = tr("Change colour") if "text" not in new else tr("Edit idea")
        super().__init__(controller, text, old, new)
        self.idea_id = idea_id

    def apply(self, values: dict[str, Any]) -> None:
        board.update_idea(self.controller.db, self.idea_id, **values)


class PlaceIdeas(ServiceCommand):
    """Notes moved on the board (one drag of a selection), each into the theme under it."""

    def __init__(
        self,
        controller: Controller,
        old: Mapping[int, Place],
        new: Mapping[int, Place],
        text: str | None = None,
    ) -> None:
        moved_theme = any(old[i][2] != new[i][2] for i in new)
        if text is None:
            text = tr("Move to theme") if moved_theme else tr("Move notes")
        super().__init__(controller, text)
        self.old, self.new = dict(old), dict(new)

    def _apply(self, places: dict[int, Place]) -> None:
        board.place_ideas(self.controller.db, places)

    def do(self) -> None:
        self._apply(self.new)

    def undo_(self) -> None:
        self._apply(self.old)


class FileIdeas(ServiceCommand):
    """Notes filed under a theme from a menu or the outline: each goes to a free spot in
    that theme's area, so the board and the outline agree."""

    def __init__(
        self, controller: Controller, idea_ids: Sequence[int], theme_id: int | None, name: str
    ) -> None:
        text = (
            tr('Move to theme "{name}"').format(name=name)
            if theme_id is not None
            else tr("Take out of theme")
        )
        super().__init__(controller, text)
        self.idea_ids = list(idea_ids)
        self.theme_id = theme_id
        self.old: dict[int, Place] = {}

    def do(self) -> None:
        db = self.controller.db
        if not self.old:
            for idea_id in self.idea_ids:
                idea = board.get_idea(db, idea_id)
                self.old[idea_id] = (idea.x, idea.y, idea.theme_id)
        board.file_ideas(db, self.idea_ids, self.theme_id)

    def undo_(self) -> None:
        board.place_ideas(self.controller.db, self.old)


class DeleteIdeas(DeleteCommand):
    def __init__(self, controller: Controller, idea_ids: Sequence[int]) -> None:
        count = len(idea_ids)
        text = tr("Delete %n idea(s)", "", count)
        super().__init__(controller, text)
        self.idea_ids = list(idea_ids)

    def delete(self) -> Snapshot:
        return board.delete_ideas(self.controller.db, self.idea_ids)


class MergeIdeas(ServiceCommand):
    """Fold other notes into one; undo brings the originals back with their dots."""

    def __init__(self, controller: Controller, keep_id: int, other_ids: Sequence[int]) -> None:
        super().__init__(controller, tr("Merge %n ideas", "", len(other_ids) + 1))
        self.keep_id = keep_id
        self.other_ids = list(other_ids)
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        _merged, self._snapshot = board.merge_ideas(
            self.controller.db, self.keep_id, self.other_ids
        )

    def undo_(self) -> None:
        assert self._snapshot is not None
        board.unmerge_ideas(self.controller.db, self.keep_id, self._snapshot)
        self._snapshot = None


class ArrangeByTheme(ServiceCommand):
    """Tidy columns; undo puts every note and area back where it was."""

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller, tr("Arrange by theme"))
        self.workshop_id = controller.workshop_id
        self.before = _layout(controller, self.workshop_id)
        self.after: tuple[dict[int, Any], dict[int, Any]] | None = None

    def do(self) -> None:
        db = self.controller.db
        if self.after is None:
            board.arrange_by_theme(db, self.workshop_id)
            self.after = _layout(self.controller, self.workshop_id)
        else:
            board.apply_layout(db, self.workshop_id, *self.after)

    def undo_(self) -> None:
        board.apply_layout(self.controller.db, self.workshop_id, *self.before)


def _layout(
    controller: Controller, workshop_id: int
) -> tuple[dict[int, tuple[float, float, float, float]], dict[int, tuple[float, float]]]:
    db = controller.db
    areas = {
        t.id: (t.x or 0.0, t.y or 0.0, t.width or 0.0, t.height or 0.0)
        for t in board.list_themes(db, workshop_id)
    }
    positions = {i.id: (i.x, i.y) for i in board.list_ideas(db, workshop_id)}
    return areas, positions


class MoveTheme(ServiceCommand):
    """A theme's area dragged by its heading, its notes travelling with it."""

    def __init__(
        self,
        controller: Controller,
        theme_id: int,
        old_area: tuple[float, float, float, float],
        new_area: tuple[float, float, float, float],
        members: Mapping[int, tuple[float, float]],
    ) -> None:
        super().__init__(controller, tr("Move theme"))
        self.workshop_id = controller.workshop_id
        self.theme_id = theme_id
        self.old_area, self.new_area = old_area, new_area
        dx, dy = new_area[0] - old_area[0], new_area[1] - old_area[1]
        self.old_positions = dict(members)
        self.new_positions = {i: (x + dx, y + dy) for i, (x, y) in members.items()}

    def _apply(
        self, area: tuple[float, float, float, float], positions: dict[int, tuple[float, float]]
    ) -> None:
        board.apply_layout(self.controller.db, self.workshop_id, {self.theme_id: area}, positions)

    def do(self) -> None:
        self._apply(self.new_area, self.new_positions)

    def undo_(self) -> None:
        self._apply(self.old_area, self.old_positions)


class AddTheme(CreateCommand):
    def __init__(self, controller: Controller, name: str, colour: str | None = None) -> None:
        super().__init__(controller, tr('Add theme "{name}"').format(name=shorten(name, 40)))
        self.workshop_id = controller.workshop_id
        self.name, self.colour = name, colour
        self.theme_id = 0

    def create(self) -> None:
        theme = board.add_theme(self.controller.db, self.workshop_id, self.name, self.colour)
        self.theme_id = theme.id

    def remove(self) -> list[Snapshot]:
        return [board.delete_theme(self.controller.db, self.theme_id)]


class UpdateTheme(UpdateCommand):
    """Rename or recolour a theme."""

    def __init__(self, controller: Controller, theme_id: int, **new: Any) -> None:
        current = next(
            t for t in board.list_themes(controller.db, controller.workshop_id) if t.id == theme_id
        )
        old = {key: getattr(current, key) for key in new}
        text = tr("Rename theme") if "name" in new else tr("Change theme colour")
        super().__init__(controller, text, old, new)
        self.theme_id = theme_id

    def apply(self, values: dict[str, Any]) -> None:
        board.update_theme(self.controller.db, self.theme_id, **values)


class DeleteTheme(DeleteCommand):
    """Delete a theme; its notes stay on the board, unthemed, and come back on undo."""

    def __init__(self, controller: Controller, theme_id: int, name: str) -> None:
        super().__init__(controller, tr('Delete theme "{name}"').format(name=shorten(name, 40)))
        self.theme_id = theme_id
        self.members = [
            i.id
            for i in board.list_ideas(controller.db, controller.workshop_id)
            if i.theme_id == theme_id
        ]

    def delete(self) -> Snapshot:
        return board.delete_theme(self.controller.db, self.theme_id)
