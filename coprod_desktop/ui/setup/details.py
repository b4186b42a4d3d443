"""The workshop's details, each field committed (and undoable) as soon as it is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...services import workshops
from ...services.errors import DomainError
from ...services.records import WorkshopRecord
from ..commands.setup import UpdateWorkshop
from ..controller import Controller
from ..dates import from_qdate, to_qdate
from ..i18n import fit_dates


class DetailsForm(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.record: WorkshopRecord | None = None
        self.title = self._line(self.tr("Title"))
        self.purpose = QPlainTextEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setPlaceholderText(self.tr("Why the room is meeting, in a sentence or two"))
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(110)
        self.purpose.installEventFilter(self)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        fit_dates(self.date)
        self.date.setAccessibleName(self.tr("Date"))
        self.no_date = QCheckBox(self.tr("No date yet"))
        self.no_date.setAccessibleName(self.tr("No date yet"))
        self.venue = self._line(self.tr("Venue"))
        self.facilitator = self._line(self.tr("Facilitator"))
        self.organisation = self._line(self.tr("Organisation"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the minutes"))
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Welsh (Cymraeg)"), "cy")
        self.date.editingFinished.connect(self._date_changed)
        self.no_date.toggled.connect(self._date_changed)
        self.language.activated.connect(
            lambda _i: self._commit("language", self.language.currentData())
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.no_date)
        when.addStretch(1)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Language:"), self.language)
        controller.workshop_opened.connect(lambda _id: self.refresh())
        controller.workshop_changed.connect(self.refresh)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.editingFinished.connect(lambda: self._line_done(line))
        return line

    def _field_of(self, line: QLineEdit) -> str:
        return {
            id(self.title): "title",
            id(self.venue): "venue",
            id(self.facilitator): "facilitator",
            id(self.organisation): "organisation",
        }[id(line)]

    def _line_done(self, line: QLineEdit) -> None:
        self._commit(self._field_of(line), line.text().strip())

    def _date_changed(self) -> None:
        self.date.setEnabled(not self.no_date.isChecked())
        value = None if self.no_date.isChecked() else from_qdate(self.date.date())
        self._commit("date", value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.purpose and event.type() == QEvent.Type.FocusOut:
            self._commit("purpose", self.purpose.toPlainText())
        return super().eventFilter(watched, event)

    def _commit(self, field: str, value: Any) -> None:
        if self.record is None:
            return
        old = getattr(self.record, field)
        if old == value:
            return
        if field == "title" and not str(value).strip():
            self.controller.error.emit(self.tr("The workshop needs a title."))
            self.title.setText(self.record.title)
            return
        command = UpdateWorkshop(self.controller, {field: old}, {field: value})
        self.controller.push(command)
        if command.failed:
            self.refresh()

    def refresh(self) -> None:
        wid = self.controller.workshop_id
        self.record = None
        if not wid:
            return
        try:
            record = workshops.get_workshop(self.controller.db, wid)
        except DomainError:
            return
        widgets = (self.title, self.purpose, self.date, self.no_date, self.venue,
                   self.facilitator, self.organisation, self.language)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.title.setText(record.title)
        if self.purpose.toPlainText() != record.purpose:
            self.purpose.setPlainText(record.purpose)
        self.no_date.setChecked(record.date is None)
        self.date.setEnabled(record.date is not None)
        self.date.setDate(to_qdate(record.date) if record.date else QDate.currentDate())
        self.venue.setText(record.venue)
        self.facilitator.setText(record.facilitator)
        self.organisation.setText(record.organisation)
        self.language.setCurrentIndex(max(0, self.language.findData(record.language)))
        for widget in widgets:
            widget.blockSignals(False)
        self.record = record
