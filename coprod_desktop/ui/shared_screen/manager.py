"""The shared screen as the facilitator window sees it: which screen it is on, full
screen or not, which mode it shows, how large its text is, and the "Shared screen"
menu. The pages (voting, actions) drive it through the ``show_*`` methods.

It also owns what voting needs besides the room's screen: the ballot kiosk's window
(``kiosk``, placed on a screen of its own, see ``booth.py``) and the phones' ballot
server (``phones``), whose address the room's voting view shows.

With two or more screens it opens full screen on one the facilitator window is not on;
with one screen it is a normal window, full screen only on request.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRect, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from ... import APP_NAME
from ...services import actions as action_service
from ...services import voting, workshops
from ...services.errors import DomainError
from .. import style as app_style
from ..controller import Controller
from .board_menu import add_spotlight_menu, set_page_keys
from .booth import BallotKiosk
from .phones import PhoneVoting
from .style import SCALE_STEP, clamp_scale, use_high_contrast
from .window import MODES, SharedScreenWindow

# Keys on the facilitator's window that put a mode on the shared screen, in the menu's
# order: F4 to F9, and F12 for the blank pause. Free of the app's other keys (F1 help,
# F2 edit an idea, F3 find next, F10 and Shift+F10 menus, F11 full screen) and of the
# ballot kiosk's; one key each, so they work whatever the keyboard layout
# (Ctrl+Shift+1 arrives as Ctrl+! on many).
MODE_KEYS = {
    "stage": "F4",
    "board": "F5",
    "voting": "F6",
    "results": "F7",
    "actions": "F8",
    "review": "F9",
    "blank": "F12",
}

log = logging.getLogger(__name__)


class SharedScreen(QObject):
    """Owns the shared-screen window and its mode; the main window creates one."""

    mode_changed = Signal(str)
    shown_changed = Signal(bool)
    kiosk_state_changed = Signal(str)  # see kiosk.STATES
    ballot_cast = Signal(int)  # round id: a ballot was stored and the screen cleared

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._window: SharedScreenWindow | None = None
        self._mode = "stage"
        self._settings = QSettings(APP_NAME, "shared-screen")
        scale = self._settings.value("text_scale", 1.0)
        self._scale = clamp_scale(
            float(scale) if isinstance(scale, int | float | str) and scale else 1.0
        )
        self._screen_name = ""  # chosen by the facilitator; "" = automatic
        self._full_screen: bool | None = None  # None = automatic
        self._placed: tuple[str, bool] | None = None
        self._board_tidy = True
        self.voting_round_id = 0
        self.results_round_id = 0
        self._menu_actions: list[dict[str, QAction]] = []
        controller.workshop_opened.connect(self._on_workshop_opened)
        controller.rounds_changed.connect(self._on_rounds_changed)
        self.phones = PhoneVoting(controller, self)
        self.kiosk = BallotKiosk(controller, self)
        self.kiosk.state_changed.connect(self.kiosk_state_changed)
        self.kiosk.ballot_cast.connect(self.ballot_cast)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._on_screen_removed)

    # The window -----------------------------------------------------------------------

    @property
    def window(self) -> SharedScreenWindow:
        if self._window is None:
            use_high_contrast(app_style.current_theme() == app_style.HIGH_CONTRAST)
            window = SharedScreenWindow(self.controller)
            window.set_scale(self._scale)
            window.board.set_tidy(self._board_tidy)
            window.set_mode(self._mode)
            window.escape_pressed.connect(lambda: self.set_full_screen(False))
            window.hidden_by_user.connect(self._on_hidden_by_user)
            window.voting.set_phones(self.phones)
            self._window = window
        return self._window

    @property
    def is_shown(self) -> bool:
        return self._window is not None and self._window.isVisible()

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def text_scale(self) -> float:
        return self._scale

    def show(self) -> None:
        """Put the shared screen on its screen (full screen there if it is not the
        facilitator's), or bring it to the front."""
        screen = self.chosen_screen()
        full = self.full_screen_wanted()
        window = self.window
        if not window.isVisible() or self._placed != (screen.name(), full):
            self._place(window, screen, full)
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            window.raise_()  # (these headless platforms warn that they cannot)
        self.kiosk.check_privacy()
        self._sync_menus()
        self.shown_changed.emit(True)

    def _place(self, window: SharedScreenWindow, screen: QScreen, full: bool) -> None:
        window.setScreen(screen)
        if full:
            window.setGeometry(screen.geometry())
            window.showFullScreen()
        else:
            if window.isFullScreen():
                window.showNormal()
                # Leaving full screen restores the old place when the window system says
                # so; let that happen now, or it lands after the move below and wins.
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            area = screen.availableGeometry()
            width = min(area.width() - 40, max(960, area.width() * 2 // 3))
            height = min(area.height() - 60, width * 9 // 16)
            rect = QRect(0, 0, width, height)
            rect.moveCenter(area.center())
            window.setGeometry(rect)
            window.show()
        self._placed = (screen.name(), full)

    def hide(self) -> None:
        if self._window is not None and self._window.isVisible():
            self._window.hide()
        self._placed = None
        self._sync_menus()
        self.shown_changed.emit(False)

    def _on_hidden_by_user(self) -> None:
        self._placed = None
        self._sync_menus()
        self.shown_changed.emit(False)

    def close(self) -> None:
        """Close the windows and stop the phones' server (the app is quitting)."""
        self._settings.setValue("text_scale", self._scale)
        self.phones.stop()
        self.kiosk.destroy()
        if self._window is not None:
            self._window.allow_close = True
            self._window.close()
            self._window.deleteLater()
            self._window = None

    def follow_theme(self) -> None:
        """Take up the facilitator window's theme: high contrast there is high contrast
        here, for the voter at the kiosk who needs it."""
        changed = use_high_contrast(app_style.current_theme() == app_style.HIGH_CONTRAST)
        if changed and self._window is not None:
            self._window.apply_colours()
        if changed:
            self.kiosk.follow_theme()

    # Screens --------------------------------------------------------------------------

    def facilitator_screen(self) -> QScreen:
        parent = self.parent()
        if isinstance(parent, QWidget) and parent.screen() is not None:
            return parent.screen()
        return QGuiApplication.primaryScreen()

    def screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def room_screen(self) -> QScreen | None:
        """The screen the room faces: where the shared screen is (or goes, with two or
        more screens); None with one screen and no shared screen showing."""
        if self.is_shown and self._window is not None:
            return self._window.screen()
        if len(self.screens()) > 1:
            return self.chosen_screen()
        return None

    def chosen_screen(self) -> QScreen:
        screens = self.screens()
        for screen in screens:
            if screen.name() == self._screen_name:
                return screen
        mine = self.facilitator_screen()
        others = [s for s in screens if s is not mine]
        return others[0] if others else mine

    def set_screen(self, screen: QScreen) -> None:
        self._screen_name = screen.name()
        if self.is_shown:
            self._placed = None
            self.show()
        self._sync_menus()

    def full_screen_wanted(self) -> bool:
        if self._full_screen is not None:
            return self._full_screen
        return len(self.screens()) > 1 and self.chosen_screen() is not self.facilitator_screen()

    def set_full_screen(self, on: bool) -> None:
        self._full_screen = on
        if self.is_shown:
            self.show()
        self._sync_menus()

    def _on_screen_removed(self, screen: QScreen) -> None:
        if screen.name() == self._screen_name:
            self._screen_name = ""
        if self.is_shown and self._placed and self._placed[0] == screen.name():
            log.info("Shared screen's display %s was unplugged", screen.name())
            self._full_screen = None
            self._placed = None
            self.show()

    # Modes ----------------------------------------------------------------------------

    def set_mode(self, mode: str, *, show: bool = True) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown shared-screen mode {mode!r}")
        if mode == "voting" and not self.voting_round_id:
            self.voting_round_id = self._latest_round("open")
            self.window.voting.set_round(self.voting_round_id)
        if mode == "results" and not self.results_round_id:
            self.results_round_id = self._latest_round("closed")
            self.window.results.set_round(self.results_round_id)
        self._mode = mode
        self.window.set_mode(mode)
        if show:
            self.show()
        self._sync_menus()
        self.mode_changed.emit(mode)

    def show_stage(self) -> None:
        self.set_mode("stage")

    def show_board(self) -> None:
        self.set_mode("board")

    def show_actions(self) -> None:
        """The workshop's actions, following edits live (for the actions page). A
        follow-up that has agreed nothing new yet shows "You said, we did": its actions
        so far are the earlier workshop's, not "what we agreed"."""
        self.set_mode("review" if self._reviewing() else "actions")

    def show_review(self) -> None:
        """ "You said, we did": the earlier workshop's actions and where they stand."""
        self.set_mode("review")

    def _reviewing(self) -> bool:
        c = self.controller
        if not c.has_library or not c.workshop_id:
            return False
        try:
            if workshops.get_workshop(c.db, c.workshop_id).follow_up_of_id is None:
                return False
            listed = action_service.list_actions(c.db, c.workshop_id)
        except DomainError:
            return False
        return all(a.carried_from_id is not None for a in listed)

    def blank(self) -> None:
        self.set_mode("blank")

    def show_voting(self, round_id: int | None = None) -> None:
        """The room's voting view of ``round_id`` (default: the open round): the
        question, how many have voted, the phones' address; never a ballot."""
        self.voting_round_id = round_id or self._latest_round("open")
        self.window.voting.set_round(self.voting_round_id)
        self.set_mode("voting")

    def show_results(self, round_id: int | None = None) -> None:
        """Reveal a closed round's results to the room."""
        self.results_round_id = round_id or self._latest_round("closed")
        self.window.results.set_round(self.results_round_id)
        self.set_mode("results")

    @property
    def board_tidy(self) -> bool:
        return self._board_tidy

    def set_board_tidy(self, tidy: bool) -> None:
        """Board mode: notes in large tidy theme columns (True) or as arranged."""
        self._board_tidy = tidy
        if self._window is not None:
            self._window.board.set_tidy(tidy)
        self._sync_menus()

    def page_by(self, delta: int) -> bool:
        return self._window is not None and self._window.view.page_by(delta)

    def latest_round(self, status: str) -> int:
        """The workshop's newest round with this status (0: none)."""
        return self._latest_round(status)

    def _latest_round(self, status: str) -> int:
        if not self.controller.has_library or not self.controller.workshop_id:
            return 0
        try:
            rounds = voting.list_rounds(self.controller.db, self.controller.workshop_id)
        except DomainError:
            return 0
        matching = [r.id for r in rounds if r.status == status]
        return matching[-1] if matching else 0

    def _on_workshop_opened(self, workshop_id: int) -> None:
        self.voting_round_id = self.results_round_id = 0
        if self._window is not None:
            self._window.voting.set_round(0)
            self._window.results.set_round(0)
            if self._mode in ("voting", "results"):
                self.set_mode("stage", show=False)

    def _on_rounds_changed(self) -> None:
        if not self.controller.has_library or not self.controller.workshop_id:
            return
        ids = {r.id for r in voting.list_rounds(self.controller.db, self.controller.workshop_id)}
        if self.voting_round_id not in ids:
            self.voting_round_id = 0
        if self.results_round_id not in ids:
            self.results_round_id = 0

    # The ballot kiosk -----------------------------------------------------------------

    @property
    def kiosk_state(self) -> str:
        return self.kiosk.state

    @property
    def kiosk_voter_name(self) -> str | None:
        """Who is at the ballot kiosk right now (never what they are choosing)."""
        return self.kiosk.voter_name

    def start_ballot(self, participant_id: int, round_id: int | None = None) -> bool:
        """The facilitator's "next voter": open the ballot for this person at once (on
        the kiosk, opening it first where it was or somewhere private)."""
        return self.kiosk.start_ballot(participant_id, round_id)

    # Text size ------------------------------------------------------------------------

    def set_text_scale(self, scale: float) -> None:
        self._scale = clamp_scale(scale)
        self._settings.setValue("text_scale", self._scale)
        if self._window is not None:
            self._window.set_scale(self._scale)
        self.kiosk.set_scale(self._scale)
        self._sync_menus()

    def larger_text(self) -> None:
        self.set_text_scale(self._scale + SCALE_STEP)

    def smaller_text(self) -> None:
        self.set_text_scale(self._scale - SCALE_STEP)

    # The menu -------------------------------------------------------------------------

    def mode_label(self, mode: str) -> str:
        return {
            "stage": self.tr("&Stage: title, prompt and timer"),
            "board": self.tr("&Board: the ideas by theme"),
            "voting": self.tr("&Voting: the question and the count"),
            "results": self.tr("&Results"),
            "actions": self.tr("&Actions: what we agreed"),
            "review": self.tr("You said, &we did (a follow-up)"),
            "blank": self.tr("Blank (&pause)"),
        }[mode]

    def populate_menu(self, menu: QMenu) -> None:
        """Fill the main window's "Shared screen" menu (show on a screen, modes...)."""
        actions: dict[str, QAction] = {}
        show = actions["show"] = menu.addAction(self.tr("S&how shared screen"))
        show.setCheckable(True)
        show.triggered.connect(lambda on: self.show() if on else self.hide())
        screens_menu = menu.addMenu(self.tr("Show &on screen"))
        screens_menu.aboutToShow.connect(lambda: self._fill_screens(screens_menu))
        full = actions["full"] = menu.addAction(self.tr("&Full screen"))
        full.setCheckable(True)
        full.triggered.connect(self.set_full_screen)
        menu.addSeparator()
        group = QActionGroup(menu)
        for mode in MODES:
            action = actions[mode] = menu.addAction(self.mode_label(mode))
            action.setCheckable(True)
            action.setShortcut(QKeySequence(MODE_KEYS[mode]))
            group.addAction(action)
            action.triggered.connect(lambda _on=False, m=mode: self.set_mode(m))
        tidy = actions["tidy"] = menu.addAction(self.tr("Board in large &tidy columns"))
        tidy.setCheckable(True)
        tidy.triggered.connect(self.set_board_tidy)
        menu.addSeparator()
        kiosk_menu = menu.addMenu(self.tr("Ballot &kiosk"))
        kiosk_menu.aboutToShow.connect(lambda: self._fill_kiosk_menu(kiosk_menu))
        actions["kiosk"] = kiosk_menu.menuAction()
        menu.addSeparator()
        previous = menu.addAction(self.tr("Pre&vious page"))
        previous.triggered.connect(lambda: self.page_by(-1))
        following = menu.addAction(self.tr("&Next page"))
        following.triggered.connect(lambda: self.page_by(1))
        set_page_keys(previous, following)
        add_spotlight_menu(menu, self)
        menu.addSeparator()
        larger = menu.addAction(self.tr("&Larger text"))
        larger.triggered.connect(self.larger_text)
        smaller = menu.addAction(self.tr("S&maller text"))
        smaller.triggered.connect(self.smaller_text)
        actions["normal"] = menu.addAction(self.tr("Nor&mal text size"))
        actions["normal"].triggered.connect(lambda: self.set_text_scale(1.0))
        for action in menu.actions():
            action.setStatusTip(action.text().replace("&", ""))
        self._menu_actions.append(actions)
        menu.destroyed.connect(lambda: self._forget_menu(actions))
        self._sync_menus()

    def _forget_menu(self, actions: dict[str, QAction]) -> None:
        if actions in self._menu_actions:
            self._menu_actions.remove(actions)

    def screen_text(self, screen: QScreen, number: int, mine: QScreen) -> str:
        """ "2: Projector (1920 × 1080)", with a note on the facilitator's own."""
        size: QSize = screen.size()
        text = self.tr("{n}: {name} ({width} × {height})").format(
            n=number,
            name=screen.name() or self.tr("Screen"),
            width=size.width(),
            height=size.height(),
        )
        if screen is mine:
            text += self.tr(" (this window's screen)")
        return text

    def _fill_screens(self, menu: QMenu) -> None:
        menu.clear()
        group = QActionGroup(menu)
        chosen, mine = self.chosen_screen(), self.facilitator_screen()
        for number, screen in enumerate(self.screens(), 1):
            action = menu.addAction(self.screen_text(screen, number, mine))
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, s=screen: self.set_screen(s))

    def _fill_kiosk_menu(self, menu: QMenu) -> None:
        menu.clear()
        kiosk = self.kiosk
        here = kiosk.screen()
        owner = self.parent()
        parent = owner if isinstance(owner, QWidget) else None
        for screen in self.screens():
            action = menu.addAction(self.tr("Open on {screen}").format(screen=kiosk.label(screen)))
            action.setCheckable(True)
            action.setChecked(screen is here)
            action.setStatusTip(action.text())
            action.triggered.connect(
                lambda _on=False, s=screen, p=parent: kiosk.open(screen=s, parent=p)
            )
        menu.addSeparator()
        close = menu.addAction(self.tr("&Close the ballot kiosk"))
        close.setEnabled(kiosk.is_open)
        close.triggered.connect(kiosk.close)

    def _sync_menus(self) -> None:
        for actions in self._menu_actions:
            actions["show"].setChecked(self.is_shown)
            actions["full"].setChecked(self.full_screen_wanted())
            actions[self._mode].setChecked(True)
            actions["tidy"].setChecked(self._board_tidy)
            actions["normal"].setEnabled(self._scale != 1.0)
            label = self.tr("Nor&mal text size ({percent}% now)").format(
                percent=round(self._scale * 100)
            )
            actions["normal"].setText(label)

    def menu_action(self, key: str, index: int = 0) -> QAction:
        """A menu entry by key ("show", "full", a mode...), for tests and the main window."""
        return self._menu_actions[index][key]
