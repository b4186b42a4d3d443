"""Asking for a server library's password in the app (``db.credentials`` registers how).

The answer goes to the one connection being opened and nowhere else: not to settings,
not to the log. For a password that is not asked every time, the README points to
``~/.pgpass`` and the system keyring.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from .i18n import tr


def ask_server_password(where: str, user: str) -> str | None:
    """The password typed for ``user`` at ``where`` (an address without password), or
    None when the facilitator cancelled or typed nothing."""
    text, ok = QInputDialog.getText(
        QApplication.activeWindow(),
        tr("Archive password"),
        tr("Password for {user} at {library}:").format(user=user, library=where),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None
