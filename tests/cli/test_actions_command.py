"""``coprod-desktop --db LIBRARY actions``: one aligned line per action, overdue first, or
a CSV file; wrong usage and bad libraries told in one line."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from register_workshops import EXPECTED_ORDER, TODAY, make_register

from coprod_desktop.app import main
from coprod_desktop.db.library import open_library
from coprod_desktop.services import action_register

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def library(tmp_path: Path, _empty_library: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import shutil

    path = tmp_path / "archive.db"
    shutil.copyfile(_empty_library, path)
    db = open_library(path)
    make_register(db)
    db.close()
    monkeypatch.setattr(action_register, "this_day", lambda: TODAY)
    return path


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out = capsys.readouterr()
    return exited.value.code, out.out, out.err  # type: ignore[return-value]


def test_one_aligned_line_per_action_overdue_first(library: Path, capsys) -> None:
    code, out, err = call(capsys, "--db", str(library), "actions")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == len(EXPECTED_ORDER)
    for line, title in zip(lines, EXPECTED_ORDER, strict=True):
        assert title in line
    assert lines[0] == (
        "OVERDUE  2026-11-01  Agreed       Ask the council about Sunday buses  Aled"
        + " " * 21
        + "  #1 2026-09-10 Library hours"
    )
    assert lines[1].startswith("OVERDUE  2026-11-30  Agreed       Plant trees along the ŵyr path")
    assert lines[1].endswith("#3 2026-11-05 Parc y Rhath")
    assert lines[7].startswith("         -           Proposed     Survey for a quiet room")
    assert "A participant  " in lines[7] and "Hidden" not in out and "Secret" not in out
    # The columns line up: each action's title starts at the same place.
    starts = {line.index(title) for line, title in zip(lines, EXPECTED_ORDER, strict=True)}
    assert starts == {34}


def test_filters_from_the_command_line(library: Path, capsys) -> None:
    db = str(library)
    code, out, _ = call(capsys, "--db", db, "actions", "--overdue")
    assert code == 0 and [line.split("  ")[0] for line in out.splitlines()] == ["OVERDUE"] * 3
    code, out, _ = call(capsys, "--db", db, "actions", "--status", "open", "--overdue")
    assert code == 0 and len(out.splitlines()) == 3
    code, out, _ = call(capsys, "--db", db, "actions", "--status", "done")
    assert code == 0 and out.startswith("2026-10-01  Done  Fix the lift  Estates team  #1 ")
    code, out, _ = call(
        capsys, "--db", db, "actions", "--status", "open", "--due-after", "2026-12-07"
    )
    assert [EXPECTED_ORDER.index(t) for t in EXPECTED_ORDER if t in out] == [5, 6]
    code, out, _ = call(capsys, "--db", db, "actions", "--organisation", "Bro Morgannwg")
    assert code == 0 and len(out.splitlines()) == 1 and "Parc y Rhath" in out
    code, out, _ = call(
        capsys, "--db", db, "actions", "--owner", "team", "--due-before", "2026-12-08"
    )
    assert code == 0 and len(out.splitlines()) == 2
    code, out, err = call(capsys, "--db", db, "actions", "--status", "dropped", "--overdue")
    assert (code, out, err) == (0, "", "No actions match.\n")


def test_the_csv_file(library: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "actions.csv"
    code, out, err = call(capsys, "--db", str(library), "actions", "--csv", str(out_file))
    assert (code, out, err) == (0, "", "")
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == [
        "Overdue", "Action", "Status", "Due", "Owner", "Owner's group", "Workshop",
        "Workshop date", "Organisation", "Answers ideas", "Answers themes", "Notes",
        "Workshop ID", "Action ID",
    ]  # fmt: skip
    assert [r[1] for r in rows[1:]] == EXPECTED_ORDER
    assert rows[1] == [
        "Yes", "Ask the council about Sunday buses", "Agreed", "2026-11-01", "Aled",
        "Residents", "Library hours", "2026-09-10", "Cardiff Council",
        "Later buses\nOpen on Sundays", "Transport", "", "1", rows[1][13],
    ]  # fmt: skip
    by_title = {r[1]: r for r in rows[1:]}
    assert by_title["Trial Sunday opening"][4:6] == ["A participant (Residents)", "Residents"]
    assert by_title["Members plan the menu"][0] == "No"
    assert by_title["Members plan the menu"][11] == "Start in January"
    assert by_title["Plant trees along the ŵyr path"][10] == "Gwyrdd\nShade"
    # Text a spreadsheet would run as a formula is made safe.
    assert by_title["Reopen the old café"][4] == "'=cmd|' /C calc'!A0"
    assert by_title["Survey for a quiet room"][9] == "'=A quiet room"
    code, _, _ = call(capsys, "--db", str(library), "actions", "--overdue", "--csv", str(out_file))
    rows = list(csv.reader(io.StringIO(out_file.read_text("utf-8-sig"), newline="")))
    assert code == 0 and [r[0] for r in rows[1:]] == ["Yes"] * 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--csv", "{tmp}"], "is a folder; give a file name"),
        (["--csv", "{tmp}/no/such/folder/a.csv"], "does not exist"),
        (["--csv", "/dev/null"], "is a device, not a file"),
    ],
)
def test_a_bad_csv_place_is_one_line(
    library: Path, tmp_path: Path, capsys, args: list[str], message: str
) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    code, out, err = call(capsys, "--db", str(library), "actions", *args)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_a_bad_library_is_one_line_and_nothing_is_made(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "typo.db"
    code, out, err = call(capsys, "--db", str(missing), "actions")
    assert (code, out) == (
        1,
        "",
    ) and err == f"error: there is no library at {missing}; check the path\n"
    assert not missing.exists()
    text = tmp_path / "notes.txt"
    text.write_text("not a library", encoding="utf-8")
    code, out, err = call(capsys, "--db", str(text), "actions")
    assert (code, out) == (1, "") and err.startswith("error: notes.txt is not a workshop library")
    assert err.count("\n") == 1 and text.read_text(encoding="utf-8") == "not a library"


def test_wrong_usage_exits_2(library: Path, capsys) -> None:
    code, _, err = call(capsys, "--db", str(library), "actions", "--status", "late")
    assert code == 2 and "invalid choice: 'late'" in err and "Traceback" not in err
    code, _, err = call(capsys, "--db", str(library), "actions", "--due-before", "31/01/2027")
    assert code == 2 and "'31/01/2027' is not a date like 2027-01-31" in err


def test_as_a_user_runs_it(library: Path) -> None:
    """A separate process through main.py, on the real date: every action, one line each."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(library), "actions", "--status", "open"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert len(done.stdout.splitlines()) == 6


