"""Logging to a rotating file in the user log folder (never to a terminal the user lacks)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from . import APP_NAME
from .paths import log_dir

_configured: Path | None = None


def setup_logging() -> Path | None:
    """Send log records to ``coprod-desktop.log``; returns its path (None if unwritable)."""
    global _configured
    if _configured is not None:
        return _configured
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{APP_NAME}.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path
