"""The idea board: themes and sticky-note ideas (capture, edit, move, theme, merge, delete)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..db import models as m
from ..db.engine import Database
from . import layout
from . import records as r
from ._common import get, get_in, idea_record, next_position, now, theme_record
from .errors import QT_TRANSLATE_NOOP, InvalidInput, VotingError
from .palette import DEFAULT_NOTE_COLOUR, THEME_COLOURS, nth_colour
from .snapshots import Snapshot, capture, restore
from .validation import clean_colour, clean_text

_UNSET: Any = object()
MAX_THEME_NAME = 120


@dataclass(frozen=True)
class Captured:
    idea: r.IdeaRecord
    new_theme: r.ThemeRecord | None  # set when the capture created the theme


# Themes -------------------------------------------------------------------------------


def _theme_name(name: str) -> str:
    name = clean_text(name, QT_TRANSLATE_NOOP("field", "theme name"), required=True).strip()
    if "\n" in name:
        raise InvalidInput(QT_TRANSLATE_NOOP("services", "A theme name must fit on one line."))
    if len(name) > MAX_THEME_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "A theme name can be at most {limit} characters."),
            limit=MAX_THEME_NAME,
        )
    return name


def list_themes(db: Database, workshop_id: int) -> list[r.ThemeRecord]:
    with db.transaction() as session:
        query = select(m.Theme).where(m.Theme.workshop_id == workshop_id)
        return [theme_record(t) for t in session.scalars(query.order_by(m.Theme.position))]


def _new_theme(session: Session, workshop_id: int, name: str, colour: str | None) -> m.Theme:
    position = next_position(session, m.Theme, workshop_id)
    theme = m.Theme(
        workshop_id=workshop_id,
        name=name,
        colour=clean_colour(colour) if colour else nth_colour(THEME_COLOURS, position),
        position=position,
    )
    right = session.scalar(
        select(func.max(m.Theme.x + m.Theme.width)).where(m.Theme.workshop_id == workshop_id)
    )
    # Notes without a theme sit right of the themes: the new area goes beyond them too,
    # or it would be drawn over them (and its first note on top of one).
    loose = session.scalar(
        select(func.max(m.Idea.x)).where(
            m.Idea.workshop_id == workshop_id,
            m.Idea.theme_id.is_(None),
            m.Idea.x >= (right if right is not None else 0.0),
        )
    )
    if loose is not None:
        right = max(right if right is not None else 0.0, loose + layout.NOTE_WIDTH)
    if right is not None:
        theme.x, theme.y = right + layout.COLUMN_GAP, 0.0
    else:
        theme.x, theme.y = 0.0, 0.0
    theme.width, theme.height = layout.area_size(0)
    session.add(theme)
    session.flush()
    return theme


def _find_theme(session: Session, workshop_id: int, name: str) -> m.Theme | None:
    return session.scalar(
        select(m.Theme).where(
            m.Theme.workshop_id == workshop_id, func.lower(m.Theme.name) == name.lower()
        )
    )


def add_theme(
    db: Database, workshop_id: int, name: str, colour: str | None = None
) -> r.ThemeRecord:
    name = _theme_name(name)
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        if _find_theme(session, workshop_id, name):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("services", 'There is already a theme called "{name}".'),
                name=name,
            )
        return theme_record(_new_theme(session, workshop_id, name, colour))


def update_theme(
    db: Database,
    theme_id: int,
    *,
    name: str | None = None,
    colour: str | None = None,
    area: tuple[float, float, float, float] | None = None,
) -> r.ThemeRecord:
    with db.transaction() as session:
        theme = get(session, m.Theme, theme_id)
        if name is not None:
            name = _theme_name(name)
            clash = _find_theme(session, theme.workshop_id, name)
            if clash is not None and clash.id != theme_id:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("services", 'There is already a theme called "{name}".'),
                    name=name,
                )
            theme.name = name
        if colour is not None:
            theme.colour = clean_colour(colour)
        if area is not None:
            theme.x, theme.y, theme.width, theme.height = area
        return theme_record(theme)


def delete_theme(db: Database, theme_id: int) -> Snapshot:
    """Delete a theme; its ideas stay on the board without a theme."""
    with db.transaction() as session:
        get(session, m.Theme, theme_id)
        snapshot = capture(session, m.Theme.__table__, "id", [theme_id])
        session.execute(delete(m.Theme).where(m.Theme.id == theme_id))
        return snapshot


# Ideas --------------------------------------------------------------------------------


def list_ideas(db: Database, workshop_id: int) -> list[r.IdeaRecord]:
    with db.transaction() as session:
        query = select(m.Idea).where(m.Idea.workshop_id == workshop_id)
        return [
            idea_record(i) for i in session.scalars(query.order_by(m.Idea.created_at, m.Idea.id))
        ]


def get_idea(db: Database, idea_id: int) -> r.IdeaRecord:
    with db.transaction() as session:
        return idea_record(get(session, m.Idea, idea_id))


def _place(session: Session, workshop_id: int, theme: m.Theme | None) -> tuple[float, float]:
    """A free spot for a new note: in its theme's area, else right of all themes."""
    if theme is not None and theme.x is not None and theme.width is not None:
        area = layout.Area(theme.x, theme.y or 0.0, theme.width, theme.height or 0.0)
        occupied = session.execute(
            select(m.Idea.x, m.Idea.y).where(m.Idea.theme_id == theme.id)
        ).all()
        x, y = layout.free_slot(area, [(px, py) for px, py in occupied], 0.0)
        theme.width = max(theme.width, x + layout.NOTE_WIDTH + layout.PADDING - theme.x)
        theme.height = max(theme.height or 0.0, y + layout.NOTE_HEIGHT + layout.PADDING - area.y)
        return x, y
    right = session.scalar(
        select(func.max(m.Theme.x + m.Theme.width)).where(m.Theme.workshop_id == workshop_id)
    )
    fallback = 0.0 if right is None else right + layout.COLUMN_GAP
    # Every note that could cover a slot of the column, filed or not: one nudged a
    # little left of it, or left there from a theme, was covered by the next capture.
    occupied = session.execute(
        select(m.Idea.x, m.Idea.y).where(
            m.Idea.workshop_id == workshop_id, m.Idea.x > fallback - layout.NOTE_WIDTH / 2
        )
    ).all()
    return layout.free_slot(None, [(px, py) for px, py in occupied], fallback)


