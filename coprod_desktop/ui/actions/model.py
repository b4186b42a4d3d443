"""The actions of the open workshop as a table model, and a proxy that sorts and filters.

The model never writes: an edit becomes an ``UpdateAction`` pushed on the undo stack,
and the model rereads when ``actions_changed`` comes back (the one-way loop).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from ...db.models import ACTION_STATUSES
from ...services import actions, board, people
from ...services.records import ActionRecord, IdeaRecord, ParticipantRecord, ThemeRecord
from ...text import one_line, shorten
from ..controller import Controller
from ..dates import to_qdate
from ..i18n import tr
from .commands import UpdateAction

TITLE, OWNER, DUE, STATUS, LINKS, NOTES = range(6)
OPEN_STATUSES = ("proposed", "agreed", "in_progress")
ActionIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
OwnerRole = Qt.ItemDataRole.UserRole + 3  # (owner_id, owner_name)
Index = QModelIndex | QPersistentModelIndex


def status_labels() -> dict[str, str]:
    return {
        "proposed": tr("Proposed"),
        "agreed": tr("Agreed"),
        "in_progress": tr("In progress"),
        "done": tr("Done"),
        "dropped": tr("Dropped"),
    }


STATUS_COLOURS = {
    "proposed": "#9CA3AF",
    "agreed": "#1A5FB4",
    "in_progress": "#D97706",
    "done": "#15803D",
    "dropped": "#6B7280",
}
_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small mark beside the status word (the word always says it; colour only helps)."""
    if status not in _ICONS:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATUS_COLOURS.get(status, "#9CA3AF"))
        painter.setPen(colour.darker(130))
        painter.setBrush(colour if status != "proposed" else QColor("transparent"))
        painter.drawEllipse(2, 2, 10, 10)
        if status == "dropped":
            painter.drawLine(3, 11, 11, 3)
        painter.end()
        _ICONS[status] = QIcon(pixmap)
    return _ICONS[status]


