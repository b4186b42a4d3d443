"""Accessibility: every control a keyboard can reach has a name a screen reader can say,
in every window the app opens; Tab goes through a page in reading order; the
high-contrast theme and a larger text size reach every page and the shared screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.services import agenda, board, people, voting
from coprod_desktop.ui import exports_menu, style
from coprod_desktop.ui.actions.links_dialog import LinksDialog
from coprod_desktop.ui.actions.model import (
    DUE,
    LINKS,
    NOTES,
    OWNER,
    STATUS,
    TITLE,
    status_labels,
)
from coprod_desktop.ui.dialogs import ask
from coprod_desktop.ui.dialogs.name_list import NameListDialog
from coprod_desktop.ui.dialogs.new_workshop import NewWorkshopDialog
from coprod_desktop.ui.dialogs.people import GroupDialog, ParticipantDialog
from coprod_desktop.ui.dialogs.stage import StageDialog
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.shared_screen import style as screen_style
from coprod_desktop.ui.shared_screen.booth import PlaceDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, demo_window: MainWindow) -> Iterator[MainWindow]:
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    yield demo_window
    style.apply_theme(qapp, style.LIGHT, 1.0)
    screen_style.use_high_contrast(False)


def settle(qtbot: QtBot) -> None:
    """What the last call posted (layouts, shows, focus) is delivered before the walk."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


# What a screen reader would say ---------------------------------------------------------


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology gets: set, or derived by Qt from a button's text or
    a buddy label."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def labelled(widget: QWidget) -> bool:
    return any(label.buddy() is widget for label in widget.window().findChildren(QLabel))


def reachable(root: QWidget) -> list[QWidget]:
    """Controls on screen that Tab can reach (Qt's inner parts, such as a spin box's
    line edit, stand behind their control as its focus proxy and are left out)."""
    widgets = [root, *root.findChildren(QWidget)]
    return [
        w
        for w in widgets
        if w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not (isinstance(w.parent(), QComboBox) and isinstance(w, QLineEdit))
    ]


def unnamed(root: QWidget) -> tuple[list[str], int]:
    """Controls without a spoken name, and how many were checked."""
    controls = reachable(root)
    missing = []
    for control in controls:
        name = spoken_name(control)
        # On Linux a combo box's name is its current text; what it is for comes from
        # its own name or a label, so one of those must be there too.
        if isinstance(control, QComboBox) and not (control.accessibleName() or labelled(control)):
            name = ""
        if not name:
            parent = control.parentWidget()
            missing.append(
                f"{type(control).__name__} {control.objectName()!r} in "
                f"{type(parent).__name__ if parent else '-'} of {type(root).__name__}"
            )
    return missing, len(controls)


class Walk:
    """Collects unnamed controls over many windows and states."""

    def __init__(self) -> None:
        self.missing: list[str] = []
        self.checked = 0
        self.places: list[str] = []

    def __call__(self, root: QWidget, place: str) -> None:
        missing, checked = unnamed(root)
        self.missing += [f"{place}: {m}" for m in missing]
        self.checked += checked
        self.places.append(place)


def test_the_check_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    named, bare = QLineEdit(), QLineEdit()
    named.setAccessibleName("Title")
    layout.addWidget(named)
    layout.addWidget(bare)
    combo = QComboBox()
    combo.addItem("English")  # says its value, but not what it is for
    layout.addWidget(combo)
    box.show()
    missing, checked = unnamed(box)
    assert checked == 3
    assert len(missing) == 2 and missing[0].startswith("QLineEdit")
    assert missing[1].startswith("QComboBox")