def capture_idea(
    db: Database,
    workshop_id: int,
    text: str,
    *,
    author_id: int | None = None,
    group_id: int | None = _UNSET,
    theme_id: int | None = None,
    theme_name: str | None = None,
    stage_id: int | None = None,
    colour: str | None = None,
    position: tuple[float, float] | None = None,
    at: datetime | None = None,
    table_name: str | None = None,
) -> Captured:
    """Put a new sticky note on the board, committed at once.

    ``group_id`` defaults to the author's group. ``theme_name`` files the idea under that
    theme, creating it if there is none of that name (case does not matter).
    ``table_name``: the breakout table it came from (a merged workshop).
    """
    text = _idea_text(text)
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        author = get_in(session, m.Participant, author_id, workshop_id)
        if group_id is _UNSET:
            group_id = author.group_id if author else None
        new_theme = None
        theme = get_in(session, m.Theme, theme_id, workshop_id)
        if theme is None and theme_name:
            name = _theme_name(theme_name)
            theme = _find_theme(session, workshop_id, name)
            if theme is None:
                theme = new_theme = _new_theme(session, workshop_id, name, None)
        x, y = position if position else _place(session, workshop_id, theme)
        idea = _idea_row(
            session,
            workshop_id,
            PlacedIdea(text, x, y, author_id, group_id, None, stage_id, colour, at, table_name),
            theme,
        )
        session.add(idea)
        session.flush()
        return Captured(idea_record(idea), theme_record(new_theme) if new_theme else None)


@dataclass(frozen=True)
class PlacedIdea:
    """A note to put on the board at a given spot (``capture_ideas``)."""

    text: str
    x: float
    y: float
    author_id: int | None = None
    group_id: int | None = None
    theme_id: int | None = None
    stage_id: int | None = None
    colour: str | None = None
    at: datetime | None = None
    table_name: str | None = None  # the breakout table it came from


