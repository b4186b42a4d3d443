"""Publishing to the organisation's archive (issue 14, item 2): what goes, what is left
out, who is renamed, and that publishing again updates the archive's one copy. The
archive is the ``library`` fixture: a file, then a PostgreSQL database."""

from __future__ import annotations

import re
import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coprod_desktop.db import models as m
from coprod_desktop.db.engine import Database
from coprod_desktop.db.errors import LibraryLocked, LibraryMissing, NotALibrary
from coprod_desktop.db.library import open_library
from coprod_desktop.db.lock import LibraryLock
from coprod_desktop.exports.publish import PublishError, open_archive, publish_workshop
from coprod_desktop.services import actions, agenda, board, people, voting, workshops
from coprod_desktop.services.publish import archive_copy, pseudonym
from coprod_desktop.services.workshops import load_workshop


@pytest.fixture
def db(tmp_path: Path, _empty_library: Path):
    """The facilitator's library, where ``room`` is (the archive is ``library``, at
    ``library_path``, where the shared ``db`` would be)."""
    path = tmp_path / "laptop.db"
    shutil.copyfile(_empty_library, path)
    database = open_library(path)
    yield database
    database.close()


@pytest.fixture
def laptop(db: Database) -> Database:
    return db


def everything(db: Database) -> str:
    """Every row of every table of a library, as text: what the archive holds."""
    with db.transaction() as session:
        return "\n".join(
            repr(row)
            for table in m.Base.metadata.sorted_tables
            for row in session.execute(select(table)).all()
        )


def archived(db: Database) -> list[m.Workshop]:
    with db.transaction() as session:
        return list(session.scalars(select(m.Workshop).order_by(m.Workshop.id)))


def test_publishing_again_updates_the_one_copy_in_place(laptop, room, library):

    workshops.create_workshop(library, "Already in the archive")
    first = publish_workshop(laptop, room.id, library)
    assert first.updated is False
    board.capture_idea(laptop, room.id, "A bench by the bus stop")
    workshops.update_workshop(laptop, room.id, title="Library hours (revised)")

    second = publish_workshop(laptop, room.id, library)

    assert second.updated is True and second.archive_id == first.archive_id
    titles = [w.title for w in archived(library)]
    assert titles == ["Already in the archive", "Library hours (revised)"]
    copy = load_workshop(library, second.archive_id)
    assert copy.workshop.uid == load_workshop(laptop, room.id).workshop.uid
    assert sorted(i.text for i in copy.ideas) == sorted(
        ["Later buses", "Open on Sundays", "Quiet room", "Cheaper café", "A bench by the bus stop"]
    )
    with library.transaction() as session:  # the old copy's rows are gone, not doubled
        assert session.scalar(select(func.count()).select_from(m.Idea)) == 5


def test_a_round_not_yet_closed_is_left_out_with_a_warning(laptop, room, library):

    ideas = [i.id for i in room.ideas]
    done = voting.create_round(laptop, room.id, "Which first?", items=ideas)
    voting.open_round(laptop, done.id)
    voting.cast_ballot(laptop, done.id, room.people[0].id, {ideas[0]: 1})
    voting.close_round(laptop, done.id)
    running = voting.create_round(laptop, room.id, "Which café?", items=ideas, secret=False)
    voting.open_round(laptop, running.id)
    voting.cast_ballot(laptop, running.id, room.people[1].id, {ideas[3]: 1})
    voting.create_round(laptop, room.id, "Which day?", items=ideas)

    result = publish_workshop(laptop, room.id, library)

    assert result.left_out == ("Which café?", "Which day?")
    assert "The round “Which café?” is still open, so it is left out." in result.warnings
    assert "The round “Which day?” has not been held, so it is left out." in result.warnings
    copy = load_workshop(library, result.archive_id)
    assert [(rd.round.question, rd.round.status) for rd in copy.rounds] == [
        ("Which first?", "closed")
    ]
    assert len(copy.rounds[0].ballots) == 1
    with library.transaction() as session:  # the open round's register and ballot too
        assert session.scalar(select(func.count()).select_from(m.RoundVoter)) == 1
        assert session.scalar(select(func.count()).select_from(m.NamedBallot)) == 0


