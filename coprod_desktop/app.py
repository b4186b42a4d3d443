"""Start-up: the command line, or the app (QApplication, logging, excepthook, windows)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from . import APP_NAME, __version__
from .cli import parse_args, run
from .paths import default_library, log_dir

log = logging.getLogger(__name__)


def setup_logging() -> Path | None:
    """Log to a rotating file in the user log folder (never to a terminal the user lacks)."""
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
    return path


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.command:
        sys.exit(run(args))
    sys.exit(run_gui(args.db))


def run_gui(library: Path | None) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.startup import start

    log_path = setup_logging()
    log.info("Starting %s %s", APP_NAME, __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = start(app, library or default_library(), explicit=library is not None)
    if window is None:
        return 1
    _install_excepthook(log_path)
    return app.exec()


def _install_excepthook(log_path: Path | None) -> None:
    """An unexpected error is logged and explained; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from .ui.dialogs.errors import show_unexpected_error

        show_unexpected_error(value, log_path)

    sys.excepthook = hook
