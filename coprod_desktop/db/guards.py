"""Guards the schema keeps with triggers: no row may point into another workshop (an idea
in another workshop's theme, a ballot's dots on another workshop's idea, an action owned
by another workshop's participant...).

Triggers are dropped with their table when a migration rebuilds it, and a trigger naming
a table stops that table being renamed, so they are not part of any one migration: the
library drops them before migrating and installs them afresh after (``library._migrate``,
``server.migrate_server``). On PostgreSQL each guard is a PL/pgSQL trigger function and
one ``BEFORE INSERT OR UPDATE`` row trigger calling it; dropping the function (CASCADE)
drops its trigger, so the guards are dropped even where their tables do not exist yet.
"""

from __future__ import annotations

from sqlalchemy import Connection

# (table, column, the referenced row's workshop, the new row's own workshop)
_ROUND = "(SELECT workshop_id FROM rounds WHERE id = NEW.round_id)"
_BALLOT = (
    "(SELECT r.workshop_id FROM ballots b JOIN rounds r ON r.id = b.round_id"
    " WHERE b.id = NEW.ballot_id)"
)
_ACTION = "(SELECT workshop_id FROM actions WHERE id = NEW.action_id)"
SAME_WORKSHOP = (
    ("ideas", "author_id", "participants", "NEW.workshop_id"),
    ("ideas", "group_id", "groups", "NEW.workshop_id"),
    ("ideas", "theme_id", "themes", "NEW.workshop_id"),
    ("ideas", "stage_id", "stages", "NEW.workshop_id"),
    ("participants", "group_id", "groups", "NEW.workshop_id"),
    ("notes", "stage_id", "stages", "NEW.workshop_id"),
    ("actions", "owner_id", "participants", "NEW.workshop_id"),
    ("rounds", "runoff_of_id", "rounds", "NEW.workshop_id"),
    ("round_items", "idea_id", "ideas", _ROUND),
    ("round_items", "theme_id", "themes", _ROUND),
    ("round_electors", "participant_id", "participants", _ROUND),
    ("round_voters", "participant_id", "participants", _ROUND),
    ("tallies", "idea_id", "ideas", _ROUND),
    ("tallies", "theme_id", "themes", _ROUND),
    ("ballots", "group_id", "groups", _ROUND),
    ("ballot_dots", "idea_id", "ideas", _BALLOT),
    ("ballot_dots", "theme_id", "themes", _BALLOT),
    ("named_ballots", "participant_id", "participants", _BALLOT),
    ("action_links", "idea_id", "ideas", _ACTION),
    ("action_links", "theme_id", "themes", _ACTION),
)


def _names(table: str, column: str) -> tuple[str, str]:
    return f"same_workshop_{table}_{column}_insert", f"same_workshop_{table}_{column}_update"


def drop_guards(conn: Connection) -> None:
    for table, column, _parent, _workshop in SAME_WORKSHOP:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(
                f"DROP FUNCTION IF EXISTS same_workshop_{table}_{column}() CASCADE"
            )
            continue
        for name in _names(table, column):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def install_guards(conn: Connection) -> None:
    """(Re)create every guard; the tables must exist (a library at the head revision)."""
    drop_guards(conn)
    if conn.dialect.name == "postgresql":
        _install_plpgsql_guards(conn)
        return
    for table, column, parent, workshop in SAME_WORKSHOP:
        refused = f"SELECT RAISE(ABORT, '{table}.{column} points into another workshop');"
        when = (
            f"NEW.{column} IS NOT NULL AND "
            f"(SELECT workshop_id FROM {parent} WHERE id = NEW.{column}) <> {workshop}"
        )
        on_insert, on_update = _names(table, column)
        for name, event in ((on_insert, "INSERT"), (on_update, "UPDATE")):
            conn.exec_driver_sql(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {when} BEGIN {refused} END"
            )


def _install_plpgsql_guards(conn: Connection) -> None:
    """The same guards on PostgreSQL; a refusal is a check_violation (an IntegrityError
    to SQLAlchemy, as SQLite's RAISE(ABORT) is)."""
    for table, column, parent, workshop in SAME_WORKSHOP:
        function = f"same_workshop_{table}_{column}"
        conn.exec_driver_sql(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF NEW.{column} IS NOT NULL AND "
            f"(SELECT workshop_id FROM {parent} WHERE id = NEW.{column}) <> {workshop} THEN "
            f"RAISE EXCEPTION '{table}.{column} points into another workshop' "
            "USING ERRCODE = 'check_violation'; "
            "END IF; RETURN NEW; END $$"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER {function} BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