def test_people_not_named_are_published_under_a_stable_pseudonym(laptop, room, library):
    bethan = room.people[1]  # the second, a Resident, has not agreed to be named
    people.add_participant(laptop, room.id, "Gruffydd Bethan-Jones")
    action = actions.add_action(
        laptop, room.id, "Ask Bethan about Sundays", owner_id=bethan.id, notes="Bethan: yes"
    )
    actions.add_action(laptop, room.id, "Talk to the library", owner_name="Bethan")
    agenda.add_note(laptop, room.id, "Bethan said the bus is late; Bethany agreed")
    ideas = [i.id for i in room.ideas]
    named = voting.create_round(laptop, room.id, "Show of hands", items=ideas, secret=False)
    voting.open_round(laptop, named.id)
    voting.cast_ballot(laptop, named.id, bethan.id, {ideas[1]: 1})
    voting.close_round(laptop, named.id)

    result = publish_workshop(laptop, room.id, library)

    assert result.pseudonyms == 2
    assert (
        "2 participants have not agreed to be named and are published as "
        "“Participant 2 (Residents)” and so on." in result.warnings
    )
    copy = load_workshop(library, result.archive_id)
    names = [p.name for p in copy.participants]
    assert names == ["Aled", "Participant 2 (Residents)", "Carys", "Dai", "Eleri", "Ffion",
                     "Participant 7"]  # fmt: skip
    pseudo = copy.participants[1]
    assert [i.author_id for i in copy.ideas if i.text == "Open on Sundays"] == [pseudo.id]
    owned = next(a for a in copy.actions if a.owner_id is not None)
    assert owned.owner_id == pseudo.id
    assert owned.title == "Ask Participant 2 (Residents) about Sundays"
    assert owned.notes == "Participant 2 (Residents): yes"
    assert [a.owner_name for a in copy.actions if a.owner_id is None] == [
        "Participant 2 (Residents)"
    ]
    assert [n.text for n in copy.notes] == [
        "Participant 2 (Residents) said the bus is late; Bethany agreed"
    ]
    assert copy.rounds[0].ballots[0].voter_id == pseudo.id  # a named round stays named
    # Nothing in the archive carries the real names: not a row, not the file's bytes.
    real_names = re.compile("Bethan(?!y)|Gruffydd")  # "Bethany" is someone else
    assert not real_names.findall(everything(library))
    if library.path is not None:
        library.checkpoint()
        stored = b"".join(p.read_bytes() for p in library.path.parent.glob(library.path.name + "*"))
        assert not re.findall(real_names.pattern.encode(), stored)
        assert b"Participant 2 (Residents)" in stored  # the check reads the right bytes

    # Publishing again (another person added at the end) keeps the same pseudonyms.
    people.add_participant(laptop, room.id, "Hywel", named_in_minutes=False)
    again = publish_workshop(laptop, room.id, library)
    assert [p.name for p in load_workshop(library, again.archive_id).participants][-3:] == [
        "Ffion", "Participant 7", "Participant 8"
    ]  # fmt: skip
    assert action.owner_id == bethan.id  # the laptop keeps everything as it was
    assert load_workshop(laptop, room.id).participants[1].name == "Bethan"


def test_the_pseudonym_is_in_the_workshop_s_language(laptop, room):

    workshops.update_workshop(laptop, room.id, language="cy")
    copy = archive_copy(load_workshop(laptop, room.id))
    assert copy.data.participants[1].name == "Cyfranogwr 2 (Residents)"
    assert pseudonym(12, None, "cy") == "Cyfranogwr 12"
    assert pseudonym(3, "Staff", "en") == "Participant 3 (Staff)"


def test_names_in_free_text_are_replaced_as_whole_words_longest_first(laptop, room):
    people.update_participant(laptop, room.people[1].id, name="Siân Ellis")
    people.add_participant(laptop, room.id, "Siân")
    board.capture_idea(laptop, room.id, "Siân Ellis and Siân want Siânia's café")
    board.update_theme(laptop, room.transport.id, name="Siân's buses")
    stage = agenda.add_stage(laptop, room.id, "Siân's story", prompt="Ask Siân Ellis")
    held = voting.create_round(laptop, room.id, "Do we agree with Siân?")
    voting.open_round(laptop, held.id)
    voting.close_round(laptop, held.id)
    copy = archive_copy(load_workshop(laptop, room.id)).data
    assert copy.ideas[-1].text == "Participant 2 (Residents) and Participant 7 want Siânia's café"
    assert copy.themes[0].name == "Participant 7's buses"
    assert [(s.title, s.prompt) for s in copy.stages if s.id == stage.id] == [
        ("Participant 7's story", "Ask Participant 2 (Residents)")
    ]
    assert [rd.round.question for rd in copy.rounds] == ["Do we agree with Participant 7?"]


def test_a_run_off_of_a_round_left_out_is_published_on_its_own(laptop, room):

    ideas = [i.id for i in room.ideas]
    first = voting.create_round(laptop, room.id, "First", items=ideas)
    runoff = voting.create_round(laptop, room.id, "Run-off", items=ideas[:2])
    data = load_workshop(laptop, room.id)
    # As if the run-off had been held and its first round were still open.
    rounds = tuple(
        replace(rd, round=replace(rd.round, status="closed", runoff_of_id=first.id))
        if rd.round.id == runoff.id
        else replace(rd, round=replace(rd.round, status="open"))
        for rd in data.rounds
    )
    copy = archive_copy(replace(data, rounds=rounds))
    assert [(rd.round.question, rd.round.runoff_of_id) for rd in copy.data.rounds] == [
        ("Run-off", None)
    ]


def test_the_library_itself_a_missing_file_or_another_file_is_refused(laptop, tmp_path):
    with pytest.raises(PublishError, match="is the library the workshop is in"):
        open_archive(laptop.path, laptop)
    with pytest.raises(LibraryMissing, match="There is no library at"):
        open_archive(tmp_path / "nowhere.db", laptop)
    assert not (tmp_path / "nowhere.db").exists()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a library\n" * 20)
    with pytest.raises(NotALibrary):
        open_archive(notes, laptop)
    assert notes.read_text() == "not a library\n" * 20


def test_a_publish_waits_for_another_one_to_finish_with_a_file_archive(laptop, tmp_path):
    path = tmp_path / "archive.db"
    open_library(path).close()
    other = LibraryLock(path)
    other.acquire()
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(seconds)
        if len(waited) == 3:
            other.release()  # the other publish is done
        threading.Event().wait(0.01)

    archive, lock = open_archive(path, laptop, sleep=sleep)
    try:
        assert len(waited) == 3 and lock.held
    finally:
        archive.close()
        lock.release()

    other.acquire()  # a window that keeps the archive open: refused once the wait is over
    try:
        with pytest.raises(LibraryLocked, match="already open"):
            open_archive(path, laptop, wait_s=0.3)
    finally:
        other.release()
