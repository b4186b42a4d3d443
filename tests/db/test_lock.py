"""One writer per library file, whichever path reaches it: the lock follows the file's
identity (device and inode), so a symlink or a hard link meets the same lock, and the
command line's writing commands take it too."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coprod_desktop.db.errors import LibraryLocked
from coprod_desktop.db.library import open_library
from coprod_desktop.db.lock import LibraryLock, open_with_lock
from coprod_desktop.services import board, workshops


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.db"
    open_library(path).close()
    return path


def test_a_hard_link_meets_the_lock(library: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "link.db"
    link.parent.mkdir()
    os.link(library, link)
    db, lock = open_with_lock(library, create=False)
    try:
        with pytest.raises(LibraryLocked, match="already open"):
            open_with_lock(link, create=False)
    finally:
        db.close()
        lock.release()
    db, lock = open_with_lock(link, create=False)  # free again once the first has closed
    db.close()
    lock.release()


def test_a_symlink_meets_the_lock_and_names_who_holds_it(library: Path, tmp_path: Path) -> None:
    link = tmp_path / "shortcut.db"
    link.symlink_to(library)
    held = LibraryLock(library)
    held.acquire()
    try:
        with pytest.raises(LibraryLocked, match=f"process {os.getpid()}"):
            LibraryLock(link).acquire()
    finally:
        held.release()


def test_two_processes_through_two_links_lose_nothing(library: Path, tmp_path: Path) -> None:
    """The second writer is refused instead of keeping its own write-ahead log."""
    link = tmp_path / "link.db"
    os.link(library, link)
    script = textwrap.dedent(
        """
        import sys
        from coprod_desktop.db.lock import open_with_lock
        from coprod_desktop.services import board, workshops
        db, lock = open_with_lock(__import__("pathlib").Path(sys.argv[1]), create=False)
        w = workshops.create_workshop(db, "Saved in the child")
        for n in range(60):
            board.capture_idea(db, w.id, f"Idea {n}")
        print("ready", flush=True)
        sys.stdin.readline()
        db.close()
        lock.release()
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, str(library)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:  # its pipes closed when done with
        try:
            assert child.stdout is not None and child.stdin is not None
            assert child.stdout.readline().strip() == "ready"
            with pytest.raises(LibraryLocked):
                open_with_lock(link, create=False)
            child.stdin.write("\n")
            child.stdin.flush()
            assert child.wait(timeout=30) == 0
        finally:
            if child.poll() is None:
                child.kill()
    db, lock = open_with_lock(link, create=False)
    try:
        (w,) = workshops.list_workshops(db)
        assert len(board.list_ideas(db, w.id)) == 60
    finally:
        db.close()
        lock.release()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_writing_commands_refuse_a_library_open_in_the_app(library: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    os.link(library, link)
    before = library.read_bytes()
    held = LibraryLock(library)
    held.acquire()
    try:
        for path in (library, link):
            result = _cli("--db", str(path), "demo")
            assert result.returncode == 1
            assert result.stderr.startswith("error: ") and "already open" in result.stderr
            assert len(result.stderr.strip().splitlines()) == 1
        listed = _cli("--db", str(library), "list")  # readers need no lock
        assert listed.returncode == 0, listed.stderr
    finally:
        held.release()
    assert library.read_bytes() == before
    assert _cli("--db", str(link), "demo").returncode == 0
