"""Workshops, groups, participants, agenda, notes and actions through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coprod_desktop.services import actions, agenda, people, voting, workshops
from coprod_desktop.services.errors import InvalidInput
from coprod_desktop.services.snapshots import undo_delete


def test_the_library_list_counts_each_workshop(room):
    workshops.create_workshop(room.db, "Later one", date=date(2027, 1, 5))
    listed = workshops.list_workshops(room.db)
    assert [w.title for w in listed] == ["Later one", "Library hours"]
    mine = listed[1]
    assert (mine.participants, mine.ideas, mine.themes, mine.actions, mine.rounds) == (
        6,
        4,
        2,
        0,
        0,
    )


def test_workshop_details_are_checked(db):
    with pytest.raises(InvalidInput, match="cannot be empty"):
        workshops.create_workshop(db, " ")
    with pytest.raises(InvalidInput, match=r"English \(en\) or Welsh \(cy\)"):
        workshops.create_workshop(db, "T", language="fr")
    w = workshops.create_workshop(db, "  Trimmed  ", language="cy", venue="Neuadd y Dref")
    assert (w.title, w.language) == ("Trimmed", "cy")
    assert workshops.update_workshop(db, w.id, purpose="Pam?").purpose == "Pam?"


def test_deleting_a_workshop_removes_all_of_it(demo_db):
    import sqlite3

    workshops.delete_workshop(demo_db, 1)
    conn = sqlite3.connect(demo_db.path)
    try:
        for table in (
            "ideas",
            "ballots",
            "ballot_dots",
            "round_voters",
            "actions",
            "notes",
            "groups",
        ):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    finally:
        conn.close()


def test_duplicate_copies_the_plan_not_the_votes(demo_db):
    copy = workshops.duplicate_workshop(demo_db, 1)
    data = workshops.load_workshop(demo_db, copy.id)
    original = workshops.load_workshop(demo_db, 1)
    assert copy.title == "Oakfield Day Centre: what next? (copy)"
    assert [g.name for g in data.groups] == [g.name for g in original.groups]
    assert len(data.participants) == 13 and len(data.stages) == 5
    assert all(s.started_at is None for s in data.stages)
    assert [t.name for t in data.themes] == [t.name for t in original.themes]
    assert data.ideas == () and data.actions == () and data.notes == ()
    assert [r.round.status for r in data.rounds] == ["draft", "draft"]


def test_a_follow_up_carries_the_open_actions(demo_db):
    follow = workshops.create_follow_up(demo_db, 1, on=date(2027, 3, 4))
    data = workshops.load_workshop(demo_db, follow.id)
    assert data.workshop.follow_up_of_id == 1 and data.follow_up_of.title.startswith("Oakfield")
    earlier = workshops.load_workshop(demo_db, 1).actions
    open_ones = [a for a in earlier if a.status in ("proposed", "agreed", "in_progress")]
    assert [a.title for a in data.actions] == [a.title for a in open_ones]
    assert all(a.carried_from_id for a in data.actions)
    assert len(data.reviewed_actions) == len(earlier)
    owners = {a.owner_id for a in data.actions if a.owner_id}
    assert owners <= {p.id for p in data.participants}


def test_group_names_are_unique_whatever_the_case(room):
    with pytest.raises(InvalidInput, match="already a group"):
        people.add_group(room.db, room.id, "RESIDENTS")
    with pytest.raises(InvalidInput, match="#RRGGBB"):
        people.add_group(room.db, room.id, "Carers", colour="red")


def test_deleting_a_participant_who_voted_and_undoing(room):
    rd = voting.create_round(room.db, room.id, "Q")
    voting.open_round(room.db, rd.id)
    voting.cast_ballot(room.db, rd.id, room.people[0].id, {room.ideas[0].id: 1})
    snapshot = people.delete_participant(room.db, room.people[0].id)
    assert room.people[0].id not in {p.id for p in people.list_participants(room.db, room.id)}
    undo_delete(room.db, snapshot)
    status = {s.participant_id: s.has_voted for s in voting.voter_status(room.db, rd.id)}
    assert status[room.people[0].id] is True
    from coprod_desktop.services.board import get_idea

    assert get_idea(room.db, room.ideas[0].id).author_id == room.people[0].id


def test_pasted_name_lists_report_lines_they_cannot_read():
    report = people.parse_name_list("Aled\n\nBethan\n\x07beep\nAled\n" + "x" * 300 + "\n")
    assert [p.name for p in report.people] == ["Aled", "Bethan"]
    assert report.problems == (
        "line 4: The name holds an invisible control character (U+0007); remove it.",
        'line 5: "Aled" is already in the list',
        "line 6: The name is too long (at most 200 characters).",
    )


def test_csv_name_lists_with_a_header_and_groups(room):
    report = people.parse_name_list("\ufeffName,Group\nSiân Roberts,Carers\n,Staff\nDylan,Staff\n")
    assert [(p.name, p.group) for p in report.people] == [
        ("Siân Roberts", "Carers"),
        ("Dylan", "Staff"),
    ]
    assert report.problems == ("line 3: no name",)
    added = people.add_participants_from_list(room.db, room.id, report.people)
    groups = {g.id: g.name for g in people.list_groups(room.db, room.id)}
    assert [groups[p.group_id] for p in added] == ["Carers", "Staff"]


def test_stages_reorder_and_stamp_real_times(room):
    one = agenda.add_stage(room.db, room.id, "Welcome", planned_minutes=10)
    two = agenda.add_stage(room.db, room.id, "Ideas", prompt="What matters?", planned_minutes=30)
    order = agenda.move_stage(room.db, two.id, 0)
    assert [s.title for s in order] == ["Ideas", "Welcome"]
    t1 = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    t2 = datetime(2026, 11, 28, 10, 25, tzinfo=UTC)
    agenda.start_stage(room.db, two.id, at=t1)
    agenda.start_stage(room.db, one.id, at=t2)  # starting the next ends the running one
    stages = {s.id: s for s in agenda.list_stages(room.db, room.id)}
    assert (stages[two.id].started_at, stages[two.id].ended_at) == (t1, t2)
    assert stages[one.id].started_at == t2 and stages[one.id].ended_at is None
    with pytest.raises(InvalidInput, match="0 to 1440"):
        agenda.update_stage(room.db, one.id, planned_minutes=-1)


def test_notes_belong_to_stages(room):
    stage = agenda.add_stage(room.db, room.id, "Ideas")
    note = agenda.add_note(room.db, room.id, 'Quote: "I feel like a parcel"', stage_id=stage.id)
    agenda.add_note(room.db, room.id, "General")
    assert [n.id for n in agenda.list_notes(room.db, room.id, stage.id)] == [note.id]
    snapshot = agenda.delete_stage(room.db, stage.id)
    assert agenda.list_notes(room.db, room.id)[0].stage_id is None
    undo_delete(room.db, snapshot)
    assert agenda.list_notes(room.db, room.id, stage.id)[0].id == note.id


def test_actions_have_one_kind_of_owner_and_checked_links(room):
    a = actions.add_action(
        room.db, room.id, "Ask the bus company", owner_id=room.people[0].id,
        due=date(2027, 1, 31), status="agreed", idea_ids=[room.ideas[0].id], theme_ids=[room.transport.id],
    )  # fmt: skip
    assert (a.owner_id, a.owner_name) == (room.people[0].id, None)
    a = actions.update_action(room.db, a.id, owner_name="Housing team")
    assert (a.owner_id, a.owner_name) == (None, "Housing team")
    a = actions.update_action(room.db, a.id, owner_id=room.people[1].id)
    assert (a.owner_id, a.owner_name) == (room.people[1].id, None)
    assert a.idea_ids == (room.ideas[0].id,) and a.theme_ids == (room.transport.id,)
    with pytest.raises(InvalidInput, match="status must be one of"):
        actions.update_action(room.db, a.id, status="finished")
    snapshot = actions.delete_action(room.db, a.id)
    assert actions.list_actions(room.db, room.id) == []
    undo_delete(room.db, snapshot)
    assert actions.get_action(room.db, a.id).theme_ids == (room.transport.id,)


def test_the_quick_listing_agrees_with_the_full_one(demo_db, tmp_path):
    """The start-up's sqlite3-only listing shows what the library page will."""
    from coprod_desktop.services.listing import read_listing

    workshops.create_workshop(demo_db, "No date yet")
    workshops.create_workshop(demo_db, "Later", date=date(2030, 1, 1), venue="Neuadd ŵ")
    assert read_listing(demo_db.path) == workshops.list_workshops(demo_db)
    text = tmp_path / "notes.txt"
    text.write_text("not a library")
    assert read_listing(text) is None
    assert read_listing(tmp_path / "missing.db") is None
