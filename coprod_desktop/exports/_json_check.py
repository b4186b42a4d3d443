"""Checking a workshop document completely before anything is written.

Every problem is collected with its JSON path (``ideas[3].theme: no theme "t9"``);
nothing is written unless there are none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from ..db import models as m
from ..messages import QT_TRANSLATE_NOOP, Message, Term
from ..services.palette import DEFAULT_NOTE_COLOUR, GROUP_COLOURS, THEME_COLOURS, nth_colour
from ..services.validation import MAX_TEXT, control_character, is_colour

MAX_PROBLEMS = 50
UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_DOTS = 100
MAX_TALLY = 100_000  # as the services and the schema allow
MAX_INTEGER = 2**63 - 1  # the most SQLite can store
# A moment must stay a moment in every time zone (offsets are under a day), or showing it
# in the reader's local time would overflow the calendar.
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, 23, 59, 59, tzinfo=UTC)


class ImportMessage(Message):
    """A problem with a workshop file, in words the interface translates (context
    ``"import"``); the command line prints it in English."""

    context = "import"


def _record(text: str) -> Term:
    return Term("import record", text)


# The kinds of thing a file's ids point at, as "no {what} {id}" names them.
RECORD = {
    "group": _record(QT_TRANSLATE_NOOP("import record", "group")),
    "participant": _record(QT_TRANSLATE_NOOP("import record", "participant")),
    "stage": _record(QT_TRANSLATE_NOOP("import record", "stage")),
    "theme": _record(QT_TRANSLATE_NOOP("import record", "theme")),
    "idea": _record(QT_TRANSLATE_NOOP("import record", "idea")),
    "round": _record(QT_TRANSLATE_NOOP("import record", "round")),
}


class ImportProblem(Exception):
    """The file was refused; ``problems`` lists each one with its JSON path."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        first = problems[0] if problems else "the file could not be read"
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
        super().__init__(first + suffix)


class JsonObject(dict[str, Any]):
    """A JSON object that remembers the keys its file gave more than once (the parser
    keeps only the last, silently)."""

    duplicates: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> JsonObject:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice: list[str] = []
            for key, _ in pairs:
                if key in seen and key not in twice:
                    twice.append(key)
                seen.add(key)
            obj.duplicates = tuple(twice)
        return obj


class LongNumber(str):
    """The digits of a whole number too long to be one here (Python itself refuses to
    convert more than 4,300 digits, with an error that names no place)."""


def parse_int(digits: str) -> int | LongNumber:
    return LongNumber(digits) if len(digits) > 20 else int(digits)


