"""One writer per library: a lock file held by the operating system.

The lock is an OS file lock (``flock`` / ``msvcrt.locking``), so it disappears with the
process that held it: a lock left by a crash or a pulled power cable is simply taken
over. The file records who holds it, for the message the second instance shows.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from ..messages import QT_TRANSLATE_NOOP, LibraryMessage, Term
from .errors import LibraryLocked

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def lock_path(library: Path) -> Path:
    return library.with_name(library.name + ".lock")


class LibraryLock:
    """Held while a window has the library open; ``acquire`` raises LibraryLocked."""

    def __init__(self, library: Path) -> None:
        self.path = lock_path(library)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open while locked
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read()
            handle.close()
            raise LibraryLocked(_describe_holder(holder))
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "user": _user(),
                    "since": datetime.now().strftime("%H:%M on %d %B %Y"),
                }
            )
        )
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            # The file stays: unlinking it could let two processes lock two different files.
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


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
