"""What the minutes and the CSV work out from a ``WorkshopData``, without a database.

Results are computed here from the ballots and tallies the data holds, exactly as
``services.voting.round_results`` computes them from the tables (a test keeps the two
equal), so an export never needs a second read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from ...services import records as r

OPEN_STATUSES = ("proposed", "agreed", "in_progress")


def round_results(data: r.WorkshopData, rd: r.RoundData) -> r.RoundResults:
    """Ranked results of one round, ties marked, with the group breakdown and turnout."""
    v = rd.round
    if v.target == "ideas":
        labels = {i.id: i.text for i in data.ideas}
    else:
        labels = {t.id: t.name for t in data.themes}
    if v.method == "tally":
        totals: dict[int, int] = dict(rd.tallies)
    else:
        totals = defaultdict(int)
    by_group: dict[int, Counter[int | None]] = defaultdict(Counter)
    ballots_by_group: Counter[int | None] = Counter()
    if v.method == "ballot":
        for ballot in rd.ballots:
            ballots_by_group[ballot.group_id] += 1
            for item, dots in ballot.dots.items():
                totals[item] += dots
                by_group[item][ballot.group_id] += dots
    counts = {item: totals.get(item, 0) for item in v.items if item in labels}
    frequency = Counter(counts.values())
    order = {item: n for n, item in enumerate(v.items)}
    ranked = sorted(counts, key=lambda item: (-counts[item], order[item]))
    rank_of: dict[int, int] = {}  # dots -> 1 + how many items got more
    for n, item in enumerate(ranked, start=1):
        rank_of.setdefault(counts[item], n)
    items = tuple(
        r.ItemResult(
            item_id=item,
            label=labels[item],
            dots=counts[item],
            rank=rank_of[counts[item]],
            tied=frequency[counts[item]] > 1,
            by_group={g: n for g, n in by_group.get(item, {}).items() if n},
        )
        for item in ranked
    )
    group_top: dict[int | None, tuple[int, ...]] = {}
    for group_id in ballots_by_group:
        scores = {i.item_id: i.by_group.get(group_id, 0) for i in items}
        best = max(scores.values(), default=0)
        if best > 0:
            group_top[group_id] = tuple(item for item, s in scores.items() if s == best)
    group_of = {p.id: p.group_id for p in data.participants}
    names = {g.id: g.name for g in data.groups}
    voted = set(rd.voters)
    electors_by_group: Counter[int | None] = Counter()
    voted_by_group: Counter[int | None] = Counter()
    electors = [p for p in v.electors if p in group_of]
    for person in electors:
        electors_by_group[group_of[person]] += 1
        if person in voted:
            voted_by_group[group_of[person]] += 1
    turnout = tuple(
        r.GroupTurnout(
            gid,
            names.get(gid, "No group") if gid else "No group",
            electors_by_group[gid],
            voted_by_group[gid],
        )
        for gid in sorted(electors_by_group, key=lambda g: (g is None, g or 0))
    )
    top = items[0].dots if items else 0
    return r.RoundResults(
        round=v,
        items=items,
        ballots=len(rd.ballots),
        electors=len(electors),
        total_dots=sum(counts.values()),
        turnout_by_group=turnout,
        group_top=group_top,
        top_tied=bool(items) and top > 0 and frequency[top] > 1,
    )


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

    def may_name(self, person_id: int | None) -> bool:
        person = self.people.get(person_id) if person_id is not None else None
        return bool(person and person.named_in_minutes)

    def attended(self) -> list[r.ParticipantRecord]:
        return [p for p in self.data.participants if p.attended]
