"""Radio buttons and check boxes with wrapped words: the words act on the button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.choice_words import ChoiceWords, choice_row


def test_the_words_wrap_and_clicking_them_or_their_letter_acts_on_the_button(
    qtbot: QtBot,
) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    first, second, secret = QRadioButton(), QRadioButton(), QCheckBox()
    group = QButtonGroup(box)
    group.addButton(first)
    group.addButton(second)
    long = "T&ally of sticker dots (you type in the counts) " * 3
    words = [
        ChoiceWords(first, "&Ballot on the shared screen"),
        ChoiceWords(second, long),
        ChoiceWords(secret, "&Secret: nobody sees who put dots where", name="Secret ballot"),
    ]
    layout = QVBoxLayout(box)
    for button, text in zip((first, second, secret), words, strict=True):
        layout.addWidget(choice_row(button, text))
    first.setChecked(True)
    box.resize(260, 400)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()  # mnemonics work in the active window
    qtbot.waitUntil(box.isActiveWindow)

    assert box.minimumSizeHint().width() < 260  # long words wrap instead of widening
    assert second.accessibleName().startswith("Tally of sticker dots (you type")
    assert secret.accessibleName() == "Secret ballot"
    assert first.text() == ""
    qtbot.mouseClick(words[1], Qt.MouseButton.LeftButton)
    assert second.isChecked() and not first.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(secret.isChecked)
    second.setEnabled(False)
    first.setChecked(True)
    qtbot.mouseClick(words[1], Qt.MouseButton.LeftButton)
    assert first.isChecked()  # a disabled choice stays unchosen
