"""The secret ballot on PostgreSQL, attacked as the server's administrator could: 30
voters cast in a known random order, then the register is paired with the ballots by
every order the server keeps (rows as plain SELECTs return them, their physical places
(ctid), the transaction that wrote each row version (xmin), dead versions included
through pageinspect). Pairing at random names about one voter; ``CHANCE`` as for files.
"""

from __future__ import annotations

import random
import types
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from ballot_attacks import CHANCE, VOTERS, _distinct_choices
from postgres_server import PostgresServer

from coprod_desktop.db.engine import Database
from coprod_desktop.db.library import open_library
from coprod_desktop.db.location import parse_location
from coprod_desktop.services import board, people, voting, workshops

Pair = tuple[int, str]


@dataclass
class Election:
    db: Database
    conn: psycopg.Connection
    round_id: int
    choices: dict[int, dict[int, int]]

    def truth(self) -> dict[str, int]:
        """ballot id -> its voter (every voter's dots are unique)."""
        dots: dict[str, dict[int, int]] = {}
        for ballot, idea, count in self.conn.execute(
            "SELECT ballot_id, idea_id, dots FROM ballot_dots"
        ):
            dots.setdefault(ballot, {})[idea] = count
        voter_of = {frozenset(c.items()): p for p, c in self.choices.items()}
        return {ballot: voter_of[frozenset(d.items())] for ballot, d in dots.items()}

    def named(self, pairs: list[Pair]) -> int:
        truth = self.truth()
        return sum(truth.get(ballot) == voter for voter, ballot in pairs)


def hold_election(db: Database, conn: psycopg.Connection, *, close: bool) -> Election:
    w = workshops.create_workshop(db, "Secret ballot on the archive")
    groups = [people.add_group(db, w.id, name).id for name in ("Residents", "Carers", "Staff")]
    ideas = [board.capture_idea(db, w.id, f"Idea {n}").idea.id for n in range(10)]
    voters = [
        people.add_participant(db, w.id, f"Voter {n:02d}", group_id=groups[n % 3]).id
        for n in range(VOTERS)
    ]
    rd = voting.create_round(db, w.id, "Which first?", dots_per_voter=3, max_dots_per_item=3)
    voting.open_round(db, rd.id)
    rng = random.Random(11)
    choices = _distinct_choices(ideas, voters, rng)
    order = voters[:]
    rng.shuffle(order)
    for voter in order:
        voting.cast_ballot(db, rd.id, voter, choices[voter])
    if close:
        voting.close_round(db, rd.id)
    return Election(db, conn, rd.id, choices)


@pytest.fixture
def archive(postgres_server: PostgresServer, postgres_database: str) -> Iterator[tuple]:
    db = open_library(postgres_database)
    database = parse_location(postgres_database).database
    conn = postgres_server.connect(database)
    conn.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
    try:
        yield db, conn
    finally:
        conn.close()
        db.close()


def column(conn: psycopg.Connection, query: str) -> list:
    return [row[0] for row in conn.execute(query)]


def by_selects_and_places(election: Election) -> dict[str, list[Pair]]:
    """Register and box in the order the server hands them out, and by physical place."""
    conn = election.conn
    orders = {}
    # cmin: each row of a table's batch is one statement of the cast's transaction, so
    # its command id orders it as the shuffle did (and nothing else).
    for how, suffix in (
        ("SELECT", ""),
        ("ctid", " ORDER BY ctid"),
        ("cmin", " ORDER BY cmin::text::int"),
    ):
        register = column(conn, f"SELECT participant_id FROM round_voters{suffix}")
        ballots = column(conn, f"SELECT id FROM ballots{suffix}")
        dots = list(dict.fromkeys(column(conn, f"SELECT ballot_id FROM ballot_dots{suffix}")))
        orders[f"{how}: register x ballots"] = list(zip(register, ballots, strict=True))
        orders[f"{how}: register x dots"] = list(zip(register, dots, strict=True))
    return orders


def _versions(conn: psycopg.Connection, table: str) -> list[tuple[int, bytes, ...]]:
    """Every row version in the table's pages, dead ones included: (xmin, attributes)."""
    pages = conn.execute(
        "SELECT pg_relation_size(%s::regclass) / current_setting('block_size')::int",
        (table,),
    ).fetchone()[0]
    found = []
    for page in range(pages):
        for xmin, attrs in conn.execute(
            "SELECT t_xmin::text::bigint, t_attrs FROM heap_page_item_attrs("
            "get_raw_page(%s, %s), %s::regclass) WHERE t_attrs IS NOT NULL",
            (table, page, table),
        ):
            found.append((xmin, attrs))
    return found


