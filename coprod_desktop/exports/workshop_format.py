"""The workshop file, format version 1 (DESIGN.md), described once as a typed model.

pydantic checks the shape of a file with it (every field's type and limits, all problems
at once, each with its path) and writes the published JSON Schema from it
(``docs/workshop-format-v1.schema.json``, ``tools/workshop_schema.py``). pydantic was
chosen over msgspec by measuring: both check the 2,000-idea file in a few milliseconds
(3.0 ms and 0.6 ms), but msgspec stops at the first problem, and a facilitator fixing a
file by hand wants them all.

The rules a field shares with the services (text length, control characters, colours,
name lengths, the dot caps) come from the services' own constants and checks. What
links records together (an idea's theme must exist, a ballot within its budget) is
checked over this model in ``workshop_rules``.

Beyond the fields DESIGN.md shows, an export also writes a few optional ones that a
re-import needs to give back the same workshop: theme areas on the board (``x``, ``y``,
``width``, ``height``), and for rounds the ``items`` they ask about, the ``electors``
who may vote and ``runoff_of``. Files without them import fine.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from ..db import models as m
from ..messages import QT_TRANSLATE_NOOP
from ..services.agenda import MAX_PLANNED_MINUTES
from ..services.board import MAX_THEME_NAME
from ..services.people import MAX_NAME
from ..services.validation import MAX_TEXT, control_character, is_colour
from ..services.voting import MAX_DOTS, MAX_TALLY

FORMAT = "coprod-workshop"
VERSION = 1
UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_NUMBER = 1e9  # a board position or size; far beyond any real board
# A moment must stay a moment in every time zone (offsets are under a day), or showing it
# in the reader's local time would overflow the calendar.
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, 23, 59, 59, tzinfo=UTC)

# The problem a custom check reports: its template (marked for translation) and fields.
PROBLEM = "import"


def problem(template: str, **fields: Any) -> PydanticCustomError:
    """A problem in the words of the "import" messages; ``workshop_check`` turns it into
    an ImportMessage with its path."""
    return PydanticCustomError(PROBLEM, template, {"template": template, **fields})


# Field types: each a check (the library calls it with the value as parsed) and the JSON
# Schema it publishes. None is "left out", as DESIGN.md says of optional fields.


def _text(
    value: Any, *, required: bool = False, one_line: bool = False, most: int = MAX_TEXT
) -> str:
    if value is None:
        if required:
            raise problem(QT_TRANSLATE_NOOP("import", "is required"))
        return ""
    if not isinstance(value, str):
        raise problem(QT_TRANSLATE_NOOP("import", "must be text"))
    if required and not value.strip():
        raise problem(QT_TRANSLATE_NOOP("import", "cannot be blank"))
    bad = control_character(value)
    if bad is not None:
        raise problem(
            QT_TRANSLATE_NOOP("import", "holds a control character (U+{code})"),
            code=f"{ord(bad):04X}",
        )
    length = len(value.strip()) if one_line else len(value)  # a name is stored stripped
    if length > most:
        raise problem(
            QT_TRANSLATE_NOOP("import", "is too long ({length} characters; at most {most})"),
            length=f"{length:,}",
            most=f"{most:,}",
        )
    if one_line and "\n" in value:  # "\r" is refused above, as a control character
        raise problem(QT_TRANSLATE_NOOP("import", "must fit on one line"))
    return value  # as the file has it: the services fold and strip it as they store it


def _string_schema(most: int, *, one_line: bool = False, required: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "maxLength": most}
    if one_line:
        schema["pattern"] = r"^[^\n\r]*\S[^\n\r]*$" if required else r"^[^\n\r]*$"
    elif required:
        schema["pattern"] = r"\S"
    return schema


def _name(most: int) -> Callable[[Any], str]:
    return lambda value: _text(value, required=True, one_line=True, most=most)


def _label(value: Any) -> str | None:
    return _text(value, one_line=True).strip() or None


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


Text = Annotated[str, PlainValidator(_text), WithJsonSchema(_nullable(_string_schema(MAX_TEXT)))]
RequiredText = Annotated[
    str,
    PlainValidator(lambda value: _text(value, required=True)),
    WithJsonSchema(_string_schema(MAX_TEXT, required=True)),
]
# A group's or a participant's name.
Name = Annotated[
    str,
    PlainValidator(_name(MAX_NAME)),
    WithJsonSchema(_string_schema(MAX_NAME, one_line=True, required=True)),
]
ThemeName = Annotated[
    str,
    PlainValidator(_name(MAX_THEME_NAME)),
    WithJsonSchema(_string_schema(MAX_THEME_NAME, one_line=True, required=True)),
]
# A breakout table's name, an action's owner outside the room: one line, None when blank.
Label = Annotated[
    str | None,
    PlainValidator(_label),
    WithJsonSchema(_nullable(_string_schema(MAX_TEXT, one_line=True))),
]


def _colour(value: Any) -> str | None:
    if value is None:
        return None
    if not is_colour(value):
        raise problem(QT_TRANSLATE_NOOP("import", "must be a colour like #RRGGBB"))
    return str(value).upper()


Colour = Annotated[
    str | None,
    PlainValidator(_colour),
    WithJsonSchema(_nullable({"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"})),
]


def _day(value: Any) -> date | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise problem(QT_TRANSLATE_NOOP("import", "must be a date like 2026-11-28")) from None


Day = Annotated[
    date | None,
    PlainValidator(_day),
    WithJsonSchema(_nullable({"type": "string", "format": "date"})),
]


def _moment(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        stamp: datetime | None = datetime.fromisoformat(value)
        assert stamp is not None
        stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
    except ValueError:
        raise problem(
            QT_TRANSLATE_NOOP("import", "must be a date and time like 2026-11-28T10:15:00+00:00")
        ) from None
    except OverflowError:  # a time zone moves it out of the calendar (years 1 to 9999)
        stamp = None
    if stamp is None or not EARLIEST <= stamp <= LATEST:
        raise problem(
            QT_TRANSLATE_NOOP(
                "import", "is too close to the year 1 or 9999 to be shown in every time zone"
            )
        )
    return stamp


Moment = Annotated[
    datetime | None,
    PlainValidator(_moment),
    WithJsonSchema(_nullable({"type": "string", "format": "date-time"})),
]


def _uid(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not UID.fullmatch(value):
        raise problem(QT_TRANSLATE_NOOP("import", "must be 1 to 64 letters, digits, - or _"))
    return value


Uid = Annotated[
    str | None,
    PlainValidator(_uid),
    WithJsonSchema(_nullable({"type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$"})),
]


def _flag(default: bool) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            raise problem(QT_TRANSLATE_NOOP("import", "must be true or false"))
        return value

    return check


_BOOLEAN = _nullable({"type": "boolean"})
FlagTrue = Annotated[bool, PlainValidator(_flag(True)), WithJsonSchema(_BOOLEAN)]
FlagFalse = Annotated[bool, PlainValidator(_flag(False)), WithJsonSchema(_BOOLEAN)]


def _choice(options: tuple[str, ...], default: str | None) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value is None and default is not None:
            return default
        if value is None:
            raise problem(
                QT_TRANSLATE_NOOP("import", "is required (one of {options})"),
                options=", ".join(options),
            )
        if value not in options:
            raise problem(
                QT_TRANSLATE_NOOP("import", "must be one of {options}"), options=", ".join(options)
            )
        return str(value)

    return check


def _enum(options: tuple[str, ...], *, optional: bool) -> WithJsonSchema:
    schema = {"enum": list(options)}
    return WithJsonSchema(_nullable(schema) if optional else schema)


Language = Annotated[
    Literal["en", "cy"],
    PlainValidator(_choice(m.LANGUAGES, "en")),
    _enum(m.LANGUAGES, optional=True),
]
Target = Annotated[
    Literal["ideas", "themes"],
    PlainValidator(_choice(m.TARGETS, None)),
    _enum(m.TARGETS, optional=False),
]
Method = Annotated[
    Literal["ballot", "tally"],
    PlainValidator(_choice(m.METHODS, None)),
    _enum(m.METHODS, optional=False),
]
RoundStatus = Annotated[
    Literal["draft", "open", "closed"],
    PlainValidator(_choice(m.ROUND_STATUSES, "draft")),
    _enum(m.ROUND_STATUSES, optional=True),
]
ActionStatus = Annotated[
    Literal["proposed", "agreed", "in_progress", "done", "dropped"],
    PlainValidator(_choice(m.ACTION_STATUSES, "proposed")),
    _enum(m.ACTION_STATUSES, optional=True),
]


def _is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _whole(low: int, high: int, *, required: bool) -> Callable[[Any], int | None]:
    def check(value: Any) -> int | None:
        if value is None:
            if required:
                raise problem(QT_TRANSLATE_NOOP("import", "is required"))
            return None
        if not _is_whole(value):
            raise problem(QT_TRANSLATE_NOOP("import", "must be a whole number"))
        if not low <= value <= high:
            raise problem(
                QT_TRANSLATE_NOOP("import", "must be from {low} to {high}"), low=low, high=high
            )
        return int(value)

    return check


PlannedMinutes = Annotated[
    int | None,
    PlainValidator(_whole(0, MAX_PLANNED_MINUTES, required=False)),
    WithJsonSchema(_nullable({"type": "integer", "minimum": 0, "maximum": MAX_PLANNED_MINUTES})),
]
DotsSetting = Annotated[
    int,
    PlainValidator(_whole(1, MAX_DOTS, required=True)),
    WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_DOTS}),
]


def _dots(value: Any) -> int:
    if not _is_whole(value) or value < 1:
        raise problem(QT_TRANSLATE_NOOP("import", "must be a whole number of dots, 1 or more"))
    if value > MAX_DOTS:
        raise problem(QT_TRANSLATE_NOOP("import", "is more than {most} dots"), most=MAX_DOTS)
    return int(value)


def _count(value: Any) -> int:
    if not _is_whole(value) or value < 0:
        raise problem(QT_TRANSLATE_NOOP("import", "must be a whole number, 0 or more"))
    if value > MAX_TALLY:
        raise problem(
            QT_TRANSLATE_NOOP(
                "import", "is more than {most}, too many to be a count of sticker dots"
            ),
            most=f"{MAX_TALLY:,}",
        )
    return int(value)


Dots = Annotated[
    int,
    PlainValidator(_dots),
    WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_DOTS}),
]
Count = Annotated[
    int,
    PlainValidator(_count),
    WithJsonSchema({"type": "integer", "minimum": 0, "maximum": MAX_TALLY}),
]


def _number(*, least: float | None = None) -> Callable[[Any], float | None]:
    def check(value: Any) -> float | None:
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool) or value != value:
            raise problem(QT_TRANSLATE_NOOP("import", "must be a number"))
        if abs(value) > MAX_NUMBER:
            raise problem(QT_TRANSLATE_NOOP("import", "must be a number"))
        if least is not None and value < least:
            raise problem(QT_TRANSLATE_NOOP("import", "must be 0 or more"))
        return float(value) + 0.0  # no negative zero

    return check


Number = Annotated[
    float | None,
    PlainValidator(_number()),
    WithJsonSchema(_nullable({"type": "number", "minimum": -MAX_NUMBER, "maximum": MAX_NUMBER})),
]
Size = Annotated[
    float | None,
    PlainValidator(_number(least=0)),
    WithJsonSchema(_nullable({"type": "number", "minimum": 0, "maximum": MAX_NUMBER})),
]


# A record's key in the file, and a reference to one (what it must name is checked in
# workshop_rules, which knows every list).
def _id(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise problem(QT_TRANSLATE_NOOP("import", 'is required (a text key such as "i1")'))
    return value


Id = Annotated[str, PlainValidator(_id), WithJsonSchema({"type": "string", "minLength": 1})]
Ref = Annotated[str | None, WithJsonSchema(_nullable({"type": "string"}))]

Item = TypeVar("Item")


def _none_is_empty(value: Any) -> Any:
    return [] if value is None else value


def _no_mapping_is_empty(value: Any) -> Any:
    return {} if value is None else value


# A list may be left out or null: it is then empty (``json_schema`` says null too).
Listed = Annotated[list[Item], BeforeValidator(_none_is_empty)]


class Record(BaseModel):
    """Strict JSON types (a number is not a flag, text is not a number); fields this
    version does not know are passed over, so a later minor addition still imports."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class Workshop(Record):
    title: RequiredText
    purpose: Text = ""
    date: Day = None
    venue: Text = ""
    facilitator: Text = ""
    organisation: Text = ""
    language: Language = "en"
    # A random identity kept by export and import: publishing again updates the copy.
    uid: Uid = None


