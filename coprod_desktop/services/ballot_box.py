"""Where a cast ballot is put, so that nobody holding the library file can tell whose it is.

The register (who has voted) and the ballots (what was chosen) share no column, but
SQLite itself remembers order: it writes each new row of a page just below the previous
one, so the physical order of two tables' rows is the order they were inserted in, and a
register and a box filled together pair up one to one. So each cast takes out the whole
round's register and box and puts them back in a fresh random order, one transaction;
with ``secure_delete`` on (see ``db/engine.py``) the old cells are overwritten with zeros,
and the caller folds the write-ahead log into the file once the cast has committed
(``Database.checkpoint``) so no commit of one ballot lingers beside its register entry.

On PostgreSQL (the organisation's archive) the same statements do the same: the round's
rows are inserted again in one shuffled batch per table, so their physical order (ctid)
and their command ids (one INSERT each, in the batch's order) are the shuffle's, every
live row shares the one transaction id of the last cast (xmin), and ballot ids are
random, not from a sequence. What the server itself keeps is told in
``Database._rewrite_ballot_tables``: the versions a cast replaced stay as dead tuples
(and their bytes in free space) until the VACUUM FULL run after every cast and close,
and its write-ahead log holds each cast's transaction, with the whole round in it, until
the server recycles it (or for ever, where the administrator archives the WAL). So a
round is best voted on the laptop and published to the archive once closed: publishing
writes its rows once, in a random order, in one transaction.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select
from sqlalchemy.orm import Session

from ..db import models as m
from ..db.changes import ChangeSet, note

# Children after their parents: put back in this order, taken out in the reverse. Core
# statements, not the ORM: a cast rewrites every row of its round, and the ORM's cost per
# row would be most of a cast's time.
_TABLES: tuple[Table, ...] = (
    m.RoundVoter.__table__,
    m.Ballot.__table__,
    m.BallotDot.__table__,
    m.NamedBallot.__table__,
)
Rows = dict[str, list[tuple[Any, ...]]]


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns]


def _in_round(table: Table, round_id: int) -> ColumnElement[bool]:
    """The condition that picks one round's rows of ``table``."""
    if "round_id" in table.c:
        return table.c.round_id == round_id
    ballots = m.Ballot.__table__
    return table.c.ballot_id.in_(select(ballots.c.id).where(ballots.c.round_id == round_id))


def _take_out(session: Session, round_id: int) -> Rows:
    """Read and delete every row of a round's register and box."""
    rows: Rows = {}
    for table in _TABLES:
        query = select(*table.columns).where(_in_round(table, round_id))
        rows[table.name] = [tuple(row) for row in session.execute(query)]
    for table in reversed(_TABLES):
        session.execute(delete(table).where(_in_round(table, round_id)))
    return rows


def _shuffler() -> Callable[[list[Any]], None]:
    """A generator seeded afresh from the system's randomness for every cast: as
    unpredictable as SystemRandom for this, and a hundred times faster at shuffling."""
    return random.Random(secrets.randbits(128)).shuffle


def _put_back(session: Session, rows: Rows) -> None:
    shuffle = _shuffler()
    for table in _TABLES:
        if rows[table.name]:
            shuffle(rows[table.name])
            columns = _columns(table)
            # One multi-row INSERT per table (executemany), in the shuffled order.
            session.execute(
                insert(table), [dict(zip(columns, row, strict=True)) for row in rows[table.name]]
            )


def _row(table: Table, values: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(values.get(column) for column in _columns(table))


def put_in_box(
    session: Session,
    round_id: int,
    participant_id: int,
    ballot: Mapping[str, Any],
    dots: Sequence[Mapping[str, Any]],
    *,
    named: bool,
) -> None:
    """Register ``participant_id`` as having voted and add ``ballot`` (a ``ballots`` row)
    with its ``dots`` (``ballot_dots`` rows); every row of the round's register and box is
    then stored again in a random order. ``named``: the round is not secret, so it keeps
    whose ballot this is (``named_ballots``)."""
    voters, ballots, ballot_dots, named_ballots = _TABLES
    rows = _take_out(session, round_id)
    rows[voters.name].append(_row(voters, {"round_id": round_id, "participant_id": participant_id}))
    rows[ballots.name].append(_row(ballots, ballot))
    rows[ballot_dots.name].extend(_row(ballot_dots, row) for row in dots)
    if named:
        who = {"ballot_id": ballot["id"], "participant_id": participant_id}
        rows[named_ballots.name].append(_row(named_ballots, who))
    _put_back(session, rows)
    note(session, "updated", "rounds", [round_id])  # its count of ballots moved


def fill_box(
    session: Session,
    round_id: int,
    voters: Sequence[int],
    ballots: Sequence[Mapping[str, Any]],
    dots: Sequence[Mapping[str, Any]],
    named: Sequence[Mapping[str, Any]],
) -> None:
    """Put a whole round's register and box in at once, each table in one shuffled
    batch: a round voted elsewhere (a workshop file, a workshop published to the
    archive), so the order of the file, perhaps the order people voted in, never
    reaches the library's pages. ``named``: the ``named_ballots`` rows of a round that
    is not secret."""
    register, box, box_dots, names = _TABLES
    rows: Rows = {
        register.name: [
            _row(register, {"round_id": round_id, "participant_id": p}) for p in voters
        ],
        box.name: [_row(box, ballot) for ballot in ballots],
        box_dots.name: [_row(box_dots, row) for row in dots],
        names.name: [_row(names, row) for row in named],
    }
    _put_back(session, rows)


def regroup_round(session: Session, round_id: int, group_of_ballot: Callable[[Any], Any]) -> None:
    """Store a round's register and box again in a random order, each ballot's group
    passed through ``group_of_ballot``: for the close of a secret round, where groups too
    small to show apart are combined (``services.small_groups``). An UPDATE in place
    would leave the rewritten cells recognisable in their page (SQLite re-places a cell
    that shrinks, leaving a fragment beside it), and so name the small group's ballots."""
    ballots = m.Ballot.__table__
    column = _columns(ballots).index("group_id")
    rows = _take_out(session, round_id)
    rows[ballots.name] = [
        (*row[:column], group_of_ballot(row[column]), *row[column + 1 :])
        for row in rows[ballots.name]
    ]
    _put_back(session, rows)


def cast_changes(round_id: int) -> ChangeSet:
    """What one cast changes, for a cast recorded in another thread (the phone server):
    the round's count, and its register and box stored again."""
    return ChangeSet(
        updated={"rounds": frozenset({round_id})},
        vague=frozenset(table.name for table in _TABLES),
    )
