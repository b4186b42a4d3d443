"""The secret ballot, attacked as someone holding the library file would (see
``ballot_attacks``): no method may name more voters than chance does. The control test
stores ballots the naive way (in casting order, the log left alone) and shows each attack
does name the voters then: the attacks are real.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from ballot_attacks import (
    VOTERS,
    Election,
    _distinct_choices,
    assert_chance,
    attack,
    hold_election,
)
from sqlalchemy import insert

from coprod_desktop.db import models as m
from coprod_desktop.db.engine import Database
from coprod_desktop.db.library import open_library
from coprod_desktop.services import voting

# A naive ballot box, as this program stored ballots before: in casting order, the log
# left to the next automatic checkpoint.


def _naive_box(session, round_id, participant_id, ballot, dots, *, named) -> None:
    session.execute(insert(m.RoundVoter).values(round_id=round_id, participant_id=participant_id))
    session.execute(insert(m.Ballot).values(**ballot))
    session.execute(insert(m.BallotDot), list(dots))


@pytest.fixture
def naive_box(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voting, "put_in_box", _naive_box)
    monkeypatch.setattr(Database, "checkpoint", lambda self, **_: True)


# The tests -----------------------------------------------------------------------------


def test_the_attacks_name_every_voter_in_a_naive_box(tmp_path: Path, naive_box: None) -> None:
    named = attack(hold_election(tmp_path / "naive.db"))
    assert named["cell offsets: round_voters x ballots"] >= VOTERS - 1
    assert named["write-ahead log, commit by commit"] == VOTERS


def test_no_attack_names_more_voters_than_chance(tmp_path: Path) -> None:
    election = hold_election(tmp_path / "library.db")
    assert_chance(attack(election))


def test_no_cast_leaves_its_commit_in_the_write_ahead_log(tmp_path: Path) -> None:
    election = hold_election(tmp_path / "library.db")
    assert [len(wal) for _, wal in election.files_after_each_cast] == [0] * VOTERS


def test_a_crash_after_casting_leaves_nothing_that_names_voters(tmp_path: Path) -> None:
    """A process that casts and is killed mid-session: the files exactly as it left them."""
    path = tmp_path / "crashed.db"
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from ballot_attacks import hold_election
        election = hold_election(__import__("pathlib").Path({str(path)!r}), close=False)
        print(election.round_id, *election.order, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    child = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    round_id, *order = map(int, child.stdout.split())
    assert os.path.exists(f"{path}-wal")  # the killed process never closed the library
    rng = random.Random(7)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        voters = [r[0] for r in conn.execute("SELECT id FROM participants ORDER BY id")]
        ideas = [r[0] for r in conn.execute("SELECT id FROM ideas ORDER BY id")]
    finally:
        conn.close()
    choices = _distinct_choices(ideas, voters, rng)
    election = Election(path, round_id, order, choices, [])
    assert_chance(attack(election, base=path.read_bytes()))


def test_updating_an_older_library_leaves_no_copy_that_names_voters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library whose ballots an earlier version stored in casting order: the backup
    taken before the update and the updated library both keep no order to pair."""
    with monkeypatch.context() as naive:
        naive.setattr(voting, "put_in_box", _naive_box)
        naive.setattr(Database, "checkpoint", lambda self, **_: True)
        old = hold_election(tmp_path / "old.db", revision="0002")
    assert attack(old)["cell offsets: round_voters x ballots"] >= VOTERS - 1
    old.files_after_each_cast = []  # copies taken while the old version ran are not ours

    open_library(old.path).close()

    (backup,) = tmp_path.glob("old.backup-*-r0002.db")
    assert_chance(attack(Election(backup, old.round_id, old.order, old.choices, [])))
    assert_chance(attack(old))
