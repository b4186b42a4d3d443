"""User text made to fit a line: the one way every layer folds and shortens it (no Qt).

``one_line`` folds, ``shorten`` folds and cuts with "…", ``quoted`` puts the result in
curly quotes. The screens, the undo menu, the ballot page and the minutes all use these,
so a text reads the same wherever it is shortened.
"""

from __future__ import annotations

import re

# Every white space but the no-break ones (U+00A0, U+2007, U+202F): those hold.
_BREAKING_SPACES = re.compile(r"[^\S\xa0\u2007\u202f]+")
_WORD_ENDS = " ,;:.-–—"  # left off before the "…" of a text cut between words


def one_line(text: str) -> str:
    """The text as one line: each run of spaces, tabs and line breaks becomes one space
    and the ends are trimmed. A no-break space stays as typed: it keeps words together."""
    return _BREAKING_SPACES.sub(" ", text).strip()


def shorten(text: str, width: int, *, whole_words: bool = False) -> str:
    """``one_line(text)``, ending in "…" within ``width`` characters when it is longer.

    With ``whole_words`` the cut falls between words (mid-word only when one word takes
    most of the room), as printed text wants; otherwise at the character, as a screen
    that has room for just so many characters wants."""
    text = one_line(text)
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if not whole_words:
        return cut.rstrip() + "…"
    space = cut.rfind(" ")
    if space >= 0.6 * width:
        cut = cut[:space]
    return cut.rstrip(_WORD_ENDS) + "…"


def quoted(text: str, width: int, *, whole_words: bool = False) -> str:
    """“The text”, shortened as ``shorten`` does."""
    return f"“{shorten(text, width, whole_words=whole_words)}”"
