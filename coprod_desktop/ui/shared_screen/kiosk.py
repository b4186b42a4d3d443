"""The ballot kiosk: the view inside the kiosk window (``kiosk_window.KioskWindow``),
which the facilitator puts on a screen the room does not face when the vote is secret.

A voter finds their name (or the facilitator starts the ballot for them), puts their
dots on large tiles, confirms on the same screen, and a neutral "thank you" screen hides
the ballot before the next person steps up. The dots live only in the tile grid until
``cast_ballot`` stores them in one transaction; Cancel, a cast, or the round closing
wipes them. Nothing here ever shows how anyone else voted.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ...db.errors import LibraryError
from ...services import board, voting
from ...services.records import RoundRecord, VoterStatus
from ...text import one_line
from ..controller import Controller
from .base import ScreenView
from .grids import BallotGrid, DotsLeft, NameGrid, Tile
from .style import MUTED, WARNING, FitText, Metrics

STATES = ("none", "closed", "tally", "done", "names", "ballot", "confirm", "thanks")
log = logging.getLogger(__name__)


class KioskButton(QPushButton):
    """A big button that Enter presses too (a plain window's buttons only take Space).

    Its words never get cut: when a row of them is too wide for the window (long Welsh
    words at a large text size), each one's text shrinks to the room it has."""

    _wanted: QFont | None = None

    def set_wanted_font(self, font: QFont) -> None:
        self._wanted = QFont(font)
        self.setFont(font)
        self.updateGeometry()
        self._fit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._wanted is None:
            return hint
        now = self.fontMetrics().horizontalAdvance(self.text())
        wanted = QFontMetrics(self._wanted).horizontalAdvance(self.text())
        return QSize(hint.width() - now + wanted, hint.height())  # asks for the full size

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._wanted is None:
            return
        wanted = QFontMetrics(self._wanted).horizontalAdvance(self.text())
        padding = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())
        room = self.width() - padding
        font = QFont(self._wanted)
        if self.isVisible() and 0 < room < wanted:  # a hidden button has no real width
            factor = max(0.6, room / wanted)
            if font.pixelSize() > 0:
                font.setPixelSize(max(1, int(font.pixelSize() * factor)))
            else:
                font.setPointSizeF(font.pointSizeF() * factor)
        if font != self.font():
            self.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            event.accept()
        else:
            super().keyPressEvent(event)


def kiosk_button(text: str, name: str, *, primary: bool = False) -> KioskButton:
    button = KioskButton(text)
    button.setObjectName("kioskButton")
    button.setProperty("primary", primary)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    return button


