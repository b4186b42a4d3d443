"""Board badges say which round (issue 11): a note shows the dots of ONE closed round,
the facilitator chooses which on the board page (the latest closed by default, or none),
the board, its outline and the shared screen's board mode agree and say which it is,
and a round still open never shows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.db.engine import Database
from coprod_desktop.services import board, voting, workshops
from coprod_desktop.ui.board.dots_choice import DotsChoice
from coprod_desktop.ui.board.outline_model import DOTS
from coprod_desktop.ui.board.page import BoardPage
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.shared_screen.manager import SharedScreen

pytestmark = pytest.mark.gui


@dataclass
class Votes:
    workshop_id: int
    ideas: dict[str, int]
    themes: dict[str, int]
    first: int  # closed: "Which first?" Later buses 3, Sunday opening 1, A quiet room 0
    runoff: int  # closed: "Run-off: Which first?" Later buses 5 (the only item)
    still_open: int  # open: Later buses 9, Sunday opening 7 (never shown)


def tally_round(
    db: Database, workshop_id: int, question: str, counts: dict[int, int], *,
    target: str = "ideas", close: bool = True,
) -> int:  # fmt: skip
    rd = voting.create_round(
        db, workshop_id, question, target=target, method="tally",
        dots_per_voter=10, max_dots_per_item=10, items=list(counts),
    )  # fmt: skip
    voting.open_round(db, rd.id)
    voting.record_tallies(db, rd.id, counts)
    if close:
        voting.close_round(db, rd.id)
    return rd.id


@pytest.fixture
def votes(controller: Controller) -> Votes:
    db = controller.db
    w = workshops.create_workshop(db, "Library hours")
    transport = board.add_theme(db, w.id, "Transport")
    hours = board.add_theme(db, w.id, "Opening hours")
    ideas = {
        text: board.capture_idea(db, w.id, text, theme_id=theme).idea.id
        for text, theme in (
            ("Later buses", transport.id), ("Sunday opening", hours.id), ("A quiet room", None),
        )
    }  # fmt: skip
    a, b, c = ideas.values()
    first = tally_round(db, w.id, "Which first?", {a: 3, b: 1, c: 0})
    runoff = tally_round(db, w.id, "Run-off: Which first?", {a: 5})
    still_open = tally_round(db, w.id, "Now?", {a: 9, b: 7}, close=False)
    return Votes(w.id, ideas, {"Transport": transport.id, "Opening hours": hours.id},
                 first, runoff, still_open)  # fmt: skip


@pytest.fixture
def page(qtbot: QtBot, controller: Controller, votes: Votes) -> BoardPage:
    page = BoardPage(controller)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    controller.open_workshop(votes.workshop_id)
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def screen(controller: Controller, page: BoardPage) -> Iterator[SharedScreen]:
    """The shared screen of the same window (one controller), showing the board."""
    shared = SharedScreen(controller)
    shared.set_text_scale(1.0)
    shared.show()
    shared.window.resize(1280, 720)
    shared.show_board()
    yield shared
    shared.close()


def badges(page: BoardPage) -> dict[int, int]:
    return {i: n.dots for i, n in page.scene.notes.items() if n.dots is not None}


def outline_dots(page: BoardPage) -> dict[int, str]:
    page.tabs.setCurrentWidget(page.outline)
    page._refresh_outline()
    model = page.outline_model
    found = {}
    for branch in model.branches:
        for idea in branch.ideas:
            text = model.idea_index(idea.id, DOTS).data()
            if text:
                found[idea.id] = text
    page.tabs.setCurrentWidget(page.view)
    return found


def test_the_latest_closed_round_shows_by_default_and_only_its_dots(
    page: BoardPage, screen: SharedScreen, votes: Votes
) -> None:
    buses, sunday, _quiet = votes.ideas.values()
    # The run-off asked about "Later buses" only: no round 1 count beside its 5.
    assert badges(page) == {buses: 5}
    assert sunday not in badges(page)
    assert page.dots_caption.text() == "● dots from “Run-off: Which first?” (closed)"
    assert page.dots_chooser.combo.currentText() == "Round 2: Run-off: Which first?"
    assert outline_dots(page) == {buses: "5"}
    board_view = screen.window.board
    assert board_view.shown_dots() == {buses: 5}
    assert board_view.caption.text() == page.dots_caption.text()
    assert board_view.caption.isVisible()


def test_choosing_a_round_switches_every_view(
    qtbot: QtBot, page: BoardPage, screen: SharedScreen, votes: Votes
) -> None:
    buses, sunday, quiet = votes.ideas.values()
    combo = page.dots_chooser.combo
    # Keyboard only: focus the chooser and step up from round 2 to round 1.
    combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "Round 1: Which first?"
    assert badges(page) == {buses: 3, sunday: 1, quiet: 0}
    assert page.dots_caption.text() == "● dots from “Which first?” (closed)"
    assert outline_dots(page) == {buses: "3", sunday: "1", quiet: "0"}
    board_view = screen.window.board
    assert board_view.shown_dots() == {buses: 3, sunday: 1}  # a 0 draws no badge
    assert board_view.caption.text() == "● dots from “Which first?” (closed)"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "No dots"
    assert badges(page) == {} and outline_dots(page) == {}
    assert page.dots_caption.text() == "No dots shown"
    assert board_view.shown_dots() == {} and not board_view.caption.isVisible()


def test_an_open_round_is_never_offered_nor_shown(
    page: BoardPage, screen: SharedScreen, votes: Votes, controller: Controller
) -> None:
    combo = page.dots_chooser.combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["No dots", "Round 1: Which first?", "Round 2: Run-off: Which first?"]
    board_view = screen.window.board
    for round_id in (None, votes.first, votes.runoff):
        DotsChoice.of(controller).choose(round_id)
        assert 9 not in badges(page).values() and 7 not in badges(page).values()
        assert 9 not in board_view.shown_dots().values()
    # Choosing the open round by its id (a stale setting) falls back to a closed one.
    DotsChoice.of(controller).choose(votes.still_open)
    assert page.dots_caption.text() == "● dots from “Run-off: Which first?” (closed)"
    assert board_view.shown_dots() == {votes.ideas["Later buses"]: 5}
    # Once it closes it is the latest, and shows.
    assert controller.call(voting.close_round, votes.still_open) is not None
    buses, sunday, _quiet = votes.ideas.values()
    assert badges(page) == {buses: 9, sunday: 7}
    assert board_view.shown_dots() == {buses: 9, sunday: 7}


def test_the_choice_survives_reopening_and_falls_back_when_deleted(
    page: BoardPage, votes: Votes, controller: Controller, db: Database
) -> None:
    buses, sunday, quiet = votes.ideas.values()
    DotsChoice.of(controller).choose(votes.first)
    controller.open_workshop(0)
    controller.open_workshop(votes.workshop_id)
    assert badges(page) == {buses: 3, sunday: 1, quiet: 0}
    # Another window on the same library (as after a restart) finds the same choice.
    again = Controller()
    again.set_library(db)
    again.open_workshop(votes.workshop_id)
    assert DotsChoice.of(again).current().id == votes.first  # type: ignore[union-attr]
    assert DotsChoice.of(again) is not DotsChoice.of(controller)
    # The chosen round deleted: back to the latest closed round.
    controller.call(voting.delete_round, votes.first)
    assert badges(page) == {buses: 5}
    assert page.dots_chooser.combo.currentText() == "Round 1: Run-off: Which first?"


def test_a_theme_rounds_dots_show_on_the_theme_frames(
    page: BoardPage, screen: SharedScreen, votes: Votes, controller: Controller
) -> None:
    transport, hours = votes.themes.values()
    with controller.recording():
        tally_round(
            controller.db,
            votes.workshop_id,
            "Which theme?",
            {transport: 4, hours: 2},
            target="themes",
        )
    assert page.dots_caption.text() == "● dots on the themes from “Which theme?” (closed)"
    assert badges(page) == {}  # no idea counts beside the themes'
    assert {t: item.dots for t, item in page.scene.themes.items()} == {transport: 4, hours: 2}
    page.tabs.setCurrentWidget(page.outline)
    page._refresh_outline()
    model = page.outline_model
    assert model.branch_index(transport).siblingAtColumn(DOTS).data() == "4"
    assert "4 dots" in model.branch_index(transport).data(Qt.ItemDataRole.AccessibleTextRole)
    board_view = screen.window.board
    assert board_view.shown_theme_dots() == {transport: 4, hours: 2}
    assert board_view.shown_dots() == {}
    # Back to an ideas round: the frames lose their badges.
    DotsChoice.of(controller).choose(votes.first)
    assert all(item.dots is None for item in page.scene.themes.values())
    assert board_view.shown_theme_dots() == {}


def test_the_chooser_is_named_for_screen_readers(page: BoardPage) -> None:
    assert page.dots_chooser.combo.accessibleName() == "Dots from which vote"
    assert page.dots_caption.accessibleName() == "Dots shown"
    label = page.dots_chooser.findChild(QLabel)
    assert label is not None and label.buddy() is page.dots_chooser.combo


def test_a_ballot_in_an_open_round_leaves_the_chooser_as_it_is(
    page: BoardPage, votes: Votes, controller: Controller
) -> None:
    combo = page.dots_chooser.combo
    DotsChoice.of(controller).choose(votes.first)
    before = [combo.itemText(i) for i in range(combo.count())]
    cleared: list[int] = []
    combo.model().modelReset.connect(lambda: cleared.append(1))
    combo.model().rowsRemoved.connect(lambda *_: cleared.append(1))
    controller.call(voting.record_tallies, votes.still_open, {votes.ideas["Later buses"]: 10})
    assert cleared == []  # an open list would stay open
    assert [combo.itemText(i) for i in range(combo.count())] == before
    assert combo.currentText() == "Round 1: Which first?"
    assert 10 not in badges(page).values()


def test_merging_ideas_moves_their_ballot_dots_on_the_badges(
    page: BoardPage, votes: Votes, controller: Controller
) -> None:
    """Through the real command: the board learns of folded dots from the change-set."""
    from coprod_desktop.services import people
    from coprod_desktop.ui.commands import board as cmd

    db, wid = controller.db, votes.workshop_id
    voters = [people.add_participant(db, wid, name, attended=True).id for name in "ABC"]
    buses, sunday, quiet = votes.ideas.values()
    controller.call(voting.close_round, votes.still_open)  # merging waits for open votes
    rd = voting.create_round(db, wid, "Ballot", dots_per_voter=2, max_dots_per_item=1)
    controller.call(voting.open_round, rd.id)
    for voter, dots in zip(voters, ({buses: 1, sunday: 1}, {sunday: 1}, {quiet: 1}), strict=True):
        controller.call(voting.cast_ballot, rd.id, voter, dots)
    controller.call(voting.close_round, rd.id)
    assert page.dots_caption.text() == "● dots from “Ballot” (closed)"
    assert badges(page) == {buses: 1, sunday: 2, quiet: 1}
    controller.push(cmd.MergeIdeas(controller, buses, [sunday]))
    assert badges(page) == {buses: 3, quiet: 1}
    controller.undo_stack.undo()
    assert badges(page) == {buses: 1, sunday: 2, quiet: 1}
