"""Messages the interface can show in another language, without Qt (the data layer and
the services use them; ``ui/i18n.py`` translates them).

A ``Message`` is the English sentence itself (a ``str``: the command line, the logs and
the tests read it as it is) and remembers its template and fields, so the interface can
look the template up in its translations and fill the fields in. Templates are marked
with the no-op ``QT_TRANSLATE_NOOP(context, text)``, which pyside6-lupdate finds by name.
Words the code slots into a template ("the theme name") are ``Term`` s, translated too.
"""

from __future__ import annotations

from typing import Any, Self


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation in ``context``; it is returned as it is."""
    return text


class Message(str):
    """An English sentence (this string) that remembers its template and fields.

    ``Message("{name} has already voted.", name="Siân")`` equals "Siân has already
    voted."; ``template``, ``params`` and ``context`` let the interface translate it.
    A field may itself be a Message (or a Term) and is translated in turn. Without
    fields the template is the text as it is (braces and all).
    """

    context = "services"
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Self:
        message = super().__new__(cls, template.format(**params) if params else template)
        message.template = template
        message.params = params
        return message


class Term(Message):
    """A word the code slots into a message: ``"field"`` terms name what was typed ("theme
    name"), ``"record"`` terms name a kind of thing ("idea"); each context has its own
    translations because Welsh places them differently."""

    def __new__(cls, context: str, text: str) -> Self:
        term = super().__new__(cls, text)
        term.context = context
        return term


class LibraryMessage(Message):
    """A message about a library file (context ``"library"``)."""

    context = "library"
