"""Writing a checked workshop document as a new workshop, in one transaction."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import delete, select

from ..db import models as m
from ..db.engine import Database
from ..services import layout
from ..services.records import WorkshopRecord
from ..services.small_groups import pool_file_ballots
from ._json_check import Checked

_shuffle = random.SystemRandom().shuffle


class _Row(Protocol):
    """A model with an integer id (known once flushed)."""

    @property
    def id(self) -> int: ...


def write_checked(db: Database, checked: Checked, *, replace: bool = False) -> WorkshopRecord:
    """Add a checked document as a new workshop: all of it, in one transaction.

    The file's ``uid`` is kept unless the library holds a workshop with it already: then
    the new workshop is a copy with a uid of its own, or with ``replace`` (publishing
    again) that workshop's contents are replaced, keeping its id, in the same transaction.
    """
    from ..services._common import now, workshop_record

    lists = checked.lists
    stamp = now()
    fields = dict(checked.workshop)
    with db.transaction() as session:
        old_id = None
        if fields.get("uid"):
            old_id = session.scalar(select(m.Workshop.id).where(m.Workshop.uid == fields["uid"]))
        if old_id is not None and not replace:
            fields["uid"] = None
        if fields.get("uid") is None:
            fields.pop("uid")  # the model's default: a new random one
        if old_id is not None and replace:
            session.execute(delete(m.Workshop).where(m.Workshop.id == old_id))
            session.flush()
            fields["id"] = old_id
        workshop = m.Workshop(created_at=stamp, **fields)
        session.add(workshop)
        session.flush()
        wid = workshop.id
        key: dict[tuple[str, str], int] = {}

        def add_all(kind: str, objects: Sequence[tuple[str, _Row]]) -> None:
            session.add_all([row for _, row in objects])
            session.flush()
            for file_id, row in objects:
                key[(kind, file_id)] = row.id

        def ref(kind: str, file_id: str | None) -> int | None:
            return None if file_id is None else key[(kind, file_id)]

        add_all(
            "g",
            [
                (g["id"], m.Group(workshop_id=wid, name=g["name"], colour=g["colour"], position=n))
                for n, g in enumerate(lists["groups"])
            ],
        )
        add_all(
            "p",
            [
                (
                    p["id"],
                    m.Participant(
                        workshop_id=wid,
                        name=p["name"],
                        group_id=ref("g", p["group"]),
                        named_in_minutes=p["named_in_minutes"],
                        attended=p["attended"],
                        position=n,
                    ),
                )
                for n, p in enumerate(lists["participants"])
            ],
        )
        add_all(
            "s",
            [
                (
                    s["id"],
                    m.Stage(
                        workshop_id=wid,
                        title=s["title"],
                        prompt=s["prompt"],
                        planned_minutes=s["planned_minutes"],
                        started_at=s["started_at"],
                        ended_at=s["ended_at"],
                        position=n,
                    ),
                )
                for n, s in enumerate(lists["stages"])
            ],
        )
        themes = [
            (t["id"], m.Theme(workshop_id=wid, name=t["name"], colour=t["colour"], position=n))
            for n, t in enumerate(lists["themes"])
        ]
        add_all("t", themes)
        ideas = [
            (
                i["id"],
                m.Idea(
                    workshop_id=wid,
                    text=i["text"],
                    author_id=ref("p", i["author"]),
                    group_id=ref("g", i["group"]),
                    theme_id=ref("t", i["theme"]),
                    stage_id=ref("s", i["stage"]),
                    colour=i["colour"],
                    x=0.0,
                    y=0.0,
                    created_at=i["created_at"] or stamp,
                    table_name=i["table"],
                ),
            )
            for i in lists["ideas"]
        ]
        add_all("i", ideas)
        _lay_out(lists, themes, ideas)
        attended = [p["id"] for p in lists["participants"] if p["attended"]]
        group_of = {p["id"]: p["group"] for p in lists["participants"]}
        groups = [g["id"] for g in lists["groups"]]
        for n, rd in enumerate(lists["rounds"]):
            _write_round(session, wid, n, rd, key, ref, attended, group_of, groups)
        for rd in lists["rounds"]:
            if rd["runoff_of"]:
                row = session.get(m.VotingRound, key[("r", rd["id"])])
                assert row is not None
                row.runoff_of_id = key[("r", rd["runoff_of"])]
        for n, a in enumerate(lists["actions"]):
            action = m.Action(
                workshop_id=wid,
                title=a["title"],
                owner_id=ref("p", a["owner"]),
                owner_name=None if a["owner"] else a["owner_name"],
                due=a["due"],
                status=a["status"],
                notes=a["notes"],
                position=n,
                created_at=stamp,
            )
            session.add(action)
            session.flush()
            for link in a["links"]:
                if ("i", link) in key:
                    session.add(m.ActionLink(action_id=action.id, idea_id=key[("i", link)]))
                else:
                    session.add(m.ActionLink(action_id=action.id, theme_id=key[("t", link)]))
        session.add_all(
            [
                m.Note(
                    workshop_id=wid,
                    stage_id=ref("s", note["stage"]),
                    text=note["text"],
                    created_at=note["created_at"] or stamp,
                )
                for note in lists["notes"]
            ]
        )
        session.flush()
        return workshop_record(workshop)


def _lay_out(
    lists: dict[str, list[dict[str, Any]]],
    themes: list[tuple[str, m.Theme]],
    ideas: list[tuple[str, m.Idea]],
) -> None:
    """Keep the file's board layout when it has one; otherwise arrange notes by theme."""
    positions = [i["position"] for i in lists["ideas"]]
    usable = all(p is not None for p in positions) and len(set(positions)) == len(positions)
    if usable and all(t["area"] for t in lists["themes"]):
        for (_, row), data in zip(themes, lists["themes"], strict=True):
            row.x, row.y, row.width, row.height = data["area"]
        for (_, idea), data in zip(ideas, lists["ideas"], strict=True):
            idea.x, idea.y = data["position"]
        return
    areas, spots = layout.arrange(
        [row.id for _, row in themes], [(row.id, row.theme_id) for _, row in ideas]
    )
    for _, row in themes:
        a = areas[row.id]
        row.x, row.y, row.width, row.height = a.x, a.y, a.width, a.height
    for _, idea in ideas:
        idea.x, idea.y = spots[idea.id]


