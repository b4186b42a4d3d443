"""PDF minutes of a workshop (ReportLab platypus); see ``renderer.MinutesRenderer``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ...services.records import WorkshopData
from ..files import write_atomically
from .renderer import MinutesRenderer

__all__ = ["MinutesRenderer", "minutes_bytes", "write_minutes"]


def minutes_bytes(
    data: WorkshopData, *, bilingual: bool = False, generated_at: datetime | None = None
) -> bytes:
    """The minutes as PDF bytes."""
    return MinutesRenderer(data, bilingual=bilingual, generated_at=generated_at).render()


def write_minutes(
    data: WorkshopData,
    out: Path,
    *,
    bilingual: bool = False,
    generated_at: datetime | None = None,
) -> None:
    """Write the minutes to ``out``; a failure leaves no half-written file behind."""
    write_atomically(Path(out), minutes_bytes(data, bilingual=bilingual, generated_at=generated_at))
