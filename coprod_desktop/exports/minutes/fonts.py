"""The fonts the minutes print with, registered with ReportLab the first time a document
needs each one.

DejaVu Sans (the *base* font) prints Latin (Welsh ŵ ŷ included), Greek and Cyrillic, and
sets every fixed word of the minutes. The scripts it lacks, or sets poorly, each have a
family of their own (``FAMILIES``), bundled in ``resources/fonts`` with its licence
(``tools/bundle_fonts.py`` says where each comes from). A document that holds no Arabic
never opens the Arabic font: the large workshop's minutes cost what they cost before.

Fonts whose script needs shaping (joining, conjuncts, marks, right-to-left order) are
``ScriptFont``: besides the glyphs, it keeps what each shaped glyph stands for, so the
PDF's text copies out as the words typed rather than as the glyphs drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import uharfbuzz as hb
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_BASE_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
# The base faces that are bold: a run of another script in them takes its family's bold.
BOLD_FACES = frozenset({FONT_BOLD, FONT_BOLD_ITALIC})


@dataclass(frozen=True)
class Family:
    """A script's font: its files, and how its text is set."""

    name: str  # the regular face's name in ReportLab; the bold one adds "-Bold"
    regular: str  # file names in resources/fonts
    bold: str | None = None  # None: bold text is set in the regular face
    rtl: bool = False  # written right to left
    shaped: bool = False  # needs HarfBuzz: joining letters, conjuncts, placed marks


FAMILIES: dict[str, Family] = {
    # Arabic, and Urdu, Persian, Pashto...: Naskh is the Arabic script's text style, and
    # carries the letters Urdu adds (ٹ ڈ ڑ ں ے ھ).
    "arabic": Family(
        "NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
        rtl=True, shaped=True,
    ),
    "hebrew": Family(
        "NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
        rtl=True, shaped=True,
    ),
    "bengali": Family(
        "NotoSansBengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf",
        shaped=True,
    ),
    # Punjabi in Gurmukhi.
    "gurmukhi": Family(
        "NotoSansGurmukhi", "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf",
        shaped=True,
    ),
    # Tigrinya and Amharic: syllables are whole characters, nothing to shape.
    "ethiopic": Family(
        "NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"
    ),
    # Chinese (simplified and traditional), Japanese kana, Korean Hangul: one TrueType
    # font for all (Noto Sans CJK is CFF, which ReportLab cannot embed). No bold face.
    "cjk": Family("WenQuanYiMicroHei", "WenQuanYiMicroHei.ttf"),
}  # fmt: skip

_ALIASES = 0xF0000  # first code of Supplementary Private Use Area-A: no font maps these


@cache
def register_fonts() -> frozenset[int]:
    """Register DejaVu Sans as a family (once); returns the code points it can draw."""
    for name, filename in _BASE_FILES.items():
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
    for name in _BASE_FILES:
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)  # registered just above
        points = {c for c, glyph in font.face.charToGlyph.items() if glyph}
        covered = points if covered is None else covered & points
    return frozenset(covered or ())


class ScriptFont(TTFont):
    """A TrueType font for one script, that shapes with HarfBuzz and remembers what each
    shaped glyph stands for.

    ReportLab writes into the PDF, for each glyph, the character the font's own table maps
    to it: a joined Arabic letter copies out as a presentation form (ﺑ for ب), a Bengali
    conjunct as nothing at all, and "কি" (its vowel sign drawn first) as "িক". ``alias``
    gives such a glyph a private code whose ToUnicode entry is the text it stands for, so
    what a reader copies is what was typed."""

    def __init__(self, name: str, filename: str, family: Family) -> None:
        super().__init__(name, filename)
        self.family = family
        self.aliases: dict[int, str] = {}  # private code -> the text it copies out as
        self._codes: dict[tuple[int, str], int] = {}
        self._hb: hb.Font | None = None

    def harfbuzz(self) -> hb.Font:
        if self._hb is None:
            data: bytes = getattr(self.face, "_ttf_data")  # noqa: B009 - private, unstubbed
            face = hb.Face(hb.Blob(data))
            self._hb = hb.Font(face)  # scaled in font units
        return self._hb

    def alias(self, glyph: int, text: str) -> int:
        """A code that draws ``glyph`` and copies out as ``text`` (which may be empty)."""
        key = (glyph, text)
        code = self._codes.get(key)
        if code is None:
            face: Any = self.face  # ReportLab's face keeps metrics its stubs leave out
            code = self._codes[key] = _ALIASES + len(self._codes)
            face.charToGlyph[code] = glyph
            face.charWidths[code] = face._pdfScale(face.hmetrics[glyph][0])
            self.aliases[code] = text
        return code

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        super().addObjects(doc)
        if state is None or not self.aliases:
            return
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            if not any(code in self.aliases for code in subset):
                continue
            pdf_font = fonts[f"{state.internalName}+{n}"]
            stream = doc.idToObject[pdf_font.ToUnicode.name]
            stream.content = _to_unicode(pdf_font.BaseFont, subset, self.aliases)


def utf16(text: str) -> str:
    """``text`` as the hexadecimal UTF-16 a PDF string or CMap holds."""
    return text.encode("utf-16-be").hex().upper()


def _to_unicode(name: str, subset: list[int], aliases: dict[int, str]) -> str:
    """A ToUnicode CMap (as ReportLab writes one) in which an alias maps to its text."""
    entries = [f"<{i:02X}> <{utf16(aliases.get(c, chr(c)))}>" for i, c in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo\n<< /Registry ({name})\n/Ordering ({name})\n/Supplement 0\n>> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def _registered(key: str) -> tuple[ScriptFont, ScriptFont]:
    """The family's regular and bold faces, registered on first use."""
    family = FAMILIES[key]
    faces: list[ScriptFont] = []
    for name, filename in ((family.name, family.regular), (f"{family.name}-Bold", family.bold)):
        if filename is None:
            faces.append(faces[0])
            continue
        font = ScriptFont(name, str(resource("fonts", filename)), family)
        pdfmetrics.registerFont(font)
        faces.append(font)
    regular, bold = faces
    pdfmetrics.registerFontFamily(
        family.name,
        normal=regular.fontName,
        bold=bold.fontName,
        italic=regular.fontName,
        boldItalic=bold.fontName,
    )
    return regular, bold


def face(key: str, bold: bool = False) -> str:
    """The name of ``key``'s family face to set text in (registered if it was not)."""
    return _registered(key)[1 if bold else 0].fontName


def covers(key: str, code: int) -> bool:
    """Whether ``key``'s family draws ``code`` (opening its font the first time)."""
    return code < _ALIASES and bool(_registered(key)[0].face.charToGlyph.get(code))


def script_font(name: str) -> ScriptFont | None:
    """The ScriptFont registered as ``name``, or None for the base font and the rest."""
    font = pdfmetrics.getFont(name)
    return font if isinstance(font, ScriptFont) else None