def _write_round(
    session: Any,
    wid: int,
    n: int,
    rd: dict[str, Any],
    key: dict[tuple[str, str], int],
    ref: Any,
    attended: list[str],
    group_of: dict[str, str | None],
    groups: list[str],
) -> None:
    """One round. Its register and ballots are written in a random order, so the order
    of a file (the order people voted, perhaps) never reaches the library's pages, and a
    secret ballot of a group too small to show apart is stored without it, as when cast
    and closed here (``services.small_groups``)."""
    kind = "i" if rd["target"] == "ideas" else "t"
    column = "idea_id" if rd["target"] == "ideas" else "theme_id"
    row = m.VotingRound(
        workshop_id=wid,
        question=rd["question"],
        target=rd["target"],
        method=rd["method"],
        dots_per_voter=rd["dots_per_voter"],
        max_dots_per_item=rd["max_dots_per_item"],
        secret=rd["secret"],
        status=rd["status"],
        position=n,
        table_name=rd["table"],
    )
    session.add(row)
    session.flush()
    key[("r", rd["id"])] = row.id
    items = rd["items"]
    if items is None and rd["status"] != "draft":
        items = [file_id for (k, file_id) in key if k == kind]
    for file_id in items or []:
        session.add(m.RoundItem(round_id=row.id, **{column: key[(kind, file_id)]}))
    electors = rd["electors"]
    if electors is None and rd["method"] == "ballot" and rd["status"] != "draft":
        electors = list(dict.fromkeys([*attended, *rd["voters"]]))
    for file_id in electors or []:
        session.add(m.RoundElector(round_id=row.id, participant_id=key[("p", file_id)]))
    voters = list(rd["voters"])
    _shuffle(voters)
    for file_id in voters:
        session.add(m.RoundVoter(round_id=row.id, participant_id=key[("p", file_id)]))
    ballots = list(rd["ballots"])
    _shuffle(ballots)
    pooled = pool_file_ballots(
        rd["secret"], groups, electors or [], group_of, [b["group"] for b in ballots]
    )
    for ballot, group in zip(ballots, pooled, strict=True):
        b = m.Ballot(id=m.random_id(), round_id=row.id, group_id=ref("g", group))
        session.add(b)
        for file_id, count in ballot["dots"].items():
            session.add(
                m.BallotDot(
                    id=m.random_id(), ballot_id=b.id, dots=count, **{column: key[(kind, file_id)]}
                )
            )
        if ballot["voter"] and not rd["secret"]:
            session.add(m.NamedBallot(ballot_id=b.id, participant_id=key[("p", ballot["voter"])]))
    for file_id, count in rd["tallies"].items():
        session.add(m.Tally(round_id=row.id, count=count, **{column: key[(kind, file_id)]}))
    session.flush()