def capture_ideas(
    db: Database, workshop_id: int, ideas: Sequence[PlacedIdea]
) -> list[r.IdeaRecord]:
    """Put many notes on the board at once, each where it was and with its own author,
    group, theme and stage: a workshop file being imported. The checks are
    ``capture_idea``'s; the rows go in with one statement, not one each."""
    texts = [_idea_text(idea.text) for idea in ideas]
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        rows = [
            _idea_row(
                session,
                workshop_id,
                replace(idea, text=text),
                get_in(session, m.Theme, idea.theme_id, workshop_id),
            )
            for idea, text in zip(ideas, texts, strict=True)
        ]
        session.add_all(rows)
        session.flush()
        return [idea_record(row) for row in rows]


def _idea_text(text: str) -> str:
    return clean_text(text, QT_TRANSLATE_NOOP("field", "idea"), required=True).strip()


def _idea_row(
    session: Session, workshop_id: int, idea: PlacedIdea, theme: m.Theme | None
) -> m.Idea:
    """A new note's row: its author, group and stage must be the workshop's; its text
    has been cleaned (``_idea_text``)."""
    get_in(session, m.Participant, idea.author_id, workshop_id)
    get_in(session, m.Group, idea.group_id, workshop_id)
    get_in(session, m.Stage, idea.stage_id, workshop_id)
    return m.Idea(
        workshop_id=workshop_id,
        text=idea.text,
        author_id=idea.author_id,
        group_id=idea.group_id,
        theme_id=theme.id if theme else None,
        stage_id=idea.stage_id,
        colour=clean_colour(idea.colour) if idea.colour else DEFAULT_NOTE_COLOUR,
        x=float(idea.x),
        y=float(idea.y),
        created_at=idea.at or now(),
        table_name=idea.table_name,
    )


def update_idea(
    db: Database,
    idea_id: int,
    *,
    text: str | None = None,
    colour: str | None = None,
    author_id: int | None = _UNSET,
    group_id: int | None = _UNSET,
    stage_id: int | None = _UNSET,
) -> r.IdeaRecord:
    with db.transaction() as session:
        idea = get(session, m.Idea, idea_id)
        if text is not None:
            idea.text = clean_text(text, QT_TRANSLATE_NOOP("field", "idea"), required=True).strip()
        if colour is not None:
            idea.colour = clean_colour(colour)
        if author_id is not _UNSET:
            get_in(session, m.Participant, author_id, idea.workshop_id)
            idea.author_id = author_id
        if group_id is not _UNSET:
            get_in(session, m.Group, group_id, idea.workshop_id)
            idea.group_id = group_id
        if stage_id is not _UNSET:
            get_in(session, m.Stage, stage_id, idea.workshop_id)
            idea.stage_id = stage_id
        return idea_record(idea)


def move_ideas(
    db: Database,
    positions: Mapping[int, tuple[float, float]],
    *,
    theme_id: int | None = _UNSET,
) -> list[r.IdeaRecord]:
    """Move notes (one drag of a selection), and file them under ``theme_id`` if given
    (None takes them out of their theme)."""
    with db.transaction() as session:
        moved = []
        for idea_id, (x, y) in positions.items():
            idea = get(session, m.Idea, idea_id)
            idea.x, idea.y = float(x), float(y)
            if theme_id is not _UNSET:
                get_in(session, m.Theme, theme_id, idea.workshop_id)
                idea.theme_id = theme_id
            moved.append(idea_record(idea))
        return moved


def place_ideas(
    db: Database, places: Mapping[int, tuple[float, float, int | None]]
) -> list[r.IdeaRecord]:
    """Move notes and file each under its own theme (None: no theme), in one step: a drag
    of a selection that spans several themes, and the undo of any move."""
    with db.transaction() as session:
        placed = []
        for idea_id, (x, y, theme_id) in places.items():
            idea = get(session, m.Idea, idea_id)
            theme = get_in(session, m.Theme, theme_id, idea.workshop_id)
            idea.x, idea.y, idea.theme_id = float(x), float(y), theme_id
            if theme is not None and theme.x is not None and theme.width is not None:
                # A note let go on a full theme goes to its next slot: the area holds it.
                theme.width = max(
                    theme.width, idea.x + layout.NOTE_WIDTH + layout.PADDING - theme.x
                )
                theme.height = max(
                    theme.height or 0.0,
                    idea.y + layout.NOTE_HEIGHT + layout.PADDING - (theme.y or 0.0),
                )
            placed.append(idea_record(idea))
        return placed


