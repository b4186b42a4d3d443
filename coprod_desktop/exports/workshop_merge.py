"""Merging the workshop files of breakout tables into one plenary workshop.

Each file is read and checked whole, as an import checks it, and refused naming the
file and the JSON path of the problem. The checked files are then merged into ONE
version-1 document (groups, participants, themes and stages joined by name; every idea
and round labelled with its table) and that document goes through ``import_workshop``:
one more complete check and one transaction, so a refusal anywhere writes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..db.engine import Database
from ..messages import QT_TRANSLATE_NOOP
from ..services.records import WorkshopRecord
from ..text import one_line
from .import_problems import ImportMessage
from .workshop_check import check_workshop
from .workshop_json import (
    FORMAT,
    VERSION,
    ImportProblem,
    import_workshop,
    parse_workshop_bytes,
    read_workshop_file,
)

__all__ = [
    "ImportProblem",
    "MergePlan",
    "TableFile",
    "check_title",
    "import_plan",
    "merge_workshop_files",
    "plan_merge",
    "read_table",
    "read_tables",
]

# The name a table goes by when its file's title is blank or shared with another file's:
# data of the merged workshop, so in the workshop's own language.
_TABLE_WORD = {"en": "Table {n}", "cy": "Bwrdd {n}"}

# A file's own ids to the merged document's (None, an absent reference, maps to nothing).
IdMap = dict[str | None, str]

LISTS = ("groups", "participants", "stages", "themes", "ideas", "rounds", "actions", "notes")


@dataclass(frozen=True)
class TableFile:
    """One breakout table's file, checked: where it came from and what it holds."""

    path: Path
    document: dict[str, Any]

    @property
    def title(self) -> str:
        return one_line(str(self.document["workshop"].get("title") or ""))

    def rows(self, key: str) -> list[dict[str, Any]]:
        return list(self.document.get(key) or [])

    def count(self, key: str) -> int:
        return len(self.rows(key))


@dataclass(frozen=True)
class MergePlan:
    """What a merge will make: each table's name and file, and the merged document."""

    tables: tuple[tuple[str, TableFile], ...]
    document: dict[str, Any] = field(repr=False)

    def count(self, key: str) -> int:
        return len(self.document.get(key) or [])


def _key(text: Any) -> str:
    """Names match whatever their case and spacing ("  residents " is "Residents")."""
    return one_line(str(text or "")).casefold()


def _in_file(name: str, problem: str) -> ImportMessage:
    return ImportMessage(
        QT_TRANSLATE_NOOP("import", "{file}: {problem}"), file=name, problem=problem
    )


def read_table(path: Path) -> TableFile:
    """One table's file, read and checked whole; a refusal names the file."""
    path = Path(path)
    try:
        document = parse_workshop_bytes(read_workshop_file(path), path.name)
        check_workshop(document)
    except ImportProblem as exc:
        raise ImportProblem([_in_file(path.name, p) for p in exc.problems]) from None
    return TableFile(path, document)


def read_tables(paths: Sequence[Path]) -> list[TableFile]:
    """Each file read and checked whole; every problem of every file is collected, named
    by its file (and JSON path), and refused together before anything is merged."""
    if len(paths) < 2:
        raise ImportProblem(
            [ImportMessage(QT_TRANSLATE_NOOP("import", "give the files of two tables or more"))]
        )
    problems: list[str] = []
    tables: list[TableFile] = []
    seen: set[tuple[int, int]] = set()
    for raw_path in paths:
        path = Path(raw_path)
        try:
            status = os.stat(path)
        except OSError:
            status = None  # reading it says why
        if status is not None and (status.st_dev, status.st_ino) in seen:
            twice = ImportMessage(QT_TRANSLATE_NOOP("import", "this file is given twice"))
            problems.append(_in_file(path.name, twice))
            continue
        if status is not None:
            seen.add((status.st_dev, status.st_ino))
        try:
            tables.append(read_table(path))
        except ImportProblem as exc:
            problems.extend(exc.problems)
    if problems:
        raise ImportProblem(problems)
    return tables


