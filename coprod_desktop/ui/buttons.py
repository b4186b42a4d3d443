"""Push buttons made one way: their words, an icon of the current theme, and a name a
screen reader says without the "&" of the shortcut letter or the "…" of a button that
opens a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from . import style


def spoken(text: str) -> str:
    """A button's or an action's words as a screen reader should say them."""
    return text.replace("&", "").rstrip("…")


def push_button(
    text: str, icon: str = "", *, clicked: Callable[[], object] | None = None, tip: str = ""
) -> QPushButton:
    """A button with ``text`` (an "&" marks its shortcut letter), the named theme icon if
    any, ``tip`` as its tooltip if any, and ``clicked`` called when it is clicked."""
    button = QPushButton(style.icon(icon), text) if icon else QPushButton(text)
    button.setAccessibleName(spoken(text))
    if tip:
        button.setToolTip(tip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def action_button(action: QAction) -> QPushButton:
    """A button that triggers ``action``: its icon and words, its shortcut as the tooltip
    (the action keeps its own shortcut; the button just shows it)."""
    button = QPushButton(action.icon(), action.text().replace("&", ""))
    button.setAccessibleName(spoken(action.text()))
    button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
    button.clicked.connect(action.trigger)
    return button
