"""What the room agreed: actions with an owner, a due date, a status and what they answer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db import models as m
from ..db.engine import Database
from . import records as r
from ._common import get, get_in, next_position, now
from .errors import QT_TRANSLATE_NOOP, InvalidInput
from .snapshots import Snapshot, capture
from .validation import clean_text

_UNSET: Any = object()
STATUS_LABELS = {
    "proposed": "Proposed",
    "agreed": "Agreed",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}


def action_records(session: Session, workshop_id: int) -> list[r.ActionRecord]:
    actions = session.scalars(
        select(m.Action)
        .where(m.Action.workshop_id == workshop_id)
        .order_by(m.Action.position, m.Action.id)
    ).all()
    links: dict[int, tuple[list[int], list[int]]] = {a.id: ([], []) for a in actions}
    query = (
        select(m.ActionLink)
        .join(m.Action, m.Action.id == m.ActionLink.action_id)
        .where(m.Action.workshop_id == workshop_id)
        .order_by(m.ActionLink.id)
    )
    for link in session.scalars(query):
        ideas, themes = links[link.action_id]
        if link.idea_id is not None:
            ideas.append(link.idea_id)
        elif link.theme_id is not None:
            themes.append(link.theme_id)
    return [_record(a, *links[a.id]) for a in actions]


def _record(a: m.Action, ideas: Sequence[int], themes: Sequence[int]) -> r.ActionRecord:
    return r.ActionRecord(
        id=a.id,
        workshop_id=a.workshop_id,
        title=a.title,
        owner_id=a.owner_id,
        owner_name=a.owner_name,
        due=a.due,
        status=a.status,
        notes=a.notes,
        position=a.position,
        created_at=a.created_at,
        idea_ids=tuple(ideas),
        theme_ids=tuple(themes),
        carried_from_id=a.carried_from_id,
    )


def list_actions(db: Database, workshop_id: int) -> list[r.ActionRecord]:
    with db.transaction() as session:
        return action_records(session, workshop_id)


def get_action(db: Database, action_id: int) -> r.ActionRecord:
    with db.transaction() as session:
        action = get(session, m.Action, action_id)
        return next(a for a in action_records(session, action.workshop_id) if a.id == action_id)


def _status(value: str) -> str:
    if value not in m.ACTION_STATUSES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "An action's status must be one of: {statuses}."),
            statuses=", ".join(STATUS_LABELS.values()),
        )
    return value


def _owner_name(value: str | None) -> str | None:
    if value is None:
        return None
    value = clean_text(value, QT_TRANSLATE_NOOP("field", "owner"), required=False).strip()
    if "\n" in value:
        raise InvalidInput(QT_TRANSLATE_NOOP("services", "An owner must fit on one line."))
    return value or None


def _set_links(
    session: Session, action: m.Action, idea_ids: Sequence[int], theme_ids: Sequence[int]
) -> None:
    session.execute(delete(m.ActionLink).where(m.ActionLink.action_id == action.id))
    for idea_id in dict.fromkeys(idea_ids):
        get_in(session, m.Idea, idea_id, action.workshop_id)
        session.add(m.ActionLink(action_id=action.id, idea_id=idea_id))
    for theme_id in dict.fromkeys(theme_ids):
        get_in(session, m.Theme, theme_id, action.workshop_id)
        session.add(m.ActionLink(action_id=action.id, theme_id=theme_id))
    session.flush()


def add_action(
    db: Database,
    workshop_id: int,
    title: str,
    *,
    owner_id: int | None = None,
    owner_name: str | None = None,
    due: date | None = None,
    status: str = "proposed",
    notes: str = "",
    idea_ids: Sequence[int] = (),
    theme_ids: Sequence[int] = (),
) -> r.ActionRecord:
    """Record an action; the owner is a participant or free text such as "Housing team"."""
    title = clean_text(title, QT_TRANSLATE_NOOP("field", "action"), required=True).strip()
    notes = clean_text(notes, QT_TRANSLATE_NOOP("field", "action notes"))
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        get_in(session, m.Participant, owner_id, workshop_id)
        action = m.Action(
            workshop_id=workshop_id,
            title=title,
            owner_id=owner_id,
            owner_name=None if owner_id else _owner_name(owner_name),
            due=due,
            status=_status(status),
            notes=notes,
            position=next_position(session, m.Action, workshop_id),
            created_at=now(),
        )
        session.add(action)
        session.flush()
        _set_links(session, action, idea_ids, theme_ids)
        return _record(action, list(dict.fromkeys(idea_ids)), list(dict.fromkeys(theme_ids)))


def update_action(
    db: Database,
    action_id: int,
    *,
    title: str | None = None,
    owner_id: int | None = _UNSET,
    owner_name: str | None = _UNSET,
    due: date | None = _UNSET,
    status: str | None = None,
    notes: str | None = None,
    idea_ids: Sequence[int] | None = None,
    theme_ids: Sequence[int] | None = None,
) -> r.ActionRecord:
    """Change an action; setting a participant owner clears a free-text one and back."""
    with db.transaction() as session:
        action = get(session, m.Action, action_id)
        if title is not None:
            action.title = clean_text(
                title, QT_TRANSLATE_NOOP("field", "action"), required=True
            ).strip()
        if owner_id is not _UNSET:
            get_in(session, m.Participant, owner_id, action.workshop_id)
            action.owner_id = owner_id
            if owner_id is not None:
                action.owner_name = None
        if owner_name is not _UNSET:
            action.owner_name = _owner_name(owner_name)
            if action.owner_name:
                action.owner_id = None
        if due is not _UNSET:
            action.due = due
        if status is not None:
            action.status = _status(status)
        if notes is not None:
            action.notes = clean_text(notes, QT_TRANSLATE_NOOP("field", "action notes"))
        if idea_ids is not None or theme_ids is not None:
            current = next(
                a for a in action_records(session, action.workshop_id) if a.id == action_id
            )
            _set_links(
                session,
                action,
                current.idea_ids if idea_ids is None else idea_ids,
                current.theme_ids if theme_ids is None else theme_ids,
            )
        session.flush()
        return next(a for a in action_records(session, action.workshop_id) if a.id == action_id)


def move_action(db: Database, action_id: int, new_index: int) -> None:
    with db.transaction() as session:
        action = get(session, m.Action, action_id)
        query = select(m.Action).where(m.Action.workshop_id == action.workshop_id)
        rows = [
            a
            for a in session.scalars(query.order_by(m.Action.position, m.Action.id))
            if a.id != action_id
        ]
        rows.insert(max(0, min(new_index, len(rows))), action)
        for position, row in enumerate(rows):
            row.position = position


def delete_action(db: Database, action_id: int) -> Snapshot:
    with db.transaction() as session:
        get(session, m.Action, action_id)
        snapshot = capture(session, m.Action.__table__, "id", [action_id])
        session.execute(delete(m.Action).where(m.Action.id == action_id))
        return snapshot
