"""Every migration runs on both kinds of library, one revision at a time, from an empty
database to the head, and ends exactly at the models (guards installed on top)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from coprod_desktop.db import models as m
from coprod_desktop.db.engine import make_engine, server_engine
from coprod_desktop.db.guards import SAME_WORKSHOP, install_guards
from coprod_desktop.db.location import parse_location
from coprod_desktop.db.revisions import alembic_config, head_revision, known_revisions


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:
    """An engine on an empty database: a new file, or a new database on the tests' server."""
    if request.param == "sqlite":
        engine = make_engine(tmp_path / "empty.db", foreign_keys=False)
    else:
        engine = server_engine(parse_location(request.getfixturevalue("postgres_database")))
    yield engine
    engine.dispose()


def test_every_migration_runs_one_by_one_from_empty_to_the_models(empty_engine):
    revisions = sorted(known_revisions())
    assert revisions[-1] == head_revision()
    for revision in revisions:
        with empty_engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            assert MigrationContext.configure(conn).get_current_revision() == revision
    with empty_engine.begin() as conn:
        install_guards(conn)
        assert compare_metadata(MigrationContext.configure(conn), m.Base.metadata) == []
        unique = {
            index["name"]
            for table in ("round_items", "tallies", "action_links", "ballot_dots")
            for index in inspect(conn).get_indexes(table)
            if index["unique"]
        }
    assert {f"uq_tallies_{item}" for item in ("idea_id", "theme_id")} <= unique
    assert len(SAME_WORKSHOP) == 20
