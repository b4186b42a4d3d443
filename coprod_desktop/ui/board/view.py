"""The board's view: zoom (wheel, Ctrl +/-, fit), pan (middle button, Space + drag,
scroll bars), and the keyboard: arrow keys walk from note to note (with Shift they add
to the selection), Ctrl+Space picks or drops the focused note, Enter edits it."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from .note_item import NoteItem
from .scene import BoardScene

MIN_ZOOM, MAX_ZOOM = 0.04, 4.0
STEP = 1.2
FIT_MAX = 1.0  # fitting a nearly empty board never blows the notes up past 100 %


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    edit_requested = Signal(int)  # idea id: Enter on the focused note

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self._panning: QPointF | None = None
        self._space = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # No scroll bars: they steal room and shift the fit; pan by dragging (middle
        # button or Space), Alt+arrow keys, or the wheel with Shift.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_pending = False
        self._fitted = False  # showing the whole board: it stays so when the view resizes
        self.setAccessibleName(self.tr("Idea board"))
        self.setAccessibleDescription(
            self.tr(
                "Sticky notes grouped into themes. Arrow keys move between notes; "
                "the outline view lists the same ideas for screen readers."
            )
        )

    # Zoom -------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QGraphicsView.ViewportAnchor | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._fitted = False
        current = self.zoom()
        if math.isclose(factor, current):
            return
        previous = self.transformationAnchor()
        if anchor is not None:
            self.setTransformationAnchor(anchor)
        self.scale(factor / current, factor / current)
        self.setTransformationAnchor(previous)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def fit(self, rect: QRectF | None = None) -> None:
        """Show the whole board (or ``rect``), never larger than 100 %. While the view is
        hidden the fit waits until it is shown at its real size."""
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        rect = rect if rect is not None else self.board.board_rect()
        if rect.isEmpty():
            self.resetTransform()
            self._fitted = True
            self.zoom_changed.emit(1.0)
            return
        rect = rect.adjusted(-40, -40, 40, 40)
        self.setSceneRect(
            self.board.itemsBoundingRect().united(rect).adjusted(-400, -400, 400, 400)
        )
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > FIT_MAX:
            self.set_zoom(FIT_MAX, QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.centerOn(rect.center())
        self._fitted = True
        self.zoom_changed.emit(self.zoom())

    def grow_scene(self, changed: Iterable[QGraphicsItem] | None = None) -> None:
        """Keep room around the notes to drag into after the board changed; given the
        items that changed, only they are measured (not 2,000 notes on every capture)."""
        if changed is None:
            bounds = self.board.itemsBoundingRect()
        else:
            bounds = QRectF()
            for item in changed:
                bounds = bounds.united(item.sceneBoundingRect())
            if bounds.isNull():
                return
        self.setSceneRect(self.sceneRect().united(bounds.adjusted(-400, -400, 400, 400)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            QTimer.singleShot(0, self.fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted and self.isVisible():
            # A larger text size, another screen, a resized window: still the whole board.
            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        if self._fitted:
            self.fit()

    def pan(self, dx: int, dy: int) -> None:
        self._fitted = False
        bar_x, bar_y = self.horizontalScrollBar(), self.verticalScrollBar()
        bar_x.setValue(bar_x.value() + dx)
        bar_y.setValue(bar_y.value() + dy)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            delta = event.angleDelta()
            self.pan(-round(delta.y() or delta.x()), 0)  # Shift + wheel pans sideways
            event.accept()
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.set_zoom(self.zoom() * (STEP**steps))
        event.accept()

    # Pan --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.pan(-round(delta.x()), -round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # Keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Space and plain and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        direction = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }.get(Qt.Key(key))
        if direction and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            step = max(40, self.viewport().width() // 6)
            self.pan(direction[0] * step, direction[1] * step)
            return
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if direction and self.step_selection(*direction, extend=extend):
            return
        note = self.focused_note()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Space and control and note is not None:
            note.setSelected(not note.isSelected())  # Ctrl+Space: pick or drop this note
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and note is not None:
            self.edit_requested.emit(note.idea_id)
            return
        super().keyPressEvent(event)

    def focused_note(self) -> NoteItem | None:
        item = self.board.focusItem()
        return item if isinstance(item, NoteItem) else None

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def step_selection(self, dx: int, dy: int, *, extend: bool = False) -> bool:
        """Select the nearest note in a direction from the current one (or the first note
        on the board), adding it to the selection with ``extend``; False when there is
        nowhere to go."""
        notes = list(self.board.notes.values())
        if not notes:
            return False
        focused = self.board.focusItem()
        if isinstance(focused, NoteItem):
            current: NoteItem | None = focused
        else:
            selected = [i for i in self.board.selectedItems() if isinstance(i, NoteItem)]
            current = selected[0] if selected else None
        if current is None:
            target = min(notes, key=lambda n: (n.pos().y() // 100, n.pos().x()))
        else:
            origin = current.center()
            best: tuple[float, NoteItem] | None = None
            for note in notes:
                if note is current:
                    continue
                offset = note.center() - origin
                along = offset.x() * dx + offset.y() * dy
                if along <= 1:
                    continue
                across = abs(offset.x() * dy) + abs(offset.y() * dx)
                score = along + 2.5 * across
                if best is None or score < best[0]:
                    best = (score, note)
            if best is None:
                return False
            target = best[1]
        if not extend:
            self.board.clearSelection()
        target.setSelected(True)
        self.board.setFocusItem(target)
        self.ensureVisible(target, 40, 40)
        return True
