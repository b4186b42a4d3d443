"""Every voting rule, checked through the services against what is stored, on a library
file and on a PostgreSQL library (the ``library`` fixture)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coprod_desktop.db import models as m
from coprod_desktop.services import board, people, voting
from coprod_desktop.services.errors import InvalidInput, VotingError
from coprod_desktop.services.wording import group_sentence


def open_ballot(room, **settings):
    defaults = {"dots_per_voter": 3, "max_dots_per_item": 2}
    defaults.update(settings)
    rd = voting.create_round(room.db, room.id, "What first?", **defaults)
    return voting.open_round(room.db, rd.id)


@pytest.fixture
def db(library):
    """conftest's ``room`` built in a library file and in a PostgreSQL library."""
    return library


def stored_ballots(room) -> int:
    with room.db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(m.Ballot)).scalar_one()


def test_a_participant_cannot_vote_twice(room):
    rd = open_ballot(room)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 1})
    with pytest.raises(VotingError, match="already voted"):
        voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[1].id: 1})
    assert stored_ballots(room) == 1


def test_dots_over_the_budget_are_refused_and_nothing_is_stored(room):
    rd = open_ballot(room)
    with pytest.raises(VotingError, match="each voter has 3"):
        voting.cast_ballot(
            room.db, rd.id, room.people[0].id, {room.ideas[0].id: 2, room.ideas[1].id: 2}
        )
    assert stored_ballots(room) == 0
    assert not voting.voter_status(room.db, rd.id)[0].has_voted


def test_dots_over_the_per_item_cap_are_refused(room):
    rd = open_ballot(room)
    with pytest.raises(VotingError, match="At most 2 dots"):
        voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 3})
    assert stored_ballots(room) == 0


@pytest.mark.parametrize("dots", [-1, 1.5, True, "2"])
def test_dots_must_be_whole_positive_numbers(room, dots):
    rd = open_ballot(room)
    with pytest.raises(VotingError):
        voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: dots})


def test_no_ballot_in_a_draft_round(room):
    rd = voting.create_round(room.db, room.id, "Draft?")
    with pytest.raises(VotingError, match="not opened"):
        voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 1})


def test_no_ballot_in_a_closed_round(room):
    rd = open_ballot(room)
    voting.close_round(room.db, rd.id)
    with pytest.raises(VotingError, match="closed"):
        voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 1})


def test_no_results_before_closing(room):
    rd = open_ballot(room)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 1})
    with pytest.raises(VotingError, match="hidden until the round is closed"):
        voting.round_results(room.db, rd.id)


def test_a_closed_round_cannot_reopen(room):
    rd = open_ballot(room)
    voting.close_round(room.db, rd.id)
    with pytest.raises(VotingError, match="cannot be reopened"):
        voting.open_round(room.db, rd.id)


def test_dots_only_on_items_of_the_round(room):
    rd = voting.create_round(room.db, room.id, "Only two", items=[i.id for i in room.ideas[:2]])
    voting.open_round(room.db, rd.id)
    with pytest.raises(VotingError, match="not part of this vote"):
        voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[3].id: 1})


def test_a_theme_round_refuses_idea_ids(room):
    rd = voting.create_round(room.db, room.id, "Themes", target="themes")
    voting.open_round(room.db, rd.id)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.transport.id: 1})
    with pytest.raises(VotingError, match="theme is not part"):
        voting.cast_ballot(room.db, rd.id, room.people[1].id, {room.ideas[3].id + 100: 1})


def test_only_electors_vote(room):
    rd = voting.create_round(room.db, room.id, "Staff only", electors=[room.people[4].id])
    voting.open_round(room.db, rd.id)
    with pytest.raises(VotingError, match="not on the list of voters"):
        voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 1})


def test_electors_default_to_those_who_attended(room):
    people.update_participant(room.db, room.people[5].id, attended=False)
    rd = open_ballot(room)
    assert room.people[5].id not in rd.electors
    assert len(rd.electors) == 5


def test_settings_are_checked(room):
    with pytest.raises(InvalidInput, match="cannot be more than"):
        voting.create_round(room.db, room.id, "Q", dots_per_voter=2, max_dots_per_item=3)
    with pytest.raises(InvalidInput, match="from 1 to"):
        voting.create_round(room.db, room.id, "Q", dots_per_voter=0)
    with pytest.raises(InvalidInput, match="empty"):
        voting.create_round(room.db, room.id, "   ")


def test_a_round_cannot_be_changed_once_open(room):
    rd = open_ballot(room)
    with pytest.raises(VotingError, match="cannot be changed"):
        voting.update_round(room.db, rd.id, dots_per_voter=5)


def test_ballot_and_tally_methods_are_kept_apart(room):
    tally = voting.create_round(room.db, room.id, "Stickers", method="tally")
    voting.open_round(room.db, tally.id)
    with pytest.raises(VotingError, match="type in the tally"):
        voting.cast_ballot(room.db, tally.id, room.people[0].id, {room.ideas[0].id: 1})
    rd = open_ballot(room)
    with pytest.raises(VotingError, match="takes ballots"):
        voting.record_tallies(room.db, rd.id, {room.ideas[0].id: 3})


def test_tallies_are_validated_and_replace_earlier_counts(room):
    tally = voting.create_round(room.db, room.id, "Stickers", method="tally")
    voting.open_round(room.db, tally.id)
    with pytest.raises(VotingError, match="0 or more"):
        voting.record_tallies(room.db, tally.id, {room.ideas[0].id: -2})
    voting.record_tallies(room.db, tally.id, {room.ideas[0].id: 4, room.ideas[1].id: 7})
    voting.record_tallies(room.db, tally.id, {room.ideas[0].id: 5})
    voting.close_round(room.db, tally.id)
    results = voting.round_results(room.db, tally.id)
    assert [(i.item_id, i.dots) for i in results.items[:2]] == [
        (room.ideas[0].id, 5),
        (room.ideas[1].id, 0),
    ]


