"""The tests' own PostgreSQL server: missing, it skips here and fails on CI; running, it
is reached only through its own socket and loopback port."""

from __future__ import annotations

import pytest
from postgres_server import PostgresServer, missing


def test_missing_postgresql_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        missing("PostgreSQL is not installed")


def test_missing_postgresql_fails_on_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="not installed"):
        missing("PostgreSQL is not installed")


def test_the_server_is_the_tests_own(postgres_server: PostgresServer) -> None:
    with postgres_server.connect() as conn:
        settings = dict(
            conn.execute(
                "SELECT name, setting FROM pg_settings WHERE name IN "
                "('listen_addresses', 'unix_socket_directories', 'port', 'data_directory')"
            ).fetchall()
        )
    assert settings["listen_addresses"] == "127.0.0.1"
    assert settings["unix_socket_directories"] == str(postgres_server.base)
    assert int(settings["port"]) == postgres_server.port
    assert settings["data_directory"].startswith(str(postgres_server.base))
