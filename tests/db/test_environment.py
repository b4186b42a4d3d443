"""Honest words about where a library is: odd folder names work, a read-only library can
be read, a full disk says so and keeps nothing of the step, never "damaged" unless the
file is."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from coprod_desktop.cli import parse_args, run
from coprod_desktop.db.errors import StorageFailed
from coprod_desktop.db.library import open_library
from coprod_desktop.services import board, workshops


@pytest.mark.parametrize("folder", ["What next?", "a%20b", "Gweithdy ŵ ŷ #1 & more", "50% off"])
def test_a_library_in_an_oddly_named_folder(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "lib.db"
    db = open_library(path)
    w = workshops.create_workshop(db, "Held in an odd place")
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # nothing stray beside
    reopened = open_library(path, create=False)
    try:
        assert [x.title for x in workshops.list_workshops(reopened)] == [w.title]
    finally:
        reopened.close()


def test_a_full_disk_says_so_and_keeps_nothing_of_the_step(db) -> None:
    w = workshops.create_workshop(db, "Filling up")

    # SQLite reports a database that may not grow as SQLITE_FULL, as it does a full disk.
    @event.listens_for(db.engine, "connect")
    def _small(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

    db.engine.dispose()
    stored = 0
    with pytest.raises(StorageFailed, match="The disk is full, so that was not saved"):
        for n in range(10_000):
            board.capture_idea(db, w.id, f"Idea {n}: " + "words " * 200)
            stored += 1
    assert len(board.list_ideas(db, w.id)) == stored


@pytest.fixture
def read_only_library(tmp_path: Path) -> Iterator[Path]:
    """A library in a folder nobody may write (a shared drive, a read-only stick). Root
    may write anything, so as root the folder is mounted read-only instead."""
    source = tmp_path / "source"
    db = open_library(source / "lib.db")
    workshops.create_workshop(db, "Read only")
    db.close()
    if os.geteuid() != 0:
        (source / "lib.db").chmod(0o444)
        source.chmod(0o555)
        yield source / "lib.db"
        source.chmod(0o755)
        return
    mounted = tmp_path / "mounted"
    mounted.mkdir()
    for command in (
        ["mount", "--bind", str(source), str(mounted)],
        ["mount", "-o", "remount,bind,ro", str(mounted)],
    ):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["umount", str(mounted)], capture_output=True)
            pytest.skip(f"cannot mount a read-only folder here: {done.stderr.strip()}")
    try:
        yield mounted / "lib.db"
    finally:
        subprocess.run(["umount", str(mounted)], check=True)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(parse_args(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_read_only_library_can_be_listed_and_exported(
    read_only_library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = str(read_only_library)
    before = read_only_library.read_bytes()
    code, out, err = _cli(capsys, "--db", library, "list")
    assert code == 0, err
    assert "Read only" in out
    code, _, err = _cli(
        capsys,
        "--db",
        library,
        "export",
        "1",
        "--format",
        "json",
        "--out",
        str(tmp_path / "w.json"),
    )
    assert code == 0, err
    assert json.loads((tmp_path / "w.json").read_text())["workshop"]["title"] == "Read only"
    code, _, err = _cli(capsys, "--db", library, "demo")
    assert code == 1
    assert "read-only" in err and "damaged" not in err
    assert len(err.strip().splitlines()) == 1
    assert read_only_library.read_bytes() == before
    assert sorted(p.name for p in read_only_library.parent.iterdir()) == ["lib.db"]
