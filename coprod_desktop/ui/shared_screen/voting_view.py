"""Voting mode of the room's screen: the question, how to vote (the QR code and the short
address while phones vote), "14 of 22 have voted" and the stage's timer.

The whole room faces this screen, so it never holds a ballot: it reads the round and
the register's counts only (``voter_status``, summed), never a name and never a dot.
The ballot itself is in the kiosk window, which the facilitator puts somewhere private.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...services import agenda, voting, workshops
from ...services.records import RoundRecord, StageRecord
from ..controller import Controller
from .base import ScreenView
from .phones import PhoneVoting
from .qr import QrCode
from .stage_view import clock, running_stage
from .style import MUTED, WARNING, FitText


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
        self._stage: StageRecord | None = None
        self.workshop_title = FitText(self, factor=0.9, colour=MUTED, max_lines=1)
        self.timer_text = FitText(
            self,
            factor=2.2,
            min_factor=1.4,
            bold=True,
            max_lines=1,
            align=Qt.AlignmentFlag.AlignRight,
        )
        self.timer_text.setAccessibleDescription(self.tr("Time on this stage"))
        self.timer_caption = FitText(
            self, factor=0.8, colour=MUTED, max_lines=1, align=Qt.AlignmentFlag.AlignRight
        )
        self.question = FitText(self, factor=1.8, min_factor=1.1, bold=True, max_lines=3)
        self.rule = FitText(self, factor=1.1, colour=MUTED, max_lines=2)
        self.qr = QrCode(self)
        self.how = FitText(self, factor=1.2, max_lines=2)
        self.address = FitText(self, factor=1.6, min_factor=0.9, bold=True, max_lines=2)
        self.address.setAccessibleDescription(self.tr("The ballot's address"))
        self.count = FitText(self, factor=2.6, min_factor=1.6, bold=True, max_lines=2, vcenter=True)
        self.count.setAccessibleDescription(self.tr("How many have voted"))
        self.note = FitText(self, factor=1.0, colour=MUTED, max_lines=2)
        timer = QVBoxLayout()
        timer.setSpacing(0)
        timer.addWidget(self.timer_text)
        timer.addWidget(self.timer_caption)
        top = QHBoxLayout()
        top.addWidget(self.workshop_title, 3)
        top.addLayout(timer, 2)
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
        self.body = QVBoxLayout(self)
        self.body.addLayout(top)
        self.body.addWidget(self.question)
        self.body.addWidget(self.rule)
        self.body.addLayout(self.middle, 1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        controller.round_changed.connect(self._round_changed)
        for signal in (
            controller.rounds_changed,
            controller.participants_changed,
            controller.workshop_changed,
            controller.stages_changed,
            controller.stage_started,
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
        self.round, self._stage = None, None
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
        self._stage = running_stage(agenda.list_stages(db, self.workshop_id))
        self.tick()
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
        else:
            self._open_ballot(record, url)

    def _message(self, title: str, record: RoundRecord | None) -> None:
        self.voted = self.total = 0
        self.question.setText(record.question if record else "")
        self.rule.setText(self.dots_rule(record) if record and record.status == "open" else "")
        self.how.setText("")
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
        if n == 1:
            return self.tr("Each person has 1 dot.")
        if record.max_dots_per_item == 1:
            return self.tr("Each person has %n dots: at most one on each item.", "", n)
        return self.tr("Each person has %n dots: at most {cap} on one item.", "", n).format(
            cap=record.max_dots_per_item
        )

    # The timer ------------------------------------------------------------------------

    def tick(self) -> None:
        stage = self._stage
        if stage is None or stage.started_at is None:
            self.timer_text.setText("")
            self.timer_caption.setText("")
            return
        elapsed = int((datetime.now(UTC) - stage.started_at).total_seconds())
        if stage.planned_minutes is None:
            self.timer_text.setText(clock(elapsed))
            self.timer_caption.setText(QCoreApplication.translate("StageView", "so far"))
            self.timer_text.colour = self.question.colour
            return
        left = stage.planned_minutes * 60 - elapsed
        if left >= 0:
            self.timer_text.setText(clock(left))
            self.timer_caption.setText(
                QCoreApplication.translate("StageView", "left of {n} minutes").format(
                    n=stage.planned_minutes
                )
            )
            self.timer_text.colour = self.question.colour
        else:
            self.timer_text.setText("+" + clock(left))
            self.timer_caption.setText(QCoreApplication.translate("StageView", "over time"))
            self.timer_text.colour = WARNING
        self.timer_text.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ticker.stop()
