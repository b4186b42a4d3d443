"""Opening libraries: new, reopened, migrated, and refused without being touched."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from coprod_desktop.db import models as m
from coprod_desktop.db.errors import (
    DamagedLibrary,
    LibraryLocked,
    LibraryMissing,
    NewerLibrary,
    NotALibrary,
)
from coprod_desktop.db.library import _migrate, head_revision, open_library
from coprod_desktop.db.lock import LibraryLock
from coprod_desktop.services import board, voting, workshops
from coprod_desktop.services.demo import create_demo_workshop


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_library_has_the_durability_settings(db):
    with db.engine.connect() as conn:
        pragma = conn.connection.dbapi_connection.execute
        assert pragma("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert pragma("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert pragma("PRAGMA foreign_keys").fetchone()[0] == 1
        assert pragma("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert pragma("PRAGMA application_id").fetchone()[0] == 0x43505244


def test_the_migrations_build_exactly_the_models(library):
    """On a file and on PostgreSQL: the same tables, columns, indexes and keys."""
    with library.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), m.Base.metadata)
    assert diff == []


def test_reopening_a_library_keeps_everything(library_path):
    db = open_library(library_path)
    demo = create_demo_workshop(db)
    before = workshops.load_workshop(db, demo.id)
    db.close()
    again = open_library(library_path)
    try:
        assert workshops.load_workshop(again, demo.id) == before
    finally:
        again.close()


def test_every_commit_is_in_the_file_while_the_app_is_still_running(library_path):
    """A plain reader of the file (a crash right now) sees what was just captured."""
    db = open_library(library_path)
    w = workshops.create_workshop(db, "Live")
    board.capture_idea(db, w.id, "Written at once")
    conn = sqlite3.connect(library_path)
    try:
        assert conn.execute("SELECT text FROM ideas").fetchall() == [("Written at once",)]
    finally:
        conn.close()
        db.close()


def make_old_library(path: Path) -> None:
    """A library at the first schema revision, with data in the tables a batch
    migration rebuilds (a cascade would have deleted their children)."""
    _migrate(path, to="0001")
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        INSERT INTO workshops (id, title, purpose, venue, facilitator, organisation, language,
                               created_at)
        VALUES (1, 'Old one', '', '', '', '', 'en', '2025-01-01 10:00:00');
        INSERT INTO participants (id, workshop_id, name, named_in_minutes, attended, position)
        VALUES (1, 1, 'Aled', 1, 1, 0);
        INSERT INTO ideas (id, workshop_id, text, colour, x, y, created_at, author_id)
        VALUES (1, 1, 'Keep me', '#FFF59D', 0, 0, '2025-01-01 10:05:00', 1);
        INSERT INTO actions (id, workshop_id, title, status, notes, position, created_at)
        VALUES (1, 1, 'Do it', 'agreed', '', 0, '2025-01-01 10:30:00');
        INSERT INTO action_links (id, action_id, idea_id) VALUES (1, 1, 1);
        """
    )
    conn.commit()
    conn.close()


def test_an_older_library_is_backed_up_then_migrated_without_losing_rows(library_path):
    make_old_library(library_path)
    db = open_library(library_path)
    try:
        data = workshops.load_workshop(db, 1)
        assert [i.text for i in data.ideas] == ["Keep me"]
        assert data.actions[0].idea_ids == (1,)
        assert data.workshop.follow_up_of_id is None
    finally:
        db.close()
    backups = list(library_path.parent.glob("library.backup-*-r0001.db"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert conn.execute("SELECT count(*) FROM action_links").fetchone() == (1,)
    conn.close()
    conn = sqlite3.connect(library_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    conn.close()


def test_a_newer_library_is_refused_untouched(library_path):
    open_library(library_path).close()
    conn = sqlite3.connect(library_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(library_path)
    with pytest.raises(NewerLibrary, match="newer version"):
        open_library(library_path)
    assert digest(library_path) == before
    assert not list(library_path.parent.glob("*.backup-*"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"Minutes of the meeting\nAled said hello\n" * 20, "not a database"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not a database"),
    ],
)
def test_a_file_that_is_not_a_library_is_refused_untouched(tmp_path, content, message):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(NotALibrary, match=message):
        open_library(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Aled')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotALibrary, match="another program's database"):
        open_library(path)
    assert digest(path) == before


def test_a_corrupt_library_is_refused_untouched(library_path):
    db = open_library(library_path)
    create_demo_workshop(db)
    db.close()
    data = bytearray(library_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # scramble every page after the second
        data[offset + 8 : offset + 200] = os.urandom(192)
    library_path.write_bytes(bytes(data))
    before = digest(library_path)
    with pytest.raises(DamagedLibrary, match="damaged"):
        open_library(library_path)
    assert digest(library_path) == before


def test_a_missing_library_is_not_created_when_asked_not_to(tmp_path):
    path = tmp_path / "typo.db"
    with pytest.raises(LibraryMissing, match="no library"):
        open_library(path, create=False)
    assert not path.exists()


def test_a_folder_is_not_a_library(tmp_path):
    with pytest.raises(NotALibrary, match="folder"):
        open_library(tmp_path)


def test_a_second_window_cannot_take_an_open_library(library_path):
    open_library(library_path).close()
    first = LibraryLock(library_path)
    first.acquire()
    with pytest.raises(LibraryLocked, match="already open in another coprod-desktop window"):
        LibraryLock(library_path).acquire()
    first.release()
    second = LibraryLock(library_path)
    second.acquire()
    assert second.held
    second.release()


def test_a_lock_left_by_a_killed_process_is_taken_over(library_path):
    open_library(library_path).close()
    script = textwrap.dedent(
        f"""
        import sys, time
        from coprod_desktop.db.lock import LibraryLock
        lock = LibraryLock(__import__("pathlib").Path({str(library_path)!r}))
        lock.acquire()
        print("locked", flush=True)
        time.sleep(60)  # holds the lock until the test kills it (not a wait in the test)
        """
    )
    # As a context manager, the child's pipe is closed when it is done with.
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "locked"
            with pytest.raises(LibraryLocked, match=f"process {child.pid}"):
                LibraryLock(library_path).acquire()
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
    lock = LibraryLock(library_path)
    lock.acquire()
    lock.release()


def test_closing_folds_the_log_into_the_file(library_path):
    db = open_library(library_path)
    w = workshops.create_workshop(db, "Copy me")
    rd = voting.create_round(db, w.id, "Q")
    assert rd.status == "draft"
    db.close()
    wal = library_path.with_name(library_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_quick_revision_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from coprod_desktop.db.revisions import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
