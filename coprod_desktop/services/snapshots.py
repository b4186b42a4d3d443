"""Deletes that can be undone: capture a row with everything its deletion would touch.

The schema says what a delete does (ON DELETE CASCADE removes rows, SET NULL clears
links), so a snapshot walks those foreign keys and keeps each affected row and cleared
link; restoring puts them all back under their old ids (ids are never reused).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, insert, select, update
from sqlalchemy.orm import Session

from ..db import models as m
from ..db.engine import Database


@dataclass(frozen=True)
class Snapshot:
    """Rows (parents first) and cleared links; opaque to the UI, kept by undo commands."""

    rows: tuple[tuple[str, dict[str, Any]], ...] = ()
    cleared: tuple[tuple[str, dict[str, Any], str, Any], ...] = field(default=())


def _tables() -> dict[str, Table]:
    return dict(m.Base.metadata.tables)


def _pk(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def capture(session: Session, table: Table, column: str, values: list[Any]) -> Snapshot:
    """The rows of ``table`` whose ``column`` is in ``values``, and all they would take."""
    rows: list[tuple[str, dict[str, Any]]] = []
    cleared: list[tuple[str, dict[str, Any], str, Any]] = []
    seen: set[tuple[str, tuple[Any, ...]]] = set()

    def walk(table: Table, column: str, values: list[Any]) -> None:
        if not values:
            return
        found = [
            dict(row._mapping)
            for row in session.execute(select(table).where(table.c[column].in_(values)))
        ]
        fresh = []
        for row in found:
            key = (table.name, tuple(_pk(table, row).values()))
            if key not in seen:
                seen.add(key)
                rows.append((table.name, row))
                fresh.append(row)
        for child in _tables().values():
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                parent_values = [row[fk.column.name] for row in fresh]
                if fk.ondelete == "CASCADE":
                    walk(child, fk.parent.name, parent_values)
                elif fk.ondelete == "SET NULL":
                    query = select(child).where(child.c[fk.parent.name].in_(parent_values))
                    for linked in session.execute(query):
                        data = dict(linked._mapping)
                        cleared.append(
                            (child.name, _pk(child, data), fk.parent.name, data[fk.parent.name])
                        )

    walk(table, column, values)
    return Snapshot(tuple(rows), tuple(cleared))


def restore(session: Session, snapshot: Snapshot) -> None:
    """Put back what ``capture`` saw (foreign keys are checked at commit)."""
    session.flush()
    session.execute(select(1))  # make sure the transaction has begun before the PRAGMA
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    # PostgreSQL checks each row as it goes in (its foreign keys are not deferrable):
    # the snapshot holds parents first, and the links cleared are set back after.
    tables = _tables()
    for name, row in snapshot.rows:
        session.execute(insert(tables[name]).values(**row))
    for name, pk, column, value in snapshot.cleared:
        table = tables[name]
        condition = and_(*(table.c[k] == v for k, v in pk.items()))
        session.execute(update(table).where(condition).values({column: value}))
    session.expire_all()


def undo_delete(db: Database, snapshot: Snapshot) -> None:
    """Put back whatever a service's delete removed, as one transaction."""
    with db.transaction() as session:
        restore(session, snapshot)
