"""Every action of every workshop in a library, to follow them up across a service ("you
said, we did"): who does what by when, which are overdue, and what each one answers.

Read in two queries whatever the number of workshops (the actions with their workshop
and owner, then every link with its idea's or theme's words), so the organisation's
archive of hundreds of workshops lists in well under a second. The owner is shown as the
minutes and the CSV show them: a participant by name only with their consent; nothing of
an unnamed participant's name is read into the records, because the archive is read more
widely than the laptop.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db import models as m
from ..db.engine import Database
from .errors import QT_TRANSLATE_NOOP, InvalidInput
from .owners import A_PARTICIPANT, A_PARTICIPANT_OF, shown_person
from .workshops import OPEN_ACTION_STATUSES as OPEN_STATUSES

# Not a stored status: any that still needs doing (proposed, agreed or in progress).
OPEN = "open"
STATUS_CHOICES = (OPEN, *m.ACTION_STATUSES)
# Overdue first, then by due date (none last), then the workshop's date and order.
SortKey = tuple[bool, bool, date, date, int, int, int]


@dataclass(frozen=True)
class TrackedAction:
    """One action as the register lists it, with its workshop and what it answers."""

    id: int
    title: str
    status: str
    due: date | None
    # Due before the day the list was read and still to do (proposed, agreed or in
    # progress): a dropped action is not late, it was let go.
    overdue: bool
    notes: str
    # The owner's name as it may be shown: a participant who agreed to be named, or a
    # free-text owner ("Housing team"); "" for a participant not named, or no owner.
    owner_name: str
    owner_group: str  # the participant owner's group ("" for a free-text owner)
    owner_unnamed: bool  # a participant who has not agreed to be named
    workshop_id: int
    workshop_title: str
    workshop_date: date | None
    organisation: str
    ideas: tuple[str, ...] = ()  # the words of the ideas it answers, in capture order
    themes: tuple[str, ...] = ()  # the names of the themes it answers, in board order

    def owner_shown(self, unnamed: str = A_PARTICIPANT, unnamed_of: str = A_PARTICIPANT_OF) -> str:
        """The owner as the minutes show them (``unnamed``/``unnamed_of``: those words in
        the reader's language)."""
        if self.owner_unnamed:
            return shown_person("", False, self.owner_group, unnamed=unnamed, unnamed_of=unnamed_of)
        return self.owner_name

    @property
    def owner(self) -> str:
        """The owner as the English minutes and CSV show them."""
        return self.owner_shown()


@dataclass(frozen=True)
class ActionFilter:
    """Which actions to list; the defaults list them all."""

    status: str | None = None  # one of STATUS_CHOICES ("open": any still to do)
    owner: str = ""  # words found in the owner as shown, in any case
    organisation: str | None = None  # the workshop's organisation, exactly ("" for none)
    due_before: date | None = None  # due on a day before this one
    due_after: date | None = None  # due on a day after this one
    overdue_only: bool = False

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in STATUS_CHOICES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "services", "There is no action status “{status}”; use one of {choices}."
                ),
                status=self.status,
                choices=", ".join(STATUS_CHOICES),
            )

    def matches(self, action: TrackedAction) -> bool:
        if self.status == OPEN:
            if action.status not in OPEN_STATUSES:
                return False
        elif self.status is not None and action.status != self.status:
            return False
        if self.owner and self.owner.casefold() not in action.owner.casefold():
            return False
        if self.organisation is not None and action.organisation != self.organisation:
            return False
        if self.due_before is not None and (action.due is None or action.due >= self.due_before):
            return False
        if self.due_after is not None and (action.due is None or action.due <= self.due_after):
            return False
        return not (self.overdue_only and not action.overdue)


def this_day() -> date:
    """The computer's date: what is overdue is decided against it (tests set another)."""
    return date.today()


def list_actions(
    db: Database, filters: ActionFilter | None = None, *, today: date | None = None
) -> list[TrackedAction]:
    """Every action of every workshop that ``filters`` lets through: overdue ones first,
    then by due date (those with none last), then by workshop and the workshop's order.
    ``today`` decides what is overdue (the computer's date unless given)."""
    today = today or this_day()
    owner = m.Participant.__table__.alias("owner")
    group = m.Group.__table__.alias("owner_group")
    a, w = m.Action.__table__, m.Workshop.__table__
    columns = (
        a.c.id, a.c.title, a.c.status, a.c.due, a.c.notes, a.c.owner_id, a.c.owner_name,
        a.c.position, w.c.id, w.c.title, w.c.date, w.c.organisation,
        owner.c.name, owner.c.named_in_minutes, group.c.name,
    )  # fmt: skip
    actions_query = (
        select(*columns)
        .join(w, w.c.id == a.c.workshop_id)
        .outerjoin(owner, owner.c.id == a.c.owner_id)
        .outerjoin(group, group.c.id == owner.c.group_id)
    )
    link, idea, theme = (
        m.ActionLink.__table__,
        m.Idea.__table__,
        m.Theme.__table__,
    )
    links_query = (
        select(link.c.action_id, idea.c.text, theme.c.name)
        .outerjoin(idea, idea.c.id == link.c.idea_id)
        .outerjoin(theme, theme.c.id == link.c.theme_id)
        .order_by(link.c.action_id, idea.c.id, theme.c.position, theme.c.id)
    )
    with db.transaction() as session:
        rows = session.execute(actions_query).all()
        link_rows = session.execute(links_query).all()
    ideas: dict[int, list[str]] = defaultdict(list)
    themes: dict[int, list[str]] = defaultdict(list)
    for action_id, idea_text, theme_name in link_rows:
        if idea_text is not None:
            ideas[action_id].append(idea_text)
        elif theme_name is not None:
            themes[action_id].append(theme_name)
    listed: list[tuple[SortKey, TrackedAction]] = []
    for row in rows:
        (action_id, title, status, due, notes, owner_id, owner_name, position,
         workshop_id, workshop_title, workshop_date, organisation,
         person, named, group_name) = row  # fmt: skip
        participant = owner_id is not None and person is not None
        unnamed = participant and not named
        tracked = TrackedAction(
            id=action_id,
            title=title,
            status=status,
            due=due,
            overdue=due is not None and due < today and status in OPEN_STATUSES,
            notes=notes or "",
            owner_name="" if unnamed else (person if participant else owner_name or ""),
            owner_group=(group_name or "") if participant else "",
            owner_unnamed=unnamed,
            workshop_id=workshop_id,
            workshop_title=workshop_title,
            workshop_date=workshop_date,
            organisation=organisation or "",
            ideas=tuple(ideas.get(action_id, ())),
            themes=tuple(themes.get(action_id, ())),
        )
        if filters is not None and not filters.matches(tracked):
            continue
        key = (
            not tracked.overdue,
            due is None,
            due or date.max,
            workshop_date or date.max,
            workshop_id,
            position,
            action_id,
        )
        listed.append((key, tracked))
    listed.sort(key=lambda pair: pair[0])
    return [tracked for _key, tracked in listed]


def owners_and_organisations(actions: list[TrackedAction]) -> tuple[list[str], list[str]]:
    """The owners (as shown) and organisations found in ``actions``, each once, sorted
    without regard to case: the choices of the register's filters."""
    owners = {a.owner for a in actions if a.owner}
    organisations = {a.organisation for a in actions if a.organisation}
    return sorted(owners, key=str.casefold), sorted(organisations, key=str.casefold)
