"""What the minutes and the CSV work out from a ``WorkshopData``, without a database.

Results come from the ballots and tallies the data holds, through the same
``services.results.compute_results`` the voting service uses, so an export never needs a
second read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeGuard

from ...services import records as r
from ...services.results import compute_results

OPEN_STATUSES = ("proposed", "agreed", "in_progress")


def round_results(data: r.WorkshopData, rd: r.RoundData) -> r.RoundResults:
    """Ranked results of one round, ties marked, with the group breakdown and turnout."""
    if rd.round.target == "ideas":
        labels = {i.id: i.text for i in data.ideas}
    else:
        labels = {t.id: t.name for t in data.themes}
    group_of = {p.id: p.group_id for p in data.participants}
    names = {g.id: g.name for g in data.groups}
    return compute_results(rd, labels, group_of, names)


@dataclass
class Facts:
    """Lookups over one workshop that every section of the minutes shares."""

    data: r.WorkshopData
    groups: dict[int, r.GroupRecord] = field(init=False)
    people: dict[int, r.ParticipantRecord] = field(init=False)
    themes: dict[int, r.ThemeRecord] = field(init=False)
    ideas: dict[int, r.IdeaRecord] = field(init=False)
    stages: dict[int, r.StageRecord] = field(init=False)
    idea_no: dict[int, int] = field(init=False)
    round_no: dict[int, int] = field(init=False)

    def __post_init__(self) -> None:
        d = self.data
        self.groups = {g.id: g for g in d.groups}
        self.people = {p.id: p for p in d.participants}
        self.themes = {t.id: t for t in d.themes}
        self.ideas = {i.id: i for i in d.ideas}
        self.stages = {s.id: s for s in d.stages}
        # Ideas are numbered in the order they were captured; the minutes refer to them so.
        self.idea_no = {i.id: n for n, i in enumerate(d.ideas, start=1)}
        self.round_no = {rd.round.id: n for n, rd in enumerate(d.rounds, start=1)}

    @cached_property
    def results(self) -> dict[int, r.RoundResults]:
        """Results of every closed round, by round id."""
        return {
            rd.round.id: round_results(self.data, rd)
            for rd in self.data.rounds
            if rd.round.status == "closed"
        }

    @cached_property
    def tables(self) -> list[str]:
        """The breakout tables a merged workshop was made from, in the order of their
        ideas, then of their votes; none for a workshop held as one room."""
        names = [i.table_name for i in self.data.ideas]
        names += [rd.round.table_name for rd in self.data.rounds]
        return list(dict.fromkeys(name for name in names if name))

    @cached_property
    def runoffs(self) -> dict[int, list[int]]:
        """Round id -> ids of the run-off rounds that followed it."""
        out: dict[int, list[int]] = defaultdict(list)
        for rd in self.data.rounds:
            if rd.round.runoff_of_id is not None:
                out[rd.round.runoff_of_id].append(rd.round.id)
        return out

    @cached_property
    def idea_dots(self) -> dict[int, int]:
        """Dots per idea from the most recent closed vote on ideas that included it
        (run-offs left out: they are reported with their votes)."""
        dots: dict[int, int] = {}
        for rd in self.data.rounds:
            v = rd.round
            if v.target != "ideas" or v.runoff_of_id is not None or v.id not in self.results:
                continue
            totals = {i.item_id: i.dots for i in self.results[v.id].items}
            for item in v.items:
                if item in self.ideas:
                    dots[item] = totals.get(item, 0)
        return dots

    def group_name(self, group_id: int | None, no_group: str = "No group") -> str:
        group = self.groups.get(group_id) if group_id is not None else None
        return group.name if group else no_group

    def group_names(self) -> dict[int | None, str]:
        return {g.id: g.name for g in self.data.groups}

    def may_name(self, person_id: int | None) -> TypeGuard[int]:
        person = self.people.get(person_id) if person_id is not None else None
        return bool(person and person.named_in_minutes)

    def attended(self) -> list[r.ParticipantRecord]:
        return [p for p in self.data.participants if p.attended]
