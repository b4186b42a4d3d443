"""Results of a round worked out from what was cast: ranking with ties, the breakdown by
group and turnout. Pure: the service (reading the library) and the minutes (reading a
``WorkshopData``) both call it, so they can never disagree.

The breakdown is by the ballots' groups after the small-group rule (``small_groups``): a
secret round never shows figures for a group of fewer than 3 ballots, and the groups
counted together are named in ``combined_groups`` so every view can say why."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from . import records as r
from .small_groups import pool_round_data

COMBINED = "Smaller groups combined"
NO_GROUP = "No group"


def item_totals(rd: r.RoundData) -> dict[int, int]:
    """Dots per item of a round, every item it asked about included (0 for none): its
    tallies, or its ballots added up. The one count of a vote: results, the board's dots."""
    totals: Counter[int] = Counter(rd.tallies) if rd.round.method == "tally" else Counter()
    if rd.round.method == "ballot":
        for ballot in rd.ballots:
            totals.update(ballot.dots)
    return {item: totals.get(item, 0) for item in rd.round.items}


def compute_results(
    rd: r.RoundData,
    labels: Mapping[int, str],
    group_of: Mapping[int, int | None],
    group_names: Mapping[int, str],
) -> r.RoundResults:
    """``labels``: item id -> idea text or theme name; ``group_of``: participant id ->
    group id; ``group_names``: group id -> name."""
    rd = pool_round_data(rd)
    v = rd.round
    totals = item_totals(rd)
    by_group: dict[int, Counter[int | None]] = defaultdict(Counter)
    ballots_by_group: Counter[int | None] = Counter()
    if v.method == "ballot":
        for ballot in rd.ballots:
            ballots_by_group[ballot.group_id] += 1
            for item, dots in ballot.dots.items():
                by_group[item][ballot.group_id] += dots
    counts = {item: totals[item] for item in v.items if item in labels}
    frequency = Counter(counts.values())
    order = {item: n for n, item in enumerate(v.items)}
    ranked = sorted(counts, key=lambda item: (-counts[item], order[item]))
    rank_of: dict[int, int] = {}  # dots -> 1 + how many items got more (ties share it)
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
    voted = set(rd.voters)
    electors = [p for p in v.electors if p in group_of]
    electors_by_group: Counter[int | None] = Counter(group_of[p] for p in electors)
    voted_by_group: Counter[int | None] = Counter(group_of[p] for p in electors if p in voted)
    turnout = tuple(
        r.GroupTurnout(
            gid,
            group_names.get(gid, NO_GROUP) if gid else NO_GROUP,
            electors_by_group[gid],
            voted_by_group[gid],
        )
        for gid in sorted(electors_by_group, key=lambda g: (g is None, g or 0))
    )
    shown = [g for g in ballots_by_group if g is not None]
    combined: tuple[int, ...] = ()
    if v.method == "ballot" and v.secret:
        combined = tuple(
            sorted({g for p in voted if (g := group_of.get(p)) is not None and g not in shown})
        )
    breakdown = [
        r.GroupTurnout(g, group_names.get(g, NO_GROUP), electors_by_group[g], ballots_by_group[g])
        for g in sorted(shown)
    ]
    if ballots_by_group[None]:
        breakdown.append(
            r.GroupTurnout(
                None,
                COMBINED if combined else NO_GROUP,
                len(electors) - sum(electors_by_group[g] for g in shown),
                ballots_by_group[None],
            )
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
        breakdown=tuple(breakdown),
        combined_groups=combined,
    )