class Page(QWidget):
    """A kiosk page whose texts and buttons follow the window's sizes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)

    def set_metrics(self, metrics: Metrics) -> None:
        self.box.setContentsMargins(metrics.px(1.5), metrics.px(1), metrics.px(1.5), metrics.px(1))
        self.box.setSpacing(metrics.px(0.5))
        for child in self.findChildren(FitText):
            child.set_metrics(metrics)
        grids: list[NameGrid | BallotGrid | DotsLeft] = [
            *self.findChildren(NameGrid),
            *self.findChildren(BallotGrid),
            *self.findChildren(DotsLeft),
        ]
        for grid in grids:
            grid.set_metrics(metrics)
        for button in self.findChildren(QPushButton):
            button.setMinimumHeight(metrics.px(2.4))
            button.setMinimumWidth(metrics.px(5))
            if isinstance(button, KioskButton):
                button.set_wanted_font(metrics.font(1.1, bold=True))
            else:
                button.setFont(metrics.font(1.1, bold=True))


class ThanksPage(Page):
    """Neutral: says nothing about the ballot just cast. A tap or Enter moves on."""

    next_person = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = FitText(
            self,
            factor=2.6,
            bold=True,
            align=Qt.AlignmentFlag.AlignHCenter,
            vcenter=True,
            max_lines=2,
        )
        self.body = FitText(self, factor=1.4, align=Qt.AlignmentFlag.AlignHCenter, colour=MUTED)
        self.box.addStretch(1)
        self.box.addWidget(self.title, 3)
        self.box.addWidget(self.body, 3)
        self.box.addStretch(1)
        self.setAccessibleName(self.tr("Thank you"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.next_person.emit()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next_person.emit()
            event.accept()
        else:
            event.ignore()


class KioskView(ScreenView):
    state_changed = Signal(str)
    ballot_cast = Signal(int)  # round id; the ballot is stored and the screen cleared

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("voting")
        self.round: RoundRecord | None = None
        self.round_id = 0
        self.voters: list[VoterStatus] = []
        self.voter: VoterStatus | None = None
        self.state = "none"
        self._own_cast = 0
        self.stack = QStackedLayout(self)
        self._build_message_page()
        self._build_names_page()
        self._build_ballot_page()
        self._build_confirm_page()
        self.thanks = ThanksPage(self)
        self.thanks.next_person.connect(self.next_person)
        self.stack.addWidget(self.thanks)
        controller.round_changed.connect(self._on_round_changed)
        controller.rounds_changed.connect(self.refresh)
        controller.participants_changed.connect(self.refresh)
        controller.workshop_opened.connect(self._on_workshop_opened)

    # Pages ----------------------------------------------------------------------------

    def _build_message_page(self) -> None:
        self.message_page = Page(self)
        self.message_title = FitText(
            self,
            factor=2.4,
            bold=True,
            max_lines=3,
            align=Qt.AlignmentFlag.AlignHCenter,
            vcenter=True,
        )
        self.message_body = FitText(self, factor=1.4, align=Qt.AlignmentFlag.AlignHCenter)
        self.message_page.box.addStretch(1)
        self.message_page.box.addWidget(self.message_title, 3)
        self.message_page.box.addWidget(self.message_body, 4)
        self.message_page.box.addStretch(1)
        self.stack.addWidget(self.message_page)

    def _build_names_page(self) -> None:
        page = self.names_page = Page(self)
        self.names_question = FitText(page, factor=1.6, bold=True, max_lines=2)
        self.names_hint = FitText(page, factor=1.1, colour=MUTED, max_lines=2)
        self.names_error = FitText(page, factor=1.0, colour=WARNING, bold=True, max_lines=2)
        self.names = NameGrid(page)
        self.names.setAccessibleName(self.tr("Names of people who have not voted yet"))
        self.names.chosen.connect(self.begin_ballot)
        self.names.page_changed.connect(self._update_name_pager)
        self.names_previous = kiosk_button(self.tr("◀ More names"), self.tr("Previous names"))
        self.names_next = kiosk_button(self.tr("More names ▶"), self.tr("Next names"))
        self.names_page_label = FitText(
            page,
            factor=1.0,
            colour=MUTED,
            max_lines=1,
            align=Qt.AlignmentFlag.AlignHCenter,
            vcenter=True,
        )
        self.names_previous.clicked.connect(lambda: self.names.set_page(self.names.page - 1))
        self.names_next.clicked.connect(lambda: self.names.set_page(self.names.page + 1))
        pager = QHBoxLayout()
        pager.addWidget(self.names_previous)
        pager.addWidget(self.names_page_label, 1)
        pager.addWidget(self.names_next)
        page.box.addWidget(self.names_question, 0)
        page.box.addWidget(self.names_hint, 0)
        page.box.addWidget(self.names_error, 0)
        page.box.addWidget(self.names, 1)
        page.box.addLayout(pager)
        self.stack.addWidget(page)

    def _build_ballot_page(self) -> None:
        page = self.ballot_page = Page(self)
        self.ballot_who = FitText(page, factor=1.5, bold=True, max_lines=1)
        self.dots_left = DotsLeft(page)
        self.ballot_question = FitText(page, factor=1.15, max_lines=2)
        self.ballot_message = FitText(
            page, factor=1.0, bold=True, colour=WARNING, max_lines=1, keep_space=True
        )
        self.grid = BallotGrid(page)
        self.grid.setAccessibleName(self.tr("Ballot"))
        self.grid.changed.connect(self._update_ballot_header)
        self.grid.page_changed.connect(self._update_ballot_pager)
        self.grid.focus_moved.connect(self._describe_current_tile)
        self.grid.refused.connect(self.ballot_message.setText)
        self.cancel_button = kiosk_button(self.tr("✕ Cancel"), self.tr("Cancel, cast nothing"))
        self.previous_button = kiosk_button(self.tr("◀ Back"), self.tr("Previous page"))
        self.next_button = kiosk_button(self.tr("More ▶"), self.tr("Next page"))
        self.ballot_page_label = FitText(
            page,
            factor=1.0,
            colour=MUTED,
            max_lines=2,
            align=Qt.AlignmentFlag.AlignHCenter,
            vcenter=True,
        )
        self.cast_button = kiosk_button(
            self.tr("Cast my votes ✓"), self.tr("Cast my votes"), primary=True
        )
        self.cancel_button.clicked.connect(self.cancel_ballot)
        self.previous_button.clicked.connect(lambda: self.grid.set_page(self.grid.page - 1))
        self.next_button.clicked.connect(lambda: self.grid.set_page(self.grid.page + 1))
        self.cast_button.clicked.connect(self.ask_to_confirm)
        top = QHBoxLayout()
        top.addWidget(self.ballot_who, 3)
        top.addWidget(self.dots_left, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.cancel_button)
        footer.addSpacing(24)
        footer.addWidget(self.previous_button)
        footer.addWidget(self.ballot_page_label, 1)
        footer.addWidget(self.next_button)
        footer.addSpacing(24)
        footer.addWidget(self.cast_button)
        page.box.addLayout(top)
        page.box.addWidget(self.ballot_question, 0)
        page.box.addWidget(self.ballot_message, 0)
        page.box.addWidget(self.grid, 1)
        page.box.addLayout(footer)
        QWidget.setTabOrder(self.grid, self.cast_button)
        QWidget.setTabOrder(self.cast_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.cancel_button)
        self.stack.addWidget(page)

    def _build_confirm_page(self) -> None:
        page = self.confirm_page = Page(self)
        self.confirm_title = FitText(page, factor=2.0, bold=True, max_lines=2)
        self.confirm_summary = FitText(page, factor=1.5, min_factor=0.8)
        self.confirm_note = FitText(page, factor=1.1, bold=True, colour=WARNING, max_lines=3)
        self.back_button = kiosk_button(self.tr("◀ Go back and change"), self.tr("Go back"))
        self.yes_button = kiosk_button(
            self.tr("Yes, cast my votes ✓"), self.tr("Yes, cast my votes"), primary=True
        )
        self.back_button.clicked.connect(self.back_to_ballot)
        self.yes_button.clicked.connect(self.confirm_cast)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)
        page.box.addWidget(self.confirm_title, 2)
        page.box.addWidget(self.confirm_summary, 6)
        page.box.addWidget(self.confirm_note, 2)
        page.box.addLayout(buttons)
        self.stack.addWidget(page)

    def apply_metrics(self) -> None:
        for page in self.findChildren(Page):
            page.set_metrics(self.metrics)

    # Loading --------------------------------------------------------------------------

    def set_round(self, round_id: int) -> None:
        if round_id != self.round_id:
            self._forget_ballot()
            self.round_id = round_id
            self.round = None
        self._stale = True
        self.refresh()

    def _on_workshop_opened(self, workshop_id: int) -> None:
        self._forget_ballot()
        self.round_id, self.round, self.voters = 0, None, []
        self._show("none")

    def _on_round_changed(self, round_id: int) -> None:
        if round_id != self.round_id:
            return
        if self._own_cast == round_id:
            # The ballot this kiosk just cast: the register is read again when the next
            # person steps up, so the neutral screen shows at once.
            self._own_cast = 0
            self._stale = True
            return
        self.refresh()

    def clear(self) -> None:
        self._forget_ballot()
        self.round, self.voters = None, []
        self._show("none")

    def load(self) -> None:
        if not self.workshop_id or not self.round_id:
            self.clear()
            return
        db = self.controller.db
        self.round = voting.get_round(db, self.round_id)
        if self.round.workshop_id != self.workshop_id:
            self.clear()
            return
        self.voters = (
            voting.voter_status(db, self.round_id) if self.round.method == "ballot" else []
        )
        if self.round.status != "open":
            self._forget_ballot()
            self._show("none" if self.round.status == "draft" else "closed")
            return
        if self.round.method == "tally":
            self._forget_ballot()
            self._show("tally")
            return
        waiting = [v for v in self.voters if not v.has_voted]
        self.names.set_names([Tile(v.participant_id, v.name) for v in waiting])
        if self.state in ("ballot", "confirm") and self.voter is not None:
            if any(v.participant_id == self.voter.participant_id for v in waiting):
                return  # someone is mid-ballot: leave them be
            self._forget_ballot()
        if self.state == "thanks":
            return
        self._show("names" if waiting else "done")

    def _labels(self, round_: RoundRecord) -> dict[int, str]:
        db = self.controller.db
        if round_.target == "ideas":
            rows = {i.id: i.text for i in board.list_ideas(db, round_.workshop_id)}
        else:
            rows = {t.id: t.name for t in board.list_themes(db, round_.workshop_id)}
        return {item: one_line(rows.get(item, "")) for item in round_.items}

    # The voter's path -----------------------------------------------------------------

    def begin_ballot(self, participant_id: int) -> bool:
        """Start a ballot for this voter (their name tapped, or the facilitator's
        "next voter"); False if they may not vote now."""
        if self.round is None or self.round.status != "open" or self.round.method != "ballot":
            return False
        voter = next((v for v in self.voters if v.participant_id == participant_id), None)
        if voter is None or voter.has_voted:
            return False
        self.voter = voter
        self.names_error.setText("")
        labels = self._labels(self.round)
        tiles = [Tile(item, labels[item], n) for n, item in enumerate(self.round.items, 1)]
        self.grid.set_ballot(tiles, self.round.dots_per_voter, self.round.max_dots_per_item)
        self.ballot_message.setText("")
        self._show("ballot")
        return True

    def cancel_ballot(self) -> None:
        """Back to the names; nothing is stored."""
        self._forget_ballot()
        self.names_error.setText("")
        self._show("names" if any(not v.has_voted for v in self.voters) else "done")

    def ask_to_confirm(self) -> None:
        if self.voter is None:
            return
        used, left = self.grid.used, self.grid.left
        labels = {t.key: (t.number, t.label) for t in self.grid.tiles}
        chosen = sorted(self.grid.dots.items(), key=lambda kv: labels[kv[0]][0])
        lines = [
            self.tr("%n dot(s):", "", d) + f"  {labels[k][0]}. {labels[k][1][:300]}"
            for k, d in chosen
        ]
        self.confirm_title.setText(self.tr("{name}, cast your votes?").format(name=self.voter.name))
        self.confirm_summary.setText(
            "\n".join(lines) if lines else self.tr("You have not put any dots on anything.")
        )
        if not used:
            note = self.tr("Your ballot will be empty. Go back if you meant to place dots.")
        elif left:
            note = self.tr("You have %n dot(s) you have not used. They will not count.", "", left)
        else:
            note = ""
        final = self.tr("Once cast, your votes cannot be changed.")
        self.confirm_note.setText(f"{note} {final}".strip())
        self._show("confirm")

    def back_to_ballot(self) -> None:
        self._show("ballot")

    def confirm_cast(self) -> None:
        """Store the ballot in one transaction, then hide it at once."""
        if self.voter is None or self.round is None:
            return
        round_id, voter = self.round_id, self.voter
        dots = {k: v for k, v in self.grid.dots.items() if v}
        try:
            stored = self.controller.call(voting.cast_ballot, round_id, voter.participant_id, dots)
        except (SQLAlchemyError, LibraryError):
            # A full disk, a pulled USB stick: the transaction rolled back, so nothing of
            # the ballot is stored. The voter hears so and starts again from their name.
            log.exception("A ballot could not be stored")
            self._forget_ballot()
            self.names_error.setText(
                self.tr(
                    "Sorry, your vote was not stored. Please tell the facilitator, "
                    "then find your name to try again."
                )
            )
            self._show("names")
            self.controller.error.emit(
                self.tr(
                    "A ballot could not be stored (the disk may be full). The voter was "
                    "told, and nothing of it was kept. Free some space, then they can "
                    "vote again."
                )
            )
            return
        self._forget_ballot()
        if stored is None:  # refused: already voted, or the round closed a moment ago
            self._show("names")
            return
        self.voters = [
            replace(v, has_voted=True) if v.participant_id == voter.participant_id else v
            for v in self.voters
        ]
        self.names.set_names(
            [Tile(v.participant_id, v.name) for v in self.voters if not v.has_voted]
        )
        self._show("thanks")
        self.ballot_cast.emit(round_id)
        self._own_cast = round_id

    def next_person(self) -> None:
        if self.state != "thanks":
            return
        self.names_error.setText("")
        self._show("names" if any(not v.has_voted for v in self.voters) else "done")
        if self._stale:
            self.refresh()  # who may still vote, read afresh (and whether voting closed)

    def _forget_ballot(self) -> None:
        self.voter = None
        self.grid.clear()
        self.confirm_summary.setText("")
        self.confirm_title.setText("")

    # Showing --------------------------------------------------------------------------

    def _show(self, state: str) -> None:
        round_ = self.round
        question = round_.question if round_ else ""
        if state in ("none", "closed", "tally", "done"):
            self._set_message(state, round_)
            self.stack.setCurrentWidget(self.message_page)
        elif state == "names":
            self.names_question.setText(question)
            self.names_hint.setText(self._names_hint())
            self._update_name_pager()
            self.stack.setCurrentWidget(self.names_page)
            self.names.setFocus(Qt.FocusReason.OtherFocusReason)
        elif state == "ballot":
            assert self.voter is not None
            self.ballot_who.setText(self.tr("{name}, place your dots").format(name=self.voter.name))
            self.ballot_question.setText(question)
            self._update_ballot_header()
            self._update_ballot_pager()
            self.stack.setCurrentWidget(self.ballot_page)
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        elif state == "confirm":
            self.stack.setCurrentWidget(self.confirm_page)
            self.yes_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif state == "thanks":
            self.thanks.title.setText(self.tr("Thank you. Your votes are in."))
            self.thanks.body.setText(
                self.tr("Next person: tap the screen or press Enter to find your name.")
            )
            self.stack.setCurrentWidget(self.thanks)
            self.thanks.setFocus(Qt.FocusReason.OtherFocusReason)
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _set_message(self, state: str, round_: RoundRecord | None) -> None:
        question = round_.question if round_ else ""
        if state == "none":
            title, body = self.tr("Voting has not opened yet"), question
        elif state == "closed":
            title = self.tr("Voting has closed. Thank you!")
            body = self.tr("The results will be shown here in a moment.")
        elif state == "done":
            title = self.tr("Everyone has voted. Thank you!")
            body = question
        else:
            assert round_ is not None
            title = question
            body = (
                self._dots_rule(round_)
                + "\n"
                + (
                    self.tr("Put your sticker dots on the ideas on the wall.")
                    if round_.target == "ideas"
                    else self.tr("Put your sticker dots on the themes on the wall.")
                )
            )
        self.message_title.setText(title)
        self.message_body.setText(body)

    def _dots_rule(self, round_: RoundRecord) -> str:
        n = round_.dots_per_voter
        if round_.max_dots_per_item == 1:  # with 1 dot, English says just "1 dot" (coprod_en.ts)
            return self.tr("You have %n dot(s): at most one on each item.", "", n)
        return self.tr("You have %n dots: at most {cap} on one item.", "", n).format(
            cap=round_.max_dots_per_item
        )

    def _names_hint(self) -> str:
        if self.round is None:
            return ""
        secrecy = (
            self.tr("Your vote is secret.")
            if self.round.secret
            else self.tr("This vote is not secret: your name is kept with your dots.")
        )
        return self.tr("Tap your name to vote.") + " " + self._dots_rule(self.round) + " " + secrecy

    def _update_name_pager(self) -> None:
        pages = self.names.page_count
        self.names_previous.setVisible(pages > 1)
        self.names_next.setVisible(pages > 1)
        self.names_previous.setEnabled(self.names.page > 0)
        self.names_next.setEnabled(self.names.page < pages - 1)
        self.names_page_label.setText(
            self.tr("Names {page} of {pages}").format(page=self.names.page + 1, pages=pages)
            if pages > 1
            else ""
        )

    def _update_ballot_header(self) -> None:
        self.dots_left.set_count(self.grid.left, self.grid.budget)
        self._update_ballot_pager()

    def _update_ballot_pager(self) -> None:
        pages, page = self.grid.page_count, self.grid.page
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < pages - 1)
        self.previous_button.setVisible(pages > 1)
        self.next_button.setVisible(pages > 1)
        text = self.tr("Page {page} of {pages}").format(page=page + 1, pages=pages)
        elsewhere = [p for p in self.grid.pages_with_dots() if p != page + 1]
        if pages > 1 and elsewhere:
            text += "\n" + self.tr("Your dots are also on page {pages}").format(
                pages=", ".join(str(p) for p in elsewhere)
            )
        self.ballot_page_label.setText(text if pages > 1 else "")

    def _describe_current_tile(self) -> None:
        if self.grid.tiles:
            self.grid.setAccessibleDescription(self.grid.describe(self.grid.current))
        self.ballot_message.setText("")
