"""Every writing service's change-set holds every row it wrote, side effects included.

The library records what each transaction writes (``db.changes``); the views redraw from
that alone, so a row it misses is a view left stale. This test checks it against the
file itself: every table is read before and after each use case, and each row that
appeared, changed or went must be in the change-set by its id (or its table be marked
"vague": rows changed that are not known one by one)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from coprod_desktop.db.changes import ChangeSet
from coprod_desktop.db.engine import Database
from coprod_desktop.exports.workshop_json import import_workshop, workshop_to_dict
from coprod_desktop.services import actions, agenda, board, people, snapshots, voting, workshops
from coprod_desktop.services.demo import create_demo_workshop

Rows = dict[str, dict[Any, tuple[Any, ...]]]


def _rows(db: Database) -> Rows:
    conn = sqlite3.connect(f"{db.path.as_uri()}?mode=ro", uri=True)
    try:
        found: Rows = {}
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        for table in tables:
            key = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[5]]
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            found[table] = {}
            for row in conn.execute(f"SELECT * FROM {table}"):
                values = dict(zip(columns, row, strict=True))
                pk = values[key[0]] if len(key) == 1 else tuple(values[k] for k in key)
                found[table][pk] = row
        return found
    finally:
        conn.close()


def _missed(before: Rows, after: Rows, changes: ChangeSet) -> list[str]:
    missed = []
    for table in after:
        old, new = before.get(table, {}), after[table]
        for verb, keys in (
            ("created", new.keys() - old.keys()),
            ("deleted", old.keys() - new.keys()),
            ("updated", {k for k in new.keys() & old.keys() if new[k] != old[k]}),
        ):
            for key in keys:
                if table not in changes.vague and key not in changes.ids(table, verb):  # type: ignore[arg-type]
                    missed.append(f"{table} {key} {verb}")
    return missed


class Steps:
    """Use cases run one by one, each checked on its own."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.saw: dict[str, Any] = {}
        self.checked = 0

    def run(self, name: str, work: Callable[[Database], Any]) -> Any:
        before = _rows(self.db)
        with self.db.recording() as changes:
            result = work(self.db)
        found = changes()
        missed = _missed(before, _rows(self.db), found)
        assert not missed, f"{name}: the change-set misses {missed}"
        after = _rows(self.db)
        if any(before.get(t) != after[t] for t in after):
            assert found, f"{name} wrote rows but recorded nothing"
        self.checked += 1
        self.saw[name] = result
        return result


