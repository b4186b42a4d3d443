"""Foundation figures (issue 2): durable ballots, importing and exporting a large workshop.

Run: .venv/bin/python tests/benchmarks/bench_foundation.py
Targets: ballot median < 10 ms with 100 already cast; import < 2 s; export < 1 s.
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


def _cast_times(folder: Path, name: str, count: int) -> list[float]:
    """Milliseconds for each of ``count`` ballots cast one after another in one round."""
    db = open_library(folder / f"{name}.db")
    w = workshops.create_workshop(db, "Ballots")
    ideas = [board.capture_idea(db, w.id, f"Idea {n}").idea.id for n in range(20)]
    names = [people.NameLine(f"Voter {n}", None) for n in range(count)]
    voters = [p.id for p in people.add_participants_from_list(db, w.id, names)]
    rd = voting.create_round(db, w.id, "Q", dots_per_voter=3, max_dots_per_item=2)
    voting.open_round(db, rd.id)
    times = []
    for n, voter in enumerate(voters):
        start = time.perf_counter()
        voting.cast_ballot(db, rd.id, voter, {ideas[n % 20]: 2, ideas[(n + 7) % 20]: 1})
        times.append((time.perf_counter() - start) * 1000)
    db.close()
    return times


def bench_ballots(folder: Path) -> None:
    """Each cast stores the round's whole register and box again, shuffled, and folds the
    log into the file: its cost grows with the ballots already cast."""
    floor = bare_commit_ms(folder)
    print(f"a bare durable SQLite commit on this disk: median {floor:.2f} ms")
    times = _cast_times(folder, "ballots", 200)
    late = sorted(times[100:])
    print(
        f"cast a ballot with 100-199 already in the round (shuffled box, log folded in): "
        f"median {statistics.median(late):.2f} ms, p95 {late[94]:.2f} ms, max {late[-1]:.2f} ms, "
        f"{statistics.median(late) / floor:.1f}x the bare commit (target: median < 10 ms)"
    )
    big = sorted(_cast_times(folder, "big-round", 1000)[900:])
    print(
        f"cast a ballot with 900-999 already in the round: median {statistics.median(big):.2f} ms "
        f"(no target; a room is rarely over 100)"
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
