"""How the shared screen looks: high-contrast colours, type sized from the window, and
text that shrinks to fit its box and then ends in "…" rather than being cut off.

Everything on the projector is sized from the window's height (times the facilitator's
text scale), so the same layout reads from the back of a hall at 1280x720 and 4K.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...paths import resource

# Near-black on white: the widest contrast a washed-out projector keeps.
LIGHT_COLOURS = {
    "BACKGROUND": "#FFFFFF",
    "INK": "#111111",
    "MUTED": "#3A3A3A",  # still over 10:1 on white
    "ACCENT": "#0B4F9C",  # dark blue, 8:1 on white: buttons and bars
    "ACCENT_INK": "#FFFFFF",
    "CHOSEN": "#FFF1B8",  # a tile with dots on it (also marked by a thick border)
    "PALE": "#EEF2F7",
    "LINE": "#6B6B6B",
    "WARNING": "#8A1C00",
    "BAR": "#4A6A8F",  # results bars after the first
    "PRESSED": "#DCE9F7",
}
# The app's high-contrast theme: white and yellow on black, no tints behind text.
HIGH_CONTRAST_COLOURS = {
    "BACKGROUND": "#000000",
    "INK": "#FFFFFF",
    "MUTED": "#E6E6E6",
    "ACCENT": "#FFEB3B",
    "ACCENT_INK": "#000000",
    "CHOSEN": "#3D3500",
    "PALE": "#1F1F1F",
    "LINE": "#BDBDBD",
    "WARNING": "#FF8A80",
    "BAR": "#80D8FF",
    "PRESSED": "#333333",
}
# One QColor each, which the modes import by name; ``use_high_contrast`` recolours them
# in place, so every painter follows the theme at its next paint.
BACKGROUND = QColor(LIGHT_COLOURS["BACKGROUND"])
INK = QColor(LIGHT_COLOURS["INK"])
MUTED = QColor(LIGHT_COLOURS["MUTED"])
ACCENT = QColor(LIGHT_COLOURS["ACCENT"])
ACCENT_INK = QColor(LIGHT_COLOURS["ACCENT_INK"])
CHOSEN = QColor(LIGHT_COLOURS["CHOSEN"])
PALE = QColor(LIGHT_COLOURS["PALE"])
LINE = QColor(LIGHT_COLOURS["LINE"])
WARNING = QColor(LIGHT_COLOURS["WARNING"])
BAR = QColor(LIGHT_COLOURS["BAR"])
PRESSED = QColor(LIGHT_COLOURS["PRESSED"])
BLANK = QColor("#000000")
NOTE_INK = QColor("#111111")  # text on a sticky note: notes are pale in both themes
_high_contrast = False


def high_contrast() -> bool:
    return _high_contrast


def use_high_contrast(on: bool) -> bool:
    """Recolour the shared screen's palette; True if it changed."""
    global _high_contrast
    if on == _high_contrast:
        return False
    _high_contrast = on
    values = HIGH_CONTRAST_COLOURS if on else LIGHT_COLOURS
    for name, value in values.items():
        globals()[name].setRgba(QColor(value).rgba())
    return True


MIN_SCALE, MAX_SCALE, SCALE_STEP = 0.6, 2.0, 0.1
_FONT_FILES = ("Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf")
_FALLBACK = "DejaVu Sans"
MAX_CHARS = 2000  # more than ever fits on a screen; keeps a 10,000-character idea cheap


