"""The pages working together: "Make an action" from a theme, from chosen ideas and
from a vote's result; the window saying so; notes going to the stage chosen on the
agenda; a follow-up workshop opening where its carried actions are."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from coprod_desktop.services import actions, agenda, board, voting, workshops
from coprod_desktop.ui import exports_menu, style
from coprod_desktop.ui.board import context_menu
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.shared_screen import style as screen_style

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qapp: QApplication, demo_window: MainWindow) -> Iterator[MainWindow]:
    yield demo_window
    style.apply_theme(qapp, style.LIGHT, 1.0)
    screen_style.use_high_contrast(False)


def all_actions(window: MainWindow) -> list[Any]:
    return actions.list_actions(window.controller.db, window.controller.workshop_id)


def theme_named(window: MainWindow, name: str) -> Any:
    themes = board.list_themes(window.controller.db, window.controller.workshop_id)
    return next(t for t in themes if t.name == name)


def test_make_an_action_from_a_theme_on_the_board(qtbot: QtBot, window: MainWindow) -> None:
    page = window.board_page
    theme = theme_named(window, "Getting there and back")
    note = next(n for n in page.scene.notes.values() if n.idea.theme_id == theme.id)
    page.scene.clearSelection()
    note.setSelected(True)  # an idea in the theme makes it the current theme
    before = len(all_actions(window))
    page.act_action_theme.trigger()
    made = all_actions(window)
    assert len(made) == before + 1
    action = made[-1]
    assert action.title == "Getting there and back"
    assert action.theme_ids == (theme.id,) and action.idea_ids == ()
    assert "Getting there and back" in window.statusBar().currentMessage()
    window.controller.undo_stack.undo()  # one undoable step
    assert len(all_actions(window)) == before


def test_make_an_action_from_the_selected_ideas(window: MainWindow) -> None:
    page = window.board_page
    notes = sorted(page.scene.notes.values(), key=lambda n: (n.idea.created_at, n.idea.id))[:2]
    page.scene.clearSelection()
    for note in notes:
        note.setSelected(True)
    action_id = page.make_action_from_ideas()
    assert action_id
    action = actions.get_action(window.controller.db, action_id)
    assert set(action.idea_ids) == {n.idea_id for n in notes}
    assert action.title == " ".join(notes[0].idea.text.split())[:200]
    page.scene.clearSelection()
    assert page.make_action_from_ideas() is None  # nothing chosen: nothing made
    assert "Select the ideas" in window.statusBar().currentMessage()


def test_the_board_menu_and_context_menu_offer_it(window: MainWindow) -> None:
    page = window.board_page
    board_menu = [a.text() for a in window.board_menu.actions()]
    assert page.act_action_ideas.text() in board_menu
    assert page.act_action_theme.text() in board_menu
    theme = theme_named(window, "Food and the café")
    menu = page.context_menu(theme.id)
    entries = {a.text(): a for a in menu.actions()}
    from_theme = entries["Make an action from the theme “Food and the café”"]
    before = len(all_actions(window))
    from_theme.trigger()
    assert all_actions(window)[-1].theme_ids == (theme.id,)
    assert len(all_actions(window)) == before + 1


def test_the_outline_makes_an_action_from_the_theme_row_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Menu key on a theme row opens the menu at that row, offering that theme."""
    page = window.board_page
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.outline_model.rowCount() > 0)
    outline = page.outline
    theme = theme_named(window, "Feeling welcome and safe")
    row = page.outline_model.branch_index(theme.id)
    outline.setCurrentIndex(row)
    shown: list[tuple[QMenu, QPoint]] = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, point: shown.append((menu, point)))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(3, 3), QPoint(3, 3))
    QApplication.sendEvent(outline.viewport(), event)
    assert len(shown) == 1
    menu, point = shown[0]
    place = outline.viewport().mapFromGlobal(point)
    assert outline.visualRect(row).contains(place)  # at the row, not at the pointer
    entry = next(a for a in menu.actions() if "Feeling welcome and safe" in a.text())
    entry.trigger()
    assert all_actions(window)[-1].theme_ids == (theme.id,)


def test_the_board_menu_key_opens_at_the_focused_note(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.board_page
    page.view.setFocus()
    page.view.step_selection(1, 0)
    note = page.scene.focusItem()
    shown: list[QPoint] = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, point: shown.append(point))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(3, 3), QPoint(3, 3))
    QApplication.sendEvent(page.view.viewport(), event)
    assert shown
    place = page.view.viewport().mapFromGlobal(shown[0])
    assert note is not None and note.sceneBoundingRect().contains(page.view.mapToScene(place))
    assert (page.view.mapToScene(place) - note.center()).manhattanLength() < 4  # type: ignore[attr-defined]


