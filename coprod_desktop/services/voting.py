"""Dot-voting rounds: set up, open, cast secret or named ballots, tally, close, results.

A ballot is cast in one transaction: the register entry, the ballot and its dots
together, or nothing. The register says who voted; the ballot says only which group
the voter belongs to. Results stay hidden until the round is closed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db import models as m
from ..db.changes import note
from ..db.engine import Database
from . import records as r
from ._common import get, next_position
from .ballot_box import put_in_box
from .errors import QT_TRANSLATE_NOOP, InvalidInput, NotFoundError, VotingError
from .results import compute_results
from .small_groups import ballot_group, pool_closed_round
from .snapshots import Snapshot, capture
from .validation import clean_text

_UNSET: Any = object()
MAX_DOTS = 100
MAX_TALLY = 100_000  # sticker dots on one item: far beyond any room


# Reading ------------------------------------------------------------------------------


def _item_column(target: str) -> Any:
    return m.RoundItem.idea_id if target == "ideas" else m.RoundItem.theme_id


def _round_record(session: Session, v: m.VotingRound) -> r.RoundRecord:
    items = session.scalars(
        select(_item_column(v.target)).where(m.RoundItem.round_id == v.id).order_by(m.RoundItem.id)
    ).all()
    electors = session.scalars(
        select(m.RoundElector.participant_id)
        .where(m.RoundElector.round_id == v.id)
        .order_by(m.RoundElector.participant_id)
    ).all()
    return r.RoundRecord(
        id=v.id,
        workshop_id=v.workshop_id,
        question=v.question,
        target=v.target,
        method=v.method,
        dots_per_voter=v.dots_per_voter,
        max_dots_per_item=v.max_dots_per_item,
        secret=v.secret,
        status=v.status,
        runoff_of_id=v.runoff_of_id,
        position=v.position,
        items=tuple(items),
        electors=tuple(electors),
        table_name=v.table_name,
    )


def list_rounds(db: Database, workshop_id: int) -> list[r.RoundRecord]:
    with db.transaction() as session:
        query = select(m.VotingRound).where(m.VotingRound.workshop_id == workshop_id)
        rows = session.scalars(query.order_by(m.VotingRound.position, m.VotingRound.id))
        return [_round_record(session, v) for v in rows]


def get_round(db: Database, round_id: int) -> r.RoundRecord:
    with db.transaction() as session:
        return _round_record(session, get(session, m.VotingRound, round_id))


def _dot_column(target: str) -> Any:
    return m.BallotDot.idea_id if target == "ideas" else m.BallotDot.theme_id


def _tallies(session: Session, v: m.VotingRound) -> dict[int, int]:
    """The sticker counts stored for a tally round (only the items counted so far)."""
    column = m.Tally.idea_id if v.target == "ideas" else m.Tally.theme_id
    rows = session.execute(select(column, m.Tally.count).where(m.Tally.round_id == v.id))
    return {item: count for item, count in rows if item is not None}


def round_data(session: Session, v: m.VotingRound) -> r.RoundData:
    """Everything cast in a round, for exports: ballots in the order of their random ids."""
    record = _round_record(session, v)
    voters = session.scalars(
        select(m.RoundVoter.participant_id)
        .where(m.RoundVoter.round_id == v.id)
        .order_by(m.RoundVoter.participant_id)
    ).all()
    column = _dot_column(v.target)
    dots: dict[str, dict[int, int]] = defaultdict(dict)
    query = (
        select(m.BallotDot.ballot_id, column, m.BallotDot.dots)
        .join(m.Ballot, m.Ballot.id == m.BallotDot.ballot_id)
        .where(m.Ballot.round_id == v.id)
    )
    for ballot_id, item, count in session.execute(query):
        dots[ballot_id][item] = count
    named = dict(
        session.execute(
            select(m.NamedBallot.ballot_id, m.NamedBallot.participant_id)
            .join(m.Ballot, m.Ballot.id == m.NamedBallot.ballot_id)
            .where(m.Ballot.round_id == v.id)
        ).all()
    )
    ballots = tuple(
        r.BallotRecord(b.group_id, dict(sorted(dots[b.id].items())), named.get(b.id))
        for b in session.scalars(
            select(m.Ballot).where(m.Ballot.round_id == v.id).order_by(m.Ballot.id)
        )
    )
    tallies = _tallies(session, v) if v.method == "tally" else {}
    return r.RoundData(record, tuple(voters), ballots, tallies)


# Setting up ---------------------------------------------------------------------------


def _check_settings(method: str, target: str, dots_per_voter: int, max_dots_per_item: int) -> None:
    if target not in m.TARGETS:
        raise InvalidInput(QT_TRANSLATE_NOOP("services", "A round votes on ideas or on themes."))
    if method not in m.METHODS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "services", "A round is a ballot on screen or a tally of sticker dots."
            )
        )
    for value, message in (
        (
            dots_per_voter,
            QT_TRANSLATE_NOOP(
                "services", "The dots per voter must be a whole number from 1 to {limit}."
            ),
        ),
        (
            max_dots_per_item,
            QT_TRANSLATE_NOOP(
                "services", "The most dots per item must be a whole number from 1 to {limit}."
            ),
        ),
    ):
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_DOTS:
            raise InvalidInput(message, limit=MAX_DOTS)
    if max_dots_per_item > dots_per_voter:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "services", "The most dots per item cannot be more than the dots each voter has."
            )
        )


def _set_items(session: Session, v: m.VotingRound, items: Sequence[int]) -> None:
    ideas = v.target == "ideas"
    session.execute(delete(m.RoundItem).where(m.RoundItem.round_id == v.id))
    for item_id in dict.fromkeys(items):
        row = session.get(m.Idea, item_id) if ideas else session.get(m.Theme, item_id)
        if row is None or row.workshop_id != v.workshop_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("services", "That idea is not on this workshop's board.")
                if v.target == "ideas"
                else QT_TRANSLATE_NOOP("services", "That theme is not on this workshop's board.")
            )
        key = {"idea_id": item_id} if v.target == "ideas" else {"theme_id": item_id}
        session.add(m.RoundItem(round_id=v.id, **key))
    session.flush()


def _set_electors(session: Session, v: m.VotingRound, electors: Sequence[int]) -> None:
    session.execute(delete(m.RoundElector).where(m.RoundElector.round_id == v.id))
    for person_id in dict.fromkeys(electors):
        person = session.get(m.Participant, person_id)
        if person is None or person.workshop_id != v.workshop_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "services", "Only this workshop's participants can vote in its rounds."
                )
            )
        session.add(m.RoundElector(round_id=v.id, participant_id=person_id))
    session.flush()


def _add_round(
    session: Session,
    workshop_id: int,
    question: str,
    *,
    target: str,
    method: str,
    dots_per_voter: int,
    max_dots_per_item: int,
    secret: bool,
    status: str,
    runoff_of_id: int | None,
    table_name: str | None = None,
) -> m.VotingRound:
    """A round's row, last in the workshop's order (its settings already checked)."""
    v = m.VotingRound(
        workshop_id=workshop_id,
        question=question,
        target=target,
        method=method,
        dots_per_voter=dots_per_voter,
        max_dots_per_item=max_dots_per_item,
        secret=secret,
        status=status,
        runoff_of_id=runoff_of_id,
        position=next_position(session, m.VotingRound, workshop_id),
        table_name=table_name,
    )
    session.add(v)
    session.flush()
    return v


def create_round(
    db: Database,
    workshop_id: int,
    question: str,
    *,
    target: str = "ideas",
    method: str = "ballot",
    dots_per_voter: int = 3,
    max_dots_per_item: int = 1,
    secret: bool = True,
    items: Sequence[int] | None = None,
    electors: Sequence[int] | None = None,
    runoff_of_id: int | None = None,
) -> r.RoundRecord:
    """A draft round. Without ``items`` it asks about every idea (or theme) when it
    opens; without ``electors``, everyone marked as attended may vote."""
    question = clean_text(question, QT_TRANSLATE_NOOP("field", "question"), required=True).strip()
    _check_settings(method, target, dots_per_voter, max_dots_per_item)
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        v = _add_round(
            session,
            workshop_id,
            question,
            target=target,
            method=method,
            dots_per_voter=dots_per_voter,
            max_dots_per_item=max_dots_per_item,
            secret=secret,
            status="draft",
            runoff_of_id=runoff_of_id,
        )
        if items:
            _set_items(session, v, items)
        if electors:
            _set_electors(session, v, electors)
        return _round_record(session, v)


def update_round(
    db: Database,
    round_id: int,
    *,
    question: str | None = None,
    target: str | None = None,
    method: str | None = None,
    dots_per_voter: int | None = None,
    max_dots_per_item: int | None = None,
    secret: bool | None = None,
    items: Sequence[int] | None = None,
    electors: Sequence[int] | None = None,
) -> r.RoundRecord:
    """Change a round's set-up; only while it is a draft."""
    with db.transaction() as session:
        v = get(session, m.VotingRound, round_id)
        if v.status != "draft":
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "services", "A round cannot be changed once it has opened. Start a new round."
                )
            )
        if question is not None:
            v.question = clean_text(
                question, QT_TRANSLATE_NOOP("field", "question"), required=True
            ).strip()
        new_target = target or v.target
        _check_settings(
            method or v.method,
            new_target,
            dots_per_voter or v.dots_per_voter,
            max_dots_per_item or v.max_dots_per_item,
        )
        if new_target != v.target:
            session.execute(delete(m.RoundItem).where(m.RoundItem.round_id == v.id))
        v.target, v.method = new_target, method or v.method
        v.dots_per_voter = dots_per_voter or v.dots_per_voter
        v.max_dots_per_item = max_dots_per_item or v.max_dots_per_item
        if secret is not None:
            v.secret = secret
        if items is not None:
            _set_items(session, v, items)
        if electors is not None:
            _set_electors(session, v, electors)
        session.flush()
        return _round_record(session, v)