def test_every_use_case_records_every_row_it_writes(demo_db: Database) -> None:
    s = Steps(demo_db)
    wid = 1
    ideas = [i.id for i in board.list_ideas(demo_db, wid)]
    themes = [t.id for t in board.list_themes(demo_db, wid)]

    s.run("update workshop", lambda db: workshops.update_workshop(db, wid, venue="Neuadd ŵ"))
    new_theme = s.run("add theme", lambda db: board.add_theme(db, wid, "Getting there"))
    s.run("update theme", lambda db: board.update_theme(db, new_theme.id, name="Travel"))
    captured = s.run(
        "capture into a theme (its area grows)",
        lambda db: board.capture_idea(db, wid, "Later buses " * 40, theme_id=themes[0]),
    )
    s.run("update idea", lambda db: board.update_idea(db, captured.idea.id, text="Buses"))
    s.run("place ideas", lambda db: board.place_ideas(db, {ideas[0]: (5.0, 6.0, themes[1])}))
    s.run("file ideas", lambda db: board.file_ideas(db, ideas[1:3], new_theme.id))
    s.run("arrange by theme", lambda db: board.arrange_by_theme(db, wid))
    merged = s.run("merge ideas", lambda db: board.merge_ideas(db, ideas[4], ideas[5:7]))
    s.run("unmerge ideas", lambda db: board.unmerge_ideas(db, ideas[4], merged[1]))
    gone = s.run("delete ideas (with their dots)", lambda db: board.delete_ideas(db, ideas[:2]))
    s.run("undo the delete", lambda db: snapshots.undo_delete(db, gone))
    gone = s.run("delete theme", lambda db: board.delete_theme(db, themes[0]))
    s.run("undo delete theme", lambda db: snapshots.undo_delete(db, gone))

    group = s.run("add group", lambda db: people.add_group(db, wid, "Neighbours"))
    s.run("update group", lambda db: people.update_group(db, group.id, colour="#123456"))
    newcomer = s.run(
        "add participant", lambda db: people.add_participant(db, wid, "Rhys", group_id=group.id)
    )
    s.run(
        "update participant", lambda db: people.update_participant(db, newcomer.id, attended=True)
    )
    s.run(
        "add a list of names",
        lambda db: people.add_participants_from_list(db, wid, [people.NameLine("Zoë", None)]),
    )
    gone = s.run("delete group", lambda db: people.delete_group(db, group.id))
    s.run("undo delete group", lambda db: snapshots.undo_delete(db, gone))
    s.run("delete participant", lambda db: people.delete_participant(db, newcomer.id))

    stage = s.run("add stage", lambda db: agenda.add_stage(db, wid, "Close", planned_minutes=5))
    s.run("update stage", lambda db: agenda.update_stage(db, stage.id, planned_minutes=7))
    s.run("move stage", lambda db: agenda.move_stage(db, stage.id, 0))
    s.run("start stage", lambda db: agenda.start_stage(db, stage.id))
    s.run("end stage", lambda db: agenda.end_stage(db, stage.id))
    note = s.run("add note", lambda db: agenda.add_note(db, wid, "A quote", stage_id=stage.id))
    s.run("update note", lambda db: agenda.update_note(db, note.id, text="A longer quote"))
    s.run("delete note", lambda db: agenda.delete_note(db, note.id))
    s.run("delete stage", lambda db: agenda.delete_stage(db, stage.id))

    rd = s.run("create round", lambda db: voting.create_round(db, wid, "Which?", items=ideas[:6]))
    s.run("update round", lambda db: voting.update_round(db, rd.id, dots_per_voter=2))
    s.run("open round", lambda db: voting.open_round(db, rd.id))
    voter = voting.voter_status(demo_db, rd.id)[0].participant_id
    s.run("cast a ballot", lambda db: voting.cast_ballot(db, rd.id, voter, {ideas[0]: 1}))
    s.run("close round (small groups combined)", lambda db: voting.close_round(db, rd.id))
    tally = s.run(
        "create a tally", lambda db: voting.create_round(db, wid, "Stickers", method="tally")
    )
    s.run("open the tally", lambda db: voting.open_round(db, tally.id))
    s.run("record tallies", lambda db: voting.record_tallies(db, tally.id, {ideas[0]: 3}))
    s.run(
        "a round that follows it",
        lambda db: voting.create_round(db, wid, "Again", runoff_of_id=rd.id),
    )
    s.run("delete round (the follower forgets it)", lambda db: voting.delete_round(db, rd.id))

    action = s.run(
        "add action",
        lambda db: actions.add_action(db, wid, "Ring the bus company", idea_ids=ideas[:2]),
    )
    s.run(
        "update action",
        lambda db: actions.update_action(db, action.id, due=date(2027, 1, 31), theme_ids=themes),
    )
    s.run("move action", lambda db: actions.move_action(db, action.id, 0))
    gone = s.run("delete action", lambda db: actions.delete_action(db, action.id))
    s.run("undo delete action", lambda db: snapshots.undo_delete(db, gone))

    copy = s.run("duplicate workshop", lambda db: workshops.duplicate_workshop(db, wid))
    s.run(
        "follow-up workshop", lambda db: workshops.create_follow_up(db, wid, title="Six months on")
    )
    document = workshop_to_dict(workshops.load_workshop(demo_db, wid))
    s.run("import a workshop file", lambda db: import_workshop(db, document))
    s.run("demo workshop", create_demo_workshop)
    s.run("delete workshop", lambda db: workshops.delete_workshop(db, copy.id))
    assert s.checked >= 50


def test_a_refused_use_case_records_nothing(demo_db: Database) -> None:
    rd = voting.list_rounds(demo_db, 1)[0]  # closed
    with demo_db.recording() as changes, pytest.raises(voting.VotingError):
        voting.cast_ballot(demo_db, rd.id, 1, {})
    assert not changes()
