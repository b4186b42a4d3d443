"""A pulled power cable: SIGKILL a process casting ballots; every reported ballot survives."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from coprod_desktop.db.library import open_library
from coprod_desktop.services import people, voting, workshops


def test_every_ballot_reported_as_cast_survives_a_kill(library_path):
    db = open_library(library_path)
    w = workshops.create_workshop(db, "Crash test")
    idea_ids = []
    from coprod_desktop.services import board

    for n in range(5):
        idea_ids.append(board.capture_idea(db, w.id, f"Idea {n}").idea.id)
    names = [people.NameLine(f"Voter {n}", None) for n in range(2000)]
    voters = [p.id for p in people.add_participants_from_list(db, w.id, names)]
    rd = voting.create_round(db, w.id, "Quick", dots_per_voter=2, max_dots_per_item=1)
    voting.open_round(db, rd.id)
    db.close()

    script = textwrap.dedent(
        f"""
        from coprod_desktop.db.library import open_library
        from coprod_desktop.services import voting
        db = open_library({str(library_path)!r})
        for n, voter in enumerate({voters!r}):
            voting.cast_ballot(db, {rd.id}, voter, {{{idea_ids[0]}: 1, {idea_ids[1]}: 1}})
            print(voter, flush=True)
        """
    )
    reported: list[int] = []
    # As a context manager, the child's pipe is closed when it is done with.
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        while len(reported) < 40 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            reported.append(int(line))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait(timeout=10)
    reported += [int(x) for x in rest.split()]
    assert len(reported) >= 40, "the child did not get going"
    assert len(reported) < len(voters), "the kill came too late to test anything"

    conn = sqlite3.connect(library_path)
    try:
        register = {r[0] for r in conn.execute("SELECT participant_id FROM round_voters")}
        ballots = conn.execute("SELECT count(*) FROM ballots").fetchone()[0]
        dots = conn.execute("SELECT count(*) FROM ballot_dots").fetchone()[0]
    finally:
        conn.close()
    assert set(reported) <= register
    # A ballot is all or nothing: one register entry, one ballot and two dots each.
    assert ballots == len(register)
    assert dots == 2 * ballots

    reopened = open_library(library_path)
    try:
        assert sum(s.has_voted for s in voting.voter_status(reopened, rd.id)) == len(register)
    finally:
        reopened.close()
