"""Text that is not UTF-8 inside a library: which record holds it, in words.

SQLite stores whatever bytes it is given as TEXT; a library damaged on disk, or written
by another program, can hold some that are not UTF-8. Python's driver then refuses the
whole query ("Could not decode to UTF-8 column 'text' with text ...": an
OperationalError that names neither the row nor the workshop). Only when that happens
the library is searched, reading text as bytes, for the first record that holds such
text, so the facilitator learns which workshop and which record to look at.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from ..messages import QT_TRANSLATE_NOOP, Term
from .errors import DamagedLibrary

log = logging.getLogger(__name__)

# Tables whose rows a facilitator knows, as the services name them ("record" terms).
_RECORDS = {
    "workshops": QT_TRANSLATE_NOOP("record", "workshop"),
    "groups": QT_TRANSLATE_NOOP("record", "group"),
    "participants": QT_TRANSLATE_NOOP("record", "participant"),
    "stages": QT_TRANSLATE_NOOP("record", "stage"),
    "themes": QT_TRANSLATE_NOOP("record", "theme"),
    "ideas": QT_TRANSLATE_NOOP("record", "idea"),
    "rounds": QT_TRANSLATE_NOOP("record", "voting round"),
    "actions": QT_TRANSLATE_NOOP("record", "action"),
    "notes": QT_TRANSLATE_NOOP("record", "note"),
}


def is_bad_text(error: BaseException) -> bool:
    """Whether ``error`` (a driver error, wrapped or not) is text that is not UTF-8."""
    orig = getattr(error, "orig", error)
    if isinstance(orig, UnicodeDecodeError):
        return True
    return isinstance(orig, sqlite3.OperationalError) and "Could not decode to UTF-8" in str(orig)


def bad_text_error(engine: Engine, path: Path) -> DamagedLibrary:
    """The refusal to show: which record of which workshop holds the bad text."""
    try:
        found = find_bad_text(engine)
    except Exception:  # the search is a courtesy; the refusal stands without it
        log.warning("Could not search %s for text that is not UTF-8", path, exc_info=True)
        found = None
    if found is None:
        return DamagedLibrary(
            QT_TRANSLATE_NOOP(
                "library",
                "{name} holds text that is not valid UTF-8; the library may be damaged. "
                "A backup copy may still hold it whole.",
            ),
            name=path.name,
        )
    table, row_id, workshop_id = found
    what = Term("record", _RECORDS.get(table, QT_TRANSLATE_NOOP("record", "record")))
    if table == "workshops" or workshop_id is None:
        return DamagedLibrary(
            QT_TRANSLATE_NOOP(
                "library",
                "{what} {id} holds text that is not valid UTF-8; the library may be "
                "damaged. A backup copy may still hold it whole.",
            ),
            what=what,
            id=row_id,
        )
    return DamagedLibrary(
        QT_TRANSLATE_NOOP(
            "library",
            "{what} {id} of workshop {workshop} holds text that is not valid UTF-8; the "
            "library may be damaged. A backup copy may still hold it whole.",
        ),
        what=what,
        id=row_id,
        workshop=workshop_id,
    )


def find_bad_text(engine: Engine) -> tuple[str, object, object] | None:
    """(table, row id, workshop id) of the first row holding text that is not UTF-8:
    the workshops first, then the tables of what they hold."""
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        before = raw.text_factory
        raw.text_factory = bytes
        try:
            tables = [
                row[0].decode()
                for row in raw.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            order = [t for t in _RECORDS if t in tables] + [t for t in tables if t not in _RECORDS]
            for table in order:
                found = _scan_table(raw, table)
                if found is not None:
                    return found
        finally:
            raw.text_factory = before
    return None


def _scan_table(raw: Any, table: str) -> tuple[str, object, object] | None:
    quoted = '"' + table.replace('"', '""') + '"'
    columns = [row[1].decode() for row in raw.execute(f"PRAGMA table_info({quoted})")]
    texts = [c for c in columns if c != "id"]
    if "id" not in columns or not texts:
        return None
    owner = "id" if table == "workshops" else "workshop_id" if "workshop_id" in columns else "NULL"
    picked = ", ".join(f'"{c}"' for c in texts)
    where = " OR ".join(f"typeof(\"{c}\") = 'text'" for c in texts)
    query = f"SELECT id, {owner}, {picked} FROM {quoted} WHERE {where} ORDER BY id"
    for row in raw.execute(query):
        for value in row[2:]:
            if isinstance(value, bytes) and not _utf8(value):
                return table, _plain(row[0]), _plain(row[1])
    return None


def _plain(value: object) -> object:
    """An id as it can be shown (ids are whole numbers, but the file may be damaged)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def _utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
