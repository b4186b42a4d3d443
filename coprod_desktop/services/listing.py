"""The library's workshops with their counts, read with Python's sqlite3 alone.

At start-up this is what the facilitator waits for, and SQLAlchemy takes a third of a
second to import: so the window lists the library from this first, read-only, while the
data layer loads behind it. Anything unusual (not a library, damaged, locked, a newer
schema) gives None, and the full opening then says what is wrong.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ..db.identity import looks_like_library
from .records import WorkshopSummary

_COUNTED = ("participants", "ideas", "themes", "actions", "rounds")

_QUERY = (
    "SELECT w.id, w.title, w.date, w.venue, "
    + ", ".join(f"(SELECT count(*) FROM {t} x WHERE x.workshop_id = w.id)" for t in _COUNTED)
    + " FROM workshops w ORDER BY w.date IS NULL, w.date DESC, w.id DESC"
)


def read_listing(path: Path) -> list[WorkshopSummary] | None:
    """Every workshop of the library at ``path``, newest date first (as
    ``workshops.list_workshops``); None when it cannot be read this simply."""
    try:
        with open(path, "rb") as handle:
            if not looks_like_library(handle.read(100)):
                return None
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        rows = conn.execute(_QUERY).fetchall()
        return [
            WorkshopSummary(
                id, title, date.fromisoformat(day) if day else None, venue or "", *counts
            )
            for id, title, day, venue, *counts in rows
        ]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
