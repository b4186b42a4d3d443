"""Many notes put on the board at once (a workshop file being imported): each where it
was, with capture_idea's checks, all or none."""

from __future__ import annotations

import pytest

from coprod_desktop.services import board, people, workshops
from coprod_desktop.services.board import PlacedIdea
from coprod_desktop.services.errors import InvalidInput


def test_notes_go_where_they_were_with_their_own_author_and_theme(db):
    w = workshops.create_workshop(db, "Buses")
    aled = people.add_participant(db, w.id, "Aled")
    theme = board.add_theme(db, w.id, "Getting there")
    placed = board.capture_ideas(
        db,
        w.id,
        [
            PlacedIdea("  Later bus ", 10.0, 20.0, author_id=aled.id, theme_id=theme.id),
            PlacedIdea("Quiet room", 300.0, 0.0, table_name="Table 2"),
        ],
    )
    assert [(i.text, i.x, i.y) for i in placed] == [
        ("Later bus", 10.0, 20.0),
        ("Quiet room", 300.0, 0.0),
    ]
    assert placed[0].author_id == aled.id and placed[0].theme_id == theme.id
    assert placed[1].table_name == "Table 2"
    assert [i.id for i in board.list_ideas(db, w.id)] == [i.id for i in placed]


def test_one_bad_note_leaves_the_board_as_it_was(db):
    w = workshops.create_workshop(db, "Buses")
    other = workshops.create_workshop(db, "Elsewhere")
    theirs = board.add_theme(db, other.id, "Not ours")
    with pytest.raises(InvalidInput, match="That theme belongs to another workshop"):
        board.capture_ideas(
            db,
            w.id,
            [PlacedIdea("Fine", 0.0, 0.0), PlacedIdea("Astray", 0.0, 0.0, theme_id=theirs.id)],
        )
    with pytest.raises(InvalidInput, match="The idea cannot be empty"):
        board.capture_ideas(db, w.id, [PlacedIdea("Fine", 0.0, 0.0), PlacedIdea(" ", 0.0, 0.0)])
    assert board.list_ideas(db, w.id) == []