class ActionsModel(QAbstractTableModel):
    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.actions: list[ActionRecord] = []
        self.people: list[ParticipantRecord] = []
        self.ideas: dict[int, IdeaRecord] = {}
        self.idea_no: dict[int, int] = {}
        self.themes: dict[int, ThemeRecord] = {}
        self._choices_stale = False  # ideas added or edited since ``ideas`` was read
        self.headers = [
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Answers"),
            self.tr("Notes"),
        ]
        controller.workshop_opened.connect(lambda _id: self.reload())
        for signal in (controller.actions_changed, controller.participants_changed,
                       controller.board_reset):  # fmt: skip
            signal.connect(self.reload)
        controller.themes_changed.connect(self._themes_changed)
        controller.ideas_changed.connect(self._ideas_changed)
        controller.ideas_removed.connect(lambda _ids: self.reload())
        self.reload()

    # Reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Reread from the library; keeps rows (and the view's selection) in place when
        the same actions are there in the same order."""
        wid = self.controller.workshop_id
        if wid and self.controller.has_library:
            db = self.controller.db
            fresh = actions.list_actions(db, wid)
            self.people = people.list_participants(db, wid)
            ideas = board.list_ideas(db, wid)
            self.ideas = {i.id: i for i in ideas}
            self.idea_no = {i.id: n for n, i in enumerate(ideas, start=1)}
            self.themes = {t.id: t for t in board.list_themes(db, wid)}
            self._choices_stale = False
        else:
            fresh, self.people, self.ideas, self.idea_no, self.themes = [], [], {}, {}, {}
        if [a.id for a in fresh] == [a.id for a in self.actions]:
            self.actions = fresh
            if fresh:
                self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, NOTES))
        else:
            self.beginResetModel()
            self.actions = fresh
            self.endResetModel()

    def _ideas_changed(self, idea_ids: list[int]) -> None:
        """Ideas are captured as fast as people talk: reread only when an idea that an
        action answers was edited (a new idea changes no other idea's number); the
        others are read when the facilitator next chooses what an action answers."""
        linked = {i for a in self.actions for i in a.idea_ids}
        if linked.intersection(idea_ids):
            self.reload()
        else:
            self._choices_stale = True

    def link_choices(self) -> tuple[list[IdeaRecord], list[ThemeRecord]]:
        """Every idea (in board order) and theme an action may answer, as they are now."""
        wid = self.controller.workshop_id
        if self._choices_stale and wid and self.controller.has_library:
            ideas = board.list_ideas(self.controller.db, wid)
            self.ideas = {i.id: i for i in ideas}
            self.idea_no = {i.id: n for n, i in enumerate(ideas, start=1)}
        self._choices_stale = False
        return (
            sorted(self.ideas.values(), key=lambda i: self.idea_no[i.id]),
            sorted(self.themes.values(), key=lambda t: (t.position, t.id)),
        )

    def _themes_changed(self) -> None:
        """A theme renamed, or its area grown as a note lands in it (every few captures):
        only the themes' names are shown here, so only they are reread (a theme deleted
        takes its links with it, and that comes as ``actions_changed``)."""
        wid = self.controller.workshop_id
        if not wid or not self.controller.has_library:
            return
        self.themes = {t.id: t for t in board.list_themes(self.controller.db, wid)}
        if any(a.theme_ids for a in self.actions):
            self.dataChanged.emit(self.index(0, LINKS), self.index(len(self.actions) - 1, LINKS))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != LINKS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def owner_text(self, action: ActionRecord) -> str:
        if action.owner_id is not None:
            person = next((p for p in self.people if p.id == action.owner_id), None)
            return person.name if person else ""
        return action.owner_name or ""

    def unnamed_owner(self, action: ActionRecord) -> ParticipantRecord | None:
        """The action's owner if they are a participant who has not agreed to be named in
        the minutes (which then say "a participant")."""
        if action.owner_id is None:
            return None
        person = next((p for p in self.people if p.id == action.owner_id), None)
        return person if person is not None and not person.named_in_minutes else None

    def links_text(self, action: ActionRecord) -> str:
        parts = [
            self.tr("Idea {n}: {text}").format(
                n=self.idea_no[i], text=shorten(self.ideas[i].text, 50)
            )
            for i in action.idea_ids
            if i in self.ideas
        ]
        parts += [
            self.tr("Theme: {name}").format(name=self.themes[t].name)
            for t in action.theme_ids
            if t in self.themes
        ]
        return "; ".join(parts)

    def links_short(self, action: ActionRecord) -> str:
        """What an action answers in a few words: idea numbers and theme names."""
        numbers = [str(self.idea_no[i]) for i in action.idea_ids if i in self.ideas]
        parts = []
        if numbers:
            text = self.tr("Idea(s) {numbers}", "", len(numbers))
            parts.append(text.format(numbers=", ".join(numbers)))
        parts += [self.themes[t].name for t in action.theme_ids if t in self.themes]
        return shorten(" · ".join(parts), 90)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.actions):
            return None
        action = self.actions[index.row()]
        column = index.column()
        if role == ActionIdRole:
            return action.id
        if role == OwnerRole:
            return (action.owner_id, action.owner_name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            full = role == Qt.ItemDataRole.ToolTipRole
            if column == TITLE:
                return action.title if full else shorten(action.title, 120)
            if column == OWNER:
                return self.owner_text(action) or ("" if full else self.tr("Not set"))
            if column == DUE:
                due = action.due
                return QLocale().toString(to_qdate(due), "d MMM yyyy") if due else ""
            if column == STATUS:
                return status_labels().get(action.status, action.status)
            if column == LINKS:
                return self.links_text(action) if full else self.links_short(action)
            if column == NOTES:
                return action.notes if full else shorten(action.notes, 80)
        if role == Qt.ItemDataRole.EditRole:
            return {
                TITLE: action.title,
                OWNER: self.owner_text(action),
                DUE: to_qdate(action.due) if action.due else QDate(),
                STATUS: action.status,
                LINKS: (action.idea_ids, action.theme_ids),
                NOTES: action.notes,
            }[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headers[column]}: {self.data(index) or self.tr('empty')}"
        if role == SortRole:
            return self._sort_key(action, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_icon(action.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == OWNER:
            # "Not set" in the theme's placeholder grey (a fixed grey fades on black).
            placeholder = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None if self.owner_text(action) else QBrush(placeholder)
        return None

    def _sort_key(self, action: ActionRecord, column: int) -> Any:
        if column == DUE:
            return action.due.toordinal() if action.due else 10**7
        if column == STATUS:
            return ACTION_STATUSES.index(action.status) if action.status in ACTION_STATUSES else 99
        if column == OWNER:
            return self.owner_text(action).casefold() or "\uffff"
        return str(self.data(self.index(self.actions.index(action), column)) or "").casefold()

    # Writing (through the undo stack) -------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        action = self.actions[index.row()]
        changes = self.changes_for(action, index.column(), value)
        if not changes:
            return False
        self.controller.push(UpdateAction(self.controller, action.id, **changes))
        return True

    def changes_for(self, action: ActionRecord, column: int, value: Any) -> dict[str, Any]:
        """The service fields an edited cell stands for (nothing if it did not change)."""
        if column == TITLE:
            title = str(value).strip()
            if not title:
                self.controller.error.emit(
                    self.tr("An action needs a title; it was left as it was.")
                )
                return {}
            return {"title": title} if title != action.title else {}
        if column == OWNER:
            owner_id, owner_name = self.owner_from(value)
            if (owner_id, owner_name) == (action.owner_id, action.owner_name or None):
                return {}
            return {"owner_id": owner_id, "owner_name": owner_name}
        if column == DUE:
            due = value.toPython() if isinstance(value, QDate) and value.isValid() else value
            due = due if isinstance(due, date) else None
            return {"due": due} if due != action.due else {}
        if column == STATUS:
            return {"status": value} if value in ACTION_STATUSES and value != action.status else {}
        if column == NOTES:
            notes = str(value)
            return {"notes": notes} if notes != action.notes else {}
        if column == LINKS:
            idea_ids, theme_ids = value
            if (tuple(idea_ids), tuple(theme_ids)) == (action.idea_ids, action.theme_ids):
                return {}
            return {"idea_ids": tuple(idea_ids), "theme_ids": tuple(theme_ids)}
        return {}

    def owner_from(self, value: Any) -> tuple[int | None, str | None]:
        """A participant (by id, or by a name typed exactly) or a free-text owner."""
        if isinstance(value, int):
            return value, None
        text = one_line(str(value or ""))
        if not text:
            return None, None
        for person in self.people:
            if person.name.casefold() == text.casefold():
                return person.id, None
        return None, text

    def row_of(self, action_id: int) -> int:
        return next((n for n, a in enumerate(self.actions) if a.id == action_id), -1)


class ActionsFilter(QSortFilterProxyModel):
    """Sorts by a key per column (dates as dates, statuses in their order) and keeps the
    rows that match the search text and the chosen status."""

    ALL, OPEN = "", "open"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.text = ""
        self.status = self.ALL

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", text.casefold().strip()))

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "status", status))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ActionsModel) or row >= len(model.actions):
            return False
        action = model.actions[row]
        if self.status == self.OPEN and action.status not in OPEN_STATUSES:
            return False
        if self.status not in (self.ALL, self.OPEN) and action.status != self.status:
            return False
        if not self.text:
            return True
        haystack = " ".join(
            (action.title, model.owner_text(action), action.notes, model.links_text(action),
             status_labels().get(action.status, ""))
        ).casefold()  # fmt: skip
        return all(word in haystack for word in self.text.split())
