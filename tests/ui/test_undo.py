"""Undo and redo of every board, set-up and agenda edit, checked against the library."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from coprod_desktop.services import agenda, board, people, voting, workshops
from coprod_desktop.services.people import NameLine
from coprod_desktop.ui.commands import agenda as agenda_cmd
from coprod_desktop.ui.commands import board as cmd
from coprod_desktop.ui.commands import setup as setup_cmd
from coprod_desktop.ui.controller import Controller


@dataclass
class Room:
    controller: Controller
    workshop_id: int
    group_id: int
    people: list[int]
    theme_ids: list[int]
    idea_ids: list[int]

    @property
    def db(self) -> Any:
        return self.controller.db


@pytest.fixture
def room(controller: Controller) -> Room:
    db = controller.db
    w = workshops.create_workshop(db, "Library hours")
    g = people.add_group(db, w.id, "Residents")
    persons = [people.add_participant(db, w.id, n, group_id=g.id).id for n in ("Aled", "Siân")]
    themes = [board.add_theme(db, w.id, n).id for n in ("Transport", "Opening hours")]
    ideas = [
        board.capture_idea(db, w.id, text, author_id=persons[0], theme_id=theme).idea.id
        for text, theme in (("Later buses", themes[0]), ("Sundays", themes[1]), ("Café", None))
    ]
    controller.open_workshop(w.id)
    return Room(controller, w.id, g.id, persons, themes, ideas)


def ideas(room: Room) -> dict[int, Any]:
    return {i.id: i for i in board.list_ideas(room.db, room.workshop_id)}


def cycle(room: Room, command: Any, check_done: Any, check_undone: Any) -> None:
    """Do, undo, redo, undo: the library matches after every step."""
    stack = room.controller.undo_stack
    room.controller.push(command)
    assert not command.failed
    check_done()
    stack.undo()
    check_undone()
    stack.redo()
    check_done()
    stack.undo()
    check_undone()


def test_capture_with_a_new_theme(room: Room) -> None:
    before = set(ideas(room))
    command = cmd.CaptureIdea(room.controller, "Cheaper tea", theme_name="Café")

    def done() -> None:
        new = set(ideas(room)) - before
        assert len(new) == 1
        idea = ideas(room)[new.pop()]
        theme = {t.id: t.name for t in board.list_themes(room.db, room.workshop_id)}
        assert theme[idea.theme_id] == "Café"

    def undone() -> None:
        assert set(ideas(room)) == before
        names = [t.name for t in board.list_themes(room.db, room.workshop_id)]
        assert names == ["Transport", "Opening hours"]

    cycle(room, command, done, undone)
    room.controller.undo_stack.redo()
    assert ideas(room)[command.idea_id].text == "Cheaper tea"  # same id after redo


def test_edit_text_and_colour(room: Room) -> None:
    idea_id = room.idea_ids[0]
    cycle(
        room,
        cmd.EditIdea(room.controller, idea_id, text="Buses after 6pm ŵ"),
        lambda: ideas(room)[idea_id].text == "Buses after 6pm ŵ" or pytest.fail("not edited"),
        lambda: ideas(room)[idea_id].text == "Later buses" or pytest.fail("not undone"),
    )
    command = cmd.EditIdea(room.controller, idea_id, colour="#A5D6F7")
    cycle(
        room,
        command,
        lambda: ideas(room)[idea_id].colour == "#A5D6F7" or pytest.fail("not coloured"),
        lambda: ideas(room)[idea_id].colour == "#FFF59D" or pytest.fail("colour not undone"),
    )


def test_drag_into_and_out_of_themes(room: Room) -> None:
    a, b, _c = room.idea_ids
    old = {i: (ideas(room)[i].x, ideas(room)[i].y, ideas(room)[i].theme_id) for i in (a, b)}
    new = {a: (900.0, 50.0, None), b: (20.0, 64.0, room.theme_ids[0])}

    def done() -> None:
        now = ideas(room)
        assert {i: (now[i].x, now[i].y, now[i].theme_id) for i in (a, b)} == new

    def undone() -> None:
        now = ideas(room)
        assert {i: (now[i].x, now[i].y, now[i].theme_id) for i in (a, b)} == old

    cycle(room, cmd.PlaceIdeas(room.controller, old, new), done, undone)


def test_move_to_theme_from_a_menu(room: Room) -> None:
    c = room.idea_ids[2]
    before = ideas(room)[c]
    target = room.theme_ids[1]

    def done() -> None:
        idea = ideas(room)[c]
        area = next(t for t in board.list_themes(room.db, room.workshop_id) if t.id == target)
        assert idea.theme_id == target
        assert area.x <= idea.x <= area.x + area.width

    def undone() -> None:
        idea = ideas(room)[c]
        assert (idea.theme_id, idea.x, idea.y) == (None, before.x, before.y)

    cycle(room, cmd.FileIdeas(room.controller, [c], target, "Opening hours"), done, undone)


def test_undoing_a_delete_restores_the_idea_with_its_theme_and_dots(room: Room) -> None:
    db = room.db
    a, b, _c = room.idea_ids
    r = voting.create_round(
        db, room.workshop_id, "What first?", target="ideas", method="tally",
        dots_per_voter=3, max_dots_per_item=3, items=[a, b],
    )  # fmt: skip
    voting.open_round(db, r.id)
    voting.record_tallies(db, r.id, {a: 7, b: 2})
    voting.close_round(db, r.id)
    assert board.closed_dots(db, room.workshop_id) == {a: 7, b: 2}

    def done() -> None:
        assert a not in ideas(room)
        assert board.closed_dots(db, room.workshop_id) == {b: 2}

    def undone() -> None:
        assert ideas(room)[a].theme_id == room.theme_ids[0]
        assert board.closed_dots(db, room.workshop_id) == {a: 7, b: 2}

    cycle(room, cmd.DeleteIdeas(room.controller, [a]), done, undone)


def test_merge_and_unmerge(room: Room) -> None:
    a, b, c = room.idea_ids

    def done() -> None:
        now = ideas(room)
        assert set(now) == {a}
        assert now[a].text == "Later buses\n\nSundays\n\nCafé"

    def undone() -> None:
        now = ideas(room)
        assert set(now) == {a, b, c}
        assert now[a].text == "Later buses"
        assert now[b].theme_id == room.theme_ids[1]

    cycle(room, cmd.MergeIdeas(room.controller, a, [b, c]), done, undone)


def test_arrange_by_theme_and_back(room: Room) -> None:
    before = {i.id: (i.x, i.y) for i in ideas(room).values()}
    after: dict[int, tuple[float, float]] = {}

    def done() -> None:
        now = {i.id: (i.x, i.y) for i in ideas(room).values()}
        after.update(after or now)
        assert now == after
        assert now != before

    def undone() -> None:
        assert {i.id: (i.x, i.y) for i in ideas(room).values()} == before

    board.update_theme(room.db, room.theme_ids[1], area=(5000.0, 3000.0, 280.0, 300.0))
    board.move_ideas(
        room.db, {room.idea_ids[1]: (5020.0, 3064.0), room.idea_ids[2]: (-800.0, 90.0)}
    )
    before = {i.id: (i.x, i.y) for i in ideas(room).values()}
    cycle(room, cmd.ArrangeByTheme(room.controller), done, undone)


def test_move_theme_with_its_notes(room: Room) -> None:
    theme = next(
        t for t in board.list_themes(room.db, room.workshop_id) if t.id == room.theme_ids[0]
    )
    old_area = (theme.x, theme.y, theme.width, theme.height)
    new_area = (theme.x + 100, theme.y + 40, theme.width, theme.height)
    a = room.idea_ids[0]
    start = (ideas(room)[a].x, ideas(room)[a].y)
    command = cmd.MoveTheme(room.controller, theme.id, old_area, new_area, {a: start})
    cycle(
        room,
        command,
        lambda: (
            (ideas(room)[a].x, ideas(room)[a].y) == (start[0] + 100, start[1] + 40)
            or pytest.fail("note did not travel")
        ),
        lambda: (ideas(room)[a].x, ideas(room)[a].y) == start or pytest.fail("not undone"),
    )


def test_theme_add_rename_recolour_delete(room: Room) -> None:
    def names() -> list[str]:
        return [t.name for t in board.list_themes(room.db, room.workshop_id)]

    add = cmd.AddTheme(room.controller, "Café")
    cycle(
        room,
        add,
        lambda: names()[-1] == "Café" or pytest.fail(),
        lambda: "Café" not in names() or pytest.fail(),
    )
    rename = cmd.UpdateTheme(room.controller, room.theme_ids[0], name="Getting there")
    cycle(
        room,
        rename,
        lambda: names()[0] == "Getting there" or pytest.fail(),
        lambda: names()[0] == "Transport" or pytest.fail(),
    )
    a = room.idea_ids[0]

    def deleted() -> None:
        assert names() == ["Opening hours"]
        assert ideas(room)[a].theme_id is None

    def restored() -> None:
        assert names() == ["Transport", "Opening hours"]
        assert ideas(room)[a].theme_id == room.theme_ids[0]

    cycle(room, cmd.DeleteTheme(room.controller, room.theme_ids[0], "Transport"), deleted, restored)


def test_workshop_details(room: Room) -> None:
    command = setup_cmd.UpdateWorkshop(room.controller, {"venue": ""}, {"venue": "Neuadd y Dref"})
    get = lambda: workshops.get_workshop(room.db, room.workshop_id).venue  # noqa: E731
    cycle(
        room,
        command,
        lambda: get() == "Neuadd y Dref" or pytest.fail(),
        lambda: get() == "" or pytest.fail(),
    )


def test_groups(room: Room) -> None:
    def groups() -> dict[str, str]:
        return {g.name: g.colour for g in people.list_groups(room.db, room.workshop_id)}

    cycle(
        room,
        setup_cmd.AddGroup(room.controller, "Staff", "#009E73"),
        lambda: groups().get("Staff") == "#009E73" or pytest.fail(),
        lambda: "Staff" not in groups() or pytest.fail(),
    )
    cycle(
        room,
        setup_cmd.UpdateGroup(room.controller, room.group_id, name="Members", colour="#CC79A7"),
        lambda: groups() == {"Members": "#CC79A7"} or pytest.fail(),
        lambda: groups() == {"Residents": "#E69F00"} or pytest.fail(),
    )

    def members() -> list[int | None]:
        return [p.group_id for p in people.list_participants(room.db, room.workshop_id)]

    def deleted() -> None:
        assert groups() == {}
        assert members() == [None, None]

    def restored() -> None:
        assert groups() == {"Residents": "#E69F00"}
        assert members() == [room.group_id, room.group_id]

    cycle(
        room, setup_cmd.DeleteGroup(room.controller, room.group_id, "Residents"), deleted, restored
    )


def test_participants(room: Room) -> None:
    def persons() -> dict[str, Any]:
        return {p.name: p for p in people.list_participants(room.db, room.workshop_id)}

    cycle(
        room,
        setup_cmd.AddParticipant(
            room.controller, "Dai", group_id=room.group_id, named_in_minutes=True
        ),
        lambda: persons()["Dai"].named_in_minutes or pytest.fail(),
        lambda: "Dai" not in persons() or pytest.fail(),
    )
    aled = room.people[0]
    cycle(
        room,
        setup_cmd.UpdateParticipant(room.controller, aled, attended=False, name="Aled P."),
        lambda: persons()["Aled P."].attended is False or pytest.fail(),
        lambda: persons()["Aled"].attended is True or pytest.fail(),
    )

    def deleted() -> None:
        assert "Aled" not in persons()
        assert ideas(room)[room.idea_ids[0]].author_id is None

    def restored() -> None:
        assert "Aled" in persons()
        assert ideas(room)[room.idea_ids[0]].author_id == aled

    cycle(room, setup_cmd.DeleteParticipant(room.controller, aled, "Aled"), deleted, restored)


def test_a_pasted_list_with_new_groups_is_one_step(room: Room) -> None:
    lines = (NameLine("Eleri", "Staff"), NameLine("Ffion", "Residents"), NameLine("Gwyn", None))

    def done() -> None:
        persons = {p.name: p.group_id for p in people.list_participants(room.db, room.workshop_id)}
        groups = {g.name: g.id for g in people.list_groups(room.db, room.workshop_id)}
        assert set(groups) == {"Residents", "Staff"}
        assert persons["Eleri"] == groups["Staff"]
        assert persons["Ffion"] == room.group_id
        assert persons["Gwyn"] is None

    def undone() -> None:
        assert [p.name for p in people.list_participants(room.db, room.workshop_id)] == [
            "Aled",
            "Siân",
        ]
        assert [g.name for g in people.list_groups(room.db, room.workshop_id)] == ["Residents"]

    cycle(room, setup_cmd.AddParticipantList(room.controller, lines), done, undone)


def test_stages(room: Room) -> None:
    db = room.db

    def stages() -> list[tuple[str, int | None, str]]:
        return [
            (s.title, s.planned_minutes, s.prompt) for s in agenda.list_stages(db, room.workshop_id)
        ]

    add = setup_cmd.AddStage(room.controller, "Welcome", planned_minutes=10, prompt="Hello")
    cycle(
        room,
        add,
        lambda: stages() == [("Welcome", 10, "Hello")] or pytest.fail(),
        lambda: stages() == [] or pytest.fail(),
    )
    room.controller.undo_stack.redo()
    second = agenda.add_stage(db, room.workshop_id, "Ideas", planned_minutes=30)
    cycle(
        room,
        setup_cmd.UpdateStage(
            room.controller, second.id, planned_minutes=45, prompt="What would help?"
        ),
        lambda: stages()[1] == ("Ideas", 45, "What would help?") or pytest.fail(),
        lambda: stages()[1] == ("Ideas", 30, "") or pytest.fail(),
    )
    cycle(
        room,
        setup_cmd.MoveStage(room.controller, second.id, 1, 0),
        lambda: [s[0] for s in stages()] == ["Ideas", "Welcome"] or pytest.fail(),
        lambda: [s[0] for s in stages()] == ["Welcome", "Ideas"] or pytest.fail(),
    )
    cycle(
        room,
        setup_cmd.DeleteStage(room.controller, second.id, "Ideas"),
        lambda: [s[0] for s in stages()] == ["Welcome"] or pytest.fail(),
        lambda: [s[0] for s in stages()] == ["Welcome", "Ideas"] or pytest.fail(),
    )


def test_starting_and_ending_stages_keeps_the_recorded_times(room: Room) -> None:
    db = room.db
    first = agenda.add_stage(db, room.workshop_id, "Welcome", planned_minutes=10)
    second = agenda.add_stage(db, room.workshop_id, "Ideas", planned_minutes=30)
    room.controller.push(agenda_cmd.StartStage(room.controller, first.id, "Welcome"))
    started = agenda.list_stages(db, room.workshop_id)[0].started_at
    assert started is not None
    command = agenda_cmd.StartStage(room.controller, second.id, "Ideas")

    def done() -> None:
        a, b = agenda.list_stages(db, room.workshop_id)
        assert a.started_at == started and a.ended_at is not None
        assert b.started_at is not None and b.ended_at is None

    def undone() -> None:
        a, b = agenda.list_stages(db, room.workshop_id)
        assert (a.started_at, a.ended_at) == (started, None)
        assert (b.started_at, b.ended_at) == (None, None)

    cycle(room, command, done, undone)
    room.controller.undo_stack.redo()
    stamped = agenda.list_stages(db, room.workshop_id)[1].started_at
    room.controller.undo_stack.undo()
    room.controller.undo_stack.redo()
    assert agenda.list_stages(db, room.workshop_id)[1].started_at == stamped  # not re-stamped
    end = agenda_cmd.EndStage(room.controller, second.id, "Ideas")
    cycle(
        room,
        end,
        lambda: agenda.list_stages(db, room.workshop_id)[1].ended_at is not None or pytest.fail(),
        lambda: agenda.list_stages(db, room.workshop_id)[1].ended_at is None or pytest.fail(),
    )


def test_a_refused_step_is_explained_and_left_off_the_stack(room: Room) -> None:
    errors: list[str] = []
    room.controller.error.connect(errors.append)
    command = cmd.AddTheme(room.controller, "transport")  # same name, other case
    room.controller.push(command)
    assert command.failed
    assert errors == ['There is already a theme called "transport".']
    assert room.controller.undo_stack.count() == 0


def test_opening_another_workshop_clears_the_history(room: Room) -> None:
    room.controller.push(cmd.AddTheme(room.controller, "Café"))
    assert room.controller.undo_stack.canUndo()
    other = workshops.create_workshop(room.db, "Other")
    room.controller.open_workshop(other.id)
    assert not room.controller.undo_stack.canUndo()
