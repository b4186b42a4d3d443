"""CSV files of a workshop for spreadsheets: ideas, votes (results per round and item),
and actions. A path ending in ``.zip`` gets a zip of the three; any other path a folder.

UTF-8 with a byte-order mark, so Excel reads Welsh and every other script correctly.
A participant who did not agree to be named in the minutes is never named here either.
A text cell that a spreadsheet would run as a formula (starting with = + - @) gets a
leading apostrophe, as OWASP advises; the workshop file (JSON) keeps the exact text.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..services.owners import shown_person
from ..services.records import WorkshopData
from ..services.wording import combined_note
from .files import write_atomically, write_folder_atomically
from .minutes.facts import Facts

ENCODING = "utf-8-sig"
COMBINED_COLUMN = "Dots from smaller groups combined and people without a group"
FILES = ("ideas.csv", "votes.csv", "actions.csv")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
STATUS = {
    "proposed": "Proposed",
    "agreed": "Agreed",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A CSV file's bytes as every export writes them: UTF-8 with a byte-order mark,
    CRLF line ends, empty cells for None, formula-like text made safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_cell(h) for h in header])
    for row in rows:
        writer.writerow(["" if v is None else _cell(v) for v in row])
    return buffer.getvalue().encode(ENCODING)


def _person(facts: Facts, person_id: int | None) -> str:
    """A name only with consent; otherwise who they are by group."""
    person = facts.people.get(person_id) if person_id is not None else None
    if person is None:
        return ""
    group = facts.group_name(person.group_id) if person.group_id in facts.groups else None
    return shown_person(person.name, person.named_in_minutes, group)


def ideas_csv(facts: Facts) -> bytes:
    d = facts.data
    dots = facts.idea_dots
    header = ["No.", "Idea", "Theme", "Group", "Author", "Stage", "Captured at", "Dots"]
    rows = []
    for idea in d.ideas:
        theme = facts.themes.get(idea.theme_id) if idea.theme_id is not None else None
        stage = facts.stages.get(idea.stage_id) if idea.stage_id is not None else None
        rows.append(
            [
                facts.idea_no[idea.id],
                idea.text,
                theme.name if theme else "",
                facts.group_name(idea.group_id, "") if idea.group_id is not None else "",
                facts.people[idea.author_id].name if facts.may_name(idea.author_id) else "",
                stage.title if stage else "",
                idea.created_at.astimezone().isoformat(timespec="seconds"),
                dots.get(idea.id, ""),
            ]
        )
    return csv_bytes(header, rows)


def votes_csv(facts: Facts) -> bytes:
    """One row per round and item, with the round's set-up and turnout repeated so the
    sheet can be filtered; a column of dots per group for ballot rounds.

    A group's column has figures only where the round shows that group apart: a secret
    round counts groups of fewer than 3 voters together (``services.small_groups``), in
    the column of the smaller groups combined, and says so in "Groups note". A group no
    round shows apart gets no column."""
    d = facts.data
    shown = {
        b.group_id
        for res in facts.results.values()
        if res.round.method == "ballot"
        for b in res.breakdown
    }
    groups = [(g.id, g.name) for g in d.groups if g.id in shown]
    header = [
        "Vote", "Question", "Run-off of vote", "Status", "Method", "Voting on",
        "Dots each", "Most dots on one item", "Secret", "Ballots", "Electors",
        "Rank", "Tied", "Idea No.", "Item", "Dots",
        *[f"Dots from {name}" for _, name in groups], COMBINED_COLUMN, "Groups note",
    ]  # fmt: skip
    rows: list[list[Any]] = []
    for rd in d.rounds:
        v = rd.round
        number = facts.round_no[v.id]
        runoff = facts.round_no.get(v.runoff_of_id) if v.runoff_of_id is not None else None
        ballot = v.method == "ballot"
        start = [
            number, v.question, runoff or "", v.status,
            "Ballot on screen" if ballot else "Tally of sticker dots", v.target,
            v.dots_per_voter if ballot else "", v.max_dots_per_item if ballot else "",
            ("Yes" if v.secret else "No") if ballot else "",
        ]  # fmt: skip
        res = facts.results.get(v.id)
        if res is None:  # a draft or open round: its set-up, no results
            rows.append([*start, "", "", "", "", "", "", "", *[""] * (len(groups) + 2)])
            continue
        apart = {b.group_id for b in res.breakdown}
        note = combined_note(res)
        for item in res.items:
            by_group = (
                [item.by_group.get(gid, 0) if gid in apart else "" for gid, _ in groups]
                if ballot
                else []
            )
            no_group = item.by_group.get(None, 0) if ballot and None in apart else ""
            rows.append(
                [
                    *start,
                    res.ballots if ballot else "",
                    res.electors if ballot else "",
                    item.rank,
                    "Yes" if item.tied else "No",
                    facts.idea_no.get(item.item_id, "") if v.target == "ideas" else "",
                    item.label,
                    item.dots,
                    *(by_group or [""] * len(groups)),
                    no_group,
                    note,
                ]
            )
    return csv_bytes(header, rows)


def actions_csv(facts: Facts) -> bytes:
    d = facts.data
    header = [
        "No.", "Action", "Owner", "Due", "Status", "Notes", "Answers ideas (No.)",
        "Answers themes", "Carried over from",
    ]  # fmt: skip
    rows = []
    earlier = d.follow_up_of.title if d.follow_up_of else ""
    for n, a in enumerate(d.actions, start=1):
        owner = _person(facts, a.owner_id) if a.owner_id is not None else a.owner_name or ""
        rows.append(
            [
                n,
                a.title,
                owner,
                a.due.isoformat() if a.due else "",
                STATUS.get(a.status, a.status),
                a.notes,
                "; ".join(str(facts.idea_no[i]) for i in a.idea_ids if i in facts.idea_no),
                "; ".join(facts.themes[t].name for t in a.theme_ids if t in facts.themes),
                earlier if a.carried_from_id is not None else "",
            ]
        )
    return csv_bytes(header, rows)


def csv_files(data: WorkshopData) -> dict[str, bytes]:
    """The three files' names and contents."""
    facts = Facts(data)
    return {
        "ideas.csv": ideas_csv(facts),
        "votes.csv": votes_csv(facts),
        "actions.csv": actions_csv(facts),
    }


def write_csv(data: WorkshopData, out: Path) -> None:
    """Write ``out.zip`` as a zip, or ``out`` as a folder of CSV files (made if missing,
    its old set replaced whole). Nothing is left half-written if it fails."""
    out = Path(out)
    files = csv_files(data)
    if out.suffix.lower() == ".zip":
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in files.items():
                archive.writestr(name, content)
        write_atomically(out, packed.getvalue())
        return
    write_folder_atomically(out, files)
