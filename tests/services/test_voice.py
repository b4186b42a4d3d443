"""Equal-voice figures against hand-counted workshops."""

from __future__ import annotations

import pytest

from coprod_desktop.services import board, people, voting, workshops
from coprod_desktop.services.errors import NotFoundError
from coprod_desktop.services.voice import voice_figures


@pytest.fixture
def hall(db):
    """Residents (3 present, 1 absent), Staff (2), one person without a group."""
    w = workshops.create_workshop(db, "Library hours")
    res = people.add_group(db, w.id, "Residents")
    staff = people.add_group(db, w.id, "Staff")
    names = {}
    for name, group, attended in [
        ("Aled", res, True),
        ("Bethan", res, True),
        ("Carys ŵ", res, True),
        ("Dai", res, False),
        ("Eve", staff, True),
        ("Ffion", staff, True),
        ("Gwen", None, True),
    ]:
        names[name] = people.add_participant(
            db, w.id, name, group_id=group.id if group else None, attended=attended
        )
    return w, res, staff, names


def test_shares_of_people_ideas_and_ballots_per_group(db, hall):
    w, _res, _staff, p = hall
    for author in ("Eve", "Eve", "Eve", "Ffion", "Aled"):
        board.capture_idea(db, w.id, f"idea by {author}", author_id=p[author].id)
    board.capture_idea(db, w.id, "said by someone in the room")  # no author, no group
    rd = voting.open_round(db, voting.create_round(db, w.id, "First?").id)
    ideas = [i.id for i in board.list_ideas(db, w.id)]
    voting.cast_ballot(db, rd.id, p["Eve"].id, {ideas[0]: 1})
    voting.cast_ballot(db, rd.id, p["Aled"].id, {ideas[1]: 1})
    voting.cast_ballot(db, rd.id, p["Bethan"].id, {})

    figures = voice_figures(db, w.id)

    assert (figures.people, figures.ideas, figures.ballots) == (6, 6, 3)
    by_name = {g.name: g for g in figures.groups}
    assert list(by_name) == ["Residents", "Staff", "No group"]
    residents, staff_row, nobody = by_name["Residents"], by_name["Staff"], by_name["No group"]
    assert (residents.people, residents.ideas, residents.ballots) == (3, 1, 2)
    assert (staff_row.people, staff_row.ideas, staff_row.ballots) == (2, 4, 1)
    assert (nobody.people, nobody.ideas, nobody.ballots) == (1, 1, 0)
    assert residents.people_share == pytest.approx(3 / 6)
    assert residents.idea_share == pytest.approx(1 / 6)
    assert staff_row.idea_share == pytest.approx(4 / 6)
    assert residents.ballot_share == pytest.approx(2 / 3)
    assert residents.colour and residents.colour.startswith("#")


def test_unheard_lists_only_attended_people_without_an_idea_in_list_order(db, hall):
    w, _res, _staff, p = hall
    board.capture_idea(db, w.id, "more buses", author_id=p["Bethan"].id)
    board.capture_idea(db, w.id, "longer hours", author_id=p["Eve"].id)

    names = [u.name for u in voice_figures(db, w.id).unheard]

    assert names == ["Aled", "Carys ŵ", "Ffion", "Gwen"]  # Dai was absent


def test_an_empty_workshop_gives_zero_shares_and_no_no_group_row(db):
    w = workshops.create_workshop(db, "Empty")
    people.add_group(db, w.id, "Carers")

    figures = voice_figures(db, w.id)

    assert [(g.name, g.people_share, g.idea_share) for g in figures.groups] == [
        ("Carers", 0.0, 0.0)
    ]
    assert figures.unheard == ()


def test_tally_rounds_and_other_workshops_are_not_counted(db, hall):
    w, _res, _staff, p = hall
    idea = board.capture_idea(db, w.id, "x", author_id=p["Aled"].id).idea
    tally = voting.open_round(db, voting.create_round(db, w.id, "Stickers", method="tally").id)
    voting.record_tallies(db, tally.id, {idea.id: 9})
    other = workshops.create_workshop(db, "Elsewhere")
    person = people.add_participant(db, other.id, "Zed")
    board.capture_idea(db, other.id, "elsewhere", author_id=person.id)
    rd = voting.open_round(db, voting.create_round(db, other.id, "Q").id)
    voting.cast_ballot(db, rd.id, person.id, {})

    figures = voice_figures(db, w.id)

    assert (figures.ideas, figures.ballots) == (1, 0)


def test_an_unknown_workshop_is_refused_plainly(db):
    with pytest.raises(NotFoundError, match="no longer exists"):
        voice_figures(db, 999)


def test_tally_counts_reads_back_what_was_typed_and_refuses_ballot_rounds(db, hall):
    from coprod_desktop.services.errors import VotingError

    w, _res, _staff, p = hall
    a = board.capture_idea(db, w.id, "a", author_id=p["Aled"].id).idea
    b = board.capture_idea(db, w.id, "b").idea
    tally = voting.open_round(db, voting.create_round(db, w.id, "Stickers", method="tally").id)
    assert voting.tally_counts(db, tally.id) == {}
    voting.record_tallies(db, tally.id, {a.id: 4, b.id: 0})
    assert voting.tally_counts(db, tally.id) == {a.id: 4, b.id: 0}
    ballot = voting.create_round(db, w.id, "On screen")
    with pytest.raises(VotingError, match="no tally"):
        voting.tally_counts(db, ballot.id)
