"""The actions across workshops as one CSV file, for a spreadsheet: one row per action,
in the register's order (overdue first), with its workshop and what it answers.

Written as the workshop CSV files are (``csv_export.csv_bytes``: UTF-8 with a byte-order
mark, formula-like cells made safe) and whole or not at all (``write_atomically``).
An idea's or theme's words go one to a line inside their cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..services.action_register import TrackedAction
from .csv_export import STATUS, csv_bytes
from .files import write_atomically

HEADER = (
    "Overdue", "Action", "Status", "Due", "Owner", "Owner's group", "Workshop",
    "Workshop date", "Organisation", "Answers ideas", "Answers themes", "Notes",
    "Workshop ID", "Action ID",
)  # fmt: skip


def register_csv(actions: Sequence[TrackedAction]) -> bytes:
    rows = [
        [
            "Yes" if a.overdue else "No",
            a.title,
            STATUS.get(a.status, a.status),
            a.due.isoformat() if a.due else "",
            a.owner,
            a.owner_group,
            a.workshop_title,
            a.workshop_date.isoformat() if a.workshop_date else "",
            a.organisation,
            "\n".join(a.ideas),
            "\n".join(a.themes),
            a.notes,
            a.workshop_id,
            a.id,
        ]
        for a in actions
    ]
    return csv_bytes(HEADER, rows)


def write_register_csv(actions: Sequence[TrackedAction], out: Path) -> None:
    """Write the list to ``out``; nothing is left half-written if it fails."""
    write_atomically(Path(out), register_csv(actions))
