"""CSV files for spreadsheets: they read back, keep every script, never name a person
who did not consent, and never hand a spreadsheet a formula."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from minutes_workshop import (
    CYRILLIC,
    GREEK,
    HIDDEN_ABSENT,
    HIDDEN_NAME,
    MARKUP,
    MULTILINE,
    POLISH,
    WELSH,
    Built,
    build_workshop,
)

from coprod_desktop.db.engine import Database
from coprod_desktop.exports.csv_export import csv_files, write_csv
from coprod_desktop.services import board, workshops
from coprod_desktop.services.workshops import load_workshop


def rows(content: bytes) -> list[dict[str, str]]:
    assert content.startswith("\ufeff".encode()), "Excel needs the byte-order mark for UTF-8"
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))


@pytest.fixture
def built(db: Database) -> Built:
    return build_workshop(db)


@pytest.fixture
def files(db: Database, built: Built) -> dict[str, bytes]:
    return csv_files(load_workshop(db, built.workshop_id))


def test_ideas_read_back_exactly(files: dict[str, bytes]) -> None:
    ideas = rows(files["ideas.csv"])
    assert len(ideas) == 10
    texts = [i["Idea"] for i in ideas]
    for text in (WELSH, POLISH, GREEK, CYRILLIC, MARKUP, MULTILINE):
        assert text in texts
    by_text = {i["Idea"]: i for i in ideas}
    assert by_text[WELSH]["Theme"] == "Getting there"
    assert by_text[WELSH]["Group"] == "Residents"
    assert by_text[WELSH]["Author"] == "Aled Ŵynne"
    assert by_text[WELSH]["Dots"] == "3"
    assert by_text[WELSH]["No."] == "1"


def test_votes_have_a_row_per_round_and_item(files: dict[str, bytes]) -> None:
    votes = rows(files["votes.csv"])
    first = [v for v in votes if v["Vote"] == "1"]
    assert [(v["Rank"], v["Tied"], v["Dots"]) for v in first] == [
        ("1", "Yes", "3"),
        ("1", "Yes", "3"),
        ("3", "Yes", "1"),
        ("3", "Yes", "1"),
    ]
    assert first[0]["Secret"] == "Yes"
    assert first[0]["Ballots"] == "4" and first[0]["Electors"] == "5"
    # Two residents, two carers, one of staff: too few to show apart, so all five
    # ballots are counted together (small_groups), and the note says why.
    assert first[0]["Dots from Residents"] == ""
    combined = "Dots from smaller groups combined and people without a group"
    assert [v[combined] for v in first] == ["3", "3", "1", "1"]
    assert first[0]["Groups note"].startswith("Groups with fewer than 3 voters are counted")
    assert "Dots from Staff" not in first[0]  # no round shows Staff apart
    named = [v for v in votes if v["Secret"] == "No"]
    assert {v["Dots from Residents"] for v in named} == {"0", "2"}  # a named round keeps groups
    assert named[0]["Groups note"] == ""
    runoff = [v for v in votes if v["Vote"] == "2"]
    assert runoff[0]["Run-off of vote"] == "1"
    assert runoff[0]["Item"] == WELSH and runoff[0]["Dots"] == "3"
    tally = [v for v in votes if v["Method"] == "Tally of sticker dots"]
    assert [(v["Item"], v["Dots"]) for v in tally][:2] == [
        ("Getting there", "7"),
        ("Ŵyn & <ŷd>", "3"),
    ]
    assert tally[0]["Dots from Residents"] == ""
    states = {v["Question"]: v["Status"] for v in votes}
    assert states["Still open question"] == "open"
    assert states["Draft question never held"] == "draft"


def test_actions_read_back(files: dict[str, bytes]) -> None:
    actions = rows(files["actions.csv"])
    assert [a["Status"] for a in actions] == ["Agreed", "In progress", "Done", "Dropped"]
    first = actions[0]
    assert first["Owner"] == "Aled Ŵynne"
    assert first["Due"] == "2027-01-31"
    assert first["Notes"] == "Ask about the 7pm service.\nCopy Siân."
    assert first["Answers ideas (No.)"] == "1"
    assert first["Answers themes"] == "Getting there"
    assert actions[2]["Owner"] == "Housing team <east>"


def test_nobody_who_did_not_consent_is_named(files: dict[str, bytes]) -> None:
    for content in files.values():
        text = content.decode("utf-8-sig")
        assert HIDDEN_NAME not in text and HIDDEN_ABSENT not in text
        assert "Zebedee" not in text
    actions = rows(files["actions.csv"])
    assert actions[1]["Owner"] == "A participant (Carers & <families>)"
    ideas = {i["Idea"]: i for i in rows(files["ideas.csv"])}
    assert ideas[MARKUP]["Author"] == ""
    assert ideas[MARKUP]["Group"] == "Carers & <families>"


def test_formulas_are_defused(db: Database) -> None:
    w = workshops.create_workshop(db, "Formulas")
    for text in ('=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "Plain - text"):
        board.capture_idea(db, w.id, text)
    ideas = [i["Idea"] for i in rows(csv_files(load_workshop(db, w.id))["ideas.csv"])]
    assert ideas == [
        '\'=HYPERLINK("http://x","click")',
        "'+1+1",
        "'-2+3",
        "'@SUM(A1)",
        "Plain - text",
    ]


def test_write_csv_as_a_folder(db: Database, built: Built, tmp_path: Path) -> None:
    parent = tmp_path / "exports"
    parent.mkdir()
    out = parent / "workshop csv"
    write_csv(load_workshop(db, built.workshop_id), out)
    assert sorted(p.name for p in out.iterdir()) == ["actions.csv", "ideas.csv", "votes.csv"]
    assert len(rows((out / "ideas.csv").read_bytes())) == 10
    assert [p.name for p in parent.iterdir()] == ["workshop csv"]  # nothing half-written


def test_write_csv_as_a_zip(db: Database, built: Built, tmp_path: Path) -> None:
    out = tmp_path / "Workshop.ZIP"
    write_csv(load_workshop(db, built.workshop_id), out)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["actions.csv", "ideas.csv", "votes.csv"]
        assert len(rows(archive.read("actions.csv"))) == 4


def test_write_csv_refuses_a_file_in_place_of_a_folder(
    db: Database, built: Built, tmp_path: Path
) -> None:
    out = tmp_path / "taken"
    out.write_text("keep me")
    with pytest.raises(NotADirectoryError, match=r"ending in \.zip"):
        write_csv(load_workshop(db, built.workshop_id), out)
    assert out.read_text() == "keep me"
