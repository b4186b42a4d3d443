"""Start-up time of the app, as a ratio to a bare PySide6 window started the same way.

Both are started as fresh Python processes on the same machine with the same
environment (offscreen Qt, empty user folders, bytecode cached as an installed app
has it); each prints "shown" from the first event-loop turn after its window is shown
and quits. The time is measured by this
script from spawning the process to reading that line. Target: ratio under 1.5.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def done():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

APP = """
import sys
from coprod_desktop.app import main
main(["--db", sys.argv[1]])
"""


def timed(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window was never shown")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "COPROD_DESKTOP_QUIT_WHEN_SHOWN": "1",
            "PYTHONPATH": str(ROOT),
            # As installed: bytecode compiled once and reused (kept out of the tree).
            "PYTHONPYCACHEPREFIX": str(home / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        library = home / "bench.coprod.db"
        subprocess.run(
            [sys.executable, "-m", "coprod_desktop", "--db", str(library), "demo"],
            env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        # Warm the file cache and bytecode for both before timing.
        timed(BARE, env=env)
        timed(APP, str(library), env=env)
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(timed(BARE, env=env))
            app.append(timed(APP, str(library), env=env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window shown:        {b * 1000:7.0f} ms (median of {RUNS})")
    print(f"coprod-desktop window shown:      {a * 1000:7.0f} ms (median of {RUNS}, demo library)")
    print(f"start-up ratio app / bare window: {a / b:7.2f}   (target < 1.5)")


if __name__ == "__main__":
    main()
