"""A round voted elsewhere (a workshop file, a published copy) stored with the voting
service's own rules: small groups pooled as casting and closing would, dots within the
round's budget and cap, every voter an elector."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.services import board, people, workshops
from coprod_desktop.services.errors import VotingError
from coprod_desktop.services.recorded_rounds import restore_round
from coprod_desktop.services.records import BallotRecord
from coprod_desktop.services.small_groups import MIN_GROUP
from coprod_desktop.services.workshops import load_workshop


def a_workshop(db, elector_groups: list[int | None]):
    """Three groups, one participant per entry of ``elector_groups`` (an index or None)."""
    w = workshops.create_workshop(db, "Restored")
    groups = [people.add_group(db, w.id, name).id for name in ("Residents", "Carers", "Staff")]
    persons = [
        people.add_participant(
            db, w.id, f"P{n}", group_id=None if g is None else groups[g], attended=True
        ).id
        for n, g in enumerate(elector_groups)
    ]
    idea = board.capture_idea(db, w.id, "Lifts").idea.id
    return w, groups, persons, idea


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from([0, 1, 2, None]), min_size=1, max_size=12), st.data())
def test_no_restored_secret_round_shows_a_group_of_one_or_two(db, elector_groups, data):
    w, groups, persons, idea = a_workshop(db, elector_groups)
    ballot_groups = data.draw(
        st.lists(st.sampled_from([*groups, None]), max_size=len(persons)), label="ballot groups"
    )
    rd = restore_round(
        db, w.id, "First?", target="ideas", method="ballot", dots_per_voter=1,
        max_dots_per_item=1, secret=True, status="closed", items=None, electors=None,
        voters=persons[: len(ballot_groups)],
        ballots=[BallotRecord(group_id=g, dots={idea: 1}) for g in ballot_groups],
    )  # fmt: skip
    stored = next(r for r in load_workshop(db, w.id).rounds if r.round.id == rd.id)
    sizes = Counter(b.group_id for b in stored.ballots)
    shown = {g: n for g, n in sizes.items() if g is not None}
    assert all(n >= MIN_GROUP for n in shown.values())
    if shown:
        assert sizes.get(None, 0) == 0 or sizes[None] >= MIN_GROUP


def test_a_voter_who_may_not_vote_is_refused_by_name(db):
    w, _, persons, _ = a_workshop(db, [0, 0])
    with pytest.raises(VotingError, match="P1 is not on the list of voters"):
        restore_round(
            db, w.id, "First?", target="ideas", method="ballot", dots_per_voter=1,
            max_dots_per_item=1, secret=True, status="closed", items=None,
            electors=[persons[0]], voters=persons, ballots=[],
        )  # fmt: skip


def test_a_ballot_over_its_cap_is_refused_as_a_cast_would_be(db):
    w, _, persons, idea = a_workshop(db, [0])
    with pytest.raises(VotingError, match="At most 1 dot can go on one item"):
        restore_round(
            db, w.id, "First?", target="ideas", method="ballot", dots_per_voter=1,
            max_dots_per_item=1, secret=False, status="closed", items=None, electors=None,
            voters=persons, ballots=[BallotRecord(group_id=None, dots={idea: 2})],
        )  # fmt: skip