@dataclass
class Checked:
    """A document that passed every check, with defaults filled in."""

    workshop: dict[str, Any]
    lists: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, path: str, template: str, **fields: Any) -> None:
        """Record a problem at ``path``: ``template`` (marked for translation) filled with
        ``fields``."""
        if len(self.problems) < MAX_PROBLEMS:
            problem = ImportMessage(template, **fields)
            self.problems.append(
                ImportMessage(
                    QT_TRANSLATE_NOOP("import", "{path}: {problem}"), path=path, problem=problem
                )
            )

    # Field readers: each returns a clean value or None after recording a problem.

    def text(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        *,
        required: bool = False,
        one_line: bool = False,
    ) -> str | None:
        value = obj.get(key)
        where = f"{path}.{key}"
        if value is None:
            if required:
                self.fail(where, QT_TRANSLATE_NOOP("import", "is required"))
            return None if required else ""
        if not isinstance(value, str):
            self.fail(where, QT_TRANSLATE_NOOP("import", "must be text"))
            return None
        if required and not value.strip():
            self.fail(where, QT_TRANSLATE_NOOP("import", "cannot be blank"))
            return None
        bad = control_character(value)
        if bad is not None:
            self.fail(
                where,
                QT_TRANSLATE_NOOP("import", "holds a control character (U+{code})"),
                code=f"{ord(bad):04X}",
            )
            return None
        if len(value) > MAX_TEXT:
            self.fail(
                where,
                QT_TRANSLATE_NOOP("import", "is too long ({length} characters; at most {most})"),
                length=f"{len(value):,}",
                most=f"{MAX_TEXT:,}",
            )
            return None
        if one_line and "\n" in value:
            self.fail(where, QT_TRANSLATE_NOOP("import", "must fit on one line"))
            return None
        return value.replace("\r\n", "\n").replace("\r", "\n")

    def boolean(self, obj: dict[str, Any], key: str, path: str, default: bool) -> bool:
        value = obj.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP("import", "must be true or false"))
            return default
        return value

    def integer(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        low: int,
        high: int,
        *,
        required: bool = False,
    ) -> int | None:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP("import", "is required"))
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP("import", "must be a whole number"))
            return None
        if not low <= value <= high:
            self.fail(
                f"{path}.{key}",
                QT_TRANSLATE_NOOP("import", "must be from {low} to {high}"),
                low=low,
                high=high,
            )
            return None
        return value

    def number(self, obj: dict[str, Any], key: str, path: str) -> float | None:
        value = obj.get(key)
        if value is None:
            return None
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or value != value
            or abs(value) > 1e9
        ):
            self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP("import", "must be a number"))
            return None
        return float(value) + 0.0  # no negative zero

    def colour(self, obj: dict[str, Any], key: str, path: str, default: str) -> str:
        value = obj.get(key)
        if value is None:
            return default
        if not is_colour(value):
            self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP("import", "must be a colour like #RRGGBB"))
            return default
        return str(value).upper()

    def day(self, obj: dict[str, Any], key: str, path: str) -> date | None:
        value = obj.get(key)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.fail(
                f"{path}.{key}", QT_TRANSLATE_NOOP("import", "must be a date like 2026-11-28")
            )
            return None

    def moment(self, obj: dict[str, Any], key: str, path: str) -> datetime | None:
        value = obj.get(key)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            stamp = datetime.fromisoformat(value)
            stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
        except ValueError:
            self.fail(
                f"{path}.{key}",
                QT_TRANSLATE_NOOP(
                    "import", "must be a date and time like 2026-11-28T10:15:00+00:00"
                ),
            )
            return None
        except OverflowError:  # a time zone moves it out of the calendar (years 1 to 9999)
            stamp = None
        if stamp is None or not EARLIEST <= stamp <= LATEST:
            self.fail(
                f"{path}.{key}",
                QT_TRANSLATE_NOOP(
                    "import", "is too close to the year 1 or 9999 to be shown in every time zone"
                ),
            )
            return None
        return stamp

    def label(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        """An optional one-line name (a breakout table's), stripped; None when blank."""
        return (self.text(obj, key, path, one_line=True) or "").strip() or None

    def uid(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        """A workshop's optional identity: 1 to 64 letters, digits, ``-`` or ``_``."""
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not UID.fullmatch(value):
            self.fail(
                f"{path}.{key}",
                QT_TRANSLATE_NOOP("import", "must be 1 to 64 letters, digits, - or _"),
            )
            return None
        return value

    def choice(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        options: tuple[str, ...],
        default: str | None,
    ) -> str | None:
        value = obj.get(key)
        if value is None:
            if default is None:
                self.fail(
                    f"{path}.{key}",
                    QT_TRANSLATE_NOOP("import", "is required (one of {options})"),
                    options=", ".join(options),
                )
            return default
        if value not in options:
            self.fail(
                f"{path}.{key}",
                QT_TRANSLATE_NOOP("import", "must be one of {options}"),
                options=", ".join(options),
            )
            return default
        return str(value)

    def ref(
        self, obj: dict[str, Any], key: str, path: str, known: dict[str, Any], what: str
    ) -> str | None:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or value not in known:
            self.fail(
                f"{path}.{key}",
                QT_TRANSLATE_NOOP("import", "no {what} {id}"),
                what=RECORD[what],
                id=json_repr(value),
            )
            return None
        return value

    def items(self, document: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        value = document.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, QT_TRANSLATE_NOOP("import", "must be a list"))
            return []
        out = []
        for n, obj in enumerate(value):
            if not isinstance(obj, dict):
                self.fail(f"{key}[{n}]", QT_TRANSLATE_NOOP("import", "must be an object"))
                continue
            out.append((f"{key}[{n}]", obj))
        return out

    def ids(self, rows: list[tuple[str, dict[str, Any]]]) -> dict[str, int]:
        """File id -> index of rows with a usable, unique id."""
        seen: dict[str, int] = {}
        for index, (path, obj) in enumerate(rows):
            value = obj.get("id")
            if not isinstance(value, str) or not value:
                self.fail(
                    f"{path}.id",
                    QT_TRANSLATE_NOOP("import", 'is required (a text key such as "i1")'),
                )
            elif value in seen:
                self.fail(
                    f"{path}.id",
                    QT_TRANSLATE_NOOP("import", "{id} is used twice"),
                    id=json_repr(value),
                )
            else:
                seen[value] = index
        return seen


def json_repr(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    try:
        import json

        return json.dumps(value)[:40]
    except (TypeError, ValueError):
        return repr(value)[:40]


def _printable(text: str) -> str:
    """Text safe to show anywhere: a lone surrogate becomes its \\u escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _step(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    key = _printable(key)
    return f"{path}.{key}" if path else key


def _scan(c: _Checker, document: Any) -> None:
    """Problems of the JSON itself, wherever they are: keys given twice, numbers SQLite
    cannot store, text that is not Unicode (a lone surrogate such as "\\ud800")."""
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        path, value = stack.pop()
        where = path or "(the file)"
        if isinstance(value, LongNumber):
            c.fail(
                where,
                QT_TRANSLATE_NOOP("import", "the number is too large ({digits} digits)"),
                digits=f"{len(value.lstrip('-')):,}",
            )
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) > MAX_INTEGER:
                c.fail(where, QT_TRANSLATE_NOOP("import", "the number is too large"))
        elif isinstance(value, str):
            if not _is_unicode(value):
                c.fail(
                    where,
                    QT_TRANSLATE_NOOP(
                        "import", "holds a broken character (a lone surrogate such as \\ud800)"
                    ),
                )
        elif isinstance(value, dict):
            for key in getattr(value, "duplicates", ()):
                c.fail(
                    _step(path, key),
                    QT_TRANSLATE_NOOP("import", "is given more than once in the same object"),
                )
            for key, item in reversed(list(value.items())):
                if not _is_unicode(key):
                    c.fail(
                        _step(path, key),
                        QT_TRANSLATE_NOOP(
                            "import",
                            "the name holds a broken character (a lone surrogate such as \\ud800)",
                        ),
                    )
                stack.append((_step(path, key), item))
        elif isinstance(value, list):
            stack.extend((_step(path, n), item) for n, item in reversed(list(enumerate(value))))


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_workshop(document: Any, fmt: str, version: int) -> Checked:
    c = _Checker()
    _scan(c, document)
    if c.problems:
        raise ImportProblem(c.problems)
    if not isinstance(document, dict):
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP(
                        "import", "the file is not a workshop file (expected a JSON object)"
                    )
                )
            ]
        )
    if document.get("format") != fmt:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP(
                        "import", 'format: this is not a workshop file (expected "{fmt}")'
                    ),
                    fmt=fmt,
                )
            ]
        )
    file_version = document.get("version")
    if not isinstance(file_version, int) or isinstance(file_version, bool) or file_version < 1:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP("import", "version: must be a whole number, 1 or more")
                )
            ]
        )
    if file_version > version:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP(
                        "import",
                        "version: the file was made by a newer version of coprod-desktop "
                        "(file version {file}; this program reads version {ours})",
                    ),
                    file=file_version,
                    ours=version,
                )
            ]
        )

    raw_workshop = document.get("workshop")
    workshop: dict[str, Any] = {}
    if not isinstance(raw_workshop, dict):
        c.fail(
            "workshop", QT_TRANSLATE_NOOP("import", "is required (an object with at least a title)")
        )
    else:
        workshop = {
            "title": c.text(raw_workshop, "title", "workshop", required=True),
            "purpose": c.text(raw_workshop, "purpose", "workshop"),
            "date": c.day(raw_workshop, "date", "workshop"),
            "venue": c.text(raw_workshop, "venue", "workshop"),
            "facilitator": c.text(raw_workshop, "facilitator", "workshop"),
            "organisation": c.text(raw_workshop, "organisation", "workshop"),
            "language": c.choice(raw_workshop, "language", "workshop", m.LANGUAGES, "en"),
            "uid": c.uid(raw_workshop, "uid", "workshop"),
        }
        if workshop["title"]:
            workshop["title"] = workshop["title"].strip()

    rows = {
        key: c.items(document, key)
        for key in (
            "groups",
            "participants",
            "stages",
            "themes",
            "ideas",
            "rounds",
            "actions",
            "notes",
        )
    }
    ids = {
        key: c.ids(rows[key])
        for key in ("groups", "participants", "stages", "themes", "ideas", "rounds", "actions")
    }
    out: dict[str, list[dict[str, Any]]] = {key: [] for key in rows}

    names: dict[str, str] = {}
    for n, (path, obj) in enumerate(rows["groups"]):
        name = c.text(obj, "name", path, required=True, one_line=True)
        if name and name.strip().lower() in names:
            c.fail(
                f"{path}.name",
                QT_TRANSLATE_NOOP("import", '"{name}" is used by {other} too'),
                name=name.strip(),
                other=names[name.strip().lower()],
            )
        elif name:
            names[name.strip().lower()] = path
        out["groups"].append(
            {
                "id": obj.get("id"),
                "name": (name or "").strip(),
                "colour": c.colour(obj, "colour", path, nth_colour(GROUP_COLOURS, n)),
            }
        )

    for path, obj in rows["participants"]:
        out["participants"].append(
            {
                "id": obj.get("id"),
                "name": (c.text(obj, "name", path, required=True, one_line=True) or "").strip(),
                "group": c.ref(obj, "group", path, ids["groups"], "group"),
                "named_in_minutes": c.boolean(obj, "named_in_minutes", path, False),
                "attended": c.boolean(obj, "attended", path, True),
            }
        )

    for path, obj in rows["stages"]:
        started, ended = c.moment(obj, "started_at", path), c.moment(obj, "ended_at", path)
        out["stages"].append(
            {
                "id": obj.get("id"),
                "title": (c.text(obj, "title", path, required=True) or "").strip(),
                "prompt": c.text(obj, "prompt", path),
                "planned_minutes": c.integer(obj, "planned_minutes", path, 0, 1440),
                "started_at": started,
                "ended_at": ended,
            }
        )

    theme_names: dict[str, str] = {}
    for n, (path, obj) in enumerate(rows["themes"]):
        name = c.text(obj, "name", path, required=True, one_line=True)
        if name and name.strip().lower() in theme_names:
            c.fail(
                f"{path}.name",
                QT_TRANSLATE_NOOP("import", '"{name}" is used by {other} too'),
                name=name.strip(),
                other=theme_names[name.strip().lower()],
            )
        elif name:
            theme_names[name.strip().lower()] = path
        area = [c.number(obj, k, path) for k in ("x", "y", "width", "height")]
        for key, value in zip(("width", "height"), area[2:], strict=True):
            if value is not None and value < 0:
                c.fail(f"{path}.{key}", QT_TRANSLATE_NOOP("import", "must be 0 or more"))
        out["themes"].append(
            {
                "id": obj.get("id"),
                "name": (name or "").strip(),
                "colour": c.colour(obj, "colour", path, nth_colour(THEME_COLOURS, n)),
                "area": area if all(v is not None for v in area) else None,
            }
        )

    for path, obj in rows["ideas"]:
        x, y = c.number(obj, "x", path), c.number(obj, "y", path)
        text = c.text(obj, "text", path, required=True)
        out["ideas"].append(
            {
                "id": obj.get("id"),
                "text": text.strip() if text else "",
                "author": c.ref(obj, "author", path, ids["participants"], "participant"),
                "group": c.ref(obj, "group", path, ids["groups"], "group"),
                "theme": c.ref(obj, "theme", path, ids["themes"], "theme"),
                "stage": c.ref(obj, "stage", path, ids["stages"], "stage"),
                "colour": c.colour(obj, "colour", path, DEFAULT_NOTE_COLOUR),
                "position": (x, y) if x is not None and y is not None else None,
                "created_at": c.moment(obj, "created_at", path),
                "table": c.label(obj, "table", path),
            }
        )

    for path, obj in rows["rounds"]:
        out["rounds"].append(_check_round(c, path, obj, ids))
    _check_runoff_cycles(c, rows["rounds"], out["rounds"])

    for path, obj in rows["actions"]:
        links = obj.get("links")
        clean_links: list[str] = []
        if links is not None and not isinstance(links, list):
            c.fail(
                f"{path}.links", QT_TRANSLATE_NOOP("import", "must be a list of idea or theme ids")
            )
        for n, link in enumerate(links or []):
            if isinstance(link, str) and (link in ids["ideas"] or link in ids["themes"]):
                if link in ids["ideas"] and link in ids["themes"]:
                    c.fail(
                        f"{path}.links[{n}]",
                        QT_TRANSLATE_NOOP("import", "{id} is both an idea and a theme"),
                        id=json_repr(link),
                    )
                elif link not in clean_links:
                    clean_links.append(link)
            else:
                c.fail(
                    f"{path}.links[{n}]",
                    QT_TRANSLATE_NOOP("import", "no idea or theme {id}"),
                    id=json_repr(link),
                )
        out["actions"].append(
            {
                "id": obj.get("id"),
                "title": (c.text(obj, "title", path, required=True) or "").strip(),
                "owner": c.ref(obj, "owner", path, ids["participants"], "participant"),
                "owner_name": (c.text(obj, "owner_name", path, one_line=True) or "").strip()
                or None,
                "due": c.day(obj, "due", path),
                "status": c.choice(obj, "status", path, m.ACTION_STATUSES, "proposed"),
                "links": clean_links,
                "notes": c.text(obj, "notes", path),
            }
        )

    for path, obj in rows["notes"]:
        text = c.text(obj, "text", path, required=True)
        out["notes"].append(
            {
                "stage": c.ref(obj, "stage", path, ids["stages"], "stage"),
                "text": text or "",
                "created_at": c.moment(obj, "created_at", path),
            }
        )

    if c.problems:
        raise ImportProblem(c.problems)
    return Checked(workshop, out)


def _check_runoff_cycles(
    c: _Checker, rows: list[tuple[str, dict[str, Any]]], rounds: list[dict[str, Any]]
) -> None:
    """A run-off follows the round it settles; a chain that comes back to where it
    started (r1 settles r2, r2 settles r1) has no first round."""
    runoff_of = {
        rd["id"]: rd["runoff_of"]
        for rd in rounds
        if isinstance(rd["id"], str) and rd["runoff_of"] and rd["runoff_of"] != rd["id"]
    }
    reported: set[str] = set()
    for (path, _), rd in zip(rows, rounds, strict=True):
        start = rd["id"]
        if start not in runoff_of or start in reported:
            continue
        chain = [start]
        current = runoff_of[start]
        while current in runoff_of and current not in chain:
            chain.append(current)
            current = runoff_of[current]
        if current == start:
            reported.update(chain)
            c.fail(
                f"{path}.runoff_of",
                QT_TRANSLATE_NOOP(
                    "import", "run-offs go round in a circle ({chain}); one must come first"
                ),
                chain=" → ".join(json_repr(r) for r in [*chain, start]),
            )


def _check_round(
    c: _Checker, path: str, obj: dict[str, Any], ids: dict[str, dict[str, int]]
) -> dict[str, Any]:
    target = c.choice(obj, "target", path, m.TARGETS, None)
    method = c.choice(obj, "method", path, m.METHODS, None)
    status = c.choice(obj, "status", path, m.ROUND_STATUSES, "draft")
    per_voter = c.integer(obj, "dots_per_voter", path, 1, MAX_DOTS, required=True)
    per_item = c.integer(obj, "max_dots_per_item", path, 1, MAX_DOTS, required=True)
    if per_voter and per_item and per_item > per_voter:
        c.fail(
            f"{path}.max_dots_per_item",
            QT_TRANSLATE_NOOP("import", "cannot be more than dots_per_voter"),
        )
    secret = c.boolean(obj, "secret", path, True)
    known_items = ids["ideas"] if target == "ideas" else ids["themes"]
    what = "idea" if target == "ideas" else "theme"

    def id_list(key: str, known: dict[str, int], kind: str) -> list[str] | None:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, list):
            c.fail(f"{path}.{key}", QT_TRANSLATE_NOOP("import", "must be a list"))
            return []
        clean: list[str] = []
        for n, ref in enumerate(value):
            if not isinstance(ref, str) or ref not in known:
                c.fail(
                    f"{path}.{key}[{n}]",
                    QT_TRANSLATE_NOOP("import", "no {what} {id}"),
                    what=RECORD[kind],
                    id=json_repr(ref),
                )
            elif ref in clean:
                c.fail(
                    f"{path}.{key}[{n}]",
                    QT_TRANSLATE_NOOP("import", "{id} is listed twice"),
                    id=json_repr(ref),
                )
            else:
                clean.append(ref)
        return clean

    items = id_list("items", known_items, what) if target else None
    electors = id_list("electors", ids["participants"], "participant")
    voters = id_list("voters", ids["participants"], "participant") or []
    allowed = set(items) if items is not None else set(known_items)
    runoff_of = c.ref(obj, "runoff_of", path, ids["rounds"], "round")
    if runoff_of is not None and obj.get("id") == runoff_of:
        c.fail(
            f"{path}.runoff_of", QT_TRANSLATE_NOOP("import", "a round cannot be its own run-off")
        )

    ballots: list[dict[str, Any]] = []
    raw_ballots = obj.get("ballots")
    if raw_ballots is not None and not isinstance(raw_ballots, list):
        c.fail(f"{path}.ballots", QT_TRANSLATE_NOOP("import", "must be a list"))
        raw_ballots = []
    named: set[str] = set()
    for n, raw in enumerate(raw_ballots or []):
        where = f"{path}.ballots[{n}]"
        if not isinstance(raw, dict):
            c.fail(where, QT_TRANSLATE_NOOP("import", "must be an object"))
            continue
        group = c.ref(raw, "group", where, ids["groups"], "group")
        voter = raw.get("voter")
        if voter is not None:
            if secret:
                c.fail(
                    f"{where}.voter",
                    QT_TRANSLATE_NOOP("import", "a secret ballot never names its voter"),
                )
            elif not isinstance(voter, str) or voter not in voters:
                c.fail(
                    f"{where}.voter",
                    QT_TRANSLATE_NOOP("import", "{id} is not in this round's voters"),
                    id=json_repr(voter),
                )
            elif voter in named:
                c.fail(
                    f"{where}.voter",
                    QT_TRANSLATE_NOOP("import", "{id} has two ballots"),
                    id=json_repr(voter),
                )
            else:
                named.add(voter)
        dots = raw.get("dots")
        clean_dots: dict[str, int] = {}
        if not isinstance(dots, dict):
            c.fail(
                f"{where}.dots",
                QT_TRANSLATE_NOOP("import", "must be an object of item ids and dot counts"),
            )
        else:
            for key, count in dots.items():
                spot = f"{where}.dots.{key}"
                if key not in allowed:
                    if target:
                        c.fail(
                            spot,
                            QT_TRANSLATE_NOOP("import", 'no {what} "{key}" in this round'),
                            what=RECORD[what],
                            key=key,
                        )
                    else:
                        c.fail(spot, QT_TRANSLATE_NOOP("import", "round has no valid target"))
                elif not isinstance(count, int) or isinstance(count, bool) or count < 1:
                    c.fail(
                        spot,
                        QT_TRANSLATE_NOOP("import", "must be a whole number of dots, 1 or more"),
                    )
                elif count > MAX_DOTS:
                    c.fail(
                        spot,
                        QT_TRANSLATE_NOOP("import", "is more than {most} dots"),
                        most=MAX_DOTS,
                    )
                elif per_item and count > per_item:
                    c.fail(
                        spot,
                        QT_TRANSLATE_NOOP(
                            "import", "is more than the {most} dots allowed on one item"
                        ),
                        most=per_item,
                    )
                else:
                    clean_dots[key] = count
            if per_voter and sum(clean_dots.values()) > per_voter:
                c.fail(
                    f"{where}.dots",
                    QT_TRANSLATE_NOOP(
                        "import", "add up to {total}, more than the {most} each voter has"
                    ),
                    total=sum(clean_dots.values()),
                    most=per_voter,
                )
        ballots.append(
            {"group": group, "voter": voter if isinstance(voter, str) else None, "dots": clean_dots}
        )

    tallies: dict[str, int] = {}
    raw_tallies = obj.get("tallies")
    if raw_tallies is not None and not isinstance(raw_tallies, dict):
        c.fail(
            f"{path}.tallies",
            QT_TRANSLATE_NOOP("import", "must be an object of item ids and counts"),
        )
    for key, count in (raw_tallies or {}).items() if isinstance(raw_tallies, dict) else ():
        spot = f"{path}.tallies.{key}"
        if key not in allowed:
            c.fail(
                spot,
                QT_TRANSLATE_NOOP("import", 'no {what} "{key}" in this round'),
                what=RECORD[what],
                key=key,
            )
        elif not isinstance(count, int) or isinstance(count, bool) or count < 0:
            c.fail(spot, QT_TRANSLATE_NOOP("import", "must be a whole number, 0 or more"))
        elif count > MAX_TALLY:
            c.fail(
                spot,
                QT_TRANSLATE_NOOP(
                    "import", "is more than {most}, too many to be a count of sticker dots"
                ),
                most=f"{MAX_TALLY:,}",
            )
        else:
            tallies[key] = count

    if method == "tally" and (voters or ballots):
        c.fail(path, QT_TRANSLATE_NOOP("import", "a tally round has no voters or ballots"))
    if method == "ballot" and tallies:
        c.fail(f"{path}.tallies", QT_TRANSLATE_NOOP("import", "a ballot round has no tallies"))
    if len(ballots) > len(voters):
        c.fail(
            f"{path}.ballots",
            QT_TRANSLATE_NOOP(
                "import", "{ballots} ballots but only {voters} voters in the register"
            ),
            ballots=len(ballots),
            voters=len(voters),
        )
    if status == "draft" and (voters or ballots or tallies):
        c.fail(path, QT_TRANSLATE_NOOP("import", "a draft round cannot hold votes yet"))
    if electors is not None:
        for n, voter in enumerate(voters):
            if voter not in electors:
                c.fail(
                    f"{path}.voters[{n}]",
                    QT_TRANSLATE_NOOP("import", "{id} voted but is not among the electors"),
                    id=json_repr(voter),
                )
    return {
        "id": obj.get("id"),
        "question": (c.text(obj, "question", path, required=True) or "").strip(),
        "target": target,
        "method": method,
        "status": status,
        "dots_per_voter": per_voter,
        "max_dots_per_item": per_item,
        "secret": secret,
        "items": items,
        "electors": electors,
        "voters": voters,
        "ballots": ballots,
        "tallies": tallies,
        "runoff_of": runoff_of,
        "table": c.label(obj, "table", path),
    }
