"""The library page and File menu: workshops new, open, duplicate, delete, import,
export; libraries new, open, recent; refusals; what is remembered between runs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.db.library import open_library
from coprod_desktop.db.lock import LibraryLock
from coprod_desktop.exports.workshop_json import write_workshop_file
from coprod_desktop.services import agenda, board, workshops
from coprod_desktop.ui.dialogs.new_workshop import NewWorkshop, NewWorkshopDialog
from coprod_desktop.ui.library import settings
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.startup import start


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    win.close()
    win.controller.close_library()


def titles(win: MainWindow) -> list[str]:
    return [w.title for w in win.library_page.model.rows]


def make_workshop(win: MainWindow, title: str, template: str = "") -> int:
    return win.library_page.create_workshop(
        NewWorkshop(title, None, "Town hall", "Catrin", template)
    )


def test_an_empty_library_offers_the_demo(window: MainWindow) -> None:
    page = window.library_page
    assert page.empty.isVisibleTo(window) and page.demo_button.isVisibleTo(window)
    page.demo_button.click()
    assert titles(window) == ["Oakfield Day Centre: what next?"]
    assert not page.empty.isVisibleTo(window)


def test_new_workshop_from_a_template_opens_in_set_up(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        NewWorkshopDialog,
        "get",
        classmethod(lambda cls, parent=None: NewWorkshop("Bus review", None, "", "", "priorities")),
    )
    window.act_new_workshop.trigger()
    wid = window.controller.workshop_id
    assert workshops.get_workshop(window.controller.db, wid).title == "Bus review"
    stages = [s.title for s in agenda.list_stages(window.controller.db, wid)]
    assert stages == [
        "Welcome",
        "Gather the options",
        "Group and clarify",
        "Vote",
        "Agree what happens next",
    ]
    assert window.current_page() is window.setup_page
    assert window.windowTitle().startswith("Bus review")


def test_every_template_gives_an_agenda(window: MainWindow) -> None:
    from coprod_desktop.ui.library.templates import TEMPLATES

    for t in TEMPLATES:
        wid = make_workshop(window, t.title, t.key)
        planned = agenda.list_stages(window.controller.db, wid)
        assert len(planned) >= 4 and all(s.prompt and s.planned_minutes for s in planned)


def test_open_with_enter_goes_to_the_board_when_there_are_ideas(
    qtbot: QtBot, window: MainWindow
) -> None:
    wid = make_workshop(window, "With ideas")
    board.capture_idea(window.controller.db, wid, "Later buses")
    window.controller.open_workshop(0)
    window.show_page(0)
    window.library_page.refresh()
    window.library_page.select(wid)
    window.library_page.table.setFocus()
    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Return)
    assert window.controller.workshop_id == wid
    assert window.current_page() is window.board_page


def test_duplicate_and_confirmed_delete(window: MainWindow, asked: Any) -> None:
    wid = make_workshop(window, "Original", "service-review")
    page = window.library_page
    page.select(wid)
    page.duplicate_button.click()
    assert sorted(titles(window)) == ["Original", "Original (copy)"]
    page.select(wid)
    page.delete_button.click()  # the confirmation answers "no" by default
    assert sorted(titles(window)) == ["Original", "Original (copy)"]
    assert "cannot be undone" in asked.messages("confirm")[0]
    asked.answer("confirm", True)
    page.select(wid)
    page.delete_button.click()
    assert titles(window) == ["Original (copy)"]
    assert window.controller.workshop_id == 0  # the open workshop was the one deleted
    assert window.current_page() is window.library_page


def test_export_then_import_a_workshop_file(window: MainWindow, asked: Any, tmp_path: Path) -> None:
    wid = make_workshop(window, "Caffi ŵ & <b>", "double-diamond")
    board.capture_idea(window.controller.db, wid, "#1 idea", theme_name="Transport")
    out = tmp_path / "exported"
    asked.answer("save_file", out)
    window.library_page.select(wid)
    window.library_page.export_button.click()
    assert (tmp_path / "exported.json").exists()
    asked.answer("open_file", tmp_path / "exported.json")
    window.library_page.import_button.click()
    assert titles(window).count("Caffi ŵ & <b>") == 2
    new_id = window.library_page.selected_id()
    assert new_id != wid
    assert [i.text for i in board.list_ideas(window.controller.db, new_id)] == ["#1 idea"]


def test_a_bad_workshop_file_is_refused_and_nothing_changes(
    window: MainWindow, asked: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "coprod-workshop", "version": 1, "workshop": {"title": ""}}')
    asked.answer("open_file", bad)
    window.library_page.import_button.click()
    assert titles(window) == []
    [message] = asked.messages("warn")
    assert "nothing was changed" in message and "workshop.title" in message
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "coprod-workshop", "version": 99, "workshop": {"title": "x"}}')
    asked.answer("open_file", newer)
    window.library_page.import_button.click()
    assert "newer" in asked.messages("warn")[1]
    assert titles(window) == []


def test_a_file_that_is_not_a_library_is_refused_untouched(
    window: MainWindow, asked: Any, tmp_path: Path
) -> None:
    current = window.controller.library_path
    text = tmp_path / "notes.txt"
    text.write_text("shopping list")
    assert window.open_library(text) is False
    assert "not a workshop library" in asked.messages("warn")[0]
    assert text.read_text() == "shopping list"
    assert not Path(str(text) + ".lock").exists()
    assert window.controller.library_path == current


def test_a_library_from_a_newer_version_is_refused(
    window: MainWindow, asked: Any, tmp_path: Path
) -> None:
    path = tmp_path / "newer.db"
    open_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    assert window.open_library(path) is False
    assert "newer version" in asked.messages("warn")[0]
    assert path.read_bytes() == before


def test_a_library_open_elsewhere_is_refused(
    window: MainWindow, asked: Any, tmp_path: Path
) -> None:
    path = tmp_path / "shared.db"
    open_library(path).close()
    other = LibraryLock(path)
    other.acquire()
    try:
        assert window.open_library(path) is False
        assert "already open in another" in asked.messages("warn")[0]
    finally:
        other.release()
    assert window.open_library(path) is True
    assert window.controller.library_path == path


def test_the_library_already_open_here(window: MainWindow, asked: Any) -> None:
    assert window.open_library(window.controller.library_path) is False
    assert "already open in this window" in asked.messages("inform")[0]


def test_new_library_and_recent_libraries(window: MainWindow, asked: Any, tmp_path: Path) -> None:
    first = window.controller.library_path
    asked.answer("save_file", tmp_path / "second.db")
    window.new_library()
    assert window.controller.library_path == tmp_path / "second.db"
    assert settings.recent_libraries()[:2] == [tmp_path / "second.db", first]
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()][:2] == [
        str(tmp_path / "second.db"),
        str(first),
    ]
    window.recent_menu.actions()[1].trigger()
    assert window.controller.library_path == first
    asked.answer("save_file", tmp_path / "second.db")
    window.new_library()
    assert "already exists" in asked.messages("warn")[0]


def test_the_list_counts_the_work_just_done_and_marks_the_open_workshop(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 11: after working on a workshop (ideas captured, a theme added, a vote
    closed, an action agreed) the library's counts are right without a restart, and
    the row marked is the workshop that is open."""
    from coprod_desktop.services import voting
    from coprod_desktop.ui.actions.commands import AddAction
    from coprod_desktop.ui.commands.board import AddTheme, CaptureIdea
    from coprod_desktop.ui.commands.setup import AddParticipant
    from coprod_desktop.ui.library.model import ACTIONS, IDEAS, PEOPLE, ROUNDS, THEMES
    from coprod_desktop.ui.voting import commands as vote

    c, page = window.controller, window.library_page
    window.show()
    earlier = make_workshop(window, "Bus review")
    wid = make_workshop(window, "Library hours")  # opens it, on its set-up page
    assert c.workshop_id == wid and window.current_page() is not page
    c.push(AddParticipant(c, "Aled", attended=True))
    c.push(CaptureIdea(c, "Later buses"))
    c.push(CaptureIdea(c, "Open on Sundays"))
    c.push(AddTheme(c, "Transport"))
    c.push(vote.CreateRound(c, vote.RoundSettings("Which first?")))
    [draft] = voting.list_rounds(c.db, wid)
    assert vote.open_round(c, draft.id) is not None
    assert vote.close_round(c, draft.id) is not None
    c.push(AddAction(c, "Ring the bus company"))
    window.show_page(0)
    qtbot.waitUntil(lambda: window.current_page() is page)

    def shown(workshop_id: int) -> list[str]:
        row = page.model.row_of(workshop_id)
        return [
            page.model.index(row, col).data() for col in (PEOPLE, IDEAS, THEMES, ROUNDS, ACTIONS)
        ]

    assert shown(wid) == ["1", "2", "1", "1", "1"]
    assert shown(earlier) == ["0", "0", "0", "0", "0"]
    assert page.selected_id() == wid
    assert page.table.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "Library hours"
    # Opened from elsewhere (not from this page's list), the mark moves with it too.
    window.open_workshop(earlier)
    window.show_page(0)
    assert page.selected_id() == earlier


