"""The workshop file, format version 1 (DESIGN.md): export, and import that checks the
whole file before writing anything.

Beyond the fields DESIGN.md shows, an export also writes a few optional ones that a
re-import needs to give back the same workshop: theme areas on the board (``x``, ``y``,
``width``, ``height``), and for rounds the ``items`` they ask about, the ``electors``
who may vote and ``runoff_of``. Files without them import fine.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..db.engine import Database
from ..messages import QT_TRANSLATE_NOOP
from ..services.records import WorkshopData, WorkshopRecord
from ._json_check import ImportMessage, ImportProblem, check_workshop
from ._json_write import write_checked
from .files import write_atomically

FORMAT = "coprod-workshop"
VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024

__all__ = [
    "FORMAT",
    "VERSION",
    "ImportProblem",
    "import_workshop",
    "import_workshop_file",
    "workshop_to_dict",
    "write_workshop_file",
]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def workshop_to_dict(data: WorkshopData) -> dict[str, Any]:
    """The workshop as a version-1 document; ids are the file's own (g1, p1, i1...)."""
    w = data.workshop
    keys: dict[tuple[str, int], str] = {}

    def ids(kind: str, rows: Any) -> None:
        for n, row in enumerate(rows, start=1):
            keys[(kind, row.id)] = f"{kind}{n}"

    ideas = sorted(data.ideas, key=lambda i: i.id)
    actions = data.actions
    ids("g", data.groups)
    ids("p", data.participants)
    ids("s", data.stages)
    ids("t", data.themes)
    ids("i", ideas)
    ids("r", [rd.round for rd in data.rounds])
    ids("a", actions)

    def ref(kind: str, row_id: int | None) -> str | None:
        return None if row_id is None else keys.get((kind, row_id))

    def item(target: str, row_id: int) -> str | None:
        return ref("i" if target == "ideas" else "t", row_id)

    rounds = []
    for rd in data.rounds:
        v = rd.round
        ballots = []
        for b in rd.ballots:
            ballot: dict[str, Any] = {
                "group": ref("g", b.group_id),
                "dots": {item(v.target, k): n for k, n in b.dots.items()},
            }
            if b.voter_id is not None and not v.secret:
                ballot["voter"] = ref("p", b.voter_id)
            ballots.append(ballot)
        rounds.append(
            {
                "id": ref("r", v.id),
                "question": v.question,
                "target": v.target,
                "method": v.method,
                "dots_per_voter": v.dots_per_voter,
                "max_dots_per_item": v.max_dots_per_item,
                "secret": v.secret,
                "status": v.status,
                "items": [item(v.target, i) for i in v.items],
                "electors": [ref("p", p) for p in v.electors],
                "runoff_of": ref("r", v.runoff_of_id),
                "voters": [ref("p", p) for p in rd.voters],
                "ballots": ballots,
                "tallies": {item(v.target, k): n for k, n in rd.tallies.items()},
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "workshop": {
            "title": w.title,
            "purpose": w.purpose,
            "date": _iso(w.date),
            "venue": w.venue,
            "facilitator": w.facilitator,
            "organisation": w.organisation,
            "language": w.language,
        },
        "groups": [{"id": ref("g", g.id), "name": g.name, "colour": g.colour} for g in data.groups],
        "participants": [
            {
                "id": ref("p", p.id),
                "name": p.name,
                "group": ref("g", p.group_id),
                "named_in_minutes": p.named_in_minutes,
                "attended": p.attended,
            }
            for p in data.participants
        ],
        "stages": [
            {
                "id": ref("s", s.id),
                "title": s.title,
                "prompt": s.prompt,
                "planned_minutes": s.planned_minutes,
                "started_at": _iso(s.started_at),
                "ended_at": _iso(s.ended_at),
            }
            for s in data.stages
        ],
        "themes": [
            {
                "id": ref("t", t.id),
                "name": t.name,
                "colour": t.colour,
                "x": t.x,
                "y": t.y,
                "width": t.width,
                "height": t.height,
            }
            for t in data.themes
        ],
        "ideas": [
            {
                "id": ref("i", i.id),
                "text": i.text,
                "author": ref("p", i.author_id),
                "group": ref("g", i.group_id),
                "theme": ref("t", i.theme_id),
                "stage": ref("s", i.stage_id),
                "colour": i.colour,
                "x": i.x,
                "y": i.y,
                "created_at": _iso(i.created_at),
            }
            for i in ideas
        ],
        "rounds": rounds,
        "actions": [
            {
                "id": ref("a", a.id),
                "title": a.title,
                "owner": ref("p", a.owner_id),
                "owner_name": a.owner_name,
                "due": _iso(a.due),
                "status": a.status,
                "links": [ref("i", i) for i in a.idea_ids] + [ref("t", t) for t in a.theme_ids],
                "notes": a.notes,
            }
            for a in actions
        ],
        "notes": [
            {"stage": ref("s", n.stage_id), "text": n.text, "created_at": _iso(n.created_at)}
            for n in sorted(data.notes, key=lambda n: n.id)
        ],
    }


def write_workshop_file(data: WorkshopData, path: Path) -> None:
    """Write the file whole or not at all (a temporary file renamed into place)."""
    text = json.dumps(workshop_to_dict(data), ensure_ascii=False, indent=2)
    write_atomically(Path(path), (text + "\n").encode("utf-8"))


def import_workshop(db: Database, document: Any) -> WorkshopRecord:
    """Check a parsed document completely, then add it as a new workshop in one step."""
    checked = check_workshop(document, FORMAT, VERSION)
    return write_checked(db, checked)


def import_workshop_file(db: Database, path: Path) -> WorkshopRecord:
    path = Path(path)
    if not path.exists():
        raise ImportProblem(
            [ImportMessage(QT_TRANSLATE_NOOP("import", "there is no file at {path}"), path=path)]
        )
    if path.is_dir():
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP("import", "{path} is a folder, not a workshop file"),
                    path=path,
                )
            ]
        )
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP("import", "{name} is too large to be a workshop file"),
                    name=path.name,
                )
            ]
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP(
                        "import", "{name} is not a workshop file (it is not UTF-8 text)"
                    ),
                    name=path.name,
                )
            ]
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP(
                        "import", "{name} is not valid JSON (line {line}, column {column}: {why})"
                    ),
                    name=path.name,
                    line=exc.lineno,
                    column=exc.colno,
                    why=exc.msg,
                )
            ]
        ) from None
    except RecursionError:
        raise ImportProblem(
            [
                ImportMessage(
                    QT_TRANSLATE_NOOP(
                        "import", "{name} is nested too deeply to be a workshop file"
                    ),
                    name=path.name,
                )
            ]
        ) from None
    return import_workshop(db, document)
