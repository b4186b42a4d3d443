"""The engines of a library, and the open library the services run in.

A library file is SQLite with the settings that keep every committed action on disk; the
organisation's archive is PostgreSQL (``server_engine``), whose server keeps its own.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from .bad_text import bad_text_error, is_bad_text
from .changes import ChangeSet, Recording, Verb, statement_change, statement_ids
from .errors import LibraryError, server_failure, storage_failure
from .location import Location, short_name, shown, without_password

BUSY_TIMEOUT_MS = 5000
CHECKPOINT_WAIT_MS = 100

log = logging.getLogger(__name__)


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI that reads ``path`` without writing anything beside it (no -wal
    or -shm: the folder may be read-only too); for a file nobody can be writing."""
    return f"{path.absolute().as_uri()}?mode=ro&immutable=1"


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """An engine on ``path``: WAL, synchronous=FULL, foreign keys, transactional DDL.

    Python's sqlite3 driver commits DDL on its own, which leaves a half-run migration
    behind; the driver's transaction handling is switched off and BEGIN emitted by hand,
    as SQLAlchemy's SQLite documentation describes. The path goes in as a URL field, not
    through URL parsing, so "?", "#", "%" and spaces in folder names are just characters.
    ``read_only``: a library the user may not write (see ``read_only_uri``).
    """
    if read_only:
        url = URL.create("sqlite", database=read_only_uri(path), query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Deleted rows are overwritten with zeros, not left in free space: a ballot moved
        # by ballot_box must not stay readable where it was.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


# The register and the box of every round: what a PostgreSQL library writes anew after a
# cast or a close, so the row versions a cast replaced do not stay in the tables' pages.
BALLOT_TABLES = ("round_voters", "ballots", "ballot_dots", "named_ballots")


def server_engine(url: URL, password: str | None = None) -> Engine:
    """An engine on a PostgreSQL library. ``password`` goes to the driver for each
    connection and never into the URL, so nothing that shows or logs the engine's URL
    can give it away; without one libpq looks in PGPASSWORD and ``~/.pgpass``."""
    connect_args = {} if password is None else {"password": password}
    return create_engine(without_password(url), connect_args=connect_args, pool_pre_ping=True)


class Database:
    """An open library: its engine and the sessions that services run in.

    ``location`` is a file's Path or a server's URL; ``path`` is the file (None for a
    server: SQLite's own features, the lock, backups and checkpoints, need one), ``shown``
    names it to people and settings (never with a password), ``name`` is short, for
    messages.
    """

    def __init__(self, location: Location, engine: Engine, *, read_only: bool = False) -> None:
        self.location = location
        self.path: Path | None = location if isinstance(location, Path) else None
        self.shown = shown(location)
        self.name = short_name(location)
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._recording = Recording()
        self._open = threading.local()  # the transaction each thread is in, if any
        _record_writes(self._sessions, engine, self._recording)

    @contextmanager
    def recording(self) -> Iterator[Callable[[], ChangeSet]]:
        """Record what every transaction of this thread commits until the block ends;
        yields a function giving the ChangeSet so far. Recordings nest (the outermost
        one holds it all)."""
        from .models import Base

        with self._recording.open() as recorder:
            yield lambda: recorder.change_set(Base.metadata.tables)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case: commit on success, roll back everything on any error. A full
        disk, a read-only library or a lost drive comes out as StorageFailed, in words;
        text that is not UTF-8 as DamagedLibrary naming the record (``bad_text``).

        Inside another transaction of this library in the same thread, it joins that one:
        a use case made of several services (importing a workshop file) then commits all
        of them together, or nothing."""
        joined: Session | None = getattr(self._open, "session", None)
        if joined is not None:
            yield joined
            return
        try:
            with self._recording.transaction(), self._sessions() as session, session.begin():
                session.info["recording"] = self._recording
                self._open.session = session
                try:
                    yield session
                finally:
                    self._open.session = None
        except DBAPIError as exc:
            failure: LibraryError | None = None
            if self.path is not None:
                failure = storage_failure(exc, self.path)
                if failure is None and is_bad_text(exc):
                    failure = bad_text_error(self.engine, self.path)
            else:
                failure = server_failure(exc, self.name)
            if failure is None:
                raise
            raise failure from exc

    @property
    def is_server(self) -> bool:
        """Whether this library is a database server's (PostgreSQL) rather than a file."""
        return self.path is None

    def checkpoint(self, *, wait_ms: int = CHECKPOINT_WAIT_MS) -> bool:
        """Fold the write-ahead log into the file and empty it; False when a reader in
        another process held it back (the next checkpoint takes it on). Waits at most
        ``wait_ms`` for such a reader, so a cast never stalls behind an export.

        On PostgreSQL the server keeps its own log; what a cast leaves behind there is
        the old versions of the rows it replaced, so the ballot tables are written anew.
        Inside a transaction nothing is folded yet: its caller checkpoints once it commits.
        """
        if getattr(self._open, "session", None) is not None:
            return False
        if self.path is None:
            return self._rewrite_ballot_tables()
        if self.read_only:
            return True
        try:
            with self.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert raw is not None
                raw.execute(f"PRAGMA busy_timeout={wait_ms}")
                try:
                    busy, _frames, _copied = raw.execute(
                        "PRAGMA wal_checkpoint(TRUNCATE)"
                    ).fetchone()
                finally:
                    raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        except sqlite3.Error:
            log.warning("Checkpoint of %s failed", self.path, exc_info=True)
            return False
        if busy:
            log.info("Checkpoint of %s waits for a reader", self.path)
        return not busy

    def _rewrite_ballot_tables(self) -> bool:
        """VACUUM FULL the register and the box (it cannot run inside a transaction).

        PostgreSQL has no secure_delete. Every cast rewrites its round, and the server
        keeps each replaced row version as a dead tuple stamped with the transaction that
        wrote it (xmin): the first version of a register entry and of a ballot carry the
        same one, which pairs them. Plain VACUUM takes dead tuples out of the pages' item
        lists but leaves their bytes in the pages' free space (measured: 59 copies of 30
        ballot ids after 30 casts); VACUUM FULL writes the tables anew into fresh files
        and drops the old ones, so the pages hold the live rows alone (30 of 30). It
        locks the four tables for the few milliseconds that takes, longer on an archive
        with many rounds. Out of our reach: the dropped files' blocks until the file
        system reuses them, and the server's write-ahead log (each cast's transaction,
        the whole round in it) until the server recycles it, for good where the
        administrator archives WAL or keeps replicas. So rounds are best voted on a
        laptop and published once closed (one transaction, rows in a random order).
        False when it failed; run by a user that does not own the tables it only warns
        (the README's facilitators), and the dead rows wait for autovacuum."""
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                conn.exec_driver_sql(f"VACUUM FULL {', '.join(BALLOT_TABLES)}")
        except DBAPIError:
            log.warning("VACUUM FULL of the ballot tables of %s failed", self.shown, exc_info=True)
            return False
        return True

    def close(self) -> None:
        """Fold the write-ahead log back into the file so a plain copy of it is complete."""
        if self.path is not None:
            self.checkpoint(wait_ms=BUSY_TIMEOUT_MS)
        self.engine.dispose()


def _record_writes(sessions: sessionmaker[Session], engine: Engine, recording: Recording) -> None:
    """Tell ``recording`` of every write: ORM flushes with their ids, statements run
    through a session and driver SQL by their table."""

    @event.listens_for(sessions, "after_flush")
    def _flushed(session: Session, _context: Any) -> None:
        recording.flushed(session)

    @event.listens_for(sessions, "do_orm_execute")
    def _statement(state: ORMExecuteState) -> None:
        pending = recording.pending
        if pending is None or not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        if table is not None:
            verb: Verb = (
                "created" if state.is_insert else "updated" if state.is_update else "deleted"
            )
            pending.add(verb, table.name, statement_ids(state.statement, state.parameters))

    @event.listens_for(engine, "before_cursor_execute")
    def _driver_sql(
        _conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool
    ) -> None:
        pending = recording.pending
        if pending is None or (context is not None and context.compiled is not None):
            return  # compiled statements were seen above, with more detail
        found = statement_change(statement)
        if found is not None:
            pending.add(found[0], found[1], None)
