"""Groups and participants of a workshop, and reading a pasted list of names."""

from __future__ import annotations

import csv
import difflib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
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
        snapshot = capture(session, m.Group.__table__, "id", [group_id])
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
        snapshot = capture(session, m.Participant.__table__, "id", [participant_id])
        session.execute(delete(m.Participant).where(m.Participant.id == participant_id))
        return snapshot


# Pasted or imported lists of names ----------------------------------------------------

MAX_LIST_LINES = 5_000
MAX_LIST_BYTES = 5 * 1024 * 1024
_NAME_HEADINGS = ("name", "enw")
_GROUP_HEADINGS = ("group", "grŵp", "grwp")
# Byte-order marks, longest first (UTF-32's begins like UTF-16's).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class NameLine:
    name: str
    group: str | None


@dataclass(frozen=True)
class NameListReport:
    people: tuple[NameLine, ...]
    problems: tuple[str, ...]  # "line 4: ..." for lines that could not be read
    new_groups: tuple[str, ...] = ()  # groups the list names that will be made
    refused: str | None = None  # why nothing at all can be added from this list


def read_name_file(path: Path) -> str:
    """The text of a names file (``read_name_list``), refusing at once, before reading
    it, what cannot be one: a pipe or a device (reading would wait), a file too large."""
    status = os.stat(path)
    if not stat.S_ISREG(status.st_mode):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "services", "{name} is not a file of names; choose a CSV or text file."
            ),
            name=path.name,
        )
    if status.st_size > MAX_LIST_BYTES:
        raise _too_large()
    with open(path, "rb") as stream:
        return read_name_list(stream.read(MAX_LIST_BYTES + 1))


def _too_large() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "services", "That file is too large to be a list of names (more than {most} MB)."
        ),
        most=MAX_LIST_BYTES // (1024 * 1024),
    )


def read_name_list(raw: bytes) -> str:
    """The text of a names file: UTF-8 or UTF-16/32 (by their byte-order marks, or UTF-16
    found by charset-normalizer), else the Windows code page spreadsheets save in
    (Windows-1252, which reads Latin-1's letters too). A file that is not text (a picture,
    a spreadsheet's own format) or too large is refused."""
    if len(raw) > MAX_LIST_BYTES:
        raise _too_large()
    text = _decode(raw)
    if text is None or _looks_binary(text):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "services",
                "That file is not a list of names (it is not text). Save the list as CSV or "
                "plain text, then load it again.",
            )
        )
    return text


def _decode(raw: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    if b"\x00" not in raw:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:  # no text encoding makes sense of it
        return None
    if b"\x00" in raw:  # UTF-16 without its mark (Latin letters: every other byte 0)
        return str(best) if best.encoding.startswith(("utf_16", "utf_32")) else None
    # Which single-byte code page a short list is in cannot be told from its bytes (the
    # detector calls "Siân" Big5); the one spreadsheets save in is Windows-1252.
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\x0c")
    return "\x00" in text or controls > max(2, len(text) // 100)


def _split_on(line: str) -> str | None:
    for delimiter in ("\t", ";", ","):
        if delimiter in line:
            return delimiter
    return None


def parse_name_list(text: str, groups: Sequence[str] | None = None) -> NameListReport:
    """Names one per line; a group after a tab or a semicolon ("Aled Pritchard; Staff");
    or CSV with a heading row (``name``, ``group``), which may separate by commas.

    A comma alone never splits a line, so "Jones, Mary" stays one name. Blank lines are
    skipped; a line that cannot be read is reported with its number and skipped. With the
    workshop's ``groups``, a group the workshop does not have is a problem of its line
    (a typing slip must not make a new group); without any, groups named are made.
    More than 5,000 lines are refused as a whole.
    """
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    filled = sum(1 for line in lines if line.strip())
    if filled > MAX_LIST_LINES:
        return NameListReport(
            (),
            (),
            refused=Message(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The list has {count} lines; at most {most} names can be added at once. "
                    "Split it into shorter lists.",
                ),
                count=f"{filled:,}",
                most=f"{MAX_LIST_LINES:,}",
            ),
        )
    first = next((line for line in lines if line.strip()), "")
    delimiter = _split_on(first)
    if delimiter is None:
        header = [first.strip().lower()]
    else:
        header = [c.strip().lower() for c in next(csv.reader([first], delimiter=delimiter))]
    name_col, group_col, start = 0, None, 0
    if any(h in _NAME_HEADINGS for h in header):  # a heading row says what is where
        name_col = next(n for n, h in enumerate(header) if h in _NAME_HEADINGS)
        group_col = next((n for n, h in enumerate(header) if h in _GROUP_HEADINGS), None)
        start = lines.index(first) + 1
    else:
        tabs = sum(line.count("\t") for line in lines)
        semicolons = sum(line.count(";") for line in lines)
        delimiter = None if tabs + semicolons == 0 else "\t" if tabs >= semicolons else ";"
        group_col = 1 if delimiter else None
    known = {g.strip().lower(): g.strip() for g in groups or ()}
    people: list[NameLine] = []
    problems: list[str] = []
    new_groups: dict[str, str] = {}
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if number <= start or not line.strip():
            continue
        row = next(csv.reader([line], delimiter=delimiter)) if delimiter else [line]
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
        if group is not None and known:
            if group.lower() not in known:
                problems.append(_no_group(number, group, list(known.values())))
                continue
            group = known[group.lower()]
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
        if group is not None and not known:
            new_groups.setdefault(group.lower(), group)
        people.append(NameLine(name, group))
    return NameListReport(tuple(people), tuple(problems), tuple(new_groups.values()))


def _no_group(number: int, group: str, groups: list[str]) -> Message:
    close = difflib.get_close_matches(group, groups, n=1, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(group.lower(), [g.lower() for g in groups], n=1)
        close = [next(g for g in groups if g.lower() == close[0])] if close else []
    if close:
        return Message(
            QT_TRANSLATE_NOOP(
                "services", 'line {number}: no group called "{group}" (did you mean "{like}"?)'
            ),
            number=number,
            group=group,
            like=close[0],
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "services",
            'line {number}: no group called "{group}" (the groups are {groups})',
        ),
        number=number,
        group=group,
        groups=", ".join(groups),
    )


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
