"""Start-up time of the app, as a ratio to a bare PySide6 window started the same way.

Both are started as fresh Python processes on the same machine with the same
environment (offscreen Qt, empty user folders, bytecode cached as an installed app
has it); each prints "shown" when its main window first paints. The app shows its
frame ("Opening the library…") before loading the data layer, then prints "ready"
once the library is open and its pages are up; in between, "listed" once the library's
workshops are on screen (read with sqlite3 while the data layer loads). Times are measured
by this script from spawning the process to reading each line. Targets: shown / bare
under 1.5; listed / bare at most 2.5.

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
RUNS = 11

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtWidgets import QLabel
app = QApplication(sys.argv[:1])
class Contents(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("shown", flush=True)
        print("listed", flush=True)
        print("ready", flush=True)
        QTimer.singleShot(0, app.quit)
window = QMainWindow()
window.setCentralWidget(Contents("Hello"))
window.resize(1280, 800)
window.show()
app.exec()
"""

APP = """
import sys
from coprod_desktop.app import main
main(["--db", sys.argv[1]])
"""


def timed(code: str, *args: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawning to the first paint ("shown"), to the library's workshops on
    screen ("listed") and to "ready" (the library open and every page usable)."""
    start = time.perf_counter()
    marks: dict[str, float] = {}
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
        word = line.strip()
        if word in ("shown", "listed", "ready") and word not in marks:
            marks[word] = time.perf_counter() - start
        if "ready" in marks:
            break
    process.wait(timeout=60)
    if set(marks) != {"shown", "listed", "ready"}:
        raise RuntimeError(f"the window did not start: {sorted(marks)}")
    return marks["shown"], marks["listed"], marks["ready"]


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
    b = statistics.median(s for s, _l, _r in bare)
    shown = statistics.median(s for s, _l, _r in app)
    listed = statistics.median(lst for _s, lst, _r in app)
    ready = statistics.median(r for _s, _l, r in app)
    print(f"bare PySide6 window shown:              {b * 1000:6.0f} ms (median of {RUNS})")
    print(f"coprod-desktop window shown:            {shown * 1000:6.0f} ms (first paint)")
    print(f"coprod-desktop library listed:          {listed * 1000:6.0f} ms")
    print(f"coprod-desktop ready (every page usable):{ready * 1000:5.0f} ms")
    print(f"start-up ratio, window shown / bare:    {shown / b:6.2f}   (target < 1.5)")
    print(f"ratio, library listed / bare:           {listed / b:6.2f}   (target <= 2.5)")
    print(f"ratio, ready / bare:                    {ready / b:6.2f}")


if __name__ == "__main__":
    main()
