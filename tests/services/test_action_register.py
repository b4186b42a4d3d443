"""Actions across workshops: every action of the library, overdue first, filtered, with
its workshop and what it answers, checked against lists worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from register_workshops import EXPECTED_ORDER, TODAY, Register, make_register

from coprod_desktop.db.engine import Database
from coprod_desktop.services import people
from coprod_desktop.services.action_register import (
    ActionFilter,
    list_actions,
    owners_and_organisations,
)
from coprod_desktop.services.errors import InvalidInput


@pytest.fixture
def db(library: Database) -> Database:
    """Each test on a library file, then on a PostgreSQL archive (the same queries)."""
    return library


@pytest.fixture
def register(db: Database) -> Register:
    return make_register(db)


def titles(db: Database, **filters: object) -> list[str]:
    return [a.title for a in list_actions(db, ActionFilter(**filters), today=TODAY)]  # type: ignore[arg-type]


def test_every_action_of_every_workshop_overdue_first_then_by_due_date(
    db: Database, register: Register
) -> None:
    listed = list_actions(db, today=TODAY)
    assert [a.title for a in listed] == EXPECTED_ORDER
    assert [a.title for a in listed if a.overdue] == EXPECTED_ORDER[:3]


def test_each_action_carries_its_workshop_owner_and_what_it_answers(
    db: Database, register: Register
) -> None:
    by_title = {a.title: a for a in list_actions(db, today=TODAY)}
    buses = by_title["Ask the council about Sunday buses"]
    assert (buses.workshop_id, buses.workshop_title, buses.workshop_date, buses.organisation) == (
        register.library, "Library hours", date(2026, 9, 10), "Cardiff Council"
    )  # fmt: skip
    assert (buses.owner, buses.owner_group, buses.status, buses.due) == (
        "Aled", "Residents", "agreed", date(2026, 11, 1)
    )  # fmt: skip
    assert buses.ideas == ("Later buses", "Open on Sundays")
    assert buses.themes == ("Transport",)
    trees = by_title["Plant trees along the ŵyr path"]
    assert (trees.organisation, trees.ideas, trees.themes) == (
        "Bro Morgannwg",
        (),
        ("Gwyrdd", "Shade"),
    )
    menu = by_title["Members plan the menu"]
    assert (menu.owner, menu.owner_group, menu.notes, menu.overdue) == (
        "Kitchen",
        "",
        "Start in January",
        False,
    )


def test_a_participant_who_did_not_agree_to_be_named_is_never_named(
    db: Database, register: Register
) -> None:
    listed = list_actions(db, today=TODAY)
    by_title = {a.title: a for a in listed}
    assert by_title["Trial Sunday opening"].owner == "A participant (Residents)"
    assert by_title["Survey for a quiet room"].owner == "A participant"
    assert by_title["Trial Sunday opening"].owner_shown("Cyfranogwr", "Cyfranogwr ({group})") == (
        "Cyfranogwr (Residents)"
    )
    # Their names are not read at all: nothing in the records holds them.
    assert "Secret" not in repr(listed) and "Hidden" not in repr(listed)
    # Filtering by the real name finds nothing (it would tell who owns it).
    assert titles(db, owner="Bethan") == []
    # Once they agree, they are named.
    bethan = next(
        p for p in people.list_participants(db, register.library) if p.name.startswith("Beth")
    )
    people.update_participant(db, bethan.id, named_in_minutes=True)
    assert titles(db, owner="bethan secret") == ["Trial Sunday opening"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"status": "open"}, [0, 1, 2, 5, 6, 7]),
        ({"status": "done"}, [4]),
        ({"status": "dropped"}, [3]),
        ({"status": "in_progress"}, [6]),
        ({"overdue_only": True}, [0, 1, 2]),
        ({"owner": "PARTICIPANT"}, [6, 7]),
        ({"owner": "team"}, [2, 4]),
        ({"organisation": "Cardiff Council"}, [0, 2, 3, 4, 5, 6, 7]),
        ({"organisation": "Bro Morgannwg"}, [1]),
        ({"organisation": "Cardiff"}, []),
        ({"due_before": TODAY}, [0, 1, 2, 3, 4]),
        ({"due_after": TODAY}, [6]),
        ({"due_after": date(2026, 11, 1), "due_before": date(2026, 12, 8)}, [1, 2]),
        ({"status": "open", "organisation": "Cardiff Council", "due_before": date(2027, 1, 1)},
         [0, 2, 5]),
        ({"status": "agreed", "overdue_only": True, "owner": "aled"}, [0]),
    ],
)  # fmt: skip
def test_filters(
    db: Database, register: Register, filters: dict[str, object], expected: list[int]
) -> None:
    assert titles(db, **filters) == [EXPECTED_ORDER[n] for n in expected]


def test_an_unknown_status_is_refused_in_words() -> None:
    with pytest.raises(InvalidInput, match="There is no action status “late”; use one of open, "):
        ActionFilter(status="late")


def test_what_is_overdue_follows_the_day(db: Database, register: Register) -> None:
    assert titles(db, overdue_only=True) == EXPECTED_ORDER[:3]
    later = list_actions(db, ActionFilter(overdue_only=True), today=date(2027, 2, 1))
    assert [a.title for a in later] == [
        "Ask the council about Sunday buses",
        "Plant trees along the ŵyr path",
        "Minibus text alerts",
        "Members plan the menu",
        "Trial Sunday opening",
    ]
    assert list_actions(db, ActionFilter(overdue_only=True), today=date(2026, 1, 1)) == []


def test_the_choices_for_the_filters(db: Database, register: Register) -> None:
    owners, organisations = owners_and_organisations(list_actions(db, today=TODAY))
    assert owners == [
        "=cmd|' /C calc'!A0", "A participant", "A participant (Residents)", "Aled",
        "Estates team", "Kitchen", "Parks", "Transport team",
    ]  # fmt: skip
    assert organisations == ["Bro Morgannwg", "Cardiff Council"]


def test_an_empty_library_lists_nothing(db: Database) -> None:
    assert list_actions(db) == []


def test_reading_does_not_change_the_library(db: Database, register: Register) -> None:
    with db.recording() as changes:
        list_actions(db, ActionFilter(status="open", owner="x"), today=TODAY)
    assert not changes()