def delete_round(db: Database, round_id: int) -> Snapshot:
    with db.transaction() as session:
        v = get(session, m.VotingRound, round_id)
        if v.status == "open":
            raise VotingError(QT_TRANSLATE_NOOP("services", "Close the round before deleting it."))
        snapshot = capture(session, m.VotingRound.__table__, "id", [round_id])
        session.execute(delete(m.VotingRound).where(m.VotingRound.id == round_id))
        return snapshot


def open_round(db: Database, round_id: int) -> r.RoundRecord:
    """Open a draft round, fixing what it asks about and who may vote."""
    with db.transaction() as session:
        v = get(session, m.VotingRound, round_id)
        if v.status == "open":
            raise VotingError(QT_TRANSLATE_NOOP("services", "This round is already open."))
        if v.status == "closed":
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "services", "This round has closed and cannot be reopened. Start a new round."
                )
            )
        if not session.scalar(select(func.count()).where(m.RoundItem.round_id == v.id)):
            model = m.Idea if v.target == "ideas" else m.Theme
            everything = session.scalars(
                select(model.id).where(model.workshop_id == v.workshop_id).order_by(model.id)
            ).all()
            if not everything:
                raise VotingError(
                    QT_TRANSLATE_NOOP("services", "There are no ideas to vote on yet.")
                    if v.target == "ideas"
                    else QT_TRANSLATE_NOOP("services", "There are no themes to vote on yet.")
                )
            _set_items(session, v, everything)
        if v.method == "ballot" and not session.scalar(
            select(func.count()).where(m.RoundElector.round_id == v.id)
        ):
            attended = session.scalars(
                select(m.Participant.id).where(
                    m.Participant.workshop_id == v.workshop_id, m.Participant.attended.is_(True)
                )
            ).all()
            if not attended:
                raise VotingError(
                    QT_TRANSLATE_NOOP(
                        "services", "Nobody can vote: add participants and mark who attended."
                    )
                )
            _set_electors(session, v, attended)
        v.status = "open"
        session.flush()
        return _round_record(session, v)


