"""Which closed round's dots the notes show: one choice shared by the board page, its
outline and the shared screen's board mode, so they never disagree.

A note shows the dots of one round only (a run-off's counts beside the first round's
would mean nothing). The facilitator picks the round, or none; by default the latest
closed round. The choice is kept per library and workshop in QSettings, and falls back
to the latest closed round when the chosen one is deleted. Open rounds are never offered:
results stay hidden until a round closes.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from ...services import board
from ...services.board import BoardDots, DotsRound
from ...services.errors import DomainError
from ...text import shorten
from ..controller import Controller

NO_DOTS = "none"
LATEST = ""


class DotsChoice(QObject):
    changed = Signal()  # the round shown or its counts may have changed: read again

    @classmethod
    def of(cls, controller: Controller) -> DotsChoice:
        """The one choice of this controller's window (made on first use)."""
        found = controller.findChild(DotsChoice)
        return found if isinstance(found, DotsChoice) else cls(controller)

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.setObjectName("dotsChoice")
        self.controller = controller
        # Counts move when ideas merge or come back, and a closing round may be the
        # latest: every change to rounds is passed on.
        controller.workshop_opened.connect(lambda _id: self.changed.emit())
        controller.rounds_changed.connect(self.changed.emit)
        controller.round_changed.connect(lambda _id: self.changed.emit())

    # What is stored ---------------------------------------------------------------------

    def _key(self) -> str:
        path = str(self.controller.library_path or "")
        library = hashlib.sha1(path.encode("utf-8")).hexdigest()[:12]
        return f"board/dots_round/{library}-{self.controller.workshop_id}"

    def _stored(self) -> str:
        return str(QSettings().value(self._key(), LATEST) or LATEST)

    # Questions the views ask ------------------------------------------------------------

    def rounds(self) -> list[DotsRound]:
        """The closed rounds of the open workshop, the latest last."""
        c = self.controller
        if not c.has_library or not c.workshop_id:
            return []
        try:
            return board.closed_rounds(c.db, c.workshop_id)
        except DomainError:
            return []

    def current(self, rounds: list[DotsRound] | None = None) -> DotsRound | None:
        """The round whose dots show (None: no dots)."""
        rounds = self.rounds() if rounds is None else rounds
        stored = self._stored()
        if stored == NO_DOTS or not rounds:
            return None
        chosen = next((r for r in rounds if str(r.id) == stored), None)
        return chosen or rounds[-1]

    def dots(self) -> BoardDots:
        chosen = self.current()
        if chosen is None:
            return BoardDots()
        try:
            return board.board_dots(self.controller.db, self.controller.workshop_id, chosen.id)
        except DomainError:
            return BoardDots()

    def choose(self, round_id: int | None) -> None:
        """Show the dots of ``round_id`` (None: no dots), here and on the shared screen."""
        if not self.controller.workshop_id:
            return
        QSettings().setValue(self._key(), NO_DOTS if round_id is None else str(round_id))
        self.changed.emit()

    # Words ------------------------------------------------------------------------------

    def round_label(self, r: DotsRound) -> str:
        """How the chooser lists a round: "Round 2: Which first?" (in a merged workshop
        "Round 2, Bus routes: Which first?": tables often ask the same question)."""
        if r.table:
            return self.tr("Round {number}, {table}: {question}").format(
                number=r.number, table=shorten(r.table, 30), question=shorten(r.question, 40)
            )
        return self.tr("Round {number}: {question}").format(
            number=r.number, question=shorten(r.question, 40)
        )

    def caption(self, rounds: list[DotsRound] | None = None) -> str:
        """What the board says about its dots."""
        rounds = self.rounds() if rounds is None else rounds
        chosen = self.current(rounds)
        if chosen is not None:
            if chosen.target == "themes":
                return self.tr("● dots on the themes from “{question}” (closed)").format(
                    question=shorten(chosen.question, 60)
                )
            return self.tr("● dots from “{question}” (closed)").format(
                question=shorten(chosen.question, 60)
            )
        if rounds:
            return self.tr("No dots shown")
        return self.tr("No dots yet: they show when a vote closes")


class ElidedCombo(QComboBox):
    """A combo box that ends a long choice with "…" (Qt would cut it off mid-letter),
    so it can stay compact in the toolbar; the open list shows the choices whole."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width() - 4
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ElidedLabel(QLabel):
    """One line that ends with "…" when there is not room for all of it (the whole text
    stays the label's text, for screen readers and the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def sizeHint(self) -> QSize:
        # At most about 50 letters wide: in the board's tab row it must leave the tabs be.
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 50), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("● …") * 3, super().minimumSizeHint().height()
        )

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)


class DotsChooser(QWidget):
    """The chooser, "Dots from: [Round 2: Which first? ▾]", with "No dots" as a choice."""

    def __init__(self, choice: DotsChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.combo = ElidedCombo()
        self.combo.setObjectName("dotsFrom")
        self.combo.setAccessibleName(self.tr("Dots from which vote"))
        self.combo.setToolTip(
            self.tr("The notes show the dots of one closed vote; open votes stay hidden")
        )
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.activated.connect(self._picked)
        label = QLabel(self.tr("&Dots from:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        choice.changed.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        rounds = self.choice.rounds()
        current = self.choice.current(rounds)
        entries = [(0, self.tr("No dots"), "")]
        entries += [(r.id, self.choice.round_label(r), r.question[:500]) for r in rounds]
        shown = [
            (self.combo.itemData(i), self.combo.itemText(i)) for i in range(self.combo.count())
        ]
        wanted = current.id if current else 0
        if shown == [(i, text) for i, text, _tip in entries]:
            # Unchanged (a ballot cast in an open round, say): an open list stays open.
            if self.combo.currentData() != wanted:
                self.combo.setCurrentIndex(max(self.combo.findData(wanted), 0))
        else:
            self.combo.blockSignals(True)
            self.combo.clear()
            for round_id, text, question in entries:
                self.combo.addItem(text, round_id)
                if question:
                    self.combo.setItemData(
                        self.combo.count() - 1, question, Qt.ItemDataRole.ToolTipRole
                    )
            self.combo.setCurrentIndex(max(self.combo.findData(wanted), 0))
            self.combo.blockSignals(False)
            # The list opens wide enough for whole labels; the box stays compact.
            view = self.combo.view()
            view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        self.combo.setToolTip(
            current.question[:500]
            if current
            else self.tr("The notes show the dots of one closed vote; open votes stay hidden")
        )
        self.combo.setEnabled(bool(rounds))

    def _picked(self, index: int) -> None:
        round_id = self.combo.itemData(index)
        self.choice.choose(int(round_id) if round_id else None)
