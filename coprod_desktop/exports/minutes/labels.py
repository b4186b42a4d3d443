"""The minutes' fixed wording, in the workshop's language.

The words come from the catalogues (``coprod_desktop/catalogues.py``): the English the
sections write (``L.h("Attendance")``, ``L.s("No votes were held.")``,
``L.n("…{n} idea…", "…{n} ideas…", count)``) is the message id, and each other language
translates it, with as many plural forms as CLDR gives it. Headings and table headers can
be bilingual (the workshop's language first, the other below it); sentences are in the
workshop's language only. Dates and numbers are CLDR's.
"""

from __future__ import annotations

import datetime as dt

from ...catalogues import N_, SOURCE, languages, words

# An action's status as the minutes print it.
STATUS = {
    "proposed": N_("Proposed"),
    "agreed": N_("Agreed"),
    "in_progress": N_("In progress"),
    "done": N_("Done"),
    "dropped": N_("Dropped"),
}


class Labels:
    """Fixed wording for one workshop language, optionally with the other beside it."""

    def __init__(self, language: str, bilingual: bool = False) -> None:
        self.words = words(language)
        self.language = self.words.language
        self.bilingual = bilingual
        self.other_words = words(self.other)

    @property
    def other(self) -> str:
        """The second language of bilingual minutes: Welsh beside English, else English."""
        return "cy" if self.language == SOURCE and "cy" in languages() else SOURCE

    def h(self, text: str) -> str:
        """A heading in the workshop's language."""
        return self.words.gettext(text)

    def h_other(self, text: str) -> str | None:
        """The same heading in the other language, when the minutes are bilingual."""
        if not self.bilingual:
            return None
        other = self.other_words.gettext(text)
        return None if other == self.h(text) else other  # "Agenda" is both

    def both(self, text: str, sep: str = " / ") -> str:
        """A plain-text heading in one or both languages (footer, metadata)."""
        other = self.h_other(text)
        return self.h(text) + (sep + other if other else "")

    def s(self, text: str, **values: object) -> str:
        """The sentence ``text`` in the workshop's language, its fields filled in."""
        return self.words.gettext(text).format(**values)

    def n(self, singular: str, plural: str, count: int, **values: object) -> str:
        """The sentence for ``count`` things, by the language's plural rule ("1 dot",
        "2 dots"; Welsh "2 ddot", "3 dot"), with ``{n}`` the count as a number."""
        text = self.words.ngettext(singular, plural, count)
        return text.format(n=self.number(count), **values)

    def status(self, value: str) -> str:
        return self.words.gettext(STATUS[value]) if value in STATUS else value

    def status_both(self, value: str) -> str:
        if value not in STATUS:
            return value
        other = self.other_words.gettext(STATUS[value])
        return self.status(value) + (" / " + other if self.bilingual else "")

    def date(self, value: dt.date | None, weekday: bool = False) -> str:
        """A date in words: Saturday, 28 November 2026; Dydd Sadwrn, 28 Tachwedd 2026."""
        if value is None:
            return ""
        return self.words.date(value, "full" if weekday else "long")

    def short_date(self, value: dt.date | None) -> str:
        """A date for a narrow table column: 7 Jan 2027, 7 Ion 2027."""
        return "" if value is None else self.words.date(value, "medium")

    def when(self, value: dt.datetime) -> str:
        """A local date and time, as a reader of the minutes expects."""
        return self.words.date_time(value.astimezone().replace(tzinfo=None))

    def number(self, value: int) -> str:
        return self.words.number(value)
