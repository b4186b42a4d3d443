"""The idea board: dragging into and out of themes, editing in place, search, dots,
merge, delete, zoom and keyboard moves, all through the real scene and library."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.services import board, people, voting, workshops
from coprod_desktop.services.layout import NOTE_HEIGHT, NOTE_WIDTH
from coprod_desktop.ui.board.page import BoardPage
from coprod_desktop.ui.controller import Controller


@pytest.fixture
def page(qtbot: QtBot, controller: Controller) -> BoardPage:
    db = controller.db
    w = workshops.create_workshop(db, "Library hours")
    group = people.add_group(db, w.id, "Residents")
    aled = people.add_participant(db, w.id, "Aled", group_id=group.id)
    transport = board.add_theme(db, w.id, "Transport")
    board.add_theme(db, w.id, "Opening hours")
    board.capture_idea(db, w.id, "Later buses", theme_id=transport.id, author_id=aled.id)
    board.capture_idea(db, w.id, "Open on Sundays")
    board.capture_idea(db, w.id, "A quiet room")
    page = BoardPage(controller)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    controller.open_workshop(w.id)
    qtbot.waitExposed(page)
    page.activateWindow()  # windows left by earlier tests must not hold the focus
    qtbot.waitUntil(page.isActiveWindow)
    page.view.set_zoom(0.5)
    return page


def records(controller: Controller) -> dict[str, Any]:
    return {i.text: i for i in board.list_ideas(controller.db, controller.workshop_id)}


def theme_id(controller: Controller, name: str) -> int:
    return next(
        t.id for t in board.list_themes(controller.db, controller.workshop_id) if t.name == name
    )


def drag(qtbot: QtBot, page: BoardPage, start: QPointF, end: QPointF) -> None:
    """Press, move in steps and release with the mouse on the view's viewport."""
    viewport = page.view.viewport()
    a, b = page.view.mapFromScene(start), page.view.mapFromScene(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for n in range(1, 6):
        point = a + (b - a) * n / 5
        qtbot.mouseMove(viewport, QPoint(point.x(), point.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_dragging_a_note_into_a_theme_files_it(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    note = page.scene.notes[records(controller)["Open on Sundays"].id]
    opening = page.scene.themes[theme_id(controller, "Opening hours")]
    page.view.centerOn(opening.area().center())
    target = opening.area().center()
    drag(qtbot, page, note.center(), target)
    idea = records(controller)["Open on Sundays"]
    assert idea.theme_id == opening.theme_id
    assert abs(idea.x + NOTE_WIDTH / 2 - target.x()) < 4
    assert abs(idea.y + NOTE_HEIGHT / 2 - target.y()) < 4
    assert controller.undo_stack.undoText() == "Move to theme"


def test_dragging_a_note_out_of_its_theme_clears_it(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    note = page.scene.notes[records(controller)["Later buses"].id]
    outside = page.scene.board_rect().bottomRight() + QPointF(200, 200)
    page.scene.setSceneRect(page.scene.board_rect().adjusted(-500, -500, 800, 800))
    page.view.fit(page.scene.sceneRect())
    drag(qtbot, page, note.center(), outside)
    assert records(controller)["Later buses"].theme_id is None
    controller.undo_stack.undo()
    assert records(controller)["Later buses"].theme_id == theme_id(controller, "Transport")
    assert page.scene.notes[note.idea_id].pos() == QPointF(note.idea.x, note.idea.y)


def test_a_selection_dragged_together_moves_as_one_step(
    page: BoardPage, controller: Controller
) -> None:
    notes = list(page.scene.notes.values())
    for n in notes[1:]:
        n.setSelected(True)
    page.scene._drag_start = {
        n.idea_id: (n.pos().x(), n.pos().y(), n.idea.theme_id) for n in notes[1:]
    }
    for n in notes[1:]:
        n.setPos(n.pos() + QPointF(0, 400))
    page.scene.finish_drag()
    moved = [records(controller)[n.idea.text] for n in notes[1:]]
    assert [(i.x, i.y) for i in moved] == [(n.pos().x(), n.pos().y()) for n in notes[1:]]
    assert controller.undo_stack.count() == 1


def test_dragging_a_theme_heading_takes_its_notes_along(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    transport = page.scene.themes[theme_id(controller, "Transport")]
    page.view.centerOn(transport.area().center())
    before = records(controller)["Later buses"]
    heading = transport.area().topLeft() + QPointF(40, 20)
    drag(qtbot, page, heading, heading + QPointF(0, 300))
    after = records(controller)["Later buses"]
    assert after.y == pytest.approx(before.y + 300, abs=4)
    area = next(
        t
        for t in board.list_themes(controller.db, controller.workshop_id)
        if t.id == transport.theme_id
    )
    assert area.y == pytest.approx(300, abs=4)


def test_f2_edits_a_note_in_place(qtbot: QtBot, page: BoardPage, controller: Controller) -> None:
    note = page.scene.notes[records(controller)["A quiet room"].id]
    note.setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert page.editor.isVisible()
    page.editor.selectAll()
    qtbot.keyClicks(page.editor, "A quiet room, ")
    qtbot.keyClick(page.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(page.editor, "away from the TV")
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    assert not page.editor.isVisible()
    assert note.idea_id in {i.id for i in records(controller).values()}
    assert board.get_idea(controller.db, note.idea_id).text == "A quiet room, \naway from the TV"


def test_escape_leaves_a_note_as_it_was(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    note = page.scene.notes[records(controller)["A quiet room"].id]
    page.editor.edit(note)
    qtbot.keyClicks(page.editor, "typo")
    qtbot.keyClick(page.editor, Qt.Key.Key_Escape)
    assert board.get_idea(controller.db, note.idea_id).text == "A quiet room"
    assert controller.undo_stack.count() == 0


def test_double_click_opens_the_editor(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    note = page.scene.notes[records(controller)["A quiet room"].id]
    page.view.centerOn(note)
    point = page.view.mapFromScene(note.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.editor.isVisible() and page.editor.idea_id == note.idea_id


def test_search_highlights_matches_and_dims_the_rest(
    page: BoardPage, controller: Controller
) -> None:
    page.search.setText("SUN")
    matches = [n.idea.text for n in page.scene.notes.values() if n.match]
    dimmed = [n.idea.text for n in page.scene.notes.values() if n.opacity() < 1]
    assert matches == ["Open on Sundays"]
    assert sorted(dimmed) == ["A quiet room", "Later buses"]
    assert page.found.text() == "1 match"
    page.next_match()
    assert page.scene.selected_ids() == [records(controller)["Open on Sundays"].id]
    page.search.clear()
    assert all(n.match is None and n.opacity() == 1 for n in page.scene.notes.values())


def test_notes_show_dots_once_a_round_has_closed(page: BoardPage, controller: Controller) -> None:
    db = controller.db
    ids = {t: i.id for t, i in records(controller).items()}
    with controller.recording():
        r = voting.create_round(db, controller.workshop_id, "First?", method="tally",
                                dots_per_voter=5, max_dots_per_item=5,
                                items=list(ids.values()))  # fmt: skip
        voting.open_round(db, r.id)
        voting.record_tallies(db, r.id, {ids["Later buses"]: 4})
    assert all(n.dots is None for n in page.scene.notes.values())
    controller.call(voting.close_round, r.id)
    dots = {n.idea.text: n.dots for n in page.scene.notes.values()}
    assert dots == {"Later buses": 4, "Open on Sundays": 0, "A quiet room": 0}
    assert "● 4" in page.scene.notes[ids["Later buses"]].toolTip()


def test_a_ballot_closing_shows_its_own_dots_at_once(
    page: BoardPage, controller: Controller
) -> None:
    """Issue 11: the board follows a ballot closing (the voting page's step) through the
    change-set alone, and a note's badge is that round's count, never added to an
    earlier round's."""
    from coprod_desktop.ui.voting import commands as vote

    db, wid = controller.db, controller.workshop_id
    ids = {t: i.id for t, i in records(controller).items()}
    with controller.recording():
        voters = [people.add_participant(db, wid, name).id for name in ("Bethan", "Carys", "Dai")]
        first = voting.create_round(db, wid, "First?", dots_per_voter=2, max_dots_per_item=2)
        voting.open_round(db, first.id)
        voting.cast_ballot(db, first.id, voters[0], {ids["Later buses"]: 2})
        voting.close_round(db, first.id)
        again = voting.create_round(
            db, wid, "Again?", dots_per_voter=1, max_dots_per_item=1,
            items=[ids["Open on Sundays"], ids["A quiet room"]],
        )  # fmt: skip
        voting.open_round(db, again.id)
    dots = lambda: {n.idea.text: n.dots for n in page.scene.notes.values()}  # noqa: E731
    assert dots() == {"Later buses": 2, "Open on Sundays": 0, "A quiet room": 0}
    for voter, idea in zip(
        voters, ("Open on Sundays", "Open on Sundays", "A quiet room"), strict=True
    ):
        controller.call(voting.cast_ballot, again.id, voter, {ids[idea]: 1})
    assert dots()["Open on Sundays"] == 0  # an open round never shows
    assert vote.close_round(controller, again.id) is not None
    # "Later buses" was not on this ballot: no badge, not round one's 2 beside these.
    assert dots() == {"Later buses": None, "Open on Sundays": 2, "A quiet room": 1}
    assert page.dots_caption.text() == "● dots from “Again?” (closed)"


def test_merge_and_delete_from_the_keyboard(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    ids = {t: i.id for t, i in records(controller).items()}
    page.scene.notes[ids["Open on Sundays"]].setSelected(True)
    page.scene.notes[ids["A quiet room"]].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert set(records(controller)) == {"Later buses", "Open on Sundays\n\nA quiet room"}
    assert set(page.scene.notes) == {ids["Later buses"], ids["Open on Sundays"]}
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert set(records(controller)) == {"Later buses"}
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert set(records(controller)) == {"Later buses", "Open on Sundays", "A quiet room"}
    assert len(page.scene.notes) == 3


def test_the_summary_counts_in_plain_english(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    assert page.summary.text() == "3 ideas · 2 themes · 2 without a theme"
    ids = {t: i.id for t, i in records(controller).items()}
    page.scene.notes[ids["Open on Sundays"]].setSelected(True)
    page.scene.notes[ids["A quiet room"]].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.summary.text().startswith("2 ideas"))
    controller.call(board.delete_theme, theme_id(controller, "Opening hours"))
    summary = "2 ideas · 1 theme · 1 without a theme · 1 selected"  # the merged note
    qtbot.waitUntil(lambda: page.summary.text() == summary)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.summary.text() == "1 idea · 1 theme · 0 without a theme")


def test_arrow_keys_walk_between_notes(qtbot: QtBot, page: BoardPage) -> None:
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    first = page.scene.selected_ids()
    assert len(first) == 1
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    second = page.scene.selected_ids()
    assert len(second) == 1 and second != first


def test_zoom_and_fit(qtbot: QtBot, page: BoardPage) -> None:
    page.view.set_zoom(1.0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() == pytest.approx(1 / 1.2)
    page.act_zoom_in.trigger()
    page.act_zoom_in.trigger()
    assert page.view.zoom() == pytest.approx(1.2)
    page.fit()
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert visible.contains(page.scene.board_rect())
    assert page.view.zoom() <= 1.0


def test_a_fitted_board_stays_whole_when_the_view_resizes(qtbot: QtBot, page: BoardPage) -> None:
    def whole() -> bool:
        visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
        return visible.contains(page.scene.board_rect())

    page.fit()
    page.resize(520, 420)  # a narrower window, or a larger text size taking room
    qtbot.waitUntil(whole)
    page.view.zoom_in()  # once the facilitator zooms, a resize leaves the zoom alone
    zoom = page.view.zoom()
    narrow = page.view.viewport().width()
    page.resize(1300, 850)
    qtbot.waitUntil(lambda: page.view.viewport().width() > narrow)  # the view has resized
    QApplication.processEvents()  # and a refit it might have queued has run
    assert page.view.zoom() == pytest.approx(zoom)


def test_move_to_theme_and_new_theme_from_menus(
    page: BoardPage, controller: Controller, asked: Any
) -> None:
    idea = records(controller)["A quiet room"]
    page.scene.notes[idea.id].setSelected(True)
    page.move_to_theme(theme_id(controller, "Opening hours"))
    moved = records(controller)["A quiet room"]
    assert moved.theme_id == theme_id(controller, "Opening hours")
    assert page.scene.theme_at(page.scene.notes[idea.id].center()) == moved.theme_id
    asked.answer("ask_text", "Quiet spaces")
    page._move_to_new_theme()
    assert records(controller)["A quiet room"].theme_id == theme_id(controller, "Quiet spaces")
    controller.undo_stack.undo()  # one step: theme and move together
    assert "Quiet spaces" not in {
        t.name for t in board.list_themes(controller.db, controller.workshop_id)
    }


def test_rename_recolour_and_delete_a_theme(
    page: BoardPage, controller: Controller, asked: Any
) -> None:
    note = page.scene.notes[records(controller)["Later buses"].id]
    note.setSelected(True)
    asked.answer("ask_text", "Getting there")
    page.rename_theme()
    assert page.scene.themes[note.idea.theme_id].theme.name == "Getting there"
    page.colour_theme("#CC79A7")
    assert page.scene.themes[note.idea.theme_id].theme.colour == "#CC79A7"
    page.delete_theme()
    assert records(controller)["Later buses"].theme_id is None
    assert len(page.scene.themes) == 1


def test_note_colour_changes_every_selected_note_as_one_step(
    page: BoardPage, controller: Controller
) -> None:
    for n in page.scene.notes.values():
        n.setSelected(True)
    page.colour_selected("#B9E4C9")
    assert {i.colour for i in records(controller).values()} == {"#B9E4C9"}
    controller.undo_stack.undo()
    assert {i.colour for i in records(controller).values()} == {"#FFF59D"}


def test_a_long_welsh_note_paints(page: BoardPage, controller: Controller) -> None:
    text = "Dylai'r ŵyl gynnwys pawb & <b>pob</b> llais 🙂 " * 300
    controller.call(board.capture_idea, controller.workshop_id, text)
    page.view.set_zoom(1.0)
    image = page.view.grab()
    assert not image.isNull()


def test_wheel_zooms_under_the_mouse_and_alt_arrows_pan(qtbot: QtBot, page: BoardPage) -> None:
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    page.view.set_zoom(0.5)
    centre = page.view.viewport().rect().center()
    event = QWheelEvent(
        QPointF(centre), QPointF(page.view.viewport().mapToGlobal(centre)), P(0, 0), P(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(page.view.viewport(), event)
    assert page.view.zoom() == pytest.approx(0.5 * 1.2**2)
    before = page.view.mapToScene(page.view.viewport().rect().center())
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    after = page.view.mapToScene(page.view.viewport().rect().center())
    assert after.x() > before.x() and after.y() == pytest.approx(before.y())
