"""Typing in the counts of physical dot stickers, item by item, checked as you type.

Every cell must be a whole number from 0 to 100,000; a wrong cell is marked with a "!"
and the reason (not colour alone), and nothing is stored until every cell is right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import board, people, voting
from ...services.records import RoundRecord
from ...text import one_line
from ..controller import Controller
from ..dialogs import ask
from ..i18n import dots_count, tr
from .commands import RecordTally
from .text import tip

MAX_COUNT = 100_000


_BAD = QColor("#FDE2DD")
_BAD_TEXT = QColor("#1B1B1B")  # dark on the pale red in either theme (white on it is not)


def parse_count(text: str) -> tuple[int | None, str]:
    """A count and "" if ``text`` is one; else None and why not, in plain words."""
    text = text.strip()
    if not text:
        return 0, ""
    if text.startswith("-") and text[1:].isdigit():
        return None, tr("a count cannot be below 0")
    if not text.isdigit() or not text.isascii():
        return None, tr("“{text}” is not a whole number").format(text=text[:20])
    value = int(text)
    if value > MAX_COUNT:
        return None, tr("{value} is more stickers than a room could place").format(value=value)
    return value, ""


class TallyPanel(QWidget):
    close_requested = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.record: RoundRecord | None = None
        self.saved: dict[int, int] = {}
        self._loading = False
        self.help = QLabel(
            self.tr(
                "Count the sticker dots on each item and type the numbers in. Empty means 0. "
                "The counts are stored when you press Save (or close voting)."
            )
        )
        self.help.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Sticker counts"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Item"), self.tr("Dots")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.itemChanged.connect(self._cell_changed)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems with the counts"))
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total dots"))
        self.save_button = QPushButton(self.tr("&Save counts"))
        self.save_button.setAccessibleName(self.tr("Save the counts"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Close voting…"))
        self.close_button.setProperty("primary", True)
        self.close_button.setAccessibleName(self.tr("Close voting"))
        self.close_button.clicked.connect(
            lambda: self.close_requested.emit(self.record.id) if self.record else None
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addWidget(self.help)
        box.addWidget(self.table, 1)
        box.addWidget(self.problems)
        box.addLayout(buttons)

    def set_round(self, record: RoundRecord) -> None:
        keep_edits = self.record is not None and self.record.id == record.id and self.dirty()
        edits = self.typed() if keep_edits else {}
        self.record = record
        db = self.controller.db
        self.saved = voting.tally_counts(db, record.id)
        if record.target == "ideas":
            labels = {i.id: i.text for i in board.list_ideas(db, record.workshop_id)}
        else:
            labels = {t.id: t.name for t in board.list_themes(db, record.workshop_id)}
        self._loading = True
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # size once, after filling
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(record.items))
        for row, item_id in enumerate(record.items):
            number = QTableWidgetItem(str(row + 1))
            number.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label = QTableWidgetItem(one_line(labels.get(item_id, ""))[:300])
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setToolTip(tip(labels.get(item_id, "")))
            value = edits.get(item_id, str(self.saved.get(item_id, 0)))
            count = QTableWidgetItem(value)
            count.setData(Qt.ItemDataRole.UserRole, item_id)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, number)
            self.table.setItem(row, 1, label)
            self.table.setItem(row, 2, count)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setUpdatesEnabled(True)
        self._loading = False
        self.check()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell ``load`` filled (every row has all three)."""
        item = self.table.item(row, column)
        assert item is not None
        return item

    def typed(self) -> dict[int, str]:
        cells = [self._cell(row, 2) for row in range(self.table.rowCount())]
        return {cell.data(Qt.ItemDataRole.UserRole): cell.text() for cell in cells}

    def check(self) -> dict[int, int] | None:
        """Mark wrong cells; the counts if every cell is right."""
        counts: dict[int, int] = {}
        problems = []
        self._loading = True
        for row in range(self.table.rowCount()):
            cell = self._cell(row, 2)
            value, why = parse_count(cell.text())
            if value is None:
                problems.append(self.tr("Row {n}: {why}.").format(n=row + 1, why=why))
                cell.setBackground(QBrush(_BAD))
                cell.setForeground(QBrush(_BAD_TEXT))
                cell.setToolTip(why)
                cell.setData(Qt.ItemDataRole.AccessibleDescriptionRole, why)
                self._cell(row, 0).setText(f"! {row + 1}")
            else:
                counts[cell.data(Qt.ItemDataRole.UserRole)] = value
                cell.setBackground(QBrush())
                cell.setForeground(QBrush())
                cell.setToolTip("")
                cell.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "")
                self._cell(row, 0).setText(str(row + 1))
        self._loading = False
        if problems:
            shown = problems[:5]
            if len(problems) > 5:
                shown.append(self.tr("…and {n} more.").format(n=len(problems) - 5))
            self.problems.setText("⚠ " + " ".join(shown))
        else:
            self.problems.setText("")
        total = sum(counts.values())
        state = self.tr("not saved yet") if self.dirty() else self.tr("saved")
        self.total.setText(self.tr("Total: %n dot(s) ({state})", "", total).format(state=state))
        return None if problems else counts

    def dirty(self) -> bool:
        if self.record is None:
            return False
        for item_id, text in self.typed().items():
            value, _why = parse_count(text)
            if value != self.saved.get(item_id, 0):
                return True
        return False

    def save(self) -> bool:
        """Store the counts (one undoable step); False if a cell is wrong."""
        counts = self.check()
        if counts is None or self.record is None:
            self.table.setFocus()
            return False
        full_old = {item: self.saved.get(item, 0) for item in counts}
        if counts != full_old:
            too_many = self.too_many(sum(counts.values()))
            if too_many and not ask.confirm(
                self, self.tr("Check the count"), too_many, self.tr("Save these counts")
            ):
                self.table.setFocus()
                return False
            self.controller.push(RecordTally(self.controller, self.record.id, self.saved, counts))
        return True

    def too_many(self, total: int) -> str:
        """Why ``total`` is more dots than the people here could place, or "".

        More is allowed (someone brought their own stickers, a child joined in), but the
        facilitator is told before it is stored: it is more often a slip of the keys."""
        if self.record is None:
            return ""
        voters = len(self.record.electors) or sum(
            1
            for p in people.list_participants(self.controller.db, self.record.workshop_id)
            if p.attended
        )
        each = self.record.dots_per_voter
        if not voters or total <= voters * each:
            return ""
        text = self.tr(
            "{total} dots from %n person(s) with {dots} each: check the count.", "", voters
        )
        return (
            text.format(total=total, dots=dots_count(each))
            + "\n\n"
            + self.tr("Save them anyway if people really placed that many dots.")
        )

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() == 2:
            self.check()
