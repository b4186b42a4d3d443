"""The main window: pages from the keyboard, shortcuts shown in menus, an accessible
name on every control, themes and text size, refused actions explained."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.services import board
from coprod_desktop.services.demo import create_demo_workshop
from coprod_desktop.ui import style
from coprod_desktop.ui.library import settings
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.startup import start


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None
    qtbot.addWidget(win)
    demo = win.controller.call(create_demo_workshop)
    assert demo is not None
    win.open_workshop(demo.id)
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.controller.close_library()
    style.apply_theme(qapp, style.LIGHT, 1.0)


def test_ctrl_numbers_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    expected = [
        window.library_page, window.setup_page, window.board_page, window.agenda_page,
        window.voting_page, window.actions_page, window.register_page,
    ]  # fmt: skip
    for n, page in enumerate(expected, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page


def test_pages_need_an_open_workshop(window: MainWindow) -> None:
    window.controller.open_workshop(0)
    assert window.current_page() is window.library_page
    window.page_actions[2].trigger()
    assert window.current_page() is window.library_page
    assert not window.nav.item(2).flags() & Qt.ItemFlag.ItemIsEnabled


def test_the_demo_opens_on_a_readable_board(window: MainWindow) -> None:
    assert window.current_page() is window.board_page
    page = window.board_page
    assert len(page.scene.notes) == len(
        board.list_ideas(window.controller.db, window.controller.workshop_id)
    )
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert visible.contains(page.scene.board_rect())
    assert "44 ideas" in page.summary.text()


def _controls(root: QWidget) -> list[QWidget]:
    kinds = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractItemView,
        QPlainTextEdit,
        QAbstractSpinBox,
    )
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds)]


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    mine = [
        window.library_page,
        window.setup_page,
        window.board_page,
        window.agenda_page,
        window.register_page,
        window.nav,
    ]
    missing = []
    for root in mine:
        for control in _controls(root):
            if type(control).__module__.startswith("coprod_desktop.ui.notes"):
                continue  # the notes panel belongs to another part of the app
            if control.parent() is not None and type(control.parent()).__name__ == "QScrollBar":
                continue
            name = control.accessibleName()
            if not name and isinstance(control, QAbstractButton):
                name = control.text()
            if not name and _is_internal(control):
                continue
            if not name:
                missing.append(
                    f"{type(control).__name__} {control.objectName()!r} under "
                    f"{type(control.parent()).__name__} in {type(root).__name__}"
                )
    assert missing == [], "\n".join(missing)


def _is_internal(control: QWidget) -> bool:
    """Parts Qt builds inside our controls, which it names itself: the editor of a spin
    box or combo box, a line edit's clear button, table headers and corner buttons, a
    combo box's pop-up list."""
    parent = control.parent()
    return (
        isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit))
        or isinstance(control, QHeaderView)
        or control.objectName().startswith("qt_")
        or (parent is not None and isinstance(parent.parent(), QComboBox))
    )


def test_menus_show_the_shortcuts(window: MainWindow) -> None:
    shortcuts: dict[str, str] = {}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            if keys:
                shortcuts[action.text().replace("&", "")] = keys
    for name, keys in {
        "Undo": "Ctrl+Z",
        "Capture an idea": "Ctrl+L",
        "Edit idea": "F2",
        "Merge ideas": "Ctrl+M",
        "Zoom in": "Ctrl++",
        "Fit to window": "Ctrl+0",
        "Arrange by theme": "Ctrl+Shift+A",
        "Next stage": "Ctrl+Shift+N",
        "Add a minute": "Ctrl+Shift+M",
        "Board": "Ctrl+3",
        "Larger text": "Ctrl+Alt+=",
    }.items():
        assert shortcuts.get(name) == keys, name
    # No two actions of the window answer the same keys.
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.act_undo)):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue  # a list's own Delete only acts while that list has focus
        for seq in action.shortcuts():
            key = seq.toString()
            assert key not in seen or seen[key] == action.text(), (
                key,
                seen.get(key),
                action.text(),
            )
            seen[key] = action.text()


def test_keyboard_only_capture_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    before = len(board.list_ideas(window.controller.db, window.controller.workshop_id))
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    line = window.board_page.capture.line
    assert line.hasFocus()
    qtbot.keyClicks(line, "#Transport Minibus at 10")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert len(board.list_ideas(window.controller.db, window.controller.workshop_id)) == before + 1
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # empty line: app undo
    assert len(board.list_ideas(window.controller.db, window.controller.workshop_id)) == before
    qtbot.keyClicks(line, "typing")
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the line's own undo
    assert len(board.list_ideas(window.controller.db, window.controller.workshop_id)) == before
    assert window.controller.undo_stack.canRedo()


def test_refusals_show_in_the_message_bar(window: MainWindow) -> None:
    window.controller.error.emit("That idea is on the open vote; close it first.")
    assert window.message.isVisibleTo(window)
    assert window.message.label.text() == "That idea is on the open vote; close it first."


