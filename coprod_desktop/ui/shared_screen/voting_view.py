"""Voting mode of the room's screen: the question, how to vote (the QR code and the short
address while phones vote), "14 of 22 have voted"; a tally run-off lists the items it is
between. The stage's timer is the window's, in the corner (``corner_timer.py``).

The whole room faces this screen, so it never holds a ballot: it reads the round and
the register's counts only (``voter_status``, summed), never a name and never a dot.
The ballot itself is in the kiosk window, which the facilitator puts somewhere private.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...services import board, voting, workshops
from ...services.records import RoundRecord
from ...text import one_line
from ..controller import Controller
from .base import ScreenView
from .phones import PhoneVoting
from .qr import QrCode
from .style import MUTED, FitText


def _kiosk_text(text: str) -> str:
    """A sentence the kiosk says in the same words (one translation for both)."""
    return QCoreApplication.translate("KioskView", text)


def short_address(url: str) -> str:
    """What to type into a phone: the address without "http://" or the final "/"."""
    return url.removeprefix("http://").rstrip("/")


class VotingView(ScreenView):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("voting")
        self.setAccessibleName(self.tr("Voting"))
        self.round_id = 0
        self.round: RoundRecord | None = None
        self.phones: PhoneVoting | None = None
        self.voted, self.total = 0, 0
        self.workshop_title = FitText(self, factor=0.9, colour=MUTED, max_lines=1)
        self.question = FitText(self, factor=1.8, min_factor=1.1, bold=True, max_lines=3)
        self.rule = FitText(self, factor=1.1, colour=MUTED, max_lines=2)
        self.qr = QrCode(self)
        self.how = FitText(self, factor=1.2, max_lines=2)
        self.address = FitText(self, factor=1.6, min_factor=0.9, bold=True, max_lines=2)
        self.address.setAccessibleDescription(self.tr("The ballot's address"))
        self.count = FitText(self, factor=2.6, min_factor=1.6, bold=True, max_lines=2, vcenter=True)
        self.count.setAccessibleDescription(self.tr("How many have voted"))
        self.note = FitText(self, factor=1.0, colour=MUTED, max_lines=2)
        top = QHBoxLayout()
        top.addWidget(self.workshop_title, 1)
        right = QVBoxLayout()
        right.addWidget(self.how)
        right.addWidget(self.address)
        right.addStretch(1)
        right.addWidget(self.count, 3)
        right.addStretch(1)
        right.addWidget(self.note)
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.qr, 5)
        self.middle.addLayout(right, 6)
        # A tally run-off: the items it is between (the wall holds every idea).
        self.between = FitText(self, factor=1.2, min_factor=0.87, max_lines=12)
        self.body = QVBoxLayout(self)
        self.body.addLayout(top)
        self.body.addWidget(self.question)
        self.body.addWidget(self.rule)
        self.body.addWidget(self.between)
        self.body.addLayout(self.middle, 1)
        controller.round_changed.connect(self._round_changed)
        for signal in (
            controller.rounds_changed,
            controller.participants_changed,
            controller.workshop_changed,
            controller.ideas_changed,
            controller.themes_changed,
        ):
            signal.connect(self.refresh)
        controller.workshop_opened.connect(self._workshop_opened)

    def set_phones(self, phones: PhoneVoting) -> None:
        self.phones = phones
        phones.changed.connect(self.refresh)

    def _workshop_opened(self, _workshop_id: int) -> None:
        self.set_round(0)

    def set_round(self, round_id: int) -> None:
        self.round_id = round_id
        self._stale = True
        self.refresh()

    def _round_changed(self, round_id: int) -> None:
        if round_id == self.round_id:
            self.refresh()

    def apply_metrics(self) -> None:
        m = self.metrics
        self.body.setContentsMargins(m.px(1.5), m.px(0.8), m.px(1.5), m.px(0.8))
        self.body.setSpacing(m.px(0.4))
        self.middle.setSpacing(m.px(1.5))
        for child in self.findChildren(FitText):
            child.set_metrics(m)

    # Loading --------------------------------------------------------------------------

    def clear(self) -> None:
        self.round = None
        for child in self.findChildren(FitText):
            child.setText("")
        self.qr.set_text("")
        self.qr.hide()
        self.count.setText(_kiosk_text("Voting has not opened yet"))

    def load(self) -> None:
        if not self.workshop_id:
            self.clear()
            return
        db = self.controller.db
        workshop = workshops.get_workshop(db, self.workshop_id)
        self.workshop_title.setText(workshop.title)
        record = voting.get_round(db, self.round_id) if self.round_id else None
        if record is not None and record.workshop_id != self.workshop_id:
            record = None
        self.round = record
        url = self.phones.url_for(record.id) if self.phones and record else ""
        self.qr.set_text(url)
        self.qr.setVisible(bool(url))
        self.address.setText(short_address(url))
        if record is None or record.status == "draft":
            self._message(_kiosk_text("Voting has not opened yet"), record)
        elif record.status == "closed":
            self._message(_kiosk_text("Voting has closed. Thank you!"), record)
            self.note.setText(_kiosk_text("The results will be shown here in a moment."))
        elif record.method == "tally":
            self._message("", record)
            self.how.setText(
                _kiosk_text("Put your sticker dots on the ideas on the wall.")
                if record.target == "ideas"
                else _kiosk_text("Put your sticker dots on the themes on the wall.")
            )
            self.between.setText(self.runoff_items(record))
        else:
            self._open_ballot(record, url)
        self.between.setVisible(bool(self.between.text()))

    def runoff_items(self, record: RoundRecord) -> str:
        """A run-off's items, one a line, so the room knows which stickers count."""
        if record.runoff_of_id is None or not record.items:
            return ""
        db = self.controller.db
        if record.target == "ideas":
            words = {i.id: i.text for i in board.list_ideas(db, record.workshop_id)}
            intro = self.tr("Run-off: put your dots only on these ideas")
        else:
            words = {t.id: t.name for t in board.list_themes(db, record.workshop_id)}
            intro = self.tr("Run-off: put your dots only on these themes")
        lines = [f"• {one_line(words[i])}" for i in record.items if i in words]
        return "\n".join([intro + ":", *lines])

    def _message(self, title: str, record: RoundRecord | None) -> None:
        self.voted = self.total = 0
        self.question.setText(record.question if record else "")
        self.rule.setText(self.dots_rule(record) if record and record.status == "open" else "")
        self.how.setText("")
        self.between.setText("")
        self.count.setText(title)
        self.count.colour = self.question.colour
        self.note.setText("")

    def _open_ballot(self, record: RoundRecord, url: str) -> None:
        register = voting.voter_status(self.controller.db, record.id)
        self.voted = sum(1 for v in register if v.has_voted)
        self.total = len(register)
        self.question.setText(record.question)
        self.rule.setText(self.dots_rule(record))
        self.how.setText(
            self.tr("Vote on your phone: scan the code, or type this address")
            if url
            else self.tr("Vote at the ballot kiosk")
        )
        if self.total and self.voted == self.total:
            count = _kiosk_text("Everyone has voted. Thank you!")
        else:
            count = self.tr("{voted} of {total} have voted").format(
                voted=self.voted, total=self.total
            )
        self.count.setText(count)
        self.note.setText(
            self.tr("Your vote is secret: this screen shows only how many have voted.")
            if record.secret
            else _kiosk_text("This vote is not secret: your name is kept with your dots.")
        )

    def dots_rule(self, record: RoundRecord) -> str:
        n = record.dots_per_voter
        if record.max_dots_per_item == 1:  # with 1 dot, English says just "1 dot" (coprod_en.ts)
            return self.tr("Each person has %n dot(s): at most one on each item.", "", n)
        return self.tr("Each person has %n dots: at most {cap} on one item.", "", n).format(
            cap=record.max_dots_per_item
        )
