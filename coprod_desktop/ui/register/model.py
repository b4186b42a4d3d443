"""Actions across workshops as a table, and the proxy that filters it without rereading.

The rows come from ``services.action_register`` in its order (overdue first, then by
due date); the filters are the service's own ``ActionFilter``, except that the owner is
matched in the words the interface shows (Welsh "Cyfranogwr (Preswylwyr)").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ...services.action_register import ActionFilter, TrackedAction
from ..actions.model import status_icon, status_labels
from ..dates import to_qdate
from ..i18n import tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DUE, TITLE, STATUS, OWNER, WORKSHOP, ORGANISATION, ANSWERS = range(7)
ActionRole = Qt.ItemDataRole.UserRole + 1  # the TrackedAction of the row
OVERDUE_COLOUR = "#B42318"
_OVERDUE_ICON: list[QIcon] = []


def overdue_icon() -> QIcon:
    """A red warning triangle beside the word "overdue" (the word says it; this helps)."""
    if not _OVERDUE_ICON:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.moveTo(8, 1.5)
        path.lineTo(15, 14.5)
        path.lineTo(1, 14.5)
        path.closeSubpath()
        painter.fillPath(path, QColor(OVERDUE_COLOUR))
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawLine(8, 6, 8, 10)
        painter.drawPoint(8, 12)
        painter.end()
        _OVERDUE_ICON.append(QIcon(pixmap))
    return _OVERDUE_ICON[0]


def shown_owner(action: TrackedAction, words: tuple[str, str] | None = None) -> str:
    """The owner in the interface's words: by name only with their consent. ``words``:
    "A participant" and "A participant ({group})" translated (``participant_words``)."""
    return action.owner_shown(*(words or participant_words()))


def participant_words() -> tuple[str, str]:
    return tr("A participant"), tr("A participant ({group})")


def answers_text(action: TrackedAction, separator: str = "; ") -> str:
    """The ideas (in quotes) and themes an action answers, in one line."""
    parts = [f"“{text}”" for text in action.ideas]
    parts += [tr("theme {name}").format(name=name) for name in action.themes]
    return separator.join(parts)


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.actions: list[TrackedAction] = []
        self.owners: list[str] = []  # each row's owner as shown (filtered on, listed)
        self.headers = [
            self.tr("Due"),
            self.tr("Action"),
            self.tr("Status"),
            self.tr("Owner"),
            self.tr("Workshop"),
            self.tr("Organisation"),
            self.tr("Answers"),
        ]

    def set_actions(self, actions: list[TrackedAction]) -> None:
        words = participant_words()
        self.beginResetModel()
        self.actions = list(actions)
        self.owners = [shown_owner(action, words) for action in self.actions]
        self.endResetModel()

    def row_of(self, action_id: int) -> int:
        return next((n for n, a in enumerate(self.actions) if a.id == action_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def due_text(self, action: TrackedAction) -> str:
        if action.due is None:
            return self.tr("No date")
        day = QLocale().toString(to_qdate(action.due), "d MMM yyyy")
        return self.tr("Overdue: {date}").format(date=day) if action.overdue else day

    def workshop_text(self, action: TrackedAction) -> str:
        if action.workshop_date is None:
            return action.workshop_title
        day = QLocale().toString(to_qdate(action.workshop_date), "d MMM yyyy")
        return self.tr("{title} ({date})").format(title=action.workshop_title, date=day)

    def cell_text(self, action: TrackedAction, column: int, owner: str = "") -> str:
        if column == DUE:
            return self.due_text(action)
        if column == TITLE:
            return action.title
        if column == STATUS:
            return status_labels().get(action.status, action.status)
        if column == OWNER:
            return owner or shown_owner(action) or "—"
        if column == WORKSHOP:
            return self.workshop_text(action)
        if column == ORGANISATION:
            return action.organisation or "—"
        return answers_text(action) or "—"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self.actions[index.row()]
        column = index.column()
        if role == ActionRole:
            return action
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(action, column, self.owners[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ANSWERS and (action.ideas or action.themes):
                return answers_text(action, "\n")
            if column in (TITLE, WORKSHOP):
                return self.cell_text(action, column)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.cell_text(action, column)
            if column == TITLE and action.overdue:
                return self.tr("{title}, overdue").format(title=text)
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            if column == DUE and action.overdue:
                return overdue_icon()
            if column == STATUS:
                return status_icon(action.status)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and action.overdue:
            return QColor(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and action.overdue and column == TITLE:
            font = QFont()
            font.setBold(True)
            return font
        return None


class RegisterFilter(QSortFilterProxyModel):
    """The service's filters, applied to the rows already read (a change of filter is
    instant); the owner's words are looked for in the owner as the interface shows it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filters = ActionFilter()
        self._words = ""
        self._rest = self.filters  # the filters but the owner's words
        self._all = True  # nothing is filtered out

    def set_filters(self, filters: ActionFilter) -> None:
        if filters == self.filters:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self._set(filters)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._set(filters)
            self.invalidateFilter()

    def _set(self, filters: ActionFilter) -> None:
        self.filters = filters
        self._words = filters.owner.casefold()
        self._rest = replace(filters, owner="")
        self._all = filters == ActionFilter()

    def accepts(self, model: RegisterModel, row: int) -> bool:
        """Whether the model's ``row`` is shown (what ``filterAcceptsRow`` asks, in Python)."""
        if self._all:
            return True
        if self._words and self._words not in model.owners[row].casefold():
            return False
        return self._rest.matches(model.actions[row])

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RegisterModel)
        return self.accepts(model, source_row)
