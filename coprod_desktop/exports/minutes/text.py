"""User text made safe to print: markup escaping, and placeholders for what no font has.

ReportLab parses a Paragraph's text as markup and silently draws a box for any
character its font lacks, so every piece of user text passes through ``Printer``:
characters that none of the bundled fonts (``fonts.py``) can draw become a readable
description in square brackets (an emoji its Unicode name, "[thumbs up sign]"), and the
rest is escaped with its line breaks and repeated spaces kept. Text in a script DejaVu
Sans lacks is kept as typed: the paragraph it lands in sets it in its own font
(``shaping.prepare``).
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from ...text import one_line
from . import scripts
from .fonts import FONT, FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC, register_fonts

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "Printer",
    "closed_quotes",
    "register_fonts",
]

# Invisible joiners and selectors that only shape emoji: dropped when unprintable.
_SILENT = {0x200D, 0xFE0E, 0xFE0F, 0x20E3} | set(range(0x1F3FB, 0x1F400))
_REGIONAL_A = 0x1F1E6
_SPACES = re.compile(r" {2,}")


def closed_quotes(text: str) -> str:
    """``text`` with each quotation it opens (“) and leaves open closed (”) at its end:
    the notes panel's "Quote" style starts a note with “ and the facilitator, typing
    fast, rarely closes it. Welsh uses the same marks."""
    missing = text.count("“") - text.count("”")
    return text.rstrip() + "”" * missing if missing > 0 else text


class Printer:
    """Turns user text into what the PDF can show, and remembers if anything was replaced."""

    def __init__(self, unprintable_run: str = "[{n} characters that cannot be printed]") -> None:
        self.covered = register_fonts()
        self._chars = scripts.simple_characters()
        self.unprintable_run = unprintable_run
        self.replaced = False

    def plain(self, text: str) -> str:
        """``text`` with the characters no bundled font has replaced (no markup)."""
        if text.isascii():
            return text
        if self._chars.issuperset(text):
            return text
        return self._replace(text)

    def simple(self, text: str) -> bool:
        """Whether ``text`` (already ``plain``) is set in DejaVu Sans alone, so it may be
        drawn straight on the canvas or as a table's plain string."""
        return text.isascii() or self._chars.issuperset(text)

    def _replace(self, text: str) -> str:
        out: list[str] = []
        letters = 0
        points = [ord(ch) for ch in text]
        i = 0

        def flush() -> None:
            nonlocal letters
            if letters:
                out.append(self.unprintable_run.format(n=letters))
                letters = 0

        while i < len(points):
            cp = points[i]
            if cp in (9, 10) or scripts.printable(cp, self.covered):
                flush()
                out.append(chr(cp))
                i += 1
                continue
            self.replaced = True
            if cp in _SILENT:
                i += 1
                continue
            if 0 <= cp - _REGIONAL_A < 26:
                flush()
                if i + 1 < len(points) and 0 <= points[i + 1] - _REGIONAL_A < 26:
                    pair = chr(65 + cp - _REGIONAL_A) + chr(65 + points[i + 1] - _REGIONAL_A)
                    out.append(f"[flag {pair}]")
                    i += 2
                    continue
                out.append(f"[{chr(65 + cp - _REGIONAL_A)}]")
                i += 1
                continue
            category = unicodedata.category(chr(cp))
            if category.startswith("S") or category in ("Co", "Cn"):
                flush()
                name = unicodedata.name(chr(cp), "")
                out.append(f"[{name.lower()}]" if name else f"[U+{cp:04X}]")
            elif category.startswith("M") and not letters:
                pass  # a combining mark on a printable letter the font cannot stack
            else:
                letters += 1
            i += 1
        flush()
        return "".join(out)

    def para(self, text: str) -> str:
        """``text`` as Paragraph markup that prints exactly as typed."""
        text = escape(self.plain(text))
        if "  " in text:
            text = _SPACES.sub(lambda m: " " + "&#160;" * (len(m.group()) - 1), text)
        if "\t" in text:
            text = text.replace("\t", "&#160;" * 4)
        if "\n" in text:
            text = text.replace("\n", "<br/>")
        return text

    def line(self, text: str) -> str:
        """Markup for text meant to sit on one line (names, titles): newlines as spaces."""
        return self.para(one_line(text) if "\n" in text else text)