def test_make_an_action_from_a_result_row(qtbot: QtBot, window: MainWindow) -> None:
    c, page = window.controller, window.voting_page
    ballot = next(r for r in voting.list_rounds(c.db, c.workshop_id) if r.method == "ballot")
    window.show_page(4)
    page._select(ballot.id)
    page.refresh()
    panel = page.results
    assert page.stack.currentWidget() is panel
    assert not panel.action_button.isEnabled()  # no row chosen yet
    panel.table.selectRow(0)
    assert panel.action_button.isEnabled()
    top = panel.results.items[0]  # type: ignore[union-attr]
    qtbot.mouseClick(panel.action_button, Qt.MouseButton.LeftButton)
    action = all_actions(window)[-1]
    assert action.idea_ids == (top.item_id,) and action.theme_ids == ()
    assert action.title == " ".join(top.label.split())[:200]
    assert f"{top.dots} dots" in action.notes and ballot.question in action.notes
    assert "Added the action" in window.statusBar().currentMessage()
    # The table's own menu (right button or Menu key) offers the same.
    assert panel.act_make_action in panel.table.actions()
    assert panel.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_a_tally_result_of_themes_makes_an_action_answering_the_theme(
    window: MainWindow,
) -> None:
    c, page = window.controller, window.voting_page
    tally = next(r for r in voting.list_rounds(c.db, c.workshop_id) if r.method == "tally")
    assert tally.target == "themes"
    window.show_page(4)
    page._select(tally.id)
    page.refresh()
    action_id = page.results.make_action(row=1)
    assert action_id
    second = page.results.results.items[1]  # type: ignore[union-attr]
    assert actions.get_action(c.db, action_id).theme_ids == (second.item_id,)


def test_an_action_made_from_a_note_is_announced(window: MainWindow) -> None:
    notes = window.agenda_page.notes
    window.show_page(3)
    notes.editor.setPlainText("To follow up: ask the council about Sunday buses")
    notes.add_note()
    notes.list.setCurrentRow(notes.list.count() - 1)
    notes.make_action()
    assert all_actions(window)[-1].title == "ask the council about Sunday buses"
    message = window.statusBar().currentMessage()
    assert "ask the council about Sunday buses" in message and "Ctrl+6" in message


def test_notes_go_to_the_stage_chosen_on_the_agenda(qtbot: QtBot, window: MainWindow) -> None:
    c, page = window.controller, window.agenda_page
    window.show_page(3)
    stages = agenda.list_stages(c.db, c.workshop_id)
    assert page.running is None  # the demo's stages have all been run
    page.stage_list.setCurrentRow(2)
    assert page.notes.stage_id() == stages[2].id
    page.notes.editor.setPlainText("Decision: sort the ideas again next week")
    page.notes.add_note()
    notes = agenda.list_notes(c.db, c.workshop_id)
    assert notes[-1].stage_id == stages[2].id
    # Running a stage: the list and the notes follow the running one.
    page.stage_list.setCurrentRow(3)
    page.start_selected()
    assert page.notes.stage_id() == stages[3].id
    page.stage_list.setCurrentRow(0)  # then looking back at another stage
    assert page.notes.stage_id() == stages[0].id


def test_a_new_follow_up_opens_on_its_actions(window: MainWindow, asked: Any) -> None:
    c = window.controller
    source = c.workshop_id
    open_before = [a for a in all_actions(window) if a.status in ("proposed", "agreed")]
    asked.answer("ask_text", "Oakfield: three months on")
    window.show_page(0)
    exports_menu.new_follow_up(window.library_page, c, source)
    assert c.workshop_id != source
    assert workshops.get_workshop(c.db, c.workshop_id).title == "Oakfield: three months on"
    assert window.current_page() is window.actions_page
    carried = all_actions(window)
    assert carried and len(carried) >= len(open_before)
    assert all(a.carried_from_id is not None for a in carried)


def test_shift_f10_opens_the_menu_at_the_outline_row(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.board_page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.outline_model.rowCount() > 0)
    outline = page.outline
    theme = theme_named(window, "Opening times and booking")
    row = page.outline_model.branch_index(theme.id)
    outline.setCurrentIndex(row)
    outline.setFocus()
    qtbot.waitUntil(outline.hasFocus)
    shown: list[tuple[QMenu, QPoint]] = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, point: shown.append((menu, point)))
    qtbot.keyClick(outline, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert len(shown) == 1
    menu, point = shown[0]
    assert outline.visualRect(row).contains(outline.viewport().mapFromGlobal(point))
    assert any("Opening times and booking" in a.text() for a in menu.actions())
