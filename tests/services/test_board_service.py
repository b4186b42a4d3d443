"""The idea board's use cases: capture, themes, move, merge, delete and undo."""

from __future__ import annotations

import pytest

from coprod_desktop.services import actions, board, voting
from coprod_desktop.services.errors import InvalidInput, NotFoundError, VotingError
from coprod_desktop.services.snapshots import undo_delete


@pytest.fixture
def db(library):
    """conftest's ``room`` built in a library file and in a PostgreSQL library."""
    return library


STRANGE = [
    "Ŵyn, ŷd a chig — pam lai?",
    "a < b & <b>bold</b> &amp; <img src='/etc/passwd'/>",
    "Zażółć gęślą jaźń; Ελληνικά; Кириллица; العربية",
    "Line one\nLine two\n\tindented",
    "🚌 later buses please 👍🏽",
    "x" * 10_000,
]


@pytest.mark.parametrize(
    "text", STRANGE, ids=["welsh", "markup", "scripts", "lines", "emoji", "long"]
)
def test_any_text_is_captured_exactly(room, text):
    idea = board.capture_idea(room.db, room.id, text).idea
    assert board.get_idea(room.db, idea.id).text == text


@pytest.mark.parametrize("text", ["", "   \n\t ", "bell\x07", "nul\x00"])
def test_blank_or_control_text_is_refused(room, text):
    before = len(board.list_ideas(room.db, room.id))
    with pytest.raises(InvalidInput):
        board.capture_idea(room.db, room.id, text)
    assert len(board.list_ideas(room.db, room.id)) == before


def test_capture_with_a_theme_name_files_it_and_creates_the_theme_once(room):
    first = board.capture_idea(room.db, room.id, "Bus at ten", theme_name="Getting there")
    second = board.capture_idea(room.db, room.id, "Taxi share", theme_name="getting THERE")
    assert first.new_theme is not None and second.new_theme is None
    assert first.idea.theme_id == second.idea.theme_id == first.new_theme.id
    names = [t.name for t in board.list_themes(room.db, room.id)]
    assert names.count("Getting there") == 1


def test_new_notes_land_inside_their_theme_without_overlapping(room):
    theme = board.list_themes(room.db, room.id)[0]
    spots = set()
    for n in range(9):
        idea = board.capture_idea(room.db, room.id, f"Idea {n}", theme_id=theme.id).idea
        spots.add((idea.x, idea.y))
    assert len(spots) == 9
    grown = next(t for t in board.list_themes(room.db, room.id) if t.id == theme.id)
    for x, y in spots:
        assert grown.x <= x and x + 240 <= grown.x + grown.width + 1
        assert grown.y <= y and y + 150 <= grown.y + grown.height + 1


def test_the_author_gives_the_group_unless_told_otherwise(room):
    idea = board.capture_idea(room.db, room.id, "Mine", author_id=room.people[4].id).idea
    assert idea.group_id == room.staff.id
    idea = board.capture_idea(
        room.db, room.id, "Said for the group", group_id=room.residents.id
    ).idea
    assert idea.group_id == room.residents.id and idea.author_id is None


def test_moving_into_and_out_of_a_theme(room):
    idea = room.ideas[2]
    moved = board.move_ideas(room.db, {idea.id: (10.0, 20.0)}, theme_id=room.transport.id)
    assert moved[0].theme_id == room.transport.id and (moved[0].x, moved[0].y) == (10.0, 20.0)
    moved = board.move_ideas(room.db, {idea.id: (900.0, 20.0)}, theme_id=None)
    assert moved[0].theme_id is None
    moved = board.move_ideas(room.db, {idea.id: (5.0, 5.0)})
    assert moved[0].theme_id is None


def test_deleting_a_theme_keeps_its_ideas_and_undo_refiles_them(room):
    snapshot = board.delete_theme(room.db, room.transport.id)
    assert board.get_idea(room.db, room.ideas[0].id).theme_id is None
    undo_delete(room.db, snapshot)
    assert board.get_idea(room.db, room.ideas[0].id).theme_id == room.transport.id
    assert room.transport.id in {t.id for t in board.list_themes(room.db, room.id)}


