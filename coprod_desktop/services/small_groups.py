"""Small groups in a secret ballot: a ballot keeps its group only when that group is large
enough that its figures name nobody (see DESIGN.md, "Secret ballot")."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..db import models as m


def ballot_group(session: Session, v: m.VotingRound, group_id: int | None) -> int | None:
    """The group a new ballot of round ``v`` is stored under."""
    return group_id
