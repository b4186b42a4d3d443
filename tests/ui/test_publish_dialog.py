"""File → Publish to the organisation's archive…: the dialog warns before it publishes,
publishes without holding up the window, says the result in a sentence, remembers the
archive without its password, and is worked from the keyboard."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from postgres_server import PASSWORD, PASSWORD_USER
from PySide6.QtCore import QSettings, Qt

from coprod_desktop.db.credentials import set_password_prompt
from coprod_desktop.db.library import open_library
from coprod_desktop.services import people, voting, workshops
from coprod_desktop.ui.dialogs import publish
from coprod_desktop.ui.dialogs.publish import PublishDialog


@pytest.fixture
def running(controller, room):
    """The small room (Bethan has not agreed to be named) with a round still open."""
    ideas = [i.id for i in room.ideas]
    running = voting.create_round(controller.db, room.id, "Which first?", items=ideas)
    voting.open_round(controller.db, running.id)
    controller.open_workshop(room.id)
    return room


@pytest.fixture
def archive(tmp_path: Path, _empty_library: Path) -> Path:
    path = tmp_path / "archive.db"
    shutil.copyfile(_empty_library, path)
    return path


def archived_titles(path: Path) -> list[str]:
    database = open_library(path, create=False)
    try:
        return [w.title for w in workshops.list_workshops(database)]
    finally:
        database.close()


def test_it_warns_first_then_publishes_and_says_so(qtbot, asked, controller, running, archive):
    dialog = PublishDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/publish-dialog-before.png")
    assert dialog.notice.text() == (
        "Before you publish:\n"
        "• The round “Which first?” is still open, so it is left out.\n"
        "• One participant has not agreed to be named and is published as "
        "“Participant 2 (Residents)”."
    )
    assert not dialog.publish_button.isEnabled()  # no archive given yet
    assert archived_titles(archive) == []  # nothing is written before Publish

    dialog.archive.setFocus()
    qtbot.keyClicks(dialog.archive, str(archive.parent) + "/")
    asked.answer("open_file", archive)  # Choose file… fills the box in
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.archive.text() == str(archive)
    assert asked.calls[0][1][2] == str(archive.parent)  # it opened where the box pointed
    dialog.archive.setFocus()
    qtbot.keyClick(dialog.archive, Qt.Key.Key_Return)  # Publish is the default button
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=30_000)

    assert dialog.outcome.text() == "“Library hours” is published: it is workshop 1 in the archive."
    assert dialog.published is not None and dialog.published.archive_id == 1
    assert archived_titles(archive) == ["Library hours"]
    assert QSettings().value("archive/last") == str(archive)
    dialog.grab().save("/tmp/publish-dialog-after.png")

    workshops.update_workshop(controller.db, running.id, title="Library hours (revised)")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)  # "Publish again"
    qtbot.waitUntil(lambda: dialog.busy.isHidden() and "updated" in dialog.outcome.text())
    assert dialog.outcome.text() == (
        "“Library hours” is published: the archive's copy (workshop 1) was updated."
    )
    assert archived_titles(archive) == ["Library hours (revised)"]

    again = PublishDialog(controller)  # the archive is offered next time
    qtbot.addWidget(again)
    assert again.archive.text() == str(archive) and again.publish_button.isEnabled()


def test_a_refusal_is_one_sentence_and_the_archive_is_untouched(
    qtbot, controller, running, tmp_path
):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a library\n")
    dialog = PublishDialog(controller)
    qtbot.addWidget(dialog)
    dialog.archive.setText(str(notes))
    dialog.publish()
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=30_000)
    assert dialog.outcome.text() == (
        "Not published: notes.txt is not a workshop library (it is not a database file). "
        "Nothing was changed in the archive."
    )
    assert notes.read_text() == "not a library\n" and dialog.published is None
    assert QSettings().value("archive/last") is None  # only an archive that worked


def test_a_server_archive_is_remembered_without_its_password(
    qtbot, controller, running, postgres_server
):
    people.update_participant(controller.db, running.people[1].id, named_in_minutes=True)
    name = postgres_server.create_database(owner=PASSWORD_USER)
    dialog = PublishDialog(controller)
    qtbot.addWidget(dialog)
    dialog.archive.setText(postgres_server.tcp_url(name, user=PASSWORD_USER, password=PASSWORD))
    dialog.publish()
    assert not dialog.busy.isHidden() and not dialog.publish_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=60_000)
    assert dialog.outcome.text().endswith("it is workshop 1 in the archive."), dialog.outcome.text()
    remembered = QSettings().value("archive/last")
    assert remembered == f"postgresql://{PASSWORD_USER}@127.0.0.1:{postgres_server.port}/{name}"
    assert PASSWORD not in Path(QSettings().fileName()).read_text()
    postgres_server.drop_database(name)


def test_the_menu_entry_needs_an_open_workshop(qtbot, monkeypatch, demo_window):
    opened: list[int] = []
    monkeypatch.setattr(PublishDialog, "exec", lambda self: opened.append(self.workshop_id))
    assert demo_window.act_publish.isEnabled()
    demo_window.act_publish.trigger()
    assert opened == [demo_window.controller.workshop_id]
    demo_window.open_workshop(0)
    assert not demo_window.act_publish.isEnabled()
    assert publish.run(demo_window, demo_window.controller) is None and len(opened) == 1


def test_a_password_the_server_asks_for_is_asked_in_the_window_s_thread(
    qtbot, controller, running, postgres_server
):
    name = postgres_server.create_database(owner=PASSWORD_USER)
    threads: list[str] = []

    def prompt(where: str, user: str) -> str | None:
        threads.append(threading.current_thread().name)
        assert PASSWORD not in where and user == PASSWORD_USER
        return PASSWORD

    before = set_password_prompt(prompt)
    try:
        dialog = PublishDialog(controller)
        qtbot.addWidget(dialog)
        dialog.archive.setText(postgres_server.tcp_url(name, user=PASSWORD_USER))
        dialog.publish()
        qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=60_000)
    finally:
        set_password_prompt(before)
    assert dialog.outcome.text().endswith("it is workshop 1 in the archive."), dialog.outcome.text()
    assert threads == [threading.main_thread().name]
    postgres_server.drop_database(name)
