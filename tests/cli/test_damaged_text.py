"""A damaged library holding text that is not UTF-8: listing and exporting say which
record of which workshop holds it, in one line, never "something unexpected"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cli import call, run

from coprod_desktop.db.errors import DamagedLibrary
from coprod_desktop.db.library import open_library
from coprod_desktop.services import board, workshops

BAD = "CAST(x'4f6bff20c3' AS TEXT)"  # "Ok", then bytes that are not UTF-8
DAMAGED = "holds text that is not valid UTF-8; the library may be damaged."


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, int, int]:
    """A library of two workshops; the second's third idea will be damaged."""
    path = tmp_path / "lib.db"
    db = open_library(path, create=True)
    workshops.create_workshop(db, "Fine")
    w = workshops.create_workshop(db, "Bus review")
    idea = 0
    for text in ("Later buses", "Quiet room", "Ramps"):
        idea = board.capture_idea(db, w.id, text).idea.id
    db.close()
    return path, w.id, idea


def damage(path: Path, sql: str, *params: object) -> None:
    """Write raw bytes as another program (or a bad disk) would."""
    with sqlite3.connect(path) as con:
        con.execute(sql, params)
    con.close()


def test_exporting_names_the_idea_and_its_workshop(library, tmp_path, capsys):
    path, wid, idea = library
    damage(path, f"UPDATE ideas SET text = {BAD} WHERE id = ?", idea)
    expected = (
        f"error: idea {idea} of workshop {wid} {DAMAGED} A backup copy may still hold it whole.\n"
    )
    for fmt, name in (("json", "w.json"), ("csv", "w.zip"), ("pdf", "w.pdf")):
        out = tmp_path / name
        code, stdout, err = call(
            capsys, "--db", str(path), "export", str(wid), "--format", fmt, "--out", str(out)
        )
        assert (code, stdout, err) == (1, "", expected)
        assert not out.exists()
    code, stdout, _ = call(capsys, "--db", str(path), "list")
    assert code == 0 and "Bus review" in stdout  # the titles are whole: listing works


def test_listing_names_the_workshop_without_a_traceback(library):
    path, wid, _ = library
    damage(path, f"UPDATE workshops SET title = {BAD} WHERE id = ?", wid)
    code, out, err = run("--db", str(path), "list")
    assert (code, out) == (1, "")
    assert err == f"error: workshop {wid} {DAMAGED} A backup copy may still hold it whole.\n"
    assert "Traceback" not in err and "unexpected" not in err


def test_the_library_layer_refuses_in_words(library):
    path, wid, _ = library
    damage(path, f"UPDATE notes SET text = {BAD}")  # no notes: nothing damaged
    damage(
        path,
        f"INSERT INTO notes (workshop_id, stage_id, text, created_at) VALUES (?, NULL, {BAD}, "
        "'2026-11-28 10:00:00.000000')",
        wid,
    )
    db = open_library(path)
    try:
        with pytest.raises(DamagedLibrary) as caught:
            workshops.load_workshop(db, wid)
    finally:
        db.close()
    message = caught.value.message
    assert str(message).startswith(f"note 1 of workshop {wid} {DAMAGED}")
    assert message.params["what"].context == "record"  # the interface translates it
