"""``coprod-desktop --db LAPTOP publish ID --to ARCHIVE``: one line saying where the
workshop went, warnings on stderr, one-line refusals that leave the archive untouched,
and never a password on the terminal."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from postgres_server import PASSWORD, PASSWORD_USER

from coprod_desktop.app import main
from coprod_desktop.db.library import open_library
from coprod_desktop.db.lock import LibraryLock
from coprod_desktop.exports import publish
from coprod_desktop.services import voting, workshops

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str, str]:
    """The program as a user starts it: a separate process, through main.py."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=120
    )
    return done.returncode, done.stdout, done.stderr


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The same, in this process (quicker)."""
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out = capsys.readouterr()
    return int(exited.value.code or 0), out.out, out.err


@pytest.fixture
def laptop(demo_db) -> Path:
    """A laptop library holding the demo workshop (id 1, two people not named), with a
    round still open."""
    ideas = [i.id for i in workshops.load_workshop(demo_db, 1).ideas[:3]]
    running = voting.create_round(demo_db, 1, "Which trip next?", items=ideas)
    voting.open_round(demo_db, running.id)
    assert demo_db.path is not None
    return demo_db.path


@pytest.fixture
def archive(tmp_path, _empty_library) -> Path:
    path = tmp_path / "archive.db"
    path.write_bytes(_empty_library.read_bytes())
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_publish_prints_where_it_went_then_updates(laptop, archive):
    code, out, err = run("--db", str(laptop), "publish", "1", "--to", str(archive))
    assert code == 0
    assert out == f"Published workshop 1 to {archive} as workshop 1 (new)\n"
    assert err.splitlines() == [
        "warning: The round “Which trip next?” is still open, so it is left out.",
        "warning: 2 participants have not agreed to be named and are published as "
        "“Participant 3 (Members)” and so on.",
    ]
    code, out, _ = run("--db", str(laptop), "publish", "1", "--to", str(archive))
    assert (code, out) == (0, f"Published workshop 1 to {archive} as workshop 1 (updated)\n")
    code, out, _ = run("--db", str(archive), "list")
    assert out == "1\t2026-11-26\tOakfield Day Centre: what next?\n"


def test_refusals_are_one_line_and_leave_the_archive_as_it_was(capsys, laptop, archive, tmp_path):
    before = digest(archive)
    cases = {
        ("publish", "9", "--to", str(archive)): "error: there is no workshop 9; 'list' shows",
        ("publish", "1", "--to", str(laptop)): "is the library the workshop is in",
        ("publish", "1", "--to", str(tmp_path / "typo.db")): "There is no library at",
        ("publish", "1", "--to", "postgresql://me@:port/db"): "is not a library address",
    }
    for args, expected in cases.items():
        code, out, err = call(capsys, "--db", str(laptop), *args)
        assert (code, out) == (1, ""), args
        assert err.startswith("error: ") and expected in err and err.count("\n") == 1, err
    assert digest(archive) == before and not (tmp_path / "typo.db").exists()

    text = tmp_path / "archive.txt"
    text.write_text("minutes of the last meeting\n" * 10)
    code, _, err = call(capsys, "--db", str(laptop), "publish", "1", "--to", str(text))
    assert code == 1 and "not a workshop library" in err
    assert text.read_text() == "minutes of the last meeting\n" * 10

    newer = sqlite3.connect(archive)
    newer.execute("UPDATE alembic_version SET version_num = '9999'")
    newer.commit()
    newer.close()
    before = digest(archive)
    code, _, err = call(capsys, "--db", str(laptop), "publish", "1", "--to", str(archive))
    assert code == 1 and "made by a newer version" in err
    assert digest(archive) == before


def test_an_archive_the_app_has_open_is_refused_after_a_short_wait(
    capsys, laptop, archive, monkeypatch
):
    monkeypatch.setattr(publish, "LOCK_WAIT_S", 0.3)
    window = LibraryLock(archive)  # as a window holding the archive does
    window.acquire()
    try:
        code, out, err = call(capsys, "--db", str(laptop), "publish", "1", "--to", str(archive))
    finally:
        window.release()
    assert (code, out) == (1, "")
    assert err.startswith("error: This library is already open in another coprod-desktop")
    database = open_library(archive)
    try:
        assert workshops.list_workshops(database) == []
    finally:
        database.close()


def test_a_server_archive_s_password_is_never_printed(capsys, laptop, postgres_server):
    name = postgres_server.create_database(owner=PASSWORD_USER)
    url = postgres_server.tcp_url(name, user=PASSWORD_USER, password=PASSWORD)
    code, out, err = call(capsys, "--db", str(laptop), "publish", "1", "--to", url)
    assert code == 0, err
    shown = f"postgresql://{PASSWORD_USER}@127.0.0.1:{postgres_server.port}/{name}"
    assert out == f"Published workshop 1 to {shown} as workshop 1 (new)\n"
    wrong = postgres_server.tcp_url(name, user=PASSWORD_USER, password="not the password")
    code, out, err = call(capsys, "--db", str(laptop), "publish", "1", "--to", wrong)
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert PASSWORD not in out + err and "not the password" not in out + err
    postgres_server.drop_database(name)
