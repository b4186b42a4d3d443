"""In-place editors for the actions table: owner (a participant or free text), due date
(a calendar, or no date), status (a list), notes (several lines)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDateEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...db.models import ACTION_STATUSES
from .model import DUE, NOTES, OWNER, STATUS, ActionsModel, status_labels

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # the date editor's "No date" (its special value)


def _source(model: QAbstractItemModel | None) -> ActionsModel | None:
    """The actions model under any proxy models."""
    while model is not None and not isinstance(model, ActionsModel):
        model = getattr(model, "sourceModel", lambda: None)()
    return model


class DueCalendar(QCalendarWidget):
    """The date editor's calendar, as tall as its month bar and its six weeks need: Qt
    sized it for its own smaller cells, cutting off the last week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueCalendar")
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def _parts(self) -> tuple[QSize, QSize]:
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        view = self.findChild(QWidget, "qt_calendar_calendarview")
        return (
            bar.sizeHint() if bar is not None else QSize(),
            view.sizeHint() if view is not None else QSize(),
        )

    def minimumSizeHint(self) -> QSize:  # Qt's sizeHint asks this one too
        bar, view = self._parts()
        own = super().minimumSizeHint()
        row = self.fontMetrics().height() + 12
        rows = 7  # the day names and six weeks
        return QSize(
            max(own.width(), bar.width(), view.width()),
            max(own.height(), bar.height() + max(view.height(), rows * row) + 4),
        )


class DueEdit(QDateEdit):
    """A date with a calendar; its earliest value reads "No date", and the calendar
    opens on this month rather than on that placeholder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setCalendarWidget(DueCalendar(self))
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(NO_DATE)
        calendar = self.calendarWidget()
        calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class ListBox(QComboBox):
    """A drop-down in the table: Alt+Down and Alt+Up open its list, as in any other
    drop-down, rather than reaching the table's own Alt+Down (move the action)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            event.accept()  # the key comes to this box, not to a shortcut
            return True
        return super().event(event)


class ActionDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == OWNER:
            box = ListBox(parent)
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.setAccessibleName(self.tr("Owner: a participant, or type a team or name"))
            line = box.lineEdit()
            assert line is not None  # the box is editable
            line.setPlaceholderText(self.tr("A person, or a team such as Housing"))
            model = _source(index.model())
            box.addItem("", None)
            unnamed = self.tr("Not named in the minutes: no consent recorded")
            for person in model.people if model else []:
                box.addItem(person.name, person.id)
                if not person.named_in_minutes:
                    box.setItemData(box.count() - 1, unnamed, Qt.ItemDataRole.ToolTipRole)
            completer = box.completer()
            if completer is not None:
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            return box
        if column == DUE:
            edit = DueEdit(parent)
            edit.setSpecialValueText(self.tr("No date"))
            edit.setAccessibleName(self.tr("Due date"))
            return edit
        if column == STATUS:
            box = ListBox(parent)
            box.setAccessibleName(self.tr("Status"))
            for status in ACTION_STATUSES:
                box.addItem(status_labels()[status], status)
            return box
        if column == NOTES:
            text = QPlainTextEdit(parent)
            text.setAccessibleName(self.tr("Notes (Tab to finish)"))
            text.setTabChangesFocus(True)
            return text
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("Action"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        column = index.column()
        if column == OWNER and isinstance(editor, QComboBox):
            owner_id, _name = index.data(Qt.ItemDataRole.UserRole + 3) or (None, None)
            found = editor.findData(owner_id) if owner_id is not None else -1
            if found >= 0:
                editor.setCurrentIndex(found)
            else:
                editor.setEditText(str(value or ""))
        elif column == DUE and isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value.isValid() else NO_DATE)
        elif column == STATUS and isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif column == NOTES and isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        column = index.column()
        value: Any
        if column == OWNER and isinstance(editor, QComboBox):
            text = editor.currentText().strip()
            data = editor.currentData()
            value = (
                data
                if data is not None and editor.itemText(editor.currentIndex()) == text
                else text
            )
        elif column == DUE and isinstance(editor, QDateEdit):
            value = QDate() if editor.date() == NO_DATE else editor.date()
        elif column == STATUS and isinstance(editor, QComboBox):
            value = editor.currentData()
        elif column == NOTES and isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
