"""Publishing the large workshop (2,000 ideas, 60 people, 10 closed rounds of 60 ballots,
100 actions: ``large_workshop.py``) from a laptop library to the organisation's archive:
a first publish (a new copy) and publishing again (the copy replaced in place), on a
SQLite archive file and on a local PostgreSQL started as the tests start theirs
(``tests/postgres_server.py``: a throwaway server on a Unix socket; it runs with
``fsync=off``, so a real server's disk adds its commit time).

Run: .venv/bin/python tests/benchmarks/bench_publish.py
Target: a publish under 3 s. Timed: the publish itself (``publish_workshop``: read the
workshop, make the archive's copy, check and write it in one transaction), then the
command line from start to exit (``publish ID --to ARCHIVE``, Python and imports included).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_workshop import large_workshop_document

from coprod_desktop.db.engine import Database
from coprod_desktop.db.library import open_library
from coprod_desktop.exports.publish import open_archive, publish_workshop
from coprod_desktop.exports.workshop_json import import_workshop
from coprod_desktop.services.workshops import load_workshop

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def median_of(runs: int, what: Callable[[], object]) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        what()
        times.append(time.perf_counter() - begin)
    return statistics.median(times), times


def report(name: str, laptop: Database, workshop_id: int, archive_at: str) -> None:
    archive, lock = open_archive(archive_at, laptop)
    try:
        begin = time.perf_counter()
        first = publish_workshop(laptop, workshop_id, archive)
        new = time.perf_counter() - begin
        assert not first.updated
        median, times = median_of(RUNS, lambda: publish_workshop(laptop, workshop_id, archive))
        copy = load_workshop(archive, first.archive_id)
        assert len(copy.ideas) == 2000 and len(copy.rounds) == 10
        assert sum(len(rd.ballots) for rd in copy.rounds) == 600
    finally:
        archive.close()
        lock.release()
    print(f"{name}: first publish (a new copy) {new:.2f} s; publishing again (replaced in "
          f"place) median {median:.2f} s of {RUNS} ({min(times):.2f}–{max(times):.2f} s); "
          "target < 3 s")  # fmt: skip
    assert laptop.path is not None
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(laptop.path), "publish",
               str(workshop_id), "--to", archive_at]  # fmt: skip
    median, times = median_of(3, lambda: subprocess.run(command, check=True, capture_output=True))
    print(f"{name}: the command line, start to exit: median {median:.2f} s of 3 "
          f"({min(times):.2f}–{max(times):.2f} s)")  # fmt: skip


def bench_postgres(laptop: Database, workshop_id: int) -> None:
    from postgres_server import PostgresServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL: skipped (PostgreSQL is not installed)")
        return
    server = PostgresServer(bindir)
    try:
        server.start()
        url = server.url(server.create_database())
        open_library(url).close()  # made and migrated once, as an archive is set up
        report("PostgreSQL", laptop, workshop_id, url)
    finally:
        server.stop()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        laptop = open_library(Path(folder) / "laptop.db")
        try:
            begin = time.perf_counter()
            workshop = import_workshop(laptop, large_workshop_document())
            print(f"laptop: the large workshop imported in {time.perf_counter() - begin:.2f} s")
            archive = Path(folder) / "archive.db"
            open_library(archive).close()
            report("SQLite", laptop, workshop.id, str(archive))
            bench_postgres(laptop, workshop.id)
        finally:
            laptop.close()


if __name__ == "__main__":
    main()