def close_round(db: Database, round_id: int) -> r.RoundRecord:
    with db.transaction() as session:
        v = _round_for_update(session, round_id)
        if v.status == "draft":
            raise VotingError(QT_TRANSLATE_NOOP("services", "This round has not been opened yet."))
        if v.status == "closed":
            raise VotingError(QT_TRANSLATE_NOOP("services", "This round is already closed."))
        pool_closed_round(session, v)  # the ballots too few in their group are mixed now
        v.status = "closed"
        session.flush()
        record = _round_record(session, v)
    # Fold the log into the file now, so the groups combined at the close replace the
    # ones the file held while voting (a small group's ballots, still labelled); on a
    # server, the ballot tables are written anew the same way.
    db.checkpoint()
    return record


# Casting ------------------------------------------------------------------------------


def _not_in_vote(v: m.VotingRound) -> str:
    if v.target == "ideas":
        return QT_TRANSLATE_NOOP("services", "That idea is not part of this vote.")
    return QT_TRANSLATE_NOOP("services", "That theme is not part of this vote.")


def _check_dots(v: m.VotingRound, dots: Mapping[int, int], items: set[int]) -> dict[int, int]:
    clean: dict[int, int] = {}
    for item, count in dots.items():
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "Dots must be whole numbers of 0 or more.")
            )
        if count == 0:
            continue
        if item not in items:
            raise VotingError(_not_in_vote(v))
        if count > v.max_dots_per_item:
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "At most 1 dot can go on one item in this round.")
                if v.max_dots_per_item == 1
                else QT_TRANSLATE_NOOP(
                    "services", "At most {n} dots can go on one item in this round."
                ),
                n=v.max_dots_per_item,
            )
        clean[item] = count
    total = sum(clean.values())
    if total > v.dots_per_voter:
        raise VotingError(
            QT_TRANSLATE_NOOP("services", "That is {total} dots; each voter has {budget}."),
            total=total,
            budget=v.dots_per_voter,
        )
    return clean


