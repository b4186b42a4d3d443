"""The shared board from the back of the room: every idea whole, at a size readable from
8 metres, words never broken inside, nothing off the screen; when the board does not fit,
a theme a page (keys move between pages) or one theme in the spotlight."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from long_ideas import LONG_WORD, THEMES, add_long_ideas
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QMenu

from coprod_desktop.services import board, demo
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.shared_screen.board_layout import Lines
from coprod_desktop.ui.shared_screen.board_view import WHOLE_BOARD, BoardView
from coprod_desktop.ui.shared_screen.manager import SharedScreen
from coprod_desktop.ui.shared_screen.style import font

pytestmark = pytest.mark.gui

SIZES = ((1280, 720), (1920, 1080))
SCALES = (1.0, 1.5, 2.0)  # 100 %, and the larger text sizes up to the largest


def normal(text: str) -> str:
    return " ".join(text.split())


def floor_px(width: int, height: int, scale: float) -> float:
    """24 px on a 1080-line screen, in proportion on others, larger with larger text."""
    return min(height, width * 9 / 16) * 24 / 1080 * max(1.0, scale)


@pytest.fixture
def open_screen(qtbot, db) -> Iterator:
    made: list[tuple[SharedScreen, Controller]] = []

    def make(workshop_id: int, size: tuple[int, int], scale: float = 1.0) -> SharedScreen:
        controller = Controller()
        controller.set_library(db)
        controller.open_workshop(workshop_id)
        shared = SharedScreen(controller)
        made.append((shared, controller))
        shared.set_text_scale(scale)
        shared.show()
        shared.window.resize(*size)
        shared.set_mode("board")
        view = shared.window.board
        qtbot.waitUntil(
            lambda: shared.window.size() == QSize(*size) and view.current_page() is not None
        )
        return shared

    yield make
    for shared, controller in made:
        shared.set_text_scale(1.0)
        shared.close()
        controller.close_library()


def demo_workshop(db) -> int:
    return demo.create_demo_workshop(db).id


WORKSHOPS = {"demo": demo_workshop, "long": add_long_ideas}


def every_page(view: BoardView) -> Iterator[int]:
    for index in range(view.page_count):
        view.set_page(index)
        assert view.page == index
        yield index


def check_lines(lines: Lines, text_rect: QRectF, text: str, floor: float) -> None:
    """The drawn lines are the whole text, broken at spaces only, each inside its note."""
    assert lines.joined() == normal(text), "a note's text is cut or changed"
    assert lines.px >= floor - 0.5, f"{lines.px} px is under the floor of {floor:.1f}"
    metrics = QFontMetricsF(font(lines.px))
    for line in lines.lines:
        assert line and line == line.strip()
        assert metrics.horizontalAdvance(line) <= text_rect.width() + 0.5
    if lines.broken:
        # The one exception: a word too wide for the note even at the floor.
        assert lines.px == round(floor)
        for index in lines.broken:
            word = lines.lines[index].rsplit(" ", 1)[-1].removesuffix("-")
            assert word not in normal(text).split(" ")
    assert text_rect.height() >= lines.height - 0.5


@pytest.mark.parametrize("kind", sorted(WORKSHOPS))
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", SCALES, ids=lambda s: f"{round(s * 100)}pc")
def test_every_idea_is_shown_whole_once_readable_and_on_screen(open_screen, db, kind, size, scale):
    workshop_id = WORKSHOPS[kind](db)
    shared = open_screen(workshop_id, size, scale)
    view = shared.window.board
    ideas = {i.id: i.text for i in board.list_ideas(db, workshop_id)}
    floor = floor_px(*size, scale)
    screen = QRectF(shared.window.rect())
    seen: list[int] = []
    for _ in every_page(view):
        drawn = view.drawn_notes()
        for idea_id, parts in drawn.items():
            assert len(parts) == 1  # no idea here is longer than a whole screen
            lines, rect = parts[0]
            check_lines(lines, rect, ideas[idea_id], floor)
        seen += drawn
        to_window = view.mapTo(shared.window, view.rect().topLeft())
        for rect in view.drawn_rects():
            placed = rect.translated(to_window.x(), to_window.y())
            assert screen.contains(placed), f"{placed} is drawn off the {size} screen"
    assert sorted(seen) == sorted(ideas), "paging shows every idea exactly once"


def test_long_ideas_page_by_theme_with_every_theme_named(open_screen, db):
    workshop_id = add_long_ideas(db)
    shared = open_screen(workshop_id, (1920, 1080))
    view = shared.window.board
    titles = [view.page_title() for _ in every_page(view)]
    assert len(titles) > len(THEMES)
    assert titles[0].startswith("Theme 1 of 6: ")
    for number, name in enumerate(THEMES, 1):
        assert any(t.startswith(f"Theme {number} of 6: {name}") for t in titles)
    # A theme too big for one screen continues, and says so: "…, 1 of 2", "…, 2 of 2".
    continued = [t for t in titles if re.search(r", \d of \d$", t)]
    assert continued and continued[0][-8:] in (", 1 of 2", ", 1 of 3")
    name = continued[0].rsplit(",", 1)[0]
    assert titles.index(f"{name}, 2 of {continued[0][-1]}") == titles.index(continued[0]) + 1
    assert titles[-1].startswith("6 of 6: Not in a theme yet")
    # Theme names are whole, not cut ("Opening hou…").
    for _ in every_page(view):
        for section in view.current_page().sections:
            assert "…" not in " ".join(section.title_lines.lines)
            assert section.title_lines.joined() == section.title


def test_larger_text_shows_fewer_notes_a_page_and_larger(open_screen, db):
    workshop_id = add_long_ideas(db)
    per_page, sizes = [], []
    for scale in SCALES:
        shared = open_screen(workshop_id, (1920, 1080), scale)
        view = shared.window.board
        counts, px = [], []
        for _ in every_page(view):
            counts.append(len(view.current_page().note_ids))
            px += [lines.px for parts in view.drawn_notes().values() for lines, _r in parts]
        per_page.append(sum(counts) / len(counts))
        sizes.append(min(px))
        shared.hide()
    assert per_page[0] > per_page[1] > per_page[2]
    assert sizes[0] < sizes[1] < sizes[2]


def test_page_keys_on_both_windows_move_between_pages(qtbot, open_screen, db):
    shared = open_screen(add_long_ideas(db), (1280, 720))
    view = shared.window.board
    assert view.page_count > 2 and view.page == 0
    titles = [view.page_title() for _ in every_page(view)]
    view.set_page(0)
    window = shared.window
    for key, page in (
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_Left, 0),  # nowhere before the first
        (Qt.Key.Key_Down, 1),
        (Qt.Key.Key_Up, 0),
        (Qt.Key.Key_End, view.page_count - 1),
        (Qt.Key.Key_Home, 0),
    ):
        qtbot.keyClick(window, key)
        qtbot.waitUntil(lambda p=page: view.page == p)
    # The facilitator's "Shared screen" menu: Next and Previous page, on Alt+Page keys.
    menu = QMenu()
    shared.populate_menu(menu)
    entries = {a.text().replace("&", ""): a for a in menu.actions()}
    following, previous = entries["Next page"], entries["Previous page"]
    assert following.shortcut().toString() == "Alt+PgDown"
    assert previous.shortcut().toString() == "Alt+PgUp"
    following.trigger()
    following.trigger()
    assert view.page == 2
    previous.trigger()
    assert view.page == 1
    assert view.page_title() == titles[1]


def spotlight_entries(shared: SharedScreen) -> tuple[QMenu, dict[str, object]]:
    menu = QMenu()
    shared.populate_menu(menu)
    submenu = menu.findChild(QMenu, "spotlightMenu")
    assert submenu is not None
    submenu.aboutToShow.emit()
    return menu, {
        a.text().replace("&&", "\0").replace("&", "").replace("\0", "&"): a
        for a in submenu.actions()
        if not a.isSeparator()
    }


def test_spotlight_shows_just_the_theme_the_facilitator_picks(open_screen, db):
    workshop_id = add_long_ideas(db)
    shared = open_screen(workshop_id, (1920, 1080))
    view = shared.window.board
    shared.set_mode("stage")
    themes = {t.name: t.id for t in board.list_themes(db, workshop_id)}
    wanted = THEMES[1]
    in_theme = {i.id for i in board.list_ideas(db, workshop_id) if i.theme_id == themes[wanted]}
    _menu, entries = spotlight_entries(shared)
    assert list(entries)[:2] == ["Whole board", THEMES[0]]
    entries[wanted].trigger()  # type: ignore[attr-defined]
    assert shared.mode == "board" and view.spotlight == themes[wanted]
    seen: list[int] = []
    for _ in every_page(view):
        assert view.page_title().startswith(wanted)
        assert view.current_page().keys == (themes[wanted],)
        seen += view.drawn_notes()
    assert sorted(seen) == sorted(in_theme)
    _menu, entries = spotlight_entries(shared)
    assert entries[wanted].isChecked()  # type: ignore[attr-defined]
    entries["Whole board"].trigger()  # type: ignore[attr-defined]
    assert view.spotlight == WHOLE_BOARD
    assert view.page_title().startswith(f"Theme 2 of 6: {wanted}")  # where it was


def test_the_board_follows_edits_and_keeps_its_page(open_screen, db):
    workshop_id = add_long_ideas(db)
    shared = open_screen(workshop_id, (1920, 1080))
    view = shared.window.board
    view.set_page(2)
    title = view.page_title()
    theme = view.current_page().keys[0]
    captured = shared.controller.call(
        board.capture_idea, workshop_id, "Brand new idea ŷ about the buses", theme_id=theme
    )
    assert captured is not None
    assert view.page_title().split(",")[0] == title.split(",")[0]  # still on that theme
    seen = []
    for _ in every_page(view):
        seen += view.drawn_notes()
    assert seen.count(captured.idea.id) == 1


def test_a_word_too_long_for_a_note_goes_to_the_floor_then_breaks_with_a_hyphen(open_screen, db):
    workshop_id = demo_workshop(db)
    word = LONG_WORD * 3
    captured = board.capture_idea(db, workshop_id, f"Sign: {word} ends")
    shared = open_screen(workshop_id, (1280, 720))
    view = shared.window.board
    found = []
    for _ in every_page(view):
        found += view.drawn_notes().get(captured.idea.id, [])
    ((lines, rect),) = found
    check_lines(lines, rect, captured.idea.text, floor_px(1280, 720, 1.0))
    assert lines.px == 16 and lines.broken
    # Other notes on that page keep their size: only this one went down to the floor.
    others = [p[0][0].px for i, p in view.drawn_notes().items() if i != captured.idea.id]
    assert others and min(others) > lines.px


def test_an_idea_longer_than_a_screen_continues_over_pages_whole(open_screen, db):
    workshop_id = demo_workshop(db)
    text = " ".join(f"word{n}" for n in range(1500))
    captured = board.capture_idea(db, workshop_id, text)
    shared = open_screen(workshop_id, (1280, 720), 2.0)
    view = shared.window.board
    parts = []
    for _ in every_page(view):
        parts += view.drawn_notes().get(captured.idea.id, [])
    assert len(parts) > 1
    assert " ".join(lines.joined() for lines, _rect in parts) == text
    assert all(lines.px >= floor_px(1280, 720, 2.0) - 0.5 for lines, _r in parts)


def test_dot_badges_have_room_of_their_own(open_screen, db):
    shared = open_screen(add_long_ideas(db), (1280, 720))
    view = shared.window.board
    badges = 0
    for _ in every_page(view):
        for section in view.current_page().sections:
            for note in section.notes:
                if note.badge is not None:
                    badges += 1
                    assert not note.badge.intersects(note.text_rect)
                    assert note.rect.contains(note.badge)
    assert badges == len(view.shown_dots()) > 0


def test_as_arranged_the_whole_board_is_shrunk_to_the_screen_and_does_not_page(open_screen, db):
    shared = open_screen(add_long_ideas(db), (1280, 720))
    view = shared.window.board
    shared.set_board_tidy(False)
    assert view.view.isVisible() and not view.canvas.isVisible()
    assert view.page_count == 1 and not shared.page_by(1)
    assert view.drawn_notes() == {}
    shared.set_board_tidy(True)
    assert view.canvas.isVisible() and view.page_count > 1
    assert shared.page_by(1) and view.page == 1
    assert view.canvas.accessibleDescription().endswith(view.page_title())
