"""Phones vote over the room's network: the one ballot server the app runs, for one open
round, on the address the facilitator chose.

The server (``coprod_desktop.web``) runs in its own thread and calls ``on_cast`` there;
a queued signal carries each cast to the controller, the one place that announces
changes, so the watch panel and the room's voting view redraw as phones
vote. The server stops when its round closes or goes, when the workshop or the library
closes, and when the app quits; nothing listens otherwise.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from ...services import voting
from ...services.ballot_box import cast_changes
from ...services.errors import DomainError
from ..controller import Controller
from ..i18n import interface_language

if TYPE_CHECKING:  # the server pulls in Starlette and uvicorn: only when turned on
    from ...web.server import BallotServer

log = logging.getLogger(__name__)
DEFAULT_PORT = 8765  # easy to read out; any free port when it is taken


class PhoneServerError(Exception):
    """The server could not start; ``str()`` is a plain message for the facilitator."""


class PortTaken(PhoneServerError):
    """Another program listens on the port asked for."""

    def __init__(self, port: int, message: str) -> None:
        super().__init__(message)
        self.port = port


class CastBridge(QObject):
    """Lives in the GUI thread; ``cast`` is emitted from the server's thread."""

    cast = Signal(int)


def usable_addresses() -> list[str]:
    """The laptop's addresses a phone on the same network can reach ([] when none)."""
    from ...web.addresses import usable_addresses as found

    return found()


class PhoneVoting(QObject):
    changed = Signal()  # the server started or stopped

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._server: BallotServer | None = None
        self.round_id = 0
        self.host = ""
        self.bridge = CastBridge(self)
        self.bridge.cast.connect(self._announce_cast, Qt.ConnectionType.QueuedConnection)
        controller.round_changed.connect(self._check_round)
        controller.rounds_changed.connect(self._rounds_changed)
        controller.workshop_opened.connect(self._workshop_opened)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def _announce_cast(self, round_id: int) -> None:
        self.controller.announce(cast_changes(round_id))

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    @property
    def url(self) -> str:
        return self._server.url if self.running and self._server is not None else ""

    @property
    def port(self) -> int:
        return self._server.port if self._server is not None else 0

    def url_for(self, round_id: int) -> str:
        """The ballot's address if phones vote in this round now, else ""."""
        return self.url if round_id and round_id == self.round_id else ""

    def start(self, round_id: int, host: str, port: int = DEFAULT_PORT) -> str:
        """Serve the round's ballot on ``host``; its address. Raises ``PortTaken`` or
        ``PhoneServerError`` (a plain message) and then serves nothing."""
        from ...web.server import BallotServer, BallotServerError, PortInUse

        self.stop()
        server = BallotServer(
            self.controller.db, round_id, host, port=port, on_cast=self.bridge.cast.emit
        )
        try:
            url = server.start()
        except PortInUse as exc:
            raise PortTaken(port, exc.text(interface_language())) from exc
        except BallotServerError as exc:
            raise PhoneServerError(exc.text(interface_language())) from exc
        except OSError as exc:
            raise PhoneServerError(str(exc)) from exc
        self._server, self.round_id, self.host = server, round_id, host
        log.info("Phones vote in round %s at %s", round_id, host)
        self.changed.emit()
        return url

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        try:
            server.stop()
        finally:
            log.info("Phones no longer vote in round %s", self.round_id)
            self.round_id = 0
            self.changed.emit()

    def _rounds_changed(self) -> None:
        self._check_round(self.round_id)

    def _workshop_opened(self, _workshop_id: int) -> None:
        self.stop()

    def _check_round(self, round_id: int) -> None:
        """Closing the round (or deleting it) ends phone voting at once."""
        if self._server is None or round_id != self.round_id:
            return
        try:
            record = voting.get_round(self.controller.db, round_id)
        except (DomainError, RuntimeError):
            self.stop()
            return
        if record.status != "open" or record.workshop_id != self.controller.workshop_id:
            self.stop()
