"""What the app remembers between runs (QSettings): recent libraries, the last workshop
of each library, the window's geometry, the theme and the text size.

Tests point QSettings at a temporary folder and another organisation (see
``tests/ui/conftest.py``), so they never touch a real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ...db.location import is_server

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def recent_libraries() -> list[Path | str]:
    """Library files as Paths, server libraries as their addresses (never with a password)."""
    value = settings().value("libraries/recent", [])
    paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [p if is_server(p) else Path(p) for p in paths if p and isinstance(p, str)]


def remember_library(path: Path | str) -> None:
    """Put a library first among the recent ones; a file is also the one the app reopens
    at start-up. A server library comes as ``Database.shown``, without its password."""
    server = isinstance(path, str) and is_server(path)
    library: Path | str = path if server else Path(path).absolute()
    items = [p for p in recent_libraries() if p != library]
    items.insert(0, library)
    s = settings()
    s.setValue("libraries/recent", [str(p) for p in items[:MAX_RECENT]])
    if not server:  # the app does not connect to a server unasked at start-up
        s.setValue("libraries/last", str(library))


def last_library() -> Path | None:
    value = settings().value("libraries/last", "")
    return Path(value) if isinstance(value, str) and value else None


def _workshop_key(library: Path) -> str:
    # QSettings keys may not hold slashes freely; a stable hash of the path will do.
    import hashlib

    digest = hashlib.sha1(str(Path(library).absolute()).encode("utf-8")).hexdigest()[:16]
    return f"workshops/last-{digest}"


def last_workshop(library: Path) -> int:
    value = settings().value(_workshop_key(library), 0)
    try:
        return int(value) if isinstance(value, int | float | str) else 0
    except ValueError:
        return 0


def remember_workshop(library: Path, workshop_id: int) -> None:
    settings().setValue(_workshop_key(library), int(workshop_id))


def geometry() -> QByteArray | None:
    value = settings().value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def window_state() -> QByteArray | None:
    value = settings().value("window/state")
    return value if isinstance(value, QByteArray) else None


def save_window(geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)


def theme(default: str) -> str:
    return str(settings().value("look/theme", default))


def set_theme(value: str) -> None:
    settings().setValue("look/theme", value)


def text_scale() -> float:
    value = settings().value("look/text_scale", 1.0)
    try:
        return float(value) if isinstance(value, int | float | str) else 1.0
    except ValueError:
        return 1.0


def set_text_scale(value: float) -> None:
    settings().setValue("look/text_scale", float(value))
