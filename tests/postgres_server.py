"""A throwaway PostgreSQL server for the tests: made in a temporary folder, on a free port
and a Unix socket of its own, and removed at the end. No test touches any other server.

As root (CI, these machines) the server runs as the ``postgres`` user (initdb refuses
root); otherwise as the user running the tests. ``find_bindir`` looks for Debian's
``/usr/lib/postgresql/*/bin``, then ``pg_config --bindir``, then ``initdb`` on PATH.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
from psycopg import sql

# A role that must give a password (over TCP, scram-sha-256), for the credential tests.
PASSWORD_USER = "archivist"
PASSWORD = "correct horse battery staple"


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are, or None when PostgreSQL is not installed."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parent.parent.name.split(".")],
    )
    if found:
        return Path(found[-1]).parent
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, check=True, text=True)
        bindir = Path(out.stdout.strip())
        if (bindir / "initdb").exists():
            return bindir
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def missing(reason: str) -> NoReturn:
    """PostgreSQL is not there: skip the test here, but fail it on CI, where .ci/run
    installs PostgreSQL and a skip would hide that the server tests never ran."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One running server; ``url(database)`` names a database on it (superuser, over the
    socket, no password), ``create_database`` / ``drop_database`` make fresh ones."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        self.base = Path(tempfile.mkdtemp(prefix="coprod-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.user = "postgres"
        self._started = False

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=120, check=False
        )
        if result.returncode != 0:
            log = self.base / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {result.stderr or result.stdout}\n{tail}")

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.base, "postgres", "postgres")
        os.chmod(self.base, 0o755)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        # Durability is the server's business, not the tests': no fsync, no autovacuum
        # (the tests vacuum where they mean to).
        options = (
            f"-k {self.base} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c autovacuum=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.base / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        self._started = True
        self.admin(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(PASSWORD_USER), sql.Literal(PASSWORD)
            )
        )

    def stop(self) -> None:
        if self._started:
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
            self._started = False
        shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str, *, user: str | None = None) -> str:
        """The library URL of ``database``: over this server's Unix socket."""
        return f"postgresql://{user or self.user}@:{self.port}/{database}?host={self.base}"

    def tcp_url(self, database: str, *, user: str, password: str | None = None) -> str:
        """Over TCP on 127.0.0.1, where every role must give a password."""
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host=str(self.base), port=self.port, user=self.user, dbname=database, autocommit=True
        )

    def admin(self, statement: sql.Composable | str, database: str = "postgres") -> None:
        with self.connect(database) as conn:
            conn.execute(statement if isinstance(statement, sql.Composable) else sql.SQL(statement))

    def create_database(self, *, template: str | None = None, owner: str | None = None) -> str:
        name = f"t_{secrets.token_hex(6)}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        if owner:
            statement += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        self.admin(statement)
        return name

    def drop_database(self, name: str) -> None:
        self.admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
