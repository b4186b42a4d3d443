"""PDF minutes of a workshop (ReportLab platypus); see ``document.MinutesRenderer``."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ...services.records import WorkshopData
from .document import MinutesRenderer

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


def write_atomically(out: Path, content: bytes) -> None:
    """Write beside ``out`` and rename over it, so a reader never sees half a file."""
    temp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        with open(temp, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