def third_staff_member(room):
    """The room has two staff: too few for their figures to be shown (small_groups)."""
    return people.add_participant(room.db, room.id, "Gethin", group_id=room.staff.id)


def test_results_rank_ties_break_down_by_group_and_count_turnout(room):
    gethin = third_staff_member(room)
    rd = open_ballot(room)
    a, b, c, _ = (i.id for i in room.ideas)
    # Residents (people 0-3) and staff (4-5 and Gethin); person 3 does not vote.
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {a: 2, b: 1})
    voting.cast_ballot(room.db, rd.id, room.people[1].id, {a: 1, c: 2})
    voting.cast_ballot(room.db, rd.id, room.people[2].id, {b: 2})
    voting.cast_ballot(room.db, rd.id, room.people[4].id, {c: 2, b: 1})
    voting.cast_ballot(room.db, rd.id, room.people[5].id, {})  # an empty ballot still counts
    voting.cast_ballot(room.db, rd.id, gethin.id, {})
    voting.close_round(room.db, rd.id)
    results = voting.round_results(room.db, rd.id)
    by_item = {i.item_id: i for i in results.items}
    assert [(i.item_id, i.dots, i.rank, i.tied) for i in results.items] == [
        (b, 4, 1, True),
        (c, 4, 1, True),
        (a, 3, 3, False),
        (room.ideas[3].id, 0, 4, False),
    ]
    assert results.top_tied
    assert by_item[b].by_group == {room.residents.id: 3, room.staff.id: 1}
    assert by_item[c].by_group == {room.residents.id: 2, room.staff.id: 2}
    assert results.group_top == {room.residents.id: (b, a), room.staff.id: (c,)}
    assert results.ballots == 6 and results.electors == 7
    assert [(g.name, g.electors, g.voted) for g in results.turnout_by_group] == [
        ("Residents", 4, 3),
        ("Staff", 3, 3),
    ]
    assert [(g.name, g.electors, g.voted) for g in results.breakdown] == [
        ("Residents", 4, 3),
        ("Staff", 3, 3),
    ]
    assert results.combined_groups == ()
    sentence = group_sentence(results, {room.residents.id: "Residents", room.staff.id: "Staff"})
    assert sentence == (
        "Groups differed: Residents put “Open on Sundays” or “Later buses” first; "
        "Staff put “Quiet room” first."
    )


def test_group_sentence_when_groups_agree_and_in_welsh(room):
    gethin = third_staff_member(room)
    rd = open_ballot(room)
    a = room.ideas[0].id
    for person in (*room.people[:3], room.people[4], room.people[5], gethin):
        voting.cast_ballot(room.db, rd.id, person.id, {a: 1})
    voting.close_round(room.db, rd.id)
    results = voting.round_results(room.db, rd.id)
    names = {room.residents.id: "Preswylwyr", room.staff.id: "Staff"}
    assert group_sentence(results, names) == "Preswylwyr and Staff both put “Later buses” first."
    assert group_sentence(results, names, "cy").startswith("Rhoddodd Preswylwyr a Staff ill dau")


def test_runoff_covers_only_the_tied_top_items(room):
    rd = open_ballot(room, dots_per_voter=1, max_dots_per_item=1)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 1})
    voting.cast_ballot(room.db, rd.id, room.people[1].id, {room.ideas[1].id: 1})
    voting.close_round(room.db, rd.id)
    runoff = voting.create_runoff(room.db, rd.id)
    assert runoff.runoff_of_id == rd.id
    assert set(runoff.items) == {room.ideas[0].id, room.ideas[1].id}
    assert runoff.status == "draft" and runoff.question.startswith("Run-off")


def test_no_runoff_without_a_tie(room):
    rd = open_ballot(room)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 2})
    voting.close_round(room.db, rd.id)
    with pytest.raises(VotingError, match="no tie"):
        voting.create_runoff(room.db, rd.id)


def test_voter_status_names_who_voted_never_what(room):
    rd = open_ballot(room)
    voting.cast_ballot(room.db, rd.id, room.people[2].id, {room.ideas[0].id: 1})
    status = voting.voter_status(room.db, rd.id)
    assert [s.name for s in status if s.has_voted] == ["Carys"]
    assert not hasattr(status[0], "dots")


def test_opening_with_nothing_to_vote_on_is_refused(db):
    from coprod_desktop.services import workshops

    w = workshops.create_workshop(db, "Empty")
    people.add_participant(db, w.id, "Ann")
    rd = voting.create_round(db, w.id, "Anything?")
    with pytest.raises(VotingError, match="no ideas to vote on"):
        voting.open_round(db, rd.id)


def test_deleting_an_idea_and_undoing_restores_its_dots(room):
    from coprod_desktop.services.snapshots import undo_delete

    rd = open_ballot(room)
    voting.cast_ballot(
        room.db, rd.id, room.people[0].id, {room.ideas[0].id: 2, room.ideas[1].id: 1}
    )
    voting.close_round(room.db, rd.id)
    snapshot = board.delete_ideas(room.db, [room.ideas[0].id])
    assert room.ideas[0].id not in {i.item_id for i in voting.round_results(room.db, rd.id).items}
    undo_delete(room.db, snapshot)
    restored = {i.item_id: i.dots for i in voting.round_results(room.db, rd.id).items}
    assert restored[room.ideas[0].id] == 2
    assert board.get_idea(room.db, room.ideas[0].id).theme_id == room.transport.id
