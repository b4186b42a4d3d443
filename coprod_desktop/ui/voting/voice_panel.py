"""Equal voice, for the facilitator's eyes: each group's share of the people here, of
the ideas and of the ballots so far, and who has not added an idea yet (for a gentle
prompt). A group well below its share of the room is marked "▼ fewer" in words, not
just in colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import DomainError
from ...services.voice import VoiceFigures, voice_figures
from ..controller import Controller
from ..i18n import ideas_count, people_count

BELOW = 0.10  # a share this far under the group's share of the room is flagged


def share_text(share: float, fair: float, total: int) -> str:
    """ "35%", with "▼" when well under the group's share of the people here."""
    text = f"{round(share * 100)}%"
    if total and fair - share >= BELOW:
        text += " ▼"
    return text


class EqualVoicePanel(QGroupBox):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Equal voice so far"))
        self.controller = controller
        self.figures: VoiceFigures | None = None
        self._stale = True
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Shares of people, ideas and votes by group"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("People"), self.tr("Ideas"), self.tr("Votes")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(20)
        self.table.setMinimumWidth(300)
        self.key = QLabel(
            self.tr(
                "Each group's share of the people here, of the ideas and of the ballots "
                "cast. ▼ marks fewer than their share of the people here."
            )
        )
        self.key.setProperty("role", "muted")
        self.key.setWordWrap(True)
        self.unheard = QLabel()
        self.unheard.setWordWrap(True)
        self.unheard.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.unheard.setAccessibleName(self.tr("People who have not added an idea yet"))
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        box.addWidget(self.key)
        box.addWidget(self.unheard)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # a burst of captured ideas costs one reload
        self._timer.timeout.connect(self.load)
        for signal in (
            controller.ideas_changed,
            controller.ideas_removed,
            controller.board_reset,
            controller.participants_changed,
            controller.groups_changed,
            controller.round_changed,
            controller.rounds_changed,
            controller.workshop_opened,
        ):
            signal.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        if not self.controller.has_library or not self.controller.workshop_id:
            self.table.setRowCount(0)
            self.unheard.setText("")
            return
        try:
            figures = voice_figures(
                self.controller.db, self.controller.workshop_id, no_group=self.tr("No group")
            )
        except DomainError:
            return
        self.figures = figures
        self.table.setRowCount(len(figures.groups))
        for row, group in enumerate(figures.groups):
            cells = [
                (group.name, group.name),
                (
                    f"{round(group.people_share * 100)}%",
                    people_count(group.people),
                ),
                (
                    share_text(group.idea_share, group.people_share, figures.ideas),
                    ideas_count(group.ideas),
                ),
                (
                    share_text(group.ballot_share, group.people_share, figures.ballots),
                    self.tr("%n ballot(s)", "", group.ballots),
                ),
            ]
            for column, (text, count) in enumerate(cells):
                item = QTableWidgetItem(text)
                tip = count
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if text.endswith("▼"):
                    tip += " · " + self.tr("fewer than this group's share of the people here")
                item.setToolTip(tip)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount())
        )
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)
        names = [u.name for u in figures.unheard]
        if not figures.people:
            self.unheard.setText(self.tr("Nobody is marked as attended yet."))
        elif not names:
            self.unheard.setText(self.tr("Everyone here has added at least one idea."))
        else:
            self.unheard.setText(
                self.tr("No idea yet from {n} of {total}: {names}").format(
                    n=len(names), total=figures.people, names=", ".join(names)
                )
            )
