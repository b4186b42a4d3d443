"""What the phone ballot's tests share: the test token and an open round's helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod_desktop.db.engine import Database
from coprod_desktop.services import voting
from coprod_desktop.services.records import RoundRecord

TOKEN = "t0k3n-of-the-test-ballot-0123456789"


@dataclass
class OpenRound:
    """An open ballot round: 3 dots each, at most 2 on one idea."""

    db: Database
    round: RoundRecord
    voters: list[int]
    ideas: list[int]
    casts: list[int] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.round.id

    def voted(self) -> set[int]:
        return {v.participant_id for v in voting.voter_status(self.db, self.id) if v.has_voted}

    def ballots(self) -> list[dict[int, int]]:
        with self.db.transaction() as session:
            from coprod_desktop.db import models as m

            data = voting.round_data(session, session.get(m.VotingRound, self.id))
        return sorted((b.dots for b in data.ballots), key=lambda d: sorted(d.items()))


def open_round(db: Database, workshop_id: int, voters: list[int], ideas: list[int]) -> OpenRound:
    draft = voting.create_round(
        db,
        workshop_id,
        "Which should we do first?",
        dots_per_voter=3,
        max_dots_per_item=2,
        items=ideas,
        electors=voters,
    )
    return OpenRound(db, voting.open_round(db, draft.id), voters, ideas)
