"""What a use case changed, recorded by the library itself: which kinds of record (tables)
and which ids were created, updated or deleted, side effects included.

The views of the app redraw from this and nothing else (the one-way loop in STYLE.md), so
it must not depend on each service remembering to say what it did. ``Database`` records
every write of a transaction while a recording is open in its thread: rows the ORM
flushes (with their ids), bulk statements and driver SQL (the table, ids unknown: "vague"),
and what SQLite does by itself on a delete (ON DELETE CASCADE and SET NULL, from the
schema). A service adds what only it knows with ``note`` (a cast changes its round's
count). A transaction that rolls back records nothing.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Table, inspect
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter

Verb = Literal["created", "updated", "deleted"]
VERBS: tuple[Verb, ...] = ("created", "updated", "deleted")


@dataclass(frozen=True)
class ChangeSet:
    """Ids by table and verb; ``vague`` tables changed in rows not known one by one."""

    created: Mapping[str, frozenset[Any]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[Any]] = field(default_factory=dict)
    deleted: Mapping[str, frozenset[Any]] = field(default_factory=dict)
    vague: frozenset[str] = frozenset()

    @property
    def tables(self) -> frozenset[str]:
        return (
            frozenset(self.created)
            | frozenset(self.updated)
            | frozenset(self.deleted)
            | (self.vague)
        )

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def ids(self, table: str, *verbs: Verb) -> frozenset[Any]:
        found: frozenset[Any] = frozenset()
        for verb in verbs or VERBS:
            found |= getattr(self, verb).get(table, frozenset())
        return found

    def __bool__(self) -> bool:
        return bool(self.tables)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        def merged(verb: Verb) -> dict[str, frozenset[Any]]:
            out = dict(getattr(self, verb))
            for table, ids in getattr(other, verb).items():
                out[table] = out.get(table, frozenset()) | ids
            return out

        return ChangeSet(
            merged("created"), merged("updated"), merged("deleted"), self.vague | other.vague
        )


class Recorder:
    """Collects one use case's changes (or a transaction's, until it commits). Each row's
    first and last verb are kept, so a row deleted and put back reads as updated, and one
    made and removed again as nothing."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, Any], tuple[Verb, Verb]] = {}
        self._vague: set[str] = set()
        self._deleted_from: set[str] = set()  # tables rows went from, even if put back

    def add(self, verb: Verb, table: str, ids: Iterable[Any] | None) -> None:
        if verb == "deleted":
            self._deleted_from.add(table)
        if ids is None:
            self._vague.add(table)
            return
        for key in ids:
            first, _last = self._rows.get((table, key), (verb, verb))
            self._rows[(table, key)] = (first, verb)

    def absorb(self, other: Recorder) -> None:
        """Add what ``other`` recorded after this."""
        for (table, key), (first, last) in other._rows.items():
            self.add(first, table, [key])
            self.add(last, table, [key])
        self._vague |= other._vague
        self._deleted_from |= other._deleted_from

    def _by_verb(self) -> dict[Verb, dict[str, set[Any]]]:
        out: dict[Verb, dict[str, set[Any]]] = {verb: {} for verb in VERBS}
        for (table, key), (first, last) in self._rows.items():
            if first == "created" and last == "deleted":
                continue  # made and gone within the one use case
            verb: Verb = (
                "created" if first == "created" else "deleted" if last == "deleted" else "updated"
            )
            out[verb].setdefault(table, set()).add(key)
        return out

    def change_set(self, tables: Mapping[str, Table]) -> ChangeSet:
        """What was recorded, with what SQLite's foreign keys did on each delete."""
        vague = set(self._vague)
        rows = self._by_verb()
        todo = [t for t in self._deleted_from if t in tables]  # foreign keys act on delete
        seen: set[str] = set()
        while todo:
            parent = todo.pop()
            if parent in seen:
                continue
            seen.add(parent)
            for child in tables.values():
                for fk in child.foreign_keys:
                    if fk.column.table.name != parent or fk.ondelete not in ("CASCADE", "SET NULL"):
                        continue
                    vague.add(child.name)  # a table pointing at itself too (run-offs)
                    if fk.ondelete == "CASCADE":
                        todo.append(child.name)

        def frozen(verb: Verb) -> dict[str, frozenset[Any]]:
            return {t: frozenset(i) for t, i in rows[verb].items()}

        return ChangeSet(
            frozen("created"), frozen("updated"), frozen("deleted"), vague=frozenset(vague)
        )


