"""Control without the mouse: keys on the facilitator's window switch the shared screen's
mode, shown in the Shared screen menu and the F1 list (English and Welsh); the running
stage's timer shows in a corner of every mode but the stage's own and the blank pause."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from voting_helpers import add_running_stage, build_big_room, shared_screen_for

from coprod_desktop import APP_NAME
from coprod_desktop.services import agenda
from coprod_desktop.services.demo import create_demo_workshop
from coprod_desktop.ui import i18n, style
from coprod_desktop.ui.shared_screen.manager import MODE_KEYS
from coprod_desktop.ui.shared_screen.window import MODES

pytestmark = pytest.mark.gui


def other_keys(window) -> set[str]:
    """Every other key the facilitator's window answers to."""
    from PySide6.QtGui import QAction

    mine = {a for a in window.shared_screen._menu_actions[0].values()}
    keys = set()
    for action in window.findChildren(QAction):
        if action in mine:
            continue
        for sequence in action.shortcuts():
            keys.add(sequence.toString())
    return keys


def test_keys_switch_every_mode_and_show_in_the_menu_and_f1(qtbot, demo_window, asked):
    win = demo_window
    shared = win.shared_screen
    assert set(MODE_KEYS) == set(MODES) and len(set(MODE_KEYS.values())) == len(MODES)
    assert not set(MODE_KEYS.values()) & other_keys(win)  # no clash
    menu = {a.text(): a.shortcut().toString() for a in win.shared_menu.actions()}
    for mode, key in MODE_KEYS.items():
        assert menu[shared.mode_label(mode)] == key
    win.activateWindow()
    qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is win, timeout=2000)
    for mode in ("results", "board", "review", "actions", "voting", "blank", "stage"):
        QTest.keySequence(win, QKeySequence(MODE_KEYS[mode]))
        assert shared.mode == mode
        assert shared.menu_action(mode).isChecked()
        # The room's screen opened, and the keys stay with the facilitator's window.
        assert shared.is_shown
        win.activateWindow()
        qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is win, timeout=2000)
    win.show_shortcuts()
    listed = asked.messages("inform")[-1]
    for mode, key in MODE_KEYS.items():
        label = shared.mode_label(mode).replace("&", "")
        assert f"{label}: {key}" in listed
    shared.close()


@pytest.fixture
def welsh_window(qtbot, qapp, tmp_path: Path) -> Iterator:
    from coprod_desktop.ui.startup import start

    QCoreApplication.setApplicationName(APP_NAME)
    i18n.set_language_setting(i18n.WELSH)
    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None
    demo = win.controller.call(create_demo_workshop)
    assert demo is not None
    win.open_workshop(demo.id)
    qtbot.waitExposed(win)
    yield win
    win.controller.close_library()
    win.close()
    win.deleteLater()
    i18n.set_language_setting(i18n.SYSTEM)
    i18n.install_translators(qapp, i18n.ENGLISH)
    style.apply_theme(qapp, style.LIGHT, 1.0)


def test_the_keys_are_listed_in_welsh_too(welsh_window, asked):
    win = welsh_window
    entries = {a.text(): a.shortcut().toString() for a in win.shared_menu.actions()}
    assert entries["Canlyniada&u"] == MODE_KEYS["results"]
    assert entries["D&ywedoch chi, gwnaethom ni (gweithdy dilynol)"] == MODE_KEYS["review"]
    win.show_shortcuts()
    listed = asked.messages("inform")[-1]
    assert "Gwag (saib): F12" in listed
    assert "Dywedoch chi, gwnaethom ni (gweithdy dilynol): F9" in listed
    # Alt+letter reaches each mode's entry alone in the Welsh menu.
    letters = [re.search(r"&(\w)", a.text()) for a in win.shared_menu.actions()]
    found = [k.group(1).lower() for k in letters if k]
    for mode in MODES:
        mine = re.search(r"&(\w)", win.shared_screen.mode_label(mode))
        assert mine and found.count(mine.group(1).lower()) == 1, (mode, found)
    win.shared_screen.close()


@pytest.fixture
def screen(qtbot, db) -> Iterator:
    room = build_big_room(db, ideas=6, people_count=9)
    shared = shared_screen_for(room)
    yield room, shared
    shared.close()


def test_the_timer_shows_in_a_corner_of_every_mode_but_the_stage_and_blank(qtbot, screen):
    room, shared = screen
    window = shared.window
    for mode in MODES:  # no stage running: no timer anywhere, and no room taken
        shared.set_mode(mode)
        assert not window.timer.isVisible(), mode
    with shared.controller.recording():
        add_running_stage(room)
    for mode in MODES:
        shared.set_mode(mode)

        def corner_as_the_mode_wants(mode: str = mode) -> None:
            corner = window.timer
            if mode == "stage":
                assert not corner.isVisible()
                assert re.fullmatch(r"\d+:\d\d", window.stage.timer_text.text())  # its own, large
            elif mode == "blank":
                assert not corner.isVisible()  # the pause stays blank
            else:
                assert corner.isVisible(), mode
                assert re.fullmatch(r"\d+:\d\d left", corner.text()), corner.text()
                # In a strip of its own, at the top right: it covers nothing of the mode.
                assert corner.geometry().bottom() < window.modes.geometry().top()
                label = corner.label.geometry().translated(corner.pos())
                assert label.right() <= window.width() and label.left() > window.width() // 2
                assert corner.height() < window.height() * 0.08

        qtbot.waitUntil(corner_as_the_mode_wants)
    shared.set_mode("board")
    stage = next(s for s in agenda.list_stages(room.db, room.workshop_id) if s.started_at)
    shared.controller.call(agenda.end_stage, stage.id)  # the change-set hides it
    assert not window.timer.isVisible()
    assert window.timer.text() == ""


def test_over_time_is_said_in_words_not_colour_alone():
    from datetime import UTC, datetime, timedelta

    from coprod_desktop.services.records import StageRecord
    from coprod_desktop.ui.shared_screen.corner_timer import timer_words

    start = datetime(2027, 1, 1, 10, 0, tzinfo=UTC)
    stage = StageRecord(1, 1, "Talk", "", 10, start, None, 0)
    assert timer_words(stage, start + timedelta(minutes=3)) == ("7:00 left", False)
    assert timer_words(stage, start + timedelta(minutes=11)) == ("+1:00 over time", True)
    untimed = StageRecord(1, 1, "Talk", "", None, start, None, 0)
    assert timer_words(untimed, start + timedelta(seconds=75)) == ("1:15 so far", False)
    assert timer_words(None) == ("", False)


def test_the_keys_are_single_function_keys_free_of_the_kiosk(qapp):
    from coprod_desktop.ui.shared_screen.window import KIOSK_KEYS

    for key in MODE_KEYS.values():
        sequence = QKeySequence(key)
        combined = sequence[0]
        assert combined.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
        assert combined.key() not in KIOSK_KEYS
        assert re.fullmatch(r"F\d+", key)
