"""The schema guards itself on PostgreSQL too: raw SQL that breaks a rule the services keep
is refused by the server (the PL/pgSQL same-workshop guards, the partial unique indexes,
the CHECKs), as ``test_schema_guards`` shows for library files."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from postgres_server import PostgresServer
from test_schema_guards import _complete_workshop

from coprod_desktop.db.guards import SAME_WORKSHOP
from coprod_desktop.db.library import open_library


@pytest.fixture(scope="module")
def two_workshops(
    postgres_server: PostgresServer,
) -> Iterator[tuple[psycopg.Connection, int, int]]:
    """Two complete workshops in one database for the whole module: every statement the
    tests run is refused, so none changes what the next one sees."""
    name = postgres_server.create_database()
    db = open_library(postgres_server.url(name))
    try:
        first, second = _complete_workshop(db), _complete_workshop(db)
    finally:
        db.close()
    conn = postgres_server.connect(name)
    yield conn, first, second
    conn.close()
    postgres_server.drop_database(name)


def _columns(conn: psycopg.Connection, table: str) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
            "ORDER BY ordinal_position",
            (table,),
        )
    ]


def _key(conn: psycopg.Connection, table: str) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary",
            (table,),
        )
    ]


@pytest.mark.parametrize(("table", "column", "parent", "workshop"), SAME_WORKSHOP)
def test_no_row_may_point_into_another_workshop(two_workshops, table, column, parent, workshop):
    conn, first, second = two_workshops
    own = workshop.replace("NEW.", "")
    key = _key(conn, table)
    row = conn.execute(
        f"SELECT {', '.join(key)} FROM {table} WHERE {column} IS NOT NULL AND ({own}) = %s",
        (first,),
    ).fetchone()
    assert row is not None, f"the fixture has no {table}.{column} to test"
    elsewhere = conn.execute(
        f"SELECT id FROM {parent} WHERE workshop_id = %s ORDER BY id DESC", (second,)
    ).fetchone()[0]
    where = " AND ".join(f"{k} = %s" for k in key)
    with pytest.raises(psycopg.errors.CheckViolation, match="another workshop"):
        conn.execute(f"UPDATE {table} SET {column} = %s WHERE {where}", (elsewhere, *row))
    found = conn.execute(f"SELECT * FROM {table} WHERE {where}", row).fetchone()
    values = dict(zip(_columns(conn, table), found, strict=True))
    values[column] = elsewhere
    if "id" in values and isinstance(values["id"], int):
        del values["id"]  # a new row, numbered by its sequence
    elif "id" in values:
        values["id"] = "f" * 32
    if table in ("round_voters", "round_electors"):
        values["participant_id"] = elsewhere
    columns = ", ".join(values)
    with pytest.raises(psycopg.errors.CheckViolation, match="another workshop"):
        conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(values))})",
            list(values.values()),
        )


@pytest.mark.parametrize(
    ("sql", "refusal"),
    [
        (
            "INSERT INTO round_items (round_id, idea_id) "
            "SELECT round_id, idea_id FROM round_items WHERE idea_id IS NOT NULL LIMIT 1",
            psycopg.errors.UniqueViolation,
        ),
        (
            "INSERT INTO round_items (round_id, theme_id) "
            "SELECT round_id, theme_id FROM round_items WHERE theme_id IS NOT NULL LIMIT 1",
            psycopg.errors.UniqueViolation,
        ),
        (
            "INSERT INTO tallies (round_id, idea_id, count) "
            "SELECT round_id, idea_id, 1 FROM tallies WHERE idea_id IS NOT NULL LIMIT 1",
            psycopg.errors.UniqueViolation,
        ),
        (
            "INSERT INTO action_links (action_id, theme_id) "
            "SELECT action_id, theme_id FROM action_links WHERE theme_id IS NOT NULL LIMIT 1",
            psycopg.errors.UniqueViolation,
        ),
        (
            "INSERT INTO ballot_dots (id, ballot_id, theme_id, dots) "
            "SELECT 'another', ballot_id, theme_id, 1 FROM ballot_dots "
            "WHERE theme_id IS NOT NULL LIMIT 1",
            psycopg.errors.UniqueViolation,
        ),
        ("UPDATE tallies SET count = 100001", psycopg.errors.CheckViolation),
        (
            "UPDATE rounds SET dots_per_voter = 101, max_dots_per_item = 1",
            psycopg.errors.CheckViolation,
        ),
        (
            "INSERT INTO action_links (action_id) SELECT id FROM actions LIMIT 1",
            psycopg.errors.CheckViolation,
        ),
    ],
)
def test_raw_sql_that_breaks_a_rule_is_refused(two_workshops, sql: str, refusal) -> None:
    conn, _, _ = two_workshops
    with pytest.raises(refusal):
        conn.execute(sql)
