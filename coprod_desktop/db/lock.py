"""One writer per library: an operating-system lock on the library file itself.

The lock (``flock`` / ``msvcrt.locking``) is keyed on the file's identity, not its path:
a symlink or a hard link to a library open elsewhere is refused (through a hard link
SQLite would keep a second write-ahead log and one writer's commits would be lost). It
disappears with the process that held it: a lock left by a crash or a pulled power cable
is simply taken over. A ``.lock`` file beside the library records who holds it, for the
message the second instance shows.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL

from ..messages import QT_TRANSLATE_NOOP, LibraryMessage, Term
from .engine import Database
from .errors import LibraryError, LibraryLocked, LibraryMissing
from .library import create_library, inspect_library, open_library
from .location import parse_location

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks are mandatory: lock one byte far past anything SQLite reads or locks
    # itself (its lock bytes start at 1 GiB), so only another LibraryLock notices it.
    _LOCK_OFFSET = 0x7FFFFF00

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock() belongs to the open file, that is to the inode, and is independent of the
    # fcntl() byte locks SQLite takes: a hard link or a symlink meets the same lock.
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(library: Path) -> Path:
    """Where the holder's name is written: beside the file a symlink points to."""
    real = Path(os.path.realpath(library))
    return real.with_name(real.name + ".lock")


class LibraryLock:
    """Held while a window or a writing command has the library open; ``acquire``
    raises LibraryLocked. The lock is taken on the library file itself (its device and
    inode), so every path to one file meets it; the ``.lock`` file beside it only says
    who holds it. Release it after the library's database is closed: closing a
    descriptor of the file drops SQLite's own locks in this process."""

    def __init__(self, library: Path) -> None:
        self.library = Path(library)
        self.path = lock_path(self.library)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.library, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        if not _try_lock(fd):
            os.close(fd)
            raise LibraryLocked(_describe_holder(_read(self.path)))
        self._fd = fd
        holder = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user(),
            "since": datetime.now().strftime("%H:%M on %d %B %Y"),
        }
        with contextlib.suppress(OSError):  # a read-only folder: the lock holds all the same
            self.path.write_text(json.dumps(holder), encoding="utf-8")

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


def _describe_holder(text: str) -> LibraryMessage:
    try:
        info = json.loads(text)
        return LibraryMessage(
            QT_TRANSLATE_NOOP(
                "library",
                "This library is already open in another coprod-desktop window (process "
                "{pid} of {user} on {host}, since {since}). Close it there first, or open a "
                "copy.",
            ),
            pid=info["pid"],
            user=info.get("user") or Term("library", QT_TRANSLATE_NOOP("library", "a user")),
            host=info["host"],
            since=info["since"],
        )
    except (ValueError, KeyError, TypeError):
        return LibraryMessage(
            QT_TRANSLATE_NOOP(
                "library",
                "This library is already open in another coprod-desktop window. Close it "
                "there first, or open a copy.",
            )
        )


class ServerLock(LibraryLock):
    """The lock of a server library, which holds nothing: the server itself keeps many
    writers apart (each service is one transaction), so several facilitators may publish
    to one archive at once."""

    def __init__(self) -> None:
        self._fd = None

    def acquire(self) -> None:
        pass

    def release(self) -> None:
        pass


def open_with_lock(path: Path | str | URL, *, create: bool) -> tuple[Database, LibraryLock]:
    """The open library and the lock that keeps other windows and writing commands out:
    the lock first, then the checks and migrations of ``library``; every refusal is a
    LibraryError with a message to show. A server library (a PostgreSQL URL) needs no
    lock: it comes with a ServerLock."""
    location = parse_location(path)
    if not isinstance(location, Path):
        return open_library(location), ServerLock()
    path = location.absolute()
    if not create and not path.exists():
        raise LibraryMissing(
            QT_TRANSLATE_NOOP("library", "There is no library at {path}. Check the path."),
            path=path,
        )
    if path.exists():
        inspect_library(path)  # refuse a file that is not a library before leaving a lock file
    else:
        # The lock is taken on the file itself, so a new library is made first (empty,
        # moved into place whole) and locked before anything else writes to it.
        create_library(path).close()
    lock = LibraryLock(path)
    try:
        lock.acquire()
        try:
            return open_library(path, create=create), lock
        except BaseException:
            lock.release()
            raise
    except LibraryError:
        raise
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP("library", "Cannot open {name}: {why}."),
            name=path.name,
            why=exc.strerror,
        ) from exc
