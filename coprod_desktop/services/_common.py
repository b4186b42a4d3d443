"""Helpers the services share: ORM rows to records, lookups that explain a missing row."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeAlias, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import models as m
from . import records as r
from .errors import QT_TRANSLATE_NOOP, InvalidInput, NotFoundError, Term

T = TypeVar("T", bound=m.Base)
# The kinds of record that belong to one workshop, and those kept in an order there.
InWorkshop: TypeAlias = (
    m.Group | m.Participant | m.Stage | m.Theme | m.Idea | m.VotingRound | m.Action | m.Note
)
Ordered: TypeAlias = m.Group | m.Participant | m.Stage | m.Theme | m.VotingRound | m.Action
Owned = TypeVar("Owned", bound=InWorkshop)

_NAMES: dict[type, str] = {
    m.Workshop: QT_TRANSLATE_NOOP("record", "workshop"),
    m.Group: QT_TRANSLATE_NOOP("record", "group"),
    m.Participant: QT_TRANSLATE_NOOP("record", "participant"),
    m.Stage: QT_TRANSLATE_NOOP("record", "stage"),
    m.Theme: QT_TRANSLATE_NOOP("record", "theme"),
    m.Idea: QT_TRANSLATE_NOOP("record", "idea"),
    m.VotingRound: QT_TRANSLATE_NOOP("record", "voting round"),
    m.Action: QT_TRANSLATE_NOOP("record", "action"),
    m.Note: QT_TRANSLATE_NOOP("record", "note"),
}


def _record_name(model: type) -> Term:
    return Term("record", _NAMES.get(model, QT_TRANSLATE_NOOP("record", "record")))


def now() -> datetime:
    return datetime.now(UTC)


def get(session: Session, model: type[T], row_id: int) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "That {what} no longer exists."), what=_record_name(model)
        )
    return row


def get_in(
    session: Session, model: type[Owned], row_id: int | None, workshop_id: int
) -> Owned | None:
    """A row that must belong to ``workshop_id`` (None passes through)."""
    if row_id is None:
        return None
    row = get(session, model, row_id)
    if row.workshop_id != workshop_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "That {what} belongs to another workshop."),
            what=_record_name(model),
        )
    return row


def next_position(session: Session, model: type[Ordered], workshop_id: int) -> int:
    current = session.scalar(
        select(func.max(model.position)).where(model.workshop_id == workshop_id)
    )
    return 0 if current is None else current + 1


def workshop_record(w: m.Workshop) -> r.WorkshopRecord:
    return r.WorkshopRecord(
        id=w.id,
        title=w.title,
        purpose=w.purpose,
        date=w.date,
        venue=w.venue,
        facilitator=w.facilitator,
        organisation=w.organisation,
        language=w.language,
        created_at=w.created_at,
        follow_up_of_id=w.follow_up_of_id,
        uid=w.uid,
    )


def group_record(g: m.Group) -> r.GroupRecord:
    return r.GroupRecord(g.id, g.workshop_id, g.name, g.colour, g.position)


def participant_record(p: m.Participant) -> r.ParticipantRecord:
    return r.ParticipantRecord(
        p.id, p.workshop_id, p.name, p.group_id, p.named_in_minutes, p.attended, p.position
    )


def stage_record(s: m.Stage) -> r.StageRecord:
    return r.StageRecord(
        s.id,
        s.workshop_id,
        s.title,
        s.prompt,
        s.planned_minutes,
        s.started_at,
        s.ended_at,
        s.position,
    )


def theme_record(t: m.Theme) -> r.ThemeRecord:
    return r.ThemeRecord(
        t.id, t.workshop_id, t.name, t.colour, t.position, t.x, t.y, t.width, t.height
    )


def idea_record(i: m.Idea) -> r.IdeaRecord:
    return r.IdeaRecord(
        i.id,
        i.workshop_id,
        i.text,
        i.author_id,
        i.group_id,
        i.theme_id,
        i.stage_id,
        i.colour,
        i.x,
        i.y,
        i.created_at,
        i.table_name,
    )


def note_record(n: m.Note) -> r.NoteRecord:
    return r.NoteRecord(n.id, n.workshop_id, n.stage_id, n.text, n.created_at)
