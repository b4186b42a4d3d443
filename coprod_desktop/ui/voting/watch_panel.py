"""Watching an open ballot: who has voted and who has not (names only, never choices),
turnout, where people vote (the kiosk's screen, phones), the next voter, and closing.
The lists follow phones' ballots as they arrive (``round_changed``), for a gentle prompt.

Nothing on this panel can show a dot: it reads only ``voter_status``, the register.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import people, voting
from ...services.records import RoundRecord, VoterStatus
from ..controller import Controller
from ..dialogs import ask
from ..flow_layout import flow_row
from ..shared_screen.manager import SharedScreen
from .places_panel import VotingPlacesPanel


class BallotWatchPanel(QWidget):
    close_requested = Signal(int)

    def __init__(
        self, controller: Controller, shared_screen: SharedScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared_screen = shared_screen
        self.record: RoundRecord | None = None
        self.status: list[VoterStatus] = []
        self._groups: dict[int, str] | None = None
        controller.groups_changed.connect(self._forget_groups)
        controller.workshop_opened.connect(self._forget_groups)
        self.turnout = QLabel()
        self.turnout.setProperty("role", "subheading")
        self.turnout.setAccessibleName(self.tr("Turnout"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Turnout"))
        # The counts are in words just above; text inside the bar would cross the filled
        # part, which no one colour reads on in both themes.
        self.bar.setTextVisible(False)
        self.by_group = QLabel()
        self.by_group.setProperty("role", "muted")
        self.by_group.setWordWrap(True)
        self.kiosk = QLabel()
        self.kiosk.setProperty("role", "banner")
        self.kiosk.setWordWrap(True)
        self.kiosk.setAccessibleName(self.tr("The ballot kiosk now"))
        self.kiosk.setTextFormat(Qt.TextFormat.PlainText)
        self.places = VotingPlacesPanel(controller, shared_screen)
        self.waiting_label = QLabel()
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(self.tr("Still to vote"))
        self.waiting.itemActivated.connect(lambda _item: self.start_selected())
        self.waiting_label.setBuddy(self.waiting)
        self.voted_label = QLabel()
        self.voted = QListWidget()
        self.voted.setAccessibleName(self.tr("Have voted"))
        self.voted.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.voted_label.setBuddy(self.voted)
        self.show_button = QPushButton(self.tr("&Show the count on the shared screen"))
        self.show_button.setAccessibleName(
            self.tr("Show the question and how many have voted on the shared screen")
        )
        self.show_button.clicked.connect(self.show_ballot)
        self.next_button = QPushButton(self.tr("Ne&xt voter"))
        self.next_button.setAccessibleName(
            self.tr("Open the ballot for the next person on the list")
        )
        self.next_button.clicked.connect(self.next_voter)
        self.start_button = QPushButton(self.tr("Ballot for the &selected person"))
        self.start_button.setAccessibleName(self.tr("Open the ballot for the selected person"))
        self.start_button.clicked.connect(self.start_selected)
        self.close_button = QPushButton(self.tr("&Close voting…"))
        self.close_button.setProperty("primary", True)
        self.close_button.setAccessibleName(self.tr("Close voting"))
        self.close_button.clicked.connect(
            lambda: self.close_requested.emit(self.record.id) if self.record else None
        )
        lists = QGridLayout()
        lists.addWidget(self.waiting_label, 0, 0)
        lists.addWidget(self.voted_label, 0, 1)
        lists.addWidget(self.waiting, 1, 0)
        lists.addWidget(self.voted, 1, 1)
        voter_buttons = flow_row(self.next_button, self.start_button)
        buttons = flow_row(self.show_button, self.close_button)
        box = QVBoxLayout(self)
        box.addWidget(self.turnout)
        box.addWidget(self.bar)
        box.addWidget(self.by_group)
        box.addWidget(self.places)
        box.addWidget(self.kiosk)
        box.addLayout(lists, 1)
        box.addLayout(voter_buttons)
        box.addLayout(buttons)
        shared_screen.kiosk_state_changed.connect(self._show_kiosk)
        shared_screen.kiosk.placed_changed.connect(self._show_kiosk)

    def set_round(self, record: RoundRecord) -> None:
        self.record = record
        self.status = voting.voter_status(self.controller.db, record.id)
        waiting = [v for v in self.status if not v.has_voted]
        voted = [v for v in self.status if v.has_voted]
        total = len(self.status)
        self.turnout.setText(
            self.tr("{voted} of {total} have voted").format(voted=len(voted), total=total)
        )
        # QProgressBar repaints at once on a new value (3 ms here); let it paint with the
        # rest of the window instead.
        self.bar.setUpdatesEnabled(False)
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(len(voted))
        self.bar.setFormat(
            self.tr("{percent}% have voted").format(
                percent=round(100 * len(voted) / total) if total else 0
            )
        )
        self.bar.setAccessibleDescription(self.bar.format())
        self.bar.setUpdatesEnabled(True)
        if self._groups is None:
            self._groups = {
                g.id: g.name for g in people.list_groups(self.controller.db, record.workshop_id)
            }
        groups = self._groups
        parts = []
        for group_id in dict.fromkeys(v.group_id for v in self.status):
            members = [v for v in self.status if v.group_id == group_id]
            parts.append(
                self.tr("{group}: {voted} of {total}").format(
                    group=groups.get(group_id, self.tr("No group"))
                    if group_id
                    else self.tr("No group"),
                    voted=sum(v.has_voted for v in members),
                    total=len(members),
                )
            )
        self.by_group.setText(" · ".join(parts))
        self.waiting_label.setText(self.tr("S&till to vote ({n})").format(n=len(waiting)))
        self.voted_label.setText(self.tr("&Have voted ({n})").format(n=len(voted)))
        self._fill(self.waiting, waiting)
        self._fill(self.voted, voted)
        self.next_button.setEnabled(bool(waiting))
        self.start_button.setEnabled(bool(waiting))
        self.places.set_round(record)
        self._show_kiosk()

    def _forget_groups(self, *_args: object) -> None:
        self._groups = None

    def _fill(self, widget: QListWidget, voters: list[VoterStatus]) -> None:
        current = widget.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        widget.clear()
        for voter in voters:
            item = QListWidgetItem(voter.name)
            item.setData(Qt.ItemDataRole.UserRole, voter.participant_id)
            widget.addItem(item)
            if voter.participant_id == keep:
                widget.setCurrentItem(item)

    def names(self, widget: QListWidget) -> list[str]:
        return [widget.item(row).text() for row in range(widget.count())]

    def _show_kiosk(self, *_args: object) -> None:
        kiosk = self.shared_screen.kiosk
        if self.record is None:
            return
        if not kiosk.is_open:
            text = self.tr("The ballot kiosk is not open.")
        elif kiosk.round_id != self.record.id:
            text = self.tr("The ballot kiosk shows another round.")
        else:
            state, name = kiosk.state, kiosk.voter_name
            text = {
                "names": self.tr(
                    "The ballot kiosk is waiting for the next voter to find their name."
                ),
                "ballot": self.tr("{name} is voting at the ballot kiosk.").format(name=name),
                "confirm": self.tr("{name} is confirming their votes.").format(name=name),
                "thanks": self.tr(
                    "A ballot was just cast; the kiosk is waiting for the next person."
                ),
                "done": self.tr("Everyone on the list has voted."),
            }.get(state, self.tr("The ballot kiosk is open."))
        self.kiosk.setText(text)

    def show_ballot(self) -> None:
        """The room's voting view: the question and the count, never a ballot."""
        if self.record is not None:
            self.shared_screen.show_voting(self.record.id)

    def next_voter(self) -> None:
        if self.waiting.count():
            self._start(self.waiting.item(0).data(Qt.ItemDataRole.UserRole))

    def start_selected(self) -> None:
        item = self.waiting.currentItem()
        if item is not None:
            self._start(item.data(Qt.ItemDataRole.UserRole))

    def _start(self, participant_id: int) -> None:
        if self.record is None:
            return
        busy = self.shared_screen.kiosk_voter_name
        in_progress = busy and self.shared_screen.kiosk_state in ("ballot", "confirm")
        if in_progress and not ask.confirm(
            self,
            self.tr("Someone is voting"),
            self.tr(
                "{name} is in the middle of voting at the ballot kiosk. Start a new "
                "ballot anyway? Their dots so far will not be cast."
            ).format(name=busy),
            self.tr("Start a new ballot"),
        ):
            return
        if not self.shared_screen.start_ballot(participant_id, self.record.id):
            self.controller.error.emit(self.tr("That person cannot vote in this round now."))
