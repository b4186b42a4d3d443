"""Typed SQLAlchemy models for one workshop library.

The secret ballot is kept as in a polling station: ``round_voters`` (the register) and
``ballots`` live apart with no column, timestamp or row order linking them. Ballots and
their dots sit in ``WITHOUT ROWID`` tables keyed by random ids, so the order rows are
stored in says nothing about the order ballots were cast (on PostgreSQL, where the
``sqlite_*`` options mean nothing, random ids and ``services.ballot_box`` do that; each
partial index carries its condition for both dialects).
"""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, date, datetime
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

LANGUAGES = ("en", "cy")
TARGETS = ("ideas", "themes")
METHODS = ("ballot", "tally")
ROUND_STATUSES = ("draft", "open", "closed")
ACTION_STATUSES = ("proposed", "agreed", "in_progress", "done", "dropped")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out (SQLite itself keeps no offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to UTCDateTime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def random_id() -> str:
    """An unguessable key whose order carries no information (for ballots and their dots)."""
    return secrets.token_hex(16)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Every model here maps one Table (SQLAlchemy types __table__ as any FromClause).
    __table__: ClassVar[Table]


class Workshop(Base):
    __tablename__ = "workshops"
    __table_args__ = (
        CheckConstraint(_in("language", LANGUAGES), name="language"),
        Index("uq_workshops_uid", "uid", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[date | None] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="en")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    follow_up_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshops.id", ondelete="SET NULL")
    )
    # A random identity kept by export and import: publishing again updates the archive's
    # copy (migration 0005).
    uid: Mapped[str | None] = mapped_column(String(64), default=lambda: uuid.uuid4().hex)


class Group(Base):
    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("workshop_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Participant(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    named_in_minutes: Mapped[bool] = mapped_column(Boolean, default=False)
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Stage(Base):
    __tablename__ = "stages"
    __table_args__ = (
        CheckConstraint("planned_minutes IS NULL OR planned_minutes >= 0", name="planned"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    prompt: Mapped[str] = mapped_column(Text, default="")
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    position: Mapped[int] = mapped_column(Integer, default=0)


class Theme(Base):
    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The theme's area on the board; NULL until the board lays it out.
    x: Mapped[float | None] = mapped_column(Float)
    y: Mapped[float | None] = mapped_column(Float)
    width: Mapped[float | None] = mapped_column(Float)
    height: Mapped[float | None] = mapped_column(Float)


class Idea(Base):
    __tablename__ = "ideas"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), index=True
    )
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="SET NULL"))
    colour: Mapped[str] = mapped_column(String(7))
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The breakout table the idea came from, in a workshop merged from tables' files.
    table_name: Mapped[str | None] = mapped_column(Text)


class VotingRound(Base):
    __tablename__ = "rounds"
    __table_args__ = (
        CheckConstraint(_in("target", TARGETS), name="target"),
        CheckConstraint(_in("method", METHODS), name="method"),
        CheckConstraint(_in("status", ROUND_STATUSES), name="status"),
        CheckConstraint("dots_per_voter >= 1", name="dots_per_voter"),
        CheckConstraint(
            "max_dots_per_item >= 1 AND max_dots_per_item <= dots_per_voter",
            name="max_dots_per_item",
        ),
        CheckConstraint("dots_per_voter <= 100", name="dots_per_voter_max"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(10))
    method: Mapped[str] = mapped_column(String(10))
    dots_per_voter: Mapped[int] = mapped_column(Integer)
    max_dots_per_item: Mapped[int] = mapped_column(Integer)
    secret: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    runoff_of_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The breakout table the round was held at, in a workshop merged from tables' files.
    table_name: Mapped[str | None] = mapped_column(Text)


class RoundItem(Base):
    """The ideas or themes a round asks about (fixed when it opens)."""

    __tablename__ = "round_items"
    __table_args__ = (
        CheckConstraint("(idea_id IS NULL) <> (theme_id IS NULL)", name="one_item"),
        Index(
            "uq_round_items_idea_id",
            "round_id",
            "idea_id",
            unique=True,
            sqlite_where=text("idea_id IS NOT NULL"),
            postgresql_where=text("idea_id IS NOT NULL"),
        ),
        Index(
            "uq_round_items_theme_id",
            "round_id",
            "theme_id",
            unique=True,
            sqlite_where=text("theme_id IS NOT NULL"),
            postgresql_where=text("theme_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"))


class RoundElector(Base):
    """Who may vote in a ballot round (fixed when it opens)."""

    __tablename__ = "round_electors"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )


class RoundVoter(Base):
    """The register: who has voted. No time, no order, no link to a ballot."""

    __tablename__ = "round_voters"
    __table_args__ = {"sqlite_with_rowid": False}

    round_id: Mapped[int] = mapped_column(
        ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )


class Ballot(Base):
    """One cast ballot: its round and the voter's group, nothing that names the voter."""

    __tablename__ = "ballots"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=random_id)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))


