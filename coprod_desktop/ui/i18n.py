"""The interface's language: which one (the system's, English or Cymraeg), loading its
translations, and translating texts that come from outside a widget.

Texts in widgets go through ``self.tr("...")`` (context: the class). Code outside a
QObject (undo commands, small helpers) uses ``tr`` below: pyside6-lupdate files a bare
``tr("...")`` under the empty context, and ``tr`` looks it up there. Refusals from the
services and the data layer arrive as English ``Message`` s that remember their template
and fields (``coprod_desktop/messages.py``); ``translated`` and ``error_text`` show them in
the interface's language. The choice is kept in QSettings and applied when the app starts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDateEdit

from ..messages import Message
from ..paths import resource

LANGUAGE_KEY = "interface/language"
SYSTEM, ENGLISH, WELSH = "system", "en", "cy"
CHOICES = (SYSTEM, ENGLISH, WELSH)
TRANSLATED = (WELSH,)  # languages the interface is translated into (coprod_<code>.qm)

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` written outside a QObject (lupdate's empty context)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def ideas_count(n: int) -> str:
    """'1 idea', '12 ideas' in the interface's language (Qt's plural forms: English's
    from coprod_en.ts, Welsh's from coprod_cy.ts)."""
    return tr("%n idea(s)", "", n)


def themes_count(n: int) -> str:
    return tr("%n theme(s)", "", n)


def dots_count(n: int) -> str:
    return tr("%n dot(s)", "", n)


def people_count(n: int) -> str:
    return tr("%n person(s)", "", n)


def app_title() -> str:
    return QCoreApplication.translate("app", "Co-production Workshop")


# What the services say -------------------------------------------------------------------


def translated(text: Any) -> str:
    """A services ``Message`` in the interface's language (its fields too); any other
    text as it is. A translation that does not fit its fields falls back to English."""
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate(text.context, text.template)
    if not text.params:
        return template
    params = {key: translated(value) for key, value in text.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(text)


def error_text(error: BaseException) -> str:
    """What to show for a refusal (a DomainError, a LibraryError) in the interface's
    language; any other error as it says."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return translated(message)
    return str(error)


# Choosing the language -------------------------------------------------------------------


def language_setting() -> str:
    value = str(QSettings().value(LANGUAGE_KEY, SYSTEM))
    return value if value in CHOICES else SYSTEM


def set_language_setting(value: str) -> None:
    if value not in CHOICES:
        raise ValueError(f"unknown interface language {value!r}")
    QSettings().setValue(LANGUAGE_KEY, value)


def interface_language(setting: str | None = None, system: QLocale | None = None) -> str:
    """The language the interface will use: the chosen one, or the system's when it is
    one we have (Welsh), else English."""
    setting = setting or language_setting()
    if setting in (ENGLISH, WELSH):
        return setting
    system = system or QLocale.system()
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in TRANSLATED:
            return code
        if code == ENGLISH:
            return ENGLISH
    return ENGLISH


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load the interface's language: our texts (``coprod_<lang>.qm``, which also carries
    Welsh for Qt's own buttons and menus) and Qt's, when Qt has them. The texts are
    written in English; English loads only their plural forms (``coprod_en.qm``: "%n
    idea(s)" is "1 idea", "2 ideas"). Dates and numbers follow the same language."""
    global _installed
    for old in _installed:
        app.removeTranslator(old)
    _installed = []
    chosen = language or language_setting()
    language = language or interface_language()
    if language == ENGLISH:
        system = QLocale.system()
        chosen_over_system = chosen == ENGLISH and system.language() not in (
            QLocale.Language.English,
            QLocale.Language.C,
        )
        QLocale.setDefault(QLocale("en_GB") if chosen_over_system else system)
        return _install_ours(app, ENGLISH)
    locale = QLocale("cy_GB") if language == WELSH else QLocale(language)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return _install_ours(app, language)


def _install_ours(app: QCoreApplication, language: str) -> list[QTranslator]:
    ours = QTranslator(app)
    if ours.load(f"coprod_{language}", str(resource("translations"))):
        app.installTranslator(ours)
        _installed.append(ours)
    return list(_installed)


def colour_label(code: str) -> str:
    """The name of a palette colour in the interface's language (else the code)."""
    from ..services.palette import colour_name

    return QCoreApplication.translate("palette", colour_name(code))


def widest_date(metrics: QFontMetrics, fmt: str, locale: QLocale | None = None) -> int:
    """The width of the widest date in ``fmt`` in the interface's language: Welsh
    month names ("Gorffennaf", "Chwef") are longer than English ones."""
    locale = locale or QLocale()
    return max(
        metrics.horizontalAdvance(locale.toString(QDate(2028, month, 28), fmt))
        for month in range(1, 13)
    )


def fit_dates(edit: QDateEdit) -> None:
    """Room for the longest month name of the edit's language and format, now and
    whenever the text size changes: a date edit measures only its earliest and latest
    dates, so without this a Welsh date is cut short."""
    _fit_date_edit(edit)
    edit.installEventFilter(_DateFitter(edit))


def _fit_date_edit(edit: QDateEdit) -> None:
    metrics = edit.fontMetrics()
    widest = widest_date(metrics, edit.displayFormat(), edit.locale())
    frame = edit.sizeHint().width() - metrics.horizontalAdvance(edit.text())
    edit.setMinimumWidth(widest + max(frame, 40))


class _DateFitter(QObject):
    """Refits its parent date edit when its font changes (View → Larger text)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QDateEdit):
            _fit_date_edit(watched)
        return False
