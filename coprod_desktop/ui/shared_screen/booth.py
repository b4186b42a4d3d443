"""Where the ballot kiosk stands: its window on a screen the facilitator picks, full
screen there, and the one rule that keeps a secret ballot secret: it does not go on the
screen the room faces unless the facilitator, told plainly, insists (a screen in that
place that is really a voting booth, set aside and turned away).

The room's screen is the one the shared-screen window is on (or goes to, with two or more
screens). With one screen and no shared screen showing, the laptop is turned to face the
voter and nothing faces the room.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services import voting
from ...services.errors import DomainError
from ...services.records import RoundRecord
from ..controller import Controller
from ..i18n import tr
from .kiosk_window import KioskWindow

if TYPE_CHECKING:
    from .kiosk import KioskView
    from .manager import SharedScreen

log = logging.getLogger(__name__)
ANYWAY = "anyway"  # the facilitator keeps the kiosk on the room's screen


class PlaceDialog(QDialog):
    """The warning when a secret round's kiosk would go on the room's screen, with one
    button per private screen, one above the other so long screen names show whole."""

    def __init__(
        self, parent: QWidget | None, room: QScreen, private: list[tuple[QScreen, str]]
    ) -> None:
        super().__init__(parent)
        self.answer: QScreen | str | None = None
        self.setWindowTitle(tr("The room would see the ballot"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        text = QLabel(
            tr(
                "This vote is secret, but {screen} is the screen the room faces: everyone "
                "would see each voter's name and where they put their dots."
            ).format(screen=room.name() or tr("this screen"))
        )
        advice = QLabel(
            tr("Put the kiosk somewhere private instead:")
            if private
            else tr(
                "No other screen is connected. Turn the laptop to face the voter and stop "
                "showing the shared screen, or let people vote from their phones."
            )
        )
        for label in (text, advice):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(text)
        words.addWidget(advice)
        top.addLayout(words, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        self.buttons: list[QPushButton] = []
        for screen, screen_name in private:
            self._add_answer(
                tr("Open it on {screen}").format(screen=screen_name),
                tr("Open the kiosk on {screen}").format(screen=screen_name),
                screen,
            )
        self._add_answer(
            tr("It is a private booth: open it there"),
            tr("It is a private booth: open it there"),
            ANYWAY,
        )
        self._add_answer(tr("Cancel"), tr("Cancel"), None)
        for button in self.buttons:
            box.addWidget(button)
        self.buttons[0].setDefault(True)
        self.buttons[0].setFocus()
        self.setMinimumWidth(520)

    def _add_answer(self, text: str, name: str, answer: QScreen | str | None) -> None:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._answer(answer))
        self.buttons.append(button)

    def _answer(self, answer: QScreen | str | None) -> None:
        self.answer = answer
        if answer is None:
            self.reject()
        else:
            self.accept()


def choose_place(
    parent: QWidget | None, room: QScreen, private: list[tuple[QScreen, str]], secret: bool
) -> QScreen | str | None:
    """Ask where a secret round's kiosk goes instead of the room's screen: a private
    screen, ``ANYWAY`` (the facilitator says that screen is a booth), or None to cancel
    (Esc too). Tests replace this function."""
    dialog = PlaceDialog(parent, room, private)
    dialog.exec()
    return dialog.answer


class BallotKiosk(QObject):
    """The kiosk window and where it is; the shared-screen manager owns one."""

    state_changed = Signal(str)  # see kiosk.STATES
    ballot_cast = Signal(int)  # round id: a ballot was stored and the kiosk cleared
    placed_changed = Signal()  # opened, moved or closed

    def __init__(self, controller: Controller, shared: SharedScreen) -> None:
        super().__init__(shared)
        self.controller = controller
        self.shared = shared
        self._window: KioskWindow | None = None
        self._settings = QSettings(APP_NAME, "shared-screen")
        self._placed_on = ""
        # A screen the room faces that the facilitator called a booth (names may be "").
        self._booth: str | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._on_screen_removed)
        controller.round_changed.connect(self._check_round)
        controller.rounds_changed.connect(self._rounds_changed)
        controller.workshop_opened.connect(self._workshop_opened)

    # The window -----------------------------------------------------------------------

    @property
    def window(self) -> KioskWindow:
        if self._window is None:
            window = KioskWindow(self.controller)
            window.set_scale(self.shared.text_scale)
            window.close_requested.connect(self.close)
            window.kiosk.state_changed.connect(self.state_changed)
            window.kiosk.ballot_cast.connect(self.ballot_cast)
            self._window = window
        return self._window

    @property
    def view(self) -> KioskView:
        return self.window.kiosk

    @property
    def is_open(self) -> bool:
        return self._window is not None and self._window.isVisible()

    @property
    def round_id(self) -> int:
        return self._window.kiosk.round_id if self._window is not None else 0

    @property
    def state(self) -> str:
        return self._window.kiosk.state if self.is_open and self._window else "none"

    @property
    def voter_name(self) -> str | None:
        """Who is at the ballot right now (never what they are choosing)."""
        if not self.is_open or self._window is None or self._window.kiosk.voter is None:
            return None
        return self._window.kiosk.voter.name

    def screen(self) -> QScreen | None:
        return self._window.screen() if self.is_open and self._window else None

    # Screens --------------------------------------------------------------------------

    def screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def private_screens(self) -> list[QScreen]:
        """Screens the room does not face: a second monitor first, then the laptop's own."""
        room, mine = self.shared.room_screen(), self.shared.facilitator_screen()
        others = [s for s in self.screens() if s is not room]
        return sorted(others, key=lambda s: s is mine)

    def is_room_screen(self, screen: QScreen) -> bool:
        return screen is self.shared.room_screen()

    def default_screen(self, record: RoundRecord | None) -> QScreen:
        """Where the kiosk was last, if that screen is here; else a private place for a
        secret round, or in front of the room for an open one."""
        chosen = str(self._settings.value("kiosk_screen", "") or "")
        for screen in self.screens():
            if screen.name() == chosen:
                return screen
        room = self.shared.room_screen()
        private = self.private_screens()
        if record is not None and record.secret and private:
            return private[0]
        return room or self.shared.facilitator_screen()

    def label(self, screen: QScreen) -> str:
        number = self.screens().index(screen) + 1 if screen in self.screens() else 0
        text = self.shared.screen_text(screen, number, self.shared.facilitator_screen())
        if self.is_room_screen(screen):
            text += tr(" (the room's screen)")
        return text

    # Opening and closing --------------------------------------------------------------

    def open(
        self,
        round_id: int | None = None,
        screen: QScreen | None = None,
        *,
        full_screen: bool = True,
        parent: QWidget | None = None,
    ) -> bool:
        """Put the kiosk for ``round_id`` (default: the open round) on ``screen``
        (default: where it was, or a private place); False if the facilitator
        cancelled the warning."""
        round_id = round_id or self.round_id or self.shared.latest_round("open")
        record = self._round(round_id)
        screen = screen or self.default_screen(record)
        if record is not None and record.secret and self.is_room_screen(screen):
            private = [(s, self.label(s)) for s in self.private_screens()]
            answer = choose_place(parent, screen, private, True)
            if answer is None:
                return False
            if isinstance(answer, QScreen):
                screen = answer
            else:
                self._booth = screen.name()
        window = self.window
        if window.kiosk.round_id != round_id:
            window.kiosk.set_round(round_id)
        self._place(window, screen, full_screen)
        self._settings.setValue("kiosk_screen", screen.name())
        window.kiosk.refresh()
        self.placed_changed.emit()
        return True

    def _place(self, window: KioskWindow, screen: QScreen, full: bool) -> None:
        self._placed_on = screen.name()
        window.setScreen(screen)
        if full:
            window.setGeometry(screen.geometry())
            window.showFullScreen()
        else:
            if window.isFullScreen():
                window.showNormal()
            area = screen.availableGeometry()
            width = min(area.width() - 40, max(960, area.width() * 2 // 3))
            height = min(area.height() - 60, width * 9 // 16)
            rect = QRect(0, 0, width, height)
            rect.moveCenter(area.center())
            window.setGeometry(rect)
            window.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            window.raise_()
            window.activateWindow()

    def check_privacy(self) -> None:
        """After the shared screen moved: if it is now on the screen of a secret round's
        kiosk (and the facilitator never called that screen a booth), the room would see
        the ballot, so the kiosk closes and the facilitator is told."""
        screen = self.screen()
        if screen is None or not self.is_room_screen(screen) or screen.name() == self._booth:
            return
        record = self._round(self.round_id)
        if record is None or not record.secret:
            return
        self.close()
        self.controller.error.emit(
            self.tr(
                "The ballot kiosk closed: the shared screen is now on its screen, where "
                "the room would see the ballot. Open the kiosk on another screen."
            )
        )

    def _on_screen_removed(self, screen: QScreen) -> None:
        # Qt would move the kiosk to another screen, perhaps the one the room faces.
        if self._window is None or not self._window.isVisible():
            return
        if screen.name() == self._placed_on:
            log.info("The ballot kiosk's display %s was unplugged", screen.name())
            self.close()
            self.controller.error.emit(
                self.tr(
                    "The ballot kiosk's screen was unplugged, so the kiosk closed. "
                    "Open it again on another screen."
                )
            )

    def close(self) -> None:
        """Take the kiosk away; a ballot half placed on it is dropped, nothing stored."""
        if self._window is None or not self._window.isVisible():
            return
        kiosk = self._window.kiosk
        if kiosk.state in ("ballot", "confirm"):
            kiosk.cancel_ballot()
        self._booth = None  # asked again next time
        self._window.hide()
        self.placed_changed.emit()
        self.state_changed.emit("none")

    def destroy(self) -> None:
        """The app is quitting."""
        if self._window is not None:
            self._window.allow_close = True
            self._window.close()
            self._window.deleteLater()
            self._window = None

    def start_ballot(self, participant_id: int, round_id: int | None = None) -> bool:
        """The facilitator's "next voter": open the ballot for this person at once,
        opening the kiosk first if it is not open."""
        round_id = round_id or self.round_id or self.shared.latest_round("open")
        if (not self.is_open or self.round_id != round_id) and not self.open(round_id):
            return False
        kiosk = self.window.kiosk
        kiosk.refresh()
        if kiosk.state in ("ballot", "confirm"):
            kiosk.cancel_ballot()
        return kiosk.begin_ballot(participant_id)

    def follow_theme(self) -> None:
        if self._window is not None:
            self._window.apply_colours()

    def set_scale(self, scale: float) -> None:
        if self._window is not None:
            self._window.set_scale(scale)

    def _round(self, round_id: int) -> RoundRecord | None:
        if not round_id or not self.controller.has_library:
            return None
        try:
            return voting.get_round(self.controller.db, round_id)
        except DomainError:
            return None

    def _rounds_changed(self) -> None:
        self._check_round(self.round_id)

    def _workshop_opened(self, _workshop_id: int) -> None:
        self.close()

    def _check_round(self, round_id: int) -> None:
        """Closing the round (or deleting it) ends the kiosk too."""
        if not self.is_open or round_id != self.round_id:
            return
        record = self._round(round_id)
        if record is None or record.status != "open":
            log.info("Round %s is no longer open: the ballot kiosk closes", round_id)
            self.view.refresh()  # wipes a ballot half placed, says voting has closed
            self.close()
