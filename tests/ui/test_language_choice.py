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
    from coprod_desktop.ui.dialogs import ask

    said: list[tuple[Any, ...]] = []
    monkeypatch.setattr(ask, "inform", lambda *args: said.append(args))
    menu = LanguageMenu()
    labels = [a.text() for a in menu.actions()]
    assert labels[1:] == ["&English", "&Cymraeg"]
    assert menu.choices[i18n.SYSTEM].isChecked()
    menu.choices[i18n.WELSH].trigger()
    assert i18n.language_setting() == i18n.WELSH
    assert menu.choices[i18n.WELSH].isChecked()
    ((_parent, _title, text),) = said
    assert text == (
        "The app will be in Welsh the next time you start it.\n\n"
        "Bydd yr ap yn Gymraeg y tro nesaf y byddwch chi'n ei agor."
    )
    menu.choices[i18n.WELSH].trigger()  # no change, nothing said
    assert len(said) == 1
    menu.deleteLater()


def test_welsh_is_loaded_and_english_unloads_it(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    locale = QLocale()
    try:
        assert i18n.install_translators(qapp, i18n.WELSH)
        assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"
        assert QLocale().language() == QLocale.Language.Welsh
        assert i18n.install_translators(qapp, i18n.ENGLISH) == []
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.install_translators(qapp, i18n.ENGLISH)
        QLocale.setDefault(locale)
