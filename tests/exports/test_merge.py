"""Merging breakout tables' files into one plenary workshop, checked item by item, and
the files it refuses (named by file and JSON path, the library left untouched)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from merge_tables import TABLES, Tables, build_tables

from coprod_desktop.db.engine import Database
from coprod_desktop.exports.workshop_json import ImportProblem
from coprod_desktop.exports.workshop_merge import (
    merge_workshop_files,
    plan_merge,
    read_tables,
    table_names,
)
from coprod_desktop.services import voting, workshops
from coprod_desktop.services.records import WorkshopData


@pytest.fixture
def tables(db: Database, tmp_path: Path) -> Tables:
    return build_tables(db, tmp_path)


@pytest.fixture
def merged(db: Database, tables: Tables) -> WorkshopData:
    record = merge_workshop_files(db, tables.paths, "Plenary: what next?")
    return workshops.load_workshop(db, record.id)


def _names(data: WorkshopData) -> dict[str, dict[int | None, str | None]]:
    """Ids of the workshop's records to their names, for reading links."""
    return {
        "group": {None: None, **{g.id: g.name for g in data.groups}},
        "person": {None: None, **{p.id: p.name for p in data.participants}},
        "theme": {None: None, **{t.id: t.name for t in data.themes}},
        "stage": {None: None, **{s.id: s.title for s in data.stages}},
        "idea": {i.id: i.text for i in data.ideas},
    }


def _results(db: Database, round_id: int) -> tuple[Any, ...]:
    """A round's results in words: items with dots and per-group figures, ballots (group
    and theme names in one case: table 2 wrote "residents", the plenary "Residents")."""
    res = voting.round_results(db, round_id)
    data = workshops.load_workshop(db, res.round.workshop_id)
    groups = {g: (name or "").casefold() for g, name in _names(data)["group"].items()}
    items = sorted(
        (i.label.casefold(), i.dots, i.rank, sorted((groups[g], n) for g, n in i.by_group.items()))
        for i in res.items
    )
    turnout = sorted((t.name.casefold(), t.electors, t.voted) for t in res.turnout_by_group)
    return res.round.question, items, res.ballots, res.electors, res.total_dots, turnout


def test_workshop_details_come_from_the_title_and_the_files(merged):
    w = merged.workshop
    assert w.title == "Plenary: what next?"
    assert w.date == date(2026, 11, 28)  # tables 1 and 2 share it; table 3 has none
    assert (w.venue, w.facilitator, w.organisation) == ("Neuadd y Dref", "Catrin", "Cyngor Sir")
    assert w.purpose == "What changes first?"


def test_groups_and_participants_join_by_name(merged):
    names = _names(merged)
    assert [g.name for g in merged.groups] == ["Residents", "Staff", "Carers"]
    assert merged.groups[0].colour == "#E69F00"
    people = sorted((p.name, names["group"][p.group_id]) for p in merged.participants)
    assert people == [
        ("Aled", "Residents"),  # tables 1 and 2: one person
        ("Aled", "Staff"),  # table 3's Aled is in another group: another person
        ("Bea", "Residents"),
        ("Cai", "Residents"),
        ("Dai", "Staff"),  # tables 1 and 3
        ("Eira", "Carers"),
        ("Fflur", "Residents"),
    ]
    staff_aled = next(
        p for p in merged.participants if p.name == "Aled" and names["group"][p.group_id] == "Staff"
    )
    assert not staff_aled.named_in_minutes  # table 3 had no consent for them


def test_themes_and_stages_join_keeping_plan_order(merged):
    names = _names(merged)
    assert [t.name for t in merged.themes] == ["Getting there", "Meals"]
    assert [s.title for s in merged.stages] == ["What matters?", "Next steps"]
    matters = merged.stages[0]
    assert (matters.prompt, matters.planned_minutes) == ("Say it plainly", 30)
    by_text = {i.text: i for i in merged.ideas}
    assert names["theme"][by_text["Community minibus"].theme_id] == "Getting there"
    assert names["theme"][by_text["Later buses"].theme_id] == "Getting there"
    assert names["stage"][by_text["Community minibus"].stage_id] == "What matters?"


def test_every_idea_keeps_its_table_and_author(merged):
    names = _names(merged)
    ideas = sorted(
        (i.table_name, i.text, names["person"][i.author_id], names["group"][i.group_id])
        for i in merged.ideas
    )
    assert ideas == [
        ("Bus routes", "Later buses", "Aled", "Residents"),
        ("Bus routes", "Ramps at stops", "Bea", "Residents"),
        ("Bus routes", "Timetable in Welsh", "Dai", "Staff"),
        ("Day centre", "Community minibus", "Eira", "Carers"),
        ("Day centre", "Hot meals on Fridays", "Aled", "Residents"),
        ("Library hours", "Faster wifi", "Dai", "Staff"),
        ("Library hours", "Open on Sundays", "Fflur", "Residents"),
    ]
    # The tables' boards overlapped; the merged board gives every note a place of its own.
    assert len({(i.x, i.y) for i in merged.ideas}) == len(merged.ideas)