class NamedBallot(Base):
    """For rounds that are not secret only: whose ballot this is."""

    __tablename__ = "named_ballots"

    ballot_id: Mapped[str] = mapped_column(
        ForeignKey("ballots.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )


class BallotDot(Base):
    __tablename__ = "ballot_dots"
    __table_args__ = (
        CheckConstraint("dots > 0", name="dots"),
        CheckConstraint("(idea_id IS NULL) <> (theme_id IS NULL)", name="one_item"),
        Index(
            "uq_ballot_dots_idea_id",
            "ballot_id",
            "idea_id",
            unique=True,
            sqlite_where=text("idea_id IS NOT NULL"),
            postgresql_where=text("idea_id IS NOT NULL"),
        ),
        Index(
            "uq_ballot_dots_theme_id",
            "ballot_id",
            "theme_id",
            unique=True,
            sqlite_where=text("theme_id IS NOT NULL"),
            postgresql_where=text("theme_id IS NOT NULL"),
        ),
        {"sqlite_with_rowid": False},
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=random_id)
    ballot_id: Mapped[str] = mapped_column(ForeignKey("ballots.id", ondelete="CASCADE"), index=True)
    idea_id: Mapped[int | None] = mapped_column(
        ForeignKey("ideas.id", ondelete="CASCADE"), index=True
    )
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), index=True
    )
    dots: Mapped[int] = mapped_column(Integer)


class Tally(Base):
    __tablename__ = "tallies"
    __table_args__ = (
        CheckConstraint("count >= 0", name="count"),
        CheckConstraint("count <= 100000", name="count_max"),
        CheckConstraint("(idea_id IS NULL) <> (theme_id IS NULL)", name="one_item"),
        Index(
            "uq_tallies_idea_id",
            "round_id",
            "idea_id",
            unique=True,
            sqlite_where=text("idea_id IS NOT NULL"),
            postgresql_where=text("idea_id IS NOT NULL"),
        ),
        Index(
            "uq_tallies_theme_id",
            "round_id",
            "theme_id",
            unique=True,
            sqlite_where=text("theme_id IS NOT NULL"),
            postgresql_where=text("theme_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"))
    count: Mapped[int] = mapped_column(Integer)


class Action(Base):
    __tablename__ = "actions"
    __table_args__ = (CheckConstraint(_in("status", ACTION_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    owner_name: Mapped[str | None] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="proposed")
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # In a follow-up workshop: the action of the earlier workshop this one reviews.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("actions.id", ondelete="SET NULL")
    )


class ActionLink(Base):
    __tablename__ = "action_links"
    __table_args__ = (
        CheckConstraint("(idea_id IS NULL) <> (theme_id IS NULL)", name="one_item"),
        Index(
            "uq_action_links_idea_id",
            "action_id",
            "idea_id",
            unique=True,
            sqlite_where=text("idea_id IS NOT NULL"),
            postgresql_where=text("idea_id IS NOT NULL"),
        ),
        Index(
            "uq_action_links_theme_id",
            "action_id",
            "theme_id",
            unique=True,
            sqlite_where=text("theme_id IS NOT NULL"),
            postgresql_where=text("theme_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"))


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


# Row ids are never reused, so an undone delete can put a row back under its old id.
for _table in Base.metadata.tables.values():
    if [c.name for c in _table.primary_key.columns] == ["id"] and isinstance(
        _table.c.id.type, Integer
    ):
        _table.dialect_kwargs["sqlite_autoincrement"] = True