def test_every_page_and_state_of_the_main_window_names_its_controls(
    qtbot: QtBot, window: MainWindow
) -> None:
    walk = Walk()
    for index, (_page, label, _icon) in enumerate(window.pages):
        window.show_page(index)
        settle(qtbot)
        walk(window, f"page {label}")
    window.show_page(1)
    for tab in range(window.setup_page.tabs.count()):
        window.setup_page.tabs.setCurrentIndex(tab)
        settle(qtbot)
        walk(window, f"set-up tab {tab}")
    page = window.board_page
    window.show_page(2)
    page.tabs.setCurrentIndex(1)
    settle(qtbot)
    walk(window, "outline")
    page.tabs.setCurrentIndex(0)
    note = next(iter(page.scene.notes.values()))
    page.editor.edit(note)
    settle(qtbot)
    walk(window, "note editor")
    page.editor.cancel()
    _walk_voting_states(qtbot, window, walk)
    _walk_action_editors(qtbot, window, walk)
    assert walk.missing == [], "\n".join(walk.missing)
    assert walk.checked > 150  # the walk really went through the pages


def _walk_voting_states(qtbot: QtBot, window: MainWindow, walk: Walk) -> None:
    """Results of a ballot and of a tally (the demo's), a round being set up, an open
    ballot and an open tally."""
    c, page = window.controller, window.voting_page
    window.show_page(4)
    for record in voting.list_rounds(c.db, c.workshop_id):
        page._select(record.id)
        page.refresh()
        settle(qtbot)
        walk(window, f"voting: {record.method} {record.status}")
    for method in ("ballot", "tally"):
        draft = c.call(voting.create_round, c.workshop_id, "Which first?", method=method)
        assert draft is not None
        page._select(draft.id)
        page.refresh()
        settle(qtbot)
        walk(window, f"voting: {method} being set up")
        c.call(voting.open_round, draft.id)
        page._select(draft.id)
        page.refresh()
        settle(qtbot)
        walk(window, f"voting: {method} open")
        c.call(voting.close_round, draft.id)


def _walk_action_editors(qtbot: QtBot, window: MainWindow, walk: Walk) -> None:
    """The editor of each kind of cell on the actions page."""
    window.show_page(5)
    table = window.actions_page.table
    for column in (TITLE, OWNER, DUE, STATUS, NOTES):
        index = table.model().index(0, column)
        table.setCurrentIndex(index)
        table.edit(index)
        settle(qtbot)
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not table
        walk(window, f"actions: editing column {column}")
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        settle(qtbot)
    assert not table.model().flags(table.model().index(0, LINKS)) & Qt.ItemFlag.ItemIsEditable


