"""Start-up: the command line, or the app (QApplication, logging, excepthook, windows)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from . import APP_NAME, __version__
from .cli import parse_args, run
from .logs import setup_logging
from .paths import default_library

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.command:
        sys.exit(run(args))
    sys.exit(run_gui(args.db))


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11, where every call of a Qt method that
    returns nothing takes one reference from None (measured: exactly -1 per call, so
    painting a big board brings down the interpreter with "none_dealloc"). Python 3.12
    made None immortal; here its count is raised out of reach to the same effect."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 60


def run_gui(library: Path | None) -> int:
    keep_none_alive()
    from PySide6.QtWidgets import QApplication

    from .ui.startup import start

    log_path = setup_logging()
    log.info("Starting %s %s", APP_NAME, __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = start(app, library or default_library(), explicit=library is not None)
    if window is None:
        return 1
    _install_excepthook(log_path)
    if os.environ.get("COPROD_DESKTOP_QUIT_WHEN_SHOWN"):
        _quit_when_shown(app)  # tests/benchmarks/bench_startup.py times the start-up
    return app.exec()


def _quit_when_shown(app: QApplication) -> None:
    from PySide6.QtCore import QTimer

    def done() -> None:
        print("shown", flush=True)
        app.quit()

    QTimer.singleShot(0, done)


def _install_excepthook(log_path: Path | None) -> None:
    """An unexpected error is logged and explained; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from .ui.dialogs.errors import show_unexpected_error

        show_unexpected_error(value, log_path)

    sys.excepthook = hook
