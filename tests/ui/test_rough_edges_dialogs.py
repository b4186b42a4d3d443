"""Pop-ups that fit (issue 12): the due-date calendar shows its month and year and every
week, Alt+Down opens the status list, drop-downs show a dozen entries, and the F1 list of
keys fits a 768-pixel screen with its OK button on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.services import actions, workshops
from coprod_desktop.ui import style
from coprod_desktop.ui.actions.delegates import DueEdit
from coprod_desktop.ui.actions.model import STATUS
from coprod_desktop.ui.actions.page import ActionsPage
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.dialogs import long_message
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.shared_screen.manager import SharedScreen

# A pop-up under the offscreen platform cannot raise itself or grab the keyboard: harmless.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)"),
]


@pytest.fixture
def window(bilingual_window: MainWindow) -> MainWindow:
    return bilingual_window


def ink(image: QImage) -> int:
    """Pixels that stand out from the image's corner colour (the words drawn on it)."""
    ground = image.pixelColor(2, 2)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if abs(image.pixelColor(x, y).lightness() - ground.lightness()) > 90
    )


def open_calendar(qtbot: QtBot, edit: DueEdit) -> QWidget:
    edit.setFocus()
    arrow = QPoint(edit.width() - 8, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    return calendar


# At 150 %, about 5 s (setup, call and teardown): `make test-all` only.
@pytest.mark.parametrize("scale", [1.0, pytest.param(1.5, marks=pytest.mark.slow)])
def test_the_due_date_calendar_shows_month_year_and_every_week(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, scale: float
) -> None:
    if scale != 1.0:
        window.scale_text(scale - 1.0)
    host = QWidget(window)
    edit = DueEdit(host)
    edit.setDate(QDate(2027, 1, 31))
    host.resize(400, 60)
    edit.resize(220, edit.sizeHint().height())
    host.show()
    calendar = open_calendar(qtbot, edit)
    try:
        month = calendar.findChild(QWidget, "qt_calendar_monthbutton")
        year = calendar.findChild(QWidget, "qt_calendar_yearbutton")
        assert month.isVisible() and year.isVisible()
        assert year.text() == "2027" and month.text()
        for button in (month, year):
            assert ink(button.grab().toImage()) > 40, button.text()  # words drawn, not blank
        view = calendar.findChild(QAbstractItemView, "qt_calendar_calendarview")
        assert view.verticalHeader().length() <= view.viewport().height()  # 6 weeks whole
        assert all(
            view.rowHeight(r) >= view.fontMetrics().height() for r in range(view.model().rowCount())
        )
        popup = calendar.window()
        screen = popup.screen().availableGeometry()
        assert screen.contains(popup.geometry())
    finally:
        calendar.window().hide()
        host.deleteLater()


@pytest.fixture
def actions_page(qtbot: QtBot, controller: Controller) -> ActionsPage:
    w = workshops.create_workshop(controller.db, "Actions")
    controller.open_workshop(w.id)
    for title in ("Ring the bus company", "Ask about Sundays"):
        actions.add_action(controller.db, w.id, title)
    page = ActionsPage(controller, SharedScreen(controller))
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    controller.open_workshop(w.id)
    return page


def test_alt_down_in_the_status_list_opens_it(
    qtbot: QtBot, actions_page: ActionsPage, controller: Controller
) -> None:
    order = [a.title for a in actions.list_actions(controller.db, controller.workshop_id)]
    index = actions_page.proxy.index(0, STATUS)
    actions_page.table.setCurrentIndex(index)
    actions_page.table.edit(index)
    editor = actions_page.table.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.view().isVisible, timeout=2000)
    assert [a.title for a in actions.list_actions(controller.db, controller.workshop_id)] == order
    editor.hidePopup()
    # Out of the list, Alt+Down still moves the action.
    actions_page.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    actions_page.table.setFocus()
    actions_page.table.setCurrentIndex(actions_page.proxy.index(0, 0))
    qtbot.keyClick(actions_page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [a.title for a in actions.list_actions(controller.db, controller.workshop_id)]
    assert moved == list(reversed(order))


def test_drop_downs_show_a_dozen_entries(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    board = win.board_page
    win.show_page([p for p, *_ in win.pages].index(board))
    combos = [c for c in win.findChildren(QComboBox)]
    assert combos and all(c.maxVisibleItems() >= 12 for c in combos if c.isVisible())
    who = next(c for c in board.findChildren(QComboBox) if c.isVisible() and c.count() > 12)
    for current in (0, who.count() - 1):
        who.setCurrentIndex(current)
        who.showPopup()
        view = who.view()
        qtbot.waitUntil(view.isVisible, timeout=2000)
        rows = view.viewport().height() / view.sizeHintForRow(0)
        assert rows >= 11.5, rows
        popup = view.window()
        assert popup.screen().availableGeometry().contains(popup.geometry())
        who.hidePopup()


def test_a_drop_down_near_the_foot_of_the_screen_is_not_squeezed(
    qtbot: QtBot, qapp: QApplication
) -> None:
    style.apply_theme(qapp, style.LIGHT, 1.0)
    host = QWidget()
    qtbot.addWidget(host)
    screen = host.screen().availableGeometry()
    host.setGeometry(QRect(screen.x() + 20, screen.bottom() - 90, 400, 60))
    box = QComboBox(host)
    box.addItems([f"Person {n}" for n in range(20)])
    box.move(10, 10)
    host.show()
    qtbot.waitExposed(host)
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    assert view.viewport().height() / view.sizeHintForRow(0) >= 11.5
    box.hidePopup()


# At 150 %, about 8 s (setup, call and teardown): `make test-all` only.
@pytest.mark.parametrize("scale", [1.0, pytest.param(1.5, marks=pytest.mark.slow)])
def test_the_keyboard_shortcuts_fit_the_screen_with_ok_on_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, scale: float
) -> None:
    if scale != 1.0:
        window.scale_text(scale - 1.0)
    shown: list[long_message.LongMessage] = []

    def show_instead(dialog: long_message.LongMessage) -> int:
        dialog.show()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(long_message.LongMessage, "exec", show_instead)

    def message_box(*args: object) -> None:
        raise AssertionError("the keys went into a message box taller than the screen")

    monkeypatch.setattr(QMessageBox, "information", staticmethod(message_box))
    window.show_shortcuts()
    (dialog,) = shown
    try:
        qtbot.waitExposed(dialog)
        assert dialog.height() <= 768 - 60  # a title bar and a taskbar's room left
        ok = dialog.ok_button
        assert ok.isVisible()
        rect = QRect(ok.mapTo(dialog, QPoint(0, 0)), ok.size())
        assert dialog.rect().contains(rect)
        assert "F1" in dialog.text.text() and "F12" in dialog.text.text()
        assert dialog.area.verticalScrollBar().maximum() > 0  # the list scrolls inside
        assert dialog.area.horizontalScrollBar().maximum() == 0
    finally:
        dialog.close()
