"""The schema guards itself, whatever writes to it: raw SQL that breaks a rule the services
keep is refused by SQLite (ids never reused, uniqueness that fires, no row pointing into
another workshop, the ranges of dots and tallies)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.db.engine import Database
from coprod_desktop.db.guards import SAME_WORKSHOP
from coprod_desktop.db.library import _migrate, open_library
from coprod_desktop.services import actions, board, snapshots, voting
from coprod_desktop.services.demo import create_demo_workshop


def _complete_workshop(db: Database) -> int:
    """The demo workshop, with one of every kind of link the demo lacks."""
    wid = create_demo_workshop(db).id
    ideas = [i.id for i in board.list_ideas(db, wid)]
    themes = [t.id for t in board.list_themes(db, wid)]
    tally = voting.create_round(db, wid, "Stickers on ideas", method="tally", items=ideas[:3])
    voting.open_round(db, tally.id)
    voting.record_tallies(db, tally.id, {ideas[0]: 4})
    named = voting.create_round(db, wid, "Themes, in the open", target="themes", secret=False)
    voting.open_round(db, named.id)
    voter = voting.voter_status(db, named.id)[0].participant_id
    voting.cast_ballot(db, named.id, voter, {themes[0]: 1})
    voting.create_round(db, wid, "Again", runoff_of_id=named.id)
    actions.add_action(db, wid, "Answer a theme", theme_ids=[themes[0]])
    return wid


@pytest.fixture
def two_workshops(db: Database) -> Iterator[tuple[sqlite3.Connection, int, int]]:
    first, second = _complete_workshop(db), _complete_workshop(db)
    conn = sqlite3.connect(db.path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    yield conn, first, second
    conn.close()


def _key(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[5]]


@pytest.mark.parametrize(("table", "column", "parent", "workshop"), SAME_WORKSHOP)
def test_no_row_may_point_into_another_workshop(two_workshops, table, column, parent, workshop):
    conn, first, second = two_workshops
    own = workshop.replace("NEW.", "")
    key = _key(conn, table)
    row = conn.execute(
        f"SELECT {', '.join(key)} FROM {table} WHERE {column} IS NOT NULL AND ({own}) = ?",
        (first,),
    ).fetchone()
    assert row is not None, f"the fixture has no {table}.{column} to test"
    elsewhere = conn.execute(
        f"SELECT id FROM {parent} WHERE workshop_id = ? ORDER BY id DESC", (second,)
    ).fetchone()[0]
    where = " AND ".join(f"{k} = ?" for k in key)
    with pytest.raises(sqlite3.IntegrityError, match="another workshop"):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", (elsewhere, *row))
    values = dict(
        zip(
            [c[1] for c in conn.execute(f"PRAGMA table_info({table})")],
            conn.execute(f"SELECT * FROM {table} WHERE {where}", row).fetchone(),
            strict=True,
        )
    )
    values[column] = elsewhere
    if "id" in values and isinstance(values["id"], int):
        values["id"] = None  # a new row
    elif "id" in values:
        values["id"] = "f" * 32
    if table in ("round_voters", "round_electors"):
        values["participant_id"] = elsewhere
    columns = ", ".join(values)
    with pytest.raises(sqlite3.IntegrityError, match="another workshop"):
        conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )


@pytest.mark.parametrize(
    ("sql", "why"),
    [
        (
            "INSERT INTO round_items (round_id, idea_id) "
            "SELECT round_id, idea_id FROM round_items WHERE idea_id IS NOT NULL LIMIT 1",
            "UNIQUE",
        ),
        (
            "INSERT INTO round_items (round_id, theme_id) "
            "SELECT round_id, theme_id FROM round_items WHERE theme_id IS NOT NULL LIMIT 1",
            "UNIQUE",
        ),
        (
            "INSERT INTO tallies (round_id, theme_id, count) "
            "SELECT round_id, theme_id, 1 FROM tallies WHERE theme_id IS NOT NULL LIMIT 1",
            "UNIQUE",
        ),
        (
            "INSERT INTO action_links (action_id, idea_id) "
            "SELECT action_id, idea_id FROM action_links WHERE idea_id IS NOT NULL LIMIT 1",
            "UNIQUE",
        ),
        (
            "INSERT INTO ballot_dots (id, ballot_id, idea_id, dots) "
            "SELECT 'another', ballot_id, idea_id, 1 FROM ballot_dots "
            "WHERE idea_id IS NOT NULL LIMIT 1",
            "UNIQUE",
        ),
        ("UPDATE tallies SET count = 100001", "CHECK"),
        ("UPDATE rounds SET dots_per_voter = 101, max_dots_per_item = 1", "CHECK"),
    ],
)
def test_raw_sql_that_breaks_a_rule_is_refused(two_workshops, sql: str, why: str) -> None:
    conn, _, _ = two_workshops
    with pytest.raises(sqlite3.IntegrityError, match=why):
        conn.execute(sql)


def _autoincrement_tables(path: Path) -> dict[str, bool]:
    """Tables keyed by an integer id -> whether SQLite is told never to reuse one."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
            key = [r for r in conn.execute(f"PRAGMA table_info({name})") if r[5]]
            if [(r[1], r[2].upper()) for r in key] == [("id", "INTEGER")]:
                found[name] = "AUTOINCREMENT" in sql.upper()
        return found
    finally:
        conn.close()


def test_every_table_with_row_ids_never_reuses_them(library_path: Path, tmp_path: Path) -> None:
    open_library(library_path).close()
    older = tmp_path / "older.db"
    _migrate(older, to="0002")  # as an earlier version left it: workshops, actions rebuilt
    assert not all(_autoincrement_tables(older).values())
    open_library(older).close()
    for path in (library_path, older):
        tables = _autoincrement_tables(path)
        assert {"workshops", "actions", "ideas", "themes", "rounds"} <= set(tables)
        assert all(tables.values()), tables


def test_an_undone_delete_gets_its_id_back_after_other_work(demo_db: Database) -> None:
    """Delete an action, add one in another workshop, undo the delete."""
    first = max(actions.list_actions(demo_db, 1), key=lambda a: a.id)  # the next id's neighbour
    snapshot = actions.delete_action(demo_db, first.id)
    other = create_demo_workshop(demo_db).id
    added = actions.add_action(demo_db, other, "Made meanwhile")
    assert added.id != first.id
    snapshots.undo_delete(demo_db, snapshot)
    assert actions.get_action(demo_db, first.id).title == first.title
