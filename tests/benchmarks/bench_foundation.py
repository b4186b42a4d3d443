"""Foundation figures (issue 2): durable ballots, importing and exporting a large workshop.

Run: .venv/bin/python tests/benchmarks/bench_foundation.py
Targets: ballot median < 5 ms; import < 2 s; export < 1 s.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_workshop import large_workshop_document

from coprod_desktop.db.library import open_library
from coprod_desktop.exports.workshop_json import (
    import_workshop_file,
    write_workshop_file,
)
from coprod_desktop.services import board, people, voting, workshops


def bare_commit_ms(folder: Path) -> float:
    """The floor on this disk: one row, one durable commit, plain sqlite3, same settings."""
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (x)")
    times = []
    for n in range(500):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?)", (n,))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(times)


def bench_ballots(folder: Path) -> None:
    db = open_library(folder / "ballots.db")
    w = workshops.create_workshop(db, "Ballots")
    ideas = [board.capture_idea(db, w.id, f"Idea {n}").idea.id for n in range(20)]
    names = [people.NameLine(f"Voter {n}", None) for n in range(1000)]
    voters = [p.id for p in people.add_participants_from_list(db, w.id, names)]
    rd = voting.create_round(db, w.id, "Q", dots_per_voter=3, max_dots_per_item=2)
    voting.open_round(db, rd.id)
    times = []
    for n, voter in enumerate(voters):
        start = time.perf_counter()
        voting.cast_ballot(db, rd.id, voter, {ideas[n % 20]: 2, ideas[(n + 7) % 20]: 1})
        times.append((time.perf_counter() - start) * 1000)
    db.close()
    times.sort()
    floor = bare_commit_ms(folder)
    print(f"a bare durable SQLite commit on this disk: median {floor:.2f} ms")
    print(
        f"cast 1,000 ballots, one durable commit each: median {statistics.median(times):.2f} ms, "
        f"p95 {times[949]:.2f} ms, max {times[-1]:.2f} ms, "
        f"{statistics.median(times) / floor:.1f}x the bare commit (target: median < 5 ms)"
    )


def bench_import_export(folder: Path) -> None:
    source = folder / "large.json"
    source.write_text(json.dumps(large_workshop_document()), encoding="utf-8")
    db = open_library(folder / "large.db")
    start = time.perf_counter()
    record = import_workshop_file(db, source)
    imported = time.perf_counter() - start
    start = time.perf_counter()
    write_workshop_file(workshops.load_workshop(db, record.id), folder / "out.json")
    exported = time.perf_counter() - start
    db.close()
    print(
        "import 2,000 ideas, 60 participants, 10 rounds x 60 ballots, 100 actions: "
        f"{imported:.2f} s (target < 2 s)"
    )
    print(f"export the same workshop to JSON: {exported:.2f} s (target < 1 s)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        bench_ballots(Path(tmp))
        bench_import_export(Path(tmp))
