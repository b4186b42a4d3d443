"""The notes panel: minutes each stage as it runs, edits and deletes undoably, and turns
a note into an action."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.services import actions, agenda, workshops
from coprod_desktop.ui.agenda.page import AgendaPage
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.notes.panel import GENERAL, NotesPanel


@pytest.fixture
def stages(controller: Controller) -> list[int]:
    w = workshops.create_workshop(controller.db, "Notes test")
    ids = [agenda.add_stage(controller.db, w.id, title).id for title in ("Welcome", "Ideas ŵ")]
    controller.open_workshop(w.id)
    return ids


@pytest.fixture
def panel(qtbot: QtBot, controller: Controller, stages: list[int]) -> NotesPanel:
    widget = NotesPanel(controller)
    qtbot.addWidget(widget)
    return widget


def notes(controller: Controller) -> list[Any]:
    return agenda.list_notes(controller.db, controller.workshop_id)


def shown(panel: NotesPanel) -> list[str]:
    return [panel.list.item(r).text().split("  ", 1)[1] for r in range(panel.list.count())]


def test_a_note_goes_under_the_running_stage(
    panel: NotesPanel, controller: Controller, stages: list[int], qtbot: QtBot
) -> None:
    assert panel.stage_id() == GENERAL  # nothing running yet
    controller.call(agenda.start_stage, stages[1])
    assert panel.stage_id() == stages[1]
    panel.editor.setPlainText("Decision: <b>later</b> buses & ŵ\nSecond line")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = notes(controller)
    assert [(n.text, n.stage_id) for n in saved] == [
        ("Decision: <b>later</b> buses & ŵ\nSecond line", stages[1])
    ]
    assert panel.editor.toPlainText() == ""
    assert shown(panel) == ["Decision: <b>later</b> buses & ŵ\nSecond line"]
    controller.undo_stack.undo()
    assert notes(controller) == [] and panel.list.count() == 0
    controller.undo_stack.redo()
    assert [n.id for n in notes(controller)] == [saved[0].id]  # back under the same id


def test_the_stage_box_picks_where_a_note_goes(
    panel: NotesPanel, controller: Controller, stages: list[int]
) -> None:
    panel.stage_box.setCurrentIndex(panel.stage_box.findData(stages[0]))
    panel.editor.setPlainText("Welcome note")
    panel.add_note()
    panel.stage_box.setCurrentIndex(panel.stage_box.findData(GENERAL))
    panel.editor.setPlainText("General note")
    panel.add_note()
    assert [(n.text, n.stage_id) for n in notes(controller)] == [
        ("Welcome note", stages[0]),
        ("General note", None),
    ]
    assert shown(panel) == ["General note"]
    panel.stage_box.setCurrentIndex(panel.stage_box.findData(stages[0]))
    assert shown(panel) == ["Welcome note"]


def test_quick_kinds_start_the_note(panel: NotesPanel) -> None:
    panel.editor.setPlainText("more buses")
    panel.start_with("To follow up: ")
    assert panel.editor.toPlainText() == "To follow up: more buses"
    panel.start_with("To follow up: ")
    assert panel.editor.toPlainText() == "To follow up: more buses"


def test_edit_and_delete_are_undoable(
    panel: NotesPanel, controller: Controller, stages: list[int]
) -> None:
    controller.call(agenda.start_stage, stages[0])
    panel.editor.setPlainText("First words")
    panel.add_note()
    panel.list.setCurrentRow(0)
    panel.edit_selected()
    assert panel.editor.toPlainText() == "First words"
    assert panel.add_button.text() == "Save note"
    panel.editor.setPlainText("Better words")
    panel.add_note()
    assert [n.text for n in notes(controller)] == ["Better words"]
    assert panel.add_button.text() == "Add note"
    controller.undo_stack.undo()
    assert [n.text for n in notes(controller)] == ["First words"]
    panel.list.setCurrentRow(0)
    panel.delete_selected()
    assert notes(controller) == []
    controller.undo_stack.undo()
    assert [n.text for n in notes(controller)] == ["First words"]


def test_an_empty_note_is_not_added(panel: NotesPanel, controller: Controller) -> None:
    panel.editor.setPlainText("   \n  ")
    panel.add_note()
    assert notes(controller) == []


def test_make_an_action_from_a_note(panel: NotesPanel, controller: Controller) -> None:
    made: list[int] = []
    panel.action_made.connect(made.append)
    panel.editor.setPlainText("To follow up: ask the council about ramps\nSiân knows who to ask.")
    panel.add_note()
    panel.list.setCurrentRow(0)
    panel.make_action()
    stored = actions.list_actions(controller.db, controller.workshop_id)
    assert [(a.title, a.notes) for a in stored] == [
        ("ask the council about ramps", "Siân knows who to ask.")
    ]
    assert made == [stored[0].id]
    controller.undo_stack.undo()
    assert actions.list_actions(controller.db, controller.workshop_id) == []


def test_the_agenda_page_hosts_it_and_follows_a_started_stage(
    qtbot: QtBot, controller: Controller, stages: list[int]
) -> None:
    page = AgendaPage(controller)
    qtbot.addWidget(page)
    controller.call(agenda.start_stage, stages[1], at=datetime(2026, 11, 28, 10, tzinfo=UTC))
    assert page.notes.stage_id() == stages[1]


def test_a_quote_is_closed_and_typed_between_its_marks(qtbot, panel) -> None:
    panel.start_with("Quote: “", "”")
    qtbot.keyClicks(panel.editor, "We want buses after six")
    assert panel.editor.toPlainText() == "Quote: “We want buses after six”"
    panel.start_with("Quote: “", "”")  # pressed again: nothing doubled
    assert panel.editor.toPlainText() == "Quote: “We want buses after six”"
