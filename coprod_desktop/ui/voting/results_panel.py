"""A closed round's results for the facilitator: the ranking with ties, each group's
dots, the plain sentence on where groups agreed, turnout by group; and what to do next:
reveal on the shared screen, a run-off on tied items, a new round (never reopening), or
an agreed action answering a chosen result.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import people, voting, workshops
from ...services.records import RoundRecord, RoundResults
from ...services.wording import group_sentence
from ...text import one_line, shorten
from .. import style
from ..actions import make_action_from
from ..controller import Controller
from ..flow_layout import flow_row
from ..i18n import dots_count
from ..shared_screen.manager import SharedScreen
from ..shared_screen.style import ordinal_rank
from .text import tip


class ResultsModel(QAbstractTableModel):
    """The ranking as rows of text: rank, item, dots, then each group's dots."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.tips: list[str] = []

    def set_rows(self, headers: list[str], rows: list[list[str]], tips: list[str]) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.tips = headers, rows, tips
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return self.tips[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


TITLE_LIMIT = 200  # an action made from a long idea takes its opening words


class ResultsPanel(QWidget):
    runoff_requested = Signal(int)
    new_round_requested = Signal(int)  # a new draft set up like this round
    action_made = Signal(int)  # id of an action made from a result row

    def __init__(
        self, controller: Controller, shared_screen: SharedScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared_screen = shared_screen
        self.record: RoundRecord | None = None
        self.results: RoundResults | None = None
        self.summary = QLabel()
        self.summary.setProperty("role", "subheading")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the results"))
        self.tie = QLabel()
        self.tie.setProperty("role", "banner")
        self.tie.setWordWrap(True)
        self.model = ResultsModel(self)
        self._refit = QTimer(self, singleShot=True, interval=0)  # dies with the panel
        self._refit.timeout.connect(self._fit_columns)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Ranked results"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.act_make_action = QAction(
            style.icon("actions"), self.tr("Make an action from this result"), self
        )
        self.act_make_action.triggered.connect(lambda: self.make_action())
        self.table.addAction(self.act_make_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(self.tr("How the groups compared"))
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.why = QLabel()  # why some groups are counted together (small_groups)
        self.why.setWordWrap(True)
        self.why.setProperty("role", "muted")
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setAccessibleName(self.tr("Why some groups are counted together"))
        self.turnout = QLabel()
        self.turnout.setWordWrap(True)
        self.turnout.setProperty("role", "muted")
        self.turnout.setAccessibleName(self.tr("Turnout by group"))
        self.reveal_button = QPushButton(self.tr("&Reveal results on the shared screen"))
        self.reveal_button.setProperty("primary", True)
        self.reveal_button.setAccessibleName(self.tr("Reveal results on the shared screen"))
        self.reveal_button.clicked.connect(self.reveal)
        self.previous_button = QPushButton(self.tr("◀ Screen &page"))
        self.previous_button.setAccessibleName(
            self.tr("Previous page of results on the shared screen")
        )
        self.previous_button.clicked.connect(lambda: self.shared_screen.page_by(-1))
        self.next_button = QPushButton(self.tr("Screen pa&ge ▶"))
        self.next_button.setAccessibleName(self.tr("Next page of results on the shared screen"))
        self.next_button.clicked.connect(lambda: self.shared_screen.page_by(1))
        self.runoff_button = QPushButton(self.tr("Run-&off on the tied items"))
        self.runoff_button.setAccessibleName(self.tr("Set up a run-off round on the tied items"))
        self.runoff_button.clicked.connect(
            lambda: self.runoff_requested.emit(self.record.id) if self.record else None
        )
        self.again_button = QPushButton(self.tr("&New round like this one"))
        self.again_button.setAccessibleName(
            self.tr("Set up a new round like this one (a closed round cannot reopen)")
        )
        self.again_button.clicked.connect(
            lambda: self.new_round_requested.emit(self.record.id) if self.record else None
        )
        screen = flow_row(self.reveal_button, self.previous_button, self.next_button)
        self.action_button = QPushButton(style.icon("actions"), self.tr("Make an &action"))
        self.action_button.setAccessibleName(self.tr("Make an action from the chosen result"))
        self.action_button.setToolTip(
            self.tr("Add the chosen row to the agreed actions, linked to what it answers")
        )
        self.action_button.clicked.connect(lambda: self.make_action())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_action())
        follow = flow_row(self.action_button, self.runoff_button, self.again_button)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.tie)
        box.addWidget(self.table, 1)
        box.addWidget(self.sentence)
        box.addWidget(self.why)
        box.addWidget(self.turnout)
        box.addLayout(screen)
        box.addLayout(follow)

    def set_round(self, record: RoundRecord, has_runoff: bool = False) -> None:
        self.record = record
        db = self.controller.db
        results = self.results = voting.round_results(db, record.id)
        groups = people.list_groups(db, record.workshop_id)
        names: dict[int | None, str] = {g.id: g.name for g in groups}
        ballot = record.method == "ballot"
        # Only groups shown apart: a secret round counts groups under 3 together, and
        # a single column would repeat the dots.
        group_ids = [b.group_id for b in results.breakdown] if results.compared else []
        combined = self.tr("Smaller groups combined")
        headers = [self.tr("Rank"), self.tr("Item"), self.tr("Dots")]
        headers += [
            (combined if results.groups_combined else self.tr("No group"))
            if g is None
            else names.get(g) or self.tr("No group")
            for g in group_ids
        ]
        tie = self.tr("tie")
        rows, tips = [], []
        for item in results.items:
            dots = f"{item.dots} ({tie})" if item.tied and item.dots else str(item.dots)
            rows.append(
                [ordinal_rank(item.rank, item.tied), one_line(item.label)[:300], dots]
                + [str(item.by_group.get(group_id, 0)) for group_id in group_ids]
            )
            tips.append(tip(item.label))
        self.model.set_rows(headers, rows, tips)
        self._fit_columns()
        if ballot:
            self.summary.setText(
                self.tr("{ballots} of {electors} people voted ({percent}%), {dots} in all.").format(
                    ballots=results.ballots,
                    electors=results.electors,
                    percent=round(results.turnout * 100),
                    dots=dots_count(results.total_dots),
                )
            )
            language = workshops.get_workshop(db, record.workshop_id).language
            self.sentence.setText(group_sentence(results, names, language))
            self.why.setText(
                self.tr(
                    "Groups with fewer than 3 voters are counted together, so nobody's vote "
                    "can be picked out."
                )
                if results.groups_combined
                else ""
            )
            self.turnout.setText(
                self.tr("Turnout by group: ")
                + "; ".join(
                    self.tr("{group} {voted} of {electors}").format(
                        group=(names.get(t.group_id) or self.tr("No group")),
                        voted=t.voted,
                        electors=t.electors,
                    )
                    for t in results.turnout_by_group
                )
            )
        else:
            self.summary.setText(
                self.tr("Counted from sticker dots: {dots} in all.").format(
                    dots=dots_count(results.total_dots)
                )
            )
            self.sentence.setText(
                self.tr("Sticker dots carry no names or groups, so there is no breakdown by group.")
            )
            self.why.setText("")
            self.turnout.setText("")
        if results.top_tied:
            tied = [i for i in results.items if i.rank == 1]
            self.tie.setText(
                self.tr("= Tie for first place: {n} items have {dots} each.").format(
                    n=len(tied), dots=dots_count(tied[0].dots)
                )
                + " "
                + (
                    self.tr("A run-off round has been set up.")
                    if has_runoff
                    else self.tr("A run-off round on just these items can settle it.")
                )
            )
        self.why.setVisible(bool(self.why.text()))
        self.tie.setVisible(results.top_tied)
        self.runoff_button.setVisible(results.top_tied)
        self.runoff_button.setEnabled(results.top_tied and not has_runoff)
        self._sync_screen_buttons()
        self._sync_action()

    def _fit_columns(self) -> None:
        """Column widths worked out here, and again when the text size changes: Qt's
        "resize to contents" asks the model about every cell of every row (12,000 calls
        for 300 items)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        bold = QFontMetrics(header.font())
        rows = self.model.rows
        for column, title in enumerate(self.model.headers):
            if column != 1:
                widest = max((metrics.horizontalAdvance(r[column]) for r in rows), default=0)
                self.table.setColumnWidth(
                    column, max(widest + 20, bold.horizontalAdvance(title) + 28)
                )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_refit"):
            self._refit.start()  # once the table has the new font (it hears after us)

    def cell(self, row: int, column: int) -> str:
        return self.model.rows[row][column]

    def chosen_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _sync_action(self) -> None:
        chosen = self.results is not None and 0 <= self.chosen_row() < len(self.results.items)
        self.action_button.setEnabled(chosen)
        self.act_make_action.setEnabled(chosen)

    def make_action(self, row: int | None = None) -> int | None:
        """An agreed action answering the chosen result (an idea or a theme), with how
        the room voted for it in its notes."""
        row = self.chosen_row() if row is None else row
        if self.results is None or self.record is None or not 0 <= row < len(self.results.items):
            return None
        item = self.results.items[row]
        title = shorten(item.label, TITLE_LIMIT)
        rank = ordinal_rank(item.rank, item.tied)
        notes = self.tr("The room's vote “{question}”: ranked {rank} with {dots}.").format(
            question=one_line(self.record.question), rank=rank, dots=dots_count(item.dots)
        )
        ideas = (item.item_id,) if self.record.target == "ideas" else ()
        themes = (item.item_id,) if self.record.target == "themes" else ()
        action_id = make_action_from(self.controller, title, ideas, themes, notes=notes)
        if action_id:
            self.action_made.emit(action_id)
        return action_id

    def _sync_screen_buttons(self) -> None:
        showing = (
            self.record is not None
            and self.shared_screen.is_shown
            and self.shared_screen.mode == "results"
            and self.shared_screen.results_round_id == self.record.id
        )
        self.previous_button.setEnabled(showing)
        self.next_button.setEnabled(showing)

    def reveal(self) -> None:
        if self.record is not None:
            self.shared_screen.show_results(self.record.id)
            self._sync_screen_buttons()
