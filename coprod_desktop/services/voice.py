"""Equal voice: how much each group has been heard so far, and who has not been yet.

Co-production asks that everyone's voice counts. These figures let the facilitator see,
during the workshop, whether one group is filling the board or the ballot box while
another stays quiet, and who to invite gently to add an idea.

Votes are counted as ballots cast (one per voter per ballot round, open or closed),
never as dots, so nothing here says anything about what anyone chose. Tally rounds
count sticker dots that carry no group, so they are left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from ..db import models as m
from ..db.engine import Database
from ._common import get


@dataclass(frozen=True)
class GroupVoice:
    """One group's share of the people present, of the ideas and of the ballots."""

    group_id: int | None  # None: people and ideas without a group
    name: str
    colour: str | None
    people: int  # participants marked as attended
    ideas: int
    ballots: int
    people_share: float  # 0..1 of all attended participants
    idea_share: float  # 0..1 of all ideas
    ballot_share: float  # 0..1 of all ballots cast


@dataclass(frozen=True)
class Unheard:
    participant_id: int
    name: str
    group_id: int | None


@dataclass(frozen=True)
class VoiceFigures:
    groups: tuple[GroupVoice, ...]
    people: int
    ideas: int
    ballots: int
    # Attended participants who have not authored an idea yet, in list order.
    unheard: tuple[Unheard, ...]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def voice_figures(db: Database, workshop_id: int, no_group: str = "No group") -> VoiceFigures:
    """Shares of people, ideas and ballots per group, and who has no idea on the board."""
    with db.transaction() as session:
        get(session, m.Workshop, workshop_id)
        groups = session.execute(
            select(m.Group.id, m.Group.name, m.Group.colour)
            .where(m.Group.workshop_id == workshop_id)
            .order_by(m.Group.position, m.Group.id)
        ).all()
        present = session.execute(
            select(m.Participant.id, m.Participant.name, m.Participant.group_id)
            .where(m.Participant.workshop_id == workshop_id, m.Participant.attended.is_(True))
            .order_by(m.Participant.position, m.Participant.id)
        ).all()
        ideas: Counter[int | None] = Counter(
            dict(
                session.execute(
                    select(m.Idea.group_id, func.count())
                    .where(m.Idea.workshop_id == workshop_id)
                    .group_by(m.Idea.group_id)
                ).all()
            )
        )
        ballots: Counter[int | None] = Counter(
            dict(
                session.execute(
                    # From the register (who voted, by their group), not the ballots:
                    # a ballot of a small group is stored without it (small_groups).
                    select(m.Participant.group_id, func.count())
                    .join(m.RoundVoter, m.RoundVoter.participant_id == m.Participant.id)
                    .join(m.VotingRound, m.VotingRound.id == m.RoundVoter.round_id)
                    .where(m.VotingRound.workshop_id == workshop_id)
                    .group_by(m.Participant.group_id)
                ).all()
            )
        )
        authors = set(
            session.scalars(
                select(m.Idea.author_id)
                .where(m.Idea.workshop_id == workshop_id, m.Idea.author_id.is_not(None))
                .distinct()
            )
        )
    people: Counter[int | None] = Counter(p.group_id for p in present)
    total_people, total_ideas = len(present), sum(ideas.values())
    total_ballots = sum(ballots.values())
    rows = [(g.id, g.name, g.colour) for g in groups]
    if people[None] or ideas[None] or ballots[None]:
        rows.append((None, no_group, None))
    figures = tuple(
        GroupVoice(
            group_id=gid,
            name=name,
            colour=colour,
            people=people[gid],
            ideas=ideas[gid],
            ballots=ballots[gid],
            people_share=_share(people[gid], total_people),
            idea_share=_share(ideas[gid], total_ideas),
            ballot_share=_share(ballots[gid], total_ballots),
        )
        for gid, name, colour in rows
    )
    unheard = tuple(Unheard(p.id, p.name, p.group_id) for p in present if p.id not in authors)
    return VoiceFigures(figures, total_people, total_ideas, total_ballots, unheard)
