"""Fast capture: ideas typed into the capture line land on the board and in the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.services import agenda, board, people, workshops
from coprod_desktop.services.layout import NOTE_HEIGHT, NOTE_WIDTH
from coprod_desktop.ui.board.capture_line import parse_capture
from coprod_desktop.ui.board.page import BoardPage
from coprod_desktop.ui.controller import Controller


@pytest.mark.parametrize(
    ("line", "themes", "text", "theme"),
    [
        ("Later buses", [], "Later buses", None),
        ("#Transport later buses", [], "later buses", "Transport"),
        ("#transport later buses", ["Transport"], "later buses", "Transport"),
        ("#getting there more buses", ["Getting there", "Getting"], "more buses", "Getting there"),
        ("#Getting there: more buses", [], "more buses", "Getting there"),
        ("#Getting_there more buses", [], "more buses", "Getting there"),
        ("#Caffi: Cacen gri ŵ ŷ", [], "Cacen gri ŵ ŷ", "Caffi"),
        ("# not a theme", [], "# not a theme", None),
        ("#Transport", [], "", "Transport"),
        ("Fix the #hashtag bug", [], "Fix the #hashtag bug", None),
        # The first words of one existing theme are enough; a clash makes a new theme.
        (
            "#getting there buses at 6",
            ["Getting there and back", "Food"],
            "buses at 6",
            "Getting there and back",
        ),
        ("#Fo fruit", ["Food and the café", "Getting there"], "fruit", "Food and the café"),
        ("#Getting buses", ["Getting there", "Getting paid"], "buses", "Getting"),
    ],
)
def test_parse_capture(line: str, themes: list[str], text: str, theme: str | None) -> None:
    parsed = parse_capture(line, themes)
    assert (parsed.text, parsed.theme_name) == (text, theme)


@pytest.fixture
def page(qtbot: QtBot, controller: Controller) -> BoardPage:
    w = workshops.create_workshop(controller.db, "Library hours")
    page = BoardPage(controller)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    controller.open_workshop(w.id)
    return page


def type_idea(qtbot: QtBot, page: BoardPage, text: str) -> None:
    qtbot.keyClicks(page.capture.line, text)
    qtbot.keyClick(page.capture.line, Qt.Key.Key_Return)


def test_enter_puts_the_idea_on_the_board_and_in_the_library(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    page.capture.focus_line()
    qtbot.keyClicks(page.capture.line, "Open on Sundays <b> & more ")
    page.capture.line.insert("🙂")  # QTest cannot type characters beyond U+FFFF
    qtbot.keyClick(page.capture.line, Qt.Key.Key_Return)
    ideas = board.list_ideas(controller.db, controller.workshop_id)
    assert [i.text for i in ideas] == ["Open on Sundays <b> & more 🙂"]
    assert ideas[0].id in page.scene.notes
    assert page.capture.line.text() == ""


def test_hash_theme_files_the_idea_and_creates_the_theme_once(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    type_idea(qtbot, page, "#Transport Later buses")
    type_idea(qtbot, page, "#transport A minibus on Fridays")
    type_idea(qtbot, page, "#Opening hours: Open on Sundays")
    themes = {t.name: t.id for t in board.list_themes(controller.db, controller.workshop_id)}
    assert set(themes) == {"Transport", "Opening hours"}
    by_text = {i.text: i.theme_id for i in board.list_ideas(controller.db, controller.workshop_id)}
    assert by_text == {
        "Later buses": themes["Transport"],
        "A minibus on Fridays": themes["Transport"],
        "Open on Sundays": themes["Opening hours"],
    }
    assert set(page.scene.themes) == set(themes.values())
    # The note sits inside its theme's area on the board.
    note = page.scene.notes[next(iter(page.scene.notes))]
    assert page.scene.theme_at(note.center()) == note.idea.theme_id


def test_speaker_is_kept_and_switched_from_the_keyboard(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    db, wid = controller.db, controller.workshop_id
    with controller.recording():
        residents = people.add_group(db, wid, "Residents")
        aled = people.add_participant(db, wid, "Aled", group_id=residents.id)
    page.capture.focus_line()
    # Anyone -> Group: Residents -> Aled (Residents)
    qtbot.keyClick(page.capture.line, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    type_idea(qtbot, page, "From the residents")
    qtbot.keyClick(page.capture.line, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    type_idea(qtbot, page, "Aled's first")
    type_idea(qtbot, page, "Aled's second")
    ideas = board.list_ideas(db, wid)
    assert [(i.author_id, i.group_id) for i in ideas] == [
        (None, residents.id),
        (aled.id, residents.id),
        (aled.id, residents.id),
    ]
    qtbot.keyClick(page.capture.line, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.capture.current_speaker().group_id == residents.id


def test_ideas_are_stamped_with_the_running_stage(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    with controller.recording():
        stage = agenda.add_stage(controller.db, controller.workshop_id, "What matters?")
        agenda.start_stage(controller.db, stage.id)
    type_idea(qtbot, page, "Quiet room")
    assert board.list_ideas(controller.db, controller.workshop_id)[0].stage_id == stage.id


def test_a_hundred_ideas_in_a_row_without_the_mouse(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    page.capture.focus_line()
    for n in range(100):
        theme = "#Transport " if n % 10 == 0 else ""
        type_idea(qtbot, page, f"{theme}Idea number {n}")
        assert page.capture.line.hasFocus()
    ideas = board.list_ideas(controller.db, controller.workshop_id)
    assert len(ideas) == 100
    assert sum(1 for i in ideas if i.theme_id is not None) == 10
    assert len(page.scene.notes) == 100
    # No two notes were put on the same spot.
    assert len({(i.x, i.y) for i in ideas}) == 100


def test_a_refused_idea_keeps_its_text_and_says_why(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    errors: list[str] = []
    controller.error.connect(errors.append)
    page.capture.line.setText("bad\x07bell")
    page.capture.submit()
    assert page.capture.line.text() == "bad\x07bell"
    assert errors and "control character" in errors[0]
    assert board.list_ideas(controller.db, controller.workshop_id) == []


def test_blank_lines_and_a_theme_without_an_idea_add_nothing(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    type_idea(qtbot, page, "   ")
    type_idea(qtbot, page, "#Transport")
    assert board.list_ideas(controller.db, controller.workshop_id) == []
    assert "after the theme" in page.capture.feedback.text()


def test_ten_thousand_characters_are_kept_whole(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    long_text = ("Ŵy ŷ & <i>" * 1000)[:10_000]
    page.capture.line.setText(long_text)
    page.capture.submit()
    [idea] = board.list_ideas(controller.db, controller.workshop_id)
    assert idea.text == long_text.strip()
    page.grab()  # the note paints (elided) without error


def test_a_new_theme_never_lands_on_notes_without_a_theme(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    type_idea(qtbot, page, "#Transport Later buses")
    type_idea(qtbot, page, "A quiet room")
    type_idea(qtbot, page, "Cheaper tea")
    type_idea(qtbot, page, "#Cafe More cake")  # QTest types ASCII only
    loose = [n for n in page.scene.notes.values() if n.idea.theme_id is None]
    assert len(loose) == 2
    assert all(page.scene.theme_at(n.center()) is None for n in loose)
    rects = [n.sceneBoundingRect().adjusted(6, 6, -6, -6) for n in page.scene.notes.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_a_captured_note_is_scrolled_into_sight(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    page.view.resetTransform()  # 100 %: far-away notes are off screen
    for n in range(12):
        type_idea(qtbot, page, f"#Theme{n} idea {n}")
    last = board.list_ideas(controller.db, controller.workshop_id)[-1]
    note = page.scene.notes[last.id]
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert visible.intersects(note.sceneBoundingRect())


def test_capturing_into_an_existing_theme_draws_its_grown_frame_at_once(
    qtbot: QtBot, page: BoardPage, controller: Controller
) -> None:
    """Issue 11: a note captured into a theme grows the theme's area in the library; the
    board draws the grown frame with the note inside it at once, not after "Arrange by
    theme" (the capture's change-set says the theme changed too)."""
    type_idea(qtbot, page, "#Alpha one")
    type_idea(qtbot, page, "#Alpha two")
    [before] = board.list_themes(controller.db, controller.workshop_id)
    type_idea(qtbot, page, "#Alpha three")
    [alpha] = board.list_themes(controller.db, controller.workshop_id)
    assert alpha.id == before.id
    assert alpha.height > before.height  # the area grew in the library
    frame = page.scene.themes[alpha.id]
    assert frame.area() == QRectF(alpha.x, alpha.y, alpha.width, alpha.height)
    three = next(i for i in board.list_ideas(controller.db, alpha.workshop_id) if i.text == "three")
    note = page.scene.notes[three.id]
    assert note.pos() == QPointF(three.x, three.y)
    assert frame.area().contains(QRectF(note.pos(), QSizeF(NOTE_WIDTH, NOTE_HEIGHT)))
    assert page.scene.theme_at(note.center()) == alpha.id
