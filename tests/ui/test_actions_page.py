"""The actions page: edits in place land in the library, undo and redo, sort and filter,
"Make an action" from elsewhere, and the shared screen hears every change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from coprod_desktop.services import actions, board, people, workshops
from coprod_desktop.ui.actions import make_action_from
from coprod_desktop.ui.actions.delegates import NO_DATE, ActionDelegate, DueEdit
from coprod_desktop.ui.actions.links_dialog import LinksDialog
from coprod_desktop.ui.actions.model import DUE, LINKS, NOTES, OWNER, STATUS, TITLE
from coprod_desktop.ui.actions.page import ActionsPage
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.shared_screen.manager import SharedScreen


@pytest.fixture
def workshop(controller: Controller) -> dict[str, Any]:
    db = controller.db
    w = workshops.create_workshop(db, "Actions test")
    residents = people.add_group(db, w.id, "Residents").id
    aled = people.add_participant(db, w.id, "Aled Ŵynne", group_id=residents).id
    gwen = people.add_participant(db, w.id, "Gwen", group_id=residents).id
    theme = board.add_theme(db, w.id, "Getting there").id
    idea = board.capture_idea(db, w.id, "Later bus & <b>café</b>").idea.id
    controller.open_workshop(w.id)
    return {"id": w.id, "aled": aled, "gwen": gwen, "theme": theme, "idea": idea}


@pytest.fixture
def page(qtbot: QtBot, controller: Controller, workshop: dict[str, Any]) -> ActionsPage:
    widget = ActionsPage(controller, SharedScreen(controller))
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    return widget


def stored(controller: Controller) -> list[actions.ActionRecord]:
    return actions.list_actions(controller.db, controller.workshop_id)


def cell(page: ActionsPage, row: int, column: int) -> QModelIndex:
    return page.proxy.index(row, column)


def test_typing_a_title_and_enter_adds_an_action(
    page: ActionsPage, controller: Controller, qtbot: QtBot
) -> None:
    heard: list[None] = []
    controller.actions_changed.connect(lambda: heard.append(None))
    qtbot.keyClicks(page.new_title, "Ring the bus company ")  # QTest types ASCII only
    page.new_title.insert("ŵ & <b>")
    qtbot.keyClick(page.new_title, Qt.Key.Key_Return)
    assert [a.title for a in stored(controller)] == ["Ring the bus company ŵ & <b>"]
    assert page.new_title.text() == ""
    assert heard, "the shared screen follows actions_changed"
    assert page.proxy.rowCount() == 1
    assert page.table.currentIndex().column() == OWNER  # ready to say who does it
    controller.undo_stack.undo()
    assert stored(controller) == []
    controller.undo_stack.redo()
    assert [a.title for a in stored(controller)] == ["Ring the bus company ŵ & <b>"]


def test_each_cell_edits_in_place_and_undoes(
    page: ActionsPage, controller: Controller, workshop: dict[str, Any]
) -> None:
    make_action_from(controller, "Write to the council")
    model = page.proxy
    assert model.setData(cell(page, 0, TITLE), "Write to the council & MP")
    assert model.setData(cell(page, 0, OWNER), "Aled Ŵynne")  # typed: a participant
    assert model.setData(cell(page, 0, DUE), QDate(2027, 1, 31))
    assert model.setData(cell(page, 0, STATUS), "in_progress")
    assert model.setData(cell(page, 0, NOTES), "Line one\nLine two")
    action = stored(controller)[0]
    assert (action.title, action.owner_id, action.due, action.status, action.notes) == (
        "Write to the council & MP", workshop["aled"], date(2027, 1, 31), "in_progress",
        "Line one\nLine two",
    )  # fmt: skip
    assert cell(page, 0, OWNER).data() == "Aled Ŵynne"
    assert cell(page, 0, DUE).data() == "31 Jan 2027"
    assert cell(page, 0, STATUS).data() == "In progress"
    # A free-text owner replaces the participant, and back again with undo.
    assert model.setData(cell(page, 0, OWNER), "Housing team")
    action = stored(controller)[0]
    assert (action.owner_id, action.owner_name) == (None, "Housing team")
    controller.undo_stack.undo()
    action = stored(controller)[0]
    assert (action.owner_id, action.owner_name) == (workshop["aled"], None)
    for _ in range(5):
        controller.undo_stack.undo()
    action = stored(controller)[0]
    assert (action.title, action.owner_id, action.due, action.status, action.notes) == (
        "Write to the council", None, None, "proposed", "",
    )  # fmt: skip
    for _ in range(6):
        controller.undo_stack.redo()
    assert stored(controller)[0].owner_name == "Housing team"


def test_an_empty_title_is_refused_in_plain_words(
    page: ActionsPage, controller: Controller
) -> None:
    make_action_from(controller, "Keep me")
    errors: list[str] = []
    controller.error.connect(errors.append)
    assert not page.proxy.setData(cell(page, 0, TITLE), "   ")
    assert stored(controller)[0].title == "Keep me"
    assert errors == ["An action needs a title; it was left as it was."]


def test_the_editors(
    page: ActionsPage, controller: Controller, workshop: dict[str, Any], qtbot: QtBot
) -> None:
    make_action_from(controller, "Editors")
    delegate = page.table.itemDelegate()
    assert isinstance(delegate, ActionDelegate)
    option = QStyleOptionViewItem()
    # Owner: the participants to pick from, or any text.
    owner = delegate.createEditor(page.table.viewport(), option, cell(page, 0, OWNER))
    assert isinstance(owner, QComboBox) and owner.isEditable()
    names = [owner.itemText(i) for i in range(owner.count())]
    assert names == ["", "Aled Ŵynne", "Gwen"]
    owner.setCurrentIndex(2)
    delegate.setModelData(owner, page.proxy, cell(page, 0, OWNER))
    assert stored(controller)[0].owner_id == workshop["gwen"]
    delegate.setEditorData(owner, cell(page, 0, OWNER))
    assert owner.currentText() == "Gwen"
    owner.setEditText("Council estates team")
    delegate.setModelData(owner, page.proxy, cell(page, 0, OWNER))
    assert stored(controller)[0].owner_name == "Council estates team"
    # Due: a calendar; its earliest value means no date.
    due = delegate.createEditor(page.table.viewport(), option, cell(page, 0, DUE))
    assert isinstance(due, DueEdit) and due.calendarPopup()
    delegate.setEditorData(due, cell(page, 0, DUE))
    assert due.date() == NO_DATE and due.text() == "No date"
    due.setDate(QDate(2027, 3, 1))
    delegate.setModelData(due, page.proxy, cell(page, 0, DUE))
    assert stored(controller)[0].due == date(2027, 3, 1)
    due.setDate(NO_DATE)
    delegate.setModelData(due, page.proxy, cell(page, 0, DUE))
    assert stored(controller)[0].due is None
    # Status: a list of the five.
    status = delegate.createEditor(page.table.viewport(), option, cell(page, 0, STATUS))
    assert isinstance(status, QComboBox)
    assert [status.itemText(i) for i in range(status.count())] == [
        "Proposed", "Agreed", "In progress", "Done", "Dropped",
    ]  # fmt: skip
    status.setCurrentIndex(3)
    delegate.setModelData(status, page.proxy, cell(page, 0, STATUS))
    assert stored(controller)[0].status == "done"
    # Notes: several lines.
    notes = delegate.createEditor(page.table.viewport(), option, cell(page, 0, NOTES))
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("Ŵ line\nsecond <b>line</b>")
    delegate.setModelData(notes, page.proxy, cell(page, 0, NOTES))
    assert stored(controller)[0].notes == "Ŵ line\nsecond <b>line</b>"
    title = delegate.createEditor(page.table.viewport(), option, cell(page, 0, TITLE))
    assert isinstance(title, QLineEdit) and title.accessibleName()


def test_links_to_ideas_and_themes(
    page: ActionsPage,
    controller: Controller,
    workshop: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_action_from(controller, "Linked")
    page.select_action(stored(controller)[0].id)
    offered: list[Any] = []

    def choose(parent: Any, ideas: Any, themes: Any, chosen: Any) -> Any:
        offered.append(([i.id for i in ideas], [t.id for t in themes], chosen))
        return (workshop["idea"],), (workshop["theme"],)

    monkeypatch.setattr(LinksDialog, "get", staticmethod(choose))
    page.edit_links()
    assert offered == [([workshop["idea"]], [workshop["theme"]], ((), ()))]
    action = stored(controller)[0]
    assert (action.idea_ids, action.theme_ids) == ((workshop["idea"],), (workshop["theme"],))
    assert cell(page, 0, LINKS).data() == "Idea 1 · Getting there"
    controller.undo_stack.undo()
    assert stored(controller)[0].idea_ids == ()


def test_ideas_and_themes_added_on_the_board_are_offered_as_answers(
    page: ActionsPage,
    controller: Controller,
    workshop: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The board's gestures change the actions page's choices without a reload by hand:
    a note captured (not answered by any action yet) and a theme added."""
    from coprod_desktop.ui.commands.board import AddTheme, CaptureIdea

    make_action_from(controller, "Linked")
    page.select_action(stored(controller)[0].id)
    controller.push(AddTheme(controller, "Opening hours"))
    capture = CaptureIdea(controller, "Sunday opening")
    controller.push(capture)
    themes = {t.name: t.id for t in board.list_themes(controller.db, workshop["id"])}
    offered: list[Any] = []

    def choose(parent: Any, ideas: Any, themes: Any, chosen: Any) -> Any:
        offered.append(([i.id for i in ideas], [t.id for t in themes]))
        return None

    monkeypatch.setattr(LinksDialog, "get", staticmethod(choose))
    page.edit_links()
    assert offered == [
        ([workshop["idea"], capture.idea_id], [themes["Getting there"], themes["Opening hours"]])
    ]


