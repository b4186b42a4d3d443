"""What links the records of a workshop file together, checked over the typed model
(``workshop_format``): ids unique in their list and every reference naming one, names
unique, a ballot within its round's budget and cap, one ballot per registered voter,
run-offs that start somewhere, secret ballots that name nobody, tallies only in tally
rounds.

Each rule is a small function that reports to ``Problems`` with the JSON path. They run
over the records that passed the model (each with its path in the file), so a file with
a bad field still hears about its broken references in the same report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from .import_problems import RECORD, Problems, json_repr
from .workshop_format import (
    Action,
    Ballot,
    Group,
    Idea,
    Note,
    Participant,
    Round,
    Stage,
    Theme,
    Workshop,
    WorkshopFile,
)


@dataclass
class Located:
    """The records of a file that passed the model, each with its JSON path."""

    workshop: Workshop | None = None
    groups: list[tuple[str, Group]] = field(default_factory=list)
    participants: list[tuple[str, Participant]] = field(default_factory=list)
    stages: list[tuple[str, Stage]] = field(default_factory=list)
    themes: list[tuple[str, Theme]] = field(default_factory=list)
    ideas: list[tuple[str, Idea]] = field(default_factory=list)
    rounds: list[tuple[str, Round]] = field(default_factory=list)
    actions: list[tuple[str, Action]] = field(default_factory=list)
    notes: list[tuple[str, Note]] = field(default_factory=list)

    @classmethod
    def of(cls, file: WorkshopFile) -> Located:
        def at(key: str, rows: list[Any]) -> list[tuple[str, Any]]:
            return [(f"{key}[{n}]", row) for n, row in enumerate(rows)]

        return cls(
            file.workshop,
            at("groups", file.groups),
            at("participants", file.participants),
            at("stages", file.stages),
            at("themes", file.themes),
            at("ideas", file.ideas),
            at("rounds", file.rounds),
            at("actions", file.actions),
            at("notes", file.notes),
        )


# Every id a list of the file gives, usable or not: a reference to a record whose other
# fields are wrong is not reported as a reference to nothing.
Known = dict[str, set[str]]


def known_ids(document: dict[str, Any]) -> Known:
    known: Known = {}
    for key in ("groups", "participants", "stages", "themes", "ideas", "rounds", "actions"):
        rows = document.get(key)
        known[key] = {
            row["id"]
            for row in (rows if isinstance(rows, list) else [])
            if isinstance(row, dict) and isinstance(row.get("id"), str) and row["id"]
        }
    return known


def check_links(p: Problems, document: dict[str, Any], records: Located) -> None:
    """Every rule of this module, in the order of the file's lists."""
    known = known_ids(document)
    unique_ids(p, document)
    unique_names(p, records.groups)
    unique_names(p, records.themes)
    for path, person in records.participants:
        reference(p, f"{path}.group", person.group, known["groups"], "group")
    for path, idea in records.ideas:
        reference(p, f"{path}.author", idea.author, known["participants"], "participant")
        reference(p, f"{path}.group", idea.group, known["groups"], "group")
        reference(p, f"{path}.theme", idea.theme, known["themes"], "theme")
        reference(p, f"{path}.stage", idea.stage, known["stages"], "stage")
    for path, rd in records.rounds:
        round_links(p, path, rd, known)
        round_votes(p, path, rd, known)
    runoff_cycles(p, records.rounds)
    for path, action in records.actions:
        reference(p, f"{path}.owner", action.owner, known["participants"], "participant")
        action_links(p, path, action, known)
    for path, note in records.notes:
        reference(p, f"{path}.stage", note.stage, known["stages"], "stage")


def unique_ids(p: Problems, document: dict[str, Any]) -> None:
    """Ids are the file's own keys: unique within their list."""
    for key in ("groups", "participants", "stages", "themes", "ideas", "rounds", "actions"):
        rows = document.get(key)
        seen: set[str] = set()
        for n, row in enumerate(rows if isinstance(rows, list) else []):
            value = row.get("id") if isinstance(row, dict) else None
            if isinstance(value, str) and value in seen:
                p.fail(
                    f"{key}[{n}].id",
                    QT_TRANSLATE_NOOP("import", "{id} is used twice"),
                    id=json_repr(value),
                )
            elif isinstance(value, str):
                seen.add(value)


