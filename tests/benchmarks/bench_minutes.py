"""PDF minutes of a large workshop (issue 5): 2,000 ideas, 60 participants, 10 rounds,
100 actions.

Run: .venv/bin/python tests/benchmarks/bench_minutes.py
Targets: the command line, from start to file, under 3 s; rendering within 2x of
ReportLab setting the same ideas as plain paragraphs (same font, same page).
"""

from __future__ import annotations

import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_workshop import large_workshop_document
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from coprod_desktop.db.library import open_library
from coprod_desktop.exports.minutes import minutes_bytes
from coprod_desktop.exports.minutes.text import FONT, register_fonts
from coprod_desktop.exports.workshop_json import import_workshop
from coprod_desktop.services.records import WorkshopData
from coprod_desktop.services.workshops import load_workshop

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def timed(action: object, runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def plain_paragraphs(data: WorkshopData) -> bytes:
    """The baseline: every idea as a plain Paragraph, nothing else."""
    register_fonts()
    style = ParagraphStyle("plain", fontName=FONT, fontSize=10, leading=14)
    buffer = io.BytesIO()
    story = [Paragraph(escape(i.text).replace("\n", "<br/>"), style) for i in data.ideas]
    SimpleDocTemplate(buffer).build(story)
    return buffer.getvalue()


def accelerated() -> bool:
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "large.db"
        db = open_library(library)
        workshop = import_workshop(db, large_workshop_document())
        data = load_workshop(db, workshop.id)
        db.close()
        out = Path(folder) / "minutes.pdf"
        command = [
            sys.executable, "-m", "coprod_desktop", "--db", str(library),
            "export", str(workshop.id), "--format", "pdf", "--out", str(out),
        ]  # fmt: skip

        def run_cli() -> None:
            subprocess.run(command, check=True, cwd=ROOT)

        def children_cpu() -> float:
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime

        before = children_cpu()
        cli = timed(run_cli)
        cli_cpu = (children_cpu() - before) / RUNS
        pages = out.read_bytes().count(b"/Type /Page\n") or out.read_bytes().count(b"/Type /Page")
        # Render and baseline interleaved, so a busy machine slows both alike.
        minutes, plain = [], []
        for _ in range(RUNS):
            minutes += timed(lambda: minutes_bytes(data), 1)
            plain += timed(lambda: plain_paragraphs(data), 1)

    print(f"large workshop: {len(data.ideas):,} ideas, {len(data.participants)} participants, "
          f"{len(data.rounds)} rounds, {len(data.actions)} actions -> about {pages} pages")  # fmt: skip
    print(f"ReportLab C accelerator (rl_accel): {'yes' if accelerated() else 'no'}")
    print(
        f"command line, start to file: best {min(cli):.2f} s, "
        f"median {statistics.median(cli):.2f} s (target < 3 s); "
        f"CPU time {cli_cpu:.2f} s a run (less swayed by a busy machine)"
    )
    print(
        f"machine load average while measuring: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    print(f"minutes render: best {min(minutes):.2f} s, median {statistics.median(minutes):.2f} s")
    print(
        f"plain paragraphs of the same ideas: best {min(plain):.2f} s, "
        f"median {statistics.median(plain):.2f} s"
    )
    print(
        f"ratio minutes / plain paragraphs: best {min(minutes) / min(plain):.2f}x, "
        f"median {statistics.median(minutes) / statistics.median(plain):.2f}x (target < 2x)"
    )


if __name__ == "__main__":
    main()
