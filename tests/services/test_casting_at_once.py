"""Ballots cast at the same moment (the kiosk and phones together) all count, on a file
and on PostgreSQL, and a round closed while people vote takes each ballot or refuses it
whole: casts and the close of one round take turns."""

from __future__ import annotations

import threading

import pytest

from coprod_desktop.services import board, people, voting, workshops
from coprod_desktop.services.errors import VotingError

VOTERS = 12


@pytest.fixture
def round_and_voters(library):
    w = workshops.create_workshop(library, "At once")
    idea = board.capture_idea(library, w.id, "Later buses").idea.id
    voters = [people.add_participant(library, w.id, f"Voter {n}").id for n in range(VOTERS)]
    rd = voting.open_round(library, voting.create_round(library, w.id, "First?").id)
    return library, rd.id, idea, voters


def run_together(jobs) -> list[object]:
    """Run every job in its own thread, released at the same moment; their outcomes."""
    start = threading.Barrier(len(jobs))
    outcomes: list[object] = [None] * len(jobs)

    def run(n: int) -> None:
        start.wait()
        try:
            outcomes[n] = jobs[n]()
        except Exception as exc:  # reported by the test
            outcomes[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_ballots_cast_at_the_same_moment_all_count(round_and_voters):
    db, round_id, idea, voters = round_and_voters
    outcomes = run_together(
        [lambda v=v: voting.cast_ballot(db, round_id, v, {idea: 1}) for v in voters]
    )
    assert outcomes == [1] * VOTERS
    assert all(status.has_voted for status in voting.voter_status(db, round_id))
    voting.close_round(db, round_id)
    assert voting.round_results(db, round_id).items[0].dots == VOTERS


def test_a_close_while_people_vote_keeps_or_refuses_each_ballot_whole(round_and_voters):
    db, round_id, idea, voters = round_and_voters
    jobs = [lambda v=v: voting.cast_ballot(db, round_id, v, {idea: 1}) for v in voters]
    jobs.insert(VOTERS // 2, lambda: voting.close_round(db, round_id))
    outcomes = run_together(jobs)
    problems = [o for o in outcomes if isinstance(o, Exception)]
    assert all(isinstance(p, VotingError) and "closed" in str(p) for p in problems), problems
    cast = sum(1 for o in outcomes if o == 1)
    voted = sum(status.has_voted for status in voting.voter_status(db, round_id))
    assert voting.round_results(db, round_id).items[0].dots == cast == voted
