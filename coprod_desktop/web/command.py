"""``serve-ballot``: the ballot server without the app, until Ctrl+C or the round closes.

On success it prints one line, the ballot's address, and nothing else, so a script (or
a QR code generator) can read it. The command line holds the library's lock meanwhile,
like every writing command: the ballots stored here meet no other writer.
"""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType

from ..db.engine import Database
from ..services import voting
from ..services.errors import NotFoundError
from .addresses import usable_addresses
from .server import BallotServer, BallotServerError

POLL_SECONDS = 1.0
CLOSED_LINE = "voting has closed; the ballot is no longer served"


def default_host() -> str:
    """The first address phones could reach, or a plain refusal saying what to do."""
    found = usable_addresses()
    if not found:
        raise BallotServerError("server.no_network")
    return found[0]


def _round_open(db: Database, round_id: int) -> bool:
    try:
        return voting.get_round(db, round_id).status == "open"
    except NotFoundError:
        return False


def serve_ballot(db: Database, round_id: int, host: str | None, port: int) -> None:
    """Serve ``round_id``'s ballot on ``host:port``; returns with the port closed once
    the round is no longer open, or on SIGINT / SIGTERM."""
    host = host or default_host()
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = BallotServer(db, round_id, host, port)
    try:
        print(server.start(), flush=True)
        while not stop.wait(POLL_SECONDS):
            if not _round_open(db, round_id):
                print(CLOSED_LINE, file=sys.stderr, flush=True)
                break
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
