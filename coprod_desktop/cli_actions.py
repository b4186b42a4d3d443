"""The ``actions`` command: every action of every workshop in a library, one aligned line
each for reading in a terminal, or a CSV file (``--csv``) for a spreadsheet.

A line reads: OVERDUE (or blank), due date, status, action, owner, and the workshop
(its id, date and title) so that ``export ID`` can follow it up. Long texts are cut to
keep the columns straight; the CSV keeps them whole.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .cli_errors import UserError
from .db.engine import Database
from .exports.csv_export import STATUS
from .services.action_register import ActionFilter, TrackedAction, list_actions
from .text import shorten

TITLE_WIDTH = 48
OWNER_WIDTH = 28
WORKSHOP_WIDTH = 40


def list_actions_command(db: Database, args: argparse.Namespace) -> None:
    filters = ActionFilter(
        status=args.status,
        owner=args.owner or "",
        organisation=args.organisation,
        due_before=args.due_before,
        due_after=args.due_after,
        overdue_only=args.overdue,
    )
    if args.csv is not None:
        _check_csv_target(args.csv)
    actions = list_actions(db, filters)
    if args.csv is not None:
        from .exports.action_register_csv import write_register_csv

        write_register_csv(actions, args.csv)
        return
    if not actions:
        print("No actions match.", file=sys.stderr)
        return
    print_lines(actions, sys.stdout)


def _check_csv_target(out: Path) -> None:
    from .exports.files import check_target

    check_target(out)  # a device or a pipe is refused before anything is read
    if out.is_dir():
        raise UserError(f"{out} is a folder; give a file name")
    if not out.parent.exists():
        raise UserError(f"the folder {out.parent} does not exist")


def lines(actions: Sequence[TrackedAction]) -> list[str]:
    """The aligned lines, each column as wide as its widest cell (long texts cut)."""
    rows = [
        (
            "OVERDUE" if a.overdue else "",
            a.due.isoformat() if a.due else "-",
            STATUS.get(a.status, a.status),
            shorten(a.title, TITLE_WIDTH),
            shorten(a.owner, OWNER_WIDTH) or "-",
            f"#{a.workshop_id} {a.workshop_date.isoformat() if a.workshop_date else '-'} "
            + shorten(a.workshop_title, WORKSHOP_WIDTH),
        )
        for a in actions
    ]
    widths = [max(len(row[n]) for row in rows) for n in range(5)]
    shown = [n for n in range(5) if widths[n]]  # no blank column when none is overdue
    return ["  ".join([*(row[n].ljust(widths[n]) for n in shown), row[5]]) for row in rows]


def print_lines(actions: Sequence[TrackedAction], out: TextIO) -> None:
    for line in lines(actions):
        print(line, file=out)
