"""uvicorn's h11 protocol with a deadline for each request's head.

uvicorn closes a connection left idle after a response, but not one that opens and then
sends its request line and headers a byte at a time, or nothing at all: enough phones
(or one mischievous laptop) doing that would hold the server. Here each request's head
must arrive within ``HEAD_SECONDS`` of the connection opening or the last response;
the body's own limit is the app's (``app.BODY_SECONDS``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

HEAD_SECONDS = 5.0


class DeadlineH11Protocol(H11Protocol):
    """H11Protocol that closes a connection whose request head is late."""

    _head_deadline: asyncio.TimerHandle | None = None

    # Narrower than asyncio.Protocol's BaseTransport, as in uvicorn's own H11Protocol: a
    # stream server always hands over a Transport.
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_deadline()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_head_deadline()

    def _arm_head_deadline(self) -> None:
        self._disarm_head_deadline()
        self._head_deadline = self.loop.call_later(HEAD_SECONDS, self._head_too_late)

    def _disarm_head_deadline(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _waiting_for_head(self) -> bool:
        cycle: Any = self.cycle
        return cycle is None or cycle.response_complete

    def _head_too_late(self) -> None:
        self._head_deadline = None
        if self._waiting_for_head() and not self.transport.is_closing():
            self.transport.close()
