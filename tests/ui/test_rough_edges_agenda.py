"""The agenda page's rough edges (issue 12): a timer that follows its stage's planned
time, says when the agenda is done and reads the same in figures and words, and stage
entries that keep both lines when focused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.services import agenda, workshops
from coprod_desktop.ui import style
from coprod_desktop.ui.agenda.page import AgendaPage
from coprod_desktop.ui.agenda.timer import StageTimer, describe, format_seconds
from coprod_desktop.ui.commands.setup import UpdateStage
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.wall = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.wall += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def page(qtbot: QtBot, controller: Controller, clock: FakeClock) -> AgendaPage:
    db = controller.db
    w = workshops.create_workshop(db, "Library hours")
    agenda.add_stage(db, w.id, "Welcome", planned_minutes=10)
    agenda.add_stage(db, w.id, "Ideas", planned_minutes=30)
    page = AgendaPage(controller, timer=StageTimer(clock), now=lambda: clock.wall)
    qtbot.addWidget(page)
    page.show()
    controller.open_workshop(w.id)
    return page


def test_editing_the_running_stages_planned_time_moves_its_countdown_at_once(
    page: AgendaPage, controller: Controller, clock: FakeClock
) -> None:
    page.act_next.trigger()
    clock.advance(4 * 60)
    page.timer.tick()
    assert page.clock.text() == "06:00"
    controller.push(UpdateStage(controller, page.running.id, planned_minutes=15))
    assert page.clock.text() == "11:00"
    assert page.clock_words.text() == "11 min left"
    controller.push(UpdateStage(controller, page.running.id, planned_minutes=3))
    assert page.clock.text() == "+01:00" and page.clock.property("overrun") is True
    controller.undo_stack.undo()
    assert page.clock.text() == "11:00"


def test_after_the_last_stage_the_timer_says_the_agenda_is_done(
    page: AgendaPage, clock: FakeClock
) -> None:
    page.act_next.trigger()
    page.act_next.trigger()
    clock.advance(8)
    page.timer.tick()
    assert page.clock.text() == "29:52"
    page.act_next.trigger()  # the last stage ends
    assert not page.timer.active
    assert page.clock.text() == "--:--"
    assert "agenda is done" in page.clock_words.text()
    assert not page.next_button.isEnabled() and not page.act_next.isEnabled()
    assert page.start_button.isEnabled() or page.selected_stage() is None


@pytest.mark.parametrize("seconds", [21 * 60 + 14, 21 * 60 + 0.2, 22 * 60, 60.4, 60, 59.5, 0.4])
def test_the_timers_figures_and_words_round_alike(seconds: float) -> None:
    figures = format_seconds(seconds)
    words = describe(seconds, False)
    minutes = int(figures.split(":")[0])
    if minutes:
        assert words == f"{minutes} min left", (figures, words)
    else:
        assert words == "Less than a minute left", (figures, words)


def test_the_timer_the_issue_saw() -> None:
    assert format_seconds(21 * 60 + 14) == "21:14"
    assert describe(21 * 60 + 14, False) == "21 min left"


def text_height(list_widget: QListWidget, row: int, text_colour: QColor) -> int:
    """How tall the drawn text of an entry is, in pixels (from the first row of pixels
    in the text's colour to the last, inside the focus ring)."""
    index: QModelIndex = list_widget.model().index(row, 0)
    rect = list_widget.visualRect(index).adjusted(6, 5, -6, -5)
    image: QImage = list_widget.viewport().grab(rect).toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, stride = image.width(), image.bytesPerLine()
    pixels = bytes(image.constBits())  # B, G, R, A per pixel, rows ``stride`` apart
    light, blue = text_colour.lightness(), text_colour.blue()
    rows = []
    for y in range(image.height()):
        line = pixels[y * stride : y * stride + 4 * width]
        hits = 0
        for x in range(0, 4 * width, 4):
            b, g, r = line[x], line[x + 1], line[x + 2]
            # HSL lightness, as QColor.lightness() gives it.
            if abs((max(r, g, b) + min(r, g, b) + 1) // 2 - light) < 40 and abs(b - blue) < 40:
                hits += 1
                if hits >= 2:
                    rows.append(y)
                    break
    return rows[-1] - rows[0] + 1 if rows else 0


@pytest.mark.slow  # the list's pixels read until drawn: 4-15 s
@pytest.mark.parametrize("theme", [style.LIGHT, style.HIGH_CONTRAST])
def test_the_focused_agenda_entry_keeps_its_second_line(
    qtbot: QtBot, demo_window: MainWindow, qapp, theme: str
) -> None:
    win = demo_window
    win.set_theme(theme)
    try:
        page = win.agenda_page
        win.show_page([p for p, *_ in win.pages].index(page))
        stages = page.stage_list
        stages.setFocus()
        stages.setCurrentRow(1)
        qtbot.waitUntil(stages.hasFocus)
        line = stages.fontMetrics().lineSpacing()
        selected_text = stages.palette().highlightedText().color()
        assert "\n" in stages.item(1).text()
        # Both lines drawn, once the list has painted its focused entry.
        qtbot.waitUntil(lambda: text_height(stages, 1, selected_text) > 1.5 * line)
    finally:
        win.set_theme(style.LIGHT)


@pytest.mark.slow  # every entry's pixels read until drawn: 6-17 s
def test_the_focused_agenda_entry_keeps_every_line_at_150_percent(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    win = demo_window
    win.scale_text(0.5)
    try:
        page = win.agenda_page
        win.show_page([p for p, *_ in win.pages].index(page))
        stages = page.stage_list
        stages.setFocus()
        line = stages.fontMetrics().lineSpacing()
        for row in range(stages.count()):
            stages.setCurrentRow(row)

            def every_line_drawn(row: int = row) -> None:
                width = stages.viewport().width() - 30
                lines = (
                    stages.fontMetrics()
                    .boundingRect(
                        0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), stages.item(row).text()
                    )
                    .height()
                    // line
                )
                selected_text = stages.palette().highlightedText().color()
                assert text_height(stages, row, selected_text) > (lines - 0.5) * line, row

            # The list lays its entries out again after a short delay: until then, retried.
            qtbot.waitUntil(every_line_drawn)
    finally:
        win.scale_text(0)
