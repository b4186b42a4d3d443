"""The dialog for one agenda stage: title, planned minutes, the prompt for the room."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.records import StageRecord
from . import open_at_least


@dataclass(frozen=True)
class StageData:
    title: str
    planned_minutes: int | None
    prompt: str


class StageDialog(QDialog):
    def __init__(self, parent: QWidget | None, stage: StageRecord | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit stage") if stage else self.tr("New stage"))
        self.title = QLineEdit(stage.title if stage else "")
        self.title.setAccessibleName(self.tr("Stage title"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("not planned"))
        self.minutes.setValue((stage.planned_minutes or 0) if stage else 20)
        self.minutes.setAccessibleName(self.tr("Planned minutes"))
        self.prompt = QPlainTextEdit(stage.prompt if stage else "")
        self.prompt.setAccessibleName(self.tr("Prompt shown to the room"))
        self.prompt.setPlaceholderText(self.tr("The question the room answers in this stage"))
        self.prompt.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if stage else self.tr("Add")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Planned:"), self.minutes)
        form.addRow(self.tr("P&rompt:"), self.prompt)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()
        open_at_least(self, 520)

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def data(self) -> StageData:
        minutes = self.minutes.value()
        return StageData(
            self.title.text().strip(), minutes or None, self.prompt.toPlainText().strip()
        )

    @classmethod
    def get(cls, parent: QWidget | None, stage: StageRecord | None = None) -> StageData | None:
        dialog = cls(parent, stage)
        return dialog.data() if dialog.exec() == QDialog.DialogCode.Accepted else None
