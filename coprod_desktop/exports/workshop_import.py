"""Writing a checked workshop file (``workshop_check``) into a library through the
public services, in one transaction: each service joins it (``Database.transaction``),
so the file's records obey the same rules as the ones typed in, and a refusal anywhere
writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import models as m
from ..db.engine import Database
from ..messages import QT_TRANSLATE_NOOP
from ..services import actions, agenda, board, people, recorded_rounds, workshops
from ..services.errors import DomainError
from ..services.records import BallotRecord, WorkshopRecord
from .import_problems import ImportMessage, ImportProblem
from .workshop_format import Participant, Round, Stage, WorkshopFile


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
        writer = _Writer(db, session, file)
        record = writer.add_workshop(replace)
        writer.add_people()
        writer.add_agenda()
        writer.add_board()
        writer.add_rounds()
        writer.add_actions_and_notes()
    db.checkpoint()  # the rounds' registers and boxes went in with this one commit
    return record


class _Keyed(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=_Keyed)


class _Writer:
    """One file written into the library, list by list; ``ids`` maps each list's file
    ids to the library's ids of the records written for them."""

    def __init__(self, db: Database, session: Session, file: WorkshopFile) -> None:
        self.db, self.session, self.file = db, session, file
        self.wid = 0
        self.ids: dict[str, dict[str, int]] = {}
        # A session keeps only weak references to its rows, and each service returns
        # records, not rows: without holding them, every row would be read again for
        # each idea and ballot that names it (ten times the import's time, 2,000 ideas).
        self.held: list[object] = []

    def _hold(self, model: Any) -> None:
        """Every row of ``model`` in the workshop (the workshop itself for Workshop)."""
        key = model.id if model is m.Workshop else model.workshop_id
        self.held.extend(self.session.scalars(select(model).where(key == self.wid)))

    def _each(self, key: str, rows: list[Row], add: Callable[[Row], int]) -> dict[str, int]:
        """Write each row of list ``key``; the library's id of each file id."""
        ids = self.ids[key] = {}
        for n, row in enumerate(rows):
            with _at(f"{key}[{n}]"):
                ids[row.id] = add(row)
        return ids

    def _ref(self, key: str, file_id: str | None) -> int | None:
        return None if file_id is None else self.ids[key][file_id]

    def add_workshop(self, replace: bool) -> WorkshopRecord:
        w = self.file.workshop
        details = {
            "purpose": w.purpose,
            "date": w.date,
            "venue": w.venue,
            "facilitator": w.facilitator,
            "organisation": w.organisation,
            "language": w.language,
        }
        with _at("workshop"):
            old = workshops.workshop_with_uid(self.db, w.uid) if w.uid else None
            if old is not None and replace:
                record = workshops.replace_workshop(self.db, old, w.title, **details)
            else:
                record = workshops.create_workshop(self.db, w.title, uid=w.uid, **details)
        self.wid = record.id
        self._hold(m.Workshop)
        return record

    def add_people(self) -> None:
        db, wid = self.db, self.wid
        self._each(
            "groups", self.file.groups, lambda g: people.add_group(db, wid, g.name, g.colour).id
        )
        self._hold(m.Group)

        def add(p: Participant) -> int:
            return people.add_participant(
                db,
                wid,
                p.name,
                group_id=self._ref("groups", p.group),
                named_in_minutes=p.named_in_minutes,
                attended=p.attended,
            ).id

        self._each("participants", self.file.participants, add)
        self._hold(m.Participant)

    def add_agenda(self) -> None:
        db, wid = self.db, self.wid

        def add(s: Stage) -> int:
            stage = agenda.add_stage(
                db, wid, s.title, prompt=s.prompt, planned_minutes=s.planned_minutes
            )
            if s.started_at is not None or s.ended_at is not None:
                agenda.set_stage_times(db, stage.id, s.started_at, s.ended_at)
            return stage.id

        self._each("stages", self.file.stages, add)
        self._hold(m.Stage)

    def add_board(self) -> None:
        """Themes and ideas. The file's layout is kept when it places every note (each
        on its own spot) and every theme's area; otherwise the board is arranged by theme
        once every note is on it."""
        db, wid, file = self.db, self.wid, self.file
        themes = self._each(
            "themes", file.themes, lambda t: board.add_theme(db, wid, t.name, t.colour).id
        )
        self._hold(m.Theme)
        positions = [i.position for i in file.ideas]
        kept = (
            None not in positions
            and len(set(positions)) == len(positions)
            and all(t.area is not None for t in file.themes)
        )

        spots = [i.position if kept and i.position else (0.0, 0.0) for i in file.ideas]
        with _at("ideas"):
            captured = board.capture_ideas(
                db,
                wid,
                [
                    board.PlacedIdea(
                        i.text,
                        x,
                        y,
                        author_id=self._ref("participants", i.author),
                        group_id=self._ref("groups", i.group),
                        theme_id=self._ref("themes", i.theme),
                        stage_id=self._ref("stages", i.stage),
                        colour=i.colour,
                        at=i.created_at,
                        table_name=i.table,
                    )
                    for i, (x, y) in zip(file.ideas, spots, strict=True)
                ],
            )
        self.ids["ideas"] = {i.id: row.id for i, row in zip(file.ideas, captured, strict=True)}
        self._hold(m.Idea)
        if not kept:
            board.arrange_by_theme(db, wid)
            return
        for n, t in enumerate(file.themes):
            with _at(f"themes[{n}]"):
                board.update_theme(db, themes[t.id], area=t.area)

    def add_rounds(self) -> None:
        """Each round with its register, ballots and tallies (``recorded_rounds``), a
        run-off after the round it settles."""
        stored: dict[str, int] = {}
        persons = self.ids["participants"]
        for n in _runoffs_first(self.file.rounds):
            rd = self.file.rounds[n]
            items = self.ids["ideas" if rd.target == "ideas" else "themes"]
            with _at(f"rounds[{n}]"):
                stored[rd.id] = recorded_rounds.restore_round(
                    self.db,
                    self.wid,
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
                            group_id=self._ref("groups", b.group),
                            dots={items[k]: count for k, count in b.dots.items()},
                            voter_id=None if rd.secret else self._ref("participants", b.voter),
                        )
                        for b in rd.ballots
                    ],
                    tallies={items[k]: count for k, count in rd.tallies.items()},
                    runoff_of_id=None if rd.runoff_of is None else stored[rd.runoff_of],
                    table_name=rd.table,
                ).id

    def add_actions_and_notes(self) -> None:
        ideas, themes = self.ids["ideas"], self.ids["themes"]
        for n, a in enumerate(self.file.actions):
            with _at(f"actions[{n}]"):
                actions.add_action(
                    self.db,
                    self.wid,
                    a.title,
                    owner_id=self._ref("participants", a.owner),
                    owner_name=a.owner_name,
                    due=a.due,
                    status=a.status,
                    notes=a.notes,
                    idea_ids=[ideas[link] for link in a.links if link in ideas],
                    theme_ids=[themes[link] for link in a.links if link in themes],
                )
        for n, note in enumerate(self.file.notes):
            with _at(f"notes[{n}]"):
                agenda.add_note(
                    self.db,
                    self.wid,
                    note.text,
                    stage_id=self._ref("stages", note.stage),
                    at=note.created_at,
                )


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
