"""The workshop file: each import rule names the JSON path and writes nothing."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from coprod_desktop.db.library import open_library
from coprod_desktop.exports.workshop_json import (
    ImportProblem,
    import_workshop,
    import_workshop_file,
    workshop_to_dict,
    write_workshop_file,
)
from coprod_desktop.services.workshops import list_workshops, load_workshop


def valid() -> dict[str, Any]:
    """The example of DESIGN.md, completed so that it is valid."""
    return {
        "format": "coprod-workshop",
        "version": 1,
        "workshop": {"title": "Day centre: what next?", "date": "2026-11-28", "language": "cy"},
        "groups": [{"id": "g1", "name": "Residents", "colour": "#E69F00"}],
        "participants": [
            {"id": "p1", "name": "Aled", "group": "g1", "named_in_minutes": True, "attended": True},
            {"id": "p2", "name": "Gwen", "group": "g1"},
        ],
        "stages": [{"id": "s1", "title": "What matters?", "planned_minutes": 20}],
        "themes": [{"id": "t1", "name": "Getting there", "colour": "#56B4E9"}],
        "ideas": [
            {"id": "i1", "text": "Later bus", "author": "p1", "theme": "t1", "stage": "s1"},
            {"id": "i2", "text": "Ŵyn & <b>cig</b> 🐑", "group": "g1"},
            {"id": "i3", "text": "Quiet room"},
        ],
        "rounds": [
            {
                "id": "r1", "question": "What first?", "target": "ideas", "method": "ballot",
                "dots_per_voter": 3, "max_dots_per_item": 2, "secret": True, "status": "closed",
                "voters": ["p1", "p2"],
                "ballots": [{"group": "g1", "dots": {"i1": 2, "i3": 1}}, {"group": "g1", "dots": {"i2": 1}}],
                "tallies": {},
            },
            {
                "id": "r2", "question": "Stickers", "target": "themes", "method": "tally",
                "dots_per_voter": 3, "max_dots_per_item": 3, "status": "closed",
                "tallies": {"t1": 7},
            },
        ],
        "actions": [
            {"id": "a1", "title": "Ask the bus company", "owner": "p1", "due": "2027-01-31",
             "status": "agreed", "links": ["i1", "t1"]},
            {"id": "a2", "title": "Find a room", "owner_name": "Housing team"},
        ],
        "notes": [{"stage": "s1", "text": "Lots about buses", "created_at": "2026-11-28T10:40:00+00:00"}],
    }  # fmt: skip


def library_digest(db) -> str:
    """What the library holds, as a user would see it."""
    return hashlib.sha256(
        repr([load_workshop(db, w.id) for w in list_workshops(db)]).encode()
    ).hexdigest()


def test_the_valid_example_imports_with_everything(db):
    record = import_workshop(db, valid())
    data = load_workshop(db, record.id)
    assert data.workshop.title == "Day centre: what next?" and data.workshop.language == "cy"
    assert [i.text for i in data.ideas] == ["Later bus", "Ŵyn & <b>cig</b> 🐑", "Quiet room"]
    ballot_round, tally_round = data.rounds
    assert sorted(sorted(b.dots.values()) for b in ballot_round.ballots) == [[1], [1, 2]]
    assert len(ballot_round.voters) == 2
    assert list(tally_round.tallies.values()) == [7]
    assert data.actions[0].idea_ids and data.actions[0].theme_ids
    assert data.actions[1].owner_name == "Housing team"


def refuse(db, document: Any, expected: str) -> ImportProblem:
    before = library_digest(db)
    with pytest.raises(ImportProblem) as caught:
        import_workshop(db, document)
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert library_digest(db) == before
    return caught.value


def broken(change) -> dict[str, Any]:
    document = copy.deepcopy(valid())
    change(document)
    return document


RULES = [
    ("not an object", lambda d: d.clear() or d.update({"x": 1}), "format:"),
    ("wrong format", lambda d: d.update(format="trello"), 'format: this is not a workshop file'),
    ("newer version", lambda d: d.update(version=2), "version: the file was made by a newer version"),
    ("bad version", lambda d: d.update(version="1"), "version: must be a whole number"),
    ("no workshop", lambda d: d.pop("workshop"), "workshop: is required"),
    ("blank title", lambda d: d["workshop"].update(title="  "), "workshop.title: cannot be blank"),
    ("no title", lambda d: d["workshop"].pop("title"), "workshop.title: is required"),
    ("bad date", lambda d: d["workshop"].update(date="28/11/2026"), "workshop.date: must be a date"),
    ("bad language", lambda d: d["workshop"].update(language="fr"), "workshop.language: must be one of en, cy"),
    ("list expected", lambda d: d.update(ideas={"i1": {}}), "ideas: must be a list"),
    ("item not object", lambda d: d["ideas"].append("idea"), "ideas[3]: must be an object"),
    ("missing id", lambda d: d["themes"][0].pop("id"), "themes[0].id: is required"),
    ("duplicate id", lambda d: d["ideas"][1].update(id="i1"), 'ideas[1].id: "i1" is used twice'),
    ("blank idea", lambda d: d["ideas"][2].update(text=""), "ideas[2].text: cannot be blank"),
    ("idea text not text", lambda d: d["ideas"][2].update(text=42), "ideas[2].text: must be text"),
    ("unknown theme", lambda d: d["ideas"][1].update(theme="t9"), 'ideas[1].theme: no theme "t9"'),
    ("unknown author", lambda d: d["ideas"][0].update(author="p7"), 'ideas[0].author: no participant "p7"'),
    ("unknown group", lambda d: d["participants"][0].update(group="g2"), 'participants[0].group: no group "g2"'),
    ("unknown stage", lambda d: d["notes"][0].update(stage="s2"), 'notes[0].stage: no stage "s2"'),
    ("control char", lambda d: d["ideas"][0].update(text="bell\x07"), "ideas[0].text: holds a control character (U+0007)"),
    ("bad colour", lambda d: d["groups"][0].update(colour="orange"), "groups[0].colour: must be a colour like #RRGGBB"),
    ("bool expected", lambda d: d["participants"][0].update(attended="yes"), "participants[0].attended: must be true or false"),
    ("duplicate group name", lambda d: d["groups"].append({"id": "g2", "name": "residents"}), 'groups[1].name: "residents" is used by groups[0] too'),
    ("negative minutes", lambda d: d["stages"][0].update(planned_minutes=-5), "stages[0].planned_minutes: must be from 0 to 1440"),
    ("bad timestamp", lambda d: d["notes"][0].update(created_at="yesterday"), "notes[0].created_at: must be a date and time"),
    ("bad target", lambda d: d["rounds"][0].update(target="people"), "rounds[0].target: must be one of ideas, themes"),
    ("cap over budget", lambda d: d["rounds"][0].update(max_dots_per_item=4), "rounds[0].max_dots_per_item: cannot be more than dots_per_voter"),
    ("dots over cap", lambda d: d["rounds"][0]["ballots"][0]["dots"].update(i1=3), "rounds[0].ballots[0].dots.i1: is more than the 2 dots"),
    ("dots over budget", lambda d: d["rounds"][0]["ballots"][0]["dots"].update(i2=1), "rounds[0].ballots[0].dots: add up to 4"),
    ("zero dots", lambda d: d["rounds"][0]["ballots"][1]["dots"].update(i2=0), "rounds[0].ballots[1].dots.i2: must be a whole number of dots, 1 or more"),
    ("dots on wrong target", lambda d: d["rounds"][0]["ballots"][1]["dots"].update(t1=1), 'rounds[0].ballots[1].dots.t1: no idea "t1"'),
    ("more ballots than voters", lambda d: d["rounds"][0]["voters"].pop(), "rounds[0].ballots: 2 ballots but only 1 voters"),
    ("voter twice", lambda d: d["rounds"][0]["voters"].append("p1"), 'rounds[0].voters[2]: "p1" is listed twice'),
    ("secret ballot names voter", lambda d: d["rounds"][0]["ballots"][0].update(voter="p1"), "rounds[0].ballots[0].voter: a secret ballot never names its voter"),
    ("tally with ballots", lambda d: d["rounds"][1].update(voters=["p1"]), "rounds[1]: a tally round has no voters or ballots"),
    ("negative tally", lambda d: d["rounds"][1]["tallies"].update(t1=-1), "rounds[1].tallies.t1: must be a whole number, 0 or more"),
    ("draft with votes", lambda d: d["rounds"][1].update(status="draft"), "rounds[1]: a draft round cannot hold votes"),
    ("unknown link", lambda d: d["actions"][0]["links"].append("x1"), 'actions[0].links[2]: no idea or theme "x1"'),
    ("bad status", lambda d: d["actions"][0].update(status="finished"), "actions[0].status: must be one of"),
    ("bad due date", lambda d: d["actions"][0].update(due="soon"), "actions[0].due: must be a date"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "change", "expected"), RULES, ids=[r[0] for r in RULES])
def test_each_import_rule_names_the_path_and_writes_nothing(demo_db, name, change, expected):
    refuse(demo_db, broken(change), expected)


def test_a_named_ballot_may_name_its_voter_once(db):
    document = broken(lambda d: d["rounds"][0].update(secret=False))
    document["rounds"][0]["ballots"][0]["voter"] = "p1"
    document["rounds"][0]["ballots"][1]["voter"] = "p1"
    refuse(db, document, 'rounds[0].ballots[1].voter: "p1" has two ballots')
    document["rounds"][0]["ballots"][1]["voter"] = "p2"
    record = import_workshop(db, document)
    voters = {b.voter_id for b in load_workshop(db, record.id).rounds[0].ballots}
    assert len(voters) == 2 and None not in voters


def test_all_problems_are_reported_at_once(db):
    document = broken(lambda d: d["ideas"][0].update(theme="t9", author="p9"))
    document["workshop"]["title"] = ""
    problem = refuse(db, document, 'ideas[0].theme: no theme "t9"')
    assert len(problem.problems) == 3
    assert str(problem).endswith("(and 2 more problems)")


def test_a_file_that_is_not_json_is_refused(db, tmp_path):
    path = tmp_path / "minutes.json"
    path.write_text('{"format": "coprod-workshop", ', encoding="utf-8")
    with pytest.raises(ImportProblem, match=r"not valid JSON \(line 1"):
        import_workshop_file(db, path)
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(ImportProblem, match="not UTF-8"):
        import_workshop_file(db, path)
    with pytest.raises(ImportProblem, match="no file"):
        import_workshop_file(db, tmp_path / "missing.json")
    assert list_workshops(db) == []


def test_export_then_import_gives_the_same_workshop(demo_db, tmp_path):
    db, demo = demo_db, load_workshop(demo_db, 1).workshop
    first = tmp_path / "first.json"
    write_workshop_file(load_workshop(db, demo.id), first)
    again = import_workshop_file(db, first)
    second = tmp_path / "second.json"
    write_workshop_file(load_workshop(db, again.id), second)
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    for document in (one, two):  # ballots are stored in random order, as they should be
        for rd in document["rounds"]:
            rd["ballots"].sort(key=lambda b: json.dumps(b, sort_keys=True))
    # A second copy in the same library is a workshop of its own, with its own identity.
    assert one["workshop"].pop("uid") != two["workshop"].pop("uid")
    assert one == two
    assert len(one["ideas"]) == 44 and len(one["actions"]) == 8


def test_the_identity_and_tables_travel_and_publishing_again_replaces(demo_db, tmp_path):
    document = workshop_to_dict(load_workshop(demo_db, 1))
    uid = document["workshop"]["uid"]
    assert len(uid) == 32
    document["ideas"][0]["table"] = "Table 2 <b>&"
    document["rounds"][0]["table"] = "Table 2 <b>&"
    archive = open_library(tmp_path / "archive.db")
    first = import_workshop(archive, document)
    again = workshop_to_dict(load_workshop(archive, first.id))
    assert again["workshop"]["uid"] == uid
    assert again["ideas"][0]["table"] == again["rounds"][0]["table"] == "Table 2 <b>&"
    assert "table" not in again["ideas"][1]

    document["workshop"]["title"] = "Published again"
    document["ideas"][0]["text"] = "Said again"
    replaced = import_workshop(archive, document, replace=True)
    assert replaced.id == first.id
    assert [(w.id, w.title) for w in list_workshops(archive)] == [(first.id, "Published again")]
    texts = [i.text for i in load_workshop(archive, first.id).ideas]
    assert "Said again" in texts and len(texts) == len(again["ideas"])


def test_a_bad_identity_is_refused_by_its_path(db):
    document = broken(lambda d: d["workshop"].update(uid="not a uid!"))
    refuse(db, document, "workshop.uid: must be 1 to 64 letters, digits, - or _")


def test_a_file_without_positions_is_laid_out_by_theme(db):
    record = import_workshop(db, valid())
    data = load_workshop(db, record.id)
    spots = {(i.x, i.y) for i in data.ideas}
    assert len(spots) == 3
    theme = data.themes[0]
    inside = next(i for i in data.ideas if i.theme_id == theme.id)
    assert theme.x <= inside.x <= theme.x + theme.width
    assert theme.y <= inside.y <= theme.y + theme.height


def test_the_export_file_is_written_whole(demo_db, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "out.json"
    out.write_text("previous export", encoding="utf-8")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError):
        write_workshop_file(load_workshop(demo_db, 1), out)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in Path(folder).iterdir()] == ["out.json"]


def test_workshop_to_dict_writes_the_documented_keys(db):
    document = workshop_to_dict(load_workshop(db, import_workshop(db, valid()).id))
    assert set(document) == {
        "format", "version", "workshop", "groups", "participants", "stages", "themes",
        "ideas", "rounds", "actions", "notes",
    }  # fmt: skip
    assert document["ideas"][0]["id"] == "i1" and document["rounds"][0]["voters"] == ["p1", "p2"]
