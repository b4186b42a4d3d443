"""Publishing from several processes: two laptops at once both succeed (one copy of a
workshop they both publish), and a publish killed or cut off half-way leaves the archive
exactly as it was. On a file archive and on PostgreSQL.

The child processes below stop inside the archive's transaction when told to (after its
N-th flush, waiting for a line on stdin), so "half-way" and "at the same moment" are
places in the transaction rather than guesses at timings."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.large_workshop import large_workshop_document
from sqlalchemy import select, text

from coprod_desktop.db import models as m
from coprod_desktop.db.engine import Database
from coprod_desktop.db.library import open_library
from coprod_desktop.exports.workshop_json import import_workshop
from coprod_desktop.services import board, workshops

ROOT = Path(__file__).resolve().parents[2]

# A publish that stops after the archive's N-th flush (0: never) until it reads a line.
CHILD = """
import sys
from sqlalchemy import event
from sqlalchemy.orm import Session
from coprod_desktop.db.library import open_library
from coprod_desktop.exports.publish import open_archive, publish_workshop

laptop, archive_at, workshop_id, pause_at = sys.argv[1:5]
flushes = 0

@event.listens_for(Session, "after_flush")
def _flushed(session, context):
    global flushes
    flushes += 1
    if flushes == int(pause_at):
        print("paused", flush=True)
        sys.stdin.readline()

library = open_library(laptop, create=False)
archive, lock = open_archive(archive_at, library)
try:
    result = publish_workshop(library, int(workshop_id), archive)
except Exception as exc:
    print("failed:", type(exc).__name__, exc, flush=True)
    raise SystemExit(1)
finally:
    archive.close()
    lock.release()
print("published", result.archive_id, "updated" if result.updated else "new", flush=True)
"""


class Publisher:
    """One child publishing ``workshop_id`` of ``laptop`` to ``archive``."""

    def __init__(self, laptop: Path, archive: str, workshop_id: int, pause_at: int = 0) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(laptop), archive, str(workshop_id), str(pause_at)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )

    def line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def finish(self) -> tuple[int, str, str]:
        out, err = self.process.communicate(timeout=90)
        return self.process.returncode, out.strip(), err

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.finish()


def archive_location(library: Database) -> str:
    """What a user types to reach ``library``."""
    if library.path is not None:
        return str(library.path)
    return library.engine.url.render_as_string(hide_password=False)


def contents(db: Database) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table, in key order: the archive as a reader finds it."""
    with db.transaction() as session:
        return [
            (
                table.name,
                [
                    tuple(row)
                    for row in session.execute(
                        select(table).order_by(*table.primary_key.columns)
                    ).all()
                ],
            )
            for table in m.Base.metadata.sorted_tables
        ]


@pytest.fixture
def laptop(tmp_path: Path, _empty_library: Path) -> Iterator[Database]:
    path = tmp_path / "laptop.db"
    shutil.copyfile(_empty_library, path)
    database = open_library(path)
    yield database
    database.close()


def copy_laptop(laptop: Database, name: str) -> Path:
    """A second laptop holding the same workshops (same uids): a copy of the file."""
    assert laptop.path is not None
    laptop.checkpoint()
    other = laptop.path.with_name(name)
    shutil.copyfile(laptop.path, other)
    return other


def test_two_laptops_publishing_at_once_both_succeed(laptop, library):
    one = workshops.create_workshop(laptop, "Table one")
    board.capture_idea(laptop, one.id, "A bench by the bus stop")
    assert laptop.path is not None
    other = copy_laptop(laptop, "other.db")
    second_laptop = open_library(other)
    two = workshops.create_workshop(second_laptop, "Table two")
    board.capture_idea(second_laptop, one.id, "Only on the second laptop")
    second_laptop.close()
    where = archive_location(library)

    # The first stops half-way through its transaction; the second laptop starts
    # meanwhile, publishing another workshop, then the same one.
    first = Publisher(laptop.path, where, one.id, pause_at=1)
    assert first.line() == "paused"
    another, same = Publisher(other, where, two.id), Publisher(other, where, one.id)
    if library.is_server:
        # PostgreSQL: the other workshop goes in while the first is still under way, and
        # the same one waits on the first's uncommitted copy (the uid is unique).
        # (its archive id depends on the ids the paused transaction took: not asserted)
        code, line = another.finish()[:2]
        assert code == 0 and re.fullmatch(r"published \d+ new", line), line
        wait_for_a_lock_wait(library)
    first.go()
    results = [first.finish(), another.finish(), same.finish()]

    assert [code for code, _, _ in results] == [0, 0, 0], results
    assert results[0][1] == "published 1 new"
    assert results[2][1] == "published 1 updated"  # after the first, replacing its copy
    titles = sorted((w.title, w.ideas) for w in workshops.list_workshops(library))
    assert titles == [("Table one", 2), ("Table two", 0)]  # one copy, the last one written


def wait_for_a_lock_wait(library: Database) -> None:
    """Until a session of the archive waits for another's lock (PostgreSQL)."""
    deadline = time.monotonic() + 60
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock'"
    )
    while time.monotonic() < deadline:
        with library.engine.connect() as conn:
            if conn.execute(query).scalar():
                return
        time.sleep(0.05)
    raise AssertionError("no publish waited for the other")


@pytest.mark.slow  # 9 s on a file, 16 s on PostgreSQL: a workshop of 600 ideas, 6 publishes
def test_a_publish_killed_or_cut_off_half_way_leaves_the_archive_as_it_was(laptop, library):
    big = import_workshop(laptop, large_workshop_document(ideas=600, people=30))
    assert laptop.path is not None
    where = archive_location(library)
    done = Publisher(laptop.path, where, big.id)
    assert done.finish()[0] == 0  # the archive holds a copy to be replaced
    workshops.update_workshop(laptop, big.id, title="Changed since")
    before = contents(library)

    # Killed at several places in the replacing transaction.
    for pause_at in (1, 4, 9, 15):
        child = Publisher(laptop.path, where, big.id, pause_at=pause_at)
        assert child.line() == "paused"
        child.kill()
        assert child.process.returncode == -signal.SIGKILL
        assert contents(library) == before, pause_at

    if library.is_server:  # the connection dropped by the server, half-way
        child = Publisher(laptop.path, where, big.id, pause_at=4)
        assert child.line() == "paused"
        with library.engine.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND application_name = 'coprod-desktop' AND state = 'idle in transaction'"
                )
            )
            conn.commit()
        child.go()
        code, out, _ = child.finish()
        assert code == 1 and out.startswith("failed: StorageFailed The connection to")
        assert contents(library) == before

    # And the publish does change the archive when left to finish (the check can fail).
    code, out, _ = Publisher(laptop.path, where, big.id).finish()
    assert code == 0 and out.endswith("updated")
    assert contents(library) != before
