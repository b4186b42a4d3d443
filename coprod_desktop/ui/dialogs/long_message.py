"""A message too long for a message box (Help ▸ Keyboard shortcuts lists some forty
lines): its words scroll inside the dialog, which fits the screen, and its OK button is
always on it. (A message box grew to 1,074 pixels, its OK button off a 768-pixel
laptop screen.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

LONG_LINES = 18  # a message with more lines than this opens here


class LongMessage(QDialog):
    def __init__(self, parent: QWidget | None, title: str, message: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLabel(message)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read with the arrow keys
        self.text.setAccessibleName(title)
        self.area = QScrollArea()
        self.area.setWidget(self.text)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))  # Qt ships no Welsh for its own buttons
        self.buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(self.area, 1)  # the words scroll; OK stays below them
        box.addWidget(self.buttons)
        self._fit()

    def _fit(self) -> None:
        """As wide as the longest lines want (within the screen), as tall as the words
        want up to most of the screen's height."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        room = screen.availableGeometry() if screen is not None else None
        metrics = self.fontMetrics()
        longest = max(metrics.horizontalAdvance(line) for line in self.text.text().split("\n"))
        width = max(480, min(longest + 60, room.width() - 60 if room is not None else 900))
        words = self.text.heightForWidth(width - 40)
        wanted = words + self.buttons.sizeHint().height() + 48
        limit = round(room.height() * 0.85) if room is not None else 640
        self.resize(width, min(wanted, limit))
