"""Asking for a new workshop: its title, date, and a blank or template agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..dates import from_qdate
from ..i18n import fit_dates
from ..library.templates import TEMPLATES
from . import open_at_least


@dataclass(frozen=True)
class NewWorkshop:
    title: str
    date: date | None
    venue: str
    facilitator: str
    template: str  # "" for a blank agenda


class NewWorkshopDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.setAccessibleName(self.tr("New workshop"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Workshop title"))
        self.title.setPlaceholderText(self.tr("For example: Day centre: what next?"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        fit_dates(self.date)
        self.date.setAccessibleName(self.tr("Workshop date"))
        self.no_date = QCheckBox(self.tr("No date yet"))
        self.no_date.setAccessibleName(self.tr("No date yet"))
        self.no_date.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.venue = QLineEdit()
        self.venue.setAccessibleName(self.tr("Venue"))
        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.template = QComboBox()
        self.template.setSizeAdjustPolicy(  # long template names must not widen the dialog
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(20)
        self.template.setAccessibleName(self.tr("Agenda to start from"))
        self.template.addItem(self.tr("Blank agenda"), "")
        for t in TEMPLATES:
            self.template.addItem(t.translated_title(), t.key)
        self.preview = QLabel()
        self.preview.setProperty("role", "muted")
        self.preview.setWordWrap(True)
        self.template.currentIndexChanged.connect(self._preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.no_date)
        when.addStretch(1)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("&Agenda:"), self.template)
        form.addRow("", self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()
        self._preview()
        open_at_least(self, 520)

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def _preview(self) -> None:
        key = self.template.currentData()
        t = next((t for t in TEMPLATES if t.key == key), None)
        if t is None:
            self.preview.setText(self.tr("Start with an empty agenda and add stages in set-up."))
        else:
            steps = " → ".join(s.title for s in t.translated_stages())
            self.preview.setText(steps)

    def result_data(self) -> NewWorkshop:
        return NewWorkshop(
            title=self.title.text().strip(),
            date=None if self.no_date.isChecked() else from_qdate(self.date.date()),
            venue=self.venue.text().strip(),
            facilitator=self.facilitator.text().strip(),
            template=self.template.currentData() or "",
        )

    @classmethod
    def get(cls, parent: QWidget | None = None) -> NewWorkshop | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_data()