def test_each_tables_rounds_keep_their_results(db, tables, merged):
    rounds = [(rd.round.table_name, rd.round.question) for rd in merged.rounds]
    assert rounds == [
        ("Bus routes", "Which first?"),
        ("Day centre", "Named vote"),
        ("Day centre", "Stickers on themes"),
        ("Library hours", "Which first?"),
    ]
    for rd in merged.rounds:
        n = TABLES.index(rd.round.table_name)
        source = tables.rounds[n][rd.round.question]
        assert _results(db, rd.round.id) == _results(db, source)
        # Each round asks only about its own table's items.
        if rd.round.target == "ideas":
            ideas = {i.id: i.table_name for i in merged.ideas}
            assert {ideas[item] for item in rd.round.items} == {rd.round.table_name}


def test_registers_stay_per_round_and_secret_ballots_stay_secret(merged):
    names = _names(merged)
    by_question = {(rd.round.table_name, rd.round.question): rd for rd in merged.rounds}
    first = by_question[("Bus routes", "Which first?")]
    assert first.round.secret
    assert sorted(names["person"][p] for p in first.voters) == ["Aled", "Bea", "Cai", "Dai"]
    assert all(b.voter_id is None for b in first.ballots)
    named = by_question[("Day centre", "Named vote")]
    assert not named.round.secret
    # Aled voted at tables 1 and 2: one participant, on both rounds' registers.
    aled = next(p for p in merged.participants if (p.name, p.named_in_minutes) == ("Aled", True))
    assert aled.id in first.voters and aled.id in named.voters
    cast = sorted(
        (names["person"][b.voter_id], [names["idea"][i] for i in b.dots]) for b in named.ballots
    )
    assert cast == [("Aled", ["Community minibus"]), ("Eira", ["Hot meals on Fridays"])]
    tally = by_question[("Day centre", "Stickers on themes")]
    assert {names["theme"][t]: n for t, n in tally.tallies.items()} == {
        "Getting there": 5,
        "Meals": 3,
    }
    third = by_question[("Library hours", "Which first?")]
    assert sorted(names["person"][p] for p in third.round.electors) == ["Aled", "Dai", "Fflur"]


def test_actions_and_notes_are_gathered_with_their_links(merged):
    names = _names(merged)
    acts = [
        (
            a.title,
            names["person"][a.owner_id],
            a.owner_name,
            sorted(names["idea"][i] for i in a.idea_ids),
            sorted(names["theme"][t] or "" for t in a.theme_ids),
        )
        for a in merged.actions
    ]
    assert acts == [
        ("Write to the bus company", "Aled", None, ["Later buses"], ["Getting there"]),
        ("Ask the kitchen", None, "Housing team", ["Hot meals on Fridays"], []),
        ("Ask about Sunday staff", "Dai", None, ["Open on Sundays"], []),
    ]
    assert merged.actions[0].due == date(2027, 1, 31)
    assert merged.actions[0].status == "agreed"
    notes = [(n.text, names["stage"][n.stage_id]) for n in merged.notes]
    assert notes == [
        ("Buses stop at six", "What matters?"),
        ("Carers want a say", "Next steps"),
        ("Library closes at four", None),
    ]


def test_a_merged_workshop_exports_and_imports_the_same(db, merged, tmp_path):
    from coprod_desktop.exports.workshop_json import import_workshop_file, write_workshop_file

    path = tmp_path / "plenary.json"
    write_workshop_file(merged, path)
    again = workshops.load_workshop(db, import_workshop_file(db, path).id)
    assert sorted((i.table_name, i.text) for i in again.ideas) == sorted(
        (i.table_name, i.text) for i in merged.ideas
    )
    assert [rd.round.table_name for rd in again.rounds] == [
        rd.round.table_name for rd in merged.rounds
    ]


def test_dates_differing_give_the_earliest(db, tables):
    docs = read_tables(tables.paths)
    docs[1].document["workshop"]["date"] = "2026-11-27"
    plan = plan_merge(docs, "Plenary")
    assert plan.document["workshop"]["date"] == "2026-11-27"


def test_table_names_are_the_titles_else_distinct_fallbacks(tables, tmp_path):
    docs = read_tables(tables.paths)
    assert table_names(docs) == list(TABLES)
    docs[0].document["workshop"]["title"] = "Same"
    docs[1].document["workshop"]["title"] = " same "
    docs[2].document["workshop"]["title"] = "Table 1"
    # Repeated titles give way to the files' names (table1, table2), distinct from the rest.
    assert table_names(docs) == ["table1", "table2", "Table 1"]
    for d in docs:
        d.document["workshop"]["title"] = "Same"
    renamed = [type(d)(tmp_path / "x" / "export.json", d.document) for d in docs]
    assert table_names(renamed) == ["Table 1", "Table 2", "Table 3"]
    assert table_names(renamed, "cy") == ["Bwrdd 1", "Bwrdd 2", "Bwrdd 3"]


# Refusals -------------------------------------------------------------------------------


def _library_bytes(db: Database, path: Path) -> tuple[int, bytes, bytes]:
    wal = path.with_name(path.name + "-wal")
    return (
        len(workshops.list_workshops(db)),
        path.read_bytes(),
        wal.read_bytes() if wal.exists() else b"",
    )


