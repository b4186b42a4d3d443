"""The agenda (stages, with real start and end times) and the facilitator's stage notes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from ..db import models as m
from ..db.engine import Database
from . import records as r
from ._common import get, get_in, next_position, note_record, now, stage_record
from .errors import QT_TRANSLATE_NOOP, InvalidInput
from .snapshots import Snapshot, capture
from .validation import clean_text

_UNSET: Any = object()
MAX_PLANNED_MINUTES = 24 * 60


def _minutes(value: int | None) -> int | None:
    if value is None:
        return None
    if (
        not isinstance(value, int)
        or isinstance(value, bool)
        or not 0 <= value <= MAX_PLANNED_MINUTES
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "Planned minutes must be a whole number from 0 to 1440.")
        )
    return value


def list_stages(db: Database, workshop_id: int) -> list[r.StageRecord]:
    with db.transaction() as session:
        query = select(m.Stage).where(m.Stage.workshop_id == workshop_id)
        return [stage_record(s) for s in session.scalars(query.order_by(m.Stage.position))]


def add_stage(
    db: Database,
    workshop_id: int,
    title: str,
    *,
    prompt: str = "",
    planned_minutes: int | None = None,
) -> r.StageRecord:
    title = clean_text(title, QT_TRANSLATE_NOOP("field", "stage title"), required=True).strip()
    prompt = clean_text(prompt, QT_TRANSLATE_NOOP("field", "stage prompt"))
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        stage = m.Stage(
            workshop_id=workshop_id,
            title=title,
            prompt=prompt,
            planned_minutes=_minutes(planned_minutes),
            position=next_position(session, m.Stage, workshop_id),
        )
        session.add(stage)
        session.flush()
        return stage_record(stage)


def update_stage(
    db: Database,
    stage_id: int,
    *,
    title: str | None = None,
    prompt: str | None = None,
    planned_minutes: int | None = _UNSET,
) -> r.StageRecord:
    with db.transaction() as session:
        stage = get(session, m.Stage, stage_id)
        if title is not None:
            stage.title = clean_text(
                title, QT_TRANSLATE_NOOP("field", "stage title"), required=True
            ).strip()
        if prompt is not None:
            stage.prompt = clean_text(prompt, QT_TRANSLATE_NOOP("field", "stage prompt"))
        if planned_minutes is not _UNSET:
            stage.planned_minutes = _minutes(planned_minutes)
        return stage_record(stage)


def move_stage(db: Database, stage_id: int, new_index: int) -> list[r.StageRecord]:
    """Put a stage at ``new_index`` in the agenda; returns the agenda in its new order."""
    with db.transaction() as session:
        stage = get(session, m.Stage, stage_id)
        query = select(m.Stage).where(m.Stage.workshop_id == stage.workshop_id)
        stages = [s for s in session.scalars(query.order_by(m.Stage.position)) if s.id != stage_id]
        stages.insert(max(0, min(new_index, len(stages))), stage)
        for position, s in enumerate(stages):
            s.position = position
        return [stage_record(s) for s in stages]


def delete_stage(db: Database, stage_id: int) -> Snapshot:
    with db.transaction() as session:
        get(session, m.Stage, stage_id)
        snapshot = capture(session, m.Stage.__table__, "id", [stage_id])
        session.execute(delete(m.Stage).where(m.Stage.id == stage_id))
        return snapshot


def start_stage(db: Database, stage_id: int, at: datetime | None = None) -> r.StageRecord:
    """Stamp the stage as started now and end any other stage still running."""
    at = at or now()
    with db.transaction() as session:
        stage = get(session, m.Stage, stage_id)
        running = select(m.Stage).where(
            m.Stage.workshop_id == stage.workshop_id,
            m.Stage.started_at.is_not(None),
            m.Stage.ended_at.is_(None),
            m.Stage.id != stage_id,
        )
        for other in session.scalars(running):
            other.ended_at = at
        stage.started_at = at
        stage.ended_at = None
        return stage_record(stage)


def end_stage(db: Database, stage_id: int, at: datetime | None = None) -> r.StageRecord:
    with db.transaction() as session:
        stage = get(session, m.Stage, stage_id)
        if stage.started_at is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("services", '"{title}" has not been started.'), title=stage.title
            )
        stage.ended_at = at or now()
        return stage_record(stage)


def set_stage_times(
    db: Database, stage_id: int, started_at: datetime | None, ended_at: datetime | None
) -> r.StageRecord:
    """Put a stage's stamps back as they were (used by undo)."""
    with db.transaction() as session:
        stage = get(session, m.Stage, stage_id)
        stage.started_at, stage.ended_at = started_at, ended_at
        return stage_record(stage)


# Notes --------------------------------------------------------------------------------


def list_notes(db: Database, workshop_id: int, stage_id: int | None = _UNSET) -> list[r.NoteRecord]:
    with db.transaction() as session:
        query = select(m.Note).where(m.Note.workshop_id == workshop_id)
        if stage_id is not _UNSET:
            query = query.where(
                m.Note.stage_id.is_(None) if stage_id is None else m.Note.stage_id == stage_id
            )
        return [
            note_record(n) for n in session.scalars(query.order_by(m.Note.created_at, m.Note.id))
        ]


def add_note(
    db: Database,
    workshop_id: int,
    text: str,
    *,
    stage_id: int | None = None,
    at: datetime | None = None,
) -> r.NoteRecord:
    text = clean_text(text, QT_TRANSLATE_NOOP("field", "note"), required=True)
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        get_in(session, m.Stage, stage_id, workshop_id)
        note = m.Note(workshop_id=workshop_id, stage_id=stage_id, text=text, created_at=at or now())
        session.add(note)
        session.flush()
        return note_record(note)


def update_note(
    db: Database, note_id: int, *, text: str | None = None, stage_id: int | None = _UNSET
) -> r.NoteRecord:
    with db.transaction() as session:
        note = get(session, m.Note, note_id)
        if text is not None:
            note.text = clean_text(text, QT_TRANSLATE_NOOP("field", "note"), required=True)
        if stage_id is not _UNSET:
            get_in(session, m.Stage, stage_id, note.workshop_id)
            note.stage_id = stage_id
        return note_record(note)


def delete_note(db: Database, note_id: int) -> Snapshot:
    with db.transaction() as session:
        get(session, m.Note, note_id)
        snapshot = capture(session, m.Note.__table__, "id", [note_id])
        session.execute(delete(m.Note).where(m.Note.id == note_id))
        return snapshot