def test_deleted_ids_are_not_reused_so_undo_always_fits(room):
    last = room.ideas[-1]
    snapshot = board.delete_ideas(room.db, [last.id])
    newer = board.capture_idea(room.db, room.id, "Captured after the delete").idea
    assert newer.id != last.id
    undo_delete(room.db, snapshot)
    assert board.get_idea(room.db, last.id).text == last.text


def test_merge_joins_texts_adds_dots_and_links_and_unmerge_restores_all(room):
    a, b = room.ideas[0], room.ideas[1]
    rd = voting.create_round(room.db, room.id, "Q", dots_per_voter=3, max_dots_per_item=2)
    voting.open_round(room.db, rd.id)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {a.id: 1, b.id: 2})
    voting.cast_ballot(room.db, rd.id, room.people[1].id, {b.id: 1})
    voting.close_round(room.db, rd.id)
    action = actions.add_action(room.db, room.id, "Ask", idea_ids=[b.id])

    merged, snapshot = board.merge_ideas(room.db, a.id, [b.id])
    assert merged.id == a.id and merged.text == "Later buses\n\nOpen on Sundays"
    dots = {i.item_id: i.dots for i in voting.round_results(room.db, rd.id).items}
    assert dots[a.id] == 4 and b.id not in dots
    assert actions.get_action(room.db, action.id).idea_ids == (a.id,)

    board.unmerge_ideas(room.db, merged.id, snapshot)
    dots = {i.item_id: i.dots for i in voting.round_results(room.db, rd.id).items}
    assert (dots[a.id], dots[b.id]) == (1, 3)
    assert board.get_idea(room.db, a.id).text == "Later buses"
    assert actions.get_action(room.db, action.id).idea_ids == (b.id,)


def test_ideas_on_an_open_vote_cannot_be_merged(room):
    rd = voting.create_round(room.db, room.id, "Q")
    voting.open_round(room.db, rd.id)
    with pytest.raises(VotingError, match="open vote"):
        board.merge_ideas(room.db, room.ideas[0].id, [room.ideas[1].id])


def test_merging_an_idea_with_itself_is_refused(room):
    with pytest.raises(InvalidInput, match="two different"):
        board.merge_ideas(room.db, room.ideas[0].id, [room.ideas[0].id])


def test_arrange_by_theme_puts_each_idea_in_its_theme_column(room):
    board.move_ideas(room.db, {i.id: (0.0, 0.0) for i in room.ideas})
    board.arrange_by_theme(room.db, room.id)
    themes = {t.id: t for t in board.list_themes(room.db, room.id)}
    ideas = board.list_ideas(room.db, room.id)
    assert len({(i.x, i.y) for i in ideas}) == len(ideas)
    for idea in ideas:
        if idea.theme_id:
            t = themes[idea.theme_id]
            assert t.x <= idea.x <= t.x + t.width
        else:
            assert all(idea.x > t.x + t.width for t in themes.values())


def test_closed_dots_show_on_notes_only_after_closing(room):
    rd = voting.create_round(room.db, room.id, "Q", dots_per_voter=2, max_dots_per_item=2)
    voting.open_round(room.db, rd.id)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 2})
    assert board.closed_dots(room.db, room.id) == {}
    voting.close_round(room.db, rd.id)
    dots = board.closed_dots(room.db, room.id)
    assert dots[room.ideas[0].id] == 2 and dots[room.ideas[1].id] == 0


def test_theme_names_are_unique_and_one_line(room):
    with pytest.raises(InvalidInput, match="already a theme"):
        board.add_theme(room.db, room.id, "transport")
    with pytest.raises(InvalidInput, match="one line"):
        board.add_theme(room.db, room.id, "Two\nlines")


def test_editing_a_deleted_idea_says_so(room):
    board.delete_ideas(room.db, [room.ideas[0].id])
    with pytest.raises(NotFoundError, match="no longer exists"):
        board.update_idea(room.db, room.ideas[0].id, text="Too late")


def test_ids_of_another_workshop_are_refused(room):
    from coprod_desktop.services import workshops

    other = workshops.create_workshop(room.db, "Other")
    with pytest.raises(InvalidInput, match="another workshop"):
        board.capture_idea(room.db, other.id, "Mixed", theme_id=room.transport.id)
