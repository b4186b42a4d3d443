"""The voting page's rough edges on a 1366x768 laptop (issue 12): a round's buttons on
screen, a tally that holds still while counts are typed, set-up rows that go with their
controls, and a tally bigger than the room could place questioned before it is stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from voting_helpers import BigRoom, build_big_room, shared_screen_for

from coprod_desktop.services import voting
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.voting.page import VotingPage

pytestmark = pytest.mark.gui


@pytest.fixture
def window(bilingual_window: MainWindow) -> MainWindow:
    return bilingual_window


def voting_page(win: MainWindow) -> VotingPage:
    win.show_page([page for page, *_ in win.pages].index(win.voting_page))
    return win.voting_page


def scroll_area(page: QWidget) -> QScrollArea:
    area = page.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    return area


def on_screen(qtbot: QtBot, page: QWidget, widget: QWidget, *, scroll: bool = False) -> None:
    """``widget`` is shown whole in the page's window, with the page scrolled to its top
    (or, with ``scroll``, once scrolled down to it: never sideways)."""
    area = scroll_area(page)
    viewport = area.viewport()

    def shown() -> bool:
        area.verticalScrollBar().setValue(0)
        if scroll:
            area.ensureWidgetVisible(widget, 0, 0)
        rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        return widget.isVisible() and viewport.rect().contains(rect)

    qtbot.waitUntil(shown, timeout=2000)
    assert area.horizontalScrollBar().maximum() == 0, "the page scrolls sideways"


def draft_round(win: MainWindow, page: VotingPage, question: str = "Which first?") -> int:
    c = win.controller
    record = c.call(voting.create_round, c.workshop_id, question)
    assert record is not None
    page.refresh()
    page.list.setCurrentRow(page.list.count() - 1)
    assert page.setup.isVisible()
    return record.id


@pytest.mark.parametrize("height", [768, 720])  # 720: a taskbar under a maximised window
def test_a_rounds_buttons_show_without_scrolling_at_100_percent(
    qtbot: QtBot, window: MainWindow, height: int
) -> None:
    window.resize(1366, height)
    page = voting_page(window)
    draft_round(window, page)
    for button in (page.setup.open_button, page.setup.open_show_button):
        on_screen(qtbot, page, button)
    page.setup.by_tally.click()
    on_screen(qtbot, page, page.setup.open_button)
    page.setup.open_button.click()
    assert page.stack.currentWidget() is page.tally
    for button in (page.tally.save_button, page.tally.close_button, page.tally_show):
        on_screen(qtbot, page, button)
    ballot_round_buttons(qtbot, window, page, scroll=False)


def ballot_round_buttons(
    qtbot: QtBot, window: MainWindow, page: VotingPage, *, scroll: bool
) -> None:
    """An open ballot's buttons, then the closed round's."""
    draft_round(window, page, "Which matters most?")
    page.setup.open_button.click()
    assert page.stack.currentWidget() is page.watch
    watch = page.watch
    for button in (watch.close_button, watch.show_button, watch.next_button):
        if not button.isHidden():
            on_screen(qtbot, page, button, scroll=scroll)
    page.close_round(page.current_id)  # nobody voted: asked, and answered yes below
    assert page.stack.currentWidget() is page.results
    results = page.results
    for button in (results.reveal_button, results.again_button, results.action_button):
        if not button.isHidden():
            on_screen(qtbot, page, button, scroll=True)


@pytest.fixture(autouse=True)
def _yes_to_closing(monkeypatch: pytest.MonkeyPatch) -> None:
    from coprod_desktop.ui.dialogs import ask

    monkeypatch.setattr(ask, "confirm", lambda *args: True)


@pytest.mark.slow  # about 14 s a language (setup, call and teardown)
def test_a_rounds_buttons_are_reachable_without_sideways_scrolling_at_150_percent(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.scale_text(0.5)
    page = voting_page(window)
    draft_round(window, page)
    for button in (page.setup.open_button, page.setup.open_show_button, page.new_button):
        on_screen(qtbot, page, button, scroll=True)
    page.setup.by_tally.click()
    page.setup.open_button.click()
    for button in (page.tally.save_button, page.tally.close_button, page.tally_show):
        on_screen(qtbot, page, button, scroll=True)
    ballot_round_buttons(qtbot, window, page, scroll=True)


def test_the_tally_holds_still_while_counts_are_typed(qtbot: QtBot, window: MainWindow) -> None:
    page = voting_page(window)
    draft_round(window, page)
    page.setup.by_tally.click()
    page.setup.open_button.click()
    tally = page.tally
    area = scroll_area(page)
    qtbot.waitUntil(tally.save_button.isVisible)
    QApplication.processEvents()  # the layout the opening asked for is done
    where = (area.verticalScrollBar().value(), page.height())
    for row, typed in enumerate(["3", "12", "x", "0", "7", "-2", "5", "1"]):
        tally.table.setCurrentCell(row, 2)
        tally.table.editItem(tally.table.item(row, 2))
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not tally.table
        qtbot.keyClicks(editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tally.table.state() != QAbstractItemView.State.EditingState)
        QApplication.processEvents()  # and whatever the committed count laid out again
        assert (area.verticalScrollBar().value(), page.height()) == where, typed
        for button in (tally.save_button, tally.close_button):
            viewport = area.viewport()
            rect = QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
            assert viewport.rect().contains(rect), typed
    assert tally.problems.text()  # the wrong cells are named (and the page held still)


def test_a_tally_set_up_hides_the_ballots_words_with_their_controls(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = voting_page(demo_window)
    draft_round(demo_window, page)
    form = page.setup
    rows = (form.secret_row, form.everyone_row, form.only_some_row)
    words = [
        row.findChild(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) for row in rows
    ]
    assert all(row.isVisible() for row in rows)
    form.by_tally.click()
    for row in rows:
        assert not row.isVisible()
    shown = [
        w.text()
        for w in form.findChildren(QWidget)
        if w.isVisible() and hasattr(w, "text") and callable(w.text)
    ]
    for text in ("Secret", "Everyone marked as attended", "Only the people ticked"):
        assert not [t for t in shown if text in t.replace("&", "")], text
    assert words
    form.by_ballot.click()
    assert all(row.isVisible() for row in rows)


@pytest.fixture
def room(db) -> BigRoom:
    return build_big_room(db, ideas=6, people_count=9)  # 8 of the 9 attended


@pytest.fixture
def tally_page(qtbot: QtBot, room: BigRoom) -> Iterator[VotingPage]:
    shared = shared_screen_for(room, show=False)
    page = VotingPage(shared.controller, shared)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.new_round()
    page.setup.dots.setValue(1)
    page.setup.by_tally.click()
    page.setup.open_button.click()
    assert page.stack.currentWidget() is page.tally
    yield page
    shared.close()


def test_more_dots_than_the_room_could_place_is_questioned_before_saving(
    tally_page: VotingPage, room: BigRoom, asked
) -> None:
    (record,) = voting.list_rounds(room.db, room.workshop_id)
    tally = tally_page.tally
    for row, text in enumerate(["5", "4", "3"]):
        tally.table.item(row, 2).setText(text)
    assert not tally.save()  # asked, and the answer was no
    (message,) = asked.messages("confirm")
    assert "12 dots from 8 people with 1 dot each: check the count." in message
    assert voting.tally_counts(room.db, record.id) == {}

    tally_page.close_round(record.id)  # closing asks too, and a no keeps it open
    assert len(asked.messages("confirm")) == 2
    assert voting.get_round(room.db, record.id).status == "open"

    asked.answer("confirm", True)
    assert tally.save()
    assert sum(voting.tally_counts(room.db, record.id).values()) == 12
    tally_page.close_round(record.id)  # saved already: not asked again
    assert len(asked.messages("confirm")) == 3
    assert voting.get_round(room.db, record.id).status == "closed"


def test_a_tally_the_room_could_have_placed_is_saved_without_a_question(
    tally_page: VotingPage, room: BigRoom, asked
) -> None:
    tally = tally_page.tally
    for row, text in enumerate(["5", "3"]):
        tally.table.item(row, 2).setText(text)
    assert tally.save()
    assert asked.calls == []
