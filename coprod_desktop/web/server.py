"""The ballot server: uvicorn serving ``app.BallotApp`` in a daemon thread.

The app (its "Vote from phones" switch) and ``serve-ballot`` drive it alike: ``start()``
binds the chosen address and returns once it listens, ``stop()`` returns once the port
is closed. It never blocks the caller's thread for long, installs no signal handlers
(uvicorn only does that on the main thread, and this one never is), and writes no log
of requests. ``on_cast(round_id)`` is called from a server thread after each stored
ballot (a Qt caller turns it into a queued signal); it never hears who voted or how.
"""

from __future__ import annotations

import errno
import logging
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from ..db.engine import Database
from ..services import voting
from ..services.errors import NotFoundError
from . import language

log = logging.getLogger(__name__)

START_SECONDS = 5.0
STOP_SECONDS = 3.0
# Phones keep a connection or two open for a few seconds after each request; a room of
# a hundred fits easily, and a flood beyond it gets uvicorn's 503 instead of exhausting
# the laptop's file handles.
MAX_CONNECTIONS = 400
KEEP_ALIVE_SECONDS = 5

_IN_USE = {errno.EADDRINUSE, 10048}  # 10048: WSAEADDRINUSE
_NOT_HERE = {errno.EADDRNOTAVAIL, 10049}  # 10049: WSAEADDRNOTAVAIL


# Letters and digits that cannot be mistaken for one another on a projector (no 0/O/o,
# 1/l/I): someone may type the address. 22 of 56 is 127.8 random bits.
TOKEN_ALPHABET = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
TOKEN_LENGTH = 22


def new_token() -> str:
    """A fresh key for the ballot's address: 22 URL-safe characters, as DESIGN.md asks."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


class BallotServerError(Exception):
    """The ballot could not be served; ``str()`` is a plain English sentence and
    ``text(language)`` the same in ``"en"`` or ``"cy"``."""

    key = "server.cannot_listen"

    def __init__(self, key: str | None = None, /, **fields: Any) -> None:
        self.key = key or self.key
        self.fields = fields
        super().__init__(self.text(language.ENGLISH))

    def text(self, lang: str) -> str:
        return language.say(lang, self.key, **self.fields)


class PortInUse(BallotServerError):
    """Another program listens on that port: offer another (or port 0)."""

    key = "server.port_in_use"


class BallotServer:
    """Serves one open round's ballot to phones on ``host:port`` (0: any free port)."""

    def __init__(
        self,
        db: Database,
        round_id: int,
        host: str,
        port: int = 0,
        *,
        on_cast: Callable[[int], None] | None = None,
    ) -> None:
        self.db, self.round_id, self.host = db, round_id, host
        self.port = port
        self._asked_port = port
        self.on_cast = on_cast
        self.url = ""
        self.token = ""
        self._server: Any = None  # uvicorn.Server, imported on start
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def running(self) -> bool:
        return (
            self._thread is not None
            and self._thread.is_alive()
            and self._server is not None
            and self._server.started
            and not self._server.should_exit
        )

    def start(self) -> str:
        """Listen on the chosen address; returns the ballot's address
        ``http://HOST:PORT/b/TOKEN/`` (a new TOKEN each time). Raises PortInUse or
        BallotServerError, having left nothing listening."""
        if self.running:
            return self.url
        self.stop()
        self._check_round()
        import uvicorn

        from .app import BallotApp
        from .protocol import DeadlineH11Protocol

        sock = self._bind()
        self.port = sock.getsockname()[1]
        self.token = new_token()
        app = BallotApp(self.db, self.round_id, self.token, self.on_cast)
        config = uvicorn.Config(
            app,
            host=self.host,
            port=self.port,
            http=DeadlineH11Protocol,
            ws="none",
            lifespan="off",
            loop="asyncio",
            interface="asgi3",
            log_config=None,
            access_log=False,  # no log of who asked for what, ever
            server_header=False,
            proxy_headers=False,
            limit_concurrency=MAX_CONNECTIONS,
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
            timeout_graceful_shutdown=int(STOP_SECONDS) - 1,
            h11_max_incomplete_event_size=16 * 1024,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=self._serve, args=(server, sock), name="ballot-server", daemon=True
        )
        self._server, self._thread, self._socket = server, thread, sock
        thread.start()
        deadline = time.monotonic() + START_SECONDS
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        if not server.started:
            self.stop()
            raise BallotServerError("server.not_started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"http://{host}:{self.port}/b/{self.token}/"
        return self.url

    def stop(self) -> None:
        """Stop serving and close the port; returns within a few seconds, and does
        nothing if the server is not running."""
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(STOP_SECONDS)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(1.0)
            if thread.is_alive():
                log.warning("The ballot server did not stop in time")
        if sock is not None:
            sock.close()
        self.url = ""

    # Inside ---------------------------------------------------------------------------

    def _check_round(self) -> None:
        try:
            rd = voting.get_round(self.db, self.round_id)
        except NotFoundError:
            raise BallotServerError("server.no_round", round=self.round_id) from None
        if rd.method != "ballot":
            raise BallotServerError("server.not_ballot", round=self.round_id)
        if rd.status != "open":
            raise BallotServerError("server.round_not_open", round=self.round_id)

    def _bind(self) -> socket.socket:
        """A listening socket on exactly ``host:port`` (never every address)."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            # A restart right after a stop must not wait out TIME_WAIT, but no other
            # program may share the port: SO_REUSEADDR means just that on Linux only
            # (on Windows and the BSDs it lets a second socket bind beside a listener).
            if sys.platform == "win32":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            elif sys.platform.startswith("linux"):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._asked_port))
            sock.listen(128)
            sock.setblocking(False)
        except socket.gaierror:
            sock.close()
            raise BallotServerError("server.not_this_laptop", host=self.host) from None
        except OSError as exc:
            sock.close()
            if exc.errno in _IN_USE:
                raise PortInUse(port=self._asked_port) from None
            if exc.errno in _NOT_HERE:
                raise BallotServerError("server.not_this_laptop", host=self.host) from None
            raise BallotServerError(
                "server.cannot_listen",
                host=self.host,
                port=self._asked_port,
                reason=exc.strerror or str(exc),
            ) from None
        except BaseException:
            sock.close()
            raise
        return sock

    @staticmethod
    def _serve(server: Any, sock: socket.socket) -> None:
        try:
            server.run(sockets=[sock])
        except BaseException:  # uvicorn exits with SystemExit when it cannot start
            log.exception("The ballot server stopped with an error")
