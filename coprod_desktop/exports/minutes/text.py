"""User text made safe to print: the bundled font, markup escaping, and placeholders.

ReportLab parses a Paragraph's text as markup and silently draws a box for any
character its font lacks, so every piece of user text passes through ``Printer``:
characters outside DejaVu Sans become a readable description in square brackets, and
the rest is escaped with its line breaks and repeated spaces kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...paths import resource
from ...text import one_line

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# Invisible joiners and selectors that only shape emoji: dropped when unprintable.
_SILENT = {0x200D, 0xFE0E, 0xFE0F, 0x20E3} | set(range(0x1F3FB, 0x1F400))
_REGIONAL_A = 0x1F1E6
_SPACES = re.compile(r" {2,}")


@cache
def register_fonts() -> frozenset[int]:
    """Register DejaVu Sans as a family (once); returns the code points it can draw."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
        (0, 0, FONT),
        (1, 0, FONT_BOLD),
        (0, 1, FONT_ITALIC),
        (1, 1, FONT_BOLD_ITALIC),
    )
    for bold, italic, name in faces:
        addMapping(FONT, bold, italic, name)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    # The four faces cover the same characters but for a handful; keep only the common set
    # so bold headings never fall back to a box either.
    covered: set[int] | None = None
    for name in _FILES:
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)  # registered just above
        face = font.face
        points = {c for c, glyph in face.charToGlyph.items() if glyph}
        covered = points if covered is None else covered & points
    return frozenset(covered or ())


@cache
def _characters(covered: frozenset[int]) -> frozenset[str]:
    return frozenset(map(chr, covered)) | {"\n", "\t"}


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
        self._chars = _characters(self.covered)
        self.unprintable_run = unprintable_run
        self.replaced = False

    def plain(self, text: str) -> str:
        """``text`` with characters the font lacks replaced (no markup; for the canvas)."""
        if text.isascii():
            return text
        if self._chars.issuperset(text):
            return text
        return self._replace(text)

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
            if cp in self.covered or cp in (9, 10):
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
