"""Small groups in a secret ballot: a ballot keeps its group only when that group is large
enough that its figures name nobody (see DESIGN.md, "Secret ballot").

Five residents and one manager vote: a "Staff" column would be the manager's own ballot.
So, as ballot boxes are mixed at a count, the ballots of groups under ``MIN_GROUP`` are
counted together as "smaller groups combined", stored with ``group_id = NULL`` beside the
ballots of people with no group. Taking a shown group away from the round's totals must
not single anyone out either (all voters minus five residents is the manager), so the
combined bucket itself must hold none or at least ``MIN_GROUP``: while it holds one or
two, the smallest group still shown joins it (of equal ones, the one made last).

Where the rule is applied:
- casting (``ballot_group``): by the round's list of electors, the only thing known then;
- closing (``pool_closed_round``): again by the ballots actually cast, storing the
  round's ballots again with the groups that remain, in the closing transaction (a
  group of five electors of whom two voted shows no figures of its own);
- reading (``pool_round_data``): by the ballots, for rounds stored before this rule or
  still open, so every result and export works from pooled ballots;
- restoring a round voted elsewhere (``recorded_rounds``, for a workshop file): as
  casting and closing would.

A round that is not secret keeps every group: each of its ballots is stored with its
voter's name and the minutes list who put dots where, so a group's figures reveal nothing
that is not already shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import models as m
from . import records as r
from .ballot_box import regroup_round

MIN_GROUP = 3


def kept_groups(sizes: Mapping[int | None, int], minimum: int = MIN_GROUP) -> frozenset[int]:
    """The groups that keep their own figures, given how many people (electors or
    ballots) each group has; key ``None``: people already counted together (no group).

    Every kept group has at least ``minimum`` people, and the people of the groups not
    kept number none or at least ``minimum``, unless nothing is kept (then the round's
    totals are the only figures, and no breakdown is shown)."""
    kept = {g: n for g, n in sizes.items() if g is not None and n >= minimum}
    combined = sum(n for g, n in sizes.items() if g not in kept)
    while kept and 0 < combined < minimum:
        smallest = min(kept, key=lambda g: (kept[g], -g))  # of equal ones, the newest
        combined += kept.pop(smallest)
    return frozenset(kept)


def kept_by_ballots(groups: Iterable[int | None]) -> frozenset[int]:
    """The groups that keep their figures, given the stored group of each ballot."""
    return kept_groups(Counter(groups))


def _elector_sizes(session: Session, round_id: int) -> dict[int | None, int]:
    rows = session.execute(
        select(m.Participant.group_id, func.count())
        .join(m.RoundElector, m.RoundElector.participant_id == m.Participant.id)
        .where(m.RoundElector.round_id == round_id)
        .group_by(m.Participant.group_id)
    )
    return {group_id: count for group_id, count in rows}


def ballot_group(session: Session, v: m.VotingRound, group_id: int | None) -> int | None:
    """The group a new ballot of round ``v`` is stored under: the voter's group when at
    least ``MIN_GROUP`` of the round's electors belong to it (and the rule keeps it),
    otherwise ``None``, "smaller groups combined"."""
    return ballot_groups(session, v, [group_id])[0]


def ballot_groups(
    session: Session, v: m.VotingRound, group_ids: Iterable[int | None]
) -> list[int | None]:
    """``ballot_group`` for many new ballots of ``v`` at once."""
    if not v.secret:
        return list(group_ids)
    kept = kept_groups(_elector_sizes(session, v.id))
    return [g if g in kept else None for g in group_ids]


def pool_closed_round(session: Session, v: m.VotingRound) -> None:
    """At the close of a secret round, pool again by the ballots actually cast: the
    stored group of every ballot whose group is too small becomes ``NULL``."""
    if not v.secret or v.method != "ballot":
        return
    stored = session.scalars(select(m.Ballot.group_id).where(m.Ballot.round_id == v.id)).all()
    kept = kept_by_ballots(stored)
    if all(g is None or g in kept for g in stored):
        return
    # Every ballot stored again in a random order, not an UPDATE of some: the rewritten
    # cells would stand out in their page (see ``ballot_box.regroup_round``).
    regroup_round(session, v.id, lambda g: g if g in kept else None)


def pool_round_data(rd: r.RoundData) -> r.RoundData:
    """``rd`` with the ballots of too-small groups counted together (a secret ballot
    round; any other round as it is). Applying it twice changes nothing."""
    v = rd.round
    if not v.secret or v.method != "ballot":
        return rd
    kept = kept_by_ballots(b.group_id for b in rd.ballots)
    if all(b.group_id is None or b.group_id in kept for b in rd.ballots):
        return rd
    ballots = tuple(
        b if b.group_id is None or b.group_id in kept else replace(b, group_id=None)
        for b in rd.ballots
    )
    return replace(rd, ballots=ballots)
