"""Board mode "as arranged": the whole board as the facilitator placed it, shrunk to the
screen like a map of the wall. Text may be cut here; the default tidy board
(``board_view``) shows every idea whole, paging when it must.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from ...services import layout
from ...services.records import IdeaRecord
from ...text import one_line
from .style import BACKGROUND, INK, MAX_CHARS, NOTE_INK, draw_fitted, fit_text

NOTE_TEXT_PX, NOTE_TEXT_MIN_PX = 36.0, 30.0
THEME_TEXT_PX = 34.0


class NoteItem(QGraphicsItem):
    def __init__(self, idea: IdeaRecord, dots: int, scale: float) -> None:
        super().__init__()
        self.idea, self.dots, self.scale_ = idea, dots, scale
        self.text = one_line(idea.text[:MAX_CHARS])
        self.setPos(idea.x, idea.y)

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, layout.NOTE_WIDTH + 8, layout.NOTE_HEIGHT + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, layout.NOTE_WIDTH, layout.NOTE_HEIGHT)
        painter.setPen(QPen(INK, 2))
        painter.setBrush(QColor(self.idea.colour))
        painter.drawRect(rect)
        pad = 10.0
        badge = 46.0 if self.dots else 0.0
        box = rect.adjusted(pad, pad, -pad - badge, -pad)
        fitted = fit_text(
            self.text,
            box.width(),
            box.height(),
            NOTE_TEXT_PX * self.scale_,
            NOTE_TEXT_MIN_PX * self.scale_,
        )
        draw_fitted(painter, box, fitted, colour=NOTE_INK)
        if self.dots:
            circle = QRectF(rect.right() - badge - 4, rect.top() + 6, badge, badge)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawEllipse(circle)
            fitted = fit_text(str(self.dots), badge - 8, badge - 8, 26, 14, True, 1)
            draw_fitted(
                painter,
                circle.adjusted(4, 4, -4, -4),
                fitted,
                bold=True,
                colour=BACKGROUND,
                align=Qt.AlignmentFlag.AlignHCenter,
                vcenter=True,
            )


class ThemeItem(QGraphicsItem):
    def __init__(self, name: str, colour: str, scale: float, dots: int = 0) -> None:
        super().__init__()
        self.name, self.colour, self.scale_ = one_line(name), colour, scale
        self.dots = dots  # from a round about themes
        self.size = (0.0, 0.0)
        self.setZValue(-1)

    def set_area(self, x: float, y: float, width: float, height: float) -> None:
        self.prepareGeometryChange()
        self.setPos(x, y)
        self.size = (width, height)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, *self.size).adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, *self.size)
        fill = QColor(self.colour)
        fill.setAlpha(45)
        painter.setPen(QPen(INK, 3))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 12, 12)
        strip = QRectF(rect.left(), rect.top(), rect.width(), layout.HEADER - 8)
        painter.setBrush(QColor(self.colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(strip.adjusted(3, 3, -3, 0), 10, 10)
        box = strip.adjusted(layout.PADDING, 6, -layout.PADDING, -2)
        if self.dots:
            badge = box.height() + 4
            circle = QRectF(box.right() - badge, box.center().y() - badge / 2, badge, badge)
            box.setRight(circle.left() - 12)
            painter.setBrush(INK)
            painter.drawEllipse(circle)
            number = fit_text(str(self.dots), badge - 8, badge - 8, 26, 14, True, 1)
            draw_fitted(
                painter,
                circle.adjusted(4, 4, -4, -4),
                number,
                bold=True,
                colour=BACKGROUND,
                align=Qt.AlignmentFlag.AlignHCenter,
                vcenter=True,
            )
            painter.setPen(Qt.PenStyle.NoPen)
        fitted = fit_text(
            self.name,
            box.width(),
            box.height(),
            THEME_TEXT_PX * self.scale_,
            22 * self.scale_,
            True,
            1,
        )
        # A band in the background colour behind the name keeps it legible on any theme
        # colour, in either of the screen's themes.
        band = QColor(BACKGROUND)
        band.setAlpha(225)
        painter.setBrush(QBrush(band))
        painter.drawRoundedRect(box.adjusted(-8, -2, 8, 2), 8, 8)
        draw_fitted(painter, box, fitted, bold=True, vcenter=True)


class FittedView(QGraphicsView):
    """Always shows the whole scene, as large as the window allows."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.sceneRect().isEmpty():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
