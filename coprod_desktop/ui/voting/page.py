"""The facilitator's voting page: the workshop's rounds, and for the chosen one its
set-up (draft), the register while it is open, the tally table, or its results.

Opening and closing are deliberate, not undoable; a closed round never reopens (the
page offers a new round instead), and a tie at the top can go to a run-off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import voting
from ...services.errors import DomainError
from ...services.records import RoundRecord
from ...text import shorten
from .. import style
from ..controller import Controller
from ..dialogs import ask
from ..flow_layout import size_by_current
from ..i18n import dots_count
from ..shared_screen.manager import SharedScreen
from ..wrapped_items import wrap_entries
from . import commands as cmd
from .results_panel import ResultsPanel
from .setup_form import RoundSetupForm
from .tally_panel import TallyPanel
from .text import plain_labels, tip
from .voice_panel import EqualVoicePanel
from .watch_panel import BallotWatchPanel


class VotingPage(QWidget):
    action_made = Signal(int)  # id of an action made from a result

    def __init__(
        self, controller: Controller, shared_screen: SharedScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared_screen = shared_screen
        self.rounds: list[RoundRecord] = []
        self.current_id = 0
        self._stale = True
        self._build()
        controller.workshop_opened.connect(self._workshop_opened)
        controller.rounds_changed.connect(self.refresh)
        controller.round_changed.connect(self._round_changed)
        for signal in (
            controller.ideas_changed,
            controller.ideas_removed,
            controller.themes_changed,
            controller.participants_changed,
            controller.stages_changed,
        ):
            signal.connect(self._board_changed)
        shared_screen.mode_changed.connect(lambda _mode: self._sync_results_buttons())
        shared_screen.shown_changed.connect(lambda _on: self._sync_results_buttons())

    # Layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Voting"))
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Voting rounds"))
        self.list.setWordWrap(True)
        wrap_entries(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton(self.tr("&New round"))
        self.new_button.setProperty("primary", True)
        self.new_button.setAccessibleName(self.tr("Set up a new voting round"))
        self.new_button.clicked.connect(self.new_round)
        self.delete_button = QPushButton(self.tr("Delete round"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected round"))
        self.delete_button.clicked.connect(lambda: self.delete_round(self.current_id))
        self.voice = EqualVoicePanel(self.controller)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Rounds")))
        left_box.addWidget(self.list, 1)
        left_box.addLayout(list_buttons)
        left_box.addWidget(self.voice)

        self.title = QLabel()
        self.title.setProperty("role", "subheading")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("The round"))
        self.state = QLabel()
        self.state.setProperty("role", "muted")
        self.state.setWordWrap(True)
        self.message = QLabel()
        self.message.setProperty("role", "banner")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.empty = QLabel(
            self.tr(
                "No voting rounds yet. Press New round to ask the room a question: they "
                "put dots on the ideas or themes that matter most to them, on the shared "
                "screen or with sticker dots on the wall."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setup = RoundSetupForm(self.controller)
        self.setup.open_requested.connect(self.open_round)
        self.setup.problem.connect(self._error)
        self.watch = BallotWatchPanel(self.controller, self.shared_screen)
        self.watch.close_requested.connect(self.close_round)
        self.tally = TallyPanel(self.controller)
        self.tally.close_requested.connect(self.close_round)
        self.tally_show = QPushButton(self.tr("Show the &question on the shared screen"))
        self.tally_show.setAccessibleName(self.tr("Show the question on the shared screen"))
        self.tally_show.clicked.connect(lambda: self.shared_screen.show_voting(self.current_id))
        self.tally.layout().addWidget(self.tally_show)  # type: ignore[union-attr]
        self.results = ResultsPanel(self.controller, self.shared_screen)
        self.results.runoff_requested.connect(self.runoff)
        self.results.new_round_requested.connect(self.new_round_like)
        self.results.action_made.connect(self.action_made)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.setup, self.watch, self.tally, self.results):
            self.stack.addWidget(widget)
        size_by_current(self.stack)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.title)
        right_box.addWidget(self.state)
        right_box.addWidget(self.message)
        right_box.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.left_panel = left
        self._size_left_panel()
        splitter.setSizes([360, 900])
        splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(splitter, 1)
        plain_labels(self)

    def _size_left_panel(self) -> None:
        """Room for the rounds and the equal-voice table at the current text size."""
        factor = max(1.0, self.font().pointSizeF() / style.BASE_POINT_SIZE)
        self.left_panel.setMinimumWidth(round(330 * factor))

    def heightForWidth(self, width: int) -> int:
        """No taller than the window while the page fits in it: the rounds, the electors
        and the tally table scroll inside themselves, so Open voting, Save counts and
        Close voting stay on screen (the scroll area around the page would otherwise
        make it as tall as its lists would like, pushing those buttons below the edge,
        and grow and shrink it as words wrap under the facilitator's typing)."""
        wanted = super().heightForWidth(width)
        viewport = self.parentWidget()
        room = viewport.height() if viewport is not None else wanted
        return max(self.minimumSizeHint().height(), min(wanted, room))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "left_panel"):
            self._size_left_panel()

    # Loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload the rounds and the chosen one (now if on screen, else when shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if not self.controller.has_library or not self.controller.workshop_id:
            self.rounds = []
            self._fill_list()
            self._show_round(None)
            return
        try:
            self.rounds = voting.list_rounds(self.controller.db, self.controller.workshop_id)
        except DomainError:
            self.rounds = []
        self._fill_list()
        current = next((r for r in self.rounds if r.id == self.current_id), None)
        if current is None and self.rounds:
            current = self.rounds[-1]
        self._select(current.id if current else 0)
        self._show_round(current)

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for record in self.rounds:
            item = QListWidgetItem(self._list_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(tip(record.question, 500))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(bool(self.rounds))

    def _list_text(self, record: RoundRecord) -> str:
        status = {
            "draft": self.tr("Being set up"),
            "open": self.tr("OPEN"),
            "closed": self.tr("Closed"),
        }[record.status]
        method = self.tr("ballot") if record.method == "ballot" else self.tr("sticker tally")
        question = shorten(record.question, 70)
        runoff = (
            self.tr("Run-off: ")
            if record.runoff_of_id
            and not question.startswith(("Run-off", self.tr("Run-off: ").strip()))
            else ""
        )
        return f"{runoff}{question}\n{status} · {method}"

    def _select(self, round_id: int) -> None:
        self.current_id = round_id
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == round_id:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.current_id = item.data(Qt.ItemDataRole.UserRole)
        self.message.hide()
        self._show_round(next((r for r in self.rounds if r.id == self.current_id), None))

    def _show_round(self, record: RoundRecord | None) -> None:
        if record is None:
            self.title.setText("")
            self.state.setText("")
            self.stack.setCurrentWidget(self.empty)
            return
        self.title.setText(record.question)
        if record.status == "draft":
            self.state.setText(self.tr("Being set up: nobody can vote yet."))
            self.setup.set_round(record)
            self.stack.setCurrentWidget(self.setup)
        elif record.status == "open" and record.method == "ballot":
            self.state.setText(
                self._open_text(record.target, len(record.items)).format(
                    dots=dots_count(record.dots_per_voter), cap=record.max_dots_per_item
                )
            )
            self.watch.set_round(record)
            self.stack.setCurrentWidget(self.watch)
        elif record.status == "open":
            self.state.setText(self.tr("Sticker voting is open: type in the counts."))
            self.tally.set_round(record)
            self.stack.setCurrentWidget(self.tally)
        else:
            self.state.setText(
                self.tr("Closed. A closed round cannot be reopened; start a new round instead.")
            )
            has_runoff = any(r.runoff_of_id == record.id for r in self.rounds)
            self.results.set_round(record, has_runoff)
            self.stack.setCurrentWidget(self.results)

    def _workshop_opened(self, _workshop_id: int) -> None:
        self.current_id = 0
        self.message.hide()
        self.refresh()

    def _round_changed(self, round_id: int) -> None:
        if round_id != self.current_id:
            return
        if not self.isVisible():
            self._stale = True
            return
        shown = next((r for r in self.rounds if r.id == round_id), None)
        try:
            now = voting.get_round(self.controller.db, round_id)
        except DomainError:
            now = None
        if (
            shown is not None
            and now is not None
            and now.status == shown.status == "open"
            and shown.method == "ballot"
        ):
            # A ballot was cast: only the register changed. A round that opened, closed
            # or went (wherever that was done) reloads everything.
            self.watch.set_round(shown)
        else:
            self.refresh()

    def _board_changed(self, *_args: object) -> None:
        current = next((r for r in self.rounds if r.id == self.current_id), None)
        if current is not None and current.status == "draft" and self.isVisible():
            self.setup.set_round(current)

    def _error(self, text: str) -> None:
        """A problem with what the facilitator asked of this page (refusals from the
        services go through ``controller.error`` to the main window's banner)."""
        self.message.setText(text)
        self.message.show()

    def _sync_results_buttons(self) -> None:
        if self.stack.currentWidget() is self.results:
            self.results._sync_screen_buttons()

    # Gestures -------------------------------------------------------------------------

    def new_round(self) -> None:
        settings = cmd.RoundSettings(self.tr("Which ideas matter most to you?"))
        command = cmd.CreateRound(self.controller, settings)
        self.controller.push(command)
        if not command.failed:
            self._select(command.round_id)
            self.refresh()
            self.setup.question.setFocus()
            self.setup.question.selectAll()

    def new_round_like(self, round_id: int) -> None:
        record = voting.get_round(self.controller.db, round_id)
        settings = cmd.RoundSettings.of(record)
        command = cmd.CreateRound(self.controller, settings)
        self.controller.push(command)
        if not command.failed:
            self._select(command.round_id)
            self.refresh()

    def runoff(self, round_id: int) -> None:
        command = cmd.CreateRunoff(self.controller, round_id)
        self.controller.push(command)
        if not command.failed:
            self._select(command.round_id)
            self.refresh()

    def delete_round(self, round_id: int) -> None:
        record = next((r for r in self.rounds if r.id == round_id), None)
        if record is None:
            return
        if record.status == "open":
            self._error(self.tr("Close voting before deleting the round."))
            return
        if record.status == "closed" and not ask.confirm(
            self,
            self.tr("Delete round"),
            self.tr(
                "Delete the round “{question}” and every vote cast in it? "
                "You can undo this with Edit ▸ Undo."
            ).format(question=record.question[:200]),
            self.tr("Delete round and votes"),
        ):
            return
        self.current_id = 0
        self.controller.push(cmd.DeleteRound(self.controller, round_id))

    def open_round(self, round_id: int, show: bool) -> None:
        self.message.hide()
        if cmd.open_round(self.controller, round_id) is None:
            return
        self._select(round_id)
        self.refresh()
        if show:
            self.shared_screen.show_voting(round_id)

    def close_round(self, round_id: int) -> None:
        record = voting.get_round(self.controller.db, round_id)
        if record.method == "tally":
            if not self.tally.save():
                if self.tally.check() is None:
                    self._error(self.tr("Some counts are not whole numbers; fix them first."))
                return
        else:
            waiting = [
                v.name for v in voting.voter_status(self.controller.db, round_id) if not v.has_voted
            ]
            busy = self.shared_screen.kiosk_voter_name
            if waiting and not ask.confirm(
                self,
                self.tr("Close voting?"),
                self._close_warning(waiting, busy),
                self.tr("Close voting"),
            ):
                return
        if cmd.close_round(self.controller, round_id) is not None:
            self._select(round_id)
            self.refresh()

    def _open_text(self, target: str, n: int) -> str:
        if target == "ideas":
            return self.tr(
                "Voting is open: %n idea(s), {dots} each, at most {cap} on one. "
                "Nobody sees any dots until you close the round.",
                "",
                n,
            )
        return self.tr(
            "Voting is open: %n theme(s), {dots} each, at most {cap} on one. "
            "Nobody sees any dots until you close the round.",
            "",
            n,
        )

    def _close_warning(self, waiting: list[str], busy: str | None) -> str:
        names = ", ".join(waiting[:12]) + (self.tr(" and others") if len(waiting) > 12 else "")
        text = self.tr("%n person(s) have not voted yet: {names}.", "", len(waiting)).format(
            names=names
        )
        if busy:
            text += " " + self.tr("{name} is voting at the ballot kiosk right now.").format(
                name=busy
            )
        return (
            text
            + "\n\n"
            + self.tr("Once closed, the round cannot be reopened, and nobody else can vote in it.")
        )
