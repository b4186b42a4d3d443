"""Export minutes and CSV from the app, and start a follow-up workshop: every question is
answered by the test, problems are explained, and nothing half-written is left."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.services import actions, people, workshops
from coprod_desktop.ui import exports_menu
from coprod_desktop.ui.controller import Controller


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def workshop(controller: Controller) -> int:
    db = controller.db
    w = workshops.create_workshop(db, 'Bus: "what next?" ŵ/ŷ', language="cy")
    people.add_participant(db, w.id, "Aled", named_in_minutes=True)
    actions.add_action(db, w.id, "Still open", status="agreed")
    actions.add_action(db, w.id, "Finished", status="done")
    controller.open_workshop(w.id)
    return w.id


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    folders: list[Path] = []
    monkeypatch.setattr(exports_menu, "open_folder", lambda folder: folders.append(folder) or True)
    return folders


def test_export_minutes_writes_the_pdf_and_opens_the_folder(
    parent: QWidget, controller: Controller, workshop: int, asked: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, opened: list[Path],
) -> None:  # fmt: skip
    languages: list[tuple[str, bool]] = []

    def choose(_parent: Any, language: str, default: bool) -> bool:
        languages.append((language, default))
        return True

    monkeypatch.setattr(exports_menu, "choose_bilingual", choose)
    monkeypatch.setattr(exports_menu, "offer_open_folder", lambda _p, _path: True)
    asked.answer("save_file", tmp_path / "minutes")  # no suffix typed
    exports_menu.export_minutes(parent, controller)
    out = tmp_path / "minutes.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Cofnodion gweithdy cydgynhyrchu" in text and "Minutes of a co-production" in text
    assert languages == [("cy", False)]
    assert opened == [tmp_path]
    # The suggested name is safe for any file system, and the folder is remembered.
    suggested = Path(asked.calls[0][1][2])
    assert suggested.name == "Bus what next ŵ ŷ - minutes.pdf"
    asked.answer("save_file", None)
    exports_menu.export_minutes(parent, controller)
    assert Path(asked.calls[-1][1][2]).parent == tmp_path
    assert languages[-1] == ("cy", True)  # the last choice is offered first


def test_cancelling_writes_nothing(
    parent: QWidget, controller: Controller, workshop: int, asked: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(exports_menu, "_folder", lambda: out)
    monkeypatch.setattr(exports_menu, "choose_bilingual", lambda *a: None)
    exports_menu.export_minutes(parent, controller)
    assert [name for name, _ in asked.calls] == []
    monkeypatch.setattr(exports_menu, "choose_bilingual", lambda *a: False)
    exports_menu.export_minutes(parent, controller)  # save dialog cancelled
    assert [name for name, _ in asked.calls] == ["save_file"]
    assert list(out.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_explained(
    parent: QWidget, controller: Controller, workshop: int, asked: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(exports_menu, "choose_bilingual", lambda *a: False)
    asked.answer("save_file", tmp_path / "missing folder" / "minutes.pdf")
    exports_menu.export_minutes(parent, controller)
    warnings = asked.messages("warn")
    assert len(warnings) == 1
    assert "could not be saved" in warnings[0] and "missing folder" in warnings[0]
    assert "Traceback" not in warnings[0]


def test_export_needs_an_open_workshop(parent: QWidget, controller: Controller, asked: Any) -> None:
    exports_menu.export_minutes(parent, controller)
    exports_menu.export_csv(parent, controller)
    assert asked.messages("inform") == ["No workshop open Open a workshop first."] * 2


def test_export_csv_writes_a_zip(
    parent: QWidget, controller: Controller, workshop: int, asked: Any, tmp_path: Path
) -> None:
    asked.answer("save_file", tmp_path / "sheets")
    exports_menu.export_csv(parent, controller)
    with zipfile.ZipFile(tmp_path / "sheets.zip") as archive:
        assert sorted(archive.namelist()) == ["actions.csv", "ideas.csv", "votes.csv"]
    assert "sheets.zip" in asked.messages("inform")[0]


def test_new_follow_up_carries_the_open_actions_and_opens_it(
    parent: QWidget, controller: Controller, workshop: int, asked: Any
) -> None:
    asked.answer("ask_text", "  Bus: three months on  ")
    exports_menu.new_follow_up(parent, controller, workshop)
    question = asked.calls[0][1]
    assert "the 1 action still open" in question[2]
    assert question[3] == 'Follow-up: Bus: "what next?" ŵ/ŷ'
    new_id = controller.workshop_id
    assert new_id != workshop
    record = workshops.get_workshop(controller.db, new_id)
    assert record.title == "Bus: three months on"
    assert record.follow_up_of_id == workshop
    assert [a.title for a in actions.list_actions(controller.db, new_id)] == ["Still open"]
    assert [p.name for p in people.list_participants(controller.db, new_id)] == ["Aled"]


def test_new_follow_up_can_be_cancelled(
    parent: QWidget, controller: Controller, workshop: int, asked: Any
) -> None:
    before = len(workshops.list_workshops(controller.db))
    exports_menu.new_follow_up(parent, controller, workshop)  # ask_text answers None
    asked.answer("ask_text", "   ")
    exports_menu.new_follow_up(parent, controller, workshop)
    assert len(workshops.list_workshops(controller.db)) == before
    assert asked.messages("warn") == ["No follow-up made The new workshop needs a title."]
    assert controller.workshop_id == workshop
