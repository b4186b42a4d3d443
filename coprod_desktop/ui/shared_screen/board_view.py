"""Board mode: the whole board as the facilitator arranged it, fitted to the screen,
read-only. Notes carry the dots of closed rounds only: while a round is open nobody
sees where dots are going.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from ...services import board, layout
from ...services.records import IdeaRecord, ThemeRecord
from ..controller import Controller
from .base import ScreenView
from .style import BACKGROUND, INK, FitText, draw_fitted, fit_text, one_line

NOTE_TEXT_PX, NOTE_TEXT_MIN_PX = 28.0, 23.0
THEME_TEXT_PX = 34.0


class NoteItem(QGraphicsItem):
    def __init__(self, idea: IdeaRecord, dots: int, scale: float) -> None:
        super().__init__()
        self.idea, self.dots, self.scale_ = idea, dots, scale
        self.text = one_line(idea.text)
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
        draw_fitted(painter, box, fitted)
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
    def __init__(self, theme: ThemeRecord, scale: float) -> None:
        super().__init__()
        self.theme, self.scale_ = theme, scale
        self.setPos(theme.x or 0.0, theme.y or 0.0)
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.theme.width or 0.0, self.theme.height or 0.0).adjusted(
            -3, -3, 3, 3
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, self.theme.width or 0.0, self.theme.height or 0.0)
        fill = QColor(self.theme.colour)
        fill.setAlpha(45)
        painter.setPen(QPen(INK, 3))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 12, 12)
        strip = QRectF(rect.left(), rect.top(), rect.width(), layout.HEADER - 8)
        painter.setBrush(QColor(self.theme.colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(strip.adjusted(3, 3, -3, 0), 10, 10)
        box = strip.adjusted(layout.PADDING, 6, -layout.PADDING, -2)
        fitted = fit_text(
            one_line(self.theme.name),
            box.width(),
            box.height(),
            THEME_TEXT_PX * self.scale_,
            22 * self.scale_,
            True,
            1,
        )
        # A white band behind the name keeps it legible on any theme colour.
        painter.setBrush(QBrush(QColor(255, 255, 255, 225)))
        painter.drawRoundedRect(box.adjusted(-8, -2, 8, 2), 8, 8)
        draw_fitted(painter, box, fitted, bold=True, vcenter=True)


class FittedView(QGraphicsView):
    """Always shows the whole scene, as large as the window allows."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.sceneRect().isEmpty():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class BoardView(ScreenView):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("board")
        self.scene = QGraphicsScene(self)
        self.view = FittedView(self.scene, self)
        self.view.setInteractive(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.view.setBackgroundBrush(BACKGROUND)
        self.view.setAccessibleName(self.tr("The board"))
        self.empty = FitText(self, factor=1.6, align=Qt.AlignmentFlag.AlignHCenter, vcenter=True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.empty, 0)
        self.notes: dict[int, NoteItem] = {}
        for signal in (
            controller.workshop_opened,
            controller.themes_changed,
            controller.ideas_changed,
            controller.ideas_removed,
            controller.board_reset,
            controller.rounds_changed,
            controller.round_changed,
        ):
            signal.connect(self.refresh)

    def apply_metrics(self) -> None:
        self.empty.set_metrics(self.metrics)
        if not self._stale and self.isVisible():
            self.load()

    def clear(self) -> None:
        self.scene.clear()
        self.notes = {}
        self.empty.setText(self.tr("No workshop is open"))
        self.empty.show()
        self.view.hide()

    def load(self) -> None:
        if not self.workshop_id:
            self.clear()
            return
        db = self.controller.db
        themes = board.list_themes(db, self.workshop_id)
        ideas = board.list_ideas(db, self.workshop_id)
        dots = board.closed_dots(db, self.workshop_id)  # closed rounds only, by design
        self.scene.clear()
        scale = self.metrics.scale
        for theme in themes:
            if theme.x is not None and theme.width:
                self.scene.addItem(ThemeItem(theme, scale))
        self.notes = {}
        for idea in ideas:
            item = NoteItem(idea, dots.get(idea.id, 0), scale)
            self.notes[idea.id] = item
            self.scene.addItem(item)
        has_ideas = bool(ideas) or bool(themes)
        self.empty.setVisible(not has_ideas)
        self.view.setVisible(has_ideas)
        self.empty.setText("" if has_ideas else self.tr("The board is empty so far"))
        self.view.setAccessibleDescription(
            self.tr("{ideas} ideas in {themes} themes").format(ideas=len(ideas), themes=len(themes))
        )
        self.fit()

    def fit(self) -> None:
        bounds = self.scene.itemsBoundingRect()
        if bounds.isEmpty():
            return
        margin = 24.0
        self.scene.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def shown_dots(self) -> dict[int, int]:
        """Idea id -> dots drawn on its note (for tests and screen readers)."""
        return {idea_id: item.dots for idea_id, item in self.notes.items() if item.dots}
