"""View → Language: the system's language, English or Cymraeg, remembered in QSettings
and used from the next start (the open windows keep the language they were built in)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..paths import resource
from . import i18n
from .dialogs import ask


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.choices: dict[str, QAction] = {}
        names = self.language_names()
        system = i18n.interface_language(i18n.SYSTEM)
        labels = {
            i18n.SYSTEM: self.tr("&System language ({language})").format(language=names[system]),
            i18n.ENGLISH: "&" + names[i18n.ENGLISH],
            i18n.WELSH: "&" + names[i18n.WELSH],
        }
        current = i18n.language_setting()
        for choice in i18n.CHOICES:
            action = self.addAction(labels[choice])
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _=False, c=choice: self.choose(c))
            group.addAction(action)
            self.choices[choice] = action

    def language_names(self) -> dict[str, str]:
        """Each language by its own name, so anyone can find theirs."""
        return {
            i18n.ENGLISH: self.tr("English", "the name of the language in English"),
            i18n.WELSH: self.tr("Cymraeg", "the name of the language in Welsh"),
        }

    def choose(self, choice: str) -> None:
        before = i18n.interface_language()
        i18n.set_language_setting(choice)
        self.choices[choice].setChecked(True)
        after = i18n.interface_language()
        if after == before:
            return
        # Said in the language now on screen and in the one just chosen.
        if after == i18n.WELSH:
            source = "The app will be in Welsh the next time you start it."
            here = self.tr("The app will be in Welsh the next time you start it.")
        else:
            source = "The app will be in English the next time you start it."
            here = self.tr("The app will be in English the next time you start it.")
        there = _in_language(after, "LanguageMenu", source)
        lines = [here] if there == here else [here, there]
        ask.inform(self.parentWidget(), self.tr("Language"), "\n\n".join(lines))


def _in_language(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` without switching the interface to it."""
    if language == i18n.ENGLISH:
        return source
    translator = QTranslator()
    if translator.load(f"coprod_{language}", str(resource("translations"))):
        return translator.translate(context, source) or source
    return source
