"""The "Actions across workshops" page: every action of the library, overdue first and
marked in words; filters; rereading when actions change; another library read without
being opened; Enter opening the workshop; the CSV of what is shown."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from register_workshops import EXPECTED_ORDER, TODAY, Register, make_register

from coprod_desktop.db.library import open_library
from coprod_desktop.services import action_register, actions, workshops
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.register.model import DUE, OWNER, STATUS, TITLE, WORKSHOP
from coprod_desktop.ui.register.page import RegisterPage
from coprod_desktop.ui.startup import start


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(action_register, "this_day", lambda: TODAY)


@pytest.fixture
def register(controller: Controller) -> Register:
    return make_register(controller.db)


@pytest.fixture
def page(qtbot: QtBot, controller: Controller, register: Register) -> RegisterPage:
    widget = RegisterPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(EXPECTED_ORDER))
    return widget


def shown(page: RegisterPage, column: int = TITLE) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_every_action_overdue_first_marked_in_words(page: RegisterPage) -> None:
    assert shown(page) == EXPECTED_ORDER
    assert shown(page, DUE)[:4] == [
        "Overdue: 1 Nov 2026", "Overdue: 30 Nov 2026", "Overdue: 7 Dec 2026", "1 Jun 2026",
    ]  # fmt: skip
    assert shown(page, DUE)[-1] == "No date"
    first = page.proxy.index(0, DUE)
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon, not colour alone
    assert page.proxy.index(3, DUE).data(Qt.ItemDataRole.DecorationRole) is None
    title = page.proxy.index(0, TITLE).data(Qt.ItemDataRole.AccessibleTextRole)
    assert title == "Ask the council about Sunday buses, overdue"
    assert shown(page, STATUS)[:3] == ["Agreed", "Agreed", "Proposed"]
    assert shown(page, OWNER)[6:] == ["A participant (Residents)", "A participant"]
    assert shown(page, WORKSHOP)[0] == "Library hours (10 Sep 2026)"
    assert page.count.text() == "Showing 8 of 8; overdue: 3"


def test_the_chosen_row_lists_what_it_answers(page: RegisterPage) -> None:
    assert page.details.text() == (
        "Ask the council about Sunday buses\nWorkshop: Library hours (10 Sep 2026)\n"
        "Ideas it answers:\n  • Later buses\n  • Open on Sundays\nThemes it answers: Transport"
    )
    page.table.setCurrentIndex(page.proxy.index(5, TITLE))
    assert page.details.text() == (
        "Members plan the menu\nWorkshop: Day centre: what next? (20 Oct 2026)\n"
        "It is not linked to any idea or theme.\nNotes: Start in January"
    )


def test_filters(qtbot: QtBot, page: RegisterPage) -> None:
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    assert shown(page) == [EXPECTED_ORDER[n] for n in (0, 1, 2, 5, 6, 7)]
    page.overdue_only.setChecked(True)
    assert shown(page) == EXPECTED_ORDER[:3]
    assert page.count.text() == "Showing 3 of 8; overdue: 3"
    page.overdue_only.setChecked(False)
    page.status_filter.setCurrentIndex(0)
    page.organisation_filter.setCurrentIndex(page.organisation_filter.findText("Bro Morgannwg"))
    assert shown(page) == ["Plant trees along the ŵyr path"]
    page.organisation_filter.setCurrentIndex(0)
    assert [page.organisation_filter.itemText(n) for n in range(3)] == [
        "Any organisation", "Bro Morgannwg", "Cardiff Council",
    ]  # fmt: skip
    # The owner: typed words, in any case, or one chosen from the list.
    page.owner_filter.setEditText("TEAM")
    assert shown(page) == ["Minibus text alerts", "Fix the lift"]
    page.owner_filter.setEditText("Bethan")  # not named: their name finds nothing
    assert shown(page) == [] and page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.text() == "No actions match these filters."
    assert not page.export_button.isEnabled()
    page.owner_filter.setCurrentIndex(page.owner_filter.findText("A participant (Residents)"))
    assert shown(page) == ["Trial Sunday opening"]


def test_the_page_follows_changes_announced_by_the_controller(
    qtbot: QtBot, page: RegisterPage, controller: Controller, register: Register
) -> None:
    controller.call(
        actions.add_action, register.park, "Mend the bandstand", owner_name="Parks",
        due=date(2026, 12, 1), status="agreed",
    )  # fmt: skip
    qtbot.waitUntil(lambda: len(shown(page)) == 9)
    assert shown(page)[2] == "Mend the bandstand"  # overdue, due between the other two
    controller.call(actions.update_action, register.actions["Minibus text alerts"], status="done")
    qtbot.waitUntil(lambda: "Minibus text alerts" not in shown(page)[:3])
    # While the page is hidden it waits, and reads again when shown.
    page.hide()
    controller.call(workshops.update_workshop, register.park, title="Roath Park")
    assert "Roath Park (5 Nov 2026)" not in shown(page, WORKSHOP)
    page.show()
    qtbot.waitUntil(lambda: "Roath Park (5 Nov 2026)" in shown(page, WORKSHOP))


def test_enter_opens_the_workshop_of_the_chosen_action(
    qtbot: QtBot, page: RegisterPage, register: Register
) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(1, TITLE))
    with qtbot.waitSignal(page.workshop_chosen) as chosen:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert chosen.args == [register.park]
    with qtbot.waitSignal(page.workshop_chosen) as chosen:
        page.open_button.click()
    assert chosen.args == [register.park]


def test_another_library_is_read_and_the_open_one_comes_back(
    qtbot: QtBot, page: RegisterPage, asked, tmp_path: Path, _empty_library: Path
) -> None:
    other = tmp_path / "archive.db"
    shutil.copyfile(_empty_library, other)
    db = open_library(other)
    wid = workshops.create_workshop(db, "Elsewhere", organisation="Powys").id
    actions.add_action(db, wid, "Only in the archive", owner_name="Roads", due=date(2026, 1, 5),
                       status="agreed")  # fmt: skip
    db.close()
    asked.answer("open_file", other)
    page.read_file_button.click()
    assert shown(page) == ["Only in the archive"]
    assert page.source.text() == "Reading archive.db, not the open library: look and export only."
    assert page.back_button.isVisible() and not page.open_button.isEnabled()
    # Enter cannot open a workshop of another library: it says what to do instead.
    with qtbot.waitSignal(page.status) as said:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert said.args[0].startswith("“Elsewhere” is in archive.db, not the open library")
    page.back_button.click()
    assert shown(page) == EXPECTED_ORDER and not page.back_button.isVisible()
    assert page.source.text() == "Reading the open library, library.db."


def test_a_bad_library_is_one_line_and_the_list_stays(
    page: RegisterPage, asked, tmp_path: Path
) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a library", encoding="utf-8")
    asked.answer("open_file", text)
    page.read_file_button.click()
    assert page.message.isVisible()
    assert page.message.text() == "notes.db is not a workshop library (it is not a database file)."
    assert text.read_text(encoding="utf-8") == "not a library"  # untouched
    assert shown(page) == EXPECTED_ORDER and page.reading_open_library
    missing = tmp_path / "typo.db"
    asked.answer("open_file", missing)
    page.read_file_button.click()
    assert page.message.text() == f"There is no library at {missing}. Check the path."
    assert not missing.exists()
    page.address.setText("postgresq://archivist:s3cret@archive.example.org/actions")
    page.read_address_button.click()
    assert page.message.text().startswith("That is not an archive's address: it starts with")
    assert "s3cret" not in page.message.text()  # what was typed may hold a password


def test_export_csv_writes_the_actions_shown(page: RegisterPage, asked, tmp_path: Path) -> None:
    page.overdue_only.setChecked(True)
    asked.answer("save_file", tmp_path / "late")
    page.export_button.click()
    written = tmp_path / "late.csv"
    rows = list(csv.reader(io.StringIO(written.read_text("utf-8-sig"), newline="")))
    assert [r[1] for r in rows[1:]] == EXPECTED_ORDER[:3]
    assert rows[1][:5] == [
        "Yes",
        "Ask the council about Sunday buses",
        "Agreed",
        "2026-11-01",
        "Aled",
    ]


def test_keyboard_and_names(page: RegisterPage) -> None:
    page.focus_first()
    assert page.table.hasFocus()
    assert page.table.accessibleName() == "Actions across workshops"
    for control in (page.status_filter, page.owner_filter, page.organisation_filter,
                    page.overdue_only, page.address, page.read_file_button,
                    page.export_button, page.open_button):  # fmt: skip
        assert control.accessibleName(), control
    assert page.details.accessibleName() == "The chosen action"


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1366, 768)
    yield win
    win.close()
    win.controller.close_library()


def test_in_the_window_without_a_workshop_open_and_opening_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    register = make_register(window.controller.db)
    assert window.controller.workshop_id == 0
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.register_page
    assert window.current_page() is page
    qtbot.waitUntil(lambda: len(shown(page)) == len(EXPECTED_ORDER))
    page.table.setCurrentIndex(page.proxy.index(2, TITLE))  # Minibus text alerts
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.controller.workshop_id == register.day_centre
    assert window.current_page() is window.actions_page
    assert window.nav.item(6).flags() & Qt.ItemFlag.ItemIsEnabled


def test_the_organisations_archive_on_postgresql(
    qtbot: QtBot, page: RegisterPage, postgres_database: str
) -> None:
    """Read the archive from its address: its actions, with the open library kept."""
    archive = open_library(postgres_database)
    make_register(archive)
    wid = workshops.create_workshop(archive, "Only in the archive", organisation="Powys").id
    actions.add_action(archive, wid, "Archive action", owner_name="Roads", due=date(2026, 12, 1))
    archive.close()
    page.address.setText(postgres_database)
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    assert len(shown(page)) == len(EXPECTED_ORDER) + 1
    assert shown(page)[:4] == [*EXPECTED_ORDER[:2], "Archive action", EXPECTED_ORDER[2]]
    database = postgres_database.split("?")[0].rsplit("/", 1)[1]
    assert page.source.text().startswith(f"Reading {database} on ")
    assert page.other is not None and page.other.is_server
    page.back_button.click()
    assert shown(page) == EXPECTED_ORDER and page.other is None


def test_typed_owner_words_are_not_completed(qtbot: QtBot, page: RegisterPage) -> None:
    page.owner_filter.setFocus()
    qtbot.keyClicks(page.owner_filter.lineEdit(), "Pa")
    assert page.owner_filter.currentText() == "Pa"
    assert shown(page) == ["Plant trees along the ŵyr path", "Trial Sunday opening",
                           "Survey for a quiet room"]  # fmt: skip
