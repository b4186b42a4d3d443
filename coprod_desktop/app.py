"""Start-up: the command line, or the app (QApplication, logging, excepthook, windows)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from . import APP_NAME, __version__
from .cli import parse_args, run
from .logs import setup_logging
from .paths import default_library

log = logging.getLogger(__name__)


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
