"""A group of one has no secret: five residents and a service manager vote, and no file
the app writes (library, CSV, workshop file, minutes) shows the manager's dots as
"Staff"; each says why in one line. With 10 residents, 10 carers and the manager, the
residents are still compared with everyone else."""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from coprod_desktop.db.engine import Database
from coprod_desktop.exports.csv_export import csv_files
from coprod_desktop.exports.minutes_pdf import minutes_bytes
from coprod_desktop.exports.workshop_json import import_workshop, workshop_to_dict
from coprod_desktop.services import ballot_box, board, people, voting, workshops
from coprod_desktop.services.workshops import load_workshop

WHY = "Groups with fewer than 3 voters are counted together, so nobody's vote can be picked out."
WHY_CY = (
    "Mae grwpiau â llai na 3 pleidleisiwr yn cael eu cyfrif gyda'i gilydd, fel na all neb "
    "weld pleidlais unigolyn."
)
COMBINED_COLUMN = "Dots from smaller groups combined and people without a group"


@dataclass
class Vote:
    workshop_id: int
    round_id: int
    group_ids: dict[str, int]
    ideas: list[int]


def hold_vote(db: Database, sizes: dict[str, int], choose, language: str = "en") -> Vote:
    """A closed secret round; ``choose(group, n)`` gives each voter's dots by idea index."""
    w = workshops.create_workshop(db, "Repairs: what first?", language=language)
    groups = {name: people.add_group(db, w.id, name).id for name in sizes}
    voters = [
        (name, n, people.add_participant(db, w.id, f"{name} {n + 1}", group_id=groups[name]))
        for name, size in sizes.items()
        for n in range(size)
    ]
    texts = ("Fix the lifts", "Answer the phone", "Clear the bins")
    ideas = [board.capture_idea(db, w.id, t).idea.id for t in texts]
    rd = voting.create_round(db, w.id, "What first?", dots_per_voter=3, max_dots_per_item=3)
    voting.open_round(db, rd.id)
    for name, n, person in voters:
        voting.cast_ballot(db, rd.id, person.id, {ideas[i]: d for i, d in choose(name, n).items()})
    voting.close_round(db, rd.id)
    return Vote(w.id, rd.id, groups, ideas)


def residents_and_manager(name: str, n: int) -> dict[int, int]:
    # Every resident: 2 on the lifts, 1 on the phone. The manager: all 3 on the bins.
    return {2: 3} if name == "Staff" else {0: 2, 1: 1}


@pytest.fixture
def five_and_one(db: Database) -> Vote:
    return hold_vote(db, {"Residents": 5, "Staff": 1}, residents_and_manager)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def results_part(text: str) -> str:
    """The minutes from the vote's results table to its groups sentence."""
    text = flat(text)
    start = text.index("Results of vote 1")
    return text[start : text.index("Groups compared", start)]


def test_the_library_file_stores_the_managers_ballot_without_a_group(db, five_and_one):
    conn = sqlite3.connect(db.path)
    try:
        # The manager's ballot is the one with 3 dots on one idea: no other ballot has.
        rows = conn.execute(
            "SELECT b.group_id FROM ballots b JOIN ballot_dots d ON d.ballot_id = b.id "
            "WHERE d.dots = 3"
        ).fetchall()
        everyone = conn.execute("SELECT group_id FROM ballots").fetchall()
    finally:
        conn.close()
    assert rows == [(None,)]
    assert everyone == [(None,)] * 6  # and the residents with it: 6 minus 5 is the manager


def test_the_csv_has_no_staff_figures_and_says_why(db, five_and_one):
    votes = list(
        csv.DictReader(
            io.StringIO(csv_files(load_workshop(db, 1))["votes.csv"].decode("utf-8-sig"))
        )
    )
    assert votes and not any(key.startswith("Dots from Staff") for key in votes[0])
    assert not any(key.startswith("Dots from Residents") for key in votes[0])
    assert {v["Groups note"] for v in votes} == {WHY}
    by_item = {v["Item"]: (v["Dots"], v[COMBINED_COLUMN]) for v in votes}
    assert by_item == {
        "Fix the lifts": ("10", "10"),
        "Answer the phone": ("5", "5"),
        "Clear the bins": ("3", "3"),
    }


def test_the_workshop_file_labels_no_ballot_with_the_staff_group(db, five_and_one):
    document = workshop_to_dict(load_workshop(db, five_and_one.workshop_id))
    ballots = document["rounds"][0]["ballots"]
    assert len(ballots) == 6
    assert [b["group"] for b in ballots] == [None] * 6
    staff = next(g["id"] for g in document["groups"] if g["name"] == "Staff")
    assert staff not in repr(document["rounds"])