def test_the_command_offers_the_statuses_the_register_knows() -> None:
    from coprod_desktop import cli

    assert cli.ACTION_STATUS_CHOICES == action_register.STATUS_CHOICES


def test_an_archive_on_postgresql(
    postgres_database: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The organisation's archive: the same lines from a PostgreSQL URL."""
    db = open_library(postgres_database)
    make_register(db)
    db.close()
    monkeypatch.setattr(action_register, "this_day", lambda: TODAY)
    code, out, err = call(capsys, "--db", postgres_database, "actions", "--status", "open")
    assert (code, err) == (0, "")
    assert [line.split("  ")[0] for line in out.splitlines()][:3] == ["OVERDUE"] * 3
    assert [t for t in EXPECTED_ORDER if t in out] == [
        EXPECTED_ORDER[n] for n in (0, 1, 2, 5, 6, 7)
    ]


def test_reading_needs_no_lock(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A library the app has open (its lock held) still lists its actions; a writing
    command is refused meanwhile, so the lock is really held."""
    from coprod_desktop.db.lock import LibraryLock

    window = LibraryLock(library)  # as the app holding the library does
    window.acquire()
    try:
        code, _out, err = call(capsys, "--db", str(library), "demo")
        assert code == 1 and err.startswith("error: ")
        code, out, err = call(capsys, "--db", str(library), "actions", "--overdue")
        assert (code, err) == (0, "") and len(out.splitlines()) == 3
    finally:
        window.release()
