"""The workshop file, format version 1 (DESIGN.md, modelled in ``workshop_format``):
export, reading a file, and import that checks the whole file (``workshop_check``)
before writing any of it (``workshop_import``)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from ..db.engine import Database
from ..messages import QT_TRANSLATE_NOOP
from ..services.records import WorkshopData, WorkshopRecord
from .files import write_atomically
from .import_problems import ImportProblem, JsonObject, parse_int, refusal
from .workshop_check import check_workshop
from .workshop_format import FORMAT, VERSION
from .workshop_import import write_workshop

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
                **({"table": v.table_name} if v.table_name else {}),
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
            "uid": w.uid,
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
                **({"table": i.table_name} if i.table_name else {}),
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


def import_workshop(db: Database, document: Any, *, replace: bool = False) -> WorkshopRecord:
    """Check a parsed document completely, then add it as a new workshop in one step;
    with ``replace``, a workshop of the same ``uid`` is replaced instead (publishing)."""
    return write_workshop(db, check_workshop(document), replace=replace)


def import_workshop_file(db: Database, path: Path) -> WorkshopRecord:
    path = Path(path)
    return import_workshop(db, parse_workshop_bytes(read_workshop_file(path), path.name))


def read_workshop_file(path: Path) -> bytes:
    """The bytes of a workshop file, refusing at once (before anything is opened) what
    cannot be one: a folder, a device, a pipe (reading it would wait for ever), a file
    over 200 MB."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise refusal(
            QT_TRANSLATE_NOOP("import", "there is no file at {path}"), path=path
        ) from None
    _check_status(path, status)
    # O_NONBLOCK: should a pipe take the file's place after the check, opening it still
    # returns at once, and the second check below refuses it.
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as stream:
        _check_status(path, os.fstat(stream.fileno()))
        raw = stream.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        _check_status(path, None)
    return raw


def _check_status(path: Path, status: os.stat_result | None) -> None:
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise refusal(
            QT_TRANSLATE_NOOP("import", "{path} is a folder, not a workshop file"), path=path
        )
    if status is not None and not stat.S_ISREG(status.st_mode):
        kind = status.st_mode
        if stat.S_ISFIFO(kind):
            template = QT_TRANSLATE_NOOP(
                "import",
                "{path} is a pipe, not a workshop file; save the file first, then import it",
            )
        elif stat.S_ISCHR(kind) or stat.S_ISBLK(kind):
            template = QT_TRANSLATE_NOOP("import", "{path} is a device, not a workshop file")
        else:
            template = QT_TRANSLATE_NOOP("import", "{path} is not an ordinary file")
        raise refusal(template, path=path)
    if status is None or status.st_size > MAX_FILE_BYTES:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "import", "{name} is too large to be a workshop file (more than {most} MB)"
            ),
            name=path.name,
            most=MAX_FILE_BYTES // (1024 * 1024),
        )


def parse_workshop_bytes(raw: bytes, name: str) -> Any:
    """The parsed document, or a refusal saying why it is not one. Objects remember keys
    given twice and numbers too long to convert, so the check can name where they are."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise refusal(
            QT_TRANSLATE_NOOP("import", "{name} is not a workshop file (it is not UTF-8 text)"),
            name=name,
        ) from None
    try:
        return json.loads(text, object_pairs_hook=JsonObject.from_pairs, parse_int=parse_int)
    except json.JSONDecodeError as exc:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "import", "{name} is not valid JSON (line {line}, column {column}: {why})"
            ),
            name=name,
            line=exc.lineno,
            column=exc.colno,
            why=exc.msg,
        ) from None
    except RecursionError:
        raise refusal(
            QT_TRANSLATE_NOOP("import", "{name} is nested too deeply to be a workshop file"),
            name=name,
        ) from None
    except ValueError:  # a number the parser itself cannot hold
        raise refusal(
            QT_TRANSLATE_NOOP("import", "{name} holds a number too large to read"), name=name
        ) from None
