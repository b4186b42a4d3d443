"""Workshops in a library: list, create, edit, duplicate, follow up, delete, read whole."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..db import models as m
from ..db.engine import Database
from . import records as r
from ._common import (
    T,
    get,
    group_record,
    idea_record,
    note_record,
    now,
    participant_record,
    stage_record,
    theme_record,
    workshop_record,
)
from .errors import QT_TRANSLATE_NOOP, InvalidInput
from .validation import clean_text

OPEN_ACTION_STATUSES = ("proposed", "agreed", "in_progress")
# A follow-up's agenda to start from, in the workshop's language: (title, prompt, minutes).
# The second stage is where the room goes through the earlier actions ("You said, we did"
# on the shared screen); the ideas those actions answer are captured there.
FOLLOW_UP_AGENDA = {
    "en": (
        ("Welcome back", "What has changed for you since we last met?", 10),
        (
            "You said, we did",
            "What you told us last time, what we did about it, and where each action stands.",
            25,
        ),
        ("What next", "What should we do next, and who will do it?", 30),
    ),
    "cy": (
        ("Croeso'n ôl", "Beth sydd wedi newid i chi ers i ni gyfarfod ddiwethaf?", 10),
        (
            "Dywedoch chi, gwnaethom ni",
            "Beth ddywedoch chi wrthym y tro diwethaf, beth wnaethon ni, a ble mae pob cam "
            "gweithredu arni.",
            25,
        ),
        ("Beth nesaf", "Beth ddylen ni ei wneud nesaf, a phwy fydd yn ei wneud?", 30),
    ),
}
_DETAIL_FIELDS = ("title", "purpose", "date", "venue", "facilitator", "organisation", "language")
_FIELD_NAMES = {
    "purpose": QT_TRANSLATE_NOOP("field", "workshop purpose"),
    "venue": QT_TRANSLATE_NOOP("field", "workshop venue"),
    "facilitator": QT_TRANSLATE_NOOP("field", "workshop facilitator"),
    "organisation": QT_TRANSLATE_NOOP("field", "workshop organisation"),
}


def list_workshops(db: Database) -> list[r.WorkshopSummary]:
    """Every workshop with its counts, newest date first."""

    def counts(workshop_id: InstrumentedAttribute[int]) -> Any:
        return select(workshop_id, func.count().label("n")).group_by(workshop_id).subquery()

    subs = [
        counts(model.workshop_id)
        for model in (m.Participant, m.Idea, m.Theme, m.Action, m.VotingRound)
    ]
    query = select(m.Workshop, *[func.coalesce(s.c.n, 0) for s in subs])
    for s in subs:
        query = query.outerjoin(s, s.c.workshop_id == m.Workshop.id)
    query = query.order_by(m.Workshop.date.desc().nulls_last(), m.Workshop.id.desc())
    with db.transaction() as session:
        return [
            r.WorkshopSummary(w.id, w.title, w.date, w.venue, *numbers)
            for w, *numbers in session.execute(query)
        ]


def get_workshop(db: Database, workshop_id: int) -> r.WorkshopRecord:
    with db.transaction() as session:
        return workshop_record(get(session, m.Workshop, workshop_id))


def _details(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(_DETAIL_FIELDS)
    if unknown:
        raise TypeError(f"unknown workshop fields: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "title":
            out[key] = clean_text(
                value, QT_TRANSLATE_NOOP("field", "workshop title"), required=True
            ).strip()
        elif key == "date":
            if value is not None and not isinstance(value, date):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("services", "The workshop date must be a date.")
                )
            out[key] = value
        elif key == "language":
            if value not in m.LANGUAGES:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "services", "The workshop language must be English (en) or Welsh (cy)."
                    )
                )
            out[key] = value
        else:
            out[key] = clean_text(value or "", _FIELD_NAMES.get(key, f"workshop {key}"))
    return out


def create_workshop(
    db: Database, title: str, *, uid: str | None = None, **details: Any
) -> r.WorkshopRecord:
    """A new workshop. ``uid`` (a workshop file's identity) is kept unless the library
    holds a workshop with it already: the new one is then a copy, with an identity of
    its own."""
    values = _details({"title": title, **details})
    with db.transaction() as session:
        if uid is not None and workshop_with_uid(db, uid) is None:
            values["uid"] = uid
        workshop = m.Workshop(created_at=now(), **values)
        session.add(workshop)
        session.flush()
        return workshop_record(workshop)


def workshop_with_uid(db: Database, uid: str) -> int | None:
    """The id of the workshop with this identity, if the library has it."""
    with db.transaction() as session:
        return session.scalar(select(m.Workshop.id).where(m.Workshop.uid == uid))


def replace_workshop(
    db: Database, workshop_id: int, title: str, **details: Any
) -> r.WorkshopRecord:
    """Empty a workshop and give it these details, keeping its id and identity: the
    archive's copy of a workshop published again. Its contents are then added as for a
    new workshop, in the caller's transaction."""
    values = _details({"title": title, **details})
    with db.transaction() as session:
        uid = session.scalar(select(m.Workshop.uid).where(m.Workshop.id == workshop_id))
        if uid is None:
            get(session, m.Workshop, workshop_id)  # says it no longer exists
        session.execute(delete(m.Workshop).where(m.Workshop.id == workshop_id))
        session.flush()
        workshop = m.Workshop(id=workshop_id, uid=uid, created_at=now(), **values)
        session.add(workshop)
        session.flush()
        return workshop_record(workshop)


def update_workshop(db: Database, workshop_id: int, **details: Any) -> r.WorkshopRecord:
    values = _details(details)
    with db.transaction() as session:
        workshop = get(session, m.Workshop, workshop_id)
        for key, value in values.items():
            setattr(workshop, key, value)
        return workshop_record(workshop)


def delete_workshop(db: Database, workshop_id: int) -> None:
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        session.execute(delete(m.Workshop).where(m.Workshop.id == workshop_id))


def _copy_setup(
    session: Session, source: m.Workshop, title: str, **overrides: Any
) -> tuple[m.Workshop, dict[int, int], dict[int, int]]:
    """A new workshop with the details, groups and participants of ``source``."""
    copy = m.Workshop(
        created_at=now(),
        **{field: getattr(source, field) for field in _DETAIL_FIELDS},
    )
    copy.title = title
    for key, value in overrides.items():
        setattr(copy, key, value)
    session.add(copy)
    session.flush()
    group_ids: dict[int, int] = {}
    for g in session.scalars(select(m.Group).where(m.Group.workshop_id == source.id)):
        new = m.Group(workshop_id=copy.id, name=g.name, colour=g.colour, position=g.position)
        session.add(new)
        session.flush()
        group_ids[g.id] = new.id
    people: dict[int, int] = {}
    for p in session.scalars(select(m.Participant).where(m.Participant.workshop_id == source.id)):
        new_p = m.Participant(
            workshop_id=copy.id,
            name=p.name,
            group_id=group_ids.get(p.group_id) if p.group_id else None,
            named_in_minutes=p.named_in_minutes,
            attended=p.attended,
            position=p.position,
        )
        session.add(new_p)
        session.flush()
        people[p.id] = new_p.id
    return copy, group_ids, people


def duplicate_workshop(db: Database, workshop_id: int) -> r.WorkshopRecord:
    """A copy of the plan: details, groups, participants, agenda, themes and voting
    questions (as drafts). Ideas, votes, actions and notes stay with the original."""
    with db.transaction() as session:
        source = get(session, m.Workshop, workshop_id)
        copy, _, _ = _copy_setup(session, source, f"{source.title} (copy)")
        for s in session.scalars(select(m.Stage).where(m.Stage.workshop_id == source.id)):
            session.add(
                m.Stage(
                    workshop_id=copy.id,
                    title=s.title,
                    prompt=s.prompt,
                    planned_minutes=s.planned_minutes,
                    position=s.position,
                )
            )
        for t in session.scalars(select(m.Theme).where(m.Theme.workshop_id == source.id)):
            session.add(
                m.Theme(
                    workshop_id=copy.id,
                    name=t.name,
                    colour=t.colour,
                    position=t.position,
                    x=t.x,
                    y=t.y,
                    width=t.width,
                    height=t.height,
                )
            )
        rounds = select(m.VotingRound).where(
            m.VotingRound.workshop_id == source.id, m.VotingRound.runoff_of_id.is_(None)
        )
        for v in session.scalars(rounds):
            session.add(
                m.VotingRound(
                    workshop_id=copy.id,
                    question=v.question,
                    target=v.target,
                    method=v.method,
                    dots_per_voter=v.dots_per_voter,
                    max_dots_per_item=v.max_dots_per_item,
                    secret=v.secret,
                    status="draft",
                    position=v.position,
                )
            )
        session.flush()
        return workshop_record(copy)


def create_follow_up(
    db: Database, workshop_id: int, *, title: str | None = None, on: date | None = None
) -> r.WorkshopRecord:
    """A new workshop that follows ``workshop_id``: same groups and participants, an
    agenda to start from ("Welcome back", "You said, we did", "What next", in the
    workshop's language), and its open actions carried over so the room starts by
    reviewing them. A carried action keeps what it answers: the ideas and themes it is
    linked to are copied with it (into the "You said, we did" stage) and linked again."""
    with db.transaction() as session:
        source = get(session, m.Workshop, workshop_id)
        new_title = (
            clean_text(title, QT_TRANSLATE_NOOP("field", "workshop title"), required=True)
            if title
            else None
        )
        copy, groups, people = _copy_setup(
            session,
            source,
            new_title or f"Follow-up: {source.title}",
            date=on,
            follow_up_of_id=source.id,
        )
        stages = []
        template = FOLLOW_UP_AGENDA.get(copy.language, FOLLOW_UP_AGENDA["en"])
        for position, (stage_title, prompt, minutes) in enumerate(template):
            stage = m.Stage(
                workshop_id=copy.id,
                title=stage_title,
                prompt=prompt,
                planned_minutes=minutes,
                position=position,
            )
            session.add(stage)
            stages.append(stage)
        session.flush()
        open_actions = select(m.Action).where(
            m.Action.workshop_id == source.id, m.Action.status.in_(OPEN_ACTION_STATUSES)
        )
        carried: list[tuple[m.Action, m.Action]] = []
        for a in session.scalars(open_actions.order_by(m.Action.position, m.Action.id)):
            new_action = m.Action(
                workshop_id=copy.id,
                title=a.title,
                owner_id=people.get(a.owner_id) if a.owner_id else None,
                owner_name=a.owner_name,
                due=a.due,
                status=a.status,
                notes=a.notes,
                position=a.position,
                created_at=now(),
                carried_from_id=a.id,
            )
            session.add(new_action)
            carried.append((a, new_action))
        session.flush()
        _carry_links(session, carried, copy.id, groups, people, stages[1].id)
        return workshop_record(copy)


def _carry_links(
    session: Session,
    carried: list[tuple[m.Action, m.Action]],
    workshop_id: int,
    groups: dict[int, int],
    people: dict[int, int],
    stage_id: int,
) -> None:
    """Copy the ideas and themes the carried actions answer into the follow-up and link
    the carried copies to them, as the originals were."""
    if not carried:
        return
    by_action: dict[int, list[m.ActionLink]] = {}
    links = select(m.ActionLink).where(m.ActionLink.action_id.in_([a.id for a, _ in carried]))
    for link in session.scalars(links.order_by(m.ActionLink.id)):
        by_action.setdefault(link.action_id, []).append(link)
    idea_ids = {link.idea_id for ls in by_action.values() for link in ls if link.idea_id}
    ideas = {
        i.id: i for i in session.scalars(select(m.Idea).where(m.Idea.id.in_(idea_ids)))
    }  # fmt: skip
    theme_ids = {link.theme_id for ls in by_action.values() for link in ls if link.theme_id}
    theme_ids |= {i.theme_id for i in ideas.values() if i.theme_id is not None}
    new_themes: dict[int, int] = {}
    themes = select(m.Theme).where(m.Theme.id.in_(theme_ids)).order_by(m.Theme.position)
    for t in session.scalars(themes):
        theme = m.Theme(
            workshop_id=workshop_id, name=t.name, colour=t.colour, position=t.position,
            x=t.x, y=t.y, width=t.width, height=t.height,
        )  # fmt: skip
        session.add(theme)
        session.flush()
        new_themes[t.id] = theme.id
    new_ideas: dict[int, int] = {}
    for old_id in sorted(ideas):
        i = ideas[old_id]
        idea = m.Idea(
            workshop_id=workshop_id,
            text=i.text,
            author_id=people.get(i.author_id) if i.author_id else None,
            group_id=groups.get(i.group_id) if i.group_id else None,
            theme_id=new_themes.get(i.theme_id) if i.theme_id else None,
            stage_id=stage_id,
            colour=i.colour,
            x=i.x,
            y=i.y,
            created_at=i.created_at,
        )
        session.add(idea)
        session.flush()
        new_ideas[old_id] = idea.id
    for old, new in carried:
        for link in by_action.get(old.id, []):
            if link.idea_id is not None:
                session.add(m.ActionLink(action_id=new.id, idea_id=new_ideas[link.idea_id]))
            elif link.theme_id is not None:
                session.add(m.ActionLink(action_id=new.id, theme_id=new_themes[link.theme_id]))
    session.flush()


def load_workshop(db: Database, workshop_id: int) -> r.WorkshopData:
    """The whole workshop in one read, as the exports and the minutes need it."""
    from .actions import action_records
    from .small_groups import pool_round_data
    from .voting import round_data

    with db.transaction() as session:
        workshop = get(session, m.Workshop, workshop_id)

        def rows(model: type[T], *order: Any) -> list[T]:
            query = select(model).filter_by(workshop_id=workshop_id).order_by(*order)
            return list(session.scalars(query))

        reviewed: tuple[r.ActionRecord, ...] = ()
        earlier: r.WorkshopRecord | None = None
        if workshop.follow_up_of_id is not None:
            earlier_row = session.get(m.Workshop, workshop.follow_up_of_id)
            if earlier_row is not None:
                earlier = workshop_record(earlier_row)
                reviewed = tuple(action_records(session, earlier_row.id))
        return r.WorkshopData(
            workshop=workshop_record(workshop),
            groups=tuple(map(group_record, rows(m.Group, m.Group.position, m.Group.id))),
            participants=tuple(
                map(
                    participant_record,
                    rows(m.Participant, m.Participant.position, m.Participant.id),
                )
            ),
            stages=tuple(map(stage_record, rows(m.Stage, m.Stage.position, m.Stage.id))),
            themes=tuple(map(theme_record, rows(m.Theme, m.Theme.position, m.Theme.id))),
            ideas=tuple(map(idea_record, rows(m.Idea, m.Idea.created_at, m.Idea.id))),
            rounds=tuple(
                pool_round_data(round_data(session, v))
                for v in rows(m.VotingRound, m.VotingRound.position, m.VotingRound.id)
            ),
            actions=tuple(action_records(session, workshop_id)),
            notes=tuple(map(note_record, rows(m.Note, m.Note.created_at, m.Note.id))),
            reviewed_actions=reviewed,
            follow_up_of=earlier,
        )
