"""Choosing the interface's language: the system's by default, English or Cymraeg from
View → Language, remembered, and said in both languages when it changes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from coprod_desktop.ui import i18n
from coprod_desktop.ui.language_menu import LanguageMenu


@pytest.mark.parametrize(
    ("system", "expected"),
    [("cy_GB", "cy"), ("en_GB", "en"), ("en_US", "en"), ("fr_FR", "en"), ("C", "en")],
)
def test_the_system_language_decides_by_default(system: str, expected: str) -> None:
    assert i18n.language_setting() == i18n.SYSTEM
    assert i18n.interface_language(system=QLocale(system)) == expected


def test_a_choice_wins_over_the_system_and_is_remembered() -> None:
    i18n.set_language_setting(i18n.WELSH)
    assert i18n.interface_language(system=QLocale("en_GB")) == "cy"
    i18n.set_language_setting(i18n.ENGLISH)
    assert i18n.interface_language(system=QLocale("cy_GB")) == "en"
    with pytest.raises(ValueError):
        i18n.set_language_setting("fr")


def test_the_menu_stores_the_choice_and_says_so_in_both_languages(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coprod_desktop.ui import language_menu

    asked: list[tuple[Any, ...]] = []
    restarted: list[bool] = []
    answer = [False]
    monkeypatch.setattr(language_menu, "ask_restart", lambda *a: asked.append(a) or answer[0])
    monkeypatch.setattr(language_menu, "restart_app", lambda: restarted.append(True))
    menu = LanguageMenu()
    labels = [a.text() for a in menu.actions()]
    assert labels[1:] == ["&English", "&Cymraeg"]
    assert menu.choices[i18n.SYSTEM].isChecked()
    menu.choices[i18n.WELSH].trigger()
    assert i18n.language_setting() == i18n.WELSH
    assert menu.choices[i18n.WELSH].isChecked()
    ((_parent, _title, text, restart, later),) = asked
    assert text == (
        "The app will be in Welsh the next time you start it.\n\n"
        "Bydd yr ap yn Gymraeg y tro nesaf y byddwch chi'n ei agor."
    )
    assert (restart, later) == ("Restart now / Ailddechrau nawr", "Later / Wedyn")
    assert not restarted  # "Later"
    menu.choices[i18n.WELSH].trigger()  # no change: nothing asked
    assert len(asked) == 1
    answer[0] = True
    menu.choices[i18n.ENGLISH].trigger()
    assert restarted == [True]
    menu.deleteLater()


def test_a_restart_runs_the_same_app_with_the_same_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from coprod_desktop.ui import language_menu

    monkeypatch.setattr(sys, "argv", ["main.py", "--db", "/tmp/x.db"])
    assert language_menu.restart_command() == (
        sys.executable,
        ["-m", "coprod_desktop", "--db", "/tmp/x.db"],
    )
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/coprod-desktop/coprod-desktop")
    assert language_menu.restart_command() == (
        "/opt/coprod-desktop/coprod-desktop",
        ["--db", "/tmp/x.db"],
    )


def test_welsh_is_loaded_and_english_unloads_it(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    locale = QLocale()
    try:
        assert i18n.install_translators(qapp, i18n.WELSH)
        assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"
        assert QLocale().language() == QLocale.Language.Welsh
        # English keeps only the plural forms of its own texts (coprod_en.qm).
        assert len(i18n.install_translators(qapp, i18n.ENGLISH)) == 1
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert [i18n.ideas_count(n) for n in (0, 1, 2)] == ["0 ideas", "1 idea", "2 ideas"]
    finally:
        i18n.install_translators(qapp, i18n.ENGLISH)
        QLocale.setDefault(locale)
