"""Shared fixtures: a fresh library per test (a file, or a PostgreSQL database on a
throwaway server: ``library``), headless Qt, isolated user folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from postgres_server import PostgresServer, find_bindir, missing

from coprod_desktop.db.engine import Database
from coprod_desktop.db.library import open_library

# CI runs the same examples every time, so a red run is never luck; locally they vary.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's data, logs or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture(scope="session")
def _empty_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly migrated library, copied for each test (migrating takes a while)."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_library(path).close()
    return path


@pytest.fixture(scope="session")
def _demo_library(tmp_path_factory: pytest.TempPathFactory, _empty_library: Path) -> Path:
    from coprod_desktop.services.demo import create_demo_workshop

    path = tmp_path_factory.mktemp("template") / "demo.db"
    shutil.copyfile(_empty_library, path)
    database = open_library(path)
    create_demo_workshop(database)
    database.close()
    return path


def _copy_of(template: Path, path: Path) -> Iterator[Database]:
    shutil.copyfile(template, path)
    database = open_library(path)
    yield database
    database.close()


@pytest.fixture
def db(library_path: Path, _empty_library: Path) -> Iterator[Database]:
    """A new, empty library."""
    yield from _copy_of(_empty_library, library_path)


@pytest.fixture
def demo_db(library_path: Path, _demo_library: Path) -> Iterator[Database]:
    """A library holding the demo workshop (id 1)."""
    yield from _copy_of(_demo_library, library_path)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of the tests' own, for the whole run; skipped (failed on CI,
    where .ci/run installs it) when PostgreSQL is not installed."""
    bindir = find_bindir()
    if bindir is None:
        missing("PostgreSQL is not installed (no initdb): the server library tests need it")
    server = PostgresServer(bindir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on the tests' server, dropped afterwards."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def _empty_postgres_library(postgres_server: PostgresServer) -> str:
    """One migrated database that each test's database is copied from (CREATE DATABASE
    ... TEMPLATE), as _empty_library for files."""
    name = postgres_server.create_database()
    open_library(postgres_server.url(name)).close()
    return name


@pytest.fixture(params=["sqlite", "postgresql"])
def library(request: pytest.FixtureRequest, library_path: Path) -> Iterator[Database]:
    """A new, empty library: a file, then a PostgreSQL database (the archive)."""
    if request.param == "sqlite":
        yield from _copy_of(request.getfixturevalue("_empty_library"), library_path)
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database(template=request.getfixturevalue("_empty_postgres_library"))
    database = open_library(server.url(name))
    try:
        yield database
    finally:
        database.close()
        server.drop_database(name)


class Room:
    """A small workshop made through the services: 2 groups, 6 people, 4 ideas, 2 themes."""

    def __init__(self, db: Database) -> None:
        from coprod_desktop.services import board, people, workshops

        self.db = db
        self.workshop = workshops.create_workshop(db, "Library hours", venue="Town hall")
        self.residents = people.add_group(db, self.workshop.id, "Residents")
        self.staff = people.add_group(db, self.workshop.id, "Staff")
        self.people = [
            people.add_participant(
                db,
                self.workshop.id,
                name,
                group_id=(self.residents if n < 4 else self.staff).id,
                named_in_minutes=n != 1,
            )
            for n, name in enumerate(["Aled", "Bethan", "Carys", "Dai", "Eleri", "Ffion"])
        ]
        self.transport = board.add_theme(db, self.workshop.id, "Transport")
        self.opening = board.add_theme(db, self.workshop.id, "Opening hours")
        texts = ["Later buses", "Open on Sundays", "Quiet room", "Cheaper café"]
        self.ideas = [
            board.capture_idea(
                db,
                self.workshop.id,
                text,
                author_id=self.people[n].id,
                theme_id=[self.transport.id, self.opening.id, None, None][n],
            ).idea
            for n, text in enumerate(texts)
        ]

    @property
    def id(self) -> int:
        return self.workshop.id


@pytest.fixture
def room(db: Database) -> Room:
    return Room(db)
