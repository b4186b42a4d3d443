"""The secret ballot, checked in the stored file itself: nothing links a ballot to a voter."""

from __future__ import annotations

import sqlite3

import pytest

from coprod_desktop.services import voting


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


@pytest.fixture
def cast_round(room):
    """A secret round where six people vote in a known order with distinct choices."""
    rd = voting.create_round(room.db, room.id, "Secret", dots_per_voter=3, max_dots_per_item=3)
    voting.open_round(room.db, rd.id)
    order = [3, 0, 5, 1, 4, 2]
    for n, person in enumerate(order):
        voting.cast_ballot(
            room.db, rd.id, room.people[person].id, {room.ideas[n % 4].id: 1 + n % 3}
        )
    voting.close_round(room.db, rd.id)
    conn = sqlite3.connect(room.db.path)
    yield room, rd, order, conn
    conn.close()


def test_ballot_tables_have_no_voter_time_or_sequence_column(cast_round):
    _, _, _, conn = cast_round
    assert columns(conn, "ballots") == {"id", "round_id", "group_id"}
    assert columns(conn, "ballot_dots") == {"id", "ballot_id", "idea_id", "theme_id", "dots"}
    assert columns(conn, "round_voters") == {"round_id", "participant_id"}
    for table in ("ballots", "ballot_dots", "round_voters"):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        assert "WITHOUT ROWID" in sql.upper(), table
        with pytest.raises(sqlite3.OperationalError, match="rowid"):
            conn.execute(f"SELECT rowid FROM {table}")


def test_no_foreign_key_joins_a_ballot_to_a_participant(cast_round):
    _, _, _, conn = cast_round
    for table in ("ballots", "ballot_dots"):
        targets = {row[2] for row in conn.execute(f"PRAGMA foreign_key_list({table})")}
        assert "participants" not in targets
        assert "round_voters" not in targets
    assert conn.execute("SELECT count(*) FROM named_ballots").fetchone() == (0,)


def test_stored_ballot_order_says_nothing_about_who_voted_when(cast_round):
    room, rd, order, conn = cast_round
    ids = [row[0] for row in conn.execute("SELECT id FROM ballots WHERE round_id = ?", (rd.id,))]
    assert len(ids) == 6 and len(set(ids)) == 6
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)  # random 128-bit keys
    assert ids == sorted(ids)  # stored by random key, not by the order of casting
    register = [
        row[0]
        for row in conn.execute(
            "SELECT participant_id FROM round_voters WHERE round_id = ?", (rd.id,)
        )
    ]
    assert register == sorted(register)  # by participant, not by the order they voted in
    assert register != [room.people[p].id for p in order]


def test_exports_of_a_secret_round_name_no_voter(cast_round):
    from coprod_desktop.exports.workshop_json import workshop_to_dict
    from coprod_desktop.services.workshops import load_workshop

    room, _, _, _ = cast_round
    document = workshop_to_dict(load_workshop(room.db, room.id))
    ballots = document["rounds"][0]["ballots"]
    assert len(ballots) == 6
    assert all(set(b) == {"group", "dots"} for b in ballots)


def test_a_named_round_keeps_who_cast_which_ballot(room):
    rd = voting.create_round(room.db, room.id, "Named", secret=False)
    voting.open_round(room.db, rd.id)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[1].id: 1})
    from coprod_desktop.services.workshops import load_workshop

    ballots = load_workshop(room.db, room.id).rounds[0].ballots
    assert [(b.voter_id, b.dots) for b in ballots] == [(room.people[0].id, {room.ideas[1].id: 1})]
