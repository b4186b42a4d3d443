"""A voting round as it stood elsewhere: a round of a workshop file, or of a workshop
published to the archive, stored with its register, ballots and tallies as they were.

The round's rules are the voting service's own (its settings, what a ballot may hold,
what a count may be); the register and the box go in at once in a random order
(``ballot_box.fill_box``), and a secret ballot of a group too small to show apart is
stored without its group, as casting and closing would have stored it
(``small_groups``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import models as m
from ..db.engine import Database
from . import records as r
from ._common import get, get_in
from .ballot_box import fill_box
from .errors import QT_TRANSLATE_NOOP, VotingError
from .small_groups import ballot_groups, pool_closed_round
from .validation import clean_text
from .voting import (
    _add_round,
    _check_counts,
    _check_dots,
    _check_settings,
    _round_items,
    _round_record,
    _set_electors,
    _set_items,
)


def restore_round(
    db: Database,
    workshop_id: int,
    question: str,
    *,
    target: str,
    method: str,
    dots_per_voter: int,
    max_dots_per_item: int,
    secret: bool,
    status: str,
    items: Sequence[int] | None,
    electors: Sequence[int] | None,
    voters: Sequence[int] = (),
    ballots: Sequence[r.BallotRecord] = (),
    tallies: Mapping[int, int] | None = None,
    runoff_of_id: int | None = None,
    table_name: str | None = None,
) -> r.RoundRecord:
    """Store a round with its votes. ``items`` None: every idea (or theme) of the
    workshop, once the round has opened; ``electors`` None: everyone who attended or
    voted. A ballot's ``voter_id`` is kept only in a round that is not secret."""
    question = clean_text(question, QT_TRANSLATE_NOOP("field", "question"), required=True).strip()
    _check_settings(method, target, dots_per_voter, max_dots_per_item)
    tallies = tallies or {}
    if status == "draft" and (voters or ballots or tallies):
        raise VotingError(QT_TRANSLATE_NOOP("services", "Voting has not opened yet."))
    if method == "tally" and (voters or ballots):
        raise VotingError(
            QT_TRANSLATE_NOOP(
                "services", "This round counts sticker dots; type in the tally instead."
            )
        )
    if method == "ballot" and tallies:
        raise VotingError(
            QT_TRANSLATE_NOOP(
                "services", "This round is voted on screen; it takes ballots, not a tally."
            )
        )
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        get_in(session, m.VotingRound, runoff_of_id, workshop_id)
        v = _add_round(
            session,
            workshop_id,
            question,
            target=target,
            method=method,
            dots_per_voter=dots_per_voter,
            max_dots_per_item=max_dots_per_item,
            secret=secret,
            status=status,
            runoff_of_id=runoff_of_id,
            table_name=table_name,
        )
        opened = status != "draft"
        if items is None and opened:
            model = m.Idea if target == "ideas" else m.Theme
            items = session.scalars(
                select(model.id).where(model.workshop_id == workshop_id).order_by(model.id)
            ).all()
        _set_items(session, v, items or [])
        if electors is None and opened and method == "ballot":
            attended = session.scalars(
                select(m.Participant.id)
                .where(m.Participant.workshop_id == workshop_id, m.Participant.attended.is_(True))
                .order_by(m.Participant.id)
            ).all()
            electors = list(dict.fromkeys([*attended, *voters]))
        _set_electors(session, v, electors or [])
        _fill(session, v, electors, voters, ballots)
        if tallies:
            for item, count in _check_counts(v, tallies, _round_items(session, v)).items():
                key = {"idea_id": item} if target == "ideas" else {"theme_id": item}
                session.add(m.Tally(round_id=v.id, count=count, **key))
        pool_closed_round(session, v)  # by the ballots, as at the close
        session.flush()
        return _round_record(session, v)


def _fill(
    session: Session,
    v: m.VotingRound,
    electors: Sequence[int] | None,
    voters: Sequence[int],
    ballots: Sequence[r.BallotRecord],
) -> None:
    """The register and the box: every voter an elector, once; one ballot at most per
    voter; each ballot within the round's budget and cap."""
    if not voters and not ballots:
        return
    allowed = set(electors or [])
    seen: set[int] = set()
    for person in voters:
        if person not in allowed or person in seen:
            name = get(session, m.Participant, person).name
            raise VotingError(
                QT_TRANSLATE_NOOP("services", "{name} is not on the list of voters for this round.")
                if person not in allowed
                else QT_TRANSLATE_NOOP("services", "{name} has already voted in this round."),
                name=name,
            )
        seen.add(person)
    named_voters = [b.voter_id for b in ballots if b.voter_id is not None and not v.secret]
    if (
        len(ballots) > len(voters)
        or len(set(named_voters)) != len(named_voters)
        or not set(named_voters) <= seen
    ):
        raise VotingError(
            QT_TRANSLATE_NOOP("services", "The ballots do not match the register of who voted.")
        )
    items = _round_items(session, v)
    key = "idea_id" if v.target == "ideas" else "theme_id"
    empty = {"idea_id": None, "theme_id": None}
    rows: list[dict[str, Any]] = []
    dots: list[dict[str, Any]] = []
    named: list[dict[str, Any]] = []
    groups = ballot_groups(session, v, [b.group_id for b in ballots])
    for ballot, group in zip(ballots, groups, strict=True):
        ballot_id = m.random_id()
        rows.append({"id": ballot_id, "round_id": v.id, "group_id": group})
        dots.extend(
            {**empty, "id": m.random_id(), "ballot_id": ballot_id, "dots": count, key: item}
            for item, count in _check_dots(v, ballot.dots, items).items()
        )
        if ballot.voter_id is not None and not v.secret:
            named.append({"ballot_id": ballot_id, "participant_id": ballot.voter_id})
    fill_box(session, v.id, voters, rows, dots, named)
