"""The shared screen's modes, its menu, live updates, privacy while a round is open,
and results against hand-computed figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from voting_helpers import (
    BigRoom,
    add_actions,
    add_running_stage,
    build_big_room,
    closed_round,
    shared_screen_for,
)

from coprod_desktop import APP_NAME
from coprod_desktop.services import actions, agenda, board, people, voting
from coprod_desktop.services.wording import headline
from coprod_desktop.ui.shared_screen.manager import SharedScreen
from coprod_desktop.ui.shared_screen.style import FitText
from coprod_desktop.ui.shared_screen.window import MODES

pytestmark = pytest.mark.gui


@pytest.fixture
def room(db) -> BigRoom:
    return build_big_room(db, ideas=6, people_count=9)


@pytest.fixture
def screen(qtbot, room) -> Iterator[SharedScreen]:
    shared = shared_screen_for(room)
    yield shared
    shared.set_text_scale(1.0)
    shared.close()


# Residents are people 0, 3, 6; Carers 1, 4, 7; Staff 2, 5, 8 (8 did not attend).
BALLOTS = {
    0: {0: 2, 1: 1},
    3: {0: 1, 2: 2},
    6: {0: 2},
    1: {1: 2, 3: 1},
    4: {1: 2},
    2: {2: 2, 0: 1},
    5: {1: 1, 2: 1},
}


def test_the_menu_switches_every_mode_and_stays_in_step(qtbot, screen):
    menu = QMenu()
    screen.populate_menu(menu)
    seen = []
    screen.mode_changed.connect(seen.append)
    for mode in MODES:
        screen.menu_action(mode).trigger()
        assert screen.mode == mode
        assert screen.window.stack.currentWidget() is screen.window.views[mode]
        assert screen.menu_action(mode).isChecked()
    assert seen == list(MODES)
    screen.show_board()  # from a page, not the menu: the menu follows
    assert screen.menu_action("board").isChecked()
    screen.menu_action("show").trigger()  # unticking hides the window
    assert not screen.window.isVisible() and not screen.menu_action("show").isChecked()


def test_the_shared_screen_carries_no_facilitator_control(screen):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QLineEdit,
        QMenuBar,
        QPlainTextEdit,
        QSpinBox,
        QToolBar,
    )

    window = screen.window
    for kind in (QMenuBar, QToolBar, QLineEdit, QPlainTextEdit, QSpinBox):
        assert window.findChildren(kind) == []
    # No button at all: the ballot is in the kiosk's own window, never on this one.
    assert window.findChildren(QAbstractButton) == []


def test_a_tie_of_single_dots_reads_in_the_singular(screen, room):
    rd = closed_round(room, {0: {0: 1}, 1: {1: 1}}, dots_per_voter=1, max_dots_per_item=1)
    screen.show_results(rd.id)
    view = screen.window.results
    assert view.summary.text() == "2 of 8 people voted (25%) · 2 dots"
    assert view.headline.text() == (
        "“Later buses on Thursdays” and “A quiet room for reading” tied for first place"
    )
    assert [view.chart.tied_text(i) for i in view.chart.items[:2]] == ["1 (tied)", "1 (tied)"]


def test_results_ties_and_group_breakdown_match_hand_counts(screen, room):
    rd = closed_round(room, BALLOTS)
    screen.show_results(rd.id)
    view = screen.window.results
    items = view.chart.items
    labels = [i.text for i in room.ideas]

    assert [(i.label, i.dots, i.rank, i.tied) for i in items] == [
        (labels[0], 6, 1, True),
        (labels[1], 6, 1, True),
        (labels[2], 5, 3, False),
        (labels[3], 1, 4, False),
        (labels[4], 0, 5, True),
        (labels[5], 0, 5, True),
    ]
    # Staff (2 electors) are too few to show apart; Carers join them so the combined
    # figures are not the 2 staff alone (services/small_groups.py).
    assert items[0].by_group == {room.groups[0].id: 5, None: 1}
    assert items[1].by_group == {room.groups[0].id: 1, None: 5}
    assert view.summary.text() == "7 of 8 people voted (88%) · 18 dots"
    # One headline, at most one first per group; the full sentence is the minutes'.
    names = {g.id: g.name for g in room.groups}
    assert view.headline.text() == headline(view.results, names)
    assert view.headline.text() == (
        "Residents put “Later buses on Thursdays” first; the smaller groups combined put "
        "“A quiet room for reading” first"
    )
    assert view.why.text() == (
        "Groups with fewer than 3 voters are counted together, so nobody's vote can be picked out."
    )
    lines = [(g.name, g.turnout, g.first) for g in view.groups.lines]
    assert lines == [
        ("Residents", "3 of 3 voted", "Put first: “Later buses on Thursdays”"),
        (
            "Smaller groups combined",
            "4 of 5 voted (Carers, Staff)",
            "Put first: “A quiet room for reading”",
        ),
    ]


def test_nobody_sees_dots_while_a_round_is_open(qtbot, screen, room):
    earlier = closed_round(room, {0: {5: 1}}, dots_per_voter=1, max_dots_per_item=1)
    rd = voting.open_round(
        room.db, voting.create_round(room.db, room.workshop_id, "Now?", dots_per_voter=2).id
    )
    screen.show_board()
    board_view = screen.window.board
    assert board_view.shown_dots() == {room.ideas[5].id: 1}
    for person, idea in ((0, 0), (1, 0), (2, 4)):
        screen.controller.call(
            voting.cast_ballot, rd.id, room.people[person].id, {room.ideas[idea].id: 1}
        )
    assert board_view.shown_dots() == {room.ideas[5].id: 1}  # only the closed round's
    screen.show_results(rd.id)  # even if asked, an open round's results stay hidden
    results = screen.window.results
    assert results.chart.items == ()
    assert results.question.text() == "Results will appear here when voting has closed"
    screen.show_voting(rd.id)  # the room's voting view: counts, never names or dots
    view = screen.window.voting
    texts = [label.text() for label in view.findChildren(FitText)]
    assert "3 of 8 have voted" in texts
    names = [p.name for p in room.people]
    assert not any(room.ideas[0].text in t or room.ideas[4].text in t for t in texts)
    assert not any(name in t for name in names for t in texts)
    assert screen.controller.call(voting.close_round, rd.id) is not None
    screen.show_board()
    # Now the notes show the newer round's dots (the earlier one's 1 on idea 5 is replaced).
    assert board_view.shown_dots() == {room.ideas[0].id: 2, room.ideas[4].id: 1}
    assert earlier.status == "closed"


def test_it_follows_edits_live_in_every_mode(qtbot, screen, room):
    c = screen.controller
    screen.show_stage()
    with c.recording():
        add_running_stage(room)
    stage_view = screen.window.stage
    assert stage_view.title.text().startswith("What matters most")
    assert stage_view.position.text() == "Stage 2 of 3"
    assert stage_view.timer_text.text() in ("20:00", "19:59")
    stage = next(s for s in agenda.list_stages(room.db, room.workshop_id) if s.started_at)
    c.call(agenda.update_stage, stage.id, title="Café ideas & <b>prices</b>")
    assert stage_view.title.text() == "Café ideas & <b>prices</b>"

    screen.show_board()
    captured = c.call(board.capture_idea, room.workshop_id, "Brand new idea ŷ")
    assert captured is not None
    captured = captured.idea
    assert captured.id in screen.window.board.notes

    screen.show_actions()
    view = screen.window.actions_view
    assert view.empty.text() == "No actions yet."
    c.call(actions.add_action, room.workshop_id, "Ring the bus company", due=date(2027, 2, 1))
    assert view.shown_titles() == ["Ring the bus company"]
    assert view.list.rows[0][1:] == ("Proposed", "Owner to agree", "By 01/02/2027")


def test_a_mode_not_on_screen_reloads_when_it_is_shown(screen, room):
    screen.show_board()
    screen.controller.call(actions.add_action, room.workshop_id, "Later on")
    assert screen.window.actions_view._stale
    screen.show_actions()
    assert screen.window.actions_view.shown_titles() == ["Later on"]


def test_actions_and_results_page_through_long_lists(screen, room):
    add_actions(room, 30)
    screen.show_actions()
    view = screen.window.actions_view
    first = view.shown_titles()
    assert 0 < len(first) < 30
    assert "page 1 of" in view.pager.text()
    assert screen.page_by(1)
    assert view.shown_titles()[0] != first[0]
    assert not screen.page_by(-5) or view.list.page == 0


def test_text_scale_grows_and_shrinks_within_limits_and_is_remembered(screen):
    before = screen.window.metrics().unit
    screen.larger_text()
    screen.larger_text()
    assert screen.text_scale == pytest.approx(1.2)
    assert screen.window.metrics().unit == pytest.approx(before * 1.2)
    assert float(QSettings(APP_NAME, "shared-screen").value("text_scale")) == pytest.approx(1.2)
    for _ in range(30):
        screen.smaller_text()
    assert screen.text_scale == pytest.approx(0.6)
    screen.set_text_scale(1.0)


def test_with_one_screen_it_is_a_normal_window_full_screen_only_on_request(qtbot, screen):
    window = screen.window
    assert len(screen.screens()) == 1
    assert not window.isFullScreen() and not screen.full_screen_wanted()
    screen.set_full_screen(True)
    assert window.isFullScreen()
    screen.set_full_screen(False)
    assert not window.isFullScreen() and window.isVisible()


def test_closing_the_window_hides_it_even_while_voting(qtbot, screen, room):
    # The room's screen holds no ballot, so hiding it never strands a voter.
    rd = voting.open_round(room.db, voting.create_round(room.db, room.workshop_id, "Q").id)
    screen.show_voting(rd.id)
    shown = []
    screen.shown_changed.connect(shown.append)
    screen.window.close()
    assert not screen.window.isVisible() and shown == [False]
    assert voting.get_round(room.db, rd.id).status == "open"


def test_group_names_and_long_texts_never_break_the_screen(screen, room):
    people.update_group(room.db, room.groups[0].id, name="Residents <b>& friends</b> 🏠")
    rd = closed_round(room, BALLOTS)
    screen.show_results(rd.id)
    assert screen.window.results.groups.lines[0].name == "Residents <b>& friends</b> 🏠"
    captured = screen.controller.call(board.capture_idea, room.workshop_id, "word " * 2000)
    assert captured is not None
    idea = captured.idea
    screen.show_board()
    assert len(screen.window.board.notes[idea.id].text) <= 2000
    screen.window.grab()  # paints without error
