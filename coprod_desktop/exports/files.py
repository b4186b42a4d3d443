"""Writing an export whole or not at all, and only onto an ordinary file or folder."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from ..services.errors import QT_TRANSLATE_NOOP, DomainError


class ExportRefused(DomainError):
    """The place chosen for an export cannot hold one (a device, a pipe, a busy folder)."""


def check_target(out: Path) -> os.stat_result | None:
    """The status of what is at ``out`` now (None: nothing yet), refusing a device, a
    pipe or a socket: writing "into" /dev/null or a FIFO is never what was meant, and
    replacing one (as root) would break the computer."""
    try:
        status = os.stat(out)
    except FileNotFoundError:
        return None
    mode = status.st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return status
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        template = QT_TRANSLATE_NOOP(
            "services", "{path} is a device, not a file; choose a file name to save to."
        )
    elif stat.S_ISFIFO(mode):
        template = QT_TRANSLATE_NOOP(
            "services", "{path} is a pipe, not a file; choose a file name to save to."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "services", "{path} is not an ordinary file; choose a file name to save to."
        )
    raise ExportRefused(template, path=str(out))


def write_atomically(out: Path, content: bytes) -> None:
    """Write beside ``out``, flush it to the disk and rename it over ``out``: a reader (or
    a crash) never sees half a file, and a failure leaves nothing behind. A file replaced
    keeps its permissions; a new one gets what the umask allows."""
    out = Path(out)
    before = check_target(out)
    if before is not None and stat.S_ISDIR(before.st_mode):
        raise IsADirectoryError(21, os.strerror(21), str(out))
    mode = stat.S_IMODE(before.st_mode) & 0o777 if before else 0o666 & ~_umask()
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); an export is read like the file it
        # replaces, or like any new file.
        os.chmod(temp, mode)
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _sync_folder(out.parent)


def write_folder_atomically(out: Path, files: Mapping[str, bytes]) -> None:
    """Write ``files`` as the folder ``out``, all of the set or none of it.

    The set is written into a temporary sibling folder, flushed, and swapped in with one
    rename (an exchange where the system has one), so a failure or a kill part-way leaves
    the old set whole, never old files beside new ones. A folder that holds anything but
    an earlier set of these files is refused: swapping it would lose the rest (what a
    file manager leaves, such as .DS_Store, is carried over)."""
    out = Path(os.path.abspath(out))
    before = check_target(out)
    if before is not None and not stat.S_ISDIR(before.st_mode):
        raise NotADirectoryError(
            20, f"{out} is a file; give a folder name, or a name ending in .zip", str(out)
        )
    litter: list[Path] = []
    if before is not None:
        litter = [p for p in out.iterdir() if p.name not in files and _is_litter(p)]
        others = sorted(p.name for p in out.iterdir() if p.name not in files and p not in litter)
        if others:
            raise ExportRefused(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The folder {path} holds other files ({names}); give the name of a new "
                    "folder, or a name ending in .zip.",
                ),
                path=str(out),
                names=", ".join(others[:3]) + (", …" if len(others) > 3 else ""),
            )
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    try:
        for name, content in files.items():
            _write_file(staging / name, content)
        for path in litter:  # what a file manager left in the folder goes along
            shutil.copy2(path, staging / path.name)
        os.chmod(staging, stat.S_IMODE(before.st_mode) if before else 0o777 & ~_umask())
        _sync_folder(staging)
        if before is None:
            os.rename(staging, out)
        elif not _exchange(staging, out):
            # No atomic exchange here: the old set steps aside whole, the new set takes
            # its place whole; a kill between the two leaves both sets whole.
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
            os.rmdir(old)
            os.rename(out, old)
            os.rename(staging, out)
            staging = old
        _sync_folder(out.parent)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# What file managers leave in a folder they have shown: kept, never a reason to refuse.
_LITTER = (".DS_Store", "desktop.ini", "Thumbs.db", ".directory")


def _is_litter(path: Path) -> bool:
    return (path.name in _LITTER or path.name.startswith("._")) and path.is_file()


def _write_file(path: Path, content: bytes) -> None:
    with open(path, "wb") as stream:
        stream.write(content)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(path, 0o666 & ~_umask())


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux's renameat2); False where that is not offered."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: this file system cannot
        return False
    raise OSError(error, os.strerror(error), str(second))


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (where folders can be flushed)."""
    if sys.platform == "win32":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
