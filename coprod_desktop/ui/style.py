"""Look and feel: the bundled fonts, the light and high-contrast themes, text scaling.

The app is Fusion with our own palette and a small stylesheet (``resources/styles``).
The board reads its colours from ``board_colours()`` so the same scene draws well on a
laptop and on a washed-out projector.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from ..paths import resource
from .i18n import tr

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

LIGHT = "light"
HIGH_CONTRAST = "high_contrast"
THEMES = (LIGHT, HIGH_CONTRAST)
BASE_POINT_SIZE = 11.0
MIN_SCALE, MAX_SCALE = 0.8, 2.0
UI_FONT_FILES = ("Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf")
FALLBACK_FAMILY = "DejaVu Sans"


@dataclass(frozen=True)
class BoardColours:
    background: QColor
    dots: QColor  # the faint grid of the board background
    note_text: QColor
    note_border: QColor
    note_border_width: float
    selection: QColor
    match: QColor
    theme_fill_alpha: int
    theme_text: QColor
    theme_border: QColor
    badge_fill: QColor
    badge_text: QColor


@cache
def _board_colours(theme: str) -> BoardColours:
    """Made on first use: building colours at import would slow the window's first paint."""
    if theme == HIGH_CONTRAST:
        return BoardColours(
            background=QColor("#000000"),
            dots=QColor("#000000"),
            note_text=QColor("#000000"),
            note_border=QColor("#FFFFFF"),
            note_border_width=3.0,
            selection=QColor("#00E5FF"),
            match=QColor("#FFEB3B"),
            theme_fill_alpha=0,
            theme_text=QColor("#FFFFFF"),
            theme_border=QColor("#FFFFFF"),
            badge_fill=QColor("#FFFFFF"),
            badge_text=QColor("#000000"),
        )
    return BoardColours(
        background=QColor("#F4F5F7"),
        dots=QColor("#DADDE3"),
        note_text=QColor("#1B1B1B"),
        note_border=QColor("#8A8F98"),
        note_border_width=1.0,
        selection=QColor("#1A5FB4"),
        match=QColor("#C2410C"),
        theme_fill_alpha=38,
        theme_text=QColor("#1B1B1B"),
        theme_border=QColor("#6B7280"),
        badge_fill=QColor("#1B1B1B"),
        badge_text=QColor("#FFFFFF"),
    )


# Substituted into resources/styles/base.qss (``@name@``).
_QSS_VALUES = {
    LIGHT: {
        "window": "#FFFFFF",
        "sidebar": "#EEF1F5",
        "sidebar_text": "#1B1B1B",
        "accent": "#1A5FB4",
        "accent_text": "#FFFFFF",
        "border": "#C4C9D1",
        "muted": "#4B5563",
        "focus": "#1A5FB4",
        "warning": "#B42318",
        "banner": "#FFF4D6",
        "border_width": "1px",
        "focus_width": "2px",
    },
    HIGH_CONTRAST: {
        "window": "#000000",
        "sidebar": "#000000",
        "sidebar_text": "#FFFFFF",
        "accent": "#FFEB3B",
        "accent_text": "#000000",
        "border": "#FFFFFF",
        "muted": "#FFFFFF",
        "focus": "#00E5FF",
        "warning": "#FF8A80",
        "banner": "#1A1A1A",
        "border_width": "2px",
        "focus_width": "3px",
    },
}

_current_theme = LIGHT
_applied: tuple[str, float] | None = None


def theme_label(theme: str) -> str:
    return tr("High contrast") if theme == HIGH_CONTRAST else tr("Light")


@cache
def load_fonts() -> str:
    """Register the bundled UI fonts; the family to use (DejaVu if Inter is missing)."""
    family = ""
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if not family:
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):  # the minutes' font
            path = resource("fonts", name)
            if path.exists():
                QFontDatabase.addApplicationFont(str(path))
        log.warning("Bundled UI font missing; using %s", FALLBACK_FAMILY)
    return family or FALLBACK_FAMILY


