"""Rooms for the results reveal and "You said, we did": a vote where groups differ, one
where they agree, a tally run-off, and a follow-up workshop with carried actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.db.engine import Database
from coprod_desktop.services import actions, board, people, voting, workshops
from coprod_desktop.services.records import RoundRecord
from coprod_desktop.ui.shared_screen.manager import SharedScreen

SIZES = ((1280, 720), (1920, 1080))
IDEAS = (
    "Later buses on Thursdays",
    "A quiet room for reading",
    "Could the centre run a regular shuttle from the estate on the hill, because the "
    "public bus only comes twice a day and many of us cannot walk down the steep lane "
    "in winter",
    "Cheaper café meals",
    "Welsh-language sessions: ŵ ŷ â",
    "Gardening club in spring",
)


@dataclass
class Reveal:
    db: Database
    workshop_id: int
    groups: list[int]
    people: dict[str, list[int]]
    ideas: list[int]


def reveal_room(db: Database, *, language: str = "en", staff: int = 4) -> Reveal:
    """Residents (6), Carers (4) and Staff (``staff``), six ideas."""
    w = workshops.create_workshop(db, "Oakfield: what next?", language=language)
    room = Reveal(db, w.id, [], {}, [])
    for name, count in (("Residents", 6), ("Carers", 4), ("Staff", staff)):
        group = people.add_group(db, w.id, name)
        room.groups.append(group.id)
        room.people[name] = [
            people.add_participant(db, w.id, f"{name} {n}", group_id=group.id).id
            for n in range(count)
        ]
    for text in IDEAS:
        room.ideas.append(board.capture_idea(db, w.id, text).idea.id)
    return room


def cast(room: Reveal, ballots: dict[str, list[dict[int, int]]], **settings) -> RoundRecord:
    """A secret ballot: per group, each person's {idea index: dots}; then closed."""
    values = {"dots_per_voter": 3, "max_dots_per_item": 2, **settings}
    rd = voting.create_round(room.db, room.workshop_id, "Which should we do first?", **values)
    voting.open_round(room.db, rd.id)
    for group, choices in ballots.items():
        for person, dots in zip(room.people[group], choices, strict=False):
            voting.cast_ballot(room.db, rd.id, person, {room.ideas[i]: d for i, d in dots.items()})
    return voting.close_round(room.db, rd.id)


DIFFER = {
    "Residents": [{0: 2, 2: 1}, {0: 2, 1: 1}, {0: 1, 2: 2}, {0: 2}, {2: 2, 0: 1}, {0: 2}],
    "Carers": [{1: 2, 3: 1}, {1: 2}, {1: 2, 4: 1}, {1: 1, 4: 1}],
    "Staff": [{2: 2, 1: 1}, {2: 2}, {2: 1, 5: 1}, {2: 2}],
}
AGREE = {
    "Residents": [{1: 2, 0: 1}, {1: 2}, {1: 1, 3: 2}],
    "Carers": [{1: 2}, {1: 1, 0: 1}, {1: 2}],
    "Staff": [{1: 2}, {1: 2, 3: 1}, {0: 1}],
}


def follow_up(db: Database, *, language: str = "en") -> tuple[int, int]:
    """An earlier workshop with linked actions, and its follow-up: (earlier, follow-up)."""
    w = workshops.create_workshop(db, "Oakfield: spring", language=language)
    residents = people.add_group(db, w.id, "Residents")
    aled = people.add_participant(db, w.id, "Aled", group_id=residents.id)
    theme = board.add_theme(db, w.id, "Getting there")
    ideas = [
        board.capture_idea(db, w.id, text, theme_id=theme.id if n < 2 else None).idea.id
        for n, text in enumerate(IDEAS[:4])
    ]
    plans = (
        ("Ask the council for a Thursday evening bus", "in_progress", [ideas[0]], [theme.id],
         "Letter sent in March; the council answers in May."),
        ("Open the reading room on weekday mornings", "agreed", [ideas[1]], [],
         "Volunteers found for Monday and Wednesday."),
        ("Run a shuttle from the estate on the hill", "proposed", [ideas[2]], [], ""),
        ("Lower the price of café meals", "done", [ideas[3]], [], "Meals now £3.50."),
    )  # fmt: skip
    for title, status, idea_ids, theme_ids, notes in plans:
        actions.add_action(
            db, w.id, title, owner_id=aled.id, due=date(2027, 5, 1), status=status,
            idea_ids=idea_ids, theme_ids=theme_ids, notes=notes,
        )  # fmt: skip
    follow = workshops.create_follow_up(db, w.id, on=date(2027, 6, 1))
    return w.id, follow.id


def inside(widget: QWidget, window: QWidget) -> bool:
    """Whether the widget lies wholly within the window."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    rect = QRectF(top_left.x(), top_left.y(), widget.width(), widget.height())
    return QRectF(window.rect()).adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect)


def shoot(shared: SharedScreen, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    shared.window.grab().save(str(path))
    return path
