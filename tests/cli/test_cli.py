"""The command line: exit codes, one-line errors, and never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop import __version__
from coprod_desktop.app import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str, str]:
    """The program as a user starts it: a separate process, through main.py."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout, done.stderr


def call(capsys, *args: str) -> tuple[int, str, str]:
    """The same, in this process (quicker)."""
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out = capsys.readouterr()
    return exited.value.code, out.out, out.err


def test_version():
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"coprod-desktop {__version__}"


def test_demo_list_export_import_round_trip(tmp_path):
    library = str(tmp_path / "lib.db")
    code, out, err = run("--db", library, "demo")
    assert (code, err) == (0, "")
    demo_id = out.strip()
    assert demo_id.isdigit()
    code, out, _ = run("--db", library, "list")
    assert code == 0
    assert out == f"{demo_id}\t2026-11-26\tOakfield Day Centre: what next?\n"
    exported = tmp_path / "oakfield.json"
    code, out, err = run(
        "--db", library, "export", demo_id, "--format", "json", "--out", str(exported)
    )
    assert (code, out, err) == (0, "", "")
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "coprod-workshop" and len(document["ideas"]) == 44
    code, out, err = run("--db", library, "import", str(exported))
    assert code == 0 and out.strip().isdigit() and out.strip() != demo_id
    code, out, _ = run("--db", library, "list")
    assert out.count("Oakfield Day Centre") == 2


def test_an_import_error_is_one_line_naming_the_json_path(tmp_path, capsys):
    library = str(tmp_path / "lib.db")
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "coprod-workshop",
                "version": 1,
                "workshop": {"title": "T"},
                "themes": [{"id": "t1", "name": "A"}],
                "ideas": [{"id": f"i{n}", "text": "x", "theme": "t1"} for n in range(3)]
                + [{"id": "i3", "text": "x", "theme": "t9"}],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run("--db", library, "import", str(bad))
    assert code == 1 and out == ""
    assert err == 'error: ideas[3].theme: no theme "t9"\n'
    code, out, _ = call(capsys, "--db", library, "list")
    assert (code, out) == (0, "")


def test_a_mistyped_library_is_an_error_not_a_new_library(tmp_path, capsys):
    typo = tmp_path / "libary.db"
    code, out, err = call(capsys, "--db", str(typo), "list")
    assert code == 1 and out == ""
    assert err.startswith("error: there is no library at") and err.count("\n") == 1
    code, _, err = call(
        capsys,
        "--db",
        str(typo),
        "export",
        "1",
        "--format",
        "json",
        "--out",
        str(tmp_path / "x.json"),
    )
    assert code == 1 and "no library" in err
    assert not typo.exists()


def test_a_file_that_is_not_a_library_is_refused_and_untouched(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 50, encoding="utf-8")
    before = notes.read_bytes()
    code, out, err = run("--db", str(notes), "list")
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.startswith("error: notes.txt is not a workshop library")
    assert notes.read_bytes() == before


def test_exporting_a_workshop_that_does_not_exist(tmp_path, capsys):
    library = str(tmp_path / "lib.db")
    call(capsys, "--db", library, "demo")
    code, _, err = call(
        capsys,
        "--db",
        library,
        "export",
        "99",
        "--format",
        "json",
        "--out",
        str(tmp_path / "o.json"),
    )
    assert code == 1 and err == "error: there is no workshop 99; 'list' shows their ids\n"


def test_exporting_into_a_missing_folder(tmp_path, capsys):
    library = str(tmp_path / "lib.db")
    call(capsys, "--db", library, "demo")
    code, _, err = call(
        capsys,
        "--db",
        library,
        "export",
        "1",
        "--format",
        "json",
        "--out",
        str(tmp_path / "nope" / "o.json"),
    )
    assert code == 1 and err.startswith("error: the folder") and "does not exist" in err


def test_importing_a_missing_file(tmp_path, capsys):
    code, _, err = call(
        capsys, "--db", str(tmp_path / "lib.db"), "import", str(tmp_path / "gone.json")
    )
    assert code == 1 and err.startswith("error: there is no file at")


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["export", "1", "--out", "x.json"],
        ["export", "one", "--format", "json", "--out", "x.json"],
        ["export", "1", "--format", "docx", "--out", "x.docx"],
        ["import"],
    ],
)
def test_wrong_usage_exits_2(capsys, args):
    code, out, err = call(capsys, *args)
    assert code == 2 and out == "" and "usage:" in err


def test_the_default_library_is_used_without_db(capsys, tmp_path):
    code, out, _ = call(capsys, "list")
    assert code == 1
    code, out, _ = call(capsys, "demo")
    assert code == 0
    code, out, _ = call(capsys, "list")
    assert code == 0 and "Oakfield" in out


def test_a_library_that_cannot_be_made_there_is_one_line(tmp_path):
    """Creating a library where no file can be made (here, "inside" a plain file):
    one line naming the library, never a traceback or a temporary file's name."""
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    target = blocker / "lib.db"
    result = subprocess.run(
        [sys.executable, "-m", "coprod_desktop", "--db", str(target), "demo"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: Cannot create a library at {target}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and ".creating" not in result.stderr
