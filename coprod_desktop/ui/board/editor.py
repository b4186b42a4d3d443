"""Editing a note in place: a text box laid over the note at the board's zoom.

Enter keeps the change, Shift+Enter starts a new line, Escape leaves the note as it was;
clicking elsewhere keeps the change too (nothing typed is lost).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QPlainTextEdit

from ...services.layout import NOTE_HEIGHT, NOTE_WIDTH
from .note_item import NoteItem

MIN_WIDTH, MIN_HEIGHT = 260, 150


class NoteEditor(QPlainTextEdit):
    finished = Signal(int, str)  # idea id, new text (only when kept and changed)

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.idea_id = 0
        self._original = ""
        self._closing = False
        self._opening = False
        self.setFrameShape(QFrame.Shape.Box)
        self.setAccessibleName(self.tr("Edit idea"))
        self.setToolTip(self.tr("Enter keeps the change, Shift+Enter adds a line, Esc cancels"))
        self.setTabChangesFocus(True)
        self.hide()
        view.viewport().installEventFilter(self)

    @property
    def active(self) -> bool:
        return self.isVisible()

    def edit(self, note: NoteItem) -> None:
        self.idea_id = note.idea_id
        self._original = note.idea.text
        self._closing = False
        self.setPlainText(note.idea.text)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(note.idea.colour))
        palette.setColor(QPalette.ColorRole.Text, QColor("#1B1B1B"))
        self.setPalette(palette)
        font = self.font()
        font.setPixelSize(max(14, round(17 * min(self.view.transform().m11(), 1.5))))
        self.setFont(font)
        top_left = self.view.mapFromScene(note.pos())
        bottom_right = self.view.mapFromScene(
            note.pos().x() + NOTE_WIDTH, note.pos().y() + NOTE_HEIGHT
        )
        width = max(MIN_WIDTH, bottom_right.x() - top_left.x())
        height = max(MIN_HEIGHT, bottom_right.y() - top_left.y())
        viewport = self.view.viewport().rect()
        x = max(0, min(top_left.x(), viewport.width() - width))
        y = max(0, min(top_left.y(), viewport.height() - height))
        self.setGeometry(x, y, width, height)
        self._opening = True  # events that showing itself causes do not close it
        try:
            self.show()
        finally:
            self._opening = False
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()

    def keep(self) -> None:
        if self._closing or not self.isVisible():
            return
        self._closing = True
        text = self.toPlainText()
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if text.strip() and text != self._original:
            self.finished.emit(self.idea_id, text)

    def cancel(self) -> None:
        if self._closing:
            return
        self._closing = True
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.keep()
                return
            self.insertPlainText("\n")
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.keep()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Zooming, or the board changing size, under an open editor would leave it
        # floating over the wrong place: keep the text and close it.
        kind = event.type()
        resized = isinstance(event, QResizeEvent) and event.size() != event.oldSize()
        if self.isVisible() and not self._opening and (kind == QEvent.Type.Wheel or resized):
            self.keep()
        return super().eventFilter(watched, event)
