"""Notes never pile up on the board (issue 12): a note let go on top of another, or a
new one captured, lands in a free spot beside the others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from coprod_desktop.services import board, workshops
from coprod_desktop.services.layout import NOTE_HEIGHT, NOTE_WIDTH
from coprod_desktop.ui.board.page import BoardPage
from coprod_desktop.ui.commands.board import CaptureIdea
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def overlapping(ideas) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Pairs of notes of which one hides most of the other."""
    return [
        (a.text, b.text)
        for n, a in enumerate(ideas)
        for b in ideas[n + 1 :]
        if abs(a.x - b.x) < NOTE_WIDTH / 2 and abs(a.y - b.y) < NOTE_HEIGHT / 2
    ]


@pytest.fixture
def page(qtbot: QtBot, controller: Controller) -> BoardPage:
    db = controller.db
    w = workshops.create_workshop(db, "Library hours")
    transport = board.add_theme(db, w.id, "Transport")
    for text in ("Later buses", "A minibus", "Cheaper taxis"):
        board.capture_idea(db, w.id, text, theme_id=transport.id)
    for text in ("Open on Sundays", "A quiet room"):
        board.capture_idea(db, w.id, text)
    page = BoardPage(controller)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    controller.open_workshop(w.id)
    return page


def ideas(controller: Controller):  # type: ignore[no-untyped-def]
    return board.list_ideas(controller.db, controller.workshop_id)


def test_a_note_dropped_on_another_lands_beside_it(page: BoardPage, controller: Controller) -> None:
    by_text = {i.text: i for i in ideas(controller)}
    moving = page.scene.notes[by_text["Open on Sundays"].id]
    target = page.scene.notes[by_text["A minibus"].id]
    page.scene._drag_start = {moving.idea_id: (moving.pos().x(), moving.pos().y(), None)}
    moving.setPos(target.pos() + QPointF(3, 2))  # let go almost exactly on it
    page.scene.finish_drag()
    assert overlapping(ideas(controller)) == []
    dropped = {i.text: i for i in ideas(controller)}["Open on Sundays"]
    assert dropped.theme_id == target.idea.theme_id  # still where it was dropped: the theme
    theme = next(
        t for t in board.list_themes(controller.db, controller.workshop_id)
        if t.id == dropped.theme_id
    )  # fmt: skip
    # In the theme's area (grown to hold it when full), near the note it was let go on.
    assert theme.x <= dropped.x and dropped.x + NOTE_WIDTH <= theme.x + theme.width
    assert theme.y <= dropped.y and dropped.y + NOTE_HEIGHT <= theme.y + theme.height
    assert abs(dropped.x - target.pos().x()) + abs(dropped.y - target.pos().y()) < 3 * (
        NOTE_WIDTH + NOTE_HEIGHT
    )
    assert moving.pos() == QPointF(dropped.x, dropped.y)
    assert page.scene.themes[theme.id].area().contains(moving.sceneBoundingRect().center())


def test_notes_dropped_together_on_others_do_not_pile_up(
    page: BoardPage, controller: Controller
) -> None:
    notes = list(page.scene.notes.values())
    loose = [n for n in notes if n.idea.theme_id is None]
    themed = [n for n in notes if n.idea.theme_id is not None]
    page.scene._drag_start = {n.idea_id: (n.pos().x(), n.pos().y(), None) for n in loose}
    for n in loose:
        n.setPos(themed[0].pos())  # both on the same note
    page.scene.finish_drag()
    assert overlapping(ideas(controller)) == []
    assert controller.undo_stack.count() == 1


def test_a_note_dropped_in_a_clear_spot_stays_exactly_there(
    page: BoardPage, controller: Controller
) -> None:
    note = next(n for n in page.scene.notes.values() if n.idea.theme_id is None)
    spot = page.scene.board_rect().bottomRight() + QPointF(300, 300)
    page.scene._drag_start = {note.idea_id: (note.pos().x(), note.pos().y(), None)}
    note.setPos(spot)
    page.scene.finish_drag()
    moved = {i.id: i for i in ideas(controller)}[note.idea_id]
    assert (moved.x, moved.y) == (spot.x(), spot.y())


def test_captured_notes_never_land_on_another(demo_window: MainWindow) -> None:
    c = demo_window.controller
    loose = [i for i in ideas(c) if i.theme_id is None]
    themed = [i for i in ideas(c) if i.theme_id is not None]
    assert loose and themed
    board.move_ideas(c.db, {loose[0].id: (loose[0].x - 30, loose[0].y)})  # nudged left
    for n in range(6):
        c.push(CaptureIdea(c, f"Captured {n}"))
    for n in range(3):
        c.push(CaptureIdea(c, f"Captured into a theme {n}", theme_id=themed[0].theme_id))
    assert overlapping(ideas(c)) == []
