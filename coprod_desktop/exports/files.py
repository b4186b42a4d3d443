"""Writing an export whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(out: Path, content: bytes) -> None:
    """Write beside ``out``, flush it to the disk and rename it over ``out``: a reader (or
    a crash) never sees half a file, and a failure leaves nothing behind."""
    out = Path(out)
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); an export is read like any new file.
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