def by_row_history(election: Election) -> dict[str, list[Pair]]:
    """The oldest version of a register entry and of a ballot were written by the same
    transaction (the cast): pair each voter with the ballot whose oldest xmin is theirs
    alone."""
    first_of_voter: dict[int, int] = {}
    for xmin, attrs in _versions(election.conn, "round_voters"):
        voter = int.from_bytes(attrs[1], "little")
        first_of_voter[voter] = min(xmin, first_of_voter.get(voter, xmin))
    first_of_ballot: dict[str, int] = {}
    for xmin, attrs in _versions(election.conn, "ballots"):
        ballot = bytes(attrs[0][1:]).decode()  # a short varlena: one header byte
        first_of_ballot[ballot] = min(xmin, first_of_ballot.get(ballot, xmin))
    ballots_of: dict[int, list[str]] = {}
    for ballot, xmin in first_of_ballot.items():
        ballots_of.setdefault(xmin, []).append(ballot)
    voters_of: dict[int, list[int]] = {}
    for voter, xmin in first_of_voter.items():
        voters_of.setdefault(xmin, []).append(voter)
    pairs = [
        (voters[0], ballots_of[xmin][0])
        for xmin, voters in voters_of.items()
        if len(voters) == 1 and len(ballots_of.get(xmin, [])) == 1
    ]
    return {"xmin of the oldest row versions": pairs}


def test_no_order_the_server_keeps_names_more_voters_than_chance(archive):
    election = hold_election(*archive, close=False)
    methods = by_selects_and_places(election) | by_row_history(election)
    named = {method: election.named(pairs) for method, pairs in methods.items()}
    assert max(named.values()) <= CHANCE, named


def test_every_live_row_of_the_round_has_one_writer(archive):
    election = hold_election(*archive, close=False)
    conn = election.conn
    xmins = {
        xmin
        for table in ("round_voters", "ballots", "ballot_dots")
        for xmin in column(conn, f"SELECT xmin::text FROM {table}")
    }
    assert len(xmins) == 1  # the last cast rewrote the whole round
    assert column(conn, "SELECT count(*) FROM ballots") == [VOTERS]
    ids = column(conn, "SELECT id FROM ballots")
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)  # random, no sequence
    assert not column(
        conn,
        "SELECT s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid "
        "JOIN pg_class t ON t.oid = d.refobjid WHERE s.relkind = 'S' "
        "AND t.relname IN ('ballots', 'ballot_dots', 'round_voters', 'named_ballots')",
    )


def raw_pages(conn: psycopg.Connection, table: str) -> bytes:
    """The table's pages as the server's files hold them, free space included."""
    pages = conn.execute(
        "SELECT pg_relation_size(%s::regclass) / current_setting('block_size')::int",
        (table,),
    ).fetchone()[0]
    return b"".join(
        bytes(conn.execute("SELECT get_raw_page(%s, %s)", (table, page)).fetchone()[0])
        for page in range(pages)
    )


@pytest.mark.parametrize("close", [False, True], ids=["voting", "closed"])
def test_the_pages_hold_each_ballot_once_while_voting_and_after(archive, close):
    """No older copy of a ballot stays anywhere in the pages, free space included (plain
    VACUUM left 59 copies of 30 ballot ids there): each cast writes the tables anew."""
    election = hold_election(*archive, close=close)
    for table in ("round_voters", "ballots", "ballot_dots"):
        versions = _versions(election.conn, table)
        live = column(election.conn, f"SELECT count(*) FROM {table}")[0]
        assert len(versions) == live, table
    pages = raw_pages(election.conn, "ballots")
    copies = [
        pages.count(ballot.encode()) for ballot in column(election.conn, "SELECT id FROM ballots")
    ]
    assert copies == [1] * VOTERS


def casts_in_the_pages(election: Election) -> dict[str, int]:
    """How many transactions' row versions each table's pages still hold."""
    return {
        table: len({xmin for xmin, _attrs in _versions(election.conn, table)})
        for table in ("round_voters", "ballots", "ballot_dots")
    }


@pytest.mark.parametrize("vacuum", [True, False], ids=["as-cast", "without-vacuum"])
def test_after_each_cast_no_earlier_cast_is_left_in_the_pages(archive, monkeypatch, vacuum):
    """Each cast's VACUUM FULL leaves only the last cast's rows, while voting goes on;
    without it (the control) the dead versions of earlier casts, each stamped with its
    own transaction, stay in the pages (PostgreSQL prunes only some on its own)."""
    if not vacuum:
        monkeypatch.setattr(Database, "_rewrite_ballot_tables", lambda self: True)
    election = hold_election(*archive, close=False)
    found = casts_in_the_pages(election)
    if vacuum:
        assert found == {"round_voters": 1, "ballots": 1, "ballot_dots": 1}
    else:
        assert max(found.values()) > 1, found


class _InOrder:
    """A stand-in for random.Random whose shuffle leaves the rows in the order given."""

    def __init__(self, _seed: object = None) -> None:
        pass

    def shuffle(self, _rows: list) -> None:
        pass


def test_the_order_attacks_name_every_voter_in_a_box_kept_in_order(archive, monkeypatch):
    """The attacks above are real: a box that keeps the order of casting gives every
    voter away by physical place."""
    from coprod_desktop.services import ballot_box

    monkeypatch.setattr(ballot_box, "random", types.SimpleNamespace(Random=_InOrder))
    election = hold_election(*archive, close=False)
    named = {
        method: election.named(pairs) for method, pairs in by_selects_and_places(election).items()
    }
    assert named["ctid: register x ballots"] == VOTERS, named
