"""Board mode: the whole board as the facilitator arranged it, fitted to the screen,
read-only. Notes (or theme frames) carry the dots of the one closed round the
facilitator chose on the board page, and a line says which; while a round is open
nobody sees where dots are going.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from ...services import board, layout
from ...services.records import IdeaRecord, ThemeRecord
from ..board.dots_choice import DotsChoice
from ..controller import Controller
from ..i18n import ideas_count, themes_count
from .base import ScreenView
from .style import BACKGROUND, INK, MUTED, NOTE_INK, FitText, draw_fitted, fit_text, one_line

NOTE_TEXT_PX, NOTE_TEXT_MIN_PX = 36.0, 30.0
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


Column = tuple[int | None, list[IdeaRecord]]  # theme id (None: not in a theme) and its notes


def tidy_layout(
    columns: list[Column], aspect: float
) -> tuple[dict[int | None, tuple[float, float, float, float]], dict[int, tuple[float, float]]]:
    """Theme columns side by side, each note grid as tall as makes the notes largest on
    a screen of this width/height ``aspect``."""
    w, h, gap, pad = layout.NOTE_WIDTH, layout.NOTE_HEIGHT, layout.GAP, layout.PADDING
    most = max((len(notes) for _key, notes in columns), default=1) or 1

    def size(rows: int) -> tuple[float, float]:
        width = sum(
            2 * pad + (cols := -(-max(len(notes), 1) // rows)) * w + (cols - 1) * gap
            for _key, notes in columns
        ) + layout.COLUMN_GAP * (len(columns) - 1)
        return width, layout.HEADER + pad + rows * h + (rows - 1) * gap

    def scale(rows: int) -> float:
        width, height = size(rows)
        return min(aspect / width, 1 / height)

    rows = max(range(1, most + 1), key=scale)
    areas: dict[int | None, tuple[float, float, float, float]] = {}
    positions: dict[int, tuple[float, float]] = {}
    x = 0.0
    for key, notes in columns:
        cols = -(-max(len(notes), 1) // rows)
        width = 2 * pad + cols * w + (cols - 1) * gap
        areas[key] = (x, 0.0, width, size(rows)[1])
        for index, idea in enumerate(notes):
            col, row = divmod(index, rows)
            positions[idea.id] = (x + pad + col * (w + gap), layout.HEADER + row * (h + gap))
        x += width + layout.COLUMN_GAP
    return areas, positions


class FittedView(QGraphicsView):
    """Always shows the whole scene, as large as the window allows."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.sceneRect().isEmpty():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class BoardView(ScreenView):
    """The board, read-only. ``tidy`` (the default) lays the notes out in theme columns
    shaped to the screen so they are as large as possible; otherwise they stand where
    the facilitator put them."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("board")
        self.tidy = True
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
        self.dots_choice = DotsChoice.of(controller)
        self.caption = FitText(self, factor=0.85, colour=MUTED, max_lines=1)
        self.caption_row = QHBoxLayout()
        self.caption_row.addWidget(self.caption)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self.caption_row, 0)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.empty, 0)
        self.notes: dict[int, NoteItem] = {}
        self.areas: dict[int | None, ThemeItem] = {}
        self.themes: list[ThemeRecord] = []
        self.ideas: list[IdeaRecord] = []
        for signal in (
            controller.workshop_opened,
            controller.themes_changed,
            controller.ideas_changed,
            controller.ideas_removed,
            controller.board_reset,
            self.dots_choice.changed,  # rounds closed or deleted, or another round chosen
        ):
            signal.connect(self.refresh)

    def set_tidy(self, tidy: bool) -> None:
        self.tidy = tidy
        self.arrange()

    def apply_colours(self) -> None:
        self.view.setBackgroundBrush(BACKGROUND)
        super().apply_colours()
        self.view.viewport().update()

    def apply_metrics(self) -> None:
        self.empty.set_metrics(self.metrics)
        self.caption.set_metrics(self.metrics)
        margin = self.metrics.px(0.6)
        self.caption_row.setContentsMargins(margin, margin // 2, margin, 0)
        if not self._stale and self.isVisible():
            self.load()

    def clear(self) -> None:
        self.scene.clear()
        self.notes, self.areas = {}, {}
        self.empty.setText(self.tr("No workshop is open"))
        self.caption.setText("")
        self.caption.hide()
        self.empty.show()
        self.view.hide()

    def load(self) -> None:
        if not self.workshop_id:
            self.clear()
            return
        db = self.controller.db
        self.themes = board.list_themes(db, self.workshop_id)
        self.ideas = board.list_ideas(db, self.workshop_id)
        shown = self.dots_choice.dots()  # one closed round only, by design
        dots = shown.ideas
        self.scene.clear()
        scale = self.metrics.scale
        self.areas = {
            t.id: ThemeItem(t.name, t.colour, scale, shown.themes.get(t.id, 0)) for t in self.themes
        }
        if any(i.theme_id is None for i in self.ideas):
            self.areas[None] = ThemeItem(self.tr("Not in a theme yet"), "#D0D0D0", scale)
        for item in self.areas.values():
            self.scene.addItem(item)
        self.notes = {}
        for idea in self.ideas:
            item = NoteItem(idea, dots.get(idea.id, 0), scale)
            self.notes[idea.id] = item
            self.scene.addItem(item)
        has_ideas = bool(self.ideas) or bool(self.themes)
        self.caption.setText(self.dots_choice.caption() if shown.round else "")
        self.caption.setVisible(has_ideas and shown.round is not None)
        self.empty.setVisible(not has_ideas)
        self.view.setVisible(has_ideas)
        self.empty.setText("" if has_ideas else self.tr("The board is empty so far"))
        self.view.setAccessibleDescription(
            self.tr("{ideas} in {themes}").format(
                ideas=ideas_count(len(self.ideas)), themes=themes_count(len(self.themes))
            )
        )
        self.arrange()

    def arrange(self) -> None:
        if not self.notes and not self.areas:
            return
        if self.tidy:
            known = {t.id for t in self.themes}
            columns: list[Column] = [
                (t.id, [i for i in self.ideas if i.theme_id == t.id]) for t in self.themes
            ]
            loose = [i for i in self.ideas if i.theme_id not in known]
            if loose:
                columns.append((None, loose))
            for _key, notes in columns:
                notes.sort(key=lambda i: (i.x, i.y))  # down each column, as on the board
            view = self.view.viewport().size()
            aspect = view.width() / view.height() if view.height() > 0 else 16 / 9
            areas, positions = tidy_layout(columns, aspect)
            for key, item in self.areas.items():
                item.setVisible(key in areas)
                if key in areas:
                    item.set_area(*areas[key])
            for idea_id, (x, y) in positions.items():
                self.notes[idea_id].setPos(x, y)
        else:
            for theme in self.themes:
                item = self.areas[theme.id]
                placed = theme.x is not None and bool(theme.width)
                item.setVisible(placed)
                if placed:
                    item.set_area(
                        theme.x or 0.0, theme.y or 0.0, theme.width or 0.0, theme.height or 0.0
                    )
            if None in self.areas:
                self.areas[None].setVisible(False)
            for idea in self.ideas:
                self.notes[idea.id].setPos(idea.x, idea.y)
        self.fit()

    def fit(self) -> None:
        bounds = QRectF()
        for item in self.scene.items():
            if item.isVisible():
                bounds = bounds.united(item.sceneBoundingRect())
        if bounds.isEmpty():
            return
        margin = 24.0
        self.scene.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.tidy and self.notes:
            self.arrange()  # the best shape depends on the screen's

    def shown_dots(self) -> dict[int, int]:
        """Idea id -> dots drawn on its note (for tests and screen readers)."""
        return {idea_id: item.dots for idea_id, item in self.notes.items() if item.dots}

    def shown_theme_dots(self) -> dict[int, int]:
        """Theme id -> dots drawn on its frame (a round about themes)."""
        return {
            theme_id: item.dots
            for theme_id, item in self.areas.items()
            if theme_id is not None and item.dots
        }
