"""Domain errors: a broken rule, explained in words the facilitator can read out.

Every message is an English template with named fields ("{name} has already voted in
this round.") kept together with its fields (a ``Message``, ``coprod_desktop/messages.py``),
so the interface can show it in Welsh: ``str(error)`` is the English sentence (the command
line, the logs and the tests read that), and the interface looks the template up in its
translations, context ``"services"``, before filling the fields in (``ui/i18n.py``).
Templates are marked with the no-op ``QT_TRANSLATE_NOOP``, which pyside6-lupdate finds.
"""

from __future__ import annotations

from typing import Any

from ..messages import QT_TRANSLATE_NOOP, Message, Term

__all__ = [
    "QT_TRANSLATE_NOOP",
    "DomainError",
    "InvalidInput",
    "Message",
    "NotFoundError",
    "Term",
    "VotingError",
]


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
