"""Why a library could not be opened, in words a facilitator can act on.

Each message is an English template and its fields (``coprod_desktop/messages.py``):
``str(error)`` is the English sentence, and the interface shows it in its own language.
"""

from __future__ import annotations

from typing import Any

from ..messages import LibraryMessage, Message


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
