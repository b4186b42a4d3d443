"""Where things are: bundled resources (source tree or frozen build) and user folders."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import APP_NAME

if TYPE_CHECKING:
    from platformdirs import PlatformDirs


@cache
def _dirs() -> PlatformDirs:
    # Imported on first use: platformdirs takes longer to import than the window takes
    # to draw, and the window does not need it before the library opens.
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def log_dir() -> Path:
    return Path(_dirs().user_log_dir)


def default_library() -> Path:
    """The library the app opens when none is named."""
    return data_dir() / "workshops.coprod.db"