def test_the_links_dialog_ticks_and_searches(
    qtbot: QtBot, controller: Controller, workshop: dict[str, Any]
) -> None:
    ideas = board.list_ideas(controller.db, workshop["id"])
    themes = board.list_themes(controller.db, workshop["id"])
    dialog = LinksDialog(None, ideas, themes, ((), (workshop["theme"],)))
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ((), (workshop["theme"],))
    dialog.search.setText("café")
    visible = [
        dialog.list.item(r).text()
        for r in range(dialog.list.count())
        if not dialog.list.item(r).isHidden()
    ]
    assert visible == ["Idea 1: Later bus & <b>café</b>"]
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == ((workshop["idea"],), (workshop["theme"],))


def test_sort_and_filter(page: ActionsPage, controller: Controller) -> None:
    db = controller.db
    wid = controller.workshop_id
    with controller.recording():
        actions.add_action(db, wid, "Bravo", due=date(2027, 3, 1), status="done")
        actions.add_action(
            db, wid, "Alpha", due=date(2027, 1, 1), status="agreed", owner_name="Housing"
        )
        actions.add_action(db, wid, "Charlie", status="dropped", notes="about ramps")
    titles = lambda: [cell(page, r, TITLE).data() for r in range(page.proxy.rowCount())]  # noqa: E731
    assert titles() == ["Bravo", "Alpha", "Charlie"]  # the agreed order
    page.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Alpha", "Bravo", "Charlie"]  # no date last
    page.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Alpha", "Bravo", "Charlie"]  # agreed, done, dropped
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    assert titles() == ["Alpha"]
    page.status_filter.setCurrentIndex(0)
    page.search.setText("RAMPS")
    assert titles() == ["Charlie"]
    page.search.setText("housing")
    assert titles() == ["Alpha"]
    assert page.count.text() == "3 actions, 1 still open"


