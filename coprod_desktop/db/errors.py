"""Why a library could not be opened, in words a facilitator can act on.

Each message is an English template and its fields (``coprod_desktop/messages.py``):
``str(error)`` is the English sentence, and the interface shows it in its own language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..messages import QT_TRANSLATE_NOOP, LibraryMessage, Message


class LibraryError(Exception):
    """A library file that cannot be used; the message is shown to the user as is."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.message = (
            template if isinstance(template, Message) else LibraryMessage(template, **params)
        )
        super().__init__(self.message)


class LibraryMissing(LibraryError):
    pass


class NotALibrary(LibraryError):
    pass


class DamagedLibrary(LibraryError):
    pass


class NewerLibrary(LibraryError):
    pass


class LibraryLocked(LibraryError):
    pass


class MigrationFailed(LibraryError):
    pass


class StorageFailed(LibraryError):
    """A step that could not be saved because of where the library is (a full disk, a
    read-only file, a drive that went away); nothing of that step was written."""


# SQLite's primary result codes for a storage problem, and what to tell the user.
_STORAGE = {
    13: QT_TRANSLATE_NOOP(  # SQLITE_FULL
        "library",
        "The disk is full, so that was not saved. Free some space, then try again.",
    ),
    8: QT_TRANSLATE_NOOP(  # SQLITE_READONLY
        "library",
        "{name} is read-only, so nothing can be changed in it. Open a copy you can "
        "write to (File → Open library).",
    ),
    10: QT_TRANSLATE_NOOP(  # SQLITE_IOERR
        "library",
        "{name} could not be written (the drive may have been removed), so that was not "
        "saved. Check the drive, then try again.",
    ),
    5: QT_TRANSLATE_NOOP(  # SQLITE_BUSY
        "library",
        "Another program is busy with {name}, so that was not saved. Try again in a moment.",
    ),
    14: QT_TRANSLATE_NOOP(  # SQLITE_CANTOPEN
        "library",
        "{name} cannot be opened for writing (its folder may be read-only), so that was not saved.",
    ),
}


def storage_failure(error: BaseException, path: Path) -> StorageFailed | None:
    """The plain-language StorageFailed for a driver error about storage, else None."""
    code = getattr(getattr(error, "orig", error), "sqlite_errorcode", None)
    if not isinstance(code, int) or (code & 0xFF) not in _STORAGE:
        return None
    return StorageFailed(_STORAGE[code & 0xFF], name=path.name)


# PostgreSQL's SQLSTATE for a role that may not do what it tried (a reader's role writing).
_INSUFFICIENT_PRIVILEGE = "42501"


def server_failure(error: BaseException, name: str) -> StorageFailed | None:
    """The plain-language StorageFailed for a server library's driver error: a connection
    that dropped mid-step, or a role that may read the library but not change it."""
    if getattr(error, "connection_invalidated", False):
        return StorageFailed(
            QT_TRANSLATE_NOOP(
                "library",
                "The connection to {name} was lost, so that was not saved. Check "
                "the network, then try again.",
            ),
            name=name,
        )
    if getattr(getattr(error, "orig", error), "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
        return StorageFailed(_STORAGE[8], name=name)  # as a read-only file
    return None
