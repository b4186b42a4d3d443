"""Setting text in the scripts DejaVu Sans lacks: a paragraph's runs take their fonts,
HarfBuzz shapes the scripts that need it, and right-to-left lines are drawn in order.

A paragraph is built as ReportLab builds any other (so it wraps, splits across pages and
sits in table cells as before), with three steps added where text needs them:

1. ``prepare``: each run of another script takes its family's face (bold where the text
   around it is bold), and the paragraph's style turns shaping on; a paragraph whose
   letters are all right-to-left is set right to left, right-aligned.
2. ``shape_frag_word``, ReportLab's shaping step (its optional HarfBuzz support, the
   ``uharfbuzz`` package): each run is shaped in its own font and direction, numbers left
   to right. Glyphs that stand for other characters than their own (a joined letter, a
   conjunct, a vowel drawn before its consonant) are written with an alias that copies out
   as the text typed (``fonts.ScriptFont``).
3. ``visual_lines``, when the paragraph is drawn: each line's pieces are put in
   left-to-right drawing order (``scripts.visual_order``). Lines are broken in the order
   the text is read, so a right-to-left paragraph reads from its first line down.
4. ``ShapingCanvas`` draws shaped text (working round a ReportLab slip with a mark raised
   above the first glyph drawn), and writes each left-to-right shaped piece (Bengali,
   Gurmukhi) inside an ActualText span holding the words typed: PDF readers (poppler's
   pdftotext, Acrobat) copy that rather than the glyphs, whose vowel signs may be drawn
   before their consonant and whose marks are placed back over the letter before them.
   Right-to-left pieces are left without: readers reverse them as they copy, glyph by
   glyph, which the aliases allow for.

``layout`` does the same for one line drawn straight on the canvas (the page footer, the
chart's labels), where no paragraph is at hand: ``draw_line``, ``strings``, ``line_width``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import uharfbuzz as hb
from reportlab.graphics.shapes import String
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import (
    ShapeData,
    ShapedFragWord,
    ShapedStr,
    makeShapedFragWord,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as rl_paragraph

from . import fonts, scripts
from .fonts import BOLD_FACES, FONT, FONT_BOLD, ScriptFont, script_font

T = TypeVar("T")
_PIECES = re.compile(r" +|[^ ]+")


# Shaping ------------------------------------------------------------------------------


def shape(font: ScriptFont, text: str, rtl: bool) -> tuple[ShapedStr, float]:
    """``text`` shaped in ``font``: the glyphs (as codes of the font) in drawing order with
    their positions, and the advance in thousandths of the font size."""
    ShapingCanvas.shaped = True
    buf = hb.Buffer()
    buf.add_codepoints([ord(ch) for ch in text])
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    hb.shape(font.harfbuzz(), buf)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    face: Any = font.face  # ReportLab's face keeps metrics its stubs leave out
    scale = face._pdfScale
    glyph_chars = face.glyphToChar
    widths = face.charWidths
    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    chars: list[str] = []
    data: list[ShapeData] = []
    advance = 0.0
    i = 0
    while i < len(infos):
        cluster = infos[i].cluster
        j = i
        while j < len(infos) and infos[j].cluster == cluster:
            j += 1
        typed = text[cluster : ends[cluster]]
        if rtl:
            typed = typed[::-1]  # readers reverse right-to-left text as they copy it
        glyphs = [info.codepoint for info in infos[i:j]]
        own = [glyph_chars.get(g, (None,))[0] for g in glyphs]
        if None in own or "".join(chr(c) for c in own if c is not None) != typed:
            own = [font.alias(glyphs[0], typed)] + [font.alias(g, "") for g in glyphs[1:]]
        for code, pos in zip(own, positions[i:j], strict=True):
            assert code is not None
            x_advance = scale(pos.x_advance)
            advance += x_advance
            chars.append(chr(code))
            data.append(
                ShapeData(
                    cluster,
                    x_advance,
                    scale(pos.y_advance),
                    scale(pos.x_offset),
                    scale(pos.y_offset),
                    widths.get(code, face.defaultWidth),
                )
            )
        i = j
    return ShapedStr("".join(chars), shapeData=data), advance  # type: ignore[arg-type]


def shape_frag_word(word: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
    """ReportLab's ``shapeFragWord``: a word of a paragraph, ``[width, (frag, text)...]``,
    with each run of a script that needs shaping shaped in its font and direction."""
    if isinstance(word, ShapedFragWord):
        return word
    parts = word[1:]
    if not any(_shaped_family(f) for f, _ in parts):
        return word
    out = makeShapedFragWord(word)([])
    width = word[0]
    for f, text in parts:
        font = _shaped_family(f)
        if font is None or not text:
            out.append((f, text))
            continue
        width -= stringWidth(text, f.fontName, f.fontSize)
        cuts = scripts.direction_cuts(text) if font.family.rtl else [(text, False)]
        for piece, rtl in cuts:
            shaped, advance = shape(font, piece, rtl)
            width += advance * f.fontSize / 1000
            out.append((f, shaped))
    out.insert(0, width)
    return out


def _shaped_family(frag: Any) -> ScriptFont | None:
    if hasattr(frag, "cbDefn"):
        return None
    font = script_font(frag.fontName)
    return font if font is not None and font.family.shaped else None


# ReportLab shapes a paragraph's words through this name when its style asks for shaping
# (only ours do: ``prepare`` turns it on for a paragraph holding such a script).
rl_paragraph.shapeFragWord = shape_frag_word  # type: ignore[attr-defined]


# Paragraphs ---------------------------------------------------------------------------


def prepare(para: Any) -> None:
    """Give each run of ``para``'s text its font, and the paragraph what its runs need."""
    out: list[Any] = []
    families: set[str] = set()
    texts: list[str] = []
    for f in para.frags:
        text = getattr(f, "text", None)
        if not text or hasattr(f, "cbDefn") or getattr(f, "_fkind", 0) != 0:
            out.append(f)
            continue
        texts.append(text)
        bold = f.fontName in BOLD_FACES
        for key, run in scripts.runs(text):
            if key is None:
                out.append(f.clone(text=run) if len(run) < len(text) else f)
                continue
            families.add(key)
            out.append(f.clone(text=run, fontName=fonts.face(key, bold)))
    if not families:
        return
    para.frags = out
    shaped = any(fonts.FAMILIES[k].shaped for k in families)
    rtl = any(fonts.FAMILIES[k].rtl for k in families)
    para.style = _variant(para.style, shaped, scripts.base_level(texts) if rtl else None)


