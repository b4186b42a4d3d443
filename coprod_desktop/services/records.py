"""Plain frozen records that services return: the UI and exporters never see ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class WorkshopRecord:
    id: int
    title: str
    purpose: str
    date: date | None
    venue: str
    facilitator: str
    organisation: str
    language: str
    created_at: datetime
    follow_up_of_id: int | None = None
    uid: str | None = None  # a stable identity, kept by export, import and publish


@dataclass(frozen=True)
class WorkshopSummary:
    """A line of the library list."""

    id: int
    title: str
    date: date | None
    venue: str
    participants: int
    ideas: int
    themes: int
    actions: int
    rounds: int


@dataclass(frozen=True)
class GroupRecord:
    id: int
    workshop_id: int
    name: str
    colour: str
    position: int


@dataclass(frozen=True)
class ParticipantRecord:
    id: int
    workshop_id: int
    name: str
    group_id: int | None
    named_in_minutes: bool
    attended: bool
    position: int


@dataclass(frozen=True)
class StageRecord:
    id: int
    workshop_id: int
    title: str
    prompt: str
    planned_minutes: int | None
    started_at: datetime | None
    ended_at: datetime | None
    position: int


@dataclass(frozen=True)
class ThemeRecord:
    id: int
    workshop_id: int
    name: str
    colour: str
    position: int
    x: float | None = None
    y: float | None = None
    width: float | None = None
    height: float | None = None


@dataclass(frozen=True)
class IdeaRecord:
    id: int
    workshop_id: int
    text: str
    author_id: int | None
    group_id: int | None
    theme_id: int | None
    stage_id: int | None
    colour: str
    x: float
    y: float
    created_at: datetime
    table_name: str | None = None  # the breakout table, in a merged workshop


@dataclass(frozen=True)
class RoundRecord:
    id: int
    workshop_id: int
    question: str
    target: str  # "ideas" | "themes"
    method: str  # "ballot" | "tally"
    dots_per_voter: int
    max_dots_per_item: int
    secret: bool
    status: str  # "draft" | "open" | "closed"
    runoff_of_id: int | None
    position: int
    items: tuple[int, ...] = ()  # idea or theme ids the round asks about
    electors: tuple[int, ...] = ()  # participant ids who may vote (ballot rounds)
    table_name: str | None = None  # the breakout table, in a merged workshop


@dataclass(frozen=True)
class BallotRecord:
    """A cast ballot as exports see it; ``voter_id`` only ever set in a named round."""

    group_id: int | None
    dots: dict[int, int]
    voter_id: int | None = None


@dataclass(frozen=True)
class ActionRecord:
    id: int
    workshop_id: int
    title: str
    owner_id: int | None
    owner_name: str | None
    due: date | None
    status: str
    notes: str
    position: int
    created_at: datetime
    idea_ids: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    carried_from_id: int | None = None


@dataclass(frozen=True)
class NoteRecord:
    id: int
    workshop_id: int
    stage_id: int | None
    text: str
    created_at: datetime


@dataclass(frozen=True)
class VoterStatus:
    """Who may vote in a round and whether they have (never what they chose)."""

    participant_id: int
    name: str
    group_id: int | None
    has_voted: bool


@dataclass(frozen=True)
class ItemResult:
    item_id: int
    label: str
    dots: int
    rank: int  # 1 = top; tied items share a rank
    tied: bool
    by_group: dict[int | None, int] = field(default_factory=dict)


@dataclass(frozen=True)
class GroupTurnout:
    group_id: int | None
    name: str
    electors: int
    voted: int


@dataclass(frozen=True)
class RoundResults:
    round: RoundRecord
    items: tuple[ItemResult, ...]  # ranked, highest first
    ballots: int
    electors: int
    total_dots: int
    turnout_by_group: tuple[GroupTurnout, ...]
    # Per group (of ballots cast): the item ids that group put first (ties included).
    group_top: dict[int | None, tuple[int, ...]]
    top_tied: bool
    # The groups whose figures may be shown, as ``ItemResult.by_group`` and ``group_top``
    # are keyed: each group kept apart, then (``group_id`` None) the smaller groups
    # combined with people of no group; ``voted`` counts the ballots in each.
    breakdown: tuple[GroupTurnout, ...] = ()
    # Groups of a secret round whose ballots were counted together because a group of
    # fewer than 3 would show someone's vote (empty: nothing was combined).
    combined_groups: tuple[int, ...] = ()

    @property
    def groups_combined(self) -> bool:
        """Whether the breakdown's group ``None`` is "smaller groups combined" (rather
        than only people with no group), and so whether to say why."""
        return bool(self.combined_groups)

    @property
    def compared(self) -> bool:
        """Whether there are two groups or more to compare (one would repeat the totals)."""
        return len(self.breakdown) > 1

    @property
    def turnout(self) -> float:
        return self.ballots / self.electors if self.electors else 0.0


@dataclass(frozen=True)
class RoundData:
    """A round with everything cast in it, for exports."""

    round: RoundRecord
    voters: tuple[int, ...]  # the register, participant ids in id order
    ballots: tuple[BallotRecord, ...]
    tallies: dict[int, int]


@dataclass(frozen=True)
class WorkshopData:
    """A whole workshop, read in one transaction: what exports and the minutes work from."""

    workshop: WorkshopRecord
    groups: tuple[GroupRecord, ...]
    participants: tuple[ParticipantRecord, ...]
    stages: tuple[StageRecord, ...]
    themes: tuple[ThemeRecord, ...]
    ideas: tuple[IdeaRecord, ...]
    rounds: tuple[RoundData, ...]
    actions: tuple[ActionRecord, ...]
    notes: tuple[NoteRecord, ...]
    # For a follow-up: the earlier workshop and its actions as they were agreed there.
    reviewed_actions: tuple[ActionRecord, ...] = ()
    follow_up_of: WorkshopRecord | None = None