def test_delete_and_move_are_undoable(page: ActionsPage, controller: Controller) -> None:
    for title in ("One", "Two", "Three"):
        make_action_from(controller, title)
    page.select_action(stored(controller)[2].id)
    page.move_selected(-1)
    assert [a.title for a in stored(controller)] == ["One", "Three", "Two"]
    controller.undo_stack.undo()
    assert [a.title for a in stored(controller)] == ["One", "Two", "Three"]
    page.table.selectAll()
    page.delete_selected()
    assert stored(controller) == []
    controller.undo_stack.undo()  # one step brings all three back
    assert [a.title for a in stored(controller)] == ["One", "Two", "Three"]


def test_make_action_from_another_page(
    page: ActionsPage, controller: Controller, workshop: dict[str, Any]
) -> None:
    action_id = make_action_from(
        controller, "  Later\nbuses  ", idea_ids=[workshop["idea"]], theme_ids=[workshop["theme"]]
    )
    assert action_id
    action = stored(controller)[0]
    assert action.title == "Later buses"
    assert action.idea_ids == (workshop["idea"],) and action.theme_ids == (workshop["theme"],)
    assert controller.undo_stack.undoText() == 'Add action "Later buses"'
    assert page.proxy.rowCount() == 1


def test_make_action_from_is_refused_without_a_workshop(controller: Controller) -> None:
    assert make_action_from(controller, "Nowhere") is None


