"""Plain-language error dialogs: never a traceback in front of a user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ...db.errors import LibraryError
from ..i18n import error_text, tr


def show_unexpected_error(error: BaseException, log_path: Path | None) -> None:
    parent = QApplication.activeWindow()
    if isinstance(error, LibraryError):  # a full disk, a read-only library: say just that
        QMessageBox.warning(parent, tr("Not saved"), error_text(error))
        return
    where = tr("Details were written to {path}.").format(path=log_path) if log_path else ""
    QMessageBox.warning(
        parent,
        tr("Something went wrong"),
        tr(
            "Something unexpected went wrong, but everything you did before it is saved. "
            "You can carry on; if it happens again, please tell whoever supports this app."
        )
        + ("\n\n" + where if where else ""),
    )
