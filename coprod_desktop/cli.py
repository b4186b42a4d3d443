"""The command line (see DESIGN.md): list, import, export, demo, serve-ballot, merge,
--version.

No Qt here: ``app.main`` hands over to ``run`` whenever a subcommand is given. A user
error prints one line ``error: ...`` on stderr and exits 1; wrong usage exits 2.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from . import APP_NAME, __version__
from .cli_errors import UserError
from .cli_publish import add_publish_parser
from .db.credentials import set_password_prompt
from .db.engine import Database
from .db.errors import LibraryError
from .db.library import open_library
from .db.location import is_server
from .db.lock import open_with_lock
from .paths import default_library
from .services.errors import DomainError, NotFoundError

log = logging.getLogger(__name__)


# Commands that write to the library take its lock, and so refuse one that the app has
# open (on any path to the same file); the others only read.
WRITERS = ("import", "demo", "serve-ballot", "merge")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Run in-person co-production workshops: ideas, themes, fair dot-voting, "
        "actions and PDF minutes. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="LIBRARY",
        help="the library: a file, or a PostgreSQL URL postgresql://USER@HOST:PORT/DB "
        "(?host=/socket/dir, sslmode=... allowed; the password from ~/.pgpass, the "
        "keyring, or asked) (default: the library in your data folder)",
        default=None,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("list", help="one line per workshop: id, date, title")
    imp = sub.add_parser("import", help="import a workshop file (JSON); prints the new id")
    imp.add_argument("file", metavar="FILE.json", type=Path)
    exp = sub.add_parser("export", help="export a workshop as JSON, CSV or PDF minutes")
    exp.add_argument("id", metavar="ID", type=int)
    exp.add_argument("--format", required=True, choices=("json", "csv", "pdf"))
    exp.add_argument("--out", required=True, metavar="PATH", type=Path)
    sub.add_parser("demo", help="add a realistic demo workshop; prints its id")
    serve = sub.add_parser(
        "serve-ballot",
        help="phones vote on an open round: prints the ballot's address and serves it "
        "until Ctrl+C or the round closes",
    )
    serve.add_argument("round_id", metavar="ROUND_ID", type=int)
    serve.add_argument(
        "--host",
        metavar="ADDR",
        help="this laptop's address on the room's network (default: the first one found)",
    )
    serve.add_argument(
        "--port", metavar="N", type=int, default=0, help="the port (default: any free one)"
    )
    merge = sub.add_parser(
        "merge",
        help="one plenary workshop from the breakout tables' workshop files; prints its id",
    )
    merge.add_argument("files", metavar="FILE.json", type=Path, nargs="+")
    merge.add_argument("--title", required=True, help="the plenary workshop's title")
    _add_actions_parser(sub)
    add_publish_parser(sub)
    return parser


# services.action_register.STATUS_CHOICES, written out: importing the services (and
# SQLAlchemy) here would slow every start of the app, which parses its arguments first.
ACTION_STATUS_CHOICES = ("open", "proposed", "agreed", "in_progress", "done", "dropped")


def _add_actions_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = sub.add_parser(
        "actions",
        help="every action of every workshop, overdue first: one line each, or a CSV file",
    )
    actions.add_argument(
        "--status",
        choices=ACTION_STATUS_CHOICES,
        help="only actions with this status ('open': proposed, agreed or in progress)",
    )
    actions.add_argument(
        "--overdue", action="store_true", help="only actions past their due date, not done"
    )
    actions.add_argument("--owner", metavar="WORDS", help="only owners whose name holds WORDS")
    actions.add_argument(
        "--organisation", metavar="NAME", help="only workshops of this organisation"
    )
    actions.add_argument(
        "--due-before", metavar="YYYY-MM-DD", type=_day, help="only due before this day"
    )
    actions.add_argument(
        "--due-after", metavar="YYYY-MM-DD", type=_day, help="only due after this day"
    )
    actions.add_argument("--csv", metavar="PATH", type=Path, help="write a CSV file instead")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-01-31") from None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Carry out a subcommand; returns the exit code."""
    # Problems are told in one line; their details go to the log file only when one is
    # set up (an unexpected error), never as a traceback on the terminal.
    logging.getLogger(APP_NAME.replace("-", "_")).addHandler(logging.NullHandler())
    set_password_prompt(_terminal_password)
    try:
        return _run(args)
    except (UserError, LibraryError, DomainError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the details in the log
        from .logs import setup_logging

        log_file = setup_logging()
        log.exception("Unexpected error in %r", args.command)
        detail = f"; details are in {log_file}" if log_file else ""
        print(f"error: something unexpected went wrong ({exc}){detail}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    path = args.db or default_library()
    # Only "demo", "import" and "merge" may create the default library; a mistyped --db must not
    # silently become a new empty one.
    creating = args.command in ("demo", "import", "merge") and (
        args.db is None or not _library_exists(args.db)
    )
    must_exist = ("list", "export", "serve-ballot", "actions", "publish")
    if args.command in must_exist and not _library_exists(path):
        if args.db is None:
            raise UserError(f"there is no library yet at {path}; run 'demo' or 'import' first")
        raise UserError(f"there is no library at {path}; check the path")
    lock = None
    if args.command in WRITERS:
        db, lock = open_with_lock(path, create=creating)
    else:
        db = open_library(path, create=creating)
    try:
        if args.command == "list":
            from .services.workshops import list_workshops

            for w in list_workshops(db):
                print(f"{w.id}\t{w.date.isoformat() if w.date else '-'}\t{w.title}")
        elif args.command == "import":
            from .exports.workshop_json import ImportProblem, import_workshop_file

            try:
                record = import_workshop_file(db, args.file)
            except ImportProblem as exc:
                raise UserError(str(exc)) from exc
            print(record.id)
        elif args.command == "merge":
            from .exports.workshop_merge import ImportProblem, merge_workshop_files

            try:
                record = merge_workshop_files(db, args.files, args.title)
            except ImportProblem as exc:
                raise UserError(str(exc)) from exc
            print(record.id)
        elif args.command == "export":
            _export(db, args.id, args.format, args.out)
        elif args.command == "demo":
            from .services.demo import create_demo_workshop

            print(create_demo_workshop(db).id)
        elif args.command == "actions":
            from .cli_actions import list_actions_command

            list_actions_command(db, args)
        elif args.command == "publish":
            from .cli_publish import publish_command

            publish_command(db, args)
        elif args.command == "serve-ballot":
            from .web.command import serve_ballot
            from .web.server import BallotServerError

            try:
                serve_ballot(db, args.round_id, args.host, args.port)
            except BallotServerError as exc:
                raise UserError(str(exc)) from exc
    finally:
        db.close()
        if lock is not None:
            lock.release()
    return 0


def _library_exists(library: str | Path) -> bool:
    """Whether there is a library to open: a server's is found out by opening it."""
    return is_server(str(library)) or Path(library).exists()


def _terminal_password(shown: str, user: str) -> str | None:
    """Ask for a server library's password on the terminal (never echoed, never kept);
    None when there is no terminal to ask on (a script, CI) or nothing was typed."""
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"Password for {user} on {shown}: ") or None
    except (EOFError, KeyboardInterrupt):
        return None


def _export(db: Database, workshop_id: int, fmt: str, out: Path) -> None:
    from .exports.files import check_target
    from .services.workshops import load_workshop

    check_target(out)  # a device or a pipe is refused before anything is read or written
    if out.exists() and out.is_dir() and fmt != "csv":
        raise UserError(f"{out} is a folder; give a file name")
    if not out.parent.exists():
        raise UserError(f"the folder {out.parent} does not exist")
    try:
        data = load_workshop(db, workshop_id)
    except NotFoundError:
        raise UserError(f"there is no workshop {workshop_id}; 'list' shows their ids") from None
    if fmt == "json":
        from .exports.workshop_json import write_workshop_file

        write_workshop_file(data, out)
    elif fmt == "csv":
        from .exports.csv_export import write_csv

        write_csv(data, out)
    else:
        from .exports.minutes_pdf import write_minutes

        write_minutes(data, out)