def _refused(db: Database, library_path: Path, paths: list[Path], title: str = "Plenary") -> str:
    before = _library_bytes(db, library_path)
    with pytest.raises(ImportProblem) as caught:
        merge_workshop_files(db, paths, title)
    assert _library_bytes(db, library_path) == before
    return "\n".join(caught.value.problems)


def _edit(path: Path, change: Any) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_file_that_is_not_json_is_refused_by_name(db, library_path, tables):
    tables.paths[1].write_text("not { json", encoding="utf-8")
    problems = _refused(db, library_path, tables.paths)
    assert (
        problems == "table2.json: table2.json is not valid JSON (line 1, column 1: Expecting value)"
    )


def test_json_that_is_not_a_workshop_file_is_refused(db, library_path, tables):
    tables.paths[2].write_text('{"format": "something-else", "version": 1}', encoding="utf-8")
    problems = _refused(db, library_path, tables.paths)
    assert (
        problems == 'table3.json: format: this is not a workshop file (expected "coprod-workshop")'
    )


def test_a_newer_version_is_refused(db, library_path, tables):
    _edit(tables.paths[0], lambda d: d.update(version=2))
    problems = _refused(db, library_path, tables.paths)
    assert problems.startswith("table1.json: version: the file was made by a newer version")


def test_a_broken_reference_is_named_by_file_and_path(db, library_path, tables):
    _edit(tables.paths[1], lambda d: d["ideas"][1].update(theme="t9"))
    _edit(tables.paths[2], lambda d: d["actions"][0].update(owner="p42"))
    problems = _refused(db, library_path, tables.paths)
    assert problems.splitlines() == [
        'table2.json: ideas[1].theme: no theme "t9"',
        'table3.json: actions[0].owner: no participant "p42"',
    ]


def test_one_file_a_file_twice_a_blank_title_and_a_missing_file(db, library_path, tables):
    assert "two tables or more" in _refused(db, library_path, tables.paths[:1])
    twice = _refused(db, library_path, [tables.paths[0], tables.paths[0]])
    assert twice == "table1.json: this file is given twice"
    assert "title" in _refused(db, library_path, tables.paths, title="  ")
    missing = _refused(db, library_path, [tables.paths[0], tables.paths[0].with_name("no.json")])
    assert missing.startswith("no.json: there is no file at")


# The minutes --------------------------------------------------------------------------


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("language", "merged_line", "vote"),
    [
        ("en", "Merged from the files of 3 tables: Bus routes, Day centre, Library hours",
         "Vote 2, Day centre: Named vote"),
        ("cy", "Wedi'i gyfuno o ffeiliau 3 bwrdd: Bus routes, Day centre, Library hours",
         "Pleidlais 2, Day centre: Named vote"),
    ],
)  # fmt: skip
def test_the_minutes_say_which_tables_and_label_ideas_and_votes(
    db, merged, tmp_path, language, merged_line, vote
):
    from coprod_desktop.exports.minutes import minutes_bytes

    workshops.update_workshop(db, merged.workshop.id, language=language)
    data = workshops.load_workshop(db, merged.workshop.id)
    pdf = minutes_bytes(data)
    (tmp_path / f"plenary-{language}.pdf").write_bytes(pdf)
    text = _pdf_text(pdf)
    assert merged_line in text
    first_page = _pdf_text_page(pdf, 0)
    assert merged_line in first_page  # near the top
    assert vote in text
    assert ("Vote 4, Library hours: Which first?" if language == "en" else
            "Pleidlais 4, Library hours: Which first?") in text  # fmt: skip
    # Each idea's row names its table.
    for idea_text, table in [("Later buses", "Bus routes"), ("Open on Sundays", "Library hours"),
                             ("Community minibus", "Day centre")]:  # fmt: skip
        assert f"{idea_text} {table}" in text


def _pdf_text_page(pdf: bytes, n: int) -> str:
    import io

    from pypdf import PdfReader

    return " ".join((PdfReader(io.BytesIO(pdf)).pages[n].extract_text() or "").split())


def test_the_minutes_of_one_room_say_nothing_of_tables(db, tables):
    from coprod_desktop.exports.minutes import minutes_bytes

    text = _pdf_text(minutes_bytes(workshops.load_workshop(db, tables.workshop_ids[0])))
    assert "Merged from" not in text and "Vote 1: Which first?" in text


def test_two_people_of_one_name_at_one_table_stay_two(tables):
    docs = read_tables(tables.paths)
    first = docs[0].document
    residents = next(g["id"] for g in first["groups"] if g["name"] == "Residents")
    first["participants"].append({"id": "p99", "name": "Aled", "group": residents})
    people = plan_merge(docs, "Plenary").document["participants"]
    # Table 1's two Aleds in Residents stay two; table 2's Aled is the first of them.
    assert [p["name"] for p in people].count("Aled") == 3  # the third is table 3's, Staff
    residents_aleds = [p for p in people if p["name"] == "Aled" and p["group"] == "g1"]
    assert len(residents_aleds) == 2
