"""Why a library could not be opened, in words a facilitator can act on."""

from __future__ import annotations


class LibraryError(Exception):
    """A library file that cannot be used; the message is shown to the user as is."""


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