@cache
def family() -> str:
    """The bundled UI font (Inter), else DejaVu Sans; loaded once."""
    found = ""
    for name in (*_FONT_FILES, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = resource("fonts", name)
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and not found:
            found = QFontDatabase.applicationFontFamilies(font_id)[0]
    return found or _FALLBACK


def font(px: float, *, bold: bool = False) -> QFont:
    result = QFont(family())
    result.setPixelSize(max(8, round(px)))
    result.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return result


def clamp_scale(scale: float) -> float:
    return round(max(MIN_SCALE, min(MAX_SCALE, scale)), 2)


@dataclass(frozen=True)
class Metrics:
    """Sizes for one window size and text scale: ``unit`` is the body text in pixels."""

    unit: float
    width: int
    height: int
    scale: float = 1.0

    @classmethod
    def for_size(cls, size: QSize, scale: float = 1.0) -> Metrics:
        # A wide or a narrow window sizes from its 16:9 core, so text never outgrows it.
        basis = min(size.height(), size.width() * 9 / 16)
        scale = clamp_scale(scale)
        return cls(max(12.0, basis * 0.03 * scale), size.width(), size.height(), scale)

    def px(self, factor: float) -> int:
        return max(1, round(self.unit * factor))

    def font(self, factor: float = 1.0, *, bold: bool = False) -> QFont:
        return font(self.unit * factor, bold=bold)


DEFAULT_METRICS = Metrics(24.0, 1280, 720)


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    px: int
    line_height: float
    elided: bool


def _break(text: str, qfont: QFont, width: float) -> list[str]:
    layout = QTextLayout(text, qfont)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines


@lru_cache(maxsize=2048)
def fit_text(
    text: str,
    width: float,
    height: float,
    max_px: float,
    min_px: float,
    bold: bool = False,
    max_lines: int = 0,
) -> Fitted:
    """The largest size from ``max_px`` down to ``min_px`` at which ``text`` fits the box;
    if it does not fit even at ``min_px``, the lines that do, the last one ending in "…"."""
    text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\n", "\u2028")
    width = max(1.0, width)
    px = max(max_px, min_px)
    while True:
        qfont = font(px, bold=bold)
        metrics = QFontMetricsF(qfont)
        line_height = metrics.lineSpacing()
        room = max(1, int(height // line_height))
        if max_lines:
            room = min(room, max_lines)
        lines = _break(text, qfont, width) if text else []
        if len(lines) <= room:
            return Fitted(tuple(lines), round(px), line_height, False)
        if px <= min_px:
            kept = lines[: room - 1]
            rest = " ".join(lines[room - 1 :])
            last = metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
            if not last.endswith("…"):
                last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width - 1)
                last = last if last.endswith("…") else last.rstrip() + "…"
            return Fitted((*kept, last), round(px), line_height, True)
        px = max(min_px, px * 0.9)


def draw_fitted(
    painter: QPainter,
    rect: QRectF,
    fitted: Fitted,
    *,
    bold: bool = False,
    colour: QColor = INK,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    vcenter: bool = False,
) -> None:
    painter.setFont(font(fitted.px, bold=bold))
    painter.setPen(colour)
    metrics = QFontMetricsF(painter.font())
    total = fitted.line_height * len(fitted.lines)
    y = rect.top() + (max(0.0, rect.height() - total) / 2 if vcenter else 0.0)
    for line in fitted.lines:
        x = rect.left()
        if align & Qt.AlignmentFlag.AlignHCenter:
            x += (rect.width() - metrics.horizontalAdvance(line)) / 2
        elif align & Qt.AlignmentFlag.AlignRight:
            x += rect.width() - metrics.horizontalAdvance(line)
        painter.drawText(QPointF(x, y + metrics.ascent()), line)
        y += fitted.line_height


class FitText(QWidget):
    """A label for the projector: wraps, shrinks to fit down to a floor, then elides."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        factor: float = 1.0,
        min_factor: float = 0.75,
        bold: bool = False,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        max_lines: int = 0,
        vcenter: bool = False,
        keep_space: bool = False,
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self.factor, self.min_factor = factor, min_factor
        self.bold, self.colour, self.align = bold, colour, align
        self.max_lines, self.vcenter = max_lines, vcenter
        self.keep_space = keep_space  # keep a line's height when empty (no jumping layout)
        self.metrics = DEFAULT_METRICS
        self._drawn: tuple[tuple[object, ...], QPixmap] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # With a line limit the label is as tall as its text needs; without, it stretches.
        policy.setHeightForWidth(bool(max_lines))
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text[:300])
            self.updateGeometry()
            self.update()

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.updateGeometry()
        self.update()

    def fitted(self) -> Fitted:
        return fit_text(
            self._text,
            float(self.width()),
            float(self.height()),
            self.metrics.unit * self.factor,
            self.metrics.unit * self.min_factor,
            self.bold,
            self.max_lines,
        )

    def is_elided(self) -> bool:
        return self.fitted().elided

    def hasHeightForWidth(self) -> bool:
        return bool(self.max_lines)

    def heightForWidth(self, width: int) -> int:
        line = QFontMetricsF(self.metrics.font(self.factor, bold=self.bold)).lineSpacing()
        if not self._text:
            return round(line) + 2 if self.keep_space else 0
        fitted = fit_text(
            self._text,
            float(width),
            line * self.max_lines + 1,
            self.metrics.unit * self.factor,
            self.metrics.unit * self.min_factor,
            self.bold,
            self.max_lines,
        )
        return round(max(1, len(fitted.lines)) * fitted.line_height) + 2

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.metrics.font(self.factor, bold=self.bold)).lineSpacing()
        lines = self.max_lines or 2
        return QSize(round(self.metrics.unit * 12), round(line * lines) + 2)

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.metrics.font(self.min_factor, bold=self.bold)).lineSpacing()
        return QSize(round(self.metrics.unit * 4), round(line) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        # Text over 64 px is drawn as outlines, not from Qt's glyph cache, at about a
        # millisecond a line; keep the drawn label and repaint from it.
        ratio = self.devicePixelRatioF()
        key = (
            self._text, self.width(), self.height(), self.metrics.unit, self.factor,
            self.min_factor, self.colour.rgba(), self.bold, int(self.align), self.vcenter,
            self.max_lines, ratio,
        )  # fmt: skip
        if self._drawn is None or self._drawn[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw_fitted(
                painter,
                QRectF(self.rect()),
                self.fitted(),
                bold=self.bold,
                colour=self.colour,
                align=self.align,
                vcenter=self.vcenter,
            )
            painter.end()
            self._drawn = (key, pixmap)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._drawn[1])
        painter.end()


def ordinal_rank(rank: int, tied: bool) -> str:
    """ "1" or "=2": the equals sign marks a tie without relying on colour."""
    return f"={rank}" if tied else str(rank)