def _variant(style: ParagraphStyle, shaped: bool, base: int | None) -> ParagraphStyle:
    """``style`` shaping its text, and drawn in bidirectional order from ``base`` level."""
    variants: dict[tuple[bool, int | None], ParagraphStyle] = style.__dict__.setdefault(
        "_script_variants", {}
    )
    key = (shaped, base)
    variant = variants.get(key)
    if variant is None:
        variant = ParagraphStyle(f"{style.name}~{int(shaped)}{base}", parent=style)
        variant.shaping = 1 if shaped else 0
        if base == 1 and style.alignment == TA_LEFT:
            variant.alignment = TA_RIGHT
        variant.bidi = base  # read by ``visual_lines``
        variants[key] = variant
    return variant


def visual_lines(bl_para: Any, base: int) -> Any:
    """A paragraph's broken lines with each line's pieces in drawing order."""
    if bl_para.kind != 1:
        return bl_para
    lines = []
    for line in bl_para.lines:
        words = [f for f in line.words if getattr(f, "text", None) is not None]
        if len(words) < len(line.words) and any(hasattr(f, "cbDefn") for f in line.words):
            lines.append(line)  # an image or a link anchor: left as it is
            continue
        tail = [f for f in line.words if getattr(f, "text", None) is None]
        placed = ordered([(f, f.text) for f in words], lambda f: f.fontName, base)
        new_words = []
        for f, text in placed:
            g = f.clone()
            g.text = text
            new_words.append(g)
        lines.append(line.clone(words=new_words + tail))
    return bl_para.clone(lines=lines)


def ordered(
    pieces: Sequence[tuple[T, str]], font_of: Callable[[T], str], base: int
) -> list[tuple[T, str]]:
    """``pieces`` of one line, in logical order, as (owner, text) with ``font_of(owner)``
    the font each is set in: cut at spaces, put in drawing order, joined again where
    neighbours share an owner. Neutral brackets on a right-to-left stretch are mirrored."""
    units: list[tuple[T, str]] = []
    logicals: list[str] = []
    kinds: list[str] = []
    for owner, text in pieces:
        font = script_font(font_of(owner))
        for match in _PIECES.finditer(text):
            unit = text[match.start() : match.end()]
            logical = unit if font is None else "".join(font.aliases.get(ord(c), c) for c in unit)
            kind = scripts.kind(logical)
            if kind == "N" and (font is None or not font.family.rtl):
                kind = "n"  # a number outside any right-to-left run: see scripts.levels
            units.append((owner, unit))
            logicals.append(logical)
            kinds.append(kind)
    if not any(k == "R" for k in kinds):
        return list(pieces)
    order, levels = scripts.visual_order(kinds, base)
    out: list[tuple[T, str]] = []
    for index in order:
        owner, unit = units[index]
        if kinds[index] == "O" and levels[index] % 2:
            unit = _mirrored(unit, logicals[index], font_of(owner))
        if out and out[-1][0] is owner:
            out[-1] = (owner, out[-1][1] + unit)
        else:
            out.append((owner, unit))
    return out


def _mirrored(unit: str, logical: str, font_name: str) -> str:
    """A neutral piece on a right-to-left stretch with its brackets facing the other way."""
    turned = scripts.mirrored(logical)
    if turned == logical:
        return unit
    font = script_font(font_name)
    if font is None or not isinstance(unit, ShapedStr):
        return scripts.mirrored(unit)
    return shape(font, turned, False)[0]


