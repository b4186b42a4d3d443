"""A PostgreSQL library (the organisation's archive): opened, initialised, migrated, or
refused in one line with nothing written, on the tests' own throwaway server."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import threading
import types
from collections.abc import Iterator

import pytest
from postgres_server import PASSWORD, PASSWORD_USER, PostgresServer

from coprod_desktop.db import credentials
from coprod_desktop.db import models as m
from coprod_desktop.db.errors import LibraryError, LibraryMissing, NewerLibrary, NotALibrary
from coprod_desktop.db.library import open_library
from coprod_desktop.db.location import parse_location, shown
from coprod_desktop.db.lock import open_with_lock
from coprod_desktop.services import workshops
from coprod_desktop.services.demo import create_demo_workshop


def tables(server: PostgresServer, url: str) -> set[str]:
    database = parse_location(url).database
    with server.connect(database) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {row[0] for row in rows}


@pytest.fixture
def no_prompt() -> Iterator[list[tuple[str, str]]]:
    """Records every time a password is asked for (and answers nothing)."""
    asked: list[tuple[str, str]] = []

    def prompt(where: str, user: str) -> None:
        asked.append((where, user))
        return None

    previous = credentials.set_password_prompt(prompt)
    yield asked
    credentials.set_password_prompt(previous)


def test_an_empty_database_becomes_a_library_and_keeps_what_is_put_in_it(
    postgres_server, postgres_database
):
    db = open_library(postgres_database)
    try:
        assert db.is_server and db.path is None
        demo = create_demo_workshop(db)
        before = workshops.load_workshop(db, demo.id)
    finally:
        db.close()
    again = open_library(postgres_database)
    try:
        assert workshops.load_workshop(again, demo.id) == before
    finally:
        again.close()
    assert {"workshops", "ballots", "round_voters", "alembic_version"} <= tables(
        postgres_server, postgres_database
    )


def test_another_programs_database_is_refused_untouched(postgres_server, postgres_database):
    database = parse_location(postgres_database).database
    postgres_server.admin("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)", database)
    with pytest.raises(NotALibrary, match="another program's tables"):
        open_library(postgres_database)
    assert tables(postgres_server, postgres_database) == {"invoices"}


def test_an_archive_made_by_a_newer_version_is_refused_untouched(
    postgres_server, postgres_database
):
    open_library(postgres_database).close()
    database = parse_location(postgres_database).database
    postgres_server.admin("UPDATE alembic_version SET version_num = '9999'", database)
    before = tables(postgres_server, postgres_database)
    with pytest.raises(NewerLibrary, match="newer version"):
        open_library(postgres_database)
    with postgres_server.connect(database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
    assert tables(postgres_server, postgres_database) == before


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://user:s3cret@host:notaport/db",
        "postgresql://user:s3cret@host:5432",
        "postgresql://[::1/db",
    ],
)
def test_an_address_that_does_not_parse_is_one_line_without_the_password(address):
    with pytest.raises(LibraryError, match="is not a library address") as caught:
        open_library(address)
    assert "s3cret" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_missing_database_is_named(postgres_server):
    with pytest.raises(LibraryMissing, match="no database nowhere_here"):
        open_library(postgres_server.url("nowhere_here"))


def test_no_server_there_is_one_line(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(LibraryError, match="Cannot reach the server") as caught:
        open_library(f"postgresql://someone@127.0.0.1:{port}/archive")
    assert "\n" not in str(caught.value)


def test_a_server_that_does_not_answer_is_given_up_on():
    """A listener that accepts and never speaks: refused after connect_timeout (10 s by
    default; this URL says 1)."""
    assert parse_location("postgresql://u@h/db").query["connect_timeout"] == "10"
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    port = silent.getsockname()[1]
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        silent.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(silent.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        with pytest.raises(LibraryError, match="did not answer within 1 seconds"):
            open_library(f"postgresql://someone@127.0.0.1:{port}/archive?connect_timeout=1")
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        silent.close()


@pytest.fixture
def archive(postgres_server) -> Iterator[str]:
    """A database the password-only role owns (reached over TCP, where it must give one)."""
    name = postgres_server.create_database(owner=PASSWORD_USER)
    yield name
    postgres_server.drop_database(name)


def test_a_wrong_password_in_the_address_is_refused_without_asking(
    postgres_server, archive, no_prompt, caplog
):
    caplog.set_level(logging.DEBUG)
    url = postgres_server.tcp_url(archive, user=PASSWORD_USER, password="wrong guess")
    with pytest.raises(LibraryError, match=f"refused the password for {PASSWORD_USER}") as caught:
        open_library(url)
    assert no_prompt == []
    assert "wrong guess" not in str(caught.value) and "wrong guess" not in caplog.text
    assert tables(postgres_server, postgres_server.url(archive)) == set()


def test_the_password_is_asked_for_and_never_shown_or_logged(postgres_server, archive, caplog):
    caplog.set_level(logging.DEBUG)
    asked = []

    def prompt(where: str, user: str) -> str:
        asked.append((where, user))
        return PASSWORD

    previous = credentials.set_password_prompt(prompt)
    try:
        db = open_library(postgres_server.tcp_url(archive, user=PASSWORD_USER))
    finally:
        credentials.set_password_prompt(previous)
    try:
        workshops.create_workshop(db, "Archived")
        assert [w.title for w in workshops.list_workshops(db)] == ["Archived"]
        assert asked == [
            (
                f"postgresql://{PASSWORD_USER}@127.0.0.1:{postgres_server.port}/{archive}",
                PASSWORD_USER,
            )
        ]
        for text in (db.shown, db.name, repr(db.engine), caplog.text):
            assert PASSWORD not in text
        assert db.engine.url.password is None
    finally:
        db.close()


def test_a_declined_password_is_one_line_and_nothing_is_written(
    postgres_server, archive, no_prompt
):
    with pytest.raises(LibraryError, match="asks for archivist's password, and none was given"):
        open_library(postgres_server.tcp_url(archive, user=PASSWORD_USER))
    assert len(no_prompt) == 1
    assert tables(postgres_server, postgres_server.url(archive)) == set()


def test_the_keyring_gives_the_password_when_it_holds_one(
    postgres_server, archive, no_prompt, monkeypatch
):
    url = postgres_server.tcp_url(archive, user=PASSWORD_USER)
    kept = {(credentials.KEYRING_SERVICE, shown(parse_location(url))): PASSWORD}
    fake = types.SimpleNamespace(get_password=lambda service, key: kept.get((service, key)))
    monkeypatch.setitem(sys.modules, "keyring", fake)
    db = open_library(url)
    db.close()
    assert no_prompt == []


def test_a_password_in_the_address_is_not_kept_anywhere(postgres_server, archive):
    db = open_library(postgres_server.tcp_url(archive, user=PASSWORD_USER, password=PASSWORD))
    try:
        assert PASSWORD not in db.shown and db.engine.url.password is None
        assert (
            db.shown == f"postgresql://{PASSWORD_USER}@127.0.0.1:{postgres_server.port}/{archive}"
        )
    finally:
        db.close()


def test_two_first_openings_at_once_both_succeed(postgres_database):
    results: list[object] = []

    def opening() -> None:
        try:
            db = open_library(postgres_database)
            db.close()
            results.append("ok")
        except Exception as exc:  # reported below
            results.append(exc)

    threads = [threading.Thread(target=opening) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["ok", "ok"]


def test_a_server_library_needs_no_file_lock(postgres_database):
    first, first_lock = open_with_lock(postgres_database, create=False)
    second, second_lock = open_with_lock(postgres_database, create=False)
    try:
        workshops.create_workshop(first, "One")
        workshops.create_workshop(second, "Two")
        assert sorted(w.title for w in workshops.list_workshops(first)) == ["One", "Two"]
    finally:
        for db, lock in ((first, first_lock), (second, second_lock)):
            db.close()
            lock.release()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_the_command_line_works_on_a_server_library(postgres_database):
    made = run_cli("--db", postgres_database, "demo")
    assert made.returncode == 0, made.stderr
    listed = run_cli("--db", postgres_database, "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split("\t")[0] == made.stdout.strip()


def test_the_command_line_refuses_a_wrong_password_in_one_line(postgres_server, archive):
    url = postgres_server.tcp_url(archive, user=PASSWORD_USER, password="nope")
    done = run_cli("--db", url, "list")
    assert done.returncode == 1
    assert done.stderr.startswith("error: The server of") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr and "nope" not in done.stderr


def test_the_command_line_without_a_terminal_does_not_wait_for_a_password(postgres_server, archive):
    done = run_cli("--db", postgres_server.tcp_url(archive, user=PASSWORD_USER), "list")
    assert done.returncode == 1
    assert "none was given" in done.stderr


def test_the_guards_checks_and_unique_indexes_fire_on_postgresql(postgres_database):
    from datetime import UTC, datetime

    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from coprod_desktop.services import board, voting

    db = open_library(postgres_database)
    try:
        one = workshops.create_workshop(db, "One")
        two = workshops.create_workshop(db, "Two")
        theme = board.add_theme(db, two.id, "Elsewhere")
        idea = board.capture_idea(db, one.id, "Later buses").idea
        rd = voting.create_round(db, one.id, "First?", method="tally")
        now = datetime.now(UTC)
        refused = [
            # a row pointing into another workshop (the PL/pgSQL guard)
            insert(m.Idea.__table__).values(
                workshop_id=one.id,
                text="x",
                theme_id=theme.id,
                colour="#FFFFFF",
                created_at=now,
            ),
            # CHECKs: neither item, and a count over the cap
            insert(m.Tally.__table__).values(round_id=rd.id, count=1),
            insert(m.Tally.__table__).values(round_id=rd.id, idea_id=idea.id, count=100001),
        ]
        for statement in refused:
            with pytest.raises(IntegrityError), db.transaction() as session:
                session.execute(statement)
        # the partial unique index: one tally per item
        with pytest.raises(IntegrityError), db.transaction() as session:
            for _ in range(2):
                session.execute(
                    insert(m.Tally.__table__).values(round_id=rd.id, idea_id=idea.id, count=1)
                )
        with db.transaction() as session:  # theme_id NULL twice is not a duplicate
            session.execute(
                insert(m.Tally.__table__).values(round_id=rd.id, idea_id=idea.id, count=1)
            )
    finally:
        db.close()


FACILITATOR_RIGHTS = """
GRANT USAGE ON SCHEMA public TO {role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};
"""


def test_a_facilitator_with_the_readmes_rights_works_but_cannot_update_the_schema(
    postgres_server, postgres_database
):
    """The README's set-up: the owner makes the tables, a facilitator's role may only read
    and write rows. It captures and votes (its VACUUMs only warn), and an archive needing
    an update is refused untouched when it opens it."""
    from coprod_desktop.db.errors import MigrationFailed
    from coprod_desktop.services import board, people, voting

    open_library(postgres_database).close()  # the owner's first opening
    database = parse_location(postgres_database).database
    role = f"facilitator_{database}"
    postgres_server.admin(f"CREATE ROLE {role} LOGIN")
    postgres_server.admin(f"GRANT CONNECT ON DATABASE {database} TO {role}")
    for statement in FACILITATOR_RIGHTS.format(role=role).strip().splitlines():
        postgres_server.admin(statement, database)
    url = postgres_server.url(database, user=role)
    db = open_library(url)
    try:
        w = workshops.create_workshop(db, "Published later")
        idea = board.capture_idea(db, w.id, "Later buses").idea
        voter = people.add_participant(db, w.id, "Aled")
        rd = voting.open_round(db, voting.create_round(db, w.id, "First?").id)
        voting.cast_ballot(db, rd.id, voter.id, {idea.id: 1})
        voting.close_round(db, rd.id)
        assert voting.round_results(db, rd.id)
    finally:
        db.close()
    postgres_server.admin("UPDATE alembic_version SET version_num = '0004'", database)
    with pytest.raises(MigrationFailed, match="nothing was changed"):
        open_library(url)
    with postgres_server.connect(database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0004",)]
    postgres_server.admin(f"DROP OWNED BY {role}", database)
    postgres_server.admin(f"DROP ROLE {role}")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "postgresql://aled:s3cret@db.example.org:5433/archive?sslmode=verify-full",
            "postgresql://aled@db.example.org:5433/archive?sslmode=verify-full",
        ),
        (
            "postgres://aled@/archive?host=/var/run/postgresql&password=s3cret",
            "postgresql://aled@/archive?host=%2Fvar%2Frun%2Fpostgresql",
        ),
    ],
)
def test_an_address_is_shown_with_its_settings_and_never_its_password(address, expected):
    url = parse_location(address)
    assert url.password == "s3cret" and url.drivername == "postgresql+psycopg"
    assert url.query["connect_timeout"] == "10"
    assert shown(url) == expected


def test_a_connection_lost_mid_step_is_said_and_the_step_not_kept(
    postgres_server, postgres_database
):
    from sqlalchemy import select, text

    from coprod_desktop.db import models as m
    from coprod_desktop.db.errors import StorageFailed

    db = open_library(postgres_database)
    try:
        with (
            pytest.raises(StorageFailed, match=r"connection to .* was lost"),
            db.transaction() as session,
        ):
            session.add(m.Workshop(title="Lost", created_at=now()))
            session.flush()
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            postgres_server.admin(f"SELECT pg_terminate_backend({pid})")
            session.execute(select(1))
        assert workshops.list_workshops(db) == []  # the next step reconnects
    finally:
        db.close()


def now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("sslmode=bogus", "invalid sslmode value"),
        ("foo=bar", 'invalid connection option "foo"'),
        ("connect_timeout=abc", "connect_timeout"),
    ],
)
def test_a_setting_libpq_does_not_know_is_one_line(query, said):
    with pytest.raises(LibraryError, match="Cannot reach the server") as caught:
        open_library(f"postgresql://someone@127.0.0.1:1/archive?{query}")
    assert said in str(caught.value) and "\n" not in str(caught.value)


def test_a_role_that_may_only_read_is_told_the_library_is_read_only(
    postgres_server, postgres_database
):
    from coprod_desktop.db.errors import StorageFailed

    open_library(postgres_database).close()
    database = parse_location(postgres_database).database
    role = f"reader_{database}"
    postgres_server.admin(f"CREATE ROLE {role} LOGIN")
    postgres_server.admin(f"GRANT CONNECT ON DATABASE {database} TO {role}")
    postgres_server.admin(f"GRANT USAGE ON SCHEMA public TO {role}", database)
    postgres_server.admin(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}", database)
    db = open_library(postgres_server.url(database, user=role))
    try:
        assert workshops.list_workshops(db) == []
        with pytest.raises(StorageFailed, match="is read-only, so nothing can be changed"):
            workshops.create_workshop(db, "Not allowed")
    finally:
        db.close()
        postgres_server.admin(f"DROP OWNED BY {role}", database)
        postgres_server.admin(f"DROP ROLE {role}")


def test_an_older_archive_is_updated_keeping_its_rows(postgres_server, postgres_database):
    """An archive left at revision 0004 (before workshop uids) is brought to the head in
    one transaction; its workshops keep their rows and get a uid each."""
    from alembic import command
    from sqlalchemy import text

    from coprod_desktop.db.engine import server_engine
    from coprod_desktop.db.guards import install_guards
    from coprod_desktop.db.library import alembic_config, head_revision

    engine = server_engine(parse_location(postgres_database))
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0004")
            install_guards(conn)
            conn.execute(
                text(
                    "INSERT INTO workshops (title, purpose, venue, facilitator, organisation, "
                    "language, created_at) VALUES ('Before uids', '', '', '', '', 'en', now())"
                )
            )
    finally:
        engine.dispose()
    db = open_library(postgres_database)
    try:
        (workshop,) = workshops.list_workshops(db)
        assert workshop.title == "Before uids"
        with db.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
                == head_revision()
            )
            uid = conn.execute(text("SELECT uid FROM workshops")).scalar_one()
        assert len(uid) == 32
    finally:
        db.close()
