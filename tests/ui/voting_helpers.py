"""A big, awkward workshop for the shared screen and voting tests and screenshots: 60
ideas (some very long, Welsh, markup-like, emoji), 5 themes, 3 groups, 24 people."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coprod_desktop.db.engine import Database
from coprod_desktop.services import actions, agenda, board, people, voting, workshops
from coprod_desktop.services.records import (
    GroupRecord,
    IdeaRecord,
    ParticipantRecord,
    RoundRecord,
    ThemeRecord,
)
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.shared_screen.kiosk import KioskView
from coprod_desktop.ui.shared_screen.manager import SharedScreen

THEMES = ("Getting there", "Food and the café", "Activities", "Staff and care", "The building")
SHORT = [
    "Later buses on Thursdays",
    "A quiet room for reading",
    "Cheaper café meals",
    "Gardening club in spring",
    "More time with the same carer",
    "Ramps at the side door",
    "Welsh-language sessions: ŵ ŷ â",
    "Music on Friday afternoons",
    "A minibus for trips",
    "Fresh fruit at lunch",
    "Tea & toast <b>all day</b>",
    "Fix the heating in the hall 🔥",
]
LONG = (
    "Could the centre run a regular shuttle from the estate on the hill, because the "
    "public bus only comes twice a day and many of us cannot walk down the steep lane "
    "in winter, especially when it is icy and dark before five o'clock"
)


@dataclass
class BigRoom:
    db: Database
    workshop_id: int
    groups: list[GroupRecord] = field(default_factory=list)
    people: list[ParticipantRecord] = field(default_factory=list)
    themes: list[ThemeRecord] = field(default_factory=list)
    ideas: list[IdeaRecord] = field(default_factory=list)


def idea_text(n: int) -> str:
    if n == 7:
        return "Very long: " + ("the same worry again and again " * 330)[:10_000]
    if n % 5 == 3:
        return f"{LONG} (idea {n})"
    return SHORT[n % len(SHORT)] + ("" if n < len(SHORT) else f" ({n})")


def build_big_room(db: Database, *, ideas: int = 60, people_count: int = 24) -> BigRoom:
    w = workshops.create_workshop(
        db,
        "Oakfield Day Centre: what should we do next year?",
        purpose="Members, carers and staff decide together what the centre does next.",
    )
    room = BigRoom(db, w.id)
    for name in ("Residents", "Carers", "Staff"):
        room.groups.append(people.add_group(db, w.id, name))
    for n in range(people_count):
        group = room.groups[n % 3]
        name = f"Person {n + 1:02d}" if n > 2 else ["Aled ŵ", "Bethan", "Carys Llewellyn-Jones"][n]
        room.people.append(
            people.add_participant(
                db, w.id, name, group_id=group.id, attended=n != people_count - 1
            )
        )
    for name in THEMES:
        room.themes.append(board.add_theme(db, w.id, name))
    for n in range(ideas):
        captured = board.capture_idea(
            db,
            w.id,
            idea_text(n),
            author_id=room.people[n % min(12, people_count)].id,
            theme_id=room.themes[n % len(THEMES)].id,
        )
        room.ideas.append(captured.idea)
    board.arrange_by_theme(db, w.id)
    room.themes = board.list_themes(db, w.id)
    room.ideas = board.list_ideas(db, w.id)
    return room


def add_running_stage(room: BigRoom, prompt: str | None = None) -> None:
    db = room.db
    agenda.add_stage(db, room.workshop_id, "Welcome", prompt="Hello", planned_minutes=10)
    stage = agenda.add_stage(
        db,
        room.workshop_id,
        "What matters most to you about the centre, and what would make it better?",
        prompt=prompt
        or (
            "Think about a normal week at Oakfield. What works, what doesn't, and what "
            "would make it better? Say it how you'd say it: there are no wrong ideas."
        ),
        planned_minutes=20,
    )
    agenda.add_stage(db, room.workshop_id, "Choosing what comes first", planned_minutes=15)
    agenda.start_stage(db, stage.id)


def add_actions(room: BigRoom, count: int = 9) -> None:
    statuses = ("agreed", "proposed", "in_progress", "done", "dropped")
    for n in range(count):
        actions.add_action(
            room.db,
            room.workshop_id,
            (LONG if n == 2 else f"Ask the council about {SHORT[n % len(SHORT)].lower()}"),
            owner_id=room.people[n % len(room.people)].id if n % 2 == 0 else None,
            owner_name=None if n % 2 == 0 else "Housing & transport team",
            due=date(2027, 1, 1 + n % 28) if n != 4 else None,
            status=statuses[n % len(statuses)],
        )


def closed_round(room: BigRoom, ballots: dict[int, dict[int, int]], **settings) -> RoundRecord:
    """A secret ballot on all ideas, cast by participant index -> {idea index: dots}."""
    defaults = {"dots_per_voter": 3, "max_dots_per_item": 2}
    defaults.update(settings)
    rd = voting.create_round(room.db, room.workshop_id, "Which should we do first?", **defaults)
    rd = voting.open_round(room.db, rd.id)
    for person, dots in ballots.items():
        voting.cast_ballot(
            room.db,
            rd.id,
            room.people[person].id,
            {room.ideas[i].id: d for i, d in dots.items()},
        )
    return voting.close_round(room.db, rd.id)


def shared_screen_for(room: BigRoom, *, show: bool = True) -> SharedScreen:
    """A shared screen on the room's workshop at 100 % text, shown at 1280x720 unless
    ``show`` is off; the caller closes it."""
    controller = Controller()
    controller.set_library(room.db)
    controller.open_workshop(room.workshop_id)
    shared = SharedScreen(controller)
    shared.set_text_scale(1.0)
    if show:
        shared.show()
        shared.window.resize(1280, 720)
    return shared


def kiosk_for(shared: SharedScreen, round_id: int) -> KioskView:
    """The ballot kiosk's own window on this round, as a 1280x720 window rather than full
    screen; opened where nothing warns (no shared screen showing on the one screen)."""
    from PySide6.QtTest import QTest

    assert shared.kiosk.open(round_id, full_screen=False)
    shared.kiosk.window.resize(1280, 720)
    QTest.qWaitForWindowExposed(shared.kiosk.window)
    return shared.kiosk.view
