"""Checks shared by services and the workshop file importer."""

from __future__ import annotations

import re

from .errors import QT_TRANSLATE_NOOP, InvalidInput, Term

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_TEXT = 100_000


def control_character(text: str) -> str | None:
    """The first control character other than newline and tab, if any."""
    found = _CONTROL.search(text)
    return found.group() if found else None


def clean_text(text: str, what: str, *, required: bool = False) -> str:
    """``text`` as stored: CRLF folded to LF, refused if blank (when required),
    too long, or holding control characters. ``what`` names the field in messages
    (mark it with ``QT_TRANSLATE_NOOP("field", ...)``)."""
    if not isinstance(text, str):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "The {what} must be text."), what=Term("field", what)
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if required and not text.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "The {what} cannot be empty."), what=Term("field", what)
        )
    bad = control_character(text)
    if bad is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "services",
                "The {what} holds an invisible control character (U+{code:04X}); remove it.",
            ),
            what=Term("field", what),
            code=ord(bad),
        )
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "services", "The {what} is too long ({length:,} characters; at most {limit:,})."
            ),
            what=Term("field", what),
            length=len(text),
            limit=MAX_TEXT,
        )
    return text


def is_colour(value: object) -> bool:
    return isinstance(value, str) and bool(_COLOUR.match(value))


def clean_colour(value: str, what: str = QT_TRANSLATE_NOOP("field", "colour")) -> str:
    if not is_colour(value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("services", "The {what} must look like #RRGGBB, not {value!r}."),
            what=Term("field", what),
            value=value,
        )
    return value.upper()