# One line on the canvas ---------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A piece of a line drawn on the canvas: its font, its (shaped) text, where it
    starts from the line's left end, and its width, in points."""

    font: str
    text: str
    x: float
    width: float


def layout(
    text: str, size: float, bold: bool = False, base: int | None = None
) -> tuple[list[Piece], float]:
    """``text`` (already printable: see ``text.Printer.plain``) as one line of ``size``
    points: its pieces in drawing order, and its width. ``base`` 0 sets a line left to
    right whatever its letters (a numbered label: "1. نريد حافلة أقرب")."""
    base_face = FONT_BOLD if bold else FONT
    runs: list[tuple[str, str]] = []
    rtl = False
    for key, run in scripts.runs(text):
        if key is None:
            runs.append((base_face, run))
            continue
        family = fonts.FAMILIES[key]
        rtl = rtl or family.rtl
        runs.append((fonts.face(key, bold), run))
    shaped: list[tuple[str, str]] = []
    for name, run in runs:
        font = script_font(name)
        if font is None or not font.family.shaped:
            shaped.append((name, run))
            continue
        for word in _PIECES.findall(run):
            if word.isspace():
                shaped.append((name, word))
                continue
            cuts = scripts.direction_cuts(word) if font.family.rtl else [(word, False)]
            for piece, piece_rtl in cuts:
                shaped.append((name, shape(font, piece, piece_rtl)[0]))
    if rtl:
        base = scripts.base_level([text]) if base is None else base
        placed = ordered([(_Owner(n), t) for n, t in shaped], lambda o: o.name, base)
        shaped = [(o.name, t) for o, t in placed]
    pieces: list[Piece] = []
    x = 0.0
    for name, piece in shaped:
        width = text_width(piece, name, size)
        pieces.append(Piece(name, piece, x, width))
        x += width
    return pieces, x


class _Owner:
    """A run's font name as an owner of its own: ``ordered`` joins only pieces that came
    from the same run."""

    def __init__(self, name: str) -> None:
        self.name = name


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points, shaped or not."""
    if isinstance(text, ShapedStr):
        data: list[ShapeData] = getattr(text, "__shapeData__")  # noqa: B009 - unstubbed
        return sum(d.x_advance for d in data) * size / 1000
    return stringWidth(text, font, size)


def line_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` (already printable) set on one line, in points."""
    if scripts.simple(text):
        return stringWidth(text, FONT_BOLD if bold else FONT, size)
    return layout(text, size, bold)[1]


def draw_line(
    canvas: Any, x: float, y: float, text: str, size: float, *, bold: bool = False
) -> None:
    """Draw ``text`` (already printable) on the canvas from (``x``, ``y``), each run in
    its font; the canvas's font is as it was afterwards."""
    if scripts.simple(text):
        canvas.drawString(x, y, text)
        return
    font, font_size = canvas._fontname, canvas._fontsize
    for piece in layout(text, size, bold)[0]:
        canvas.setFont(piece.font, size)
        canvas.drawString(x + piece.x, y, piece.text)
    canvas.setFont(font, font_size)


def strings(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    anchor: Literal["start", "middle", "end"] = "start",
    bold: bool = False,
    base: int | None = None,
    **style: Any,
) -> list[String]:
    """``text`` (already printable) as chart Strings, one per run, anchored at ``x``."""
    if scripts.simple(text):
        font = FONT_BOLD if bold else FONT
        return [String(x, y, text, fontName=font, fontSize=size, textAnchor=anchor, **style)]
    pieces, width = layout(text, size, bold, base)
    left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    return [String(left + p.x, y, p.text, fontName=p.font, fontSize=size, **style) for p in pieces]


# The canvas ---------------------------------------------------------------------------


class _TextObject(PDFTextObject):
    _fontname: str  # the text object's current font (ReportLab's; its stubs leave it out)
    _code: list[str]

    def setRise(self, rise: float) -> None:
        # ReportLab sets shaped text into a fresh list of operators, and raising a placed
        # mark (Arabic harakat) as its first glyph would read the last of none.
        if not self._code:
            self._code.append("")
        super().setRise(rise)

    def _formatText(self, text: str) -> str:
        code: str = super()._formatText(text)  # type: ignore[misc]
        if isinstance(text, ShapedStr):
            font = script_font(self._fontname)
            if font is not None and not font.family.rtl:
                typed = "".join(font.aliases.get(ord(c), c) for c in text)
                return f"/Span <</ActualText <FEFF{fonts.utf16(typed)}>>> BDC {code} EMC"
        return code


class ShapingCanvas(Canvas):
    """A canvas whose text objects mark shaped left-to-right text with what was typed."""

    # Set once text has been shaped: until then, ReportLab's own (cheaper) text object.
    shaped = False

    def beginText(
        self, x: float = 0, y: float = 0, direction: Literal["LTR", "RTL"] | None = None
    ) -> PDFTextObject:
        kind = _TextObject if ShapingCanvas.shaped else PDFTextObject
        return kind(self, x, y, direction=direction)
