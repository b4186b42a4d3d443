"""Choose what an action answers: ideas and themes, ticked in a list you can search."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.records import IdeaRecord, ThemeRecord
from ...text import shorten

Links = tuple[tuple[int, ...], tuple[int, ...]]


class LinksDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ideas: Sequence[IdeaRecord],
        themes: Sequence[ThemeRecord],
        chosen: Links,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What this action answers"))
        hint = QLabel(self.tr("Tick the themes and ideas this action responds to."))
        hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ideas and themes"))
        self.search.setAccessibleName(self.tr("Search ideas and themes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Ideas and themes"))
        idea_ids, theme_ids = set(chosen[0]), set(chosen[1])
        for theme in themes:
            self._add(self.tr("Theme: {name}").format(name=theme.name), ("theme", theme.id),
                      theme.id in theme_ids)  # fmt: skip
        for n, idea in enumerate(ideas, start=1):
            self._add(self.tr("Idea {n}: {text}").format(n=n, text=shorten(idea.text, 140)),
                      ("idea", idea.id), idea.id in idea_ids)  # fmt: skip
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save links"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _add(self, text: str, key: tuple[str, int], checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(text)
        self.list.addItem(item)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = item.text().casefold()
            item.setHidden(not all(w in haystack for w in words))

    def chosen(self) -> Links:
        ideas: list[int] = []
        themes: list[int] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kind, item_id = item.data(Qt.ItemDataRole.UserRole)
                (ideas if kind == "idea" else themes).append(item_id)
        return tuple(ideas), tuple(themes)

    @classmethod
    def get(
        cls,
        parent: QWidget | None,
        ideas: Sequence[IdeaRecord],
        themes: Sequence[ThemeRecord],
        chosen: Links,
    ) -> Links | None:
        """The links chosen, or None if cancelled (tests replace this)."""
        dialog = cls(parent, ideas, themes, chosen)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
