"""The words people read outside the Qt interface (the PDF minutes, the results sentences
on the shared screen and in the minutes), in the workshop's language.

They come from gettext catalogues: the English written in the code is the message id
(``locale/coprod.pot`` lists every one, ``make translations`` extracts it) and each other
language translates it in ``locale/<language>/LC_MESSAGES/coprod.po``, with its plural
forms from CLDR's rule for that language (Welsh has six: 0, 1, 2, 3, 6 and the rest).
The catalogue is read with Babel when it is first needed, so there is no compiled file to
fall behind it. Dates, times and numbers are CLDR's for the language, never typed here.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

DOMAIN = "coprod"
FOLDER = Path(__file__).resolve().parent / "locale"
TEMPLATE = FOLDER / f"{DOMAIN}.pot"
SOURCE = "en"  # the language of the message ids: it needs no catalogue
# The CLDR locale of a language's dates and numbers, where it is not the language itself:
# the minutes' English is British ("7 Sept 2027", not "Sep 7, 2027").
CLDR_LOCALES = {"en": "en_GB"}
# How the code marks its texts for the catalogue (Babel's keyword specs): gettext's own
# names everywhere but the widgets (``ui/``, whose texts are Qt's), and in the minutes
# (``exports/minutes``) also their ``Labels`` (``L.h``, ``L.s``, ``L.n``...) and
# ``doc.heading`` / ``doc.header``. ``N_`` marks a text that is translated later.
GETTEXT_KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "gettext": None,
    "ngettext": (1, 2),
    "N_": None,
}
MINUTES_KEYWORDS: dict[str, tuple[int, ...] | None] = {
    **GETTEXT_KEYWORDS,
    "h": None,
    "h_other": None,
    "both": None,
    "s": None,
    "n": (1, 2),
    "heading": None,
    "header": None,
}
# Where the texts are (under coprod_desktop), with the keywords each part uses.
EXTRACT: tuple[tuple[str, dict[str, tuple[int, ...] | None]], ...] = (
    ("", GETTEXT_KEYWORDS),
    ("exports/minutes", MINUTES_KEYWORDS),
)
NOT_EXTRACTED = ("ui/**", "db/migrations/**")


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it here."""
    return message


def catalogue_path(language: str) -> Path:
    return FOLDER / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def languages() -> tuple[str, ...]:
    """English and every language with a catalogue."""
    found = sorted(p.parent.parent.name for p in FOLDER.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (SOURCE, *(code for code in found if code != SOURCE))


def cldr_locale(language: str) -> Locale:
    return Locale.parse(CLDR_LOCALES.get(language, language))


def cldr_data() -> tuple[str, ...]:
    """The Babel locale-data files (``babel/locale-data/<name>.dat``) the languages'
    dates and numbers read: each language's CLDR locale and those it inherits from, as
    Babel looks them up. The bundle keeps only these (about 0.7 MB of Babel's 32 MB)."""
    from babel import localedata
    from babel.core import get_global

    exceptions = get_global("parent_exceptions")
    non_likely_script = getattr(localedata, "_is_non_likely_script", lambda name: False)
    names = {"root"}
    for language in languages():
        name = str(cldr_locale(language))
        while name != "root":
            names.add(name)
            parts = name.split("_")
            parent = exceptions.get(name) or (
                "root" if len(parts) == 1 or non_likely_script(name) else "_".join(parts[:-1])
            )
            name = parent
    return tuple(sorted(names))


def read_catalogue(path: Path) -> gettext.NullTranslations:
    """A ``.po`` file as gettext translations (its unfinished entries left out, so they
    read in English): compiled in memory, never to a file that could fall behind."""
    with path.open("rb") as file:
        catalog = read_po(file, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


class Words:
    """One language's words: its catalogue with the plural rule, and CLDR's dates and
    numbers. Texts come back unfilled; the caller fills in the ``{fields}``."""

    def __init__(self, language: str) -> None:
        self.language = language if language in languages() else SOURCE
        self.locale = cldr_locale(self.language)
        self._translations = (
            gettext.NullTranslations()
            if self.language == SOURCE
            else read_catalogue(catalogue_path(self.language))
        )

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form of the text for ``n`` by the language's plural rule."""
        return self._translations.ngettext(singular, plural, n)

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.locale)

    def date(self, value: dt.date, length: str = "long") -> str:
        """CLDR's ``full`` (with the weekday), ``long`` (7 January 2027, 7 Ionawr 2027)
        or ``medium`` (7 Jan 2027, 7 Ion 2027) date of the language."""
        return format_date(value, length, locale=self.locale)

    def time(self, value: dt.datetime | dt.time) -> str:
        return format_time(value, "short", locale=self.locale)

    def date_time(self, value: dt.datetime) -> str:
        """A long date and a short time, joined as the language joins them."""
        glue = self.locale.datetime_formats["long"]
        return str(glue).format(self.time(value), self.date(value.date()))


@cache
def words(language: str) -> Words:
    """The words of ``language`` (English when it has no catalogue), read once."""
    return Words(language)
