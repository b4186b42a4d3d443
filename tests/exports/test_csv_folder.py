"""A CSV folder export replaced again is the old set or the new set, never a mix: a
failure or a kill part-way leaves the old files whole."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coprod_desktop.db.engine import Database
from coprod_desktop.exports import files as export_files
from coprod_desktop.exports.csv_export import write_csv
from coprod_desktop.exports.files import ExportRefused
from coprod_desktop.services import actions, board, voting, workshops
from coprod_desktop.services.records import WorkshopData

NAMES = ["actions.csv", "ideas.csv", "votes.csv"]


class Killed(BaseException):
    """Stands for the process being killed: nothing after it runs but ``finally``."""


def workshop(db: Database, idea: str) -> WorkshopData:
    """A workshop whose every file (ideas, votes, actions) says ``idea``."""
    w = workshops.create_workshop(db, f"Workshop of {idea}")
    fill(db, w.id, idea)
    return workshops.load_workshop(db, w.id)


def fill(db: Database, workshop_id: int, idea: str) -> None:
    board.capture_idea(db, workshop_id, idea)
    voting.create_round(db, workshop_id, f"Which of {idea}?")
    actions.add_action(db, workshop_id, f"Do {idea}")


def folder(tmp_path: Path) -> Path:
    """A folder of its own for the exports (the library lives in ``tmp_path``)."""
    where = tmp_path / "exports"
    where.mkdir()
    return where


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def sets(db: Database, tmp_path: Path) -> tuple[Path, dict[str, bytes], WorkshopData]:
    """An export folder holding the old set, and the workshop whose set replaces it."""
    out = folder(tmp_path) / "csv"
    write_csv(workshop(db, "Old buses"), out)
    return out, contents(out), workshop(db, "New trams")


def steps(monkeypatch: pytest.MonkeyPatch, kill_at: int) -> list[str]:
    """Count every step that reaches the disk (flush, rename, swap); at step ``kill_at``
    the export dies before the step happens."""
    done: list[str] = []

    def counted(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            done.append(name)
            if len(done) == kill_at:
                raise Killed(name)
            return real(*args, **kwargs)

        return step

    for name in ("replace", "rename", "fsync"):
        monkeypatch.setattr(os, name, counted(name, getattr(os, name)))
    real_exchange = getattr(export_files, "_exchange", None)
    if real_exchange is not None:
        monkeypatch.setattr(export_files, "_exchange", counted("exchange", real_exchange))
    return done


def test_a_failed_third_file_leaves_the_old_folder_whole(
    sets: tuple[Path, dict[str, bytes], WorkshopData], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, old, new = sets
    real_open = open
    written: list[str] = []

    def failing_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode and str(file).endswith(".csv"):
            written.append(str(file))
            if len(written) == 3:
                raise OSError(28, "No space left on device", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    monkeypatch.setattr("io.open", failing_open)  # pathlib's writes
    with pytest.raises(OSError, match="No space"):
        write_csv(new, out)
    monkeypatch.undo()
    assert contents(out) == old
    assert [p.name for p in out.parent.iterdir()] == ["csv"]  # nothing half-written beside


def test_a_kill_at_any_step_leaves_the_old_set_or_the_new_set(
    sets: tuple[Path, dict[str, bytes], WorkshopData], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, old, new = sets
    kill_at = 1
    while True:
        done = steps(monkeypatch, kill_at)
        try:
            write_csv(new, out)
        except Killed:
            monkeypatch.undo()
            found = contents(out)
            assert found in (old, contents_of_new(new, out.parent)), (
                f"killed at step {kill_at} ({done[-1]}): a mix of old and new files"
            )
            kill_at += 1
            continue
        monkeypatch.undo()
        break
    assert kill_at > 1
    assert contents(out) == contents_of_new(new, out.parent)


def contents_of_new(new: WorkshopData, where: Path) -> dict[str, bytes]:
    from coprod_desktop.exports.csv_export import csv_files

    return dict(sorted(csv_files(new).items()))


KILLER = """
import os, signal, sys
from pathlib import Path
from coprod_desktop.db.library import open_library
from coprod_desktop.exports.csv_export import write_csv
from coprod_desktop.services.workshops import load_workshop

db = open_library(Path(sys.argv[1]))
data = load_workshop(db, int(sys.argv[2]))
count = [0]
for name in ("replace", "rename", "fsync"):
    real = getattr(os, name)
    def step(*args, _real=real, **kwargs):
        count[0] += 1
        if count[0] == int(sys.argv[4]):
            os.kill(os.getpid(), signal.SIGKILL)
        return _real(*args, **kwargs)
    setattr(os, name, step)
write_csv(data, Path(sys.argv[3]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_real_kill_part_way_leaves_the_old_set(db: Database, tmp_path: Path) -> None:
    """A separate process killed (SIGKILL: no clean-up at all) as its second step reaches
    the disk: after the first file, before the set is complete."""
    out = folder(tmp_path) / "csv"
    write_csv(workshop(db, "Old buses"), out)
    old = contents(out)
    new_id = workshops.create_workshop(db, "New").id
    fill(db, new_id, "New trams")
    db.checkpoint()
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(db.path), str(new_id), str(out), "2"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == -9, done.stderr
    assert contents(out) == old


def test_a_folder_holding_other_files_is_refused_untouched(db: Database, tmp_path: Path) -> None:
    """Swapping in a new set would lose them; the three CSV files are not scattered among
    them either."""
    photos = folder(tmp_path)
    (photos / "holiday.jpg").write_bytes(b"\xff\xd8 photo")
    with pytest.raises(ExportRefused, match=r"holds other files \(holiday\.jpg\)"):
        write_csv(workshop(db, "Buses"), photos)
    assert [p.name for p in photos.iterdir()] == ["holiday.jpg"]


def test_a_new_folder_gets_the_set(db: Database, tmp_path: Path) -> None:
    out = folder(tmp_path) / "new csv"
    write_csv(workshop(db, "Buses"), out)
    assert [p.name for p in sorted(out.iterdir())] == NAMES
    assert [p.name for p in out.parent.iterdir()] == ["new csv"]


def test_what_a_file_manager_leaves_is_kept_not_refused(db: Database, tmp_path: Path) -> None:
    out = folder(tmp_path) / "csv"
    write_csv(workshop(db, "Old buses"), out)
    (out / ".DS_Store").write_bytes(b"Bud1 finder")
    (out / "desktop.ini").write_text("[.ShellClassInfo]")
    write_csv(workshop(db, "New trams"), out)
    assert sorted(p.name for p in out.iterdir()) == sorted([".DS_Store", "desktop.ini", *NAMES])
    assert (out / ".DS_Store").read_bytes() == b"Bud1 finder"
    assert b"New trams" in (out / "ideas.csv").read_bytes()