def test_show_on_the_shared_screen(page: ActionsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(page.shared_screen, "set_mode", lambda mode, **kw: shown.append(mode))
    page.screen_button.click()
    assert shown == ["actions"]


def test_a_follow_up_explains_the_carried_actions(
    qtbot: QtBot, controller: Controller, workshop: dict[str, Any]
) -> None:
    db = controller.db
    actions.add_action(db, workshop["id"], "Still open", status="agreed")
    actions.add_action(db, workshop["id"], "Finished", status="done")
    follow = workshops.create_follow_up(db, workshop["id"])
    controller.open_workshop(follow.id)
    widget = ActionsPage(controller, SharedScreen(controller))
    qtbot.addWidget(widget)
    assert not widget.banner.isHidden()
    assert '"Actions test". 1 open action was carried over' in widget.banner.text()
    assert [widget.proxy.index(r, TITLE).data() for r in range(widget.proxy.rowCount())] == [
        "Still open"
    ]


def test_every_control_has_an_accessible_name(page: ActionsPage) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    for kind in (QAbstractButton, QComboBox, QLineEdit, QTableView):
        for widget in page.findChildren(kind):
            inner = isinstance(widget.parent(), (QLineEdit, QTableView))  # Qt's own parts
            if inner or widget.objectName().startswith("qt_"):
                continue
            assert widget.accessibleName(), widget


def test_f2_edits_a_title_from_the_keyboard(
    page: ActionsPage, controller: Controller, qtbot: QtBot
) -> None:
    make_action_from(controller, "Old title")
    page.show()
    qtbot.waitExposed(page)
    index = cell(page, 0, TITLE)
    page.table.setCurrentIndex(index)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "New title")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(controller)[0].title == "New title")  # Qt commits queued
    controller.undo_stack.undo()
    assert stored(controller)[0].title == "Old title"


def test_capturing_ideas_does_not_reread_the_actions(
    page: ActionsPage,
    controller: Controller,
    workshop: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_action_from(controller, "Answers an idea", idea_ids=[workshop["idea"]])
    reads: list[int] = []
    real = actions.list_actions
    monkeypatch.setattr(actions, "list_actions", lambda *a: reads.append(1) or real(*a))
    assert controller.call(board.capture_idea, workshop["id"], "Another idea") is not None
    assert reads == []  # typing on the board costs the actions page nothing
    controller.call(board.update_idea, workshop["idea"], text="Later bus, edited")
    assert reads == [1]
    assert "Idea 1" in page.proxy.index(0, LINKS).data(Qt.ItemDataRole.ToolTipRole)
    assert "edited" in page.proxy.index(0, LINKS).data(Qt.ItemDataRole.ToolTipRole)
