"""The library page: every workshop in the open library, and what can be done with them
(new, open, duplicate, follow up, delete, import and export workshop files)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...exports import workshop_json
from ...messages import QT_TRANSLATE_NOOP
from ...services import agenda, workshops
from ...services.errors import DomainError
from ..buttons import push_button
from ..controller import Controller
from ..dialogs import ask
from ..dialogs.new_workshop import NewWorkshop, NewWorkshopDialog
from ..flow_layout import flow_row
from ..i18n import error_text, translated
from ..tables import set_up_list_table
from .model import ACTIONS, ID_ROLE, ROUNDS, THEMES, TITLE, VENUE, WorkshopTableModel
from .templates import template

T = TypeVar("T")
FILE_FILTER = QT_TRANSLATE_NOOP("LibraryPage", "Workshop files (*.json);;All files (*)")


# The columns a narrow window hides first, in order.
STEP_ASIDE = (THEMES, ROUNDS, ACTIONS, VENUE)


class LibraryPage(QWidget):
    status = Signal(str)
    workshop_chosen = Signal(int)  # open this workshop (the window then shows it)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = WorkshopTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.heading = QLabel(self.tr("Workshops"))
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.where = QLabel()
        self.where.setProperty("role", "muted")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(self.tr("Library file"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter workshops"))
        self.filter.setAccessibleName(self.tr("Filter workshops"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(320)
        self.filter.textChanged.connect(
            lambda text: self.proxy.setFilterRegularExpression(re.escape(text))
        )
        self.table = QTableView()
        self.table.setModel(self.proxy)
        set_up_list_table(self.table, self.tr("Workshops in this library"), row_height=36)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VENUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VENUE, 220)
        # On a narrow window or with large text, the least needed columns step aside so
        # the workshop's title keeps its room (it is what people look for).
        self._fit_columns = QTimer(self, singleShot=True, interval=0)
        self._fit_columns.timeout.connect(self._make_room_for_titles)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.empty = QLabel(
            self.tr(
                "No workshops here yet. Create a new one, import a workshop file, "
                "or add the demo workshop to look around."
            )
        )
        self.empty.setProperty("role", "banner")
        self.empty.setWordWrap(True)
        self._make_buttons()
        self._build()
        self._stale = True  # the list changed while the page was not on screen
        self._mark = 0  # the workshop to mark when the list is next read
        controller.workshops_changed.connect(self.refresh)
        controller.library_opened.connect(self._library_opened)
        controller.workshop_opened.connect(self._workshop_opened)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _make_buttons(self) -> None:
        b = push_button
        self.new_button = b(self.tr("&New workshop…"), "add", clicked=self.new_workshop)
        self.new_button.setProperty("primary", True)
        self.open_button = b(
            self.tr("&Open"), "open", clicked=self.open_selected, tip=self.tr("Enter")
        )
        self.duplicate_button = b(
            self.tr("D&uplicate"), "copy", clicked=self.duplicate_selected,
            tip=self.tr("A copy of the plan: details, people, agenda, themes and questions"),
        )  # fmt: skip
        self.follow_up_button = b(
            self.tr("New &follow-up…"), "follow-up", clicked=self.follow_up_selected,
            tip=self.tr("A new workshop with the same people and the open actions to review"),
        )  # fmt: skip
        self.delete_button = b(self.tr("&Delete…"), "delete", clicked=self.delete_selected)
        self.import_button = b(self.tr("&Import…"), "import", clicked=self.import_file)
        self.export_button = b(self.tr("E&xport…"), "export", clicked=self.export_selected)
        self.demo_button = b(self.tr("Add the demo workshop"), clicked=self.add_demo)
        self.act_delete = QAction(self.tr("Delete workshop…"), self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        self.table.addAction(self.act_delete)

    def _build(self) -> None:
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.where)
        top.addLayout(titles, 1)
        top.addWidget(self.filter, 0, Qt.AlignmentFlag.AlignBottom)
        actions = flow_row(
            self.new_button, self.open_button, self.duplicate_button, self.follow_up_button,
            self.delete_button, self.import_button, self.export_button,
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)

    # Reading ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_fit_columns"):
            self._fit_columns.start()

    def _make_room_for_titles(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        enough = max(room // 4, self.table.fontMetrics().averageCharWidth() * 24)
        for column in STEP_ASIDE:
            self.table.setColumnHidden(column, False)
        for column in STEP_ASIDE:
            others = sum(
                header.sectionSize(c)
                for c in range(self.model.columnCount())
                if c != TITLE and not self.table.isColumnHidden(c)
            )
            if room - others >= enough:
                break
            self.table.setColumnHidden(column, True)

    def _library_opened(self, path: str) -> None:
        self.where.setText(self.tr("Library: {path}").format(path=path))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()

    def refresh(self) -> None:
        """Reread the workshops now if the page is on screen, else when it is next shown:
        every idea captured changes a count, and nobody is looking at the list then."""
        if not self.isVisible():
            self._stale = True
            return
        self._reload()

    def _reload(self) -> None:
        self._stale = False
        current = self._mark or self.selected_id()
        self._mark = 0
        if self.controller.has_library:
            self._library_opened(self.controller.library_shown)
        rows = workshops.list_workshops(self.controller.db) if self.controller.has_library else []
        self.model.set_rows(rows)
        empty = not rows
        self.empty.setVisible(empty)
        self.demo_button.setVisible(empty)
        self.table.setVisible(not empty)
        self.select(current or self.controller.workshop_id)
        self._update_buttons()

    def _workshop_opened(self, workshop_id: int) -> None:
        """The open workshop's row is the one marked, wherever it was opened from."""
        if not workshop_id:
            return
        if self._stale or self.model.row_of(workshop_id) < 0:
            self._mark, self._stale = workshop_id, True
            if self.isVisible():
                self._reload()
        else:
            self.select(workshop_id)

    def select(self, workshop_id: int) -> None:
        if self._stale:  # asked for a row before the page was shown: read the list first
            self._mark = workshop_id
            self._reload()
            return
        row = self.model.row_of(workshop_id)
        if row < 0:
            row = 0 if self.model.rows else -1
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, TITLE))
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def selected_id(self) -> int:
        rows = self.table.selectionModel().selectedRows(TITLE) if self.table.model() else []
        return int(rows[0].data(ID_ROLE)) if rows else 0

    def _selected_title(self) -> str:
        rows = self.table.selectionModel().selectedRows(TITLE)
        return str(rows[0].data()) if rows else ""

    def _update_buttons(self) -> None:
        has = bool(self.selected_id())
        for button in (
            self.open_button, self.duplicate_button, self.follow_up_button, self.delete_button,
            self.export_button,
        ):  # fmt: skip
            button.setEnabled(has)

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # Doing ------------------------------------------------------------------------------

    def _try(self, work: Callable[..., T], *args: Any) -> T | None:
        try:
            with self.controller.recording():
                return work(*args)
        except DomainError as exc:
            ask.warn(self, self.tr("Not possible"), error_text(exc))
            return None

    def new_workshop(self) -> None:
        if not self.controller.has_library:
            return
        data = NewWorkshopDialog.get(self)
        if data is not None:
            self.create_workshop(data)

    def create_workshop(self, data: NewWorkshop) -> int:
        """Make the workshop (with the template's agenda) and open it."""
        db = self.controller.db
        record = self._try(
            lambda: workshops.create_workshop(
                db, data.title, date=data.date, venue=data.venue, facilitator=data.facilitator
            )
        )
        if record is None:
            return 0
        chosen = template(data.template)
        if chosen is not None:
            with self.controller.recording():
                for stage in chosen.translated_stages():
                    agenda.add_stage(
                        db,
                        record.id,
                        stage.title,
                        prompt=stage.prompt,
                        planned_minutes=stage.minutes,
                    )
        self.workshop_chosen.emit(record.id)
        return int(record.id)

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id:
            self.workshop_chosen.emit(workshop_id)

    def duplicate_selected(self) -> None:
        workshop_id = self.selected_id()
        if not workshop_id:
            return
        record = self._try(workshops.duplicate_workshop, self.controller.db, workshop_id)
        if record is not None:
            self.select(record.id)
            self.status.emit(self.tr('Made "{title}".').format(title=record.title))

    def follow_up_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id:
            from .. import exports_menu  # imports ReportLab: only when asked for

            exports_menu.new_follow_up(self, self.controller, workshop_id)

    def delete_selected(self) -> None:
        workshop_id = self.selected_id()
        if not workshop_id:
            return
        title = self._selected_title()
        question = self.tr(
            'Delete "{title}" with all its ideas, votes, actions and notes? '
            "This cannot be undone. Export it to a workshop file first if you may need it."
        ).format(title=title)
        if not ask.confirm(self, self.tr("Delete workshop"), question, self.tr("Delete")):
            return
        if workshop_id == self.controller.workshop_id:
            self.controller.open_workshop(0)
        self._try(workshops.delete_workshop, self.controller.db, workshop_id)
        self.status.emit(self.tr('Deleted "{title}".').format(title=title))

    def import_file(self) -> None:
        if not self.controller.has_library:
            return
        path = ask.open_file(self, self.tr("Import a workshop file"), "", self.tr(FILE_FILTER))
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> int:
        try:
            with self.controller.recording():
                record = workshop_json.import_workshop_file(self.controller.db, path)
        except workshop_json.ImportProblem as exc:
            details = "\n".join(f"• {translated(p)}" for p in exc.problems[:12])
            more = len(exc.problems) - 12
            if more > 0:
                details += "\n" + self.tr("…and {n} more.").format(n=more)
            ask.warn(
                self,
                self.tr("Cannot import this file"),
                self.tr("{name} was not imported; nothing was changed.\n\n{details}").format(
                    name=Path(path).name, details=details
                ),
            )
            return 0
        except (DomainError, OSError) as exc:
            ask.warn(self, self.tr("Cannot import this file"), error_text(exc))
            return 0
        self.select(record.id)
        self.status.emit(self.tr('Imported "{title}".').format(title=record.title))
        return int(record.id)

    def export_selected(self) -> None:
        workshop_id = self.selected_id()
        if not workshop_id:
            return
        title = self._selected_title()
        safe = re.sub(r"[^\w\- ]+", "", title).strip() or self.tr("workshop", "a file name")
        path = ask.save_file(
            self, self.tr("Export workshop file"), f"{safe}.json", self.tr(FILE_FILTER)
        )
        if path is not None:
            self.export_to(workshop_id, path)

    def export_to(self, workshop_id: int, path: Path) -> bool:
        if not path.suffix:
            path = path.with_suffix(".json")
        try:
            data = workshops.load_workshop(self.controller.db, workshop_id)
            workshop_json.write_workshop_file(data, path)
        except (DomainError, OSError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else error_text(exc)
            ask.warn(
                self,
                self.tr("Cannot export"),
                self.tr("The file could not be written: {why}").format(why=message),
            )
            return False
        self.status.emit(self.tr("Exported to {path}.").format(path=path))
        return True

    def add_demo(self) -> None:
        from ...services.demo import create_demo_workshop

        record = self._try(create_demo_workshop, self.controller.db)
        if record is not None:
            self.select(record.id)
            self.status.emit(self.tr("Added the demo workshop."))
