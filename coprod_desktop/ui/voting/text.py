"""Showing participants' own words safely: labels as plain text (an idea "<b>" or
"<img src=...>" is shown as typed, never as markup) and tooltips escaped."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_labels(widget: QWidget) -> None:
    """Every label in ``widget`` shows its text as typed (labels with a mnemonic for a
    buddy keep Qt's handling of "&")."""
    for label in widget.findChildren(QLabel):
        if label.buddy() is None:
            label.setTextFormat(Qt.TextFormat.PlainText)


def tip(text: str, limit: int = 2000) -> str:
    """A tooltip that shows ``text`` as typed, line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text[:limit])}</p>"
