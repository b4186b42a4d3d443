"""The actions page: what the room agreed, who does it and by when, edited in place.

Typing a title and pressing Enter adds an action; every cell edits in place (owner from
the participants or typed, a calendar for the date, a list for the status); every
change is one undoable step, and the shared screen's actions mode follows live.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...db.models import ACTION_STATUSES
from ...services import workshops
from ...services.errors import DomainError
from .. import style
from ..buttons import push_button
from ..controller import Controller
from ..i18n import widest_date
from ..shared_screen.manager import SharedScreen
from .commands import AddAction, DeleteAction, MoveAction, UpdateAction
from .delegates import ActionDelegate
from .links_dialog import LinksDialog
from .model import (
    DUE,
    LINKS,
    NOTES,
    OPEN_STATUSES,
    OWNER,
    STATUS,
    TITLE,
    ActionIdRole,
    ActionsFilter,
    ActionsModel,
    status_labels,
)


class ActionsPage(QWidget):
    def __init__(
        self, controller: Controller, shared_screen: SharedScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared_screen = shared_screen
        self.model = ActionsModel(controller, self)
        self.proxy = ActionsFilter(self)
        self.proxy.setSourceModel(self.model)

        heading = QLabel(self.tr("Agreed actions"))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)  # long in Welsh at a large text size
        hint = QLabel(
            self.tr(
                "Who does what, by when. Type an action and press Enter; double-click or "
                "press F2 to change a cell. Every change can be undone (Ctrl+Z)."
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(self.tr("Follow-up"))
        self.banner.hide()

        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("Type a new action and press Enter"))
        self.new_title.setAccessibleName(self.tr("New action"))
        self.new_title.returnPressed.connect(self.add_from_line)
        self.add_button = push_button(self.tr("&Add action"), "add")
        self.add_button.clicked.connect(self.add_from_line)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: words in the action, owner or notes"))
        self.search.setAccessibleName(self.tr("Filter actions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show actions with status"))
        self.status_filter.addItem(self.tr("All statuses"), ActionsFilter.ALL)
        self.status_filter.addItem(self.tr("Still open"), ActionsFilter.OPEN)
        for status in ACTION_STATUSES:
            self.status_filter.addItem(status_labels()[status], status)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.screen_button = push_button(self.tr("Show on shared screen"), "actions")
        self.screen_button.setToolTip(self.tr("Show the list of actions on the shared screen"))
        self.screen_button.clicked.connect(self.shared_screen.show_actions)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ActionDelegate(self.table))
        self.table.setAccessibleName(self.tr("Agreed actions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the agreed order at first
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS, LINKS, NOTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        header.setSortIndicatorShown(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_consent())

        self.links_button = push_button(self.tr("What it &answers…"), "theme")
        self.links_button.clicked.connect(self.edit_links)
        self.up_button = push_button(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = push_button(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = push_button(self.tr("Delete"), "delete")
        self.delete_button.clicked.connect(self.delete_selected)
        # Said when an owner is chosen who has not agreed to be named in the minutes.
        self.consent_note = QLabel()
        self.consent_note.setProperty("role", "muted")
        self.consent_note.setWordWrap(True)
        self.consent_note.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_note.setAccessibleName(self.tr("Owner's name in the minutes"))
        self.consent_note.hide()
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.count.setWordWrap(True)
        self.count.setAccessibleName(self.tr("How many actions"))
        self._make_shortcuts()
        self._build(heading, hint)

        self.model.modelReset.connect(self._update_counts)
        self.model.dataChanged.connect(lambda *_: self._update_counts())
        self.model.modelReset.connect(self._update_consent)
        self.model.dataChanged.connect(lambda *_: self._update_consent())
        # Rows fit their (shortened) text once the columns have their real widths.
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        self._resize_columns = QTimer(self, singleShot=True, interval=0)
        self._resize_columns.timeout.connect(self._size_columns)
        for signal in (self.model.modelReset, self.model.dataChanged, self.proxy.layoutChanged,
                       header.sectionResized):  # fmt: skip
            signal.connect(lambda *_: self._fit_rows.start())
        controller.workshop_opened.connect(lambda _id: self._workshop_opened())
        controller.workshop_changed.connect(self._workshop_opened)
        self._workshop_opened()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()  # larger text (View menu): columns grow with it

    def _size_columns(self) -> None:
        """Column widths for the text size: a status word or a date is never cut short."""
        # The page's font, not the table's: the page hears of a new size first.
        metrics = self.fontMetrics()
        factor = max(1.0, self.font().pointSizeF() / style.BASE_POINT_SIZE)
        status = max(metrics.horizontalAdvance(label) for label in status_labels().values())
        date = widest_date(metrics, "d MMM yyyy")  # "28 Chwef 2028" in Welsh
        fixed = {DUE: max(110 * factor, date + 24), STATUS: max(110 * factor, status + 48)}
        flexible = {OWNER: 170 * factor, LINKS: 220 * factor, NOTES: 220 * factor}
        # On a narrow window or with large text, owner, links and notes give way so
        # the action itself keeps a third of the table (dates and statuses never do).
        room = self.table.viewport().width() or self.width()
        spare = room * 2 / 3 - sum(fixed.values())
        shrink = min(1.0, max(0.4, spare / sum(flexible.values())))
        heading = self.table.horizontalHeader().fontMetrics()
        for column, width in {**fixed, **{c: w * shrink for c, w in flexible.items()}}.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(width, heading.horizontalAdvance(title) + 24)  # its heading shows
            self.table.setColumnWidth(column, round(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_columns.start()  # once the table has its new width

    def _build(self, heading: QLabel, hint: QLabel) -> None:
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.add_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        filter_row.addWidget(self.status_filter)
        filter_row.addStretch(0)
        filter_row.addWidget(self.screen_button)
        buttons = QHBoxLayout()
        for b in (self.links_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addLayout(add_row)
        layout.addWidget(line)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.consent_note)
        layout.addLayout(buttons)

    def _make_shortcuts(self) -> None:
        def shortcut(
            keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
        ) -> None:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

        shortcut(QKeySequence.StandardKey.Delete, self.delete_selected)
        shortcut("Ctrl+L", self.edit_links)
        shortcut("Alt+Up", lambda: self.move_selected(-1))
        shortcut("Alt+Down", lambda: self.move_selected(1))

    # State ------------------------------------------------------------------------------

    def _workshop_opened(self) -> None:
        wid = self.controller.workshop_id
        for widget in (self.new_title, self.add_button, self.search, self.status_filter,
                       self.screen_button, self.table):  # fmt: skip
            widget.setEnabled(bool(wid))
        self.banner.hide()
        if wid and self.controller.has_library:
            try:
                record = workshops.get_workshop(self.controller.db, wid)
                earlier = (
                    workshops.get_workshop(self.controller.db, record.follow_up_of_id)
                    if record.follow_up_of_id
                    else None
                )
            except DomainError:
                earlier = None
            if earlier is not None:
                carried = sum(1 for a in self.model.actions if a.carried_from_id is not None)
                self.banner.setText(
                    self.tr(
                        'This workshop follows up "{title}". %n open action(s) were carried '
                        "over: go through them with the room and set where each one stands. "
                        'The minutes will show them as "You said, we did".',
                        "",
                        carried,
                    ).format(title=earlier.title)
                )
                self.banner.show()
        self._update_counts()

    def _update_counts(self) -> None:
        total = len(self.model.actions)
        still_open = sum(1 for a in self.model.actions if a.status in OPEN_STATUSES)
        self.count.setText(
            self.tr("%n action(s), {open} still open", "", total).format(open=still_open)
            if total
            else self.tr("No actions yet")
        )
        self._update_buttons()

    def _update_consent(self) -> None:
        """Beside the table: the chosen action's owner will not be named in the minutes."""
        row = self.model.row_of(self.current_id())
        person = self.model.unnamed_owner(self.model.actions[row]) if row >= 0 else None
        if person is not None:
            self.consent_note.setText(
                self.tr(
                    "{name} has not agreed to be named in the minutes: the minutes will say "
                    "“a participant”."
                ).format(name=person.name)
            )
        self.consent_note.setVisible(person is not None)

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        for b in (self.links_button, self.delete_button, self.up_button, self.down_button):
            b.setEnabled(chosen)

    def _filter_changed(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_status(self.status_filter.currentData())

    # Selection --------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [int(r.data(ActionIdRole)) for r in sorted(rows, key=lambda r: r.row())]

    def current_id(self) -> int:
        index = self.table.currentIndex()
        return int(index.data(ActionIdRole)) if index.isValid() else 0

    def select_action(self, action_id: int, column: int = TITLE) -> None:
        row = self.model.row_of(action_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():  # hidden by the filter: show everything
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, column))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def focus_first(self) -> None:
        self.new_title.setFocus(Qt.FocusReason.OtherFocusReason)

    # Gestures ---------------------------------------------------------------------------

    def add_from_line(self) -> None:
        title = self.new_title.text().strip()
        if not title or not self.controller.workshop_id:
            return
        command = AddAction(self.controller, title)
        self.controller.push(command)
        if not command.failed:
            self.new_title.clear()
            self.select_action(command.action_id, OWNER)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == LINKS:
            self.edit_links()

    def edit_links(self) -> None:
        action_id = self.current_id() or next(iter(self.selected_ids()), 0)
        row = self.model.row_of(action_id)
        if row < 0:
            return
        action = self.model.actions[row]
        ideas, themes = self.model.link_choices()
        chosen = LinksDialog.get(self, ideas, themes, (action.idea_ids, action.theme_ids))
        if chosen is not None:
            self.model.setData(self.model.index(row, LINKS), chosen)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        stack = self.controller.undo_stack
        if len(ids) > 1:
            stack.beginMacro(self.tr("Delete %n actions", "", len(ids)))
        for action_id in ids:
            row = self.model.row_of(action_id)
            if row >= 0:
                title = self.model.actions[row].title
                self.controller.push(DeleteAction(self.controller, action_id, title))
        if len(ids) > 1:
            stack.endMacro()

    def move_selected(self, delta: int) -> None:
        action_id = self.current_id()
        row = self.model.row_of(action_id)
        if row < 0:
            return
        target = row + delta
        if not 0 <= target < len(self.model.actions):
            return
        self.show_agreed_order()  # moving only makes sense in the order the minutes use
        self.controller.push(MoveAction(self.controller, action_id, target))
        self.select_action(action_id)

    def show_agreed_order(self) -> None:
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    def set_field(self, action_id: int, **values: object) -> None:
        self.controller.push(UpdateAction(self.controller, action_id, **values))

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        action_id = int(index.data(ActionIdRole))
        menu = QMenu(self)
        menu.addAction(self.tr("Edit this cell"), lambda: self.table.edit(index))
        statuses = menu.addMenu(self.tr("Set status"))
        for status in ACTION_STATUSES:

            def set_status(s: str = status) -> None:
                self.set_field(action_id, status=s)

            statuses.addAction(status_labels()[status], set_status)
        menu.addAction(self.tr("Clear the due date"), lambda: self.set_field(action_id, due=None))
        menu.addAction(
            self.tr("Clear the owner"),
            lambda: self.set_field(action_id, owner_id=None, owner_name=None),
        )
        menu.addAction(self.tr("What it answers…"), self.edit_links)
        menu.addSeparator()
        menu.addAction(self.tr("Move up"), lambda: self.move_selected(-1))
        menu.addAction(self.tr("Move down"), lambda: self.move_selected(1))
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(point))
