"""The outline view: everything the board does, from the keyboard, on the same ideas."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.services import board, workshops
from coprod_desktop.ui.board.outline_model import ID_ROLE, KIND_ROLE
from coprod_desktop.ui.board.page import BoardPage
from coprod_desktop.ui.controller import Controller


@pytest.fixture
def page(qtbot: QtBot, controller: Controller) -> BoardPage:
    db = controller.db
    w = workshops.create_workshop(db, "Library hours")
    transport = board.add_theme(db, w.id, "Transport")
    board.add_theme(db, w.id, "Opening hours")
    board.capture_idea(db, w.id, "Later buses", theme_id=transport.id)
    board.capture_idea(db, w.id, "Open on Sundays\nand bank holidays")
    board.capture_idea(db, w.id, "A quiet room")
    page = BoardPage(controller)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    controller.open_workshop(w.id)
    page.act_show_outline.trigger()
    qtbot.waitUntil(lambda: page.outline_model.rowCount() == 3)
    return page


def tree(page: BoardPage) -> list[tuple[str, list[str]]]:
    model = page.outline_model
    out = []
    for row in range(model.rowCount()):
        branch = model.index(row, 0)
        out.append(
            (
                branch.data(),
                [model.index(r, 0, branch).data() for r in range(model.rowCount(branch))],
            )
        )
    return out


def select(page: BoardPage, *texts: str) -> None:
    model, view = page.outline_model, page.outline
    view.selectionModel().clear()
    for row in range(model.rowCount()):
        branch = model.index(row, 0)
        for r in range(model.rowCount(branch)):
            index = model.index(r, 0, branch)
            if model.idea_at(index).text.split("\n")[0] in texts:
                view.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate
                )


def texts(controller: Controller) -> dict[str, Any]:
    return {i.text: i for i in board.list_ideas(controller.db, controller.workshop_id)}


def test_themes_are_branches_and_ideas_leaves(page: BoardPage) -> None:
    assert tree(page) == [
        ("Transport (1)", ["Later buses"]),
        ("Opening hours (0)", []),
        ("No theme (2)", ["Open on Sundays / and bank holidays", "A quiet room"]),
    ]
    first = page.outline_model.index(0, 0)
    assert first.data(KIND_ROLE) == "theme"
    assert "Theme Transport" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    idea = page.outline_model.index(0, 0, first)
    assert idea.data(Qt.ItemDataRole.EditRole) == "Later buses"
    assert idea.data(KIND_ROLE) == "idea" and idea.data(ID_ROLE) > 0


def test_alt_arrows_move_ideas_between_themes(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    select(page, "A quiet room")
    page.outline.setFocus()
    qtbot.keyClick(page.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(controller)["A quiet room"].theme_id is not None
    opening = next(
        t
        for t in board.list_themes(controller.db, controller.workshop_id)
        if t.name == "Opening hours"
    )
    assert texts(controller)["A quiet room"].theme_id == opening.id
    assert tree(page)[1] == ("Opening hours (1)", ["A quiet room"])
    # The idea stays selected, so pressing again keeps moving it.
    qtbot.keyClick(page.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tree(page)[0] == ("Transport (2)", ["Later buses", "A quiet room"])
    qtbot.keyClick(page.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(controller)["A quiet room"].theme_id is None
    # The board agrees: the note sits where the outline put it.
    note = page.scene.notes[texts(controller)["A quiet room"].id]
    assert page.scene.theme_at(note.center()) is None


def test_editing_an_idea_and_a_theme_in_the_outline(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    model = page.outline_model
    idea = model.index(0, 0, model.index(0, 0))
    assert model.setData(idea, "Later buses, ŵ & <b>") is False  # the command does the write
    assert "Later buses, ŵ & <b>" in texts(controller)
    model.setData(model.index(0, 0), "Getting there")
    qtbot.waitUntil(lambda: tree(page)[0][0] == "Getting there (1)")
    assert model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: tree(page)[0] == ("Transport (1)", ["Later buses"]))


def test_f2_opens_the_editor_in_the_outline(qtbot: QtBot, page: BoardPage) -> None:
    select(page, "A quiet room")
    page.outline.setFocus()
    page.act_edit.trigger()
    assert page.outline.state() == page.outline.State.EditingState


def test_delete_and_merge_in_the_outline(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    select(page, "Open on Sundays", "A quiet room")
    page.outline.setFocus()
    qtbot.keyClick(page.outline, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "Open on Sundays\nand bank holidays\n\nA quiet room" in texts(controller)
    assert len(page.scene.notes) == 2
    qtbot.waitUntil(lambda: len(tree(page)[2][1]) == 1)
    select(page, "Later buses")
    qtbot.keyClick(page.outline, Qt.Key.Key_Delete)
    assert "Later buses" not in texts(controller)
    qtbot.waitUntil(lambda: tree(page)[0] == ("Transport (0)", []))
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: tree(page)[0] == ("Transport (1)", ["Later buses"]))


def test_deleting_a_theme_row_keeps_its_ideas(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    page.outline.setCurrentIndex(page.outline_model.index(0, 0))
    page.outline.setFocus()
    qtbot.keyClick(page.outline, Qt.Key.Key_Delete)
    assert [t.name for t in board.list_themes(controller.db, controller.workshop_id)] == [
        "Opening hours"
    ]
    assert texts(controller)["Later buses"].theme_id is None


def test_outline_follows_ideas_captured_meanwhile(qtbot: QtBot, page: BoardPage) -> None:
    page.capture.line.setText("#Transport A minibus on Fridays")
    page.capture.submit()
    qtbot.waitUntil(
        lambda: tree(page)[0] == ("Transport (2)", ["Later buses", "A minibus on Fridays"])
    )
