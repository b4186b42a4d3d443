"""Colour-blind-safe colours (Okabe and Ito), each with a name so colour is never the only
signal."""

from __future__ import annotations

GROUP_COLOURS: tuple[tuple[str, str], ...] = (
    ("#E69F00", "Orange"),
    ("#56B4E9", "Sky blue"),
    ("#009E73", "Green"),
    ("#CC79A7", "Pink"),
    ("#0072B2", "Blue"),
    ("#D55E00", "Vermilion"),
    ("#F0E442", "Yellow"),
    ("#999999", "Grey"),
)

# Sticky-note colours: light enough for dark text to read from the back of a room.
NOTE_COLOURS: tuple[tuple[str, str], ...] = (
    ("#FFF59D", "Yellow"),
    ("#FFCC80", "Orange"),
    ("#A5D6F7", "Blue"),
    ("#B9E4C9", "Green"),
    ("#F3C1DE", "Pink"),
    ("#E0E0E0", "Grey"),
)

THEME_COLOURS = GROUP_COLOURS

DEFAULT_NOTE_COLOUR = NOTE_COLOURS[0][0]


def colour_name(colour: str) -> str:
    """The name of a palette colour, or the code itself."""
    for code, name in GROUP_COLOURS + NOTE_COLOURS:
        if code.upper() == colour.upper():
            return name
    return colour.upper()


def nth_colour(palette: tuple[tuple[str, str], ...], index: int) -> str:
    return palette[index % len(palette)][0]
