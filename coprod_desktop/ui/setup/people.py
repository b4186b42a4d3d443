"""Groups (each colour named, from a colour-blind-safe palette) and participants."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import people
from ...services.palette import GROUP_COLOURS, nth_colour
from ...services.records import GroupRecord, ParticipantRecord
from ..buttons import push_button
from ..commands import setup as cmd
from ..controller import Controller
from ..dialogs.name_list import NameListDialog
from ..dialogs.people import GroupDialog, ParticipantDialog, swatch
from ..flow_layout import FlowLayout
from ..i18n import colour_label
from ..tables import set_up_list_table

NAME, GROUP, NAMED, ATTENDED = range(4)


def _delete_shortcut(widget: QWidget, slot: Callable[[], object]) -> None:
    action = QAction(widget)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)


class GroupsPanel(QWidget):
    status = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.groups: list[GroupRecord] = []
        heading = QLabel(self.tr("Groups"))
        heading.setProperty("role", "subheading")
        hint = QLabel(
            self.tr("Kinds of participant, so results show whether groups chose differently.")
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Groups"))
        self.list.itemActivated.connect(lambda _i: self.edit())
        _delete_shortcut(self.list, self.delete)
        self.add_button = push_button(self.tr("&Add group…"), "add")
        self.edit_button = push_button(self.tr("Edit…"), "edit")
        self.delete_button = push_button(self.tr("Delete"), "delete")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = FlowLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        controller.workshop_opened.connect(lambda _id: self.refresh())
        controller.groups_changed.connect(self.refresh)

    def refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        self.groups = (
            people.list_groups(self.controller.db, self.controller.workshop_id)
            if self.controller.workshop_id
            else []
        )
        for g in self.groups:
            item = QListWidgetItem(swatch(g.colour, 20), f"{g.name}  ({colour_label(g.colour)})")
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{name}, colour {colour}").format(
                    name=g.name, colour=colour_label(g.colour)
                ),
            )
            self.list.addItem(item)
        if self.groups:
            self.list.setCurrentRow(min(max(row, 0), len(self.groups) - 1))

    def current(self) -> GroupRecord | None:
        row = self.list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def add(self) -> None:
        data = GroupDialog.get(self, None, nth_colour(GROUP_COLOURS, len(self.groups)))
        if data is not None:
            self.controller.push(cmd.AddGroup(self.controller, data.name, data.colour))

    def edit(self) -> None:
        group = self.current()
        if group is None:
            return
        data = GroupDialog.get(self, group)
        if data is None:
            return
        new = {k: v for k, v in (("name", data.name), ("colour", data.colour))
               if getattr(group, k) != v}  # fmt: skip
        if new:
            self.controller.push(cmd.UpdateGroup(self.controller, group.id, **new))

    def delete(self) -> None:
        group = self.current()
        if group is not None:
            self.controller.push(cmd.DeleteGroup(self.controller, group.id, group.name))
            self.status.emit(
                self.tr("Deleted the group; its people stay, without a group. Ctrl+Z undoes.")
            )


class ParticipantsPanel(QWidget):
    status = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.people: list[ParticipantRecord] = []
        self.groups: dict[int, GroupRecord] = {}
        heading = QLabel(self.tr("Participants"))
        heading.setProperty("role", "subheading")
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.table = QTableWidget(0, 4)
        set_up_list_table(self.table, self.tr("Participants"), row_height=34)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Group"), self.tr("Named in minutes"), self.tr("Attended")]
        )
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (GROUP, NAMED, ATTENDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemActivated.connect(lambda _i: self.edit())
        _delete_shortcut(self.table, self.delete)
        self.add_button = push_button(self.tr("Add &participant…"), "add")
        self.list_button = push_button(self.tr("Paste or import a &list…"), "import")
        self.edit_button = push_button(self.tr("Edit…"), "edit")
        self.delete_button = push_button(self.tr("Delete"), "delete")
        self.add_button.clicked.connect(self.add)
        self.list_button.clicked.connect(self.add_list)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = FlowLayout()
        for b in (self.add_button, self.list_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        controller.workshop_opened.connect(lambda _id: self.refresh())
        controller.participants_changed.connect(self.refresh)
        controller.groups_changed.connect(self.refresh)

    def refresh(self) -> None:
        wid = self.controller.workshop_id
        row = self.table.currentRow()
        db = self.controller.db if wid else None
        self.people = people.list_participants(db, wid) if db else []
        self.groups = {g.id: g for g in people.list_groups(db, wid)} if db else {}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.people))
        for r, p in enumerate(self.people):
            name = QTableWidgetItem(p.name)
            group = self.groups.get(p.group_id) if p.group_id is not None else None
            group_item = QTableWidgetItem(group.name if group else self.tr("No group"))
            if group:
                group_item.setIcon(swatch(group.colour))
            self.table.setItem(r, NAME, name)
            self.table.setItem(r, GROUP, group_item)
            for column, value, label in (
                (NAMED, p.named_in_minutes, self.tr("named in minutes")),
                (ATTENDED, p.attended, self.tr("attended")),
            ):
                item = QTableWidgetItem(self.tr("Yes") if value else self.tr("No"))
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{label}: {self.tr('yes') if value else self.tr('no')}",
                )
                self.table.setItem(r, column, item)
        self.table.blockSignals(False)
        if self.people:
            self.table.selectRow(min(max(row, 0), len(self.people) - 1))
        attended = sum(1 for p in self.people if p.attended)
        self.count.setText(
            self.tr("%n person(s), {a} attended", "", len(self.people)).format(a=attended)
        )

    def current(self) -> ParticipantRecord | None:
        row = self.table.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _item_changed(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        if column not in (NAMED, ATTENDED) or not 0 <= row < len(self.people):
            return
        person = self.people[row]
        value = item.checkState() == Qt.CheckState.Checked
        field = "named_in_minutes" if column == NAMED else "attended"
        if getattr(person, field) != value:
            self.controller.push(
                cmd.UpdateParticipant(self.controller, person.id, **{field: value})
            )

    def add(self) -> None:
        data = ParticipantDialog.get(self, None, list(self.groups.values()))
        if data is not None:
            self.controller.push(
                cmd.AddParticipant(
                    self.controller, data.name, group_id=data.group_id,
                    named_in_minutes=data.named_in_minutes, attended=data.attended,
                )
            )  # fmt: skip

    def edit(self) -> None:
        person = self.current()
        if person is None:
            return
        data = ParticipantDialog.get(self, person, list(self.groups.values()))
        if data is None:
            return
        new = {
            key: value
            for key, value in (
                ("name", data.name), ("group_id", data.group_id),
                ("named_in_minutes", data.named_in_minutes), ("attended", data.attended),
            )
            if getattr(person, key) != value
        }  # fmt: skip
        if new:
            self.controller.push(cmd.UpdateParticipant(self.controller, person.id, **new))

    def delete(self) -> None:
        person = self.current()
        if person is not None:
            self.controller.push(cmd.DeleteParticipant(self.controller, person.id, person.name))
            self.status.emit(self.tr("Deleted {name}. Ctrl+Z undoes.").format(name=person.name))

    def add_list(self) -> None:
        report = NameListDialog.get(self, groups=[g.name for g in self.groups.values()])
        if report is None or not report.people:
            return
        self.controller.push(cmd.AddParticipantList(self.controller, report.people))
        added, skipped = len(report.people), len(report.problems)
        message = self.tr("Added %n person(s).", "", added)
        if skipped:
            message += " " + self.tr("%n line(s) were skipped.", "", skipped)
        self.status.emit(message)
