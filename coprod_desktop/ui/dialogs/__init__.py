"""Dialogs, and how they open."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_at_least(dialog: QWidget, width: int, height: int = 0) -> None:
    """Open ``dialog`` at least this size, and larger if its contents need it. (A minimum
    size set on a dialog would stop its layout from growing it for large text or long
    Welsh words, and its fields would overlap.)"""
    hint = dialog.sizeHint()
    dialog.resize(max(width, hint.width()), max(height, hint.height()))
