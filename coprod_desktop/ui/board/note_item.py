"""A sticky note on the board: wrapped text sized for a projector, who said it, its dots,
and in a workshop merged from breakout tables, a tag naming the table it came from.

Drawing is cheap at a distance (a coloured card) and detailed close up; the text layout
is computed once per text change, so a board of 2,000 notes pans and zooms smoothly.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...services.layout import NOTE_HEIGHT, NOTE_WIDTH
from ...services.records import IdeaRecord
from .. import style

PAD = 12.0
FOOTER = 30.0
TEXT_SIZES = (19.0, 17.0, 15.0, 13.5)  # pixels at 100 % zoom; the largest that fits wins
FOOTER_SIZE = 12.5
TAG = 22.0  # the table's tag above the text, in a merged workshop
TAG_SIZE = 12.0
DETAIL_LOD = 0.32  # below this zoom a note is drawn as a plain card
SPECK_LOD = 0.12  # below this, a card without its group strip (2,000 notes stay smooth)
RADIUS = 6.0
OUTLINE = 5.0  # room for the selection and search outlines beyond the card


@dataclass(frozen=True)
class Who:
    """How the footer names who said it: a group colour and words."""

    label: str = ""
    colour: str | None = None


@dataclass
class _Layout:
    lines: list[tuple[str, QPointF]]
    font: QFont


def _font(pixels: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(style.load_fonts())
    font.setPixelSize(round(pixels))
    font.setWeight(weight)
    return font


def layout_text(text: str, width: float, height: float) -> _Layout:
    """Word-wrapped lines at the largest size that fits; the last line elided if not."""
    text = text.replace("\n\n", "\n").replace("\t", " ")
    for index, size in enumerate(TEXT_SIZES):
        font = _font(size)
        lines, fits = _wrap(text, font, width, height)
        if fits or index == len(TEXT_SIZES) - 1:
            return _Layout(lines, font)
    raise AssertionError("unreachable")


def _wrap(
    text: str, font: QFont, width: float, height: float
) -> tuple[list[tuple[str, QPointF]], bool]:
    metrics = QFontMetricsF(font)
    leading = metrics.lineSpacing()
    lines: list[tuple[str, QPointF]] = []
    y = 0.0
    paragraphs = text.split("\n")
    for p_index, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if y + leading > height:
                layout.endLayout()
                _elide_last(lines, metrics, width)
                return lines, False
            segment = paragraph[line.textStart() : line.textStart() + line.textLength()]
            lines.append((segment.rstrip(), QPointF(0.0, y + metrics.ascent())))
            y += leading
        layout.endLayout()
        if p_index < len(paragraphs) - 1 and y + leading > height:
            _elide_last(lines, metrics, width)
            return lines, False
    return lines, True


def _elide_last(lines: list[tuple[str, QPointF]], metrics: QFontMetricsF, width: float) -> None:
    if not lines:
        return
    text, point = lines[-1]
    elided = metrics.elidedText(text + " …", Qt.TextElideMode.ElideRight, width)
    if not elided.endswith("…"):
        elided = elided.rstrip() + "…"
    lines[-1] = (elided, point)


class NoteItem(QGraphicsItem):
    """One idea. Holds its record; the scene replaces it when the idea changes."""

    def __init__(self, idea: IdeaRecord, who: Who = Who(), dots: int | None = None) -> None:
        super().__init__()
        self.idea = idea
        self.who = who
        self.dots = dots
        self.match: bool | None = None  # None: no search running
        self._layout: _Layout | None = None
        self._fill = QColor(idea.colour)
        self._who_fill = QColor(who.colour) if who.colour else None
        self._who_rect = QRectF(0, NOTE_HEIGHT - 14, NOTE_WIDTH, 14)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(False)
        self.setZValue(10)
        self.setPos(idea.x, idea.y)
        self._update_tooltip()

    # State from the scene --------------------------------------------------------------

    @property
    def idea_id(self) -> int:
        return self.idea.id

    def set_idea(self, idea: IdeaRecord) -> None:
        if idea.text != self.idea.text or idea.table_name != self.idea.table_name:
            self._layout = None
        self.idea = idea
        self._fill = QColor(idea.colour)
        if self.pos() != QPointF(idea.x, idea.y):
            self.setPos(idea.x, idea.y)
        self._update_tooltip()
        self.update()

    def set_who(self, who: Who) -> None:
        if who != self.who:
            self.who = who
            self._who_fill = QColor(who.colour) if who.colour else None
            self._update_tooltip()
            self.update()

    def set_dots(self, dots: int | None) -> None:
        if dots != self.dots:
            self.dots = dots
            self._update_tooltip()
            self.update()

    def set_match(self, match: bool | None) -> None:
        if match != self.match:
            self.match = match
            self.setOpacity(0.28 if match is False else 1.0)
            self.update()

    def _update_tooltip(self) -> None:
        parts = [self.idea.text if len(self.idea.text) < 2000 else self.idea.text[:2000] + "…"]
        if self.who.label:
            parts.append(self.who.label)
        if self.idea.table_name:
            parts.append(self.idea.table_name)
        if self.dots is not None:
            parts.append(f"● {self.dots}")
        self.setToolTip("\n\n".join(parts))

    def center(self) -> QPointF:
        return self.pos() + QPointF(NOTE_WIDTH / 2, NOTE_HEIGHT / 2)

    # Drawing ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(-OUTLINE, -OUTLINE, NOTE_WIDTH + 2 * OUTLINE, NOTE_HEIGHT + 2 * OUTLINE)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, NOTE_WIDTH, NOTE_HEIGHT))
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        colours = style.board_colours()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        card = QRectF(0, 0, NOTE_WIDTH, NOTE_HEIGHT)
        if lod < DETAIL_LOD:
            painter.fillRect(card, self._fill)
            if lod >= SPECK_LOD and self._who_fill is not None:
                painter.fillRect(self._who_rect, self._who_fill)
            if self.match or self.isSelected():
                self._paint_outlines(painter, card, colours, lod)
            if self.hasFocus():
                self._paint_focus(painter, card, colours, lod)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colours.note_border, colours.note_border_width))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(card, RADIUS, RADIUS)
        self._paint_text(painter, colours)
        self._paint_footer(painter, colours)
        self._paint_outlines(painter, card, colours, lod)
        if self.hasFocus():
            self._paint_focus(painter, card, colours, lod)

    def _paint_focus(
        self, painter: QPainter, card: QRectF, colours: style.BoardColours, lod: float
    ) -> None:
        """The keyboard's place: a dashed ring inside the card, in the note's text colour
        (dark on every note colour), beside the selection's outline rather than in it."""
        width = min(2.5 / max(lod, 0.05), 12.0)
        pen = QPen(colours.note_text, width, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2 + 3
        painter.drawRect(card.adjusted(inset, inset, -inset, -inset))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _paint_text(self, painter: QPainter, colours: style.BoardColours) -> None:
        top = PAD + (self._paint_table(painter, colours) if self.idea.table_name else 0.0)
        if self._layout is None:
            self._layout = layout_text(
                self.idea.text, NOTE_WIDTH - 2 * PAD, NOTE_HEIGHT - top - FOOTER - 4
            )
        painter.setFont(self._layout.font)
        painter.setPen(colours.note_text)
        for text, point in self._layout.lines:
            painter.drawText(point + QPointF(PAD, top), text)

    def _paint_table(self, painter: QPainter, colours: style.BoardColours) -> float:
        """The breakout table's name in an outlined tag at the top left (cut short with
        "…" to the note's width); returns the height it takes from the text."""
        font = _font(TAG_SIZE, QFont.Weight.DemiBold)
        metrics = QFontMetricsF(font)
        name = metrics.elidedText(
            self.idea.table_name or "", Qt.TextElideMode.ElideRight, NOTE_WIDTH - 2 * PAD - 12
        )
        tag = QRectF(PAD - 4, 6, metrics.horizontalAdvance(name) + 12, TAG - 6)
        painter.setFont(font)
        painter.setPen(QPen(colours.note_text, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(tag, 4, 4)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, name)
        return TAG - 2

    def _paint_footer(self, painter: QPainter, colours: style.BoardColours) -> None:
        top = NOTE_HEIGHT - FOOTER
        font = _font(FOOTER_SIZE, QFont.Weight.DemiBold)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        baseline = top + (FOOTER + metrics.ascent() - metrics.descent()) / 2
        right = NOTE_WIDTH - PAD
        if self.dots is not None:
            label = f"● {self.dots}"
            width = metrics.horizontalAdvance(label) + 14
            pill = QRectF(right - width, top + 4, width, FOOTER - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.badge_fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(colours.badge_text)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            right = pill.left() - 6
        left = PAD
        if self.who.colour:
            swatch = QRectF(PAD, top + 8, 14, 14)
            painter.setPen(QPen(colours.note_text, 1))
            painter.setBrush(QColor(self.who.colour))
            painter.drawRect(swatch)
            left = swatch.right() + 6
        if self.who.label:
            painter.setPen(colours.note_text)
            text = metrics.elidedText(self.who.label, Qt.TextElideMode.ElideRight, right - left)
            painter.drawText(QPointF(left, baseline), text)

    def _paint_outlines(
        self, painter: QPainter, card: QRectF, colours: style.BoardColours, lod: float
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        width = min(4.0 / max(lod, 0.05), 40.0)
        for on, colour, dashed in (
            (self.match, colours.match, False),
            (self.isSelected(), colours.selection, bool(self.match)),
        ):
            if not on:
                continue
            # The stroke always starts at the bounding rect's edge and grows inwards
            # when zoomed far out, so it never leaves a trail outside the item.
            offset = OUTLINE - width / 2
            pen = QPen(colour, width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
                offset -= min(width, OUTLINE)
            painter.setPen(pen)
            painter.drawRect(card.adjusted(-offset, -offset, offset, offset))
