"""The library's workshops as a table: title, date, venue and what each one holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...services.records import WorkshopSummary
from ..dates import to_qdate
from ..i18n import ideas_count, people_count

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
TITLE, DATE, VENUE, PEOPLE, IDEAS, THEMES, ROUNDS, ACTIONS = range(8)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class WorkshopTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[WorkshopSummary] = []

    def set_rows(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, workshop_id: int) -> int:
        return next((n for n, w in enumerate(self.rows) if w.id == workshop_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Workshop"),
            self.tr("Date"),
            self.tr("Venue"),
            self.tr("People"),
            self.tr("Ideas"),
            self.tr("Themes"),
            self.tr("Votes"),
            self.tr("Actions"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        w = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return w.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TITLE:
                return w.title
            if column == DATE:
                # Month names in the interface's language ("4 Maw 2025" in Welsh).
                return QLocale().toString(to_qdate(w.date), "d MMM yyyy") if w.date else "—"
            if column == VENUE:
                return w.venue
            return str((w.participants, w.ideas, w.themes, w.rounds, w.actions)[column - PEOPLE])
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TITLE:
            when = (
                QLocale().toString(to_qdate(w.date), "d MMMM yyyy")
                if w.date
                else self.tr("no date")
            )
            return self.tr("{title}, {when}, {people}, {ideas}").format(
                title=w.title,
                when=when,
                people=people_count(w.participants),
                ideas=ideas_count(w.ideas),
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole and column == DATE:
            return w.date.isoformat() if w.date else ""
        return None
