"""The agenda page and its timer, driven by a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from coprod_desktop.services import agenda, workshops
from coprod_desktop.ui.agenda.page import AgendaPage
from coprod_desktop.ui.agenda.timer import StageTimer, describe, format_seconds
from coprod_desktop.ui.controller import Controller


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


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (600, "10:00"),
        (59.2, "01:00"),
        (0, "00:00"),
        (-5, "+00:05"),
        (-130, "+02:10"),
        (3725, "1:02:05"),
    ],
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_countdown_pause_add_a_minute_and_overrun(qapp: object, clock: FakeClock) -> None:
    timer = StageTimer(clock)
    ticks: list[float] = []
    timer.ticked.connect(ticks.append)
    timer.start(5 * 60)
    assert timer.remaining() == 300
    clock.advance(120)
    assert timer.remaining() == 180
    timer.pause()
    clock.advance(600)  # paused: the room's break does not count
    assert timer.remaining() == 180 and timer.paused
    assert describe(timer.remaining(), timer.paused) == "3 min left (paused)"
    timer.resume()
    clock.advance(170)
    timer.add_minute()
    assert timer.remaining() == 70
    clock.advance(100)
    timer.tick()
    assert ticks[-1] == -30
    assert describe(-30, False) == "Over time"
    assert describe(-150, False) == "Over time by 2 min"
    timer.stop()
    assert not timer.active


def test_timer_counts_from_an_earlier_start(qapp: object, clock: FakeClock) -> None:
    timer = StageTimer(clock)
    timer.start(20 * 60, already_elapsed=25 * 60)
    assert timer.remaining() == -300


@pytest.fixture
def page(qtbot: QtBot, controller: Controller, clock: FakeClock) -> AgendaPage:
    db = controller.db
    w = workshops.create_workshop(db, "Library hours")
    agenda.add_stage(db, w.id, "Welcome", planned_minutes=10, prompt="Why are we here?")
    agenda.add_stage(db, w.id, "Ideas", planned_minutes=30, prompt="What would help?")
    agenda.add_stage(db, w.id, "Actions", planned_minutes=15)
    page = AgendaPage(controller, timer=StageTimer(clock), now=lambda: clock.wall)
    qtbot.addWidget(page)
    page.show()
    controller.open_workshop(w.id)
    return page


def stamps(controller: Controller) -> list[tuple[bool, bool]]:
    return [
        (s.started_at is not None, s.ended_at is not None)
        for s in agenda.list_stages(controller.db, controller.workshop_id)
    ]


def test_next_stage_stamps_real_times_and_runs_the_timer(
    page: AgendaPage, controller: Controller, clock: FakeClock
) -> None:
    assert page.title.text() == "Welcome"
    assert page.clock.text() == "10:00"
    assert page.clock_words.text() == "Not started"
    page.act_next.trigger()
    assert stamps(controller) == [(True, False), (False, False), (False, False)]
    assert page.prompt.text() == "Why are we here?"
    assert page.state.text() == "Now running"
    clock.advance(11 * 60)
    page.timer.tick()
    assert page.clock.text() == "+01:00"
    assert page.clock.property("overrun") is True
    assert page.clock_words.text() == "Over time by 1 min"
    page.act_next.trigger()
    assert stamps(controller) == [(True, True), (True, False), (False, False)]
    assert page.title.text() == "Ideas"
    assert page.clock.property("overrun") is False
    assert page.clock.text() == "30:00"
    page.act_next.trigger()
    page.act_next.trigger()  # after the last stage: it ends
    assert stamps(controller) == [(True, True)] * 3
    assert not page.timer.active
    before = agenda.list_stages(controller.db, controller.workshop_id)
    said: list[str] = []
    page.status.connect(said.append)
    assert not page.act_next.isEnabled() and not page.next_button.isEnabled()
    page.next_stage()  # everything has run: nothing is re-stamped
    assert agenda.list_stages(controller.db, controller.workshop_id) == before
    assert said == ["Every stage has been run."]
    assert page.clock.text() == "--:--"
    assert page.clock_words.text() == "The agenda is done: every stage has been run."


def test_pause_and_add_a_minute_from_the_page(page: AgendaPage, clock: FakeClock) -> None:
    page.act_next.trigger()
    clock.advance(60)
    page.act_pause.trigger()
    assert page.timer.paused
    assert page.pause_button.text() == "Resume timer"
    clock.advance(300)
    page.act_minute.trigger()
    assert page.clock.text() == "10:00"
    assert "paused" in page.clock_words.text()
    page.act_pause.trigger()
    assert not page.timer.paused


def test_undoing_a_start_puts_the_stamps_back(page: AgendaPage, controller: Controller) -> None:
    page.act_next.trigger()
    page.act_next.trigger()
    controller.undo_stack.undo()
    assert stamps(controller) == [(True, False), (False, False), (False, False)]
    assert page.title.text() == "Welcome"
    assert page.timer.active


def test_reopening_mid_stage_shows_the_true_time_left(
    qtbot: QtBot, controller: Controller, clock: FakeClock
) -> None:
    db = controller.db
    w = workshops.create_workshop(db, "Later")
    stage = agenda.add_stage(db, w.id, "Ideas", planned_minutes=30)
    agenda.start_stage(db, stage.id, at=clock.wall - timedelta(minutes=12))
    page = AgendaPage(controller, timer=StageTimer(clock), now=lambda: clock.wall)
    qtbot.addWidget(page)
    controller.open_workshop(w.id)
    assert page.clock.text() == "18:00"


def test_an_empty_agenda_says_where_to_add_stages(qtbot: QtBot, controller: Controller) -> None:
    w = workshops.create_workshop(controller.db, "Blank")
    page = AgendaPage(controller)
    qtbot.addWidget(page)
    controller.open_workshop(w.id)
    assert page.title.text() == "No agenda yet"
    assert not page.act_end.isEnabled()
