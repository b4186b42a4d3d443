"""A library this program may not write opens read-only (issue 11): a banner across the
window says so in words, capturing and new workshops are off, anything that still
tries is refused as "read-only" in the message bar, and exports work."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.db import library
from coprod_desktop.services import board, workshops
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.startup import start


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    """A library with one workshop, which this program may not write. As root the
    permission bits stop nothing, so ``writable`` says no for it: ``open_library`` then
    takes its read-only path for real (SQLite's mode=ro&immutable=1)."""
    path = tmp_path / "lib.db"
    db = library.open_library(path)
    w = workshops.create_workshop(db, "Caffi ŵ: what next?")
    board.capture_idea(db, w.id, "Later buses on Thursdays")
    db.close()
    real = library.writable
    monkeypatch.setattr(library, "writable", lambda p: Path(p) != path and real(p))
    return path, w.id


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, read_only: tuple[Path, int]) -> Iterator[MainWindow]:
    win = start(qapp, read_only[0], explicit=True)
    assert win is not None
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.controller.close_library()


def test_a_read_only_library_says_so_and_refuses_changes_in_words(
    qtbot: QtBot, window: MainWindow, read_only: tuple[Path, int], asked: Any, tmp_path: Path
) -> None:
    path, wid = read_only
    assert window.controller.db.read_only
    banner = window.read_only_banner
    assert banner.isVisible()
    assert banner.accessibleName() == "Read-only library"
    assert banner.title.text() == "Read-only library"  # in words, not colour alone
    assert banner.label.text().startswith(
        "lib.db is read-only: you can look and export, but not change anything."
    )
    assert "File → Open library…" in banner.label.text()
    assert banner.label.accessibleName() == banner.label.text()
    assert banner.open_button.accessibleName() == "Open another library"
    assert window.status_label.text() == "Library: lib.db (read-only)"
    assert not window.act_new_workshop.isEnabled()
    assert not window.library_page.new_button.isEnabled()
    assert [w.title for w in window.library_page.model.rows] == ["Caffi ŵ: what next?"]

    window.open_workshop(wid)
    assert window.current_page() is window.board_page
    capture = window.board_page.capture
    assert not capture.line.isEnabled() and not capture.add_button.isEnabled()
    assert "read-only" in capture.line.placeholderText()
    assert not window.board_page.act_new_theme.isEnabled()
    assert window.board_page.act_find.isEnabled()  # looking still works
    qtbot.keyClicks(capture.line, "A new idea")
    assert capture.line.text() == ""
    # Whatever still gets a capture through is refused, in words, and nothing is stored.
    capture.line.setText("A new idea")
    capture.submit()
    assert [i.text for i in board.list_ideas(window.controller.db, wid)] == [
        "Later buses on Thursdays"
    ]
    assert window.message.isVisible()
    assert "read-only" in window.message.label.text()
    assert "damaged" not in window.message.label.text()
    assert capture.line.text() == "A new idea"  # kept, as after any refusal

    out = tmp_path / "out" / "caffi"
    out.parent.mkdir()
    asked.answer("save_file", out)
    window.act_export_workshop.trigger()
    exported = json.loads((out.parent / "caffi.json").read_text(encoding="utf-8"))
    assert exported["workshop"]["title"] == "Caffi ŵ: what next?"
    assert [i["text"] for i in exported["ideas"]] == ["Later buses on Thursdays"]
    assert not any(p.name.startswith("lib.db-") for p in path.parent.iterdir())  # no -wal

    # Another library, one that can be written: the banner goes, capturing comes back.
    assert window.open_library(tmp_path / "copy.db", create=True)
    assert not banner.isVisible()
    assert window.act_new_workshop.isEnabled() and capture.line.isEnabled()
    assert "Type an idea" in capture.line.placeholderText()


def test_a_writable_library_has_no_banner(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    win = start(qapp, tmp_path / "mine.db", explicit=False)
    assert win is not None
    qtbot.addWidget(win)
    try:
        assert not win.read_only_banner.isVisible()
        assert win.act_new_workshop.isEnabled()
        assert win.board_page.capture.line.isEnabled()
    finally:
        win.close()
        win.controller.close_library()
