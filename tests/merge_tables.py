"""Three breakout tables' workshops built through the services and exported as files,
to be merged into one plenary (tests of the merge, its command line and its minutes).

Table 1 "Bus routes": Residents (3) and Staff (1), a secret ballot, an action linked to
an idea and a theme, a stage note. Table 2 "Day centre": "residents " and Carers (the
group joins Residents whatever its case and spaces), Aled again (one person), a named
round and a tally on themes, a theme of the same name in another case ("getting
there"), a stage of the same title and a new one. Table 3 "Library hours": Dai again,
a second Aled who is Staff (another person), the same question as table 1, no date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coprod_desktop.db.engine import Database
from coprod_desktop.exports.workshop_json import write_workshop_file
from coprod_desktop.services import actions, agenda, board, people, voting, workshops

TABLES = ("Bus routes", "Day centre", "Library hours")


@dataclass
class Tables:
    paths: list[Path]
    workshop_ids: list[int]
    # per table: its rounds' questions -> round id in the table's own workshop
    rounds: list[dict[str, int]] = field(default_factory=list)


def _table_1(db: Database) -> tuple[int, dict[str, int]]:
    w = workshops.create_workshop(
        db, TABLES[0], date=date(2026, 11, 28), venue="Neuadd y Dref", facilitator="Catrin",
        organisation="Cyngor Sir", purpose="What changes first?",
    )  # fmt: skip
    residents = people.add_group(db, w.id, "Residents", "#E69F00").id
    staff = people.add_group(db, w.id, "Staff").id
    aled = people.add_participant(db, w.id, "Aled", group_id=residents, named_in_minutes=True)
    bea = people.add_participant(db, w.id, "Bea", group_id=residents, named_in_minutes=True)
    cai = people.add_participant(db, w.id, "Cai", group_id=residents)
    dai = people.add_participant(db, w.id, "Dai", group_id=staff, named_in_minutes=True)
    stage = agenda.add_stage(db, w.id, "What matters?", prompt="Say it plainly", planned_minutes=20)
    theme = board.add_theme(db, w.id, "Getting there").id
    later = board.capture_idea(
        db, w.id, "Later buses", author_id=aled.id, theme_id=theme, stage_id=stage.id
    ).idea.id
    ramps = board.capture_idea(db, w.id, "Ramps at stops", author_id=bea.id).idea.id
    welsh = board.capture_idea(db, w.id, "Timetable in Welsh", author_id=dai.id).idea.id
    rd = voting.create_round(db, w.id, "Which first?", dots_per_voter=2, max_dots_per_item=2)
    voting.open_round(db, rd.id)
    voting.cast_ballot(db, rd.id, aled.id, {later: 1, ramps: 1})
    voting.cast_ballot(db, rd.id, bea.id, {later: 2})
    voting.cast_ballot(db, rd.id, cai.id, {welsh: 1})
    voting.cast_ballot(db, rd.id, dai.id, {welsh: 2})
    voting.close_round(db, rd.id)
    actions.add_action(
        db, w.id, "Write to the bus company", owner_id=aled.id, due=date(2027, 1, 31),
        status="agreed", idea_ids=[later], theme_ids=[theme],
    )  # fmt: skip
    agenda.add_note(db, w.id, "Buses stop at six", stage_id=stage.id)
    return w.id, {"Which first?": rd.id}


def _table_2(db: Database) -> tuple[int, dict[str, int]]:
    w = workshops.create_workshop(db, TABLES[1], date=date(2026, 11, 28), venue="Elsewhere")
    residents = people.add_group(db, w.id, "residents ").id
    carers = people.add_group(db, w.id, "Carers").id
    aled = people.add_participant(db, w.id, "Aled", group_id=residents, named_in_minutes=True)
    eira = people.add_participant(db, w.id, "Eira", group_id=carers, named_in_minutes=True)
    matters = agenda.add_stage(db, w.id, "What matters?", planned_minutes=30)
    steps = agenda.add_stage(db, w.id, "Next steps")
    there = board.add_theme(db, w.id, "getting there").id
    meals = board.add_theme(db, w.id, "Meals").id
    minibus = board.capture_idea(
        db, w.id, "Community minibus", author_id=eira.id, theme_id=there, stage_id=matters.id
    ).idea.id
    hot = board.capture_idea(db, w.id, "Hot meals on Fridays", author_id=aled.id, theme_id=meals)
    named = voting.create_round(db, w.id, "Named vote", dots_per_voter=1, secret=False)
    voting.open_round(db, named.id)
    voting.cast_ballot(db, named.id, aled.id, {minibus: 1})
    voting.cast_ballot(db, named.id, eira.id, {hot.idea.id: 1})
    voting.close_round(db, named.id)
    tally = voting.create_round(db, w.id, "Stickers on themes", target="themes", method="tally")
    voting.open_round(db, tally.id)
    voting.record_tallies(db, tally.id, {there: 5, meals: 3})
    voting.close_round(db, tally.id)
    actions.add_action(
        db, w.id, "Ask the kitchen", owner_name="Housing team", idea_ids=[hot.idea.id]
    )
    agenda.add_note(db, w.id, "Carers want a say", stage_id=steps.id)
    return w.id, {"Named vote": named.id, "Stickers on themes": tally.id}


def _table_3(db: Database) -> tuple[int, dict[str, int]]:
    w = workshops.create_workshop(db, TABLES[2])
    staff = people.add_group(db, w.id, "Staff").id
    residents = people.add_group(db, w.id, "Residents").id
    dai = people.add_participant(db, w.id, "Dai", group_id=staff, named_in_minutes=True)
    aled = people.add_participant(db, w.id, "Aled", group_id=staff)
    fflur = people.add_participant(db, w.id, "Fflur", group_id=residents)
    sunday = board.capture_idea(db, w.id, "Open on Sundays", author_id=fflur.id).idea.id
    wifi = board.capture_idea(db, w.id, "Faster wifi", author_id=dai.id).idea.id
    rd = voting.create_round(db, w.id, "Which first?", dots_per_voter=1)
    voting.open_round(db, rd.id)
    voting.cast_ballot(db, rd.id, dai.id, {wifi: 1})
    voting.cast_ballot(db, rd.id, fflur.id, {sunday: 1})
    voting.cast_ballot(db, rd.id, aled.id, {sunday: 1})
    voting.close_round(db, rd.id)
    actions.add_action(db, w.id, "Ask about Sunday staff", owner_id=dai.id, idea_ids=[sunday])
    agenda.add_note(db, w.id, "Library closes at four")
    return w.id, {"Which first?": rd.id}


def build_tables(db: Database, folder: Path) -> Tables:
    """The three tables in ``db``, each exported to ``folder/tableN.json``."""
    built = Tables([], [])
    for n, make in enumerate((_table_1, _table_2, _table_3), start=1):
        workshop_id, rounds = make(db)
        path = folder / f"table{n}.json"
        write_workshop_file(workshops.load_workshop(db, workshop_id), path)
        built.paths.append(path)
        built.workshop_ids.append(workshop_id)
        built.rounds.append(rounds)
    return built