@pytest.mark.slow  # about 36 s (call and teardown): restyling the whole window twice
def test_high_contrast_theme_and_text_size_are_remembered(
    window: MainWindow, qapp: QApplication
) -> None:
    window.theme_actions[style.HIGH_CONTRAST].trigger()
    assert style.current_theme() == style.HIGH_CONTRAST
    assert settings.theme(style.LIGHT) == style.HIGH_CONTRAST
    assert style.board_colours().background.name() == "#000000"
    assert window.board_page.scene.backgroundBrush().color().name() == "#000000"
    size = qapp.font().pointSizeF()
    window.scale_text(0.2)
    assert qapp.font().pointSizeF() == pytest.approx(size * 1.2)
    assert settings.text_scale() == pytest.approx(1.2)
    window.scale_text(0)
    assert qapp.font().pointSizeF() == pytest.approx(style.BASE_POINT_SIZE)
    window.grab()  # everything paints in high contrast


def test_the_window_title_names_the_workshop(window: MainWindow) -> None:
    assert window.windowTitle().startswith("Oakfield Day Centre: what next?")
    assert window.workshop_label.text() == "Oakfield Day Centre: what next?"


def test_the_app_shows_its_frame_before_opening_the_library(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    win = start(qapp, tmp_path / "early.db", explicit=False, early=True)
    assert win is not None
    qtbot.addWidget(win)
    try:
        assert win.isVisible() and not win.built
        assert not win.controller.has_library
        with qtbot.waitSignal(win.ready, timeout=10_000):
            pass
        assert win.built and win.controller.library_path == tmp_path / "early.db"
        assert win.current_page() is win.library_page
    finally:
        win.close()
        win.controller.close_library()


def test_the_library_is_listed_before_the_data_layer_loads(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """What the facilitator waits for at start-up: their workshops on screen, read with
    sqlite3 while SQLAlchemy and the pages load behind (their turn comes after)."""
    from PySide6.QtWidgets import QTableView

    from coprod_desktop.db.library import open_library
    from coprod_desktop.services import workshops

    path = tmp_path / "listed.db"
    db = open_library(path)
    workshops.create_workshop(db, "Listed at once ŵ")
    db.close()
    seen: list[object] = []
    win = start(qapp, path, explicit=True, early=True)
    assert win is not None
    qtbot.addWidget(win)

    def listed() -> None:
        table = win.opening.findChild(QTableView)
        seen.append(("listed", win.built, table.model().index(0, 0).data()))

    win.listed.connect(listed)
    win.ready.connect(lambda: seen.append("ready"))
    try:
        qtbot.waitUntil(lambda: "ready" in seen, timeout=10_000)
        assert seen == [("listed", False, "Listed at once ŵ"), "ready"]
    finally:
        win.close()
        win.controller.close_library()


def test_the_listing_needs_no_sqlalchemy(tmp_path: Path) -> None:
    import subprocess
    import sys

    from coprod_desktop.db.library import open_library

    path = tmp_path / "listed.db"
    open_library(path).close()
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from coprod_desktop.ui.startup import start\n"
        "app = QApplication([])\n"
        "win = start(app, __import__('pathlib').Path(sys.argv[1]), explicit=True, early=True)\n"
        "win.listed.connect(lambda: print('sqlalchemy' in sys.modules, flush=True))\n"
        "win.ready.connect(app.quit)\n"
        "app.exec()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["False"], done.stderr


def test_a_library_that_cannot_open_ends_an_early_start(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "bad.db"
    bad.write_text("not a library")
    shown: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    monkeypatch.setattr(qapp, "exit", lambda code=0: exits.append(code))
    win = start(qapp, bad, explicit=True, early=True)
    assert win is not None
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: exits == [1], timeout=10_000)
    assert "not a workshop library" in shown[0]
    assert bad.read_text() == "not a library"


@pytest.mark.parametrize(
    ("words", "plain"),
    [
        ([], None),
        (["--db", "my.db"], Path("my.db")),
        (["--db=my.db"], Path("my.db")),
        (["list"], False),
        (["--db", "my.db", "list"], False),
        (["--version"], False),
        (["--db"], False),
        (["--db", "--version"], False),
    ],
)
def test_a_plain_launch_skips_the_command_line(words: list[str], plain: object) -> None:
    from coprod_desktop.app import _plain_launch

    assert _plain_launch(words) == plain


def test_the_first_window_fits_the_screen_so_the_capture_line_shows(window: MainWindow) -> None:
    """On a 1366x768 laptop a taller window hid the capture line below the screen's edge."""
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    window.show_page(2)
    line = window.board_page.capture.line
    bottom = line.mapTo(window, line.rect().bottomLeft()).y()
    assert line.isVisible() and bottom <= available.height()
