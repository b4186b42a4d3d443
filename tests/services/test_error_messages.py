"""Refusals keep their English wording for the command line and carry their template
and fields, so the interface can show them in Welsh."""

from __future__ import annotations

import pytest

from coprod_desktop.services import board, people, voting
from coprod_desktop.services.errors import DomainError, InvalidInput, Message, Term, VotingError


def test_message_is_the_english_sentence_and_keeps_its_parts() -> None:
    message = Message("{name} has already voted in this round.", name="Siân")
    assert message == "Siân has already voted in this round."
    assert message.template == "{name} has already voted in this round."
    assert message.params == {"name": "Siân"}
    assert message.context == "services"


def test_error_str_is_unchanged_english() -> None:
    error = VotingError("{name} has already voted in this round.", name="Dai <b>&")
    assert str(error) == "Dai <b>& has already voted in this round."
    assert error.template == "{name} has already voted in this round."
    assert error.params == {"name": "Dai <b>&"}


def test_a_user_name_with_braces_is_never_read_as_a_field() -> None:
    error = InvalidInput('There is already a theme called "{name}".', name="{what} {0}")
    assert str(error) == 'There is already a theme called "{what} {0}".'


def test_refusals_from_the_services_carry_templates_and_terms(room) -> None:
    with pytest.raises(InvalidInput) as caught:
        board.add_theme(room.db, room.id, "   ")
    assert str(caught.value) == "The theme name cannot be empty."
    assert caught.value.template == "The {what} cannot be empty."
    what = caught.value.params["what"]
    assert isinstance(what, Term) and what.context == "field" and what == "theme name"

    with pytest.raises(DomainError) as missing:
        board.update_idea(room.db, 987654, text="x")
    assert str(missing.value) == "That idea no longer exists."
    assert missing.value.params["what"].context == "record"


def test_name_list_problems_are_messages() -> None:
    report = people.parse_name_list("name,group\nAled,Staff\n,Staff\naled,Staff\n")
    assert [str(p) for p in report.problems] == [
        "line 3: no name",
        'line 4: "aled" is already in the list',
    ]
    assert all(isinstance(p, Message) for p in report.problems)


def test_a_second_ballot_is_refused_with_the_voters_name(room) -> None:
    r = voting.create_round(room.db, room.id, "Which first?", dots_per_voter=3, max_dots_per_item=3)
    voting.open_round(room.db, r.id)
    voting.cast_ballot(room.db, r.id, room.people[0].id, {room.ideas[0].id: 1})
    with pytest.raises(VotingError) as caught:
        voting.cast_ballot(room.db, r.id, room.people[0].id, {room.ideas[0].id: 1})
    assert str(caught.value) == "Aled has already voted in this round."
    assert caught.value.params == {"name": "Aled"}


def test_a_message_without_fields_is_its_text_braces_and_all() -> None:
    message = Message("Cannot open C:\\{odd} folder")
    assert message == "Cannot open C:\\{odd} folder"
    assert message.params == {}


def test_library_errors_keep_their_template_too(tmp_path) -> None:
    from coprod_desktop.db.errors import NotALibrary
    from coprod_desktop.db.library import open_library

    bad = tmp_path / "notes.txt"
    bad.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotALibrary) as caught:
        open_library(bad)
    assert str(caught.value) == "notes.txt is not a workshop library (it is not a database file)."
    assert caught.value.message.context == "library"
    assert caught.value.message.params == {"name": "notes.txt"}
