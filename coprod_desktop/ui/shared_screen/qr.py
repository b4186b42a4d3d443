"""A QR code painted module by module, crisp at any size: whole pixels per module, black
on a white square with the standard quiet zone of four modules, in both themes (a phone's
camera needs dark on light)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET = 4  # modules of white around the code


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of ``text``'s QR code, medium error correction."""
    import segno  # only when phones are turned on

    code = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


class QrCode(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code of the ballot's address"))

    def set_text(self, text: str) -> None:
        if text == self.text:
            return
        self.text = text
        self.matrix = qr_matrix(text) if text else ()
        self.setAccessibleDescription(text)
        self.update()

    def code_rect(self) -> QRect:
        """The white square, quiet zone included, at the left and centred down, in whole
        pixels per module."""
        modules = len(self.matrix) + 2 * QUIET
        if not self.matrix:
            return QRect()
        module = max(1, min(self.width(), self.height()) // modules)
        side = module * modules
        rect = QRect(0, 0, side, side)
        rect.moveCenter(self.rect().center())
        rect.moveLeft(0)  # in line with the text above it
        return rect

    def sizeHint(self) -> QSize:
        return QSize(400, 400)

    def minimumSizeHint(self) -> QSize:
        return QSize(2 * (len(self.matrix) + 2 * QUIET), 2 * (len(self.matrix) + 2 * QUIET))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.matrix:
            return
        rect = self.code_rect()
        module = rect.width() // (len(self.matrix) + 2 * QUIET)
        painter = QPainter(self)
        painter.fillRect(rect, QColor("#FFFFFF"))
        black = QColor("#000000")
        left, top = rect.left() + QUIET * module, rect.top() + QUIET * module
        for y, row in enumerate(self.matrix):
            x = 0
            while x < len(row):  # one rectangle per run of dark modules
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                painter.fillRect(
                    left + start * module, top + y * module, (x - start) * module, module, black
                )
        painter.end()
