"""Start-up: the command line, or the app (QApplication, logging, excepthook, windows)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from . import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> None:
    words = list(sys.argv[1:] if argv is None else argv)
    plain = _plain_launch(words)
    if plain is not False:
        # Opening the window: show it before loading the data layer the CLI imports.
        sys.exit(run_gui(plain))
    from .cli import parse_args, run

    args = parse_args(words)
    if args.command:
        sys.exit(run(args))
    sys.exit(run_gui(args.db))


def _library_word(word: str) -> Path | str:
    """A server library's URL stays text (a Path would fold its "//"); a file is a Path."""
    server = word.lower().startswith(("postgresql:", "postgres:", "postgresql+psycopg:"))
    return word if server else Path(word)


def _plain_launch(words: list[str]) -> Path | str | Literal[False] | None:
    """The library of a plain launch (no arguments, or only ``--db PATH``), read the way
    argparse reads it; False for anything else, which the command line then handles."""
    if not words:
        return None
    if len(words) == 2 and words[0] == "--db" and words[1] and not words[1].startswith("-"):
        return _library_word(words[1])
    if len(words) == 1 and words[0].startswith("--db=") and len(words[0]) > len("--db="):
        return _library_word(words[0][len("--db=") :])
    return False


def run_gui(library: Path | str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.startup import start

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    # The log file opens once the window is drawn, just before the library opens, so
    # everything that can go wrong while opening it is logged.
    window = start(app, library, explicit=library is not None, early=True, first=_start_logging)
    if window is None:
        return 1
    if os.environ.get("COPROD_DESKTOP_QUIT_WHEN_SHOWN"):
        _report_start(app, window)  # tests/benchmarks/bench_startup.py times the start-up
    return app.exec()


def _start_logging() -> None:
    from .logs import setup_logging  # only now: logging.handlers is slow to import

    log_path = setup_logging()
    log.info("Starting %s %s", APP_NAME, __version__)
    _install_excepthook(log_path)


def _report_start(app: QApplication, window: MainWindow) -> None:
    """Print "shown" at the window's first paint, "listed" once the library's workshops
    are on screen, and "ready" once the library is open, its pages up and the last
    workshop back, then quit."""

    def shown() -> None:
        print("shown", flush=True)

    def listed() -> None:
        print("listed", flush=True)

    def ready() -> None:
        print("ready", flush=True)
        app.quit()

    window.painted.connect(shown)
    window.listed.connect(listed)
    window.ready.connect(ready)


def _install_excepthook(log_path: Path | None) -> None:
    """An unexpected error is logged and explained; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from .ui.dialogs.errors import show_unexpected_error

        show_unexpected_error(value, log_path)

    sys.excepthook = hook
