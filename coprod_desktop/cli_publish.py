"""``publish ID --to ARCHIVE``: copy a workshop into the organisation's archive.

Prints one line saying where it went; what was left out or renamed goes to stderr as
``warning: ...`` lines. The archive is named as ``Database.shown`` names it: a URL's
password is never printed.
"""

from __future__ import annotations

import argparse
import sys

from .db.engine import Database
from .services.errors import NotFoundError


def add_publish_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    publish = sub.add_parser(
        "publish",
        help="copy a workshop into the organisation's archive (its closed rounds; people "
        "who have not agreed to be named under a pseudonym); publishing again updates it",
    )
    publish.add_argument("id", metavar="ID", type=int)
    publish.add_argument(
        "--to",
        required=True,
        metavar="ARCHIVE",
        help="the archive: a library file or postgresql://USER@HOST:PORT/DATABASE",
    )


def publish_command(db: Database, args: argparse.Namespace) -> None:
    """Publish workshop ``args.id`` of ``db`` to ``args.to``; errors are raised for
    ``cli.run`` to print as one line."""
    from .cli_errors import UserError
    from .exports.publish import open_archive, publish_workshop

    archive, lock = open_archive(args.to, db)
    try:
        try:
            result = publish_workshop(db, args.id, archive)
        except NotFoundError:
            raise UserError(f"there is no workshop {args.id}; 'list' shows their ids") from None
        shown = archive.shown
    finally:
        archive.close()
        lock.release()
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    how = "updated" if result.updated else "new"
    where = f"as workshop {result.archive_id} ({how})"
    print(f"Published workshop {result.workshop_id} to {shown} {where}")
