"""Three workshops whose actions the register lists, with their order worked out by hand
for TODAY (see ``EXPECTED_ORDER``): for the service, command-line and page tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coprod_desktop.db.engine import Database

TODAY = date(2026, 12, 8)
# Overdue first (due before TODAY and still to do), by due date; then the rest by due
# date, an action with no date last. Done and dropped actions are never overdue; one due
# TODAY is not overdue yet.
EXPECTED_ORDER = [
    "Ask the council about Sunday buses",  # 2026-11-01 agreed: overdue
    "Plant trees along the ŵyr path",  # 2026-11-30 agreed: overdue
    "Minibus text alerts",  # 2026-12-07 proposed: overdue (yesterday)
    "Reopen the old café",  # 2026-06-01 dropped
    "Fix the lift",  # 2026-10-01 done
    "Members plan the menu",  # 2026-12-08 agreed: due today
    "Trial Sunday opening",  # 2027-01-15 in progress
    "Survey for a quiet room",  # no due date
]


@dataclass
class Register:
    library: int
    day_centre: int
    park: int
    actions: dict[str, int]  # title -> id


def make_register(db: Database) -> Register:
    from coprod_desktop.services import actions, board, people, workshops

    lib = workshops.create_workshop(
        db, "Library hours", date=date(2026, 9, 10), organisation="Cardiff Council"
    ).id
    residents = people.add_group(db, lib, "Residents").id
    aled = people.add_participant(db, lib, "Aled", group_id=residents, named_in_minutes=True).id
    bethan = people.add_participant(db, lib, "Bethan Secret", group_id=residents).id
    carys = people.add_participant(db, lib, "Carys Hidden").id
    transport = board.add_theme(db, lib, "Transport").id
    buses = board.capture_idea(db, lib, "Later buses", theme_id=transport).idea.id
    sundays = board.capture_idea(db, lib, "Open on Sundays").idea.id
    quiet = board.capture_idea(db, lib, "=A quiet room").idea.id

    centre = workshops.create_workshop(
        db, "Day centre: what next?", date=date(2026, 10, 20), organisation="Cardiff Council"
    ).id
    park = workshops.create_workshop(
        db, "Parc y Rhath", date=date(2026, 11, 5), organisation="Bro Morgannwg"
    ).id
    green = board.add_theme(db, park, "Gwyrdd").id
    shade = board.add_theme(db, park, "Shade").id

    made: dict[str, int] = {}

    def add(workshop: int, title: str, **kw: object) -> None:
        made[title] = actions.add_action(db, workshop, title, **kw).id  # type: ignore[arg-type]

    add(lib, "Ask the council about Sunday buses", owner_id=aled, due=date(2026, 11, 1),
        status="agreed", idea_ids=[buses, sundays], theme_ids=[transport])  # fmt: skip
    add(lib, "Trial Sunday opening", owner_id=bethan, due=date(2027, 1, 15),
        status="in_progress", idea_ids=[sundays])  # fmt: skip
    add(lib, "Fix the lift", owner_name="Estates team", due=date(2026, 10, 1), status="done")
    add(lib, "Survey for a quiet room", owner_id=carys, idea_ids=[quiet])
    add(centre, "Minibus text alerts", owner_name="Transport team", due=date(2026, 12, 7))
    add(centre, "Members plan the menu", owner_name="Kitchen", due=date(2026, 12, 8),
        status="agreed", notes="Start in January")  # fmt: skip
    add(centre, "Reopen the old café", owner_name="=cmd|' /C calc'!A0", due=date(2026, 6, 1),
        status="dropped")  # fmt: skip
    add(park, "Plant trees along the ŵyr path", owner_name="Parks", due=date(2026, 11, 30),
        status="agreed", theme_ids=[shade, green])  # fmt: skip
    return Register(lib, centre, park, made)
