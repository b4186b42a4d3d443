"""Colour-blind-safe colours (Okabe and Ito), each with a name so colour is never the only
signal."""

from __future__ import annotations

from .errors import QT_TRANSLATE_NOOP

GROUP_COLOURS: tuple[tuple[str, str], ...] = (
    ("#E69F00", QT_TRANSLATE_NOOP("palette", "Orange")),
    ("#56B4E9", QT_TRANSLATE_NOOP("palette", "Sky blue")),
    ("#009E73", QT_TRANSLATE_NOOP("palette", "Green")),
    ("#CC79A7", QT_TRANSLATE_NOOP("palette", "Pink")),
    ("#0072B2", QT_TRANSLATE_NOOP("palette", "Blue")),
    ("#D55E00", QT_TRANSLATE_NOOP("palette", "Vermilion")),
    ("#F0E442", QT_TRANSLATE_NOOP("palette", "Yellow")),
    ("#999999", QT_TRANSLATE_NOOP("palette", "Grey")),
)

# Sticky-note colours: light enough for dark text to read from the back of a room.
NOTE_COLOURS: tuple[tuple[str, str], ...] = (
    ("#FFF59D", QT_TRANSLATE_NOOP("palette", "Yellow")),
    ("#FFCC80", QT_TRANSLATE_NOOP("palette", "Orange")),
    ("#A5D6F7", QT_TRANSLATE_NOOP("palette", "Blue")),
    ("#B9E4C9", QT_TRANSLATE_NOOP("palette", "Green")),
    ("#F3C1DE", QT_TRANSLATE_NOOP("palette", "Pink")),
    ("#E0E0E0", QT_TRANSLATE_NOOP("palette", "Grey")),
)

THEME_COLOURS = GROUP_COLOURS

DEFAULT_NOTE_COLOUR = NOTE_COLOURS[0][0]


def colour_name(colour: str) -> str:
    """The name of a palette colour (English; the interface translates it in context
    "palette"), or the code itself."""
    for code, name in GROUP_COLOURS + NOTE_COLOURS:
        if code.upper() == colour.upper():
            return name
    return colour.upper()


def nth_colour(palette: tuple[tuple[str, str], ...], index: int) -> str:
    return palette[index % len(palette)][0]
