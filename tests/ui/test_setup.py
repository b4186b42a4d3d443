"""Set-up: details, groups, participants, lists of names, the agenda; through the page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.services import agenda, people, workshops
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.dialogs.name_list import NameListDialog, read_name_file
from coprod_desktop.ui.dialogs.people import (
    GroupData,
    GroupDialog,
    ParticipantData,
    ParticipantDialog,
)
from coprod_desktop.ui.dialogs.stage import StageData, StageDialog
from coprod_desktop.ui.setup.page import SetupPage


@pytest.fixture
def page(qtbot: QtBot, controller: Controller) -> SetupPage:
    w = workshops.create_workshop(controller.db, "Library hours")
    page = SetupPage(controller)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    controller.open_workshop(w.id)
    return page


def answer(monkeypatch: pytest.MonkeyPatch, dialog: type, *results: Any) -> list[tuple[Any, ...]]:
    """Replace ``dialog.get`` with canned answers; returns the calls it saw."""
    queue = list(results)
    calls: list[tuple[Any, ...]] = []

    def get(cls: type, *args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return queue.pop(0) if queue else None

    monkeypatch.setattr(dialog, "get", classmethod(get))
    return calls


def test_details_are_saved_as_each_field_is_left(
    qtbot: QtBot, page: SetupPage, controller: Controller
) -> None:
    form = page.details
    form.venue.setFocus()
    qtbot.keyClicks(form.venue, "Neuadd y Dref ")
    form.venue.insert("ŵ")  # QTest types Latin-1 only
    qtbot.keyClick(form.venue, Qt.Key.Key_Tab)
    assert workshops.get_workshop(controller.db, controller.workshop_id).venue == "Neuadd y Dref ŵ"
    form.title.setText("   ")
    form.title.editingFinished.emit()
    assert workshops.get_workshop(controller.db, controller.workshop_id).title == "Library hours"
    assert form.title.text() == "Library hours"
    form.language.setCurrentIndex(1)
    form.language.activated.emit(1)
    assert workshops.get_workshop(controller.db, controller.workshop_id).language == "cy"
    form.no_date.setChecked(True)
    assert workshops.get_workshop(controller.db, controller.workshop_id).date is None
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert workshops.get_workshop(controller.db, controller.workshop_id).language == "en"


def test_groups_with_named_colours(
    page: SetupPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(
        monkeypatch, GroupDialog, GroupData("Residents", "#E69F00"), GroupData("Staff", "#009E73")
    )
    page.groups.add_button.click()
    page.groups.add_button.click()
    labels = [page.groups.list.item(n).text() for n in range(page.groups.list.count())]
    assert labels == ["Residents  (Orange)", "Staff  (Green)"]
    assert "colour Green" in page.groups.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    answer(monkeypatch, GroupDialog, GroupData("Carers", "#56B4E9"))
    page.groups.list.setCurrentRow(1)
    page.groups.edit_button.click()
    assert [
        (g.name, g.colour) for g in people.list_groups(controller.db, controller.workshop_id)
    ] == [
        ("Residents", "#E69F00"),
        ("Carers", "#56B4E9"),
    ]
    page.groups.delete_button.click()
    assert [g.name for g in people.list_groups(controller.db, controller.workshop_id)] == [
        "Residents"
    ]


def test_participants_added_edited_and_ticked(
    qtbot: QtBot, page: SetupPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, wid = controller.db, controller.workshop_id
    group = controller.call(people.add_group, wid, "Residents")
    assert group is not None
    calls = answer(monkeypatch, ParticipantDialog, ParticipantData("Siân", group.id, True, True))
    page.participants.add_button.click()
    assert len(calls[0][2]) == 1  # the dialog was offered the workshop's groups
    [sian] = people.list_participants(db, wid)
    assert (sian.name, sian.group_id, sian.named_in_minutes) == ("Siân", group.id, True)
    table = page.participants.table
    assert table.item(0, 1).text() == "Residents"
    attended = table.item(0, 3)
    attended.setCheckState(Qt.CheckState.Unchecked)
    assert people.list_participants(db, wid)[0].attended is False
    assert table.item(0, 3).text() == "No"
    answer(monkeypatch, ParticipantDialog, ParticipantData("Siân Roberts", None, False, False))
    page.participants.edit_button.click()
    assert people.list_participants(db, wid)[0].name == "Siân Roberts"
    assert people.list_participants(db, wid)[0].group_id is None
    page.show_section(1)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert people.list_participants(db, wid) == []


def test_a_pasted_list_reports_the_lines_it_could_not_read(qtbot: QtBot) -> None:
    dialog = NameListDialog(
        None, "name,group\nAled,Residents\n,Staff\nSiân,Carers\naled,Staff\n" + "x" * 300
    )
    qtbot.addWidget(dialog)
    report = dialog.parsed()
    assert [(p.name, p.group) for p in report.people] == [("Aled", "Residents"), ("Siân", "Carers")]
    assert len(report.problems) == 3
    text = dialog.report.text()
    assert "2 names ready" in text and "line 3: no name" in text and "already in the list" in text
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.text() == "Add 2 people" and ok.isEnabled()
    dialog.text.setPlainText("")
    assert not ok.isEnabled()


def test_a_names_file_in_utf8_or_windows_1252(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("\ufeffname\nSiân\n", encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Siân\nBethan\n".encode("cp1252"))
    assert read_name_file(utf8) == "name\nSiân\n"
    assert read_name_file(legacy) == "Siân\nBethan\n"


def test_importing_a_list_adds_people_and_groups_in_one_step(
    page: SetupPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coprod_desktop.services.people import parse_name_list

    report = parse_name_list("Aled\tResidents\nBethan\tStaff\n\tStaff\nCarys\n")
    answer(monkeypatch, NameListDialog, report)
    messages: list[str] = []
    page.status.connect(messages.append)
    page.participants.list_button.click()
    db, wid = controller.db, controller.workshop_id
    assert [p.name for p in people.list_participants(db, wid)] == ["Aled", "Bethan", "Carys"]
    assert [g.name for g in people.list_groups(db, wid)] == ["Residents", "Staff"]
    assert messages == ["Added 3 people. 1 line was skipped."]
    assert page.participants.table.rowCount() == 3
    controller.undo_stack.undo()
    assert people.list_participants(db, wid) == [] and people.list_groups(db, wid) == []


def test_agenda_stages_added_reordered_edited(
    qtbot: QtBot, page: SetupPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(
        monkeypatch,
        StageDialog,
        StageData("Welcome", 10, "Why are we here?"),
        StageData("Ideas", 30, "What would help?"),
    )
    page.stages.buttons["add"].click()
    page.stages.buttons["add"].click()
    table = page.stages.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["1. Welcome", "2. Ideas"]
    assert page.stages.total.text() == "2 stages, 0 h 40 min planned"
    page.show_section(2)
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    db, wid = controller.db, controller.workshop_id
    assert [s.title for s in agenda.list_stages(db, wid)] == ["Ideas", "Welcome"]
    assert table.currentRow() == 0
    answer(monkeypatch, StageDialog, StageData("Ideas", None, "What would help most?"))
    page.stages.buttons["edit"].click()
    first = agenda.list_stages(db, wid)[0]
    assert (first.planned_minutes, first.prompt) == (None, "What would help most?")
    assert table.item(0, 1).text() == "—"


def test_dialogs_return_what_was_typed(qtbot: QtBot) -> None:
    dialog = ParticipantDialog(None, None, [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Dai")
    assert ok.isEnabled()
    assert dialog.data() == ParticipantData("Dai", None, False, True)
    stage = StageDialog(None, None)
    qtbot.addWidget(stage)
    stage.title.setText("Vote")
    stage.minutes.setValue(0)
    assert stage.data() == StageData("Vote", None, "")
