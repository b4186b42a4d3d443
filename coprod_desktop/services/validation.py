"""Checks shared by services and the workshop file importer."""

from __future__ import annotations

import re

from .errors import InvalidInput

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_TEXT = 100_000


def control_character(text: str) -> str | None:
    """The first control character other than newline and tab, if any."""
    found = _CONTROL.search(text)
    return found.group() if found else None


def clean_text(text: str, what: str, *, required: bool = False) -> str:
    """``text`` as stored: CRLF folded to LF, refused if blank (when required),
    too long, or holding control characters."""
    if not isinstance(text, str):
        raise InvalidInput(f"The {what} must be text.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if required and not text.strip():
        raise InvalidInput(f"The {what} cannot be empty.")
    bad = control_character(text)
    if bad is not None:
        raise InvalidInput(
            f"The {what} holds an invisible control character (U+{ord(bad):04X}); remove it."
        )
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            f"The {what} is too long ({len(text):,} characters; at most {MAX_TEXT:,})."
        )
    return text


def is_colour(value: object) -> bool:
    return isinstance(value, str) and bool(_COLOUR.match(value))


def clean_colour(value: str, what: str = "colour") -> str:
    if not is_colour(value):
        raise InvalidInput(f"The {what} must look like #RRGGBB, not {value!r}.")
    return value.upper()
