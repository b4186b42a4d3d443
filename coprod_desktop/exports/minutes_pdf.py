"""PDF minutes: the entry point the command line and the app call (see ``minutes/``)."""

from __future__ import annotations

from .minutes import MinutesRenderer, minutes_bytes, write_minutes

__all__ = ["MinutesRenderer", "minutes_bytes", "write_minutes"]
