"""Where notes go on the board: tidy theme columns, and a slot for a newly captured note.

Pure geometry in scene units (1 unit = 1 pixel at 100 % zoom), shared by the board,
the demo and the importer so every workshop opens on a readable board.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

NOTE_WIDTH = 240.0
NOTE_HEIGHT = 150.0
GAP = 16.0
PADDING = 20.0
HEADER = 64.0
ROWS_PER_COLUMN = 6
COLUMN_GAP = 48.0


@dataclass(frozen=True)
class Area:
    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


def _columns(count: int) -> int:
    return max(1, -(-count // ROWS_PER_COLUMN))


def area_size(note_count: int) -> tuple[float, float]:
    columns = _columns(note_count)
    rows = min(max(note_count, 1), ROWS_PER_COLUMN)
    width = 2 * PADDING + columns * NOTE_WIDTH + (columns - 1) * GAP
    height = HEADER + PADDING + rows * NOTE_HEIGHT + (rows - 1) * GAP
    return width, height


def slot(
    area_x: float, area_y: float, index: int, *, header: float = HEADER
) -> tuple[float, float]:
    """Top-left corner of the ``index``-th note in an area whose corner is given."""
    column, row = divmod(index, ROWS_PER_COLUMN)
    return (
        area_x + PADDING + column * (NOTE_WIDTH + GAP),
        area_y + header + row * (NOTE_HEIGHT + GAP),
    )


def arrange(
    theme_ids: Sequence[int], ideas: Sequence[tuple[int, int | None]]
) -> tuple[dict[int, Area], dict[int, tuple[float, float]]]:
    """Theme areas side by side in theme order, each with its notes in columns of six;
    notes without a theme to the right of them, under no heading.

    ``ideas`` is (idea id, theme id or None) in the order notes should appear.
    """
    members: dict[int | None, list[int]] = {tid: [] for tid in theme_ids}
    members[None] = []
    for idea_id, theme_id in ideas:
        members.setdefault(theme_id if theme_id in members else None, []).append(idea_id)
    areas: dict[int, Area] = {}
    positions: dict[int, tuple[float, float]] = {}
    x = 0.0
    for key in [*theme_ids, None]:
        notes = members[key]
        if key is None and not notes:
            continue
        width, height = area_size(len(notes))
        if key is not None:
            areas[key] = Area(x, 0.0, width, height)
        for index, idea_id in enumerate(notes):
            positions[idea_id] = slot(x, 0.0, index)
        x += width + COLUMN_GAP
    return areas, positions


def free_slot(
    area: Area | None, occupied: Sequence[tuple[float, float]], fallback_x: float
) -> tuple[float, float]:
    """The first slot of ``area`` (or of the unsorted column at ``fallback_x``) that no
    note's corner is near."""
    origin_x, origin_y = (area.x, area.y) if area else (fallback_x, 0.0)
    taken = {(round(x), round(y)) for x, y in occupied}
    for index in range(10_000):
        x, y = slot(origin_x, origin_y, index)
        if not any(
            abs(x - tx) < NOTE_WIDTH / 2 and abs(y - ty) < NOTE_HEIGHT / 2 for tx, ty in taken
        ):
            return x, y
    return slot(origin_x, origin_y, 0)
