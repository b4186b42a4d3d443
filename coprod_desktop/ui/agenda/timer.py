"""The stage countdown: pause, add a minute, overrun; its clock can be replaced in tests.

The timer counts from the stage's recorded start, so reopening the app mid-stage shows
the true time left. Pausing is the facilitator's choice for the room and is not stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

TICK_MS = 250


def format_seconds(seconds: float) -> str:
    """``mm:ss`` (or ``h:mm:ss``) left, or ``+mm:ss`` over time."""
    over = seconds < 0
    whole = int(abs(seconds)) if over else int(seconds + 0.999)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"+{text}" if over else text


def describe(seconds: float, paused: bool) -> str:
    """The timer in words, so colour is never the only sign of an overrun."""
    translate = QCoreApplication.translate  # the name lupdate looks for
    if seconds < 0:
        minutes = int(abs(seconds)) // 60
        text = (
            translate("timer", "Over time by {n} min").format(n=minutes)
            if minutes
            else translate("timer", "Over time")
        )
    else:
        # The whole minutes the clock shows beside it ("21:14" is 21 min left, not 22).
        whole = int(seconds + 0.999)
        minutes = whole // 60
        text = (
            translate("timer", "{n} min left").format(n=minutes)
            if minutes >= 1
            else translate("timer", "Less than a minute left")
            if whole > 0
            else translate("timer", "Time is up")
        )
    return translate("timer", "{text} (paused)").format(text=text) if paused else text


class StageTimer(QObject):
    ticked = Signal(float)  # seconds left (negative: over time)
    state_changed = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.planned = 0.0
        self.extra = 0.0
        self._banked = 0.0  # seconds elapsed before the current run
        self._since: float | None = None
        self.active = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    @property
    def paused(self) -> bool:
        return self.active and self._since is None

    def start(self, planned_seconds: float, already_elapsed: float = 0.0) -> None:
        self.planned = max(0.0, planned_seconds)
        self.extra = 0.0
        self._banked = max(0.0, already_elapsed)
        self._since = self.clock()
        self.active = True
        self._ticker.start()
        self.state_changed.emit()
        self.tick()

    def set_planned(self, planned_seconds: float) -> None:
        """The running stage's planned time was changed: count down to the new one now."""
        planned = max(0.0, planned_seconds)
        if self.active and planned != self.planned:
            self.planned = planned
            self.state_changed.emit()
            self.tick()

    def stop(self) -> None:
        self.active = False
        self._since = None
        self._banked = 0.0
        self._ticker.stop()
        self.state_changed.emit()

    def pause(self) -> None:
        if self.active and self._since is not None:
            self._banked += self.clock() - self._since
            self._since = None
            self.state_changed.emit()
            self.tick()

    def resume(self) -> None:
        if self.active and self._since is None:
            self._since = self.clock()
            self.state_changed.emit()
            self.tick()

    def toggle_pause(self) -> None:
        self.resume() if self.paused else self.pause()

    def add_minute(self) -> None:
        if self.active:
            self.extra += 60.0
            self.state_changed.emit()
            self.tick()

    def elapsed(self) -> float:
        running = self.clock() - self._since if self._since is not None else 0.0
        return self._banked + running

    def remaining(self) -> float:
        return self.planned + self.extra - self.elapsed()

    def tick(self) -> None:
        if self.active:
            self.ticked.emit(self.remaining())
