"""Opening a library file for this window: the lock first, then the checks in
``db.library``; every refusal comes back as a LibraryError with a message to show."""

from __future__ import annotations

from pathlib import Path

from ...db.engine import Database
from ...db.errors import LibraryError, LibraryLocked, LibraryMissing
from ...db.library import inspect_library, open_library
from ...db.lock import LibraryLock
from ...messages import QT_TRANSLATE_NOOP


def open_with_lock(path: Path, *, create: bool) -> tuple[Database, LibraryLock]:
    """The open library and the lock that keeps other windows and processes out."""
    path = Path(path).expanduser().absolute()
    if not create and not path.exists():
        raise LibraryMissing(
            QT_TRANSLATE_NOOP("library", "There is no library at {path}. Check the path."),
            path=path,
        )
    if path.exists():
        inspect_library(path)  # refuse a file that is not a library before leaving a lock file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP("library", "Cannot use the folder {folder}: {why}."),
            folder=path.parent,
            why=exc.strerror,
        ) from exc
    lock = LibraryLock(path)
    try:
        lock.acquire()
    except LibraryLocked:
        raise
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP("library", "Cannot open {name}: {why}."),
            name=path.name,
            why=exc.strerror,
        ) from exc
    try:
        return open_library(path, create=create), lock
    except LibraryError:
        lock.release()
        raise
    except OSError as exc:
        lock.release()
        raise LibraryError(
            QT_TRANSLATE_NOOP("library", "Cannot open {name}: {why}."),
            name=path.name,
            why=exc.strerror,
        ) from exc