def _round_for_update(session: Session, round_id: int) -> m.VotingRound:
    """The round, locked until the transaction ends: the casts and the close of one round
    take turns, each seeing the others' work whole. A library file does that already
    (BEGIN IMMEDIATE); on PostgreSQL two casts would otherwise each put back the box as
    they read it, and one's register entry or ballot would be lost."""
    v = session.get(m.VotingRound, round_id, with_for_update=True)
    return v if v is not None else get(session, m.VotingRound, round_id)


def _open_round(session: Session, round_id: int, method: str) -> m.VotingRound:
    v = _round_for_update(session, round_id)
    if v.method != method:
        raise VotingError(
            QT_TRANSLATE_NOOP(
                "services", "This round counts sticker dots; type in the tally instead."
            )
            if v.method == "tally"
            else QT_TRANSLATE_NOOP(
                "services", "This round is voted on screen; it takes ballots, not a tally."
            )
        )
    if v.status == "draft":
        raise VotingError(QT_TRANSLATE_NOOP("services", "Voting has not opened yet."))
    if v.status == "closed":
        raise VotingError(QT_TRANSLATE_NOOP("services", "Voting in this round has closed."))
    return v


def _round_items(session: Session, v: m.VotingRound) -> set[int]:
    return set(session.scalars(select(_item_column(v.target)).where(m.RoundItem.round_id == v.id)))


def cast_ballot(db: Database, round_id: int, participant_id: int, dots: Mapping[int, int]) -> int:
    """Cast one voter's dots; returns how many were cast. All of it is stored, or none."""
    with db.transaction() as session:
        v = _open_round(session, round_id, "ballot")
        elector = select(m.RoundElector.participant_id).where(
            m.RoundElector.round_id == round_id, m.RoundElector.participant_id == participant_id
        )
        voted = select(m.RoundVoter.participant_id).where(
            m.RoundVoter.round_id == round_id, m.RoundVoter.participant_id == participant_id
        )
        person = session.execute(
            select(
                m.Participant.name,
                m.Participant.group_id,
                m.Participant.workshop_id,
                elector.exists(),
                voted.exists(),
            ).where(m.Participant.id == participant_id)
        ).first()
        if person is None or person.workshop_id != v.workshop_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("services", "That participant is not part of this workshop.")
            )
        name, group_id, _, may_vote, has_voted = person
        if not may_vote:
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "services", "{name} is not on the list of voters for this round."
                ),
                name=name,
            )
        if has_voted:
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "{name} has already voted in this round."), name=name
            )
        clean = _check_dots(v, dots, _round_items(session, v))
        ballot_id = m.random_id()
        key = "idea_id" if v.target == "ideas" else "theme_id"
        empty = {"idea_id": None, "theme_id": None}
        ballot = {
            "id": ballot_id,
            "round_id": round_id,
            "group_id": ballot_group(session, v, group_id),
        }
        dot_rows = [
            {**empty, "id": m.random_id(), "ballot_id": ballot_id, "dots": count, key: item}
            for item, count in clean.items()
        ]
        try:
            put_in_box(session, round_id, participant_id, ballot, dot_rows, named=not v.secret)
        except IntegrityError as exc:  # a second window cast for the same voter first
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "{name} has already voted in this round."), name=name
            ) from exc
    # Fold the log into the file now: a commit that holds one register entry beside one
    # ballot must not wait in the -wal file for someone to copy it.
    db.checkpoint()
    return sum(clean.values())


def _check_counts(v: m.VotingRound, counts: Mapping[int, int], items: set[int]) -> dict[int, int]:
    clean: dict[int, int] = {}
    for item, count in counts.items():
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "Each count must be a whole number of 0 or more.")
            )
        if count > MAX_TALLY:
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "services", "That count is too large to be a count of sticker dots."
                )
            )
        if item not in items:
            raise VotingError(_not_in_vote(v))
        clean[item] = count
    return clean