def ui_font(point_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(load_fonts())
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def preferred_theme() -> str:
    """High contrast when the system asks for it (Qt 6.10+), else light."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        try:
            if accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
                return HIGH_CONTRAST
        except AttributeError:
            pass
    return LIGHT


def current_theme() -> str:
    return _current_theme


def board_colours() -> BoardColours:
    return _board_colours(_current_theme)


def clamp_scale(scale: float) -> float:
    return round(max(MIN_SCALE, min(MAX_SCALE, scale)), 2)


def apply_theme(app: QApplication, theme: str, scale: float = 1.0) -> None:
    """Fusion, our palette, fonts and stylesheet; safe to call again to switch."""
    global _current_theme, _applied
    _current_theme = theme if theme in THEMES else LIGHT
    if _applied == (_current_theme, clamp_scale(scale)):
        return  # restyling every widget again is slow and changes nothing
    _applied = (_current_theme, clamp_scale(scale))
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # once: replacing the style under live widgets can crash
    app.setPalette(_palette(_current_theme))
    font = QFont(load_fonts())
    font.setPointSizeF(BASE_POINT_SIZE * clamp_scale(scale))
    app.setFont(font)
    app.setStyleSheet(stylesheet(_current_theme, clamp_scale(scale)))


def stylesheet(theme: str, scale: float = 1.0) -> str:
    text = resource("styles", "base.qss").read_text(encoding="utf-8")
    values = dict(_QSS_VALUES[theme])
    values["heading_size"] = f"{round(20 * scale)}pt"
    values["subheading_size"] = f"{round(14 * scale)}pt"
    values["timer_size"] = f"{round(64 * scale)}pt"
    values["prompt_size"] = f"{round(18 * scale)}pt"
    values["icon_size"] = f"{round(16 * scale)}px"
    values["nav_icon_size"] = f"{round(20 * scale)}px"
    indicator = round(16 * scale)
    values["indicator_size"] = f"{indicator}px"
    values["indicator_radius"] = f"{indicator // 2 + 1}px"
    tick = "check-black.svg" if theme == HIGH_CONTRAST else "check-white.svg"
    values["check_image"] = resource("styles", tick).as_posix()
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def _palette(theme: str) -> QPalette:
    p = QPalette()
    if theme == HIGH_CONTRAST:
        colours = {
            QPalette.ColorRole.Window: "#000000",
            QPalette.ColorRole.WindowText: "#FFFFFF",
            QPalette.ColorRole.Base: "#000000",
            QPalette.ColorRole.AlternateBase: "#1A1A1A",
            QPalette.ColorRole.Text: "#FFFFFF",
            QPalette.ColorRole.Button: "#000000",
            QPalette.ColorRole.ButtonText: "#FFFFFF",
            QPalette.ColorRole.Highlight: "#FFEB3B",
            QPalette.ColorRole.HighlightedText: "#000000",
            QPalette.ColorRole.ToolTipBase: "#000000",
            QPalette.ColorRole.ToolTipText: "#FFFFFF",
            QPalette.ColorRole.PlaceholderText: "#D0D0D0",
            QPalette.ColorRole.Link: "#80D8FF",
            QPalette.ColorRole.Light: "#FFFFFF",
            QPalette.ColorRole.Mid: "#FFFFFF",
            QPalette.ColorRole.Dark: "#FFFFFF",
        }
        disabled_text = "#A0A0A0"
    else:
        colours = {
            QPalette.ColorRole.Window: "#FFFFFF",
            QPalette.ColorRole.WindowText: "#1B1B1B",
            QPalette.ColorRole.Base: "#FFFFFF",
            QPalette.ColorRole.AlternateBase: "#F5F7FA",
            QPalette.ColorRole.Text: "#1B1B1B",
            QPalette.ColorRole.Button: "#F3F4F6",
            QPalette.ColorRole.ButtonText: "#1B1B1B",
            QPalette.ColorRole.Highlight: "#1A5FB4",
            QPalette.ColorRole.HighlightedText: "#FFFFFF",
            QPalette.ColorRole.ToolTipBase: "#FFFFE1",
            QPalette.ColorRole.ToolTipText: "#1B1B1B",
            QPalette.ColorRole.PlaceholderText: "#6B7280",
            QPalette.ColorRole.Link: "#1A5FB4",
        }
        disabled_text = "#8A8F98"
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return p


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons``, drawn at paint time in the current theme's text
    colour (the SVGs use ``currentColor``), so switching theme recolours every icon."""
    cached = _ICONS.get(name)
    if cached is None:
        path = resource("icons", f"{name}.svg")
        if not path.exists():
            return QIcon()
        cached = _ICONS[name] = QIcon(_ThemedSvg(name))
    return cached


_ICONS: dict[str, QIcon] = {}


@cache
def _renderer(name: str, theme: str, disabled: bool) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer  # on first use: not needed to start

    colour = _QSS_VALUES[theme]["muted" if disabled else "sidebar_text"]
    data = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    return QSvgRenderer(QByteArray(data.replace("currentColor", colour).encode("utf-8")))


class _ThemedSvg(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        disabled = mode == QIcon.Mode.Disabled
        _renderer(self.name, _current_theme, disabled).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _ThemedSvg(self.name)
