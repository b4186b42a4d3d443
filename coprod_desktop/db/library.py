"""Opening a library file safely: check it, back it up, migrate it, or refuse it untouched.

Nothing is written to a file until it has been shown to be a coprod library (SQLite
header, our ``application_id``, a clean ``quick_check``, a schema revision we know).
``open_library`` also takes a PostgreSQL URL, which ``server.py`` opens as carefully.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..messages import QT_TRANSLATE_NOOP
from .engine import Database, make_engine, read_only_uri
from .errors import (
    DamagedLibrary,
    LibraryError,
    LibraryMissing,
    MigrationFailed,
    NotALibrary,
)
from .guards import drop_guards, install_guards
from .identity import APPLICATION_ID, SQLITE_MAGIC
from .location import parse_location
from .revisions import alembic_config, head_revision, known_revision
from .server import open_server_library

if TYPE_CHECKING:
    from sqlalchemy import URL

log = logging.getLogger(__name__)


def open_library(path: Path | str | URL, *, create: bool = True) -> Database:
    """Open (or, with ``create``, make) the library at ``path``, migrating it if older.

    ``path`` may also be a PostgreSQL URL (``postgresql://USER@HOST:PORT/DB``): see
    ``server.open_server_library``; an empty database there is always initialised (it
    was made for us), whatever ``create`` says.
    Raises a LibraryError subclass whose message is fit to show as is.
    """
    location = parse_location(path)
    if not isinstance(location, Path):
        return open_server_library(location)
    path = location.absolute()
    if not path.exists():
        if not create:
            raise LibraryMissing(
                QT_TRANSLATE_NOOP("library", "There is no library at {path}. Check the path."),
                path=path,
            )
        return create_library(path)
    revision = inspect_library(path)
    if not writable(path):
        if revision != head_revision():
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "library",
                    "{name} was made by an earlier version and needs updating, but it is "
                    "read-only. Copy it to a folder you can write to, then open the copy.",
                ),
                name=path.name,
            )
        return Database(path, make_engine(path, read_only=True), read_only=True)
    if revision != head_revision():
        backup = backup_library(path, _backup_name(path, revision))
        log.info("Backed up %s to %s before migrating from %s", path, backup, revision)
        _migrate(path, to=head_revision())
    return Database(path, make_engine(path))


def writable(path: Path) -> bool:
    """Whether this program may change the library at ``path``: the file, and its folder
    (where SQLite keeps the -wal and -shm files beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def create_library(path: Path) -> Database:
    """A new, empty library, built beside ``path`` and moved into place only when complete."""
    if path.parent and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                QT_TRANSLATE_NOOP("library", "Cannot create the folder {folder}: {why}"),
                folder=path.parent,
                why=exc.strerror,
            ) from exc
    temp = path.with_name(f".{path.name}.creating")
    try:
        for leftover in _sidecars(temp):
            leftover.unlink(missing_ok=True)
        _migrate(temp, to=head_revision())
        os.replace(temp, path)
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP("library", "Cannot create a library at {path}: {why}"),
            path=path,
            why=exc.strerror,
        ) from exc
    except MigrationFailed as exc:  # SQLite could not make the file there at all
        cause = exc.__cause__
        raise LibraryError(
            QT_TRANSLATE_NOOP("library", "Cannot create a library at {path}: {why}"),
            path=path,
            why=str(getattr(cause, "orig", None) or cause or exc),
        ) from exc
    finally:
        for leftover in _sidecars(temp):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return Database(path, make_engine(path))


def inspect_library(path: Path) -> str:
    """The schema revision of the library at ``path``, reading only.

    Raises NotALibrary, DamagedLibrary or NewerLibrary and writes nothing.
    """
    if not path.is_file():
        raise NotALibrary(
            QT_TRANSLATE_NOOP("library", "{path} is a folder or device, not a library file."),
            path=path,
        )
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP("library", "Cannot read {path}: {why}."), path=path, why=exc.strerror
        ) from exc
    if not header:
        raise NotALibrary(
            QT_TRANSLATE_NOOP("library", "{name} is an empty file, not a workshop library."),
            name=path.name,
        )
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotALibrary(
            QT_TRANSLATE_NOOP(
                "library", "{name} is not a workshop library (it is not a database file)."
            ),
            name=path.name,
        )
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotALibrary(
            QT_TRANSLATE_NOOP(
                "library",
                "{name} is another program's database, not a workshop library. "
                "It has been left as it was.",
            ),
            name=path.name,
        )
    uri = f"{path.as_uri()}?mode=ro" if writable(path) else read_only_uri(path)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DamagedLibrary(
            QT_TRANSLATE_NOOP("library", "{name} could not be opened: {why}."),
            name=path.name,
            why=str(exc),
        ) from exc
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()
        if not ok or ok[0] != "ok":
            raise DamagedLibrary(
                QT_TRANSLATE_NOOP(
                    "library",
                    "{name} is damaged ({why}). "
                    "Open a backup copy instead; this file has been left as it was.",
                ),
                name=path.name,
                why=ok[0] if ok else "no answer",
            )
        revision = _revision(conn)
    except sqlite3.DatabaseError as exc:
        raise DamagedLibrary(
            QT_TRANSLATE_NOOP(
                "library",
                "{name} is damaged ({why}). "
                "Open a backup copy instead; this file has been left as it was.",
            ),
            name=path.name,
            why=str(exc),
        ) from exc
    finally:
        conn.close()
    if revision is None:
        raise DamagedLibrary(
            QT_TRANSLATE_NOOP(
                "library", "{name} has no schema version; it cannot be opened safely."
            ),
            name=path.name,
        )
    return known_revision(revision, path.name)


def _revision(conn: sqlite3.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 else None


def backup_library(source: Path, destination: Path) -> Path:
    """A complete copy (a plain file copy misses the WAL) through ``VACUUM INTO``: it
    writes every table anew in key order, so the copy keeps no trace of the order rows
    were added in (which would pair a secret round's voters with their ballots) and
    nothing of deleted rows."""
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        src.execute("VACUUM INTO ?", (str(destination),))
    finally:
        src.close()
    return destination


def _backup_name(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-{stamp}-r{revision}{path.suffix or '.db'}")


def _migrate(path: Path, *, to: str) -> None:
    """Run the migrations in one transaction with foreign keys off (batch table rebuilds
    would otherwise cascade-delete child rows), checking foreign keys before commit."""
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as conn:
            with conn.begin():
                config = alembic_config()
                config.attributes["connection"] = conn
                drop_guards(conn)
                command.upgrade(config, to)
                install_guards(conn)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(
                        QT_TRANSLATE_NOOP(
                            "library",
                            "Updating {name} would break {count} links between "
                            "records; nothing was changed. Please report this.",
                        ),
                        name=path.name,
                        count=len(problems),
                    )
            raw = conn.connection.dbapi_connection
            assert raw is not None
            # Rebuilt tables and moved rows leave old bytes in free space: write the file
            # anew, then fold the log in.
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except LibraryError:
        raise
    except Exception as exc:
        log.exception("Migration of %s failed", path)
        raise MigrationFailed(
            QT_TRANSLATE_NOOP(
                "library", "Updating {name} to this version failed ({why}); nothing was changed."
            ),
            name=path.name,
            why=str(exc),
        ) from exc
    finally:
        engine.dispose()


def _sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
