"""``serve-ballot``: one line with the address, serving until the round closes or Ctrl+C,
and a one-line refusal for a round phones cannot vote in."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from coprod_desktop.services import voting

ROOT = Path(__file__).resolve().parents[2]
URL = re.compile(r"http://127\.0\.0\.1:\d+/b/[A-Za-z0-9_-]{22,}/")


def start(library: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(library), "serve-ballot", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def first_line(process: subprocess.Popen[str], timeout: float = 30) -> str:
    """The first line the command prints, without waiting forever for it."""
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    if not found:
        process.kill()
        raise AssertionError("serve-ballot printed no address")
    return found[0]


@pytest.fixture
def open_round(room) -> int:
    rd = voting.create_round(room.db, room.id, "Which first?", electors=[p.id for p in room.people])
    return voting.open_round(room.db, rd.id).id


def test_serves_until_the_round_closes(room, open_round, library_path):
    process = start(library_path, str(open_round), "--host", "127.0.0.1")
    try:
        line = first_line(process)
        assert URL.fullmatch(line.rstrip("\n")), line
        with urllib.request.urlopen(line.strip() + "round", timeout=10) as response:
            data = json.loads(response.read())
        assert data["round"] == open_round and len(data["voters"]) == 6
        voting.close_round(room.db, open_round)
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert out == ""  # the address was the only line
    assert len(err.splitlines()) <= 1 and "Traceback" not in err


def test_ctrl_c_stops_it_cleanly(open_round, library_path):
    process = start(library_path, str(open_round), "--host", "127.0.0.1", "--port", "0")
    try:
        url = first_line(process).strip()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert (process.returncode, out, err) == (0, "", "")
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "round", timeout=5)


@pytest.mark.parametrize("state", ["draft", "closed", "tally", "missing"])
def test_a_round_phones_cannot_vote_in_is_refused_in_one_line(room, library_path, state):
    if state == "missing":
        round_id = 999
    elif state == "tally":
        round_id = voting.open_round(
            room.db, voting.create_round(room.db, room.id, "Stickers", method="tally").id
        ).id
    else:
        round_id = voting.create_round(room.db, room.id, "Which first?").id
        if state == "closed":
            voting.open_round(room.db, round_id)
            voting.close_round(room.db, round_id)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(library_path),
            "serve-ballot",
            str(round_id),
            "--host",
            "127.0.0.1",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("error: ")
    expected = {
        "draft": f"Round {round_id} is not open for voting.",
        "closed": f"Round {round_id} is not open for voting.",
        "tally": f"Round {round_id} counts sticker dots; phones cannot vote in it.",
        "missing": "There is no voting round 999.",
    }[state]
    assert done.stderr == f"error: {expected}\n"


def test_no_network_is_said_plainly(monkeypatch):
    from coprod_desktop.web import command
    from coprod_desktop.web.server import BallotServerError

    monkeypatch.setattr(command, "usable_addresses", lambda: [])
    with pytest.raises(BallotServerError) as raised:
        command.default_host()
    assert "hotspot" in str(raised.value) and "--host 127.0.0.1" in str(raised.value)


def test_usage_is_checked(library_path, db):
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(library_path), "serve-ballot", "x"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "ROUND_ID" in done.stderr