def test_every_dialog_names_its_controls(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, wid = window.controller.db, window.controller.workshop_id
    groups = people.list_groups(db, wid)
    person = people.list_participants(db, wid)[0]
    stage = agenda.list_stages(db, wid)[0]
    ideas, themes = board.list_ideas(db, wid), board.list_themes(db, wid)
    builders: list[tuple[str, Callable[[], QDialog]]] = [
        ("new workshop", lambda: NewWorkshopDialog(window)),
        ("new group", lambda: GroupDialog(window, None, "#E69F00")),
        ("edit group", lambda: GroupDialog(window, groups[0], groups[0].colour)),
        ("new participant", lambda: ParticipantDialog(window, None, groups)),
        ("edit participant", lambda: ParticipantDialog(window, person, groups)),
        ("new stage", lambda: StageDialog(window, None)),
        ("edit stage", lambda: StageDialog(window, stage)),
        ("names", lambda: NameListDialog(window, "Aled\nSiân")),
        ("links", lambda: LinksDialog(window, ideas, themes, ((ideas[0].id,), ()))),
        ("kiosk place", lambda: PlaceDialog(window, window.screen(), [(window.screen(), "1")])),
    ]
    walk = Walk()
    for place, build in builders:
        dialog = build()
        dialog.show()
        settle(qtbot)
        walk(dialog, place)
        dialog.close()
        dialog.deleteLater()
    # ask.ask_text shows Qt's input dialog: the same one, built the same way.
    line = QInputDialog(window)
    line.setWindowTitle("New theme")
    line.setLabelText("Name of the new theme:")
    line.show()
    settle(qtbot)
    walk(line, "one line of text")
    line.close()

    # The app's own questions are message boxes it builds and runs: look at each one
    # instead of running it.
    def look(box: QMessageBox) -> int:
        box.show()
        QApplication.processEvents()
        walk(box, f"question: {box.windowTitle()}")
        box.close()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    ask.confirm(window, "Delete workshop", "Delete it?", "Delete")
    exports_menu.choose_bilingual(window, "cy", False)
    exports_menu.offer_open_folder(window, Path("/tmp/minutes.pdf"))
    assert len(walk.places) == len(builders) + 4
    assert walk.missing == [], "\n".join(walk.missing)
    assert walk.checked > 40


def test_the_shared_screen_names_its_controls_in_every_mode_and_kiosk_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    c = window.controller
    shared = window.shared_screen
    assert shared is not None
    walk = Walk()
    for mode in ("stage", "board", "results", "actions", "blank"):
        shared.set_mode(mode)
        settle(qtbot)
        walk(shared.window, f"screen: {mode}")
    with c.recording():
        rd = voting.create_round(c.db, c.workshop_id, "Which theme first?", target="themes")
        voting.open_round(c.db, rd.id)
    shared.show_voting(rd.id)  # the room's voting view
    settle(qtbot)
    walk(shared.window, "screen: voting")
    shared.hide()  # the laptop alone, turned to the voter: nothing warns
    assert shared.kiosk.open(rd.id, full_screen=False)
    window_ = shared.kiosk.window
    kiosk = shared.kiosk.view
    settle(qtbot)
    assert kiosk.state == "names"
    walk(window_, "kiosk: names")
    assert kiosk.begin_ballot(kiosk.names.tiles[0].key)
    kiosk.grid.add(0)
    settle(qtbot)
    walk(window_, "kiosk: ballot")
    kiosk.ask_to_confirm()
    settle(qtbot)
    assert kiosk.state == "confirm"
    walk(window_, "kiosk: confirm")
    kiosk.confirm_cast()
    settle(qtbot)
    assert kiosk.state == "thanks"
    walk(window_, "kiosk: thanks")
    assert walk.missing == [], "\n".join(walk.missing)
    # names, close; ballot, Cast, Cancel; Go back, Yes; thank you, close
    assert walk.checked >= 9
    shared.kiosk.close()


# Tab order --------------------------------------------------------------------------


def tab_through(qtbot: QtBot, start: QWidget, presses: int, *, back: bool = False) -> list[Any]:
    """The widgets focus visits from ``start`` as Tab (or Shift+Tab) is pressed."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited: list[Any] = [start]
    for _ in range(presses):
        focus = QApplication.focusWidget()
        assert focus is not None
        if back:
            qtbot.keyClick(focus, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_goes_through_the_board_page_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(2)
    settle(qtbot)
    page = window.board_page
    toolbar = [page.act_new_theme, page.act_arrange, page.act_zoom_out, page.act_zoom_in,
               page.act_fit]  # fmt: skip
    buttons = [b for b in page.findChildren(QToolButton) if b.defaultAction() in toolbar]
    buttons.sort(key=lambda b: toolbar.index(b.defaultAction()))
    expected = [
        *buttons, page.dots_chooser.combo, page.search, page.tabs.tabBar(), page.view,
        page.capture.speaker, page.capture.line, page.capture.add_button,
    ]  # fmt: skip
    assert tab_through(qtbot, buttons[0], len(expected) - 1) == expected
    # The capture line and its neighbours, both ways: who said it, the idea, Add.
    assert tab_through(qtbot, page.capture.line, 2, back=True) == [
        page.capture.line, page.capture.speaker, page.view,
    ]  # fmt: skip


def test_tab_goes_through_the_agenda_page_as_it_reads(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(3)
    settle(qtbot)
    page = window.agenda_page
    page.stage_list.setCurrentRow(1)
    page.start_selected()  # a running stage: every timer and stage button is on
    settle(qtbot)
    expected = [
        page.stage_list, page.pause_button, page.minute_button, page.start_button,
        page.next_button, page.end_button, page.notes.stage_box,
    ]  # fmt: skip
    page.stage_list.setCurrentRow(0)  # not the running one: Start is on too
    assert all(b.isEnabled() for b in expected)
    assert tab_through(qtbot, page.stage_list, len(expected) - 1) == expected


def test_the_kiosk_tabs_from_the_ballot_to_cast_and_round_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    c = window.controller
    shared = window.shared_screen
    assert shared is not None
    with c.recording():
        rd = voting.create_round(c.db, c.workshop_id, "Which theme first?", target="themes")
        voting.open_round(c.db, rd.id)
    assert shared.kiosk.open(rd.id, full_screen=False)
    shared.kiosk.window.activateWindow()
    qtbot.waitUntil(shared.kiosk.window.isActiveWindow)
    kiosk = shared.kiosk.view
    settle(qtbot)
    assert kiosk.names.hasFocus()
    qtbot.keyClick(kiosk.names, Qt.Key.Key_Return)  # the first name
    assert kiosk.state == "ballot" and kiosk.grid.hasFocus()
    assert kiosk.grid.page_count == 1  # 5 themes: no page buttons on the way
    assert tab_through(qtbot, kiosk.grid, 3) == [
        kiosk.grid, kiosk.cast_button, kiosk.cancel_button, kiosk.grid,
    ]  # fmt: skip
    qtbot.keyClick(kiosk.grid, Qt.Key.Key_Space)
    qtbot.keyClick(kiosk.grid, Qt.Key.Key_Tab)
    qtbot.keyClick(kiosk.cast_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.state == "confirm")
    assert tab_through(qtbot, kiosk.yes_button, 2) == [
        kiosk.yes_button, kiosk.back_button, kiosk.yes_button,
    ]  # fmt: skip
    shared.kiosk.close()


# High contrast and text size --------------------------------------------------------


def dark_share(image: QImage) -> float:
    """How much of a picture is dark (sampled on a grid)."""
    dark = total = 0
    for x in range(0, image.width(), 12):
        for y in range(0, image.height(), 12):
            total += 1
            dark += QColor(image.pixel(x, y)).lightness() < 80
    return dark / total


def text_sizes(page: QWidget) -> dict[int, tuple[QWidget, float]]:
    return {
        id(w): (w, w.font().pointSizeF())
        for w in page.findChildren(QWidget)
        if w.isVisible() and isinstance(w, (QLabel, QAbstractButton))
    }


def test_high_contrast_and_larger_text_reach_every_page(qtbot: QtBot, window: MainWindow) -> None:
    before: dict[int, dict[int, tuple[QWidget, float]]] = {}
    for index in range(len(window.pages)):
        window.show_page(index)
        settle(qtbot)
        page = window.current_page()
        before[index] = text_sizes(page)
        assert dark_share(page.grab().toImage()) < 0.3, f"page {index} is dark already"
    window.set_theme(style.HIGH_CONTRAST)
    window.scale_text(0.5)
    assert style.current_theme() == style.HIGH_CONTRAST
    for index, (_page, label, _icon) in enumerate(window.pages):
        window.show_page(index)
        settle(qtbot)
        page = window.current_page()
        palette = page.palette()
        assert palette.color(QPalette.ColorRole.Window) == QColor("#000000"), label
        assert palette.color(QPalette.ColorRole.WindowText) == QColor("#FFFFFF"), label
        assert dark_share(page.grab().toImage()) > 0.6, f"{label} is not drawn on black"
        after = text_sizes(page)
        grown = [after[k][1] / size for k, (_w, size) in before[index].items() if k in after]
        assert len(grown) >= 5, label
        assert min(grown) >= 1.45, f"{label}: some text did not grow ({min(grown):.2f})"


def test_high_contrast_and_larger_text_reach_the_shared_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    shared = window.shared_screen
    assert shared is not None
    shared.set_text_scale(1.0)
    shared.set_mode("stage")
    shared.window.resize(1280, 720)
    settle(qtbot)
    unit = shared.window.stage.title.metrics.unit
    kiosk_window = shared.kiosk.window
    kiosk_window.resize(1280, 720)
    button_px = kiosk_window.kiosk.cast_button.font().pixelSize()
    assert dark_share(shared.window.grab().toImage()) < 0.3
    window.set_theme(style.HIGH_CONTRAST)
    shared.set_text_scale(1.5)
    settle(qtbot)
    assert shared.window.stage.title.metrics.unit == pytest.approx(unit * 1.5, rel=0.02)
    assert kiosk_window.kiosk.cast_button.font().pixelSize() >= button_px * 1.4
    assert kiosk_window.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    c = window.controller
    with c.recording():
        rd = voting.create_round(c.db, c.workshop_id, "Which theme first?", target="themes")
        voting.open_round(c.db, rd.id)
    for mode in ("stage", "board", "results", "actions", "voting"):
        if mode == "voting":
            shared.show_voting(rd.id)
        else:
            shared.set_mode(mode)
        settle(qtbot)
        palette = shared.window.palette()
        assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
        assert dark_share(shared.window.grab().toImage()) > 0.6, f"{mode} is not on black"
    window.set_theme(style.LIGHT)  # and back, live
    settle(qtbot)
    assert dark_share(shared.window.grab().toImage()) < 0.3
    shared.set_text_scale(1.0)
    shared.hide()


def test_font_changes_reach_widgets_that_size_from_the_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Columns and side panels that size from the text grow with it."""
    table = window.actions_page.table
    status = table.columnWidth(STATUS)
    side = window.voting_page.left_panel.minimumWidth()
    results = window.voting_page.results
    window.show_page([key for _page, _label, key in window.pages].index("voting"))
    dots: list[str] = []
    for row in range(window.voting_page.list.count()):  # a demo round with tied dots
        window.voting_page.list.setCurrentRow(row)
        settle(qtbot)
        dots = [results.cell(r, 2) for r in range(results.model.rowCount())]
        if any("(tie)" in d for d in dots):
            break
    assert any("(tie)" in d for d in dots)

    def dots_fit() -> bool:
        widest = max(results.table.fontMetrics().horizontalAdvance(d) for d in dots)
        return results.table.columnWidth(2) >= widest + 20

    assert dots_fit()
    window.scale_text(0.6)
    settle(qtbot)
    assert table.columnWidth(STATUS) > status * 1.3
    widest = max(table.fontMetrics().horizontalAdvance(t) for t in status_labels().values())
    assert table.columnWidth(STATUS) >= widest + 14 + 12  # the word, its mark, padding
    assert window.voting_page.left_panel.minimumWidth() > side * 1.4
    assert dots_fit()
    window.show_page([key for _page, _label, key in window.pages].index("actions"))
    settle(qtbot)  # at 1366 wide, the actions still fit across with room for the words
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert table.columnWidth(TITLE) >= table.viewport().width() / 4


# Focus you can see ------------------------------------------------------------------


def changed_pixels(before: QImage, after: QImage) -> int:
    return sum(
        before.pixel(x, y) != after.pixel(x, y)
        for x in range(0, min(before.width(), after.width()), 2)
        for y in range(0, min(before.height(), after.height()), 2)
    )


@pytest.mark.parametrize("theme", [style.LIGHT, style.HIGH_CONTRAST])
def test_the_focus_shows_on_every_kind_of_control(
    qtbot: QtBot, window: MainWindow, theme: str
) -> None:
    """Moving the focus onto a control visibly changes it: table cells, list entries,
    the page list, plain and primary buttons, text fields, the board's notes."""
    window.set_theme(theme)
    library, board_page = window.library_page, window.board_page
    note = next(iter(board_page.scene.notes.values()))

    def focus_note() -> None:
        board_page.view.setFocus()
        board_page.scene.setFocusItem(note)

    cases: list[tuple[int, QWidget, Callable[[], None]]] = [
        (0, library.table, library.table.setFocus),
        (0, library.new_button, library.new_button.setFocus),  # primary: filled
        (0, library.open_button, library.open_button.setFocus),
        (0, library.filter, library.filter.setFocus),
        (0, window.nav, window.nav.setFocus),
        (2, board_page.view, focus_note),
        (3, window.agenda_page.stage_list, window.agenda_page.stage_list.setFocus),
        (3, window.agenda_page.notes.editor, window.agenda_page.notes.editor.setFocus),
    ]
    for page, widget, give_focus in cases:
        window.show_page(page)
        settle(qtbot)
        window.workshop_label.setFocus()  # somewhere else
        window.workshop_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        window.workshop_label.setFocus()
        settle(qtbot)
        before = widget.grab().toImage()
        give_focus()
        settle(qtbot)
        after = widget.grab().toImage()
        changed = changed_pixels(before, after)
        assert changed > 40, f"{type(widget).__name__} shows no focus in {theme} ({changed})"


def test_the_board_works_from_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    """Walk the notes, gather several, drop one, edit one, and file ideas in another
    theme, with keys only."""
    window.show_page(2)
    settle(qtbot)
    page = window.board_page
    view = page.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    page.scene.clearSelection()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the first note
    first = view.focused_note()
    assert first is not None and page.scene.selected_ids() == [first.idea_id]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    gathered = page.scene.selected_ids()
    assert len(gathered) == 3 and first.idea_id in gathered
    third = view.focused_note()
    assert third is not None and third.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert sorted(page.scene.selected_ids()) == sorted(set(gathered) - {third.idea_id})
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert third.idea_id in page.scene.selected_ids()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # edit the focused note
    assert page.editor.isVisible() and page.editor.idea_id == third.idea_id
    qtbot.keyClick(page.editor, Qt.Key.Key_Escape)
    assert not page.editor.isVisible() and view.hasFocus()
    theme_before = first.idea.theme_id
    page.scene.clearSelection()
    first.setSelected(True)
    page.act_theme_down.trigger()  # Alt+Down: to the next theme
    assert first.idea.theme_id != theme_before


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_check_boxes_and_rounds_show_on_black(
    qtbot: QtBot, window: MainWindow, kind: type[QAbstractButton]
) -> None:
    """An empty box or round has an outline in high contrast (Fusion's own vanished on
    black); a ticked one is filled."""
    window.set_theme(style.HIGH_CONTRAST)
    box = kind()  # no words: only the indicator is drawn
    box.setAccessibleName("Attended")
    qtbot.addWidget(box)
    box.show()
    settle(qtbot)

    def light_share() -> float:
        return 1 - dark_share_all(box.grab().toImage())

    empty = light_share()
    box.setChecked(True)
    settle(qtbot)
    ticked = light_share()
    assert empty > 0.05, "the empty indicator cannot be seen"
    assert ticked > empty * 1.5, "ticked does not look different from empty"


def dark_share_all(image: QImage) -> float:
    pixels = [
        QColor(image.pixel(x, y)).lightness() < 80
        for x in range(image.width())
        for y in range(image.height())
    ]
    return sum(pixels) / len(pixels)


@pytest.mark.parametrize("theme", [style.LIGHT, style.HIGH_CONTRAST])
def test_a_wrong_tally_count_is_marked_in_words_and_readable_in_both_themes(
    qtbot: QtBot, window: MainWindow, theme: str
) -> None:
    c, page = window.controller, window.voting_page
    window.set_theme(theme)
    with c.recording():
        rd = voting.create_round(c.db, c.workshop_id, "Stickers", method="tally", target="themes")
        voting.open_round(c.db, rd.id)
    window.show_page(4)
    page._select(rd.id)
    page.refresh()
    table = page.tally.table
    table.item(1, 2).setText("abc")
    table.setCurrentCell(3, 2)  # the focus elsewhere
    settle(qtbot)
    assert table.item(1, 0).text().startswith("!")  # not colour alone
    assert "Row 2" in page.tally.problems.text()
    image = table.viewport().grab().toImage()
    rect = table.visualItemRect(table.item(1, 2))
    fill = QColor(image.pixel(rect.left() + 3, rect.center().y()))
    ink = min(
        (QColor(image.pixel(x, y)) for x in range(rect.left(), rect.right())
         for y in range(rect.top(), rect.bottom())),
        key=lambda colour: colour.lightness(),
    )  # fmt: skip
    assert fill.lightness() > 200 and fill.red() > fill.blue()  # pale red, in both themes
    assert ink.lightness() < 80  # dark words on it
