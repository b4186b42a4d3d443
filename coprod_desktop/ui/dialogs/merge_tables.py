"""Merging breakout tables' files: choose the files, name the plenary, see what will be
merged (or why a file is refused) before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...exports.workshop_merge import (
    ImportProblem,
    MergePlan,
    TableFile,
    import_plan,
    plan_merge,
    read_table,
)
from ...services.errors import DomainError
from ...services.records import WorkshopRecord
from ..controller import Controller
from ..i18n import error_text, translated
from . import ask, open_at_least

FILE_FILTER = "Workshop files (*.json);;All files (*)"
COUNTED = ("ideas", "participants", "rounds", "actions", "notes")


def choose_files(parent: QWidget | None) -> list[Path]:
    """The tables' files, chosen together in one file dialog (none if cancelled)."""
    title = QCoreApplication.translate("MergeTablesDialog", "Choose the tables' workshop files")
    files = QCoreApplication.translate("MergeTablesDialog", FILE_FILTER)
    return ask.open_files(parent, title, "", files)


class MergeTablesDialog(QDialog):
    """The files (add, remove), the plenary's title, and a table of what each file holds
    and what the plenary will hold; the Merge button only once every file is fit."""

    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.tables: list[TableFile] = []
        self.setWindowTitle(self.tr("Merge tables' files"))
        self.setAccessibleName(self.tr("Merge tables' files"))
        intro = QLabel(
            self.tr(
                "Make one plenary workshop from the workshop files of the breakout tables. "
                "Groups, people, themes and stages of the same name become one; every idea "
                "and vote keeps its table."
            )
        )
        intro.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Plenary workshop title"))
        self.title.setPlaceholderText(self.tr("For example: Day centre: plenary"))
        self.table = QTableWidget(0, 2 + len(COUNTED))
        self.table.setAccessibleName(self.tr("Files to merge"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Table"),
                self.tr("File"),
                self.tr("Ideas"),
                self.tr("People"),
                self.tr("Votes"),
                self.tr("Actions"),
                self.tr("Notes"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setAccessibleName(self.tr("Why the files cannot be merged"))
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.problems.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.clicked.connect(self.add_files)
        self.remove_button = QPushButton(self.tr("&Remove file"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.installEventFilter(self)  # Delete removes the file of the row
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._validate)

        form = QFormLayout()
        form.addRow(self.tr("Plenary &title:"), self.title)
        files_label = QLabel(self.tr("&Files:"))
        files_label.setBuddy(self.table)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(files_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(file_buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.set_paths(paths)
        open_at_least(self, 760, 420)

    # The files ----------------------------------------------------------------------------

    def add_files(self) -> None:
        chosen = choose_files(self)
        if chosen:
            self.set_paths(self.paths + [p for p in chosen if p not in self.paths])

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.paths):
            self.set_paths(self.paths[:row] + self.paths[row + 1 :])
            self.table.setCurrentCell(min(row, len(self.paths) - 1), 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def set_paths(self, paths: list[Path]) -> None:
        """Read and check each file again, and show what it holds or why it is refused."""
        self.paths = list(paths)
        read: list[TableFile | None] = []
        problems: list[str] = []
        for path in self.paths:
            try:
                read.append(read_table(path))
            except ImportProblem as exc:
                read.append(None)
                problems += [translated(p) for p in exc.problems]
        good = [t for t in read if t is not None]
        self.tables = good if len(good) == len(read) and len(good) >= 2 else []
        self._fill(read, problems)
        self._validate()

    def _fill(self, read: list[TableFile | None], problems: list[str]) -> None:
        good = [t for t in read if t is not None]
        names = iter(plan_merge(good, "-").tables if good else ())
        plan = self.plan(self.tr("Plenary")) if self.tables else None
        self.table.setRowCount(len(self.paths) + (1 if plan else 0))
        for row, (path, table) in enumerate(zip(self.paths, read, strict=True)):
            cells = [self.tr("Cannot be merged"), path.name] + [""] * len(COUNTED)
            if table is not None:
                name = next(names)[0]
                cells = [name, path.name] + [str(table.count(key)) for key in COUNTED]
            self._set_row(row, cells, tip=str(path))
        if plan is not None:
            total = [self.tr("The plenary"), ""] + [str(plan.count(key)) for key in COUNTED]
            self._set_row(len(self.paths), total, bold=True)
        if problems:
            more = len(problems) - 12
            text = "\n".join(f"• {p}" for p in problems[:12])
            if more > 0:
                text += "\n" + self.tr("…and {n} more.").format(n=more)
            self.problems.setText(
                self.tr(
                    "These files cannot be merged; nothing will be changed.\n{problems}"
                ).format(problems=text)
            )
        elif len(self.paths) < 2:
            self.problems.setText(self.tr("Add the workshop files of two tables or more."))
        else:
            self.problems.setText("")
        self.problems.setVisible(bool(self.problems.text()))

    def _set_row(self, row: int, cells: list[str], *, tip: str = "", bold: bool = False) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tip:
                item.setToolTip(tip)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, column, item)

    # The result ---------------------------------------------------------------------------

    def plan(self, title: str | None = None) -> MergePlan:
        return plan_merge(self.tables, title if title is not None else self.title.text().strip())

    def _validate(self) -> None:
        ok = bool(self.tables) and bool(self.title.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.remove_button.setEnabled(bool(self.paths))

    @classmethod
    def get(cls, parent: QWidget | None, paths: list[Path]) -> MergePlan | None:
        """The merge the user asked for, or None if they cancelled."""
        dialog = cls(paths, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.tables:
            return None
        return dialog.plan()


def run(parent: QWidget, controller: Controller) -> WorkshopRecord | None:
    """Choose the files, confirm in the dialog, and add the plenary in one transaction,
    announced as any change is; a refusal is said plainly and nothing is written."""
    paths = choose_files(parent)
    if not paths:
        return None
    plan = MergeTablesDialog.get(parent, paths)
    if plan is None:
        return None
    title = QCoreApplication.translate("MergeTablesDialog", "Cannot merge these files")
    try:
        with controller.recording():
            return import_plan(controller.db, plan)
    except ImportProblem as exc:
        details = "\n".join(f"• {translated(p)}" for p in exc.problems[:12])
        ask.warn(parent, title, details)
    except (DomainError, OSError) as exc:
        ask.warn(parent, title, error_text(exc))
    return None
