"""The idea board's scene: note and theme items drawn from the services' records.

The scene never writes: a finished drag becomes a signal (``notes_moved``,
``theme_moved``) that the board page turns into an undo command; the command's
controller signal then updates the items here (the one-way loop).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from ...services.layout import GAP, NOTE_HEIGHT, NOTE_WIDTH, Area, free_slot
from ...services.records import (
    GroupRecord,
    IdeaRecord,
    ParticipantRecord,
    ThemeRecord,
)
from .. import style
from .note_item import NoteItem, Who
from .theme_item import ThemeItem

Place = tuple[float, float, int | None]


class BoardScene(QGraphicsScene):
    # Python objects, not dict/tuple: Qt would turn the int keys of a map into strings.
    notes_moved = Signal(object, object)  # {idea id: (x, y, theme id)} before, after
    theme_moved = Signal(int, object, object, object)  # id, old area, new area, {idea: (x, y)}
    rename_theme_requested = Signal(int)
    edit_requested = Signal(int)  # idea id (double-click)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes: dict[int, NoteItem] = {}
        self.themes: dict[int, ThemeItem] = {}
        self._groups: dict[int, GroupRecord] = {}
        self._people: dict[int, ParticipantRecord] = {}
        self._dots: dict[int, int] = {}
        self._theme_dots: dict[int, int] = {}
        self._search = ""
        self._drag_start: dict[int, Place] = {}
        self.apply_colours()

    # Loading and updating ---------------------------------------------------------------

    def clear_board(self) -> None:
        # Drop our Python references before Qt deletes the items: clearing the scene
        # first left dangling wrappers behind that crashed the interpreter on release.
        self.clearSelection()
        self.setFocusItem(None)  # type: ignore[arg-type]  # Qt takes nullptr; its stubs do not say so
        self.notes.clear()
        self.themes.clear()
        self.clear()

    def load(
        self,
        themes: Iterable[ThemeRecord],
        ideas: Iterable[IdeaRecord],
        groups: Iterable[GroupRecord],
        people: Iterable[ParticipantRecord],
        dots: Mapping[int, int],
        theme_dots: Mapping[int, int] | None = None,
    ) -> None:
        """Replace everything on the board (``dots``: per idea, ``theme_dots``: per theme,
        from one closed round)."""
        self.clear_board()
        self._groups = {g.id: g for g in groups}
        self._people = {p.id: p for p in people}
        self._dots = dict(dots)
        self._theme_dots = dict(theme_dots or {})
        for theme in themes:
            self._add_theme(theme)
        for idea in ideas:
            self._add_note(idea)
        self._count_members()
        self._apply_search()

    def set_people(
        self, groups: Iterable[GroupRecord], people: Iterable[ParticipantRecord]
    ) -> None:
        self._groups = {g.id: g for g in groups}
        self._people = {p.id: p for p in people}
        for note in self.notes.values():
            note.set_who(self._who(note.idea))

    def set_dots(self, dots: Mapping[int, int]) -> None:
        self._dots = dict(dots)
        for idea_id, note in self.notes.items():
            note.set_dots(self._dots.get(idea_id))

    def set_theme_dots(self, dots: Mapping[int, int]) -> None:
        """Dots of a round about themes, shown on the theme frames."""
        self._theme_dots = dict(dots)
        for theme_id, item in self.themes.items():
            item.set_dots(self._theme_dots.get(theme_id))

    def set_themes(self, themes: Iterable[ThemeRecord]) -> None:
        fresh = {t.id: t for t in themes}
        for theme_id in list(self.themes):
            if theme_id not in fresh:
                self.removeItem(self.themes.pop(theme_id))
        for theme in fresh.values():
            if theme.id in self.themes:
                self.themes[theme.id].set_theme(theme)
            else:
                self._add_theme(theme)
        self._count_members()

    def upsert_ideas(self, ideas: Iterable[IdeaRecord]) -> list[NoteItem]:
        items = []
        for idea in ideas:
            note = self.notes.get(idea.id)
            if note is None:
                note = self._add_note(idea)
            else:
                note.set_idea(idea)
                note.set_who(self._who(idea))
                note.set_dots(self._dots.get(idea.id))
            if self._search:
                note.set_match(self._matches(idea))
            items.append(note)
        self._count_members()
        return items

    def remove_ideas(self, idea_ids: Iterable[int]) -> None:
        for idea_id in idea_ids:
            note = self.notes.pop(idea_id, None)
            if note is not None:
                self.removeItem(note)
        self._count_members()

    def _add_theme(self, theme: ThemeRecord) -> ThemeItem:
        item = ThemeItem(theme)
        item.set_dots(self._theme_dots.get(theme.id))
        self.themes[theme.id] = item
        self.addItem(item)
        return item

    def _add_note(self, idea: IdeaRecord) -> NoteItem:
        note = NoteItem(idea, self._who(idea), self._dots.get(idea.id))
        self.notes[idea.id] = note
        self.addItem(note)
        return note

    def _who(self, idea: IdeaRecord) -> Who:
        group = self._groups.get(idea.group_id) if idea.group_id is not None else None
        person = self._people.get(idea.author_id) if idea.author_id is not None else None
        words = [w for w in ((group.name if group else ""), (person.name if person else "")) if w]
        return Who(" · ".join(words), group.colour if group else None)

    def _count_members(self) -> None:
        counts: dict[int, int] = {}
        for note in self.notes.values():
            if note.idea.theme_id is not None:
                counts[note.idea.theme_id] = counts.get(note.idea.theme_id, 0) + 1
        for theme_id, item in self.themes.items():
            item.set_count(counts.get(theme_id, 0))

    def apply_colours(self) -> None:
        self.setBackgroundBrush(style.board_colours().background)
        self.update()

    # Search -----------------------------------------------------------------------------

    def search(self, text: str) -> int:
        """Highlight notes containing ``text`` (any case) and dim the rest; the count."""
        self._search = text.strip().casefold()
        return self._apply_search()

    def _matches(self, idea: IdeaRecord) -> bool:
        return self._search in idea.text.casefold()

    def _apply_search(self) -> int:
        found = 0
        for note in self.notes.values():
            if not self._search:
                note.set_match(None)
                continue
            hit = self._matches(note.idea)
            found += hit
            note.set_match(hit)
        return found

    def matching_notes(self) -> list[NoteItem]:
        return [n for n in self.notes.values() if n.match]

    # Questions the page asks ------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [item.idea_id for item in self.selectedItems() if isinstance(item, NoteItem)]

    def theme_at(self, point: QPointF) -> int | None:
        """The theme whose area holds ``point`` (the most recently made, if they overlap)."""
        hits = [t for t in self.themes.values() if t.area().contains(point)]
        if not hits:
            return None
        return max(hits, key=lambda t: (t.theme.position, t.theme.id)).theme_id

    def board_rect(self) -> QRectF:
        rect = QRectF()
        for item in (*self.themes.values(), *self.notes.values()):
            rect = rect.united(item.sceneBoundingRect())
        return rect

    # Dragging notes ---------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._drag_start = {
            n.idea_id: (n.pos().x(), n.pos().y(), n.idea.theme_id)
            for n in self.selectedItems()
            if isinstance(n, NoteItem)
        }

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.finish_drag()

    def finish_drag(self) -> None:
        """Report the notes a drag moved, each with the theme now under its centre; a
        note let go on top of another goes to the nearest free spot beside it."""
        before: dict[int, Place] = {}
        after: dict[int, Place] = {}
        moving = set(self._drag_start)
        taken = [(n.pos().x(), n.pos().y()) for i, n in self.notes.items() if i not in moving]
        for idea_id, start in self._drag_start.items():
            note = self.notes.get(idea_id)
            if note is None:
                continue
            pos = note.pos()
            if (pos.x(), pos.y()) == start[:2]:
                continue
            theme = self.theme_at(note.center())  # where it was let go: the intent
            x, y = self.free_spot(pos.x(), pos.y(), taken)
            if (x, y) != (pos.x(), pos.y()):
                note.setPos(x, y)
            taken.append((x, y))
            before[idea_id] = start
            after[idea_id] = (x, y, theme)
        self._drag_start = {}
        if after:
            self.notes_moved.emit(before, after)

    def free_spot(
        self, x: float, y: float, taken: list[tuple[float, float]]
    ) -> tuple[float, float]:
        """(x, y) if no note is there; else the nearest spot, in the grid of the note it
        would cover, that none covers (in the same theme as (x, y) where there is room)."""

        def covering(px: float, py: float) -> tuple[float, float] | None:
            return next(
                (
                    (tx, ty)
                    for tx, ty in taken
                    if abs(px - tx) < NOTE_WIDTH / 2 and abs(py - ty) < NOTE_HEIGHT / 2
                ),
                None,
            )

        under = covering(x, y)
        if under is None:
            return x, y
        centre = QPointF(NOTE_WIDTH / 2, NOTE_HEIGHT / 2)
        theme = self.theme_at(QPointF(x, y) + centre)
        step_x, step_y = NOTE_WIDTH + GAP, NOTE_HEIGHT + GAP
        spots = sorted(
            (
                (under[0] + col * step_x, under[1] + row * step_y)
                for col in range(-4, 5)
                for row in range(-4, 5)
                if col or row
            ),
            key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2,
        )
        free = [p for p in spots if covering(*p) is None]
        same_theme = [p for p in free if self.theme_at(QPointF(*p) + centre) == theme]
        if theme is not None and not same_theme:
            # A full theme: its next slot, which its area grows to hold.
            box = self.themes[theme].area()
            area = Area(box.x(), box.y(), box.width(), box.height())
            return free_slot(area, taken, 0.0)
        return (same_theme or free or [(x, y)])[0]

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, NoteItem):
                self.edit_requested.emit(item.idea_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    # Dragging themes (called by ThemeItem) ----------------------------------------------

    def theme_dragged(self, theme: ThemeItem, delta: QPointF) -> None:
        for note in self.notes.values():
            if note.idea.theme_id == theme.theme_id:
                note.setPos(note.pos() + delta)

    def theme_dropped(self, theme: ThemeItem, start: QPointF) -> None:
        record = theme.theme
        old_area = (start.x(), start.y(), theme.area().width(), theme.area().height())
        new_area = (theme.pos().x(), theme.pos().y(), old_area[2], old_area[3])
        members = {
            n.idea_id: (n.idea.x, n.idea.y)
            for n in self.notes.values()
            if n.idea.theme_id == record.id
        }
        self.theme_moved.emit(record.id, old_area, new_area, members)

    def colour_of(self, idea_id: int) -> QColor:
        note = self.notes.get(idea_id)
        return QColor(note.idea.colour) if note else QColor()