def unique_names(p: Problems, rows: Iterable[tuple[str, Group | Theme]]) -> None:
    """Two groups (or themes) of one name, in any case, would be one on the board."""
    names: dict[str, str] = {}
    for path, row in rows:
        name = row.name.strip()
        if name.lower() in names:
            p.fail(
                f"{path}.name",
                QT_TRANSLATE_NOOP("import", '"{name}" is used by {other} too'),
                name=name,
                other=names[name.lower()],
            )
        else:
            names[name.lower()] = path


def reference(p: Problems, path: str, value: str | None, known: set[str], what: str) -> bool:
    """Whether ``value`` (when given) names a record of its list; reports it if not."""
    if value is None or value in known:
        return True
    p.fail(
        path, QT_TRANSLATE_NOOP("import", "no {what} {id}"), what=RECORD[what], id=json_repr(value)
    )
    return False


def id_list(p: Problems, path: str, values: list[str] | None, known: set[str], what: str) -> None:
    """A list of references, each to a record of its list and each once."""
    seen: set[str] = set()
    for n, value in enumerate(values or []):
        if not reference(p, f"{path}[{n}]", value, known, what):
            continue
        if value in seen:
            p.fail(
                f"{path}[{n}]",
                QT_TRANSLATE_NOOP("import", "{id} is listed twice"),
                id=json_repr(value),
            )
        seen.add(value)


def _item_kind(rd: Round) -> tuple[str, str]:
    return ("ideas", "idea") if rd.target == "ideas" else ("themes", "theme")


def round_links(p: Problems, path: str, rd: Round, known: Known) -> None:
    """What a round asks about, who may vote and who did, and the round it settles."""
    if rd.max_dots_per_item > rd.dots_per_voter:
        p.fail(
            f"{path}.max_dots_per_item",
            QT_TRANSLATE_NOOP("import", "cannot be more than dots_per_voter"),
        )
    items, what = _item_kind(rd)
    id_list(p, f"{path}.items", rd.items, known[items], what)
    id_list(p, f"{path}.electors", rd.electors, known["participants"], "participant")
    id_list(p, f"{path}.voters", rd.voters, known["participants"], "participant")
    known_round = reference(p, f"{path}.runoff_of", rd.runoff_of, known["rounds"], "round")
    if known_round and rd.runoff_of is not None and rd.runoff_of == rd.id:
        p.fail(
            f"{path}.runoff_of",
            QT_TRANSLATE_NOOP("import", "a round cannot be its own run-off"),
        )
    if rd.electors is not None:
        for n, voter in enumerate(rd.voters):
            if voter not in rd.electors:
                p.fail(
                    f"{path}.voters[{n}]",
                    QT_TRANSLATE_NOOP("import", "{id} voted but is not among the electors"),
                    id=json_repr(voter),
                )


