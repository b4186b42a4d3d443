"""The names-list dialog: its preview checks groups line by line, refuses a list too long
with the reason, and loads files in any encoding a spreadsheet saves, or says why not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coprod_desktop.services import people, workshops
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.dialogs.name_list import NameListDialog
from coprod_desktop.ui.setup.page import SetupPage

GROUPS = ["Residents", "Carers", "Staff"]


def dialog(qtbot: QtBot, text: str = "", groups: list[str] | None = None) -> NameListDialog:
    d = NameListDialog(None, text, groups or [])
    qtbot.addWidget(d)
    return d


def ok(d: NameListDialog) -> Any:
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_preview_names_the_line_of_a_group_the_workshop_lacks(qtbot: QtBot) -> None:
    d = dialog(qtbot, "name;group\nAled;Staff\nJones, Mary;Carers\nMair;Carer\n", GROUPS)
    text = d.report.text()
    assert "2 names ready to add." in text
    assert 'line 4: no group called "Carer" (did you mean "Carers"?)' in text
    assert ok(d).text() == "Add 2 people"


def test_the_preview_says_which_groups_a_list_makes(qtbot: QtBot) -> None:
    d = dialog(qtbot, "Aled;Staff\nJones, Mary;Carers\n")
    assert "New groups will be made: Staff, Carers." in d.report.text()


def test_a_list_over_5000_lines_is_refused_with_the_reason(qtbot: QtBot) -> None:
    d = dialog(qtbot, "".join(f"Person {n}\n" for n in range(5001)))
    assert d.report.text() == (
        "The list has 5,001 lines; at most 5,000 names can be added at once. "
        "Split it into shorter lists."
    )
    assert not ok(d).isEnabled()


def test_loading_files(qtbot: QtBot, tmp_path: Path) -> None:
    d = dialog(qtbot)
    utf16 = tmp_path / "names.csv"
    utf16.write_bytes("Siân Roberts; Carers\nŴyn Llŷr\n".encode("utf-16"))
    d.load_file(utf16)
    assert d.text.toPlainText() == "Siân Roberts; Carers\nŴyn Llŷr\n"
    assert "2 names ready to add." in d.report.text()
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    d.load_file(picture)
    assert d.report.text().startswith("That file is not a list of names (it is not text).")
    assert d.text.toPlainText() == "Siân Roberts; Carers\nŴyn Llŷr\n"  # kept as it was


@pytest.fixture
def page(qtbot: QtBot, controller: Controller) -> SetupPage:
    w = workshops.create_workshop(controller.db, "Library hours")
    for name in GROUPS:
        people.add_group(controller.db, w.id, name)
    page = SetupPage(controller)
    qtbot.addWidget(page)
    page.show()
    controller.open_workshop(w.id)
    return page


def test_a_typing_slip_in_a_group_makes_no_new_group(
    page: SetupPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept(self: NameListDialog) -> int:
        self.text.setPlainText("Aled;Staff\nJones, Mary;carers\nMair;Carer\n")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NameListDialog, "exec", accept)
    page.participants.list_button.click()
    db, wid = controller.db, controller.workshop_id
    groups = {g.id: g.name for g in people.list_groups(db, wid)}
    assert list(groups.values()) == GROUPS
    assert [(p.name, groups[p.group_id]) for p in people.list_participants(db, wid)] == [
        ("Aled", "Staff"),
        ("Jones, Mary", "Carers"),
    ]
