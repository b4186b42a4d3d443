"""Attacking a secret ballot as someone holding the library file would: hold an election
of 30 voters in a known random order, then pair the register with the ballots by every
order the file keeps (cells' places in their pages, the write-ahead log commit by commit,
plain SELECTs without ORDER BY) and count the voters each method names.

Pairing two lists of 30 at random names one voter on average; 7 or more happens about
once in 12,000 tries, so ``CHANCE`` (6) fails a leak and almost never a fair box.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_pages import Pages, insertion_order, wal_commits

from coprod_desktop.db.engine import Database, make_engine
from coprod_desktop.db.library import _migrate, open_library
from coprod_desktop.services import board, people, voting, workshops

VOTERS = 30
CHANCE = 6

# Columns that migrations after 0002 add to tables the set-up writes (not the ballots').
LATER_COLUMNS = (("workshops", "uid"), ("ideas", "table_name"), ("rounds", "table_name"))

Pair = tuple[int, str]  # (participant id, ballot id)


@dataclass
class Election:
    path: Path
    round_id: int
    order: list[int]  # participant ids in the order they voted
    choices: dict[int, dict[int, int]]  # participant id -> their dots
    files_after_each_cast: list[tuple[bytes, bytes]]  # the file and its log, as copied

    def truth(self, conn: sqlite3.Connection) -> dict[str, int]:
        """ballot id -> the voter who cast it (each voter's dots are unique)."""
        dots: dict[str, dict[int, int]] = {}
        for ballot, idea, count in conn.execute("SELECT ballot_id, idea_id, dots FROM ballot_dots"):
            dots.setdefault(ballot, {})[idea] = count
        voter_of = {frozenset(c.items()): p for p, c in self.choices.items()}
        return {ballot: voter_of[frozenset(d.items())] for ballot, d in dots.items()}


def _set_up(path: Path, revision: str | None) -> tuple[Database, int, list[int], list[int]]:
    if revision is None:
        db = open_library(path)
    else:  # a library as an earlier version made it, left at its revision
        _migrate(path, to=revision)
        conn = sqlite3.connect(path)  # the columns today's models write, for now
        for table, column in LATER_COLUMNS:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
        conn.close()
        db = Database(path, make_engine(path))
    w = workshops.create_workshop(db, "Secret ballot under attack")
    groups = [people.add_group(db, w.id, name).id for name in ("Residents", "Carers", "Staff")]
    ideas = [board.capture_idea(db, w.id, f"Idea {n}").idea.id for n in range(10)]
    voters = [
        people.add_participant(db, w.id, f"Voter {n:02d}", group_id=groups[n % 3]).id
        for n in range(VOTERS)
    ]
    rd = voting.create_round(db, w.id, "Which first?", dots_per_voter=3, max_dots_per_item=3)
    voting.open_round(db, rd.id)
    return db, rd.id, ideas, voters


def _distinct_choices(ideas: list[int], voters: list[int], rng: random.Random) -> dict:
    choices: dict[int, dict[int, int]] = {}
    seen: set[frozenset] = set()
    for voter in voters:
        while True:
            picked: dict[int, int] = {}
            for idea in rng.choices(ideas, k=3):
                picked[idea] = picked.get(idea, 0) + 1
            if frozenset(picked.items()) not in seen:
                break
        seen.add(frozenset(picked.items()))
        choices[voter] = picked
    return choices


def hold_election(
    path: Path, seed: int = 7, *, close: bool = True, revision: str | None = None
) -> Election:
    db, round_id, ideas, voters = _set_up(path, revision)
    rng = random.Random(seed)
    choices = _distinct_choices(ideas, voters, rng)
    order = voters[:]
    rng.shuffle(order)
    wal = Path(f"{path}-wal")
    snapshots = []
    for voter in order:
        voting.cast_ballot(db, round_id, voter, choices[voter])
        snapshots.append((path.read_bytes(), wal.read_bytes() if wal.exists() else b""))
    if close or revision is not None:
        db.engine.dispose()  # without a checkpoint of our own
    if revision is not None:  # the ballot tables keep the bytes as cast
        conn = sqlite3.connect(path)
        for table, column in LATER_COLUMNS:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.close()
    return Election(path, round_id, order, choices, snapshots)


# The attacks ---------------------------------------------------------------------------


def _register_order(pages: Pages, round_id: int) -> list[int]:
    cells = insertion_order(pages.rows("round_voters"))
    return [c.values[1] for c in cells if c.values[0] == round_id]


def _ballot_orders(pages: Pages, ballots: set[str]) -> dict[str, list[str]]:
    """For every b-tree that mentions ballots: ballots by their first appearance."""
    orders = {}
    for name in pages.schema():
        if name.startswith("sqlite_"):
            continue
        seen: dict[str, None] = {}
        for cell in insertion_order(pages.rows(name)):
            for value in cell.values:
                if value in ballots:
                    seen.setdefault(value)
        if seen:
            orders[name] = list(seen)
    return orders


def by_page_offsets(election: Election, pages: Pages, ballots: set[str]) -> dict[str, list[Pair]]:
    register = _register_order(pages, election.round_id)
    return {
        f"cell offsets: round_voters x {name}": list(zip(register, order, strict=False))
        for name, order in _ballot_orders(pages, ballots).items()
    }


def by_plain_selects(election: Election, conn: sqlite3.Connection) -> dict[str, list[Pair]]:
    rid = election.round_id
    register = [r[0] for r in conn.execute("SELECT participant_id FROM round_voters")]
    register_of_round = [
        r[0]
        for r in conn.execute("SELECT participant_id FROM round_voters WHERE round_id=?", (rid,))
    ]
    orders = {
        "ballots": [r[0] for r in conn.execute("SELECT id FROM ballots")],
        "ballots of the round": [
            r[0] for r in conn.execute("SELECT id FROM ballots WHERE round_id=?", (rid,))
        ],
        "dots": list(
            dict.fromkeys(r[0] for r in conn.execute("SELECT ballot_id FROM ballot_dots"))
        ),
        "dots, no index": list(
            dict.fromkeys(
                r[0] for r in conn.execute("SELECT ballot_id FROM ballot_dots NOT INDEXED")
            )
        ),
    }
    return {
        f"SELECT: {who} x {name}": list(zip(voters, order, strict=False))
        for who, voters in (("register", register), ("register of round", register_of_round))
        for name, order in orders.items()
    }


def _state(pages: Pages, round_id: int) -> tuple[set[int], set[str]]:
    voters = {c.values[1] for c in pages.rows("round_voters") if c.values[0] == round_id}
    ballots = {c.values[0] for c in pages.rows("ballots") if c.values[1] == round_id}
    return voters, ballots


def by_wal_commits(election: Election, copies: list[tuple[bytes, bytes]]) -> dict[str, list[Pair]]:
    """Replay each copy of the log over its file, commit by commit: a commit that adds one
    voter to the register and one ballot to the box pairs them."""
    pairs: list[Pair] = []
    for base, wal in copies:
        page_size = Pages(base).page_size
        previous = _state(Pages(base), election.round_id)
        for commit in wal_commits(wal, page_size):
            now = _state(Pages(base, commit), election.round_id)
            new_voters, new_ballots = now[0] - previous[0], now[1] - previous[1]
            if len(new_voters) == 1 and len(new_ballots) == 1:
                pairs.append((new_voters.pop(), new_ballots.pop()))
            previous = now
    return {"write-ahead log, commit by commit": list(dict.fromkeys(pairs))}


def attack(election: Election, *, base: bytes | None = None) -> dict[str, int]:
    """Voters named correctly, by method."""
    conn = sqlite3.connect(f"{election.path.as_uri()}?mode=ro", uri=True)
    try:
        truth = election.truth(conn)
        pages = Pages(base if base is not None else election.path.read_bytes())
        methods = by_page_offsets(election, pages, set(truth))
        methods |= by_plain_selects(election, conn)
    finally:
        conn.close()
    final_wal = Path(f"{election.path}-wal")
    copies = [
        *election.files_after_each_cast,
        (pages.data, final_wal.read_bytes() if final_wal.exists() else b""),
    ]
    methods |= by_wal_commits(election, copies)
    assert len(methods) >= 12, methods.keys()  # every attack ran
    return {
        name: sum(truth.get(ballot) == voter for voter, ballot in pairs)
        for name, pairs in methods.items()
    }


def assert_chance(named: dict[str, int]) -> None:
    leaks = {name: n for name, n in named.items() if n > CHANCE}
    assert not leaks, f"voters named beyond chance (of {VOTERS}): {leaks}"