def test_the_minutes_show_no_staff_figures_and_say_why(db, five_and_one):
    text = pdf_text(minutes_bytes(load_workshop(db, five_and_one.workshop_id)))
    part = results_part(text)
    assert "Staff" not in part and "Residents" not in part and "combined" not in part
    assert flat(WHY) in flat(text)
    assert "Showing any group apart would reveal someone's vote, so groups are not compared." in (
        flat(text)
    )
    assert "Residents 5/5 · Staff 1/1" in flat(text)  # turnout: the register, seen by all


def test_welsh_minutes_say_why_in_welsh(db):
    vote = hold_vote(db, {"Residents": 5, "Staff": 1}, residents_and_manager, language="cy")
    text = flat(pdf_text(minutes_bytes(load_workshop(db, vote.workshop_id))))
    assert flat(WHY_CY) in text


def test_ten_residents_ten_carers_one_manager(db):
    def choose(name: str, n: int) -> dict[int, int]:
        return {0: 3} if name == "Residents" else {1: 2, 2: 1}

    vote = hold_vote(db, {"Residents": 10, "Carers": 10, "Staff": 1}, choose)
    data = load_workshop(db, vote.workshop_id)
    text = flat(pdf_text(minutes_bytes(data)))
    part = results_part(text)
    assert "Residents" in part and "Smaller groups combined" in part
    assert "Carers" not in part and "Staff" not in part
    assert (
        "Groups differed: Residents put “Fix the lifts” first; the smaller groups combined "
        "put “Answer the phone” first."
    ) in text
    assert flat(WHY) in text
    votes = list(csv.DictReader(io.StringIO(csv_files(data)["votes.csv"].decode("utf-8-sig"))))
    assert {k for k in votes[0] if k.startswith("Dots from")} == {
        "Dots from Residents",
        COMBINED_COLUMN,
    }
    lifts = next(v for v in votes if v["Item"] == "Fix the lifts")
    assert (lifts["Dots from Residents"], lifts[COMBINED_COLUMN]) == ("30", "0")
    ballots = workshop_to_dict(data)["rounds"][0]["ballots"]
    assert sorted(str(b["group"]) for b in ballots) == ["None"] * 11 + ["g1"] * 10


def a_file_with_a_staff_ballot(secret: bool = True) -> dict:
    residents = [
        {"id": f"p{n}", "name": f"Resident {n}", "group": "g1", "attended": True}
        for n in range(1, 6)
    ]
    manager = {"id": "p6", "name": "Manager", "group": "g2", "attended": True}
    ballots = [{"group": "g1", "dots": {"i1": 1}} for _ in residents]
    ballots.append({"group": "g2", "dots": {"i2": 1}})
    if not secret:
        for n, ballot in enumerate(ballots, start=1):
            ballot["voter"] = f"p{n}"
    return {
        "format": "coprod-workshop",
        "version": 1,
        "workshop": {"title": "From another laptop"},
        "groups": [
            {"id": "g1", "name": "Residents", "colour": "#E69F00"},
            {"id": "g2", "name": "Staff", "colour": "#009E73"},
        ],
        "participants": [*residents, manager],
        "ideas": [{"id": "i1", "text": "Lifts"}, {"id": "i2", "text": "Bins"}],
        "rounds": [
            {
                "id": "r1", "question": "First?", "target": "ideas", "method": "ballot",
                "dots_per_voter": 1, "max_dots_per_item": 1, "secret": secret,
                "status": "closed", "voters": [f"p{n}" for n in range(1, 7)],
                "ballots": ballots,
            }
        ],
    }  # fmt: skip


def test_an_imported_staff_ballot_is_pooled_and_written_in_random_order(db, monkeypatch):
    shuffled: list[int] = []

    def shuffle(items: list) -> None:
        shuffled.append(len(items))
        items.reverse()

    monkeypatch.setattr(ballot_box, "_shuffler", lambda: shuffle)
    imported = import_workshop(db, a_file_with_a_staff_ballot())
    assert shuffled == [6, 6, 6]  # the register, the ballots and their dots
    conn = sqlite3.connect(db.path)
    try:
        groups = [row[0] for row in conn.execute("SELECT group_id FROM ballots")]
    finally:
        conn.close()
    assert groups == [None] * 6
    data = load_workshop(db, imported.id)
    assert [b["group"] for b in workshop_to_dict(data)["rounds"][0]["ballots"]] == [None] * 6


def test_an_imported_named_round_keeps_its_groups(db):
    imported = import_workshop(db, a_file_with_a_staff_ballot(secret=False))
    data = load_workshop(db, imported.id)
    names = {g.id: g.name for g in data.groups}
    assert sorted(names[b.group_id] for b in data.rounds[0].ballots) == ["Residents"] * 5 + [
        "Staff"
    ]
    text = flat(pdf_text(minutes_bytes(data)))
    assert "Staff" in results_part(text)  # each ballot is named anyway: nothing to hide
