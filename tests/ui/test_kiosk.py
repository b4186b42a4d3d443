"""The ballot kiosk in its own window, driven by simulated clicks and keys, and checked
against what is stored in the SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget
from voting_helpers import BigRoom, build_big_room, kiosk_for, shared_screen_for

from coprod_desktop.services import voting
from coprod_desktop.services.errors import VotingError
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.shared_screen.grids import BallotGrid, NameGrid
from coprod_desktop.ui.shared_screen.manager import SharedScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def room(db) -> BigRoom:
    return build_big_room(db, ideas=20, people_count=7)


@pytest.fixture
def screen(qtbot, room) -> Iterator[SharedScreen]:
    shared = shared_screen_for(room, show=False)  # the room's screen is elsewhere
    yield shared
    shared.close()


def open_ballot(room: BigRoom, **settings) -> int:
    values = {"dots_per_voter": 3, "max_dots_per_item": 2, "secret": True}
    values.update(settings)
    rd = voting.create_round(room.db, room.workshop_id, "Which first?", **values)
    return voting.open_round(room.db, rd.id).id


def rows(room: BigRoom, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(room.db.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def click_tile(qtbot, grid, index: int, *, minus: bool = False) -> None:
    grid.set_current(index)  # turns the page if needed, like the page buttons would
    rect = grid.tile_rect(index)
    point = grid.minus_rect(rect).center() if minus else rect.center()
    qtbot.mouseClick(
        grid, Qt.MouseButton.LeftButton, pos=QPoint(round(point.x()), round(point.y()))
    )


def pick_name(qtbot, kiosk, name: str) -> None:
    grid: NameGrid = kiosk.names
    index = [t.label for t in grid.tiles].index(name)
    click_tile(qtbot, grid, index)


def test_a_full_secret_round_by_clicks_and_keys_is_stored_as_cast(qtbot, room, screen):
    round_id = open_ballot(room)
    kiosk = kiosk_for(screen, round_id)
    items = [i.id for i in room.ideas]
    # Aled by mouse: two dots on idea 1, one on idea 5 (on tile 5).
    pick_name(qtbot, kiosk, "Aled ŵ")
    assert kiosk.state == "ballot"
    click_tile(qtbot, kiosk.grid, 0)
    click_tile(qtbot, kiosk.grid, 0)
    click_tile(qtbot, kiosk.grid, 4)
    qtbot.mouseClick(kiosk.cast_button, Qt.MouseButton.LeftButton)
    assert kiosk.state == "confirm"
    qtbot.mouseClick(kiosk.yes_button, Qt.MouseButton.LeftButton)
    assert kiosk.state == "thanks"
    qtbot.keyClick(kiosk.thanks, Qt.Key.Key_Return)
    assert kiosk.state == "names"
    # Bethan by keyboard only: her name is now first; arrows and space on the ballot.
    assert kiosk.names.tiles[0].label == "Bethan"
    qtbot.keyClick(kiosk.names, Qt.Key.Key_Space)
    assert kiosk.voter is not None and kiosk.voter.name == "Bethan"
    grid = kiosk.grid
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # tile 2
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid, Qt.Key.Key_Plus)
    qtbot.keyClick(grid, Qt.Key.Key_Plus)  # refused: at most 2 on one idea
    qtbot.keyClick(grid, Qt.Key.Key_Minus)  # back to 1
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # tile 1
    qtbot.keyClick(grid, Qt.Key.Key_Equal)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # tile 3
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert grid.dots == {items[1]: 1, items[0]: 1, items[2]: 1}
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # from the ballot to "Cast my votes"
    assert kiosk.cast_button.hasFocus()
    qtbot.keyClick(kiosk.cast_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.state == "confirm")
    assert kiosk.yes_button.hasFocus()
    qtbot.keyClick(kiosk.yes_button, Qt.Key.Key_Space)
    assert kiosk.state == "thanks"
    # Carys casts an empty ballot, confirmed on screen.
    qtbot.mouseClick(kiosk.thanks, Qt.MouseButton.LeftButton)
    pick_name(qtbot, kiosk, "Carys Llewellyn-Jones")
    qtbot.mouseClick(kiosk.cast_button, Qt.MouseButton.LeftButton)
    assert "empty" in kiosk.confirm_note.text()
    qtbot.mouseClick(kiosk.yes_button, Qt.MouseButton.LeftButton)

    voters = {r[0] for r in rows(room, "SELECT participant_id FROM round_voters")}
    assert voters == {room.people[0].id, room.people[1].id, room.people[2].id}
    assert rows(room, "SELECT count(*) FROM ballots WHERE round_id = ?", round_id) == [(3,)]
    totals = dict(
        rows(room, "SELECT idea_id, sum(dots) FROM ballot_dots GROUP BY idea_id ORDER BY idea_id")
    )
    assert totals == {items[0]: 3, items[1]: 1, items[2]: 1, items[4]: 1}
    assert rows(room, "SELECT count(*) FROM named_ballots") == [(0,)]  # secret
    # Each group here has under 3 electors: their ballots go in "smaller groups combined".
    assert rows(room, "SELECT group_id FROM ballots") == [(None,)] * 3
    assert [t.label for t in kiosk.names.tiles] == [p.name for p in room.people[3:6]]
    # Three names fit on one page: no page buttons, no "1 of n".
    assert kiosk.names.page_count == 1
    assert not kiosk.names_next.isVisible() and kiosk.names_page_label.text() == ""


def test_the_budget_and_the_per_item_cap_hold_in_the_kiosk(qtbot, room, screen):
    round_id = open_ballot(room, dots_per_voter=3, max_dots_per_item=2)
    kiosk = kiosk_for(screen, round_id)
    pick_name(qtbot, kiosk, "Aled ŵ")
    grid: BallotGrid = kiosk.grid
    first, second, third = (room.ideas[n].id for n in range(3))
    for _ in range(3):
        click_tile(qtbot, grid, 0)
    assert grid.dots == {first: 2}
    assert "at most 2 dots" in kiosk.ballot_message.text()
    click_tile(qtbot, grid, 1)
    assert "2 dots placed" not in kiosk.dots_left.text()
    assert kiosk.dots_left.text() == "All 3 dots placed"
    click_tile(qtbot, grid, 2)
    assert grid.dots == {first: 2, second: 1}
    assert "All your dots are placed" in kiosk.ballot_message.text()
    click_tile(qtbot, grid, 0, minus=True)  # take one back with the tile's minus
    assert kiosk.dots_left.text() == "1 dot left of 3"
    click_tile(qtbot, grid, 2)
    assert grid.dots == {first: 1, second: 1, third: 1}
    click_tile(qtbot, grid, 5, minus=True)  # nothing to take off: nothing happens
    assert grid.used == 3


def test_cancel_goes_back_to_the_names_and_stores_nothing(qtbot, room, screen):
    round_id = open_ballot(room)
    kiosk = kiosk_for(screen, round_id)
    pick_name(qtbot, kiosk, "Bethan")
    click_tile(qtbot, kiosk.grid, 3)
    click_tile(qtbot, kiosk.grid, 3)
    qtbot.mouseClick(kiosk.cast_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.back_button, Qt.MouseButton.LeftButton)  # back from confirming
    assert kiosk.state == "ballot" and kiosk.grid.used == 2
    qtbot.mouseClick(kiosk.cancel_button, Qt.MouseButton.LeftButton)

    assert kiosk.state == "names"
    assert kiosk.grid.dots == {} and kiosk.voter is None
    assert "Bethan" in [t.label for t in kiosk.names.tiles]
    assert rows(room, "SELECT count(*) FROM ballots") == [(0,)]
    assert rows(room, "SELECT count(*) FROM round_voters") == [(0,)]


def test_nobody_can_vote_twice(qtbot, room, screen):
    round_id = open_ballot(room)
    kiosk = kiosk_for(screen, round_id)
    aled = room.people[0].id
    assert screen.start_ballot(aled)  # the facilitator's "next voter"
    click_tile(qtbot, kiosk.grid, 0)
    qtbot.mouseClick(kiosk.cast_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.yes_button, Qt.MouseButton.LeftButton)

    assert "Aled ŵ" not in [t.label for t in kiosk.names.tiles]
    assert not screen.start_ballot(aled)
    assert not kiosk.begin_ballot(aled)
    with pytest.raises(VotingError, match="already voted"):
        voting.cast_ballot(room.db, round_id, aled, {room.ideas[1].id: 1})
    # A ballot open on screen for someone who then votes another way is refused at cast.
    bethan = room.people[1].id
    assert screen.start_ballot(bethan)
    click_tile(qtbot, kiosk.grid, 1)
    voting.cast_ballot(room.db, round_id, bethan, {})
    qtbot.mouseClick(kiosk.cast_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.yes_button, Qt.MouseButton.LeftButton)
    assert kiosk.state == "names"
    assert rows(room, "SELECT count(*) FROM ballots") == [(2,)]
    assert rows(room, "SELECT count(*) FROM ballot_dots") == [(1,)]


def test_keys_on_the_shared_screen_cannot_leave_or_edit_while_voting(qtbot, room, screen):
    round_id = open_ballot(room)
    kiosk = kiosk_for(screen, round_id)
    window = screen.kiosk.window
    fired = []
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    undo = QAction("Undo", elsewhere)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    undo.triggered.connect(lambda: fired.append("undo"))
    elsewhere.addAction(undo)
    elsewhere.show()  # say, the facilitator's window with its Undo shortcut
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(elsewhere, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["undo"]  # the shortcut works anywhere else in the app
    fired.clear()
    pick_name(qtbot, kiosk, "Aled ŵ")
    click_tile(qtbot, kiosk.grid, 0)
    for target in (kiosk.grid, window):
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(target, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(target, Qt.Key.Key_F11)
        qtbot.keyClicks(target, "xq1")
        qtbot.keyClick(target, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    window.close()  # the window manager's close button, or Alt+F4

    assert fired == []
    assert window.isVisible() and screen.kiosk.is_open
    assert kiosk.state == "ballot" and kiosk.grid.dots == {room.ideas[0].id: 1}
    assert not screen.kiosk.window.close_button.isVisible()  # not while someone votes
    assert rows(room, "SELECT count(*) FROM ballots") == [(0,)]
    # The room's shared screen: its shortcuts do not fire either, and Esc only leaves
    # full screen.
    screen.set_mode("board")
    screen.set_full_screen(True)
    room_window = screen.window
    qtbot.keyClick(room_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fired == []
    qtbot.keyClick(room_window, Qt.Key.Key_Escape)
    assert not room_window.isFullScreen() and room_window.isVisible()


def test_confirming_happens_on_the_screen_without_a_dialog(qtbot, room, screen, monkeypatch):
    def no_dialogs(*args, **kwargs):
        raise AssertionError("a modal dialog was opened on the kiosk")

    for name in ("question", "warning", "information", "critical", "exec"):
        monkeypatch.setattr(QMessageBox, name, no_dialogs)
    round_id = open_ballot(room)
    kiosk = kiosk_for(screen, round_id)
    pick_name(qtbot, kiosk, room.people[3].name)
    click_tile(qtbot, kiosk.grid, 2)
    qtbot.mouseClick(kiosk.cast_button, Qt.MouseButton.LeftButton)
    assert kiosk.confirm_title.text() == f"{room.people[3].name}, cast your votes?"
    assert "2 dots you have not used" in kiosk.confirm_note.text()
    assert kiosk.confirm_summary.text() == f"1 dot:  3. {room.ideas[2].text}"
    qtbot.mouseClick(kiosk.yes_button, Qt.MouseButton.LeftButton)
    assert kiosk.state == "thanks"
    # The neutral screen says nothing about the ballot just cast.
    shown = kiosk.thanks.title.text() + kiosk.thanks.body.text()
    assert room.ideas[2].text[:10] not in shown and "dot" not in shown.lower()


def test_closing_the_round_mid_ballot_wipes_it_and_says_voting_has_closed(qtbot, room, screen):
    round_id = open_ballot(room)
    kiosk = kiosk_for(screen, round_id)
    pick_name(qtbot, kiosk, "Aled ŵ")
    click_tile(qtbot, kiosk.grid, 0)
    assert screen.controller.call(voting.close_round, round_id) is not None

    assert kiosk.state == "closed"
    assert kiosk.grid.dots == {} and kiosk.voter is None
    assert "closed" in kiosk.message_title.text()
    assert not screen.kiosk.is_open  # closing the round ends the kiosk


def test_arrow_keys_and_page_keys_turn_the_pages_of_sixty_ideas(qtbot, db):
    room = build_big_room(db, ideas=60, people_count=4)
    controller = Controller()
    controller.set_library(db)
    controller.open_workshop(room.workshop_id)
    shared = SharedScreen(controller)
    try:
        round_id = open_ballot(room)
        kiosk = kiosk_for(shared, round_id)
        assert shared.start_ballot(room.people[0].id)
        grid = kiosk.grid
        per_page = grid.per_page
        assert 1 < grid.page_count == -(-60 // per_page)
        qtbot.keyClick(grid, Qt.Key.Key_Space)
        grid.set_current(per_page - 1)
        qtbot.keyClick(grid, Qt.Key.Key_Right)  # past the last tile: the next page
        assert grid.page == 1 and grid.current == per_page
        qtbot.keyClick(grid, Qt.Key.Key_Space)
        label = kiosk.ballot_page_label.text()
        assert "Page 2 of" in label and "also on page 1" in label
        qtbot.keyClick(grid, Qt.Key.Key_PageDown)
        assert grid.page == 2
        qtbot.keyClick(grid, Qt.Key.Key_End)
        assert grid.current == 59 and grid.page == grid.page_count - 1
        qtbot.keyClick(grid, Qt.Key.Key_Home)
        assert grid.page == 0
        assert grid.dots == {room.ideas[0].id: 1, room.ideas[per_page].id: 1}
    finally:
        shared.close()


def test_a_tally_round_shows_the_question_and_the_dots_rule_only(qtbot, room, screen):
    round_id = open_ballot(room, method="tally")
    kiosk = kiosk_for(screen, round_id)
    screen.controller.call(voting.record_tallies, round_id, {room.ideas[0].id: 7})
    assert kiosk.state == "tally"
    assert kiosk.message_title.text() == "Which first?"
    assert "at most 2 on one item" in kiosk.message_body.text()
    assert "7" not in kiosk.message_body.text()
