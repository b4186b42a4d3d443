"""The outline's tree view: keeps expansion and selection across refreshes, and moves
the selected ideas to the previous or next theme with Alt+Up / Alt+Down."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from .outline_model import DOTS, ID_ROLE, KIND_ROLE, TEXT, WHO, OutlineModel


class OutlineView(QTreeView):
    move_requested = Signal(int)  # -1: previous theme, +1: next theme

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline = model
        self.setModel(model)
        self.setAccessibleName(self.tr("Ideas by theme"))
        self.setAccessibleDescription(
            self.tr(
                "Themes with their ideas. F2 edits, Delete deletes, Alt+Up and Alt+Down "
                "move ideas to the previous or next theme, Ctrl+M merges the selected ideas."
            )
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DOTS, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(WHO, 240)
        self._collapsed: set[int] = set()
        self._pending: tuple[list[tuple[str, int]], tuple[str, int] | None] | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def selected_idea_ids(self) -> list[int]:
        ids = []
        for index in self.selectionModel().selectedRows(TEXT):
            if index.data(KIND_ROLE) == "idea":
                ids.append(int(index.data(ID_ROLE)))
        return ids

    def current_theme_id(self) -> int | None:
        """The theme of the current row (a theme row or an idea under it)."""
        branch = self.outline.branch_at(self.currentIndex())
        return branch.theme.id if branch and branch.theme else None

    def select_idea(self, idea_id: int) -> None:
        index = self.outline.idea_index(idea_id)
        if index.isValid():
            self.expand(index.parent())
            self.setCurrentIndex(index)
            self.scrollTo(index)

    # Keeping place across resets -------------------------------------------------------

    def _key(self, index: QModelIndex) -> tuple[str, int]:
        return (str(index.data(KIND_ROLE)), int(index.data(ID_ROLE) or 0))

    def _remember(self) -> None:
        for row in range(self.outline.rowCount()):
            index = self.outline.index(row, 0)
            if not self.isExpanded(index):
                self._collapsed.add(int(index.data(ID_ROLE) or 0))
            else:
                self._collapsed.discard(int(index.data(ID_ROLE) or 0))
        selected = [self._key(i) for i in self.selectionModel().selectedRows(TEXT)]
        current = self.currentIndex()
        self._pending = (selected, self._key(current) if current.isValid() else None)

    def _restore(self) -> None:
        for row in range(self.outline.rowCount()):
            index = self.outline.index(row, 0)
            self.setExpanded(index, int(index.data(ID_ROLE) or 0) not in self._collapsed)
        if not self._pending:
            return
        selected, current = self._pending
        self._pending = None
        selection = QItemSelection()
        for kind, item_id in selected:
            index = self._find(kind, item_id)
            if index.isValid():
                selection.select(index, index.siblingAtColumn(DOTS))
        if current:
            index = self._find(*current)
            if index.isValid():
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate
                )
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _find(self, kind: str, item_id: int) -> QModelIndex:
        if kind == "idea":
            return self.outline.idea_index(item_id)
        return self.outline.branch_index(item_id if kind == "theme" else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)