def test_the_last_library_workshop_and_window_size_come_back(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    library = tmp_path / "remembered.db"
    first = start(qapp, library, explicit=True) if library.exists() else None
    assert first is None  # an explicit path that does not exist is not created silently
    first = start(qapp, tmp_path / "default.db", explicit=False)
    assert first is not None
    qtbot.addWidget(first)
    wid = make_workshop(first, "Remember me")
    first.showMaximized()
    assert first.isMaximized()
    first.close()
    assert settings.geometry() is not None
    first.controller.close_library()

    second = start(qapp, tmp_path / "elsewhere-default.db", explicit=False)
    assert second is not None
    qtbot.addWidget(second)
    try:
        assert second.controller.library_path == tmp_path / "default.db"
        assert second.controller.workshop_id == wid
        assert second.isMaximized()
    finally:
        second.close()
        second.controller.close_library()


def test_a_missing_named_library_is_offered_not_refused(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--db`` naming a file that is not there asks: Create / Choose another / Quit; it
    never quits without asking, and never creates one unasked."""
    from coprod_desktop.ui import startup

    answers: list[str] = []
    asked: list[Path] = []

    def choice(parent: object, path: Path) -> str:
        asked.append(path)
        return answers.pop(0)

    monkeypatch.setattr(startup, "missing_library_choice", choice)
    typo = tmp_path / "typo.db"
    answers.append(startup.QUIT)
    assert start(qapp, typo, explicit=True) is None
    assert asked == [typo] and not typo.exists()  # quitting was the facilitator's choice

    answers.append(startup.CREATE)
    win = start(qapp, typo, explicit=True)
    assert win is not None
    qtbot.addWidget(win)
    try:
        assert typo.exists() and win.controller.library_path == typo
        assert win.controller.has_library
    finally:
        win.close()
        win.controller.close_library()

    other = tmp_path / "other.db"
    answers.append(startup.CHOOSE)
    monkeypatch.setattr(startup.ask, "open_file", lambda *a: typo)
    win = start(qapp, other, explicit=True)
    assert win is not None
    qtbot.addWidget(win)
    try:
        assert win.controller.library_path == typo and not other.exists()
    finally:
        win.close()
        win.controller.close_library()


def test_export_writes_a_file_a_second_library_can_import(
    window: MainWindow, tmp_path: Path
) -> None:
    wid = make_workshop(window, "Portable")
    path = tmp_path / "portable.json"
    assert window.library_page.export_to(wid, path)
    other = open_library(tmp_path / "other.db")
    try:
        from coprod_desktop.exports.workshop_json import import_workshop_file

        assert import_workshop_file(other, path).title == "Portable"
    finally:
        other.close()
    data = workshops.load_workshop(window.controller.db, wid)
    write_workshop_file(data, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
