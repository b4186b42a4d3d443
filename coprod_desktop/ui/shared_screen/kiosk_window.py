"""The ballot kiosk's own window, which the facilitator puts on any screen: a screen set
aside as a voting booth, the laptop turned to face the voter, or a second monitor.

Like the shared screen it has no menu or facilitator control a voter could misuse: only
the ballot's own keys reach it (see ``window.KeyGuard``), Esc and Alt+F4 do nothing and
the window manager cannot close it. The facilitator closes it from the main window, or,
when it covers the laptop's own screen, with the small button at its foot, which needs
a second press to act and hides while someone is voting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from ..controller import Controller
from .kiosk import KioskView, kiosk_button
from .style import BACKGROUND, INK, Metrics, clamp_scale
from .window import KeyGuard, stylesheet

ARM_MS = 6000  # how long the facilitator's close button waits for its second press


class KioskWindow(QWidget):
    close_requested = Signal()  # the facilitator pressed the close button twice

    def __init__(self, controller: Controller) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.setObjectName("ballotKiosk")
        self.setWindowTitle(self.tr("Ballot kiosk"))
        self.setAccessibleName(self.tr("Ballot kiosk"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setMinimumSize(640, 360)
        self.setAutoFillBackground(True)
        self.allow_close = False
        self.scale = 1.0
        self.kiosk = KioskView(controller, self)
        self.close_button = kiosk_button(
            self.tr("Facilitator: close the kiosk"), self.tr("Close the ballot kiosk")
        )
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self._close_pressed)
        self._armed = QTimer(self)
        self._armed.setSingleShot(True)
        self._armed.setInterval(ARM_MS)
        self._armed.timeout.connect(self._disarm)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)
        self.box.addWidget(self.kiosk, 1)
        self.box.addLayout(footer)
        self.kiosk.state_changed.connect(self._state_changed)
        self._set_colours()
        self.guard = KeyGuard(self, lambda: True)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.guard)
        self._state_changed(self.kiosk.state)

    # The facilitator's way out ----------------------------------------------------------

    @property
    def armed(self) -> bool:
        return self._armed.isActive()

    def _close_pressed(self) -> None:
        if self.armed:
            self._disarm()
            self.close_requested.emit()
            return
        self._armed.start()
        self.close_button.setText(self.tr("Press again to close the kiosk"))

    def _disarm(self) -> None:
        self._armed.stop()
        self.close_button.setText(self.tr("Facilitator: close the kiosk"))

    def _state_changed(self, state: str) -> None:
        # Never while a voter is placing or confirming dots: one stray tap must not
        # take their ballot away.
        self._disarm()
        self.close_button.setVisible(state not in ("ballot", "confirm"))

    # Looks and sizes ------------------------------------------------------------------

    def _set_colours(self) -> None:
        self.setStyleSheet(stylesheet("ballotKiosk"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, INK)
        self.setPalette(palette)

    def apply_colours(self) -> None:
        self._set_colours()
        self.kiosk.apply_colours()
        self.update()

    def set_scale(self, scale: float) -> None:
        self.scale = clamp_scale(scale)
        self._apply_metrics()

    def metrics(self) -> Metrics:
        return Metrics.for_size(self.size(), self.scale)

    def _apply_metrics(self) -> None:
        metrics = self.metrics()
        self.kiosk.set_metrics(metrics)
        self.close_button.set_wanted_font(metrics.font(0.7))
        self.close_button.setMinimumHeight(metrics.px(1.6))
        self.box.setContentsMargins(0, 0, metrics.px(0.6), metrics.px(0.4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_metrics()

    # Keys and closing -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # nothing on the kiosk but the ballot answers to keys

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.guard)
            event.accept()
            return
        event.ignore()  # Alt+F4 or the window manager's close button: only the facilitator
