"""The app on the organisation's archive (a PostgreSQL library on the tests' server):
opened from the command line or File → Open the organisation's archive…, a password
asked in a dialog and kept nowhere, refusals said in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from postgres_server import PASSWORD, PASSWORD_USER
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.db.library import open_library
from coprod_desktop.services import workshops
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


@pytest.fixture
def archive_url(postgres_database: str) -> str:
    db = open_library(postgres_database)
    workshops.create_workshop(db, "Published: day centre")
    db.close()
    return postgres_database


def test_the_archive_opens_from_the_file_menu_and_is_remembered_by_its_address(
    window: MainWindow, asked: Any, archive_url: str, tmp_path: Path
) -> None:
    asked.answer("ask_text", archive_url)
    window.choose_archive()
    assert window.controller.db.is_server
    assert [w.title for w in workshops.list_workshops(window.controller.db)] == [
        "Published: day centre"
    ]
    assert window.controller.db.name in window.status_label.text()
    assert settings.recent_libraries()[0] == window.controller.db.shown  # no password
    assert settings.last_library() != window.controller.db.shown  # not reopened unasked
    shown = window.controller.db.shown
    assert window.open_library(tmp_path / "other.db", create=True)
    window._fill_recent()
    again = [a for a in window.recent_menu.actions() if a.text() == shown]
    again[0].trigger()
    assert window.controller.db.is_server and window.controller.db.shown == shown


def test_a_wrong_address_is_said_and_the_library_stays_open(window: MainWindow, asked: Any) -> None:
    before = window.controller.library_path
    assert window.open_library("postgresql://someone:pw@host:notaport/db") is False
    assert "is not a library address" in asked.messages("warn")[0]
    assert "pw@" not in asked.messages("warn")[0]
    assert window.controller.library_path == before


def test_the_password_is_asked_in_a_dialog_and_kept_nowhere(
    window: MainWindow,
    asked: Any,
    postgres_server: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    name = postgres_server.create_database(owner=PASSWORD_USER)
    prompts: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        prompts.append(args[2])
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    try:
        assert window.open_library(postgres_server.tcp_url(name, user=PASSWORD_USER))
        assert window.controller.db.is_server
        assert PASSWORD_USER in prompts[0] and PASSWORD not in prompts[0]
        assert settings.recent_libraries()[0] == window.controller.db.shown
        QSettings().sync()
        stored = "".join(
            path.read_text(errors="replace")
            for path in Path(QSettings().fileName()).parent.rglob("*")
            if path.is_file()
        )
        assert PASSWORD not in stored
    finally:
        window.controller.close_library()
        postgres_server.drop_database(name)


def test_the_app_starts_on_the_archive_named_on_the_command_line(
    qtbot: QtBot, qapp: QApplication, archive_url: str
) -> None:
    win = start(qapp, archive_url, explicit=True)
    assert win is not None
    qtbot.addWidget(win)
    try:
        assert win.controller.db.is_server
        assert win.controller.db.shown.startswith("postgresql://postgres@")
    finally:
        win.close()
        win.controller.close_library()


def test_a_workshop_of_the_archive_opens_with_its_title_and_the_page_names_the_archive(
    window: MainWindow, asked: Any, archive_url: str
) -> None:
    assert window.open_library(archive_url)
    db = window.controller.db
    workshop = workshops.list_workshops(db)[0]
    window.open_workshop(workshop.id)
    assert window.workshop_label.text() == "Published: day centre"
    window.library_page.refresh()
    assert db.shown in window.library_page.where.text()
    assert "None" not in window.library_page.where.text()
