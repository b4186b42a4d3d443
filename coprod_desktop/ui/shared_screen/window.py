"""The shared-screen window: one top-level window holding the seven modes, with no menu,
toolbar or facilitator control on it, and keys that cannot do anything they should not.

It is the screen the whole room faces, so it never holds a ballot: in voting mode it
shows the room's voting view (question, count, phones' address, timer), and the ballot
itself is in its own window (``kiosk_window.KioskWindow``). The key guard here is shared
with that window: there, only the ballot's own keys reach it (arrows, Space, Enter, plus
and minus, Tab, Page Up and Down); Esc, Alt+F4, shortcuts of the facilitator window and
anything with Ctrl or Alt do nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette, QResizeEvent, QWindow
from PySide6.QtWidgets import QApplication, QStackedLayout, QVBoxLayout, QWidget

from ..controller import Controller
from .actions_view import ActionsView
from .base import BlankView, ScreenView
from .board_view import BoardView
from .corner_timer import CornerTimer
from .results_view import ResultsView
from .review_view import ReviewView
from .stage_view import StageView
from .style import (
    ACCENT,
    ACCENT_INK,
    BACKGROUND,
    BLANK,
    INK,
    LINE,
    PRESSED,
    Metrics,
    clamp_scale,
)
from .voting_view import VotingView

MODES = ("stage", "board", "voting", "results", "actions", "review", "blank")
# Modes that show the running stage's timer themselves (large), or nothing at all.
OWN_TIMER = frozenset({"stage", "blank"})

KIOSK_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Space,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Plus,
        Qt.Key.Key_Minus,
        Qt.Key.Key_Equal,
        Qt.Key.Key_Underscore,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    }
)
_HARMLESS_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def stylesheet(name: str = "sharedScreen") -> str:
    """The window's own look, in the shared screen's current colours (the facilitator
    window's stylesheet must not frame its board or restyle its buttons)."""
    return f"""
QWidget#{name} {{ background: {BACKGROUND.name()}; color: {INK.name()}; }}
QWidget#{name} QGraphicsView {{ border: none; }}
QPushButton#kioskButton {{
    background: {BACKGROUND.name()}; color: {INK.name()};
    border: 3px solid {INK.name()}; border-radius: 12px; padding: 4px 22px;
}}
QPushButton#kioskButton[primary="true"] {{
    background: {ACCENT.name()}; color: {ACCENT_INK.name()}; border: 3px solid {INK.name()};
}}
QPushButton#kioskButton:focus {{ border: 6px dashed {INK.name()}; }}
QPushButton#kioskButton:pressed {{ background: {PRESSED.name()}; color: {INK.name()}; }}
QPushButton#kioskButton:disabled {{
    background: {BACKGROUND.name()}; color: {LINE.name()}; border: 3px dotted {LINE.name()};
}}
"""


def key_allowed_while_voting(event: QKeyEvent) -> bool:
    extra = event.modifiers() & ~_HARMLESS_MODIFIERS
    return event.key() in KIOSK_KEYS and extra == Qt.KeyboardModifier.NoModifier


class KeyGuard(QObject):
    """Watches every key event in the app; those aimed at its window never fire a
    shortcut, and while ``locked()`` only the ballot's keys get through."""

    def __init__(self, window: QWidget, locked: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.locked = locked

    def _aimed_at_window(self, obj: QObject) -> bool:
        if isinstance(obj, QWidget):
            return obj.window() is self.window
        if isinstance(obj, QWindow):
            return obj is self.window.windowHandle()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        if not self._aimed_at_window(obj):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut of any window fires from the shared screen
            return True
        if not self.locked():
            return False
        if isinstance(event, QKeyEvent) and key_allowed_while_voting(event):
            return False
        event.accept()
        return True


class SharedScreenWindow(QWidget):
    escape_pressed = Signal()  # leave full screen
    hidden_by_user = Signal()  # the window manager's close button

    def __init__(self, controller: Controller) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.setObjectName("sharedScreen")
        self.setWindowTitle(self.tr("Shared screen"))
        self.setAccessibleName(self.tr("Shared screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setMinimumSize(640, 360)
        self.setAutoFillBackground(True)
        self._set_colours()
        self.allow_close = False
        self.mode = "stage"
        self.scale = 1.0
        self.stage = StageView(controller, self)
        self.board = BoardView(controller, self)
        self.voting = VotingView(controller, self)
        self.results = ResultsView(controller, self)
        self.actions_view = ActionsView(controller, self)
        self.review = ReviewView(controller, self)
        self.blank = BlankView(controller, self)
        blank_palette = self.blank.palette()
        blank_palette.setColor(QPalette.ColorRole.Window, BLANK)
        self.blank.setPalette(blank_palette)
        self.blank.setAutoFillBackground(True)
        self.views: dict[str, ScreenView] = dict(
            zip(
                MODES,
                (
                    self.stage, self.board, self.voting, self.results, self.actions_view,
                    self.review, self.blank,
                ),
                strict=True,
            )
        )  # fmt: skip
        # The timer's strip above the modes: it takes room only when shown, so it never
        # covers what a mode draws.
        self.timer = CornerTimer(controller, self)
        self.modes = QWidget(self)
        self.stack = QStackedLayout(self.modes)
        self.stack.setContentsMargins(0, 0, 0, 0)
        for view in self.views.values():
            self.stack.addWidget(view)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.timer, 0)
        self.column.addWidget(self.modes, 1)
        self.guard = KeyGuard(self, lambda: False)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.guard)
        self.set_mode("stage")

    @property
    def view(self) -> ScreenView:
        return self.views[self.mode]

    def set_mode(self, mode: str) -> None:
        if mode not in self.views:
            raise ValueError(f"unknown shared-screen mode {mode!r}")
        self.mode = mode
        self.stack.setCurrentWidget(self.views[mode])
        self.timer.set_wanted(mode not in OWN_TIMER)
        # Nobody points at the room's screen: the pointer would only get in the way.
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setAccessibleDescription(self.mode_name(mode))

    def mode_name(self, mode: str) -> str:
        """What the screen shows, in words, for screen readers."""
        return {
            "stage": self.tr("The agenda stage: title, prompt and timer"),
            "board": self.tr("The board"),
            "voting": self.tr("Voting: the question and how many have voted"),
            "results": self.tr("Results"),
            "actions": self.tr("Agreed actions"),
            "review": self.tr("You said, we did: the earlier workshop's actions"),
            "blank": self.tr("Paused"),
        }[mode]

    def _set_colours(self) -> None:
        self.setStyleSheet(stylesheet())
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, INK)
        self.setPalette(palette)

    def apply_colours(self) -> None:
        """Redraw in the shared screen's current colours (after a theme change)."""
        self._set_colours()
        for view in self.views.values():
            view.apply_colours()
        self.update()

    def set_scale(self, scale: float) -> None:
        self.scale = clamp_scale(scale)
        self._apply_metrics()

    def metrics(self) -> Metrics:
        return Metrics.for_size(self.size(), self.scale)

    def _apply_metrics(self) -> None:
        metrics = self.metrics()
        self.timer.set_metrics(metrics)
        for view in self.views.values():
            view.set_metrics(metrics)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_metrics()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        event.accept()  # nothing else on the shared screen answers to keys

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            self._release_guard()
            event.accept()
            return
        event.ignore()
        self.hide()
        self.hidden_by_user.emit()

    def _release_guard(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.guard)