def record_tallies(db: Database, round_id: int, counts: Mapping[int, int]) -> dict[int, int]:
    """Replace a tally round's counts of physical dot stickers (items not given: 0)."""
    with db.transaction() as session:
        v = _open_round(session, round_id, "tally")
        clean = _check_counts(v, counts, _round_items(session, v))
        session.execute(delete(m.Tally).where(m.Tally.round_id == round_id))
        note(session, "updated", "rounds", [round_id])
        key = "idea_id" if v.target == "ideas" else "theme_id"
        for item, count in clean.items():
            session.add(m.Tally(round_id=round_id, count=count, **{key: item}))
        session.flush()
        return clean


def tally_counts(db: Database, round_id: int) -> dict[int, int]:
    """The sticker counts typed in so far for a tally round (never ballots: a tally
    is the facilitator's own count, shown to them while they type it)."""
    with db.transaction() as session:
        v = get(session, m.VotingRound, round_id)
        if v.method != "tally":
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "This round is voted on screen; it has no tally.")
            )
        return _tallies(session, v)


def voter_status(db: Database, round_id: int) -> list[r.VoterStatus]:
    """Who may vote and whether they have: names only, never choices."""
    with db.transaction() as session:
        get(session, m.VotingRound, round_id)
        voted = set(
            session.scalars(
                select(m.RoundVoter.participant_id).where(m.RoundVoter.round_id == round_id)
            )
        )
        people = session.scalars(
            select(m.Participant)
            .join(m.RoundElector, m.RoundElector.participant_id == m.Participant.id)
            .where(m.RoundElector.round_id == round_id)
            .order_by(m.Participant.position, m.Participant.id)
        )
        return [r.VoterStatus(p.id, p.name, p.group_id, p.id in voted) for p in people]


# Results ------------------------------------------------------------------------------


def round_results(db: Database, round_id: int) -> r.RoundResults:
    """Ranked results, ties marked, by group; refused until the round has closed."""
    with db.transaction() as session:
        v = get(session, m.VotingRound, round_id)
        if v.status != "closed":
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "Results stay hidden until the round is closed.")
            )
        return _results(session, v)


def _results(session: Session, v: m.VotingRound) -> r.RoundResults:
    rd = round_data(session, v)
    model: type[m.Idea | m.Theme] = m.Idea if v.target == "ideas" else m.Theme
    label_column = m.Idea.text if v.target == "ideas" else m.Theme.name
    labels: dict[int, str] = dict(
        session.execute(select(model.id, label_column).where(model.id.in_(rd.round.items))).all()
    )
    group_of = dict(
        session.execute(
            select(m.Participant.id, m.Participant.group_id).where(
                m.Participant.workshop_id == v.workshop_id
            )
        ).all()
    )
    names = dict(
        session.execute(
            select(m.Group.id, m.Group.name).where(m.Group.workshop_id == v.workshop_id)
        ).all()
    )
    return compute_results(rd, labels, group_of, names)


def create_runoff(db: Database, round_id: int, question: str | None = None) -> r.RoundRecord:
    """A draft round on just the items tied at the top of a closed round, asking
    ``question`` (by default "Run-off: " and the closed round's question)."""
    if question is not None:
        question = clean_text(question, QT_TRANSLATE_NOOP("field", "question"), required=True)
        question = question.strip()
    with db.transaction() as session:
        v = get(session, m.VotingRound, round_id)
        if v.status != "closed":
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "A run-off can only follow a closed round.")
            )
        results = _results(session, v)
        if not results.top_tied:
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "services", "There is no tie at the top, so no run-off is needed."
                )
            )
        tied = [i.item_id for i in results.items if i.rank == 1]
        runoff = m.VotingRound(
            workshop_id=v.workshop_id,
            question=f"Run-off: {v.question}" if question is None else question,
            target=v.target,
            method=v.method,
            dots_per_voter=1,
            max_dots_per_item=1,
            secret=v.secret,
            status="draft",
            runoff_of_id=v.id,
            position=next_position(session, m.VotingRound, v.workshop_id),
        )
        session.add(runoff)
        session.flush()
        _set_items(session, runoff, tied)
        electors = session.scalars(
            select(m.RoundElector.participant_id).where(m.RoundElector.round_id == v.id)
        ).all()
        if electors:
            _set_electors(session, runoff, electors)
        return _round_record(session, runoff)
