"""UI fixtures: isolated settings, no modal dialog can block, a controller on a fresh
library, and the main window built the way the app builds it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from coprod_desktop.db.engine import Database
from coprod_desktop.ui.controller import Controller


class UnexpectedDialog(AssertionError):
    pass


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: Any) -> None:
    """The app starts with English's plural forms loaded ("1 idea", "2 ideas" for
    "%n idea(s)"; resources/translations/coprod_en.ts), and so do the UI tests."""
    from coprod_desktop.ui import i18n

    assert i18n.install_translators(qapp, i18n.ENGLISH), "coprod_en.qm did not load"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings go to a temporary folder under a test organisation, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("coprod-desktop-tests")
    QCoreApplication.setApplicationName("coprod-desktop-tests")
    QSettings().clear()
    yield folder
    QSettings().clear()


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """In every UI test, a modal dialog the test did not replace fails the test at once
    instead of hanging it until the timeout. A test that answers a dialog replaces the
    function it goes through (``asked``, or its own monkeypatch, which wins over this); one
    that drives a real dialog's event loop says so with ``@pytest.mark.real_dialogs``."""
    seen: list[str] = []
    if request.node.get_closest_marker("real_dialogs"):
        return seen

    def refuse(name: str) -> Any:
        def _raise(*args: Any, **kwargs: Any) -> Any:
            seen.append(name)
            raise UnexpectedDialog(f"a test opened {name} without replacing it")

        return _raise

    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec"))
    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(refuse("QInputDialog.getText")))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"QFileDialog.{name}")))
    return seen


@pytest.fixture
def controller(qapp: Any, db: Database) -> Iterator[Controller]:
    c = Controller()
    c.set_library(db)
    yield c
    c.close_library()


class Recorder:
    """Stands in for the small question functions in ``ui.dialogs.ask``."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.answers: dict[str, list[Any]] = {}

    def answer(self, name: str, *values: Any) -> None:
        self.answers.setdefault(name, []).extend(values)

    def make(self, name: str, default: Any = None) -> Any:
        def stand_in(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args))
            queue = self.answers.get(name)
            return queue.pop(0) if queue else default

        return stand_in

    def messages(self, name: str) -> list[str]:
        return [" ".join(str(a) for a in args[1:]) for n, args in self.calls if n == name]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """Every ``ask.*`` question answered by the test (default: cancel / no)."""
    from coprod_desktop.ui.dialogs import ask

    recorder = Recorder()
    for name, default in (
        ("ask_text", None), ("confirm", False), ("inform", None), ("warn", None),
        ("open_file", None), ("open_files", []), ("save_file", None),
    ):  # fmt: skip
        monkeypatch.setattr(ask, name, recorder.make(name, default))
    return recorder


@pytest.fixture
def demo_window(qtbot: Any, qapp: Any, tmp_path: Path) -> Iterator[Any]:
    """The main window as the app starts it, on the demo workshop, at 1366x768."""
    from PySide6.QtCore import Qt

    from coprod_desktop.services.demo import create_demo_workshop
    from coprod_desktop.ui.startup import start

    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None
    qtbot.addWidget(win)
    demo = win.controller.call(create_demo_workshop)
    assert demo is not None
    win.open_workshop(demo.id)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1366, 768)
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.controller.close_library()


@pytest.fixture(params=["en", "cy"])
def bilingual_window(request: pytest.FixtureRequest, qtbot: Any, qapp: Any, tmp_path: Path) -> Any:
    """The app as it starts, on the demo workshop, in English and then in Welsh, at
    1366x768."""
    from PySide6.QtCore import QLocale, Qt

    from coprod_desktop import APP_NAME
    from coprod_desktop.services.demo import create_demo_workshop
    from coprod_desktop.ui import i18n, style
    from coprod_desktop.ui.startup import start

    locale = QLocale()
    QCoreApplication.setApplicationName(APP_NAME)
    i18n.set_language_setting(i18n.WELSH if request.param == "cy" else i18n.ENGLISH)
    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None
    demo = win.controller.call(create_demo_workshop)
    assert demo is not None
    win.open_workshop(demo.id)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1366, 768)
    qtbot.waitExposed(win)
    yield win
    win.scale_text(0)
    win.controller.close_library()
    win.close()
    win.deleteLater()
    i18n.set_language_setting(i18n.SYSTEM)
    i18n.install_translators(qapp, i18n.ENGLISH)
    QLocale.setDefault(locale)
    style.apply_theme(qapp, style.LIGHT, 1.0)
