"""Choosing as an action's owner a participant who has not agreed to be named in the
minutes: the actions page says so at once, and the minutes indeed do not name them."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from coprod_desktop.exports.minutes_pdf import minutes_bytes
from coprod_desktop.services import actions, people, workshops
from coprod_desktop.services.workshops import load_workshop
from coprod_desktop.ui.actions.delegates import ActionDelegate
from coprod_desktop.ui.actions.model import OWNER, TITLE
from coprod_desktop.ui.actions.page import ActionsPage
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.shared_screen.manager import SharedScreen

pytestmark = pytest.mark.gui

NOTE = "Aled Ŵynne has not agreed to be named in the minutes: the minutes will say “a participant”."


@pytest.fixture
def workshop(controller: Controller) -> dict[str, Any]:
    db = controller.db
    w = workshops.create_workshop(db, "Owner consent")
    residents = people.add_group(db, w.id, "Residents").id
    aled = people.add_participant(db, w.id, "Aled Ŵynne", group_id=residents).id  # no consent
    gwen = people.add_participant(db, w.id, "Gwen", group_id=residents, named_in_minutes=True).id
    actions.add_action(db, w.id, "Ring the bus company")
    controller.open_workshop(w.id)
    return {"id": w.id, "aled": aled, "gwen": gwen}


@pytest.fixture
def page(qtbot: QtBot, controller: Controller, workshop: dict[str, Any]) -> ActionsPage:
    widget = ActionsPage(controller, SharedScreen(controller))
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def choose_owner(page: ActionsPage, pick: int | str) -> QComboBox:
    """Open the owner cell's editor, pick a participant (by row) or type a name, commit."""
    index = page.proxy.index(0, OWNER)
    page.table.setCurrentIndex(index)
    delegate = page.table.itemDelegate()
    assert isinstance(delegate, ActionDelegate)
    box = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(box, QComboBox)
    delegate.setEditorData(box, index)
    if isinstance(pick, int):
        box.setCurrentIndex(pick)
    else:
        box.setEditText(pick)
    delegate.setModelData(box, page.proxy, index)
    return box


def test_choosing_an_owner_without_consent_says_the_minutes_will_not_name_them(
    page: ActionsPage, controller: Controller, workshop: dict[str, Any], qtbot: QtBot
) -> None:
    assert not page.consent_note.isVisible()
    box = choose_owner(page, 1)  # Aled
    assert actions.list_actions(controller.db, workshop["id"])[0].owner_id == workshop["aled"]
    qtbot.waitUntil(page.consent_note.isVisible)
    assert page.consent_note.text() == NOTE
    # The list of people says it too, before anyone is chosen.
    tip = box.itemData(1, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Not named in the minutes: no consent recorded"
    assert box.itemData(2, Qt.ItemDataRole.ToolTipRole) is None  # Gwen agreed

    # The minutes indeed say "a participant", never the name.
    pdf = PdfReader(io.BytesIO(minutes_bytes(load_workshop(controller.db, workshop["id"]))))
    flat = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "A participant (Residents)" in flat
    assert "Aled" not in flat and "Ŵynne" not in flat

    choose_owner(page, 2)  # Gwen agreed: nothing to say
    qtbot.waitUntil(lambda: not page.consent_note.isVisible())
    choose_owner(page, 1)
    qtbot.waitUntil(page.consent_note.isVisible)
    choose_owner(page, "Housing team")  # a free-text owner is not a participant
    qtbot.waitUntil(lambda: not page.consent_note.isVisible())


def test_the_note_follows_the_chosen_row_and_undo(
    page: ActionsPage, controller: Controller, workshop: dict[str, Any], qtbot: QtBot
) -> None:
    actions.add_action(controller.db, workshop["id"], "Book the hall", owner_id=workshop["aled"])
    page.model.reload()
    page.table.setCurrentIndex(page.proxy.index(0, TITLE))  # no owner
    assert not page.consent_note.isVisible()
    page.table.setCurrentIndex(page.proxy.index(1, TITLE))  # Aled owns it
    assert page.consent_note.isVisible() and page.consent_note.text() == NOTE
    page.table.setCurrentIndex(page.proxy.index(0, TITLE))
    choose_owner(page, 1)
    qtbot.waitUntil(page.consent_note.isVisible)
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: not page.consent_note.isVisible())
