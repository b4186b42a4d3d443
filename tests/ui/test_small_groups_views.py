"""Five residents and a service manager vote in secret: neither the facilitator's results
panel nor the room's shared screen shows the manager's dots as "Staff", and both say why
in one line. With 10 residents, 10 carers and the manager, residents are still compared
with everyone else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from voting_helpers import BigRoom, closed_round, shared_screen_for

from coprod_desktop.services import board, people, workshops
from coprod_desktop.ui.shared_screen.manager import SharedScreen
from coprod_desktop.ui.voting.results_panel import ResultsPanel

pytestmark = pytest.mark.gui

WHY = "Groups with fewer than 3 voters are counted together, so nobody's vote can be picked out."
IDEAS = ("Fix the lifts", "Answer the phone", "Clear the bins")


def room_of(db, sizes: dict[str, int]) -> BigRoom:
    w = workshops.create_workshop(db, "Repairs: what first?")
    room = BigRoom(db, w.id)
    for name, size in sizes.items():
        group = people.add_group(db, w.id, name)
        room.groups.append(group)
        for n in range(size):
            room.people.append(
                people.add_participant(db, w.id, f"{name} {n + 1}", group_id=group.id)
            )
    room.ideas = [board.capture_idea(db, w.id, text).idea for text in IDEAS]
    return room


def panel_and_screen(qtbot, room: BigRoom, round_id: int) -> tuple[ResultsPanel, SharedScreen]:
    shared = shared_screen_for(room)
    panel = ResultsPanel(shared.controller, shared)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    from coprod_desktop.services import voting

    panel.set_round(voting.get_round(room.db, round_id))
    shared.show_results(round_id)
    return panel, shared


@pytest.fixture
def five_and_one(qtbot, db) -> Iterator[tuple[ResultsPanel, SharedScreen]]:
    room = room_of(db, {"Residents": 5, "Staff": 1})
    # Residents: 2 dots on the lifts, 1 on the phone each; the manager: 2 on the bins, 1 phone.
    ballots = {n: {0: 2, 1: 1} for n in range(5)} | {5: {2: 2, 1: 1}}
    rd = closed_round(room, ballots)
    panel, shared = panel_and_screen(qtbot, room, rd.id)
    yield panel, shared
    shared.close()


def test_the_results_panel_shows_no_staff_figures_and_says_why(five_and_one):
    panel, _ = five_and_one
    assert panel.model.headers == ["Rank", "Item", "Dots"]  # nothing to compare apart
    assert [row[1:] for row in panel.model.rows] == [
        ["Fix the lifts", "10"],
        ["Answer the phone", "6"],
        ["Clear the bins", "2"],
    ]
    assert panel.why.text() == WHY and panel.why.isVisible()
    assert panel.sentence.text() == (
        "Showing any group apart would reveal someone's vote, so groups are not compared."
    )
    assert panel.turnout.text() == "Turnout by group: Residents 5 of 5; Staff 1 of 1"


def test_the_shared_screen_shows_no_staff_figures_and_says_why(five_and_one):
    _, shared = five_and_one
    view = shared.window.results
    assert view.why.text() == WHY
    assert [(g.name, g.turnout, g.first) for g in view.groups.lines] == [
        ("Smaller groups combined", "6 of 6 voted (Residents, Staff)", "Put first: “Fix the lifts”")
    ]
    for item in view.chart.items:
        assert set(item.by_group) == {None}
    said = " ".join([view.headline.text(), view.why.text(), view.groups.accessibleDescription()])
    assert "Staff put" not in said and "Clear the bins" not in said


def test_ten_residents_ten_carers_one_manager_compare_residents_with_the_rest(qtbot, db):
    room = room_of(db, {"Residents": 10, "Carers": 10, "Staff": 1})
    ballots = {n: ({0: 2} if n < 10 else {1: 2}) for n in range(21)}
    rd = closed_round(room, ballots)
    panel, shared = panel_and_screen(qtbot, room, rd.id)
    try:
        assert panel.model.headers == [
            "Rank",
            "Item",
            "Dots",
            "Residents",
            "Smaller groups combined",
        ]
        assert [row[1:] for row in panel.model.rows[:2]] == [
            ["Answer the phone", "22", "0", "22"],
            ["Fix the lifts", "20", "20", "0"],
        ]
        assert panel.why.text() == WHY
        view = shared.window.results
        assert [(g.name, g.turnout) for g in view.groups.lines] == [
            ("Residents", "10 of 10 voted"),
            ("Smaller groups combined", "11 of 11 voted (Carers, Staff)"),
        ]
    finally:
        shared.close()


def test_groups_of_three_or_more_show_no_reason(qtbot, db):
    room = room_of(db, {"Residents": 3, "Staff": 3})
    rd = closed_round(room, {n: {n % 3: 1} for n in range(6)})
    panel, shared = panel_and_screen(qtbot, room, rd.id)
    try:
        assert panel.model.headers[3:] == ["Residents", "Staff"]
        assert panel.why.text() == "" and not panel.why.isVisible()
        assert shared.window.results.why.text() == ""
    finally:
        shared.close()
