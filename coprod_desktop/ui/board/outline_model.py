"""The board as a tree: themes as branches, ideas as leaves, for keyboard and
screen-reader users. Read-only towards storage: an edit becomes ``edit_requested``,
which the board page turns into the same undo command the board uses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ...services.records import GroupRecord, IdeaRecord, ParticipantRecord, ThemeRecord
from ..i18n import colour_label, dots_count

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "theme" | "unsorted" | "idea"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT, WHO, DOTS = range(3)


@dataclass
class Branch:
    theme: ThemeRecord | None
    ideas: list[IdeaRecord] = field(default_factory=list)


def _lines_slashed(text: str) -> str:
    """The note's lines on one row, a " / " where each line broke (blank lines dropped)."""
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


class OutlineModel(QAbstractItemModel):
    edit_requested = Signal(str, int, str)  # "idea" | "theme", id, new text

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.branches: list[Branch] = []
        self._groups: dict[int, GroupRecord] = {}
        self._people: dict[int, ParticipantRecord] = {}
        self._dots: dict[int, int] = {}
        self._theme_dots: dict[int, int] = {}

    # Filling ----------------------------------------------------------------------------

    def load(
        self,
        themes: Iterable[ThemeRecord],
        ideas: Iterable[IdeaRecord],
        groups: Iterable[GroupRecord],
        people: Iterable[ParticipantRecord],
        dots: Mapping[int, int],
        theme_dots: Mapping[int, int] | None = None,
    ) -> None:
        """``dots`` per idea or ``theme_dots`` per theme: the one round the board shows."""
        self.beginResetModel()
        self._groups = {g.id: g for g in groups}
        self._people = {p.id: p for p in people}
        self._dots = dict(dots)
        self._theme_dots = dict(theme_dots or {})
        branches = {t.id: Branch(t) for t in themes}
        unsorted = Branch(None)
        for idea in sorted(ideas, key=lambda i: (i.created_at, i.id)):
            branch = branches.get(idea.theme_id) if idea.theme_id is not None else None
            (branch or unsorted).ideas.append(idea)
        self.branches = [*branches.values(), unsorted]
        self.endResetModel()

    def idea_index(self, idea_id: int, column: int = 0) -> QModelIndex:
        for b_row, branch in enumerate(self.branches):
            for row, idea in enumerate(branch.ideas):
                if idea.id == idea_id:
                    return self.createIndex(row, column, b_row + 1)
        return QModelIndex()

    def branch_index(self, theme_id: int | None) -> QModelIndex:
        for row, branch in enumerate(self.branches):
            if (branch.theme.id if branch.theme else None) == theme_id:
                return self.createIndex(row, 0, 0)
        return QModelIndex()

    def idea_at(self, index: Index) -> IdeaRecord | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.branches[index.internalId() - 1].ideas[index.row()]

    def branch_at(self, index: Index) -> Branch | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.branches[index.row()]
        return self.branches[index.internalId() - 1]

    # QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    # One Python method answers both QObject.parent() and the model's parent(index), which
    # the stubs type as two incompatible overloads.
    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self.branches)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.branches[parent.row()].ideas)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Theme / idea"), self.tr("Who"), self.tr("Dots"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = index.column() == TEXT and (
            index.internalId() != 0 or self.branches[index.row()].theme is not None
        )
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._branch_data(self.branches[index.row()], index.column(), role)
        idea = self.branches[index.internalId() - 1].ideas[index.row()]
        return self._idea_data(idea, index.column(), role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        idea = self.idea_at(index)
        if idea is not None:
            if value.strip() and value != idea.text:
                self.edit_requested.emit("idea", idea.id, value)
            return False
        branch = self.branch_at(index)
        theme = branch.theme if branch is not None else None
        if theme is not None and value.strip() and value != theme.name:
            self.edit_requested.emit("theme", theme.id, value)
        return False

    # Cell contents ----------------------------------------------------------------------

    def _branch_data(self, branch: Branch, column: int, role: int) -> Any:
        theme = branch.theme
        name = theme.name if theme else self.tr("No theme")
        count = len(branch.ideas)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT:
                return self.tr("{name} ({n})").format(name=name, n=count)
            if column == DOTS:
                if theme is not None and theme.id in self._theme_dots:
                    return str(self._theme_dots[theme.id])
                total = sum(self._dots.get(i.id, 0) for i in branch.ideas if i.id in self._dots)
                return str(total) if any(i.id in self._dots for i in branch.ideas) else ""
            return ""
        if role == Qt.ItemDataRole.EditRole and column == TEXT:
            return name
        if role == Qt.ItemDataRole.DecorationRole and column == TEXT and theme:
            return QColor(theme.colour)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TEXT:
            colour = self.tr(", colour {c}").format(c=colour_label(theme.colour)) if theme else ""
            text = self.tr("Theme {name}{colour}, %n idea(s)", "", count)
            text = text.format(name=name, colour=colour)
            if theme is not None and theme.id in self._theme_dots:
                text += ", " + dots_count(self._theme_dots[theme.id])
            return text
        if role == KIND_ROLE:
            return "theme" if theme else "unsorted"
        if role == ID_ROLE:
            return theme.id if theme else 0
        if role == Qt.ItemDataRole.FontRole:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _idea_data(self, idea: IdeaRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT:
                return _lines_slashed(idea.text)
            if column == WHO:
                return self._who(idea)
            if column == DOTS:
                return str(self._dots[idea.id]) if idea.id in self._dots else ""
            return None
        if role == Qt.ItemDataRole.EditRole and column == TEXT:
            return idea.text
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            table = f"\n\n{idea.table_name}" if idea.table_name else ""
            return idea.text[:2000] + table
        if role == Qt.ItemDataRole.DecorationRole and column == WHO:
            group = self._groups.get(idea.group_id) if idea.group_id is not None else None
            return QColor(group.colour) if group else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TEXT:
            parts = [_lines_slashed(idea.text)]
            who = self._who(idea)
            if who:
                parts.append(self.tr("from {who}").format(who=who))
            if idea.table_name:
                parts.append(self.tr("table: {table}").format(table=idea.table_name))
            if idea.id in self._dots:
                parts.append(dots_count(self._dots[idea.id]))
            return ", ".join(parts)
        if role == KIND_ROLE:
            return "idea"
        if role == ID_ROLE:
            return idea.id
        return None

    def _who(self, idea: IdeaRecord) -> str:
        group = self._groups.get(idea.group_id) if idea.group_id is not None else None
        person = self._people.get(idea.author_id) if idea.author_id is not None else None
        return " · ".join(
            w for w in (group.name if group else "", person.name if person else "") if w
        )
