"""Groups and participants of a workshop, and reading a pasted list of names."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select

from ..db import models as m
from ..db.engine import Database
from . import records as r
from ._common import get, get_in, group_record, next_position, participant_record
from .errors import QT_TRANSLATE_NOOP, InvalidInput, Message, Term
from .palette import GROUP_COLOURS, nth_colour
from .snapshots import Snapshot, capture
from .validation import clean_colour, clean_text

MAX_NAME = 200


def _name(value: str, what: str) -> str:
    name = clean_text(value, what, required=True).strip()
    if "\n" in name:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "The {what} must fit on one line."),
            what=Term("field", what),
        )
    if len(name) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "The {what} is too long (at most {limit} characters)."),
            what=Term("field", what),
            limit=MAX_NAME,
        )
    return name


# Groups -------------------------------------------------------------------------------


def list_groups(db: Database, workshop_id: int) -> list[r.GroupRecord]:
    with db.transaction() as session:
        query = select(m.Group).where(m.Group.workshop_id == workshop_id)
        return [group_record(g) for g in session.scalars(query.order_by(m.Group.position))]


def add_group(
    db: Database, workshop_id: int, name: str, colour: str | None = None
) -> r.GroupRecord:
    name = _name(name, QT_TRANSLATE_NOOP("field", "group name"))
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        _check_unique_group(session, workshop_id, name)
        position = next_position(session, m.Group, workshop_id)
        group = m.Group(
            workshop_id=workshop_id,
            name=name,
            colour=clean_colour(colour) if colour else nth_colour(GROUP_COLOURS, position),
            position=position,
        )
        session.add(group)
        session.flush()
        return group_record(group)


def _check_unique_group(session: Any, workshop_id: int, name: str, own_id: int = 0) -> None:
    clash = session.scalar(
        select(m.Group.id).where(
            m.Group.workshop_id == workshop_id,
            func.lower(m.Group.name) == name.lower(),
            m.Group.id != own_id,
        )
    )
    if clash:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", 'There is already a group called "{name}".'), name=name
        )


def update_group(
    db: Database, group_id: int, *, name: str | None = None, colour: str | None = None
) -> r.GroupRecord:
    with db.transaction() as session:
        group = get(session, m.Group, group_id)
        if name is not None:
            group.name = _name(name, QT_TRANSLATE_NOOP("field", "group name"))
            _check_unique_group(session, group.workshop_id, group.name, group.id)
        if colour is not None:
            group.colour = clean_colour(colour)
        return group_record(group)


def delete_group(db: Database, group_id: int) -> Snapshot:
    """Delete a group (its people and ideas keep existing, without a group)."""
    with db.transaction() as session:
        get(session, m.Group, group_id)
        snapshot = capture(session, m.Group.__table__, "id", [group_id])  # type: ignore[arg-type]
        session.execute(delete(m.Group).where(m.Group.id == group_id))
        return snapshot


# Participants -------------------------------------------------------------------------


def list_participants(db: Database, workshop_id: int) -> list[r.ParticipantRecord]:
    with db.transaction() as session:
        query = select(m.Participant).where(m.Participant.workshop_id == workshop_id)
        return [
            participant_record(p)
            for p in session.scalars(query.order_by(m.Participant.position, m.Participant.id))
        ]


def add_participant(
    db: Database,
    workshop_id: int,
    name: str,
    *,
    group_id: int | None = None,
    named_in_minutes: bool = False,
    attended: bool = True,
) -> r.ParticipantRecord:
    name = _name(name, QT_TRANSLATE_NOOP("field", "participant's name"))
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        get_in(session, m.Group, group_id, workshop_id)
        person = m.Participant(
            workshop_id=workshop_id,
            name=name,
            group_id=group_id,
            named_in_minutes=named_in_minutes,
            attended=attended,
            position=next_position(session, m.Participant, workshop_id),
        )
        session.add(person)
        session.flush()
        return participant_record(person)


_UNSET: Any = object()


def update_participant(
    db: Database,
    participant_id: int,
    *,
    name: str | None = None,
    group_id: int | None = _UNSET,
    named_in_minutes: bool | None = None,
    attended: bool | None = None,
) -> r.ParticipantRecord:
    with db.transaction() as session:
        person = get(session, m.Participant, participant_id)
        if name is not None:
            person.name = _name(name, QT_TRANSLATE_NOOP("field", "participant's name"))
        if group_id is not _UNSET:
            get_in(session, m.Group, group_id, person.workshop_id)
            person.group_id = group_id
        if named_in_minutes is not None:
            person.named_in_minutes = named_in_minutes
        if attended is not None:
            person.attended = attended
        return participant_record(person)


def delete_participant(db: Database, participant_id: int) -> Snapshot:
    with db.transaction() as session:
        get(session, m.Participant, participant_id)
        snapshot = capture(session, m.Participant.__table__, "id", [participant_id])  # type: ignore[arg-type]
        session.execute(delete(m.Participant).where(m.Participant.id == participant_id))
        return snapshot


# Pasted or imported lists of names ----------------------------------------------------


@dataclass(frozen=True)
class NameLine:
    name: str
    group: str | None


@dataclass(frozen=True)
class NameListReport:
    people: tuple[NameLine, ...]
    problems: tuple[str, ...]  # "line 4: ..." for lines that could not be read


def parse_name_list(text: str) -> NameListReport:
    """Names one per line, or CSV with a name column and an optional group column.

    A header row (``name``, ``group``) is recognised; blank lines are skipped; a line
    that cannot be read is reported with its number and skipped.
    """
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    looks_csv = any("," in line or "\t" in line or ";" in line for line in lines)
    people: list[NameLine] = []
    problems: list[str] = []
    seen: set[str] = set()
    if looks_csv:
        delimiter = max((",", "\t", ";"), key=lambda d: sum(line.count(d) for line in lines))
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    else:
        rows = [[line] for line in lines]
    name_col, group_col = 0, 1 if looks_csv else None
    start = 0
    if rows:
        header = [cell.strip().lower() for cell in rows[0]]
        if "name" in header:
            name_col = header.index("name")
            group_col = header.index("group") if "group" in header else None
            start = 1
    for number, row in enumerate(rows[start:], start=start + 1):
        if not any(cell.strip() for cell in row):
            continue
        if name_col >= len(row) or not row[name_col].strip():
            problems.append(
                Message(QT_TRANSLATE_NOOP("services", "line {number}: no name"), number=number)
            )
            continue
        try:
            name = _name(row[name_col], QT_TRANSLATE_NOOP("field", "name"))
        except InvalidInput as exc:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("services", "line {number}: {problem}"),
                    number=number,
                    problem=exc.message,
                )
            )
            continue
        group = None
        if group_col is not None and group_col < len(row) and row[group_col].strip():
            group = row[group_col].strip()
        if name.lower() in seen:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("services", 'line {number}: "{name}" is already in the list'),
                    number=number,
                    name=name,
                )
            )
            continue
        seen.add(name.lower())
        people.append(NameLine(name, group))
    return NameListReport(tuple(people), tuple(problems))


def add_participants_from_list(
    db: Database, workshop_id: int, people: tuple[NameLine, ...] | list[NameLine]
) -> list[r.ParticipantRecord]:
    """Add everyone on a parsed list in one step, creating groups named in it."""
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        groups = {
            g.name.lower(): g
            for g in session.scalars(select(m.Group).where(m.Group.workshop_id == workshop_id))
        }
        position = next_position(session, m.Participant, workshop_id)
        added = []
        for line in people:
            group = None
            if line.group:
                group = groups.get(line.group.lower())
                if group is None:
                    group_position = next_position(session, m.Group, workshop_id)
                    group = m.Group(
                        workshop_id=workshop_id,
                        name=_name(line.group, QT_TRANSLATE_NOOP("field", "group name")),
                        colour=nth_colour(GROUP_COLOURS, group_position),
                        position=group_position,
                    )
                    session.add(group)
                    session.flush()
                    groups[group.name.lower()] = group
            person = m.Participant(
                workshop_id=workshop_id,
                name=_name(line.name, QT_TRANSLATE_NOOP("field", "participant's name")),
                group_id=group.id if group else None,
                named_in_minutes=False,
                attended=True,
                position=position,
            )
            position += 1
            session.add(person)
            session.flush()
            added.append(participant_record(person))
        return added
