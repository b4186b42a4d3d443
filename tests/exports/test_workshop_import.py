"""Importing through the public services: one transaction for the whole file, the
services' own refusals said with the file's path, and every problem a translatable
"import" message."""

from __future__ import annotations

import pytest
from test_workshop_json import broken, library_digest, refuse, valid

from coprod_desktop.exports.import_problems import MAX_PROBLEMS
from coprod_desktop.exports.workshop_json import ImportProblem, import_workshop
from coprod_desktop.services import agenda
from coprod_desktop.services.errors import InvalidInput
from coprod_desktop.services.workshops import list_workshops, load_workshop


def test_a_service_refusing_the_last_record_leaves_nothing_written(demo_db, monkeypatch):
    def refuse_note(*args, **kwargs):
        raise InvalidInput("The note cannot be empty.")

    monkeypatch.setattr(agenda, "add_note", refuse_note)
    before = library_digest(demo_db)
    with pytest.raises(ImportProblem) as caught:
        import_workshop(demo_db, valid())
    assert caught.value.problems == ["notes[0]: The note cannot be empty."]
    assert library_digest(demo_db) == before  # the workshop, its ideas and votes too


def test_a_problem_the_library_finds_is_a_translatable_message(db):
    problem = refuse(
        db,
        broken(lambda d: d["participants"][0].update(attended=1)),
        "participants[0].attended: must be true or false",
    ).problems[0]
    assert problem.context == "import" and problem.template == "{path}: {problem}"
    inner = problem.params["problem"]
    assert (inner.context, inner.template) == ("import", "must be true or false")


def test_a_file_broken_everywhere_reports_the_first_fifty_problems(db):
    document = broken(lambda d: d["ideas"].extend({"id": f"x{n}", "text": " "} for n in range(80)))
    problems = refuse(db, document, "ideas[3].text: cannot be blank").problems
    assert len(problems) == MAX_PROBLEMS


def test_rules_of_the_services_hold_for_a_file_too(db):
    """One copy of each rule: a participant's name is at most 200 characters, in the app
    and in a file."""
    refuse(
        db,
        broken(lambda d: d["participants"][0].update(name="A" * 201)),
        "participants[0].name: is too long (201 characters; at most 200)",
    )
    assert list_workshops(db) == []


def test_a_closed_round_is_stored_as_the_voting_service_stores_one(db):
    record = import_workshop(db, valid())
    ballot_round, tally_round = load_workshop(db, record.id).rounds
    assert ballot_round.round.status == tally_round.round.status == "closed"
    assert len(ballot_round.round.electors) == 2  # everyone who attended, as opening does
    assert sum(sum(b.dots.values()) for b in ballot_round.ballots) == 4