def round_votes(p: Problems, path: str, rd: Round, known: Known) -> None:
    """Ballots and tallies: on the round's own items, within budget and cap, one ballot
    per registered voter, and only the kind of vote the round's method takes."""
    items, what = _item_kind(rd)
    allowed = set(rd.items) if rd.items is not None else known[items]
    named: set[str] = set()
    for n, ballot in enumerate(rd.ballots):
        where = f"{path}.ballots[{n}]"
        reference(p, f"{where}.group", ballot.group, known["groups"], "group")
        ballot_voter(p, where, rd, ballot, named)
        for key, count in ballot.dots.items():
            spot = f"{where}.dots.{key}"
            if key not in allowed:
                p.fail(
                    spot,
                    QT_TRANSLATE_NOOP("import", 'no {what} "{key}" in this round'),
                    what=RECORD[what],
                    key=key,
                )
            elif count > rd.max_dots_per_item:
                p.fail(
                    spot,
                    QT_TRANSLATE_NOOP("import", "is more than the {most} dots allowed on one item"),
                    most=rd.max_dots_per_item,
                )
        total = sum(ballot.dots.values())
        if total > rd.dots_per_voter:
            p.fail(
                f"{where}.dots",
                QT_TRANSLATE_NOOP(
                    "import", "add up to {total}, more than the {most} each voter has"
                ),
                total=total,
                most=rd.dots_per_voter,
            )
    for key in rd.tallies:
        if key not in allowed:
            p.fail(
                f"{path}.tallies.{key}",
                QT_TRANSLATE_NOOP("import", 'no {what} "{key}" in this round'),
                what=RECORD[what],
                key=key,
            )
    if rd.method == "tally" and (rd.voters or rd.ballots):
        p.fail(path, QT_TRANSLATE_NOOP("import", "a tally round has no voters or ballots"))
    if rd.method == "ballot" and rd.tallies:
        p.fail(f"{path}.tallies", QT_TRANSLATE_NOOP("import", "a ballot round has no tallies"))
    if len(rd.ballots) > len(rd.voters):
        p.fail(
            f"{path}.ballots",
            QT_TRANSLATE_NOOP(
                "import", "{ballots} ballots but only {voters} voters in the register"
            ),
            ballots=len(rd.ballots),
            voters=len(rd.voters),
        )
    if rd.status == "draft" and (rd.voters or rd.ballots or rd.tallies):
        p.fail(path, QT_TRANSLATE_NOOP("import", "a draft round cannot hold votes yet"))


def ballot_voter(p: Problems, where: str, rd: Round, ballot: Ballot, named: set[str]) -> None:
    """A secret ballot never names its voter; a named one names a registered voter, who
    has one ballot."""
    voter = ballot.voter
    if voter is None:
        return
    if rd.secret:
        p.fail(
            f"{where}.voter", QT_TRANSLATE_NOOP("import", "a secret ballot never names its voter")
        )
    elif voter not in rd.voters:
        p.fail(
            f"{where}.voter",
            QT_TRANSLATE_NOOP("import", "{id} is not in this round's voters"),
            id=json_repr(voter),
        )
    elif voter in named:
        p.fail(
            f"{where}.voter",
            QT_TRANSLATE_NOOP("import", "{id} has two ballots"),
            id=json_repr(voter),
        )
    else:
        named.add(voter)


def runoff_cycles(p: Problems, rounds: list[tuple[str, Round]]) -> None:
    """A run-off follows the round it settles; a chain that comes back to where it
    started (r1 settles r2, r2 settles r1) has no first round. Each circle told once."""
    runoff_of = {rd.id: rd.runoff_of for _, rd in rounds if rd.runoff_of and rd.runoff_of != rd.id}
    reported: set[str] = set()
    for path, rd in rounds:
        start = rd.id
        if start not in runoff_of or start in reported:
            continue
        chain = [start]
        current = runoff_of[start]
        while current in runoff_of and current not in chain:
            chain.append(current)
            current = runoff_of[current]
        if current == start:
            reported.update(chain)
            p.fail(
                f"{path}.runoff_of",
                QT_TRANSLATE_NOOP(
                    "import", "run-offs go round in a circle ({chain}); one must come first"
                ),
                chain=" → ".join(json_repr(r) for r in [*chain, start]),
            )


def action_links(p: Problems, path: str, action: Action, known: Known) -> None:
    """An action answers ideas or themes of this file; an id both would be ambiguous."""
    for n, link in enumerate(action.links):
        is_idea, is_theme = link in known["ideas"], link in known["themes"]
        if is_idea and is_theme:
            p.fail(
                f"{path}.links[{n}]",
                QT_TRANSLATE_NOOP("import", "{id} is both an idea and a theme"),
                id=json_repr(link),
            )
        elif not (is_idea or is_theme):
            p.fail(
                f"{path}.links[{n}]",
                QT_TRANSLATE_NOOP("import", "no idea or theme {id}"),
                id=json_repr(link),
            )