def file_ideas(db: Database, idea_ids: Sequence[int], theme_id: int | None) -> list[r.IdeaRecord]:
    """File notes under ``theme_id`` (None: no theme) and move each to a free spot in that
    theme's area (or the unsorted column), as "move to theme" from a menu or the outline."""
    with db.transaction() as session:
        filed = []
        for idea_id in idea_ids:
            idea = get(session, m.Idea, idea_id)
            theme = get_in(session, m.Theme, theme_id, idea.workshop_id)
            if idea.theme_id == theme_id:
                filed.append(idea_record(idea))
                continue
            idea.theme_id = theme_id
            idea.x, idea.y = -1e9, -1e9  # out of the way while a free spot is found
            session.flush()
            x, y = _place(session, idea.workshop_id, theme)
            idea.x, idea.y = float(x), float(y)
            session.flush()
            filed.append(idea_record(idea))
        return filed


def apply_layout(
    db: Database,
    workshop_id: int,
    areas: Mapping[int, tuple[float, float, float, float]],
    positions: Mapping[int, tuple[float, float]],
) -> None:
    """Store a whole new layout (arrange by theme, or undoing it) in one step."""
    with db.transaction() as session:
        for theme_id, area in areas.items():
            theme = get(session, m.Theme, theme_id)
            theme.x, theme.y, theme.width, theme.height = area
        for idea_id, (x, y) in positions.items():
            idea = get(session, m.Idea, idea_id)
            idea.x, idea.y = float(x), float(y)


def arrange_by_theme(db: Database, workshop_id: int) -> None:
    """Tidy the board into theme columns (ideas in the order they were captured)."""
    with db.transaction() as session:
        themes = session.scalars(
            select(m.Theme.id).where(m.Theme.workshop_id == workshop_id).order_by(m.Theme.position)
        ).all()
        ideas = session.execute(
            select(m.Idea.id, m.Idea.theme_id)
            .where(m.Idea.workshop_id == workshop_id)
            .order_by(m.Idea.created_at, m.Idea.id)
        ).all()
        areas, positions = layout.arrange(
            list(themes), [(idea_id, theme_id) for idea_id, theme_id in ideas]
        )
        for theme in session.scalars(select(m.Theme).where(m.Theme.workshop_id == workshop_id)):
            a = areas[theme.id]
            theme.x, theme.y, theme.width, theme.height = a.x, a.y, a.width, a.height
        for idea in session.scalars(select(m.Idea).where(m.Idea.workshop_id == workshop_id)):
            idea.x, idea.y = positions[idea.id]


def delete_ideas(db: Database, idea_ids: Iterable[int]) -> Snapshot:
    """Delete notes with their dots and links; the snapshot puts all of it back."""
    ids = list(idea_ids)
    with db.transaction() as session:
        for idea_id in ids:
            get(session, m.Idea, idea_id)
        snapshot = capture(session, m.Idea.__table__, "id", ids)
        session.execute(delete(m.Idea).where(m.Idea.id.in_(ids)))
        return snapshot


def _in_open_round(session: Session, idea_ids: Sequence[int]) -> str | None:
    return session.scalar(
        select(m.VotingRound.question)
        .join(m.RoundItem, m.RoundItem.round_id == m.VotingRound.id)
        .where(m.VotingRound.status == "open", m.RoundItem.idea_id.in_(idea_ids))
    )


def merge_ideas(
    db: Database, keep_id: int, other_ids: Sequence[int]
) -> tuple[r.IdeaRecord, Snapshot]:
    """Fold ``other_ids`` into ``keep_id``: texts joined, dots and links added together.

    Returns the merged idea and a snapshot of all the notes as they were, for
    ``unmerge_ideas``. Refused while any of them is on an open vote.
    """
    others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
    if not others:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "Choose at least two different ideas to merge.")
        )
    with db.transaction() as session:
        keep = get(session, m.Idea, keep_id)
        merged = [get(session, m.Idea, i) for i in others]
        if any(i.workshop_id != keep.workshop_id for i in merged):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("services", "Ideas from different workshops cannot be merged.")
            )
        question = _in_open_round(session, [keep_id, *others])
        if question:
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "services", 'These ideas are on the open vote "{question}"; close it first.'
                ),
                question=question,
            )
        snapshot = capture(session, m.Idea.__table__, "id", [keep_id, *others])
        keep.text = "\n\n".join([keep.text, *(i.text for i in merged)])
        _fold_rows(session, m.BallotDot, "ballot_id", "dots", keep_id, others)
        _fold_rows(session, m.Tally, "round_id", "count", keep_id, others)
        _fold_rows(session, m.RoundItem, "round_id", None, keep_id, others)
        _fold_rows(session, m.ActionLink, "action_id", None, keep_id, others)
        session.execute(delete(m.Idea).where(m.Idea.id.in_(others)))
        session.flush()
        session.refresh(keep)
        return idea_record(keep), snapshot


