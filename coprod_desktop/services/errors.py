"""Domain errors: a broken rule, explained in words the facilitator can read out.

Every message is an English template with named fields ("{name} has already voted in
this round.") kept together with its fields, so the interface can show it in Welsh:
``str(error)`` is the English sentence (the command line, the logs and the tests read
that), and the interface looks the template up in its translations, context
``"services"``, before filling the fields in (``ui/i18n.py``). No Qt here: templates are
marked with the no-op ``QT_TRANSLATE_NOOP`` below, which pyside6-lupdate finds by name.
Words the code slots into a template ("the theme name") are ``Term`` s, translated too.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation in ``context``; it is returned as it is."""
    return text


class Message(str):
    """An English sentence (this string) that remembers its template and fields.

    ``Message("{name} has already voted.", name="Siân")`` equals "Siân has already
    voted."; ``template``, ``params`` and ``context`` let the interface translate it.
    A field may itself be a Message (or a Term) and is translated in turn.
    """

    context = "services"
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        message = super().__new__(cls, template.format(**params))
        message.template = template
        message.params = params
        return message


class Term(Message):
    """A word the code slots into a message: ``"field"`` terms name what was typed ("theme
    name"), ``"record"`` terms name a kind of thing ("idea"); each context has its own
    translations because Welsh places them differently."""

    def __new__(cls, context: str, text: str) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term


class DomainError(Exception):
    """A use case refused; ``str(error)`` is a complete, plain-language message.

    Raise with a marked template and its fields::

        raise VotingError(QT_TRANSLATE_NOOP("services", "{name} has already voted."), name=n)
    """

    def __init__(self, template: str, /, **params: Any) -> None:
        self.message = template if isinstance(template, Message) else Message(template, **params)
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> dict[str, Any]:
        return self.message.params


class NotFoundError(DomainError):
    pass


class InvalidInput(DomainError):
    pass


class VotingError(DomainError):
    pass
