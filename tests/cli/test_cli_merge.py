"""`merge FILE.json... --title TITLE`: one plenary workshop, its id printed; refusals in
one line naming the file, nothing written; a library the app has open is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from merge_tables import TABLES, build_tables
from test_cli import call

from coprod_desktop.app import main
from coprod_desktop.db.library import open_library
from coprod_desktop.db.lock import LibraryLock
from coprod_desktop.services import workshops


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    """The three tables' files, made in a library of their own."""
    source = open_library(tmp_path / "tables.db", create=True)
    try:
        return [str(p) for p in build_tables(source, tmp_path).paths]
    finally:
        source.close()


def test_merge_prints_the_new_workshops_id(tmp_path, capsys, files):
    library = str(tmp_path / "plenary.db")  # created, as import creates one
    code, out, err = call(capsys, "--db", library, "merge", *files, "--title", "Plenary")
    assert (code, out, err) == (0, "1\n", "")
    db = open_library(Path(library))
    try:
        data = workshops.load_workshop(db, 1)
    finally:
        db.close()
    assert data.workshop.title == "Plenary"
    assert sorted({i.table_name for i in data.ideas}) == list(TABLES)
    assert len(data.ideas) == 7 and len(data.rounds) == 4


def test_a_bad_file_is_one_line_naming_it_and_nothing_is_written(tmp_path, capsys, files):
    library = tmp_path / "plenary.db"
    open_library(library, create=True).close()
    before = library.read_bytes()
    Path(files[1]).write_text("[]", encoding="utf-8")
    code, out, err = call(capsys, "--db", str(library), "merge", *files, "--title", "Plenary")
    assert (code, out) == (1, "")
    assert err == ("error: table2.json: the file is not a workshop file (expected a JSON object)\n")
    assert library.read_bytes() == before


def test_the_title_is_required(tmp_path, capsys, files):
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(tmp_path / "x.db"), "merge", *files])
    assert exited.value.code == 2
    assert "--title" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_merge_refuses_a_library_the_app_has_open(tmp_path, capsys, files):
    library = tmp_path / "plenary.db"
    open_library(library, create=True).close()
    held = LibraryLock(library)
    held.acquire()
    try:
        code, out, err = call(capsys, "--db", str(library), "merge", *files, "--title", "P")
    finally:
        held.release()
    assert (code, out) == (1, "")
    assert err.startswith("error: ") and "already open" in err
    db = open_library(library)
    try:
        assert workshops.list_workshops(db) == []
    finally:
        db.close()
