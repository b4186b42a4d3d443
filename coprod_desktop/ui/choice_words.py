"""Radio buttons and check boxes whose words wrap.

Qt's own buttons never wrap their text, so a long option (longer still in Welsh, or at a
large text size) would push its page wider than the window. Here the button keeps only
its mark and a word-wrapped label beside it carries the words: the label's mnemonic and a
click on it act on the button, and the button is named by the words for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QSizePolicy, QWidget


class ChoiceWords(QLabel):
    """The words of ``button``, wrapped."""

    def __init__(self, button: QAbstractButton, text: str = "", *, name: str = "") -> None:
        super().__init__()
        self.button = button
        self._name = name  # a shorter spoken name, if the words are long
        self.setWordWrap(True)
        self.setBuddy(button)  # Alt+letter clicks the button (QLabel does that for buttons)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        button.setText("")
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.setText(text)
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.button.setAccessibleName(self._name or plain)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)


def choice_row(button: QAbstractButton, words: ChoiceWords) -> QWidget:
    """The button's mark and its wrapped words side by side, the mark beside the first line."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(words, 1)
    return row