class Group(Record):
    id: Id
    name: Name
    colour: Colour = None


class Participant(Record):
    id: Id
    name: Name
    group: Ref = None
    named_in_minutes: FlagFalse = False
    attended: FlagTrue = True


class Stage(Record):
    id: Id
    title: RequiredText
    prompt: Text = ""
    planned_minutes: PlannedMinutes = None
    started_at: Moment = None
    ended_at: Moment = None


class Theme(Record):
    id: Id
    name: ThemeName
    colour: Colour = None
    # Its area on the board (all four, or the board is arranged afresh).
    x: Number = None
    y: Number = None
    width: Size = None
    height: Size = None

    @property
    def area(self) -> tuple[float, float, float, float] | None:
        if self.x is None or self.y is None or self.width is None or self.height is None:
            return None
        return (self.x, self.y, self.width, self.height)


class Idea(Record):
    id: Id
    text: RequiredText
    author: Ref = None
    group: Ref = None
    theme: Ref = None
    stage: Ref = None
    colour: Colour = None
    x: Number = None
    y: Number = None
    created_at: Moment = None
    # The breakout table it came from, in a merged workshop.
    table: Label = None

    @property
    def position(self) -> tuple[float, float] | None:
        return None if self.x is None or self.y is None else (self.x, self.y)