_DML = re.compile(r"^\s*(INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)", re.I)


def statement_change(sql: str) -> tuple[Verb, str] | None:
    """The verb and table of an INSERT, UPDATE or DELETE written as SQL text."""
    found = _DML.match(sql)
    if found is None:
        return None
    word = found[1].split()[0].upper()
    verb: Verb = "created" if word == "INSERT" else "updated" if word == "UPDATE" else "deleted"
    return verb, found[2]


def statement_ids(statement: Any, parameters: Any) -> list[Any] | None:
    """The ids of the rows a statement writes, where they can be read off it: an INSERT
    given its ids, an UPDATE or DELETE ``WHERE id = ?`` or ``WHERE id IN (...)``; else
    None (the rows are not known one by one)."""
    table = statement.table
    key = list(table.primary_key.columns)
    if len(key) != 1:
        return None
    name = key[0].name
    if statement.is_insert:
        rows = parameters if isinstance(parameters, list) else [parameters] if parameters else []
        if rows and all(row.get(name) is not None for row in rows):
            return [row[name] for row in rows]
        given = statement.compile().params.get(name)
        return None if given is None else [given]
    where = statement.whereclause
    if not isinstance(where, BinaryExpression) or not isinstance(where.right, BindParameter):
        return None
    column = where.left
    on = getattr(column, "table", None)
    if getattr(on, "name", None) != table.name or getattr(column, "name", None) != name:
        return None
    if where.operator is operators.eq:
        return [where.right.value]
    if where.operator is operators.in_op and where.right.value is not None:
        return list(where.right.value)
    return None


class Recording:
    """The recordings open in each thread for one ``Database`` (see ``Database.recording``),
    and the transaction each thread is in."""

    def __init__(self) -> None:
        self._local = threading.local()

    @property
    def active(self) -> Recorder | None:
        return getattr(self._local, "recorder", None)

    @property
    def pending(self) -> Recorder | None:
        """The current transaction's changes, while a recording is open."""
        return getattr(self._local, "pending", None)

    @contextmanager
    def open(self) -> Iterator[Recorder]:
        outer = self.active
        recorder = Recorder() if outer is None else outer
        self._local.recorder = recorder
        try:
            yield recorder
        finally:
            self._local.recorder = outer

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Changes of one transaction count only once it has committed."""
        if self.active is None:
            yield
            return
        self._local.pending = Recorder()
        try:
            yield
            self.active.absorb(self._local.pending)
        finally:
            self._local.pending = None

    def flushed(self, session: Session) -> None:
        """After an ORM flush: the rows it wrote, by id."""
        pending = self.pending
        if pending is None:
            return
        written: tuple[tuple[Verb, Iterable[object]], ...] = (
            ("created", session.new),
            ("updated", [o for o in session.dirty if session.is_modified(o)]),
            ("deleted", session.deleted),
        )
        for verb, objects in written:
            for obj in objects:
                state = inspect(obj)
                key = state.mapper.primary_key_from_instance(obj)
                pending.add(
                    verb, state.mapper.local_table.name, [key[0] if len(key) == 1 else tuple(key)]
                )


def note(session: Session, verb: Verb, table: str, ids: Iterable[Any]) -> None:
    """Record what only a service knows (a cast changes its round's count), if a
    recording is open for this session's library."""
    recording: Recording | None = session.info.get("recording")
    if recording is not None and recording.pending is not None:
        recording.pending.add(verb, table, ids)