def table_names(tables: Sequence[TableFile], language: str = "en") -> list[str]:
    """Each table's name: its file's title, or where titles are blank or repeat, the
    file's name, or else "Table 2"; distinct whatever the files say."""
    titles = [t.title for t in tables]
    stems = [one_line(t.path.stem) for t in tables]
    taken = [_key(x) for x in titles]
    names: list[str] = []
    for n, (title, stem) in enumerate(zip(titles, stems, strict=True)):
        if title and taken.count(_key(title)) == 1:
            name = title
        elif stem and [_key(s) for s in stems].count(_key(stem)) == 1 and _key(stem) not in taken:
            name = stem
        else:
            name = _TABLE_WORD.get(language, _TABLE_WORD["en"]).format(n=n + 1)
        base, extra = name, 2
        while _key(name) in {_key(x) for x in names}:
            name, extra = f"{base} ({extra})", extra + 1
        names.append(name)
    return names


def _moment(value: Any) -> datetime | None:
    if not value:
        return None
    stamp = datetime.fromisoformat(str(value))
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class _Merger:
    """Builds the merged document file by file; each ``map`` turns a file's own id into
    the merged document's."""

    def __init__(self) -> None:
        self.out: dict[str, list[dict[str, Any]]] = {key: [] for key in LISTS}
        self.group_by_name: dict[str, str] = {}
        self.theme_by_name: dict[str, str] = {}
        self.people: dict[tuple[str, str | None], list[str]] = {}
        self.counter = 0

    def new_id(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def add(self, name: str, table: TableFile) -> None:
        groups = self._groups(table)
        people = self._participants(table, groups)
        stages = self._stages(table)
        themes = self._themes(table)
        ideas: IdMap = {}
        for idea in table.rows("ideas"):
            ideas[idea["id"]] = self.new_id("i")
            self.out["ideas"].append(
                {
                    "id": ideas[idea["id"]],
                    "text": idea["text"],
                    "author": people.get(idea.get("author")),
                    "group": groups.get(idea.get("group")),
                    "theme": themes.get(idea.get("theme")),
                    "stage": stages.get(idea.get("stage")),
                    "colour": idea.get("colour"),
                    "created_at": idea.get("created_at"),
                    "table": name,
                }
            )
        self._rounds(name, table, groups, people, themes, ideas)
        for action in table.rows("actions"):
            links = [ideas.get(link) or themes.get(link) for link in action.get("links") or []]
            self.out["actions"].append(
                {
                    "id": self.new_id("a"),
                    "title": action["title"],
                    "owner": people.get(action.get("owner")),
                    "owner_name": action.get("owner_name"),
                    "due": action.get("due"),
                    "status": action.get("status"),
                    "links": list(dict.fromkeys(x for x in links if x)),
                    "notes": action.get("notes"),
                }
            )
        for note in table.rows("notes"):
            self.out["notes"].append(
                {
                    "stage": stages.get(note.get("stage")),
                    "text": note["text"],
                    "created_at": note.get("created_at"),
                }
            )

    def _groups(self, table: TableFile) -> IdMap:
        """Groups of one name are one (a file never names two groups alike)."""
        mapping: IdMap = {}
        for group in table.rows("groups"):
            key = _key(group["name"])
            if key not in self.group_by_name:
                self.group_by_name[key] = self.new_id("g")
                self.out["groups"].append(
                    {
                        "id": self.group_by_name[key],
                        "name": one_line(group["name"]),
                        "colour": group.get("colour"),
                    }
                )
            mapping[group["id"]] = self.group_by_name[key]
        return mapping

    def _participants(self, table: TableFile, groups: IdMap) -> IdMap:
        """A name in a group is one person across tables. Within one file two people may
        share a name: each keeps a participant of their own, so no register loses one."""
        mapping: IdMap = {}
        claimed: set[str] = set()
        by_id = {p["id"]: p for p in self.out["participants"]}
        for person in table.rows("participants"):
            key = (_key(person["name"]), groups.get(person.get("group")))
            same = [pid for pid in self.people.get(key, []) if pid not in claimed]
            attended = person.get("attended") is not False
            named = person.get("named_in_minutes") is True
            if same:
                merged = by_id[same[0]]
                merged["attended"] = merged["attended"] or attended
                # Named in the minutes only if every table had their consent.
                merged["named_in_minutes"] = merged["named_in_minutes"] and named
            else:
                merged = {
                    "id": self.new_id("p"),
                    "name": one_line(person["name"]),
                    "group": key[1],
                    "named_in_minutes": named,
                    "attended": attended,
                }
                self.out["participants"].append(merged)
                by_id[merged["id"]] = merged
                self.people.setdefault(key, []).append(merged["id"])
            claimed.add(merged["id"])
            mapping[person["id"]] = merged["id"]
        return mapping

    def _stages(self, table: TableFile) -> IdMap:
        """Stages of one title join; a table's other stages come after the stage that
        came before them in its plan, so the agenda keeps each table's order."""
        mapping: IdMap = {}
        stages = self.out["stages"]
        claimed: set[str] = set()
        after = -1
        for stage in table.rows("stages"):
            key = _key(stage["title"])
            same = [
                n
                for n, s in enumerate(stages)
                if _key(s["title"]) == key and s["id"] not in claimed
            ]
            if same:
                after = same[0]
                merged = stages[after]
                merged["prompt"] = merged["prompt"] or stage.get("prompt")
                planned = (merged["planned_minutes"], stage.get("planned_minutes"))
                known = [x for x in planned if x is not None]
                merged["planned_minutes"] = max(known) if known else None
                starts = [_moment(x) for x in (merged["started_at"], stage.get("started_at"))]
                ends = [_moment(x) for x in (merged["ended_at"], stage.get("ended_at"))]
                merged["started_at"] = _iso(min((x for x in starts if x), default=None))
                merged["ended_at"] = _iso(max((x for x in ends if x), default=None))
            else:
                merged = {
                    "id": self.new_id("s"),
                    "title": stage["title"].strip(),
                    "prompt": stage.get("prompt"),
                    "planned_minutes": stage.get("planned_minutes"),
                    "started_at": _iso(_moment(stage.get("started_at"))),
                    "ended_at": _iso(_moment(stage.get("ended_at"))),
                }
                after += 1
                stages.insert(after, merged)
            claimed.add(merged["id"])
            mapping[stage["id"]] = merged["id"]
        return mapping

    def _themes(self, table: TableFile) -> IdMap:
        """Themes of one name join. Their places on the board are left out: the tables'
        boards overlap, so the merged board is laid out afresh, theme by theme."""
        mapping: IdMap = {}
        for theme in table.rows("themes"):
            key = _key(theme["name"])
            if key not in self.theme_by_name:
                self.theme_by_name[key] = self.new_id("t")
                self.out["themes"].append(
                    {
                        "id": self.theme_by_name[key],
                        "name": one_line(theme["name"]),
                        "colour": theme.get("colour"),
                    }
                )
            mapping[theme["id"]] = self.theme_by_name[key]
        return mapping

    def _rounds(
        self,
        name: str,
        table: TableFile,
        groups: IdMap,
        people: IdMap,
        themes: IdMap,
        ideas: IdMap,
    ) -> None:
        """Each round stays its table's: its own items, electors, register and ballots.
        Items and electors a file leaves implicit are written out as the import would
        read them for that file alone, not for the whole plenary."""
        rounds: IdMap = {rd["id"]: self.new_id("r") for rd in table.rows("rounds")}
        attended = [p["id"] for p in table.rows("participants") if p.get("attended") is not False]
        for rd in table.rows("rounds"):
            on_ideas = rd.get("target") == "ideas"
            items_of: IdMap = ideas if on_ideas else themes
            status = rd.get("status") or "draft"
            secret = rd.get("secret") is not False
            voters = list(rd.get("voters") or [])
            items = rd.get("items")
            if items is None and status != "draft":
                kind = "ideas" if on_ideas else "themes"
                items = [row["id"] for row in table.rows(kind)]
            electors = rd.get("electors")
            if electors is None and rd.get("method") == "ballot" and status != "draft":
                electors = list(dict.fromkeys([*attended, *voters]))

            ballots = []
            for ballot in rd.get("ballots") or []:
                merged: dict[str, Any] = {
                    "group": groups.get(ballot.get("group")),
                    "dots": _counts(ballot.get("dots"), items_of),
                }
                if not secret and ballot.get("voter"):
                    merged["voter"] = people[ballot["voter"]]
                ballots.append(merged)
            self.out["rounds"].append(
                {
                    "id": rounds[rd["id"]],
                    "question": rd["question"],
                    "target": rd["target"],
                    "method": rd["method"],
                    "dots_per_voter": rd["dots_per_voter"],
                    "max_dots_per_item": rd["max_dots_per_item"],
                    "secret": secret,
                    "status": status,
                    "items": _each(items, items_of),
                    "electors": _each(electors, people),
                    "runoff_of": rounds.get(rd.get("runoff_of")),
                    "voters": _each(voters, people),
                    "ballots": ballots,
                    "tallies": _counts(rd.get("tallies"), items_of),
                    "table": name,
                }
            )


def _each(ids: list[str] | None, mapping: IdMap) -> list[str] | None:
    return None if ids is None else [mapping[x] for x in ids]


def _counts(dots: dict[str, int] | None, mapping: IdMap) -> dict[str, int]:
    return {mapping[k]: v for k, v in (dots or {}).items()}


def _merged_date(tables: Sequence[TableFile]) -> str | None:
    """The tables' common date, else the earliest one given."""
    days = {
        date.fromisoformat(d)
        for t in tables
        if (d := t.document["workshop"].get("date")) is not None
    }
    return min(days).isoformat() if days else None


def plan_merge(tables: Sequence[TableFile], title: str) -> MergePlan:
    """The merged document of checked tables, under the plenary's ``title``."""
    first = tables[0].document["workshop"]
    language = first.get("language") or "en"
    names = table_names(tables, language)
    merger = _Merger()
    for name, table in zip(names, tables, strict=True):
        merger.add(name, table)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "workshop": {
            "title": title,
            "purpose": first.get("purpose"),
            "date": _merged_date(tables),
            "venue": first.get("venue"),
            "facilitator": first.get("facilitator"),
            "organisation": first.get("organisation"),
            "language": language,
        },
        **merger.out,
    }
    return MergePlan(tuple(zip(names, tables, strict=True)), document)


def check_title(title: str) -> str:
    """The plenary's title, trimmed; a blank one is refused."""
    if not one_line(title or ""):
        raise ImportProblem(
            [ImportMessage(QT_TRANSLATE_NOOP("import", "give the plenary workshop a title"))]
        )
    return title.strip()


def merge_workshop_files(db: Database, paths: Sequence[Path], title: str) -> WorkshopRecord:
    """One plenary workshop from the tables' files, added in one transaction; a refusal
    (``ImportProblem``) names the file and JSON path, and writes nothing."""
    title = check_title(title)
    return import_plan(db, plan_merge(read_tables(paths), title))


def import_plan(db: Database, plan: MergePlan) -> WorkshopRecord:
    """Add a planned merge as a new workshop; should the merged document itself fail its
    check (a title the files could not have), the problem is said as the plenary's."""
    try:
        return import_workshop(db, plan.document)
    except ImportProblem as exc:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP("import", "the plenary workshop: {problem}"), problem=p
                )
                for p in exc.problems
            ]
        ) from None
