"""Small questions, each behind one function that tests replace with monkeypatch.

Nothing here is ever called with ``exec`` from a test: a test patches ``ask_text``,
``confirm`` or ``choose_file`` and the code under test carries on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..i18n import tr


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None if cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def confirm(parent: QWidget | None, title: str, question: str, action: str) -> bool:
    """A yes/no question whose yes button says what will happen (``action``)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, message: str) -> None:
    """A message and OK; a long one (the keyboard shortcuts) scrolls in a dialog that
    fits the screen, its OK button always on it."""
    from .long_message import LONG_LINES, LongMessage

    if message.count("\n") < LONG_LINES:
        QMessageBox.information(parent, title, message)
    else:
        LongMessage(parent, title, message).exec()


def warn(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(path) if path else None


def open_files(parent: QWidget | None, title: str, folder: str, filters: str) -> list[Path]:
    """Several files chosen at once (none if cancelled)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    return [Path(p) for p in paths]


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None
