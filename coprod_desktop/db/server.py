"""Opening a PostgreSQL library (the organisation's archive): connect, check, migrate.

As with a file, nothing is written until the database has been shown to be ours or
empty: an empty database (no tables in its schema) is initialised by the migrations; one
with our tables at a revision we know is migrated if older; anything else (another
program's tables, a revision from a newer version) is refused untouched. PostgreSQL runs
DDL in transactions, so a migration is one transaction: it lands whole or not at all
(a file library takes a backup copy first; a server's backups are its administrator's).
Two laptops opening an empty archive at once take turns on an advisory lock.

Every refusal is one LibraryError line: a URL that does not parse (``location``), a
server that does not answer within ``connect_timeout`` (10 s unless the URL says), a
missing database, a refused password.
"""

from __future__ import annotations

import getpass
import logging

from sqlalchemy import URL, Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from ..messages import QT_TRANSLATE_NOOP
from .credentials import ask_password, keyring_password
from .engine import Database, server_engine
from .errors import LibraryError, LibraryMissing, MigrationFailed, NotALibrary
from .guards import drop_guards, install_guards
from .location import CONNECT_TIMEOUT_S, short_name, shown, without_password
from .revisions import alembic_config, head_revision, known_revision

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key: "CPRD", as the SQLite header's application_id.
MIGRATION_LOCK = 0x43505244
# Tables every revision of ours has: a database holding them and an alembic_version we
# do not know was made by a newer version; without them it is another program's.
OUR_TABLES = frozenset({"workshops", "rounds", "ballots", "round_voters", "ideas"})


def open_server_library(url: URL) -> Database:
    """Open the library in the PostgreSQL database ``url`` names (a psycopg URL from
    ``location.parse_location``), initialising it if empty and migrating it if older."""
    engine = connect(url)
    try:
        revision = inspect_server(engine, url)
        if revision != head_revision():
            migrate_server(engine, url)
    except BaseException:
        engine.dispose()
        raise
    return Database(without_password(url), engine)


def connect(url: URL) -> Engine:
    """An engine that has connected once: with the URL's password, else libpq's own
    (PGPASSWORD, ~/.pgpass), else the keyring's, else the one the person gives."""
    given = url.password
    password = None if given is None else str(given)
    tried_password = password is not None
    asked = False
    while True:
        engine = server_engine(url, password)
        try:
            with engine.connect():
                return engine
        except DBAPIError as exc:
            engine.dispose()
            why = str(exc.orig)
            if not isinstance(exc, OperationalError) or not _wants_password(why):
                # a setting libpq does not know (?foo=, a bad connect_timeout) comes as a
                # ProgrammingError: the address is wrong all the same
                raise _unreachable(url, why) from None
            if given is not None:  # the URL's own password is wrong: say so, do not ask
                raise _refused(url) from None
            if password is None and not asked:
                password = keyring_password(shown(url), _user(url))
                if password is not None:
                    tried_password = True
                    continue
            if asked:
                raise _refused(url) from None
            asked = True
            password = ask_password(shown(url), _user(url))
            if password is None:
                if tried_password:
                    raise _refused(url) from None
                raise LibraryError(
                    QT_TRANSLATE_NOOP(
                        "library",
                        "The server of {name} asks for {user}'s password, and none was "
                        "given. Put it in ~/.pgpass or the system keyring, or type it when "
                        "asked.",
                    ),
                    name=short_name(url),
                    user=_user(url),
                ) from None
            tried_password = True


def _user(url: URL) -> str:
    """The user the server is asked for: the URL's, else (as libpq) this system user."""
    if url.username:
        return url.username
    try:
        return getpass.getuser()
    except Exception:  # no name for this user id: libpq would fail the same way
        return "?"


def _wants_password(why: str) -> bool:
    return "no password supplied" in why or "password authentication failed" in why


def _refused(url: URL) -> LibraryError:
    return LibraryError(
        QT_TRANSLATE_NOOP(
            "library", "The server of {name} refused the password for {user}. Nothing was changed."
        ),
        name=short_name(url),
        user=_user(url),
    )


def _unreachable(url: URL, why: str) -> LibraryError:
    name = short_name(url)
    if "does not exist" in why and "database" in why:
        return LibraryMissing(
            QT_TRANSLATE_NOOP(
                "library",
                "There is no database {database} on that server. Ask the archive's "
                "administrator to create it, or check the address.",
            ),
            database=url.database,
        )
    if "timeout expired" in why or "timed out" in why:
        seconds = url.query.get("connect_timeout", CONNECT_TIMEOUT_S)
        return LibraryError(
            QT_TRANSLATE_NOOP(
                "library",
                "The server of {name} did not answer within {seconds} seconds. Check the "
                "address and the network, then try again.",
            ),
            name=name,
            seconds=seconds,
        )
    # The driver's own words, first line only: they name the host and the reason, never
    # a password.
    reason = why.splitlines()[0].removeprefix("connection failed: ").strip()
    return LibraryError(
        QT_TRANSLATE_NOOP(
            "library", "Cannot reach the server of {name} ({why}). Check the address."
        ),
        name=name,
        why=reason,
    )


def inspect_server(engine: Engine, url: URL) -> str | None:
    """The schema revision of the library in this database, None when it is empty;
    reading only. Raises NotALibrary or NewerLibrary."""

    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = _revision(conn) if "alembic_version" in tables else None
    except DBAPIError as exc:
        raise _unreachable(url, str(exc.orig)) from None
    if not tables:
        return None
    if not tables >= OUR_TABLES:
        raise NotALibrary(
            QT_TRANSLATE_NOOP(
                "library",
                "{name} holds another program's tables, not a workshop library. It has "
                "been left as it was.",
            ),
            name=short_name(url),
        )
    return known_revision(revision, short_name(url))


def _revision(conn: Connection) -> str | None:
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def migrate_server(engine: Engine, url: URL) -> None:
    """Bring the database to the head revision in one transaction (DDL included), under
    an advisory lock so two first openings take turns; the second finds it done."""
    from alembic import command

    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" in tables and _revision(conn) == head_revision():
                return  # another laptop did it while this one waited
            config = alembic_config()
            config.attributes["connection"] = conn
            drop_guards(conn)
            command.upgrade(config, head_revision())
            install_guards(conn)
    except Exception as exc:
        log.warning("Migration of %s failed: %s", shown(url), exc)
        why = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise MigrationFailed(
            QT_TRANSLATE_NOOP(
                "library", "Updating {name} to this version failed ({why}); nothing was changed."
            ),
            name=short_name(url),
            why=why,
        ) from exc
