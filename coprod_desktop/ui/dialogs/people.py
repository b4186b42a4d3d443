"""Dialogs for a group and a participant; each offers ``get`` for tests to replace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.palette import GROUP_COLOURS
from ...services.records import GroupRecord, ParticipantRecord
from ..i18n import tr
from . import open_at_least


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def colour_combo(current: str | None, palette: Sequence[tuple[str, str]]) -> QComboBox:
    """A list of named colours (the name says it; the swatch shows it)."""
    from PySide6.QtCore import QCoreApplication

    combo = QComboBox()
    for code, name in palette:
        combo.addItem(swatch(code), QCoreApplication.translate("palette", name), code)
    if current and combo.findData(current.upper()) < 0:
        combo.addItem(swatch(current), current.upper(), current.upper())
    if current:
        combo.setCurrentIndex(combo.findData(current.upper()))
    return combo


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


@dataclass(frozen=True)
class GroupData:
    name: str
    colour: str


class GroupDialog(QDialog):
    def __init__(self, parent: QWidget | None, group: GroupRecord | None, colour: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit group") if group else self.tr("New group"))
        self.name = QLineEdit(group.name if group else "")
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.setPlaceholderText(self.tr("For example: Residents, Carers, Staff"))
        self.colour = colour_combo(group.colour if group else colour, GROUP_COLOURS)
        self.colour.setAccessibleName(self.tr("Group colour"))
        self.buttons = _buttons(self, self.tr("Save") if group else self.tr("Add"))
        self.name.textChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Colour:"), self.colour)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()
        open_at_least(self, 420)

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def data(self) -> GroupData:
        return GroupData(self.name.text().strip(), str(self.colour.currentData()))

    @classmethod
    def get(
        cls, parent: QWidget | None, group: GroupRecord | None = None, colour: str = "#E69F00"
    ) -> GroupData | None:
        dialog = cls(parent, group, colour)
        return dialog.data() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class ParticipantData:
    name: str
    group_id: int | None
    named_in_minutes: bool
    attended: bool


class ParticipantDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        person: ParticipantRecord | None,
        groups: Sequence[GroupRecord],
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit participant") if person else self.tr("New participant"))
        self.name = QLineEdit(person.name if person else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("The name people know them by"))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.group.addItem(self.tr("No group"), None)
        for g in groups:
            self.group.addItem(swatch(g.colour), g.name, g.id)
        chosen = person.group_id if person else group_id
        self.group.setCurrentIndex(max(0, self.group.findData(chosen)) if chosen else 0)
        self.named = QCheckBox(self.tr("Agrees to be named in the minutes"))
        self.named.setAccessibleName(self.tr("Agrees to be named in the minutes"))
        self.named.setChecked(person.named_in_minutes if person else False)
        self.attended = QCheckBox(self.tr("Attended"))
        self.attended.setAccessibleName(self.tr("Attended"))
        self.attended.setChecked(person.attended if person else True)
        self.buttons = _buttons(self, self.tr("Save") if person else self.tr("Add"))
        self.name.textChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow("", self.named)
        form.addRow("", self.attended)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()
        open_at_least(self, 460)

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def data(self) -> ParticipantData:
        return ParticipantData(
            self.name.text().strip(),
            self.group.currentData(),
            self.named.isChecked(),
            self.attended.isChecked(),
        )

    @classmethod
    def get(
        cls,
        parent: QWidget | None,
        person: ParticipantRecord | None,
        groups: Sequence[GroupRecord],
        group_id: int | None = None,
    ) -> ParticipantData | None:
        dialog = cls(parent, person, groups, group_id)
        return dialog.data() if dialog.exec() == QDialog.DialogCode.Accepted else None