class Ballot(Record):
    group: Ref = None
    # Only in a round that is not secret.
    voter: Ref = None
    dots: dict[str, Dots]


class Round(Record):
    id: Id
    question: RequiredText
    target: Target
    method: Method
    dots_per_voter: DotsSetting
    max_dots_per_item: DotsSetting
    secret: FlagTrue = True
    status: RoundStatus = "draft"
    # Left out: every idea (or theme), and everyone who attended (and voted).
    items: list[str] | None = None
    electors: list[str] | None = None
    runoff_of: Ref = None
    voters: Listed[str] = []
    ballots: Listed[Ballot] = []
    tallies: Annotated[dict[str, Count], BeforeValidator(_no_mapping_is_empty)] = {}
    table: Label = None


class Action(Record):
    id: Id
    title: RequiredText
    owner: Ref = None
    owner_name: Label = None
    due: Day = None
    status: ActionStatus = "proposed"
    links: Listed[str] = []
    notes: Text = ""


class Note(Record):
    stage: Ref = None
    text: RequiredText
    created_at: Moment = None


class WorkshopFile(Record):
    """A workshop with everything said and decided in it: its groups, participants,
    agenda, themes, ideas, voting rounds, actions and notes. Ids are the file's own keys,
    unique within their list; a reference names a record of the list it points at."""

    format: Literal["coprod-workshop"]
    version: Annotated[int, WithJsonSchema({"type": "integer", "minimum": 1, "maximum": VERSION})]
    workshop: Workshop
    groups: Listed[Group] = []
    participants: Listed[Participant] = []
    stages: Listed[Stage] = []
    themes: Listed[Theme] = []
    ideas: Listed[Idea] = []
    rounds: Listed[Round] = []
    actions: Listed[Action] = []
    notes: Listed[Note] = []


# The lists of a file, in the order they are read, with the model of each item.
LISTS: dict[str, type[Record]] = {
    "groups": Group,
    "participants": Participant,
    "stages": Stage,
    "themes": Theme,
    "ideas": Idea,
    "rounds": Round,
    "actions": Action,
    "notes": Note,
}


def json_schema() -> dict[str, Any]:
    """The published JSON Schema of format version 1."""
    schema = WorkshopFile.model_json_schema()
    for model in [schema, *schema["$defs"].values()]:
        for name, prop in model["properties"].items():
            if prop.get("default") in ([], {}):  # left out or null: empty
                default = prop.pop("default")
                model["properties"][name] = {"anyOf": [prop, {"type": "null"}], "default": default}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "coprod-desktop workshop file, format version 1",
        **{k: v for k, v in schema.items() if k != "title"},
    }
