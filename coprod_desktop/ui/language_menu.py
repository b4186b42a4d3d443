"""View → Language: the system's language, English or Cymraeg, remembered in QSettings.

The windows are built in one language, so a new choice takes effect when the app starts
again: the menu says so in both languages and offers to restart at once (everything is
already saved; the same library and workshop open again).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from ..paths import resource
from . import i18n


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
            lines = [self.tr("The app will be in Welsh the next time you start it.")]
            source = "The app will be in Welsh the next time you start it."
        else:
            lines = [self.tr("The app will be in English the next time you start it.")]
            source = "The app will be in English the next time you start it."
        there = _in_language(after, "LanguageMenu", source)
        if there not in lines:
            lines.append(there)
        restart = _both(self.tr("Restart now"), _in_language(after, "LanguageMenu", "Restart now"))
        later = _both(self.tr("Later"), _in_language(after, "LanguageMenu", "Later"))
        text = "\n\n".join(lines)
        if ask_restart(self.parentWidget(), self.tr("Language"), text, restart, later):
            restart_app()


def _both(here: str, there: str) -> str:
    return here if here == there else f"{here} / {there}"


def ask_restart(parent: QWidget | None, title: str, text: str, restart: str, wait: str) -> bool:
    """True if the facilitator wants the app restarted now (tests replace this)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    now = box.addButton(restart, QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(wait, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is now


def restart_command() -> tuple[str, list[str]]:
    """How to start this app again with the same arguments (the same library)."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the program itself
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "coprod_desktop", *sys.argv[1:]]


def restart_app() -> None:
    """Close every window (saving what they save), quit, and start again once this app
    has let go of the library (its lock goes when the app quits)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    program, arguments = restart_command()
    app.aboutToQuit.connect(lambda: QProcess.startDetached(program, arguments))
    QApplication.closeAllWindows()
    app.quit()


def _in_language(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` without switching the interface to it."""
    if language == i18n.ENGLISH:
        return source
    translator = QTranslator()
    if translator.load(f"coprod_{language}", str(resource("translations"))):
        return translator.translate(context, source) or source
    return source
