"""The close of a secret round combines groups too small to show apart: read as an
attacker would, the library file must not tell which ballots were combined then."""

from __future__ import annotations

import struct

from sqlite_pages import Pages

from coprod_desktop.services import board, people, voting, workshops


def test_ballots_combined_at_the_close_cannot_be_picked_out_of_their_page(db):
    """Ten residents, two of five carers and one person of no group vote. At the close the
    carers' two ballots lose their group (two would show their dots); stored in place,
    each would shrink and leave a byte's fragment beside it, naming the carers' pair
    among the three combined ballots."""
    w = workshops.create_workshop(db, "Library hours")
    residents = people.add_group(db, w.id, "Residents").id
    carers = people.add_group(db, w.id, "Carers").id
    res = [people.add_participant(db, w.id, f"R{n}", group_id=residents).id for n in range(10)]
    car = [people.add_participant(db, w.id, f"C{n}", group_id=carers).id for n in range(5)]
    nobody = [people.add_participant(db, w.id, f"N{n}").id for n in range(3)]
    idea = board.capture_idea(db, w.id, "Open later").idea.id
    rd = voting.open_round(db, voting.create_round(db, w.id, "First?", dots_per_voter=1).id)
    for person in res[:5] + car[:2] + nobody[:1] + res[5:]:
        voting.cast_ballot(db, rd.id, person, {idea: 1})
    voting.close_round(db, rd.id)

    pages = Pages.of(db.path)  # the file itself, without its log: the close folded it in
    cells = pages.rows("ballots")
    groups = [c.values[2] for c in cells]
    assert (groups.count(None), groups.count(residents), len(groups)) == (3, 10, 13)
    leaf = pages.page(pages.schema()["ballots"])
    assert leaf[0] == 10  # one leaf page holds the round's ballots
    first_freeblock, fragmented = struct.unpack(">H", leaf[1:3])[0], leaf[7]
    assert (first_freeblock, fragmented) == (0, 0)  # packed afresh: nothing marks a cell
