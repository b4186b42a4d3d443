"""A theme on the board: a labelled area that notes are dragged into.

Its heading can be dragged to move the whole theme with its notes; a press anywhere
else in the area falls through to the view (rubber-band selection).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...services.layout import HEADER
from ...services.records import ThemeRecord
from .. import style
from ..i18n import ideas_count

TITLE_SIZE = 26.0
COUNT_SIZE = 15.0
MIN_WIDTH, MIN_HEIGHT = 280.0, 200.0
ABOVE = 130.0


def area_of(theme: ThemeRecord) -> QRectF:
    return QRectF(
        theme.x or 0.0,
        theme.y or 0.0,
        max(theme.width or 0.0, MIN_WIDTH),
        max(theme.height or 0.0, MIN_HEIGHT),
    )


class ThemeItem(QGraphicsItem):
    def __init__(self, theme: ThemeRecord) -> None:
        super().__init__()
        self.theme = theme
        self.count = 0
        self.dots: int | None = None  # from a theme round, when the board shows one
        self._rect = QRectF()
        self._press: QPointF | None = None
        self._start = QPointF()
        self.setZValue(0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.set_theme(theme)

    @property
    def theme_id(self) -> int:
        return self.theme.id

    def set_theme(self, theme: ThemeRecord) -> None:
        self.prepareGeometryChange()
        self.theme = theme
        area = area_of(theme)
        self.setPos(area.topLeft())
        self._rect = QRectF(0, 0, area.width(), area.height())
        self.setToolTip(theme.name if self.dots is None else f"{theme.name}\n\n● {self.dots}")
        self.update()

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.update()

    def set_dots(self, dots: int | None) -> None:
        if dots != self.dots:
            self.dots = dots
            self.setToolTip(self.theme.name if dots is None else f"{self.theme.name}\n\n● {dots}")
            self.update()

    def area(self) -> QRectF:
        """The area in scene coordinates (where a dropped note joins the theme)."""
        return self._rect.translated(self.pos())

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self._rect.width(), HEADER - 8)

    def boundingRect(self) -> QRectF:
        # Room above the area for the enlarged heading drawn when zoomed far out.
        return self._rect.adjusted(-2, -ABOVE, 2, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colours = style.board_colours()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        colour = QColor(self.theme.colour)
        fill = QColor(colour)
        fill.setAlpha(colours.theme_fill_alpha)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.3)
        border = colours.theme_border if colours.theme_fill_alpha == 0 else colour.darker(115)
        painter.setPen(QPen(border, max(2.0, 2.0 / max(lod, 0.05))))
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, 10, 10)
        band = QRectF(0, 0, self._rect.width(), 10)
        painter.fillRect(band.adjusted(1, 1, -1, 0), colour)
        self._paint_heading(painter, colours, lod)

    def _paint_heading(self, painter: QPainter, colours: style.BoardColours, lod: float) -> None:
        # Far out, the heading grows so the theme names stay readable over the whole board.
        grow = 1.0 if lod >= 0.5 else min(0.5 / max(lod, 0.05), 4.0)
        title = QFont(style.load_fonts())
        title.setPixelSize(round(TITLE_SIZE * grow))
        title.setWeight(QFont.Weight.Bold)
        count_font = QFont(style.load_fonts())
        count_font.setPixelSize(round(COUNT_SIZE * grow))
        count_metrics = QFontMetricsF(count_font)
        count_text = ideas_count(self.count)
        count_width = count_metrics.horizontalAdvance(count_text) if grow == 1.0 else 0.0
        metrics = QFontMetricsF(title)
        badge = f"● {self.dots}" if self.dots is not None else ""
        badge_width = count_metrics.horizontalAdvance(badge) + 18 if badge else 0.0
        width = self._rect.width() - 32 - (count_width + 12 if count_width else 0)
        if badge:  # the badge beside the name (in the heading's own size when far out)
            width -= badge_width + 10 if grow == 1.0 else metrics.horizontalAdvance("  " + badge)
        name = metrics.elidedText(self.theme.name, Qt.TextElideMode.ElideRight, max(width, 40))
        baseline = 16 + metrics.ascent()
        painter.setPen(colours.theme_text)
        painter.setFont(title)
        if grow > 1.0:
            # Heading above the area so it does not cover the notes.
            painter.drawText(QPointF(16, -metrics.descent() - 8), f"{name}  {badge}".rstrip())
            return
        painter.drawText(QPointF(16, baseline), name)
        right = self._rect.width() - 16
        if count_width:
            painter.setFont(count_font)
            painter.drawText(QPointF(right - count_width, baseline), count_text)
            right -= count_width + 12
        if badge:
            height = count_metrics.height() + 8
            pill = QRectF(right - badge_width, baseline - count_metrics.ascent() - 4, badge_width,
                          height)  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.badge_fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(colours.badge_text)
            painter.setFont(count_font)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)

    # Dragging by the heading ----------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.header_rect().contains(event.pos()):
            self._press = event.scenePos()
            self._start = self.pos()
            event.accept()
            return
        event.ignore()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            event.ignore()
            return
        scene = self.scene()
        delta = event.scenePos() - self._press
        before = self.pos()
        self.setPos(self._start + delta)
        if scene is not None and hasattr(scene, "theme_dragged"):
            scene.theme_dragged(self, self.pos() - before)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            event.ignore()
            return
        self._press = None
        scene = self.scene()
        if scene is not None and hasattr(scene, "theme_dropped") and self.pos() != self._start:
            scene.theme_dropped(self, self._start)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if self.header_rect().contains(event.pos()) and scene is not None:
            # Always a BoardScene, which cannot be imported here (scene.py imports this).
            scene.rename_theme_requested.emit(self.theme_id)  # type: ignore[attr-defined]
            event.accept()
            return
        event.ignore()
