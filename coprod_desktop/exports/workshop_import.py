"""Writing a checked workshop file (``workshop_check``) into a library through the
public services, in one transaction: each service joins it (``Database.transaction``),
so the file's records obey the same rules as the ones typed in, and a refusal anywhere
writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import models as m
from ..db.engine import Database
from ..messages import QT_TRANSLATE_NOOP
from ..services import actions, agenda, board, people, recorded_rounds, workshops
from ..services.errors import DomainError
from ..services.records import BallotRecord, WorkshopRecord
from .import_problems import ImportMessage, ImportProblem
from .workshop_format import Round, Stage, WorkshopFile

T = TypeVar("T")


@contextmanager
def _at(path: str) -> Iterator[None]:
    """A service's refusal while writing the record at ``path``, said with that path (the
    checks of the file should have found it first; the services have the last word)."""
    try:
        yield
    except DomainError as refused:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP("import", "{path}: {problem}"),
                    path=path,
                    problem=refused.message,
                )
            ]
        ) from refused


def write_workshop(db: Database, file: WorkshopFile, *, replace: bool = False) -> WorkshopRecord:
    """Add the file as a new workshop, all of it in one transaction.

    Its ``uid`` is kept unless the library holds a workshop with it already: then the new
    workshop is a copy with an identity of its own, or with ``replace`` (publishing
    again) that workshop is emptied and filled again, keeping its id.
    """
    with db.transaction() as session:
        record = _write(db, file, replace, _Held(session))
    db.checkpoint()  # the rounds' registers and boxes went in with this one commit
    return record


class _Held:
    """The rows written so far, held for the rest of the transaction. A session keeps
    only weak references to its rows: each service returns records, not rows, so every
    row would be gone by the next service call and read again for each idea and ballot
    that names it (ten times the import's time, for 2,000 ideas)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: list[object] = []

    def hold(self, model: Any, workshop_id: int) -> None:
        """Every row of ``model`` in the workshop (the workshop itself for Workshop)."""
        key = model.id if model is m.Workshop else model.workshop_id
        self.rows.extend(self.session.scalars(select(model).where(key == workshop_id)))


def _write(db: Database, file: WorkshopFile, replace: bool, held: _Held) -> WorkshopRecord:
    w = file.workshop
    details = {
        "purpose": w.purpose,
        "date": w.date,
        "venue": w.venue,
        "facilitator": w.facilitator,
        "organisation": w.organisation,
        "language": w.language,
    }
    with _at("workshop"):
        old = workshops.workshop_with_uid(db, w.uid) if w.uid else None
        if old is not None and replace:
            record = workshops.replace_workshop(db, old, w.title, **details)
        else:
            record = workshops.create_workshop(db, w.title, uid=w.uid, **details)
    wid = record.id
    held.hold(m.Workshop, wid)

    def each(key: str, rows: list[T], add: Callable[[T], int]) -> dict[str, int]:
        """The library's id of each of the file's ids in list ``key``."""
        ids: dict[str, int] = {}
        for n, row in enumerate(rows):
            with _at(f"{key}[{n}]"):
                ids[getattr(row, "id", str(n))] = add(row)
        return ids

    def ref(ids: dict[str, int], file_id: str | None) -> int | None:
        return None if file_id is None else ids[file_id]

    groups = each("groups", file.groups, lambda g: people.add_group(db, wid, g.name, g.colour).id)
    held.hold(m.Group, wid)
    persons = each(
        "participants",
        file.participants,
        lambda p: (
            people.add_participant(
                db,
                wid,
                p.name,
                group_id=ref(groups, p.group),
                named_in_minutes=p.named_in_minutes,
                attended=p.attended,
            ).id
        ),
    )

    held.hold(m.Participant, wid)

    def add_stage(s: Stage) -> int:
        stage = agenda.add_stage(
            db, wid, s.title, prompt=s.prompt, planned_minutes=s.planned_minutes
        )
        if s.started_at is not None or s.ended_at is not None:
            agenda.set_stage_times(db, stage.id, s.started_at, s.ended_at)
        return stage.id

    stages = each("stages", file.stages, add_stage)
    themes = each("themes", file.themes, lambda t: board.add_theme(db, wid, t.name, t.colour).id)
    held.hold(m.Stage, wid)
    held.hold(m.Theme, wid)
    # The file's board layout is kept when it has one for every note and area; otherwise
    # the board is arranged by theme once every note is on it.
    positions = [i.position for i in file.ideas]
    kept = (
        None not in positions
        and len(set(positions)) == len(positions)
        and all(t.area is not None for t in file.themes)
    )
    ideas = each(
        "ideas",
        file.ideas,
        lambda i: (
            board.capture_idea(
                db,
                wid,
                i.text,
                author_id=ref(persons, i.author),
                group_id=ref(groups, i.group),
                theme_id=ref(themes, i.theme),
                stage_id=ref(stages, i.stage),
                colour=i.colour,
                position=i.position if kept and i.position else (0.0, 0.0),
                at=i.created_at,
                table_name=i.table,
            ).idea.id
        ),
    )
    held.hold(m.Idea, wid)
    if kept:
        for n, t in enumerate(file.themes):
            with _at(f"themes[{n}]"):
                board.update_theme(db, themes[t.id], area=t.area)
    else:
        board.arrange_by_theme(db, wid)
    _write_rounds(db, wid, file, {"g": groups, "p": persons, "i": ideas, "t": themes})
    for n, a in enumerate(file.actions):
        with _at(f"actions[{n}]"):
            actions.add_action(
                db,
                wid,
                a.title,
                owner_id=ref(persons, a.owner),
                owner_name=a.owner_name,
                due=a.due,
                status=a.status,
                notes=a.notes,
                idea_ids=[ideas[link] for link in a.links if link in ideas],
                theme_ids=[themes[link] for link in a.links if link in themes],
            )
    for n, note in enumerate(file.notes):
        with _at(f"notes[{n}]"):
            agenda.add_note(
                db, wid, note.text, stage_id=ref(stages, note.stage), at=note.created_at
            )
    return record


def _runoffs_first(rounds: list[Round]) -> list[int]:
    """The rounds' indexes in the file's order, except that a round comes after the
    round it settles (the library's run-off points at a round already stored)."""
    index = {rd.id: n for n, rd in enumerate(rounds)}
    order: list[int] = []
    placed: set[int] = set()

    def place(n: int) -> None:
        if n in placed:
            return
        placed.add(n)  # run-off cycles were refused by the checks
        settles = rounds[n].runoff_of
        if settles is not None and settles in index:
            place(index[settles])
        order.append(n)

    for n in range(len(rounds)):
        place(n)
    return order


def _write_rounds(
    db: Database, wid: int, file: WorkshopFile, ids: dict[str, dict[str, int]]
) -> None:
    """Each round with its register, ballots and tallies (``recorded_rounds``)."""
    stored: dict[str, int] = {}
    persons = ids["p"]
    for n in _runoffs_first(file.rounds):
        rd = file.rounds[n]
        items = ids["i"] if rd.target == "ideas" else ids["t"]
        with _at(f"rounds[{n}]"):
            stored[rd.id] = recorded_rounds.restore_round(
                db,
                wid,
                rd.question,
                target=rd.target,
                method=rd.method,
                dots_per_voter=rd.dots_per_voter,
                max_dots_per_item=rd.max_dots_per_item,
                secret=rd.secret,
                status=rd.status,
                items=None if rd.items is None else [items[i] for i in rd.items],
                electors=None if rd.electors is None else [persons[p] for p in rd.electors],
                voters=[persons[p] for p in rd.voters],
                ballots=[
                    BallotRecord(
                        group_id=None if b.group is None else ids["g"][b.group],
                        dots={items[k]: count for k, count in b.dots.items()},
                        voter_id=None if b.voter is None or rd.secret else persons[b.voter],
                    )
                    for b in rd.ballots
                ],
                tallies={items[k]: count for k, count in rd.tallies.items()},
                runoff_of_id=None if rd.runoff_of is None else stored[rd.runoff_of],
                table_name=rd.table,
            ).id