def _fold_rows(
    session: Session, model: Any, owner: str, amount: str | None, keep_id: int, others: list[int]
) -> None:
    """Re-point rows of ``others`` at ``keep_id``; where keep already has a row for the
    same owner (ballot, round, action), add the amounts into it instead."""
    kept = {
        getattr(row, owner): row
        for row in session.scalars(select(model).where(model.idea_id == keep_id))
    }
    for row in session.scalars(select(model).where(model.idea_id.in_(others))):
        target = kept.get(getattr(row, owner))
        if target is None:
            row.idea_id = keep_id
            kept[getattr(row, owner)] = row
        else:
            if amount:
                setattr(target, amount, getattr(target, amount) + getattr(row, amount))
            session.delete(row)
        session.flush()


def unmerge_ideas(db: Database, keep_id: int, snapshot: Snapshot) -> None:
    """Undo a merge: the merged note and its folded dots go, the originals come back."""
    with db.transaction() as session:
        session.execute(delete(m.Idea).where(m.Idea.id == keep_id))
        restore(session, snapshot)


@dataclass(frozen=True)
class DotsRound:
    """A closed round whose dots the board can show."""

    id: int
    number: int  # its place in the workshop's list of rounds, counting from 1
    question: str
    target: str  # "ideas" | "themes"
    table: str | None = None  # the breakout table, in a merged workshop


@dataclass(frozen=True)
class BoardDots:
    """The dots of one closed round, as the notes (or the theme frames) show them."""

    round: DotsRound | None = None
    ideas: dict[int, int] = field(default_factory=dict)
    themes: dict[int, int] = field(default_factory=dict)


def closed_rounds(db: Database, workshop_id: int) -> list[DotsRound]:
    """The workshop's closed rounds in the voting page's order (the latest last).

    Open and draft rounds are left out: results stay hidden until a round closes."""
    with db.transaction() as session:
        rows = session.execute(
            select(m.VotingRound.id, m.VotingRound.question, m.VotingRound.target,
                   m.VotingRound.status, m.VotingRound.table_name)
            .where(m.VotingRound.workshop_id == workshop_id)
            .order_by(m.VotingRound.position, m.VotingRound.id)
        ).all()  # fmt: skip
    return [
        DotsRound(round_id, number, question, target, table)
        for number, (round_id, question, target, status, table) in enumerate(rows, start=1)
        if status == "closed"
    ]


def board_dots(db: Database, workshop_id: int, round_id: int | None) -> BoardDots:
    """The dots of the closed round ``round_id`` of this workshop, every item it asked
    about included (0 for none). Nothing for None, or for a round that is not closed, is
    gone, or belongs to another workshop: a board never shows a vote still running."""
    from .results import item_totals
    from .voting import round_data

    if round_id is None:
        return BoardDots()
    rounds = {r.id: r for r in closed_rounds(db, workshop_id)}
    chosen = rounds.get(round_id)
    if chosen is None:
        return BoardDots()
    with db.transaction() as session:
        v = session.get(m.VotingRound, round_id)
        if v is None or v.status != "closed" or v.workshop_id != workshop_id:
            return BoardDots()
        counts = item_totals(round_data(session, v))
    if chosen.target == "ideas":
        return BoardDots(chosen, ideas=counts)
    return BoardDots(chosen, themes=counts)


def closed_dots(db: Database, workshop_id: int, round_id: int | None = None) -> dict[int, int]:
    """Dots per idea from ONE closed round: ``round_id``, or by default the latest closed
    round that asked about ideas. Rounds are never added together (a run-off's counts
    beside the first round's would mean nothing)."""
    if round_id is None:
        ideas_rounds = [r for r in closed_rounds(db, workshop_id) if r.target == "ideas"]
        if not ideas_rounds:
            return {}
        round_id = ideas_rounds[-1].id
    return board_dots(db, workshop_id, round_id).ideas
