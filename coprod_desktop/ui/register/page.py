"""The "Actions across workshops" page: every action of every workshop in a library, to
follow them up across a service ("you said, we did").

It reads the open library by default, or any other library or the organisation's
archive chosen with "Read from…" (read only: nothing here changes anything, so no lock
is taken). Overdue actions come first, marked in words and with an icon as well as in
red. Enter or a double-click opens the action's workshop when it is in the open library.
The page rereads when the controller announces a change to actions or what they show.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import LibraryError
from ...db.location import is_server
from ...messages import QT_TRANSLATE_NOOP
from ...services.action_register import OPEN, ActionFilter, TrackedAction
from ...services.errors import DomainError
from ..actions.model import status_icon, status_labels
from ..buttons import push_button
from ..controller import Controller
from ..dialogs import ask
from ..flow_layout import flow_row
from ..i18n import error_text
from ..tables import set_up_list_table
from .model import (
    DUE,
    ORGANISATION,
    OWNER,
    STATUS,
    TITLE,
    WORKSHOP,
    ActionRole,
    RegisterFilter,
    RegisterModel,
)

if TYPE_CHECKING:
    from ...db.engine import Database

log = logging.getLogger(__name__)
LIBRARY_FILTER = QT_TRANSLATE_NOOP(
    "RegisterPage", "Workshop libraries (*.db *.coprod.db);;All files (*)"
)
CSV_FILTER = QT_TRANSLATE_NOOP("RegisterPage", "CSV files (*.csv)")
# What a change must touch for the list to be read again: the actions, and what a row
# shows of their workshop, owner and links.
SHOWN_TABLES = (
    "actions", "action_links", "workshops", "participants", "groups", "ideas", "themes",
)  # fmt: skip
COLUMN_SHARES = {DUE: 0.19, TITLE: 0.22, STATUS: 0.12, OWNER: 0.12, WORKSHOP: 0.14,
                 ORGANISATION: 0.1}  # fmt: skip
ANY = "\0any"  # the "any" choice of a filter (no owner or organisation is called that)


class RegisterPage(QWidget):
    status = Signal(str)  # a line for the window's status bar
    workshop_chosen = Signal(int)  # open this workshop of the open library

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.other: Database | None = None  # another library being read, if any
        self._stale = True  # something changed while the page was not on screen
        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)

        self.heading = heading = QLabel(self.tr("Actions across workshops"))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.hint = hint = QLabel(
            self.tr(
                "Every action of every workshop, overdue first: who does what by when, and "
                "what each one answers. Press Enter or double-click to open its workshop."
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.source = QLabel()
        self.source.setProperty("role", "subheading")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setProperty("role", "banner")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.read_file_button = push_button(
            self.tr("&Read from another library…"), "open", clicked=self.read_from_file
        )
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("or an archive's address: postgresql://…"))
        self.address.setAccessibleName(self.tr("Archive address"))
        self.address.setClearButtonEnabled(True)
        self.address.setMinimumWidth(320)
        self.address.returnPressed.connect(self.read_from_address)
        self.read_address_button = push_button(
            self.tr("Read the ar&chive"), clicked=self.read_from_address
        )
        self.back_button = push_button(
            self.tr("Bac&k to the open library"), "library", clicked=self.read_open_library
        )
        # Alt+I; not F5, which puts the board on the shared screen. No Alt+letter here is
        # also one of the menu bar's, in English or Welsh.
        self.again_button = push_button(
            self.tr("Read aga&in"),
            clicked=self.reload,
            tip=self.tr("Read the actions again, with what others have changed meanwhile"),
        )

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show actions with status"))
        self.status_filter.addItem(self.tr("Any status"), ANY)
        self.status_filter.addItem(self.tr("Still to do"), OPEN)
        for status, label in status_labels().items():
            self.status_filter.addItem(status_icon(status), label, status)
        self.owner_filter = QComboBox()
        self.owner_filter.setEditable(True)
        self.owner_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The words typed are the filter, as typed: "Pa" is not completed into "Parks" (the
        # table narrows as they type, "A participant" included).
        self.owner_filter.setCompleter(None)  # type: ignore[arg-type]  # stubs leave out None
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        line = self.owner_filter.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Anyone: type or choose"))
        line.setClearButtonEnabled(True)
        self.owner_filter.setMinimumWidth(220)
        self.organisation_filter = QComboBox()
        self.organisation_filter.setAccessibleName(self.tr("Organisation"))
        self.organisation_filter.setMinimumWidth(200)
        self.organisation_filter.addItem(self.tr("Any organisation"), ANY)  # until read
        self.overdue_only = QCheckBox(self.tr("Overdue onl&y"))
        self.overdue_only.setAccessibleName(self.tr("Overdue only"))
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.count.setAccessibleName(self.tr("Actions shown"))
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.owner_filter.currentTextChanged.connect(self._filter_changed)
        self.organisation_filter.currentIndexChanged.connect(self._filter_changed)
        self.overdue_only.toggled.connect(self._filter_changed)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        set_up_list_table(self.table, self.tr("Actions across workshops"), row_height=34)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 8)
        # Columns share the width in these parts whatever the window's size; the action's
        # words get the most room, what it answers the rest.
        self._fit_columns = QTimer(self, singleShot=True, interval=0)
        self._fit_columns.timeout.connect(self._share_width)
        self.table.activated.connect(self._open_workshop_of)
        self.table.doubleClicked.connect(self._open_workshop_of)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        self.empty = QLabel()
        self.empty.setProperty("role", "banner")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setAccessibleName(self.tr("The chosen action"))
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.open_button = push_button(
            self.tr("Open its &workshop"), "open", clicked=self.open_selected,
            tip=self.tr("Enter"),
        )  # fmt: skip
        self.export_button = push_button(
            self.tr("E&xport CSV…"), "export", clicked=self.export_csv,
            tip=self.tr("The actions shown, with their workshop and what they answer"),
        )  # fmt: skip
        self._build()
        controller.changed.connect(self._changed)
        controller.library_opened.connect(lambda _path: self._open_library_changed())
        QCoreApplication.instance().aboutToQuit.connect(self._close_other)  # type: ignore[union-attr]
        self._show_source()

    def _build(self) -> None:
        sources = flow_row(
            self.read_file_button, self.address, self.read_address_button, self.back_button,
            self.again_button,
        )  # fmt: skip
        choices = flow_row(
            self._labelled(self.tr("S&tatus"), self.status_filter),
            self._labelled(self.tr("&Owner"), self.owner_filter),
            self._labelled(self.tr("Orga&nisation"), self.organisation_filter),
            self.overdue_only,
            self.count,
        )
        below = QHBoxLayout()
        below.addWidget(self.details, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        below.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.source)
        layout.addLayout(sources)
        layout.addWidget(self.message)
        layout.addLayout(choices)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns.start()

    def _share_width(self) -> None:
        room = self.table.viewport().width()
        header = self.table.horizontalHeader()
        for column, share in COLUMN_SHARES.items():
            header.resizeSection(column, int(room * share))

    @staticmethod
    def _labelled(text: str, field: QWidget) -> QWidget:
        """A filter and its label kept together when the row wraps (Alt+letter reaches it)."""
        pair = QWidget()
        label = QLabel(text)
        label.setBuddy(field)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(label)
        row.addWidget(field, 1)
        return pair

    # Where the actions are read from ------------------------------------------------------

    @property
    def reading_open_library(self) -> bool:
        return self.other is None

    def _database(self) -> Database | None:
        if self.other is not None:
            return self.other
        return self.controller.db if self.controller.has_library else None

    def read_from_file(self) -> None:
        folder = str(self.controller.library_path.parent) if self.controller.library_path else ""
        path = ask.open_file(
            self, self.tr("Read actions from a library"), folder, self.tr(LIBRARY_FILTER)
        )
        if path is not None:
            self.read_from(path)

    def read_from_address(self) -> None:
        address = self.address.text().strip()
        if not address:
            self._say_problem(self.tr("Type the archive's address first (postgresql://…)."))
            return
        if not is_server(address):
            self._say_problem(  # not repeating what was typed: it may hold a password
                self.tr(
                    "That is not an archive's address: it starts with postgresql://. "
                    "For a library file, use Read from another library."
                )
            )
            return
        self.read_from(address)

    def read_from(self, location: Path | str) -> bool:
        """Read the actions of the library at ``location`` (a path, or an archive's
        address); a refusal is said in one line and the page keeps what it showed."""
        from ...db.library import open_library

        if isinstance(location, Path) and location.absolute() == self.controller.library_path:
            self.read_open_library()
            return True
        try:
            db = open_library(location, create=False)
        except LibraryError as exc:
            self._say_problem(error_text(exc))
            return False
        except Exception as exc:  # e.g. a server that cannot be reached: one line, logged
            log.warning("Could not read actions from another library", exc_info=True)
            self._say_problem(self.tr("That library could not be read: {why}").format(why=exc))
            return False
        self._close_other()
        self.other = db
        self._show_source()
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def read_open_library(self) -> None:
        self._close_other()
        self._show_source()
        self.reload()

    def _close_other(self) -> None:
        if self.other is not None:
            other, self.other = self.other, None
            other.close()

    def _show_source(self) -> None:
        if self.other is not None:
            self.source.setText(
                self.tr("Reading {name}, not the open library: look and export only.").format(
                    name=_display_name(self.other)
                )
            )
        elif self.controller.has_library:
            self.source.setText(
                self.tr("Reading the open library, {name}.").format(
                    name=_display_name(self.controller.db)
                )
            )
        else:
            self.source.setText(self.tr("No library is open."))
        self.source.setAccessibleName(self.source.text())
        self.back_button.setVisible(self.other is not None)
        self._update_buttons()

    def _open_library_changed(self) -> None:
        self._show_source()
        if self.reading_open_library:
            self.refresh()

    # Reading ----------------------------------------------------------------------------------

    def _changed(self, changes: object) -> None:
        """The controller's change-set: reread if it touches what the rows show."""
        touches = getattr(changes, "touches", None)
        if self.reading_open_library and callable(touches) and touches(*SHOWN_TABLES):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.reload)

    def refresh(self) -> None:
        """Reread now if the page is on screen, else when it is next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        from ...services.action_register import list_actions, owners_and_organisations

        self._stale = False
        db = self._database()
        chosen = self._chosen_id()
        try:
            actions = list_actions(db) if db is not None else []
        except (DomainError, LibraryError) as exc:
            self._say_problem(error_text(exc))
            actions = []
        else:
            self.message.hide()
        self.model.set_actions(actions)
        _owners, organisations = owners_and_organisations(actions)
        owners = sorted({owner for owner in self.model.owners if owner}, key=str.casefold)
        self._fill_choices(owners, organisations)
        self._after_filtering(chosen)

    def _fill_choices(self, owners: list[str], organisations: list[str]) -> None:
        typed = self.owner_filter.currentText()
        organisation = self.organisation_filter.currentData()
        for box in (self.owner_filter, self.organisation_filter):
            box.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItems(owners)
        self.owner_filter.setEditText(typed)
        self.organisation_filter.clear()
        self.organisation_filter.addItem(self.tr("Any organisation"), ANY)
        for name in organisations:
            self.organisation_filter.addItem(name, name)
        found = self.organisation_filter.findData(organisation)
        self.organisation_filter.setCurrentIndex(max(found, 0))
        for box in (self.owner_filter, self.organisation_filter):
            box.blockSignals(False)
        self._apply_filters()

    # Filtering ----------------------------------------------------------------------------

    def current_filter(self) -> ActionFilter:
        status = self.status_filter.currentData()
        organisation = self.organisation_filter.currentData()
        return ActionFilter(
            status=None if status in (ANY, None) else str(status),
            owner=self.owner_filter.currentText().strip(),
            organisation=None if organisation in (ANY, None) else str(organisation),
            overdue_only=self.overdue_only.isChecked(),
        )

    def _filter_changed(self, *_args: object) -> None:
        chosen = self._chosen_id()
        self._apply_filters()
        self._after_filtering(chosen)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.current_filter())

    def _after_filtering(self, chosen: int) -> None:
        """Say how many are shown, keep the chosen action chosen if it still is."""
        shown = self.proxy.rowCount()
        total = len(self.model.actions)
        overdue = sum(
            1
            for row, action in enumerate(self.model.actions)
            if action.overdue and self.proxy.accepts(self.model, row)
        )
        if total == 0:
            self.empty.setText(
                self.tr("No actions in this library yet. They are agreed on each workshop's "
                        "Actions page.")
            )  # fmt: skip
        elif shown == 0:
            self.empty.setText(self.tr("No actions match these filters."))
        self.empty.setVisible(shown == 0)
        self.table.setVisible(shown > 0)
        self.count.setText(
            self.tr("Showing {shown} of {total}; overdue: {overdue}").format(
                shown=shown, total=total, overdue=overdue
            )
        )
        self.count.setAccessibleDescription(self.count.text())
        found = self.model.row_of(chosen) if chosen else -1
        row = self.proxy.mapFromSource(self.model.index(found, 0)).row() if found >= 0 else -1
        if row < 0:
            row = 0 if shown else -1
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.index(row, TITLE))
            self.table.selectRow(row)
        self._show_details()

    # The chosen action ------------------------------------------------------------------------

    def selected(self) -> TrackedAction | None:
        index = self.table.currentIndex()
        if not index.isValid() or (not self.table.isVisible() and not self.proxy.rowCount()):
            return None
        action = index.data(ActionRole)
        return action if isinstance(action, TrackedAction) else None

    def _chosen_id(self) -> int:
        action = self.selected()
        return action.id if action is not None else 0

    def _show_details(self) -> None:
        action = self.selected()
        if action is None:
            self.details.setText("")
        else:
            lines = [action.title]
            lines.append(
                self.tr("Workshop: {workshop}").format(workshop=self.model.workshop_text(action))
            )
            if action.ideas:
                lines.append(self.tr("Ideas it answers:"))
                lines += [f"  • {text}" for text in action.ideas]
            if action.themes:
                lines.append(
                    self.tr("Themes it answers: {themes}").format(themes=", ".join(action.themes))
                )
            if not action.ideas and not action.themes:
                lines.append(self.tr("It is not linked to any idea or theme."))
            if action.notes:
                lines.append(self.tr("Notes: {notes}").format(notes=action.notes))
            self.details.setText("\n".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has and self.reading_open_library)
        self.open_button.setToolTip(
            self.tr("Enter")
            if self.reading_open_library
            else self.tr("Only a workshop of the open library can be opened here.")
        )
        self.export_button.setEnabled(self.proxy.rowCount() > 0)

    def _open_workshop_of(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.setCurrentIndex(index)
        self.open_selected()

    def open_selected(self) -> None:
        action = self.selected()
        if action is None:
            return
        if not self.reading_open_library:
            self.status.emit(
                self.tr(
                    "“{workshop}” is in {name}, not the open library: open that library "
                    "(File → Open library…) to work on it."
                ).format(workshop=action.workshop_title, name=_display_name(self.other))
            )
            return
        self.workshop_chosen.emit(action.workshop_id)

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # Export -----------------------------------------------------------------------------------

    def shown_actions(self) -> list[TrackedAction]:
        return [self.proxy.index(row, 0).data(ActionRole) for row in range(self.proxy.rowCount())]

    def export_csv(self) -> None:
        from ...exports.action_register_csv import write_register_csv

        actions = self.shown_actions()
        if not actions:
            return
        folder = self.controller.library_path.parent if self.controller.library_path else Path()
        suggested = folder / self.tr("actions across workshops.csv")
        path = ask.save_file(
            self, self.tr("Save the actions as CSV"), str(suggested), self.tr(CSV_FILTER)
        )
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            write_register_csv(actions, path)
        except (OSError, DomainError) as exc:
            log.warning("Actions CSV not written to %s: %s", path, exc)
            why = error_text(exc) if isinstance(exc, DomainError) else exc.strerror or str(exc)
            ask.warn(
                self,
                self.tr("Not saved"),
                self.tr("{name} could not be saved: {why}").format(name=path.name, why=why),
            )
            return
        self.status.emit(
            self.tr("Saved {name}: the actions shown, with their workshops.").format(name=path.name)
        )

    def _say_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.status.emit(text)


def _display_name(db: Database | None) -> str:
    """A library's file name, or an archive's short name (never with a password)."""
    return db.name if db is not None else ""
