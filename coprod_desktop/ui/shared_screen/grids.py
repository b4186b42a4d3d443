"""Large tiles for the ballot kiosk, in pages: names to pick from, and items to put dots on.

One painted widget per grid keeps 60 tiles cheap and makes paging simple. Everything
works by tap, click and keys: arrows move, Space or Enter chooses (or adds a dot),
minus or Backspace takes a dot off, Page Up and Page Down turn the page. A focused tile
has a thick outer ring; a tile with dots has a thick border, a tinted fill and filled
circles, so colour is never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...text import one_line
from .style import (
    ACCENT,
    ACCENT_INK,
    BACKGROUND,
    CHOSEN,
    DEFAULT_METRICS,
    INK,
    LINE,
    MUTED,
    PALE,
    Metrics,
    draw_fitted,
    fit_text,
)

_ADD_KEYS = {
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Equal,
}
_REMOVE_KEYS = {Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Underscore}


@dataclass(frozen=True)
class Tile:
    key: int  # idea, theme or participant id
    label: str
    number: int = 0  # shown on ballot tiles, so the room can say "number 12"


class PagedGrid(QWidget):
    """Tiles laid out in as many columns and rows as fit at the current text size."""

    page_changed = Signal()
    focus_moved = Signal()
    min_width, min_height = 13.0, 5.0  # in text units
    gap = 0.6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[Tile] = []
        self.metrics: Metrics = DEFAULT_METRICS
        self.page = 0
        self.current = 0
        self._pressed: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # Layout ---------------------------------------------------------------------------

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self._keep_current_visible()
        self.update()

    def grid(self) -> tuple[int, int]:
        unit, gap = self.metrics.unit, self.metrics.unit * self.gap
        columns = int((self.width() + gap) // (unit * self.min_width + gap))
        rows = int((self.height() + gap) // (unit * self.min_height + gap))
        columns, rows = max(1, columns), max(1, rows)
        if len(self.tiles) < columns * rows:  # few tiles: make them bigger, not sparse
            rows = max(1, min(rows, -(-len(self.tiles) // columns)))
        return columns, rows

    @property
    def per_page(self) -> int:
        columns, rows = self.grid()
        return columns * rows

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.tiles) // self.per_page))

    def visible_range(self) -> range:
        start = self.page * self.per_page
        return range(start, min(len(self.tiles), start + self.per_page))

    def tile_rect(self, index: int) -> QRectF:
        columns, rows = self.grid()
        slot = index - self.page * self.per_page
        row, column = divmod(slot, columns)
        gap = self.metrics.unit * self.gap
        width = (self.width() - gap * (columns - 1)) / columns
        height = (self.height() - gap * (rows - 1)) / rows
        height = min(height, self.metrics.unit * self.min_height * 1.6)
        return QRectF(column * (width + gap), row * (height + gap), width, height).adjusted(
            3, 3, -3, -3
        )

    def index_at(self, point: QPointF) -> int | None:
        for index in self.visible_range():
            if self.tile_rect(index).contains(point):
                return index
        return None

    def set_page(self, page: int) -> bool:
        page = max(0, min(page, self.page_count - 1))
        if page == self.page:
            return False
        self.page = page
        if self.current not in self.visible_range():
            self.current = self.visible_range().start
        self.page_changed.emit()
        self.focus_moved.emit()
        self.update()
        return True

    def set_current(self, index: int) -> None:
        if not self.tiles:
            return
        self.current = max(0, min(index, len(self.tiles) - 1))
        page = self.current // self.per_page
        if page != self.page:
            self.page = page
            self.page_changed.emit()
        self.focus_moved.emit()
        self.update()

    def _keep_current_visible(self) -> None:
        if self.tiles and self.current // self.per_page != self.page:
            self.page = min(self.current // self.per_page, self.page_count - 1)
            self.page_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.page = min(self.page, self.page_count - 1)
        self._keep_current_visible()
        self.page_changed.emit()  # how many pages there are depends on the size

    # Input ----------------------------------------------------------------------------

    def activate(self, index: int, point: QPointF | None = None) -> None:
        """A tap, click, Space or Enter on a tile."""

    def take_back(self, index: int) -> None:
        """Minus, Backspace or Delete on a tile."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        columns, _rows = self.grid()
        moves: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -columns,
            Qt.Key.Key_Down: columns,
        }
        if not self.tiles:
            event.ignore()
            return
        if key in moves:
            self.set_current(self.current + moves[key])
        elif key == Qt.Key.Key_PageDown:
            self.set_page(self.page + 1)
        elif key == Qt.Key.Key_PageUp:
            self.set_page(self.page - 1)
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self.tiles) - 1)
        elif key in _ADD_KEYS:
            self.activate(self.current)
        elif key in _REMOVE_KEYS:
            self.take_back(self.current)
        else:
            event.ignore()
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.index_at(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index is not None and index == self._pressed:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_current(index)
            self.activate(index, event.position())
        self._pressed = None
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_moved.emit()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # Drawing --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        for index in self.visible_range():
            rect = self.tile_rect(index)
            if rect.intersects(QRectF(event.rect())):
                self.paint_tile(painter, index, rect)
        painter.end()

    def paint_tile(self, painter: QPainter, index: int, rect: QRectF) -> None:
        raise NotImplementedError

    def paint_frame(self, painter: QPainter, index: int, rect: QRectF, chosen: bool) -> None:
        unit = self.metrics.unit
        radius = unit * 0.35
        if index == self.current and self.hasFocus():
            ring = rect.adjusted(-1, -1, 1, 1)
            painter.setPen(QPen(ACCENT, max(3.0, unit * 0.18), Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, radius, radius)
        inner = rect.adjusted(unit * 0.2, unit * 0.2, -unit * 0.2, -unit * 0.2)
        painter.setBrush(CHOSEN if chosen else BACKGROUND)
        painter.setPen(QPen(INK, max(4.0, unit * 0.2)) if chosen else QPen(LINE, 2))
        painter.drawRoundedRect(inner, radius, radius)


class NameGrid(PagedGrid):
    """The voters who may still vote, as big name tiles."""

    chosen = Signal(int)  # participant id
    min_width, min_height = 9.0, 2.6

    def set_names(self, tiles: list[Tile]) -> None:
        keep = self.tiles[self.current].key if self.tiles else None
        self.tiles = tiles
        keys = [t.key for t in tiles]
        self.current = keys.index(keep) if keep in keys else 0
        self.page = min(self.page, self.page_count - 1)
        self._keep_current_visible()
        self.page_changed.emit()
        self.update()

    def activate(self, index: int, point: QPointF | None = None) -> None:
        if 0 <= index < len(self.tiles):
            self.chosen.emit(self.tiles[index].key)

    def paint_tile(self, painter: QPainter, index: int, rect: QRectF) -> None:
        self.paint_frame(painter, index, rect, False)
        unit = self.metrics.unit
        box = rect.adjusted(unit * 0.6, unit * 0.3, -unit * 0.6, -unit * 0.3)
        fitted = fit_text(
            one_line(self.tiles[index].label),
            box.width(),
            box.height(),
            unit * 1.25,
            unit * 0.8,
            True,
            2,
        )
        draw_fitted(
            painter, box, fitted, bold=True, align=Qt.AlignmentFlag.AlignHCenter, vcenter=True
        )


class BallotGrid(PagedGrid):
    """The items of the vote; each tile takes dots up to the per-item cap and the budget."""

    min_width, min_height = 13.0, 5.6

    changed = Signal()
    refused = Signal(str)  # why a dot could not be added, in plain words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dots: dict[int, int] = {}
        self.budget, self.cap = 0, 0

    def set_ballot(self, tiles: list[Tile], budget: int, cap: int) -> None:
        self.tiles, self.budget, self.cap = tiles, budget, cap
        self.dots = {}
        self.page, self.current = 0, 0
        self.page_changed.emit()
        self.changed.emit()
        self.update()

    def clear(self) -> None:
        """Forget the ballot: nothing of it stays in memory or on screen."""
        self.set_ballot([], 0, 0)

    @property
    def used(self) -> int:
        return sum(self.dots.values())

    @property
    def left(self) -> int:
        return self.budget - self.used

    def dots_on(self, index: int) -> int:
        return self.dots.get(self.tiles[index].key, 0)

    def pages_with_dots(self) -> list[int]:
        per_page = self.per_page
        keys = {t.key: i for i, t in enumerate(self.tiles)}
        return sorted({keys[k] // per_page + 1 for k, v in self.dots.items() if v and k in keys})

    def add(self, index: int) -> bool:
        if not 0 <= index < len(self.tiles):
            return False
        key = self.tiles[index].key
        if self.dots.get(key, 0) >= self.cap:
            self.refused.emit(self.tr("An item can take at most %n dot(s).", "", self.cap))
            return False
        if self.left <= 0:
            self.refused.emit(self.tr("All your dots are placed. Take one off an item to move it."))
            return False
        self.dots[key] = self.dots.get(key, 0) + 1
        self.changed.emit()
        self.update()
        return True

    def remove(self, index: int) -> bool:
        if not 0 <= index < len(self.tiles):
            return False
        key = self.tiles[index].key
        if not self.dots.get(key):
            return False
        self.dots[key] -= 1
        if not self.dots[key]:
            del self.dots[key]
        self.changed.emit()
        self.update()
        return True

    def activate(self, index: int, point: QPointF | None = None) -> None:
        if point is not None and self.minus_rect(self.tile_rect(index)).contains(point):
            self.remove(index)
        else:
            self.add(index)

    def take_back(self, index: int) -> None:
        self.remove(index)

    def describe(self, index: int) -> str:
        tile, dots = self.tiles[index], self.dots_on(index)
        return self.tr("Number {n}: {label}. {dots} of {cap} dots on it.").format(
            n=tile.number, label=tile.label[:200], dots=dots, cap=self.cap
        )

    # Drawing --------------------------------------------------------------------------

    # A tile: its number and text on the left; on the right a column with "+" at the
    # top, the item's dots in the middle and "−" at the bottom.

    def _inner(self, rect: QRectF) -> QRectF:
        unit = self.metrics.unit
        return rect.adjusted(unit * 0.5, unit * 0.4, -unit * 0.4, -unit * 0.4)

    def _column(self, rect: QRectF) -> QRectF:
        inner = self._inner(rect)
        width = self.metrics.unit * 2.7
        return QRectF(inner.right() - width, inner.top(), width, inner.height())

    def _button_size(self, rect: QRectF) -> float:
        unit = self.metrics.unit
        return max(unit, min(unit * 1.55, (self._inner(rect).height() - unit * 0.8) / 2))

    def plus_rect(self, rect: QRectF) -> QRectF:
        column, size = self._column(rect), self._button_size(rect)
        return QRectF(column.center().x() - size / 2, column.top(), size, size)

    def minus_rect(self, rect: QRectF) -> QRectF:
        column, size = self._column(rect), self._button_size(rect)
        return QRectF(column.center().x() - size / 2, column.bottom() - size, size, size)

    def paint_tile(self, painter: QPainter, index: int, rect: QRectF) -> None:
        tile, dots = self.tiles[index], self.dots_on(index)
        unit = self.metrics.unit
        self.paint_frame(painter, index, rect, dots > 0)
        inner, column = self._inner(rect), self._column(rect)
        number = str(tile.number)
        number_box = QRectF(inner.left(), inner.top(), unit * (0.9 + 0.6 * len(number)), unit * 1.4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK if dots else PALE)
        painter.drawRoundedRect(number_box, unit * 0.25, unit * 0.25)
        draw_fitted(
            painter,
            number_box,
            fit_text(number, number_box.width(), number_box.height(), unit, unit * 0.6, True, 1),
            bold=True,
            colour=ACCENT_INK if dots else INK,
            align=Qt.AlignmentFlag.AlignHCenter,
            vcenter=True,
        )
        text_box = QRectF(
            number_box.right() + unit * 0.35,
            inner.top() + unit * 0.05,
            column.left() - number_box.right() - unit * 0.6,
            inner.height() - unit * 0.05,
        )
        fitted = fit_text(tile.label, text_box.width(), text_box.height(), unit, unit * 0.8)
        draw_fitted(painter, text_box, fitted)
        self._paint_controls(painter, rect, dots)

    def _paint_controls(self, painter: QPainter, rect: QRectF, dots: int) -> None:
        unit = self.metrics.unit
        minus, plus = self.minus_rect(rect), self.plus_rect(rect)
        can_add = dots < self.cap and self.left > 0
        for box, enabled, sign in ((minus, dots > 0, "−"), (plus, can_add, "+")):
            pen = QPen(INK if enabled else LINE, max(2.0, unit * 0.1))
            if not enabled:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(ACCENT if enabled else BACKGROUND)
            painter.drawEllipse(box)
            draw_fitted(
                painter,
                box,
                fit_text(sign, box.width(), box.height(), unit * 1.4, unit, True, 1),
                bold=True,
                colour=ACCENT_INK if enabled else MUTED,
                align=Qt.AlignmentFlag.AlignHCenter,
                vcenter=True,
            )
        # The dots on this item: filled circles for dots, hollow for room left (up to
        # three); past three, the count in figures.
        column = self._column(rect)
        middle = QRectF(column.left(), plus.bottom(), column.width(), minus.top() - plus.bottom())
        if self.cap <= 3:
            size, gap = min(unit * 0.8, middle.height() * 0.8), unit * 0.12
            width = self.cap * size + (self.cap - 1) * gap
            x, y = middle.center().x() - width / 2, middle.center().y() - size / 2
            painter.setPen(QPen(INK, max(2.0, unit * 0.08)))
            for n in range(self.cap):
                painter.setBrush(INK if n < dots else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QRectF(x + n * (size + gap), y, size, size))
        else:
            text = f"{dots}/{self.cap}"
            fitted = fit_text(text, middle.width(), middle.height(), unit, unit * 0.6, True, 1)
            draw_fitted(
                painter,
                middle,
                fitted,
                bold=True,
                align=Qt.AlignmentFlag.AlignHCenter,
                vcenter=True,
            )


class DotsLeft(QWidget):
    """The voter's dots: filled for those still to place, hollow for those placed,
    with the number in words beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.budget = 0, 0
        self.metrics: Metrics = DEFAULT_METRICS
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.setFixedHeight(metrics.px(1.9))
        self.update()

    def set_count(self, left: int, budget: int) -> None:
        self.left, self.budget = left, budget
        self.setAccessibleName(self.text())
        self.update()

    def text(self) -> str:
        if not self.left and self.budget:
            return self.tr("All {budget} dots placed").format(budget=self.budget)
        return self.tr("%n dot(s) left of {budget}", "", self.left).format(budget=self.budget)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        unit = self.metrics.unit
        size, gap = unit * 0.9, unit * 0.3
        circles = self.budget if self.budget <= 10 else 0
        text_box = QRectF(0, 0, self.width() - circles * (size + gap) - gap, self.height())
        fitted = fit_text(
            self.text(), text_box.width(), text_box.height(), unit * 1.3, unit, True, 1
        )
        draw_fitted(
            painter, text_box, fitted, bold=True, align=Qt.AlignmentFlag.AlignRight, vcenter=True
        )
        x = self.width() - circles * (size + gap)
        for n in range(circles):
            circle = QRectF(x + n * (size + gap), (self.height() - size) / 2, size, size)
            painter.setPen(QPen(INK, max(2.0, unit * 0.1)))
            painter.setBrush(INK if n < self.left else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle)
        painter.end()
