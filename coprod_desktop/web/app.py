"""The ballot's HTTP contract (DESIGN.md, "Phones and tablets") as a Starlette app.

Every path lives under ``/b/TOKEN/``; a wrong token, another path or another method is a
404 with an empty body, so a stranger on the venue's Wi-Fi learns nothing. Ballots go
through ``voting.cast_ballot`` (the same rules, register and secrecy as the kiosk), one
at a time, off the event loop. Nothing about a ballot is logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..db.engine import Database
from ..db.errors import LibraryError
from ..services import board, voting
from ..services.errors import DomainError, NotFoundError
from ..text import one_line
from . import language
from .language import PAGE

log = logging.getLogger(__name__)


MAX_BODY = 16 * 1024  # a ballot of 100 dots on 100 items is under 2 KB
BODY_SECONDS = 5.0  # a phone sends its ballot in one packet; a slow body is a slow client

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", b"default-src 'self'"),
    # A tablet passed round must not show the previous voter's page from its cache.
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

STATIC = {
    "": ("index.html", "text/html; charset=utf-8"),
    "ballot.css": ("ballot.css", "text/css; charset=utf-8"),
    "ballot.js": ("ballot.js", "text/javascript; charset=utf-8"),
}

T = TypeVar("T")


class Refusal(Exception):
    """A request refused with a status and a sentence (already in the phone's language)."""

    def __init__(self, status: int, text: str, *, close: bool = False) -> None:
        super().__init__(text)
        self.status, self.text, self.close = status, text, close


def with_security_headers(app: ASGIApp) -> ASGIApp:
    """Wrap ``app`` so every response, errors included, carries the headers above."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in SECURITY_HEADERS}
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped


def _driver_words(error: Exception) -> str:
    """What to log of a storage failure: the driver's or the library's own sentence, never
    the statement and its parameters (they would say who voted and how)."""
    for cause in (error, error.__cause__):
        orig = getattr(cause, "orig", None)
        if orig is not None:
            return str(orig)
    return str(error)


class BallotApp:
    """The endpoints of one round's ballot, behind one token."""

    def __init__(
        self,
        db: Database,
        round_id: int,
        token: str,
        on_cast: Callable[[int], None] | None = None,
    ) -> None:
        self.db, self.round_id, self.token, self.on_cast = db, round_id, token, on_cast
        # One database use at a time: every transaction takes SQLite's write lock
        # (BEGIN IMMEDIATE), and queueing here is fairer than SQLite's busy sleeps.
        self._db_lock = threading.Lock()
        self._files = {
            name: ((PAGE / file).read_bytes(), media) for name, (file, media) in STATIC.items()
        }
        self._words = json.dumps(
            {code: language.words(code) for code in language.LANGUAGES}, ensure_ascii=False
        ).encode()
        routes = [
            Route("/b/{token}/", self.static, methods=["GET"]),
            Route("/b/{token}/{name:str}", self.dispatch_get, methods=["GET"]),
            Route("/b/{token}/ballot", self.ballot, methods=["POST"]),
        ]
        self.starlette = Starlette(
            routes=routes, exception_handlers={HTTPException: self.not_found}
        )
        self.starlette.router.redirect_slashes = False
        self.asgi = with_security_headers(self.starlette)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.asgi(scope, receive, send)

    # Plumbing -----------------------------------------------------------------------

    async def not_found(self, request: Request, exc: Exception) -> Response:
        """Any path, method or token we do not serve: 404, and nothing else said."""
        return Response(status_code=404)

    def _check_token(self, request: Request) -> None:
        given = request.path_params.get("token", "")
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            raise HTTPException(404)

    async def _in_thread(self, work: Callable[[], T], then: Callable[[], None] | None = None) -> T:
        """``work`` in a worker thread, holding the database to itself; ``then`` after
        it, in the same thread, with the database free for the next phone."""

        def locked() -> T:
            with self._db_lock:
                result = work()
            if then is not None:
                then()
            return result

        return await run_in_threadpool(locked)

    @staticmethod
    def _language(request: Request) -> str:
        return language.choose(
            request.headers.get("accept-language"), request.query_params.get("lang")
        )

    @staticmethod
    def _error(refusal: Refusal) -> JSONResponse:
        headers = {"connection": "close"} if refusal.close else None
        return JSONResponse({"error": refusal.text}, refusal.status, headers=headers)

    # GET ----------------------------------------------------------------------------

    async def static(self, request: Request) -> Response:
        self._check_token(request)
        return self._file("")

    def _file(self, name: str) -> Response:
        body, media = self._files[name]
        return Response(body, media_type=media)

    async def dispatch_get(self, request: Request) -> Response:
        self._check_token(request)
        name = request.path_params["name"]
        if name == "round":
            try:
                return JSONResponse(await self._in_thread(self.round_view))
            except (SQLAlchemyError, LibraryError) as exc:  # the page says try again
                log.warning("The phone ballot could not read its round (%s)", _driver_words(exc))
                text = language.say(self._language(request), "error.not_read")
                return JSONResponse({"error": text}, 503)
        if name == "words.json":
            return Response(self._words, media_type="application/json")
        if name in STATIC and name:
            return self._file(name)
        raise HTTPException(404)

    def round_view(self) -> dict[str, Any]:
        """The round as the page shows it; ``voters`` are the electors still to vote."""
        db = self.db
        try:
            rd = voting.get_round(db, self.round_id)
        except NotFoundError:
            raise HTTPException(404) from None  # the round was deleted
        if rd.target == "ideas":
            labels = {i.id: i.text for i in board.list_ideas(db, rd.workshop_id)}
        else:
            labels = {t.id: t.name for t in board.list_themes(db, rd.workshop_id)}
        waiting = []
        if rd.status == "open" and rd.method == "ballot":
            waiting = [v for v in voting.voter_status(db, self.round_id) if not v.has_voted]
            waiting.sort(key=lambda v: (v.name.casefold(), v.participant_id))
        return {
            "round": rd.id,
            "question": rd.question,
            "target": rd.target,
            "dots_per_voter": rd.dots_per_voter,
            "max_dots_per_item": rd.max_dots_per_item,
            "status": rd.status,
            # Numbered as on the shared screen, so the room can talk about "number 3".
            "items": [
                {"id": item, "number": n, "text": one_line(labels.get(item, ""))}
                for n, item in enumerate(rd.items, 1)
            ],
            "voters": [{"id": v.participant_id, "name": v.name} for v in waiting],
        }

    # POST ---------------------------------------------------------------------------

    async def ballot(self, request: Request) -> Response:
        self._check_token(request)
        lang = self._language(request)
        try:
            body = await self._read_body(request, lang)
            voter, dots = self._parse(body, lang)
            cast = await self._in_thread(lambda: self._cast(voter, dots, lang), self._announce)
        except Refusal as refusal:
            return self._error(refusal)
        return JSONResponse({"cast": cast}, 201)

    async def _read_body(self, request: Request, lang: str) -> bytes:
        """The body, refused past ``MAX_BODY`` bytes or ``BODY_SECONDS`` seconds; never
        more than that is held in memory."""
        length = request.headers.get("content-length")
        if length is not None:
            if not length.isascii() or not length.strip().isdigit():
                raise Refusal(400, language.say(lang, "error.bad_ballot"), close=True)
            if int(length) > MAX_BODY:
                raise Refusal(413, language.say(lang, "error.too_large"), close=True)
        body = bytearray()

        async def read() -> None:
            async for chunk in request.stream():
                body.extend(chunk)
                if len(body) > MAX_BODY:
                    raise Refusal(413, language.say(lang, "error.too_large"), close=True)

        try:
            await asyncio.wait_for(read(), BODY_SECONDS)
        except TimeoutError:
            raise Refusal(408, language.say(lang, "error.too_slow"), close=True) from None
        except ClientDisconnect:
            raise Refusal(400, language.say(lang, "error.bad_ballot"), close=True) from None
        return bytes(body)

    @staticmethod
    def _parse(body: bytes, lang: str) -> tuple[int, dict[int, Any]]:
        """``{"voter": 40, "dots": {"12": 2}}`` -> (40, {12: 2}); the counts themselves
        are judged by the service, so a phone hears the kiosk's own words."""
        bad = Refusal(400, language.say(lang, "error.bad_ballot"))
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise bad from None
        if not isinstance(data, dict) or set(data) != {"voter", "dots"}:
            raise bad
        voter, dots = data["voter"], data["dots"]
        if not isinstance(voter, int) or isinstance(voter, bool) or not isinstance(dots, dict):
            raise bad
        clean: dict[int, Any] = {}
        for key, count in dots.items():
            if not (key.isascii() and key.isdigit()) or len(key) > 18:
                raise bad
            clean[int(key)] = count
        return voter, clean

    def _cast(self, voter: int, dots: dict[int, Any], lang: str) -> int:
        """Cast through the service; refusals become 409 (voted already, round not open)
        or 400 (anything else about the ballot), in the phone's language."""
        try:
            cast = voting.cast_ballot(self.db, self.round_id, voter, dots)
        except DomainError as exc:
            status = 409 if self._too_late(voter) else 400
            raise Refusal(status, language.translated(exc.message, lang)) from None
        except (SQLAlchemyError, LibraryError) as exc:
            # A full disk, a locked or damaged file: the transaction rolled back whole.
            # Only the driver's own words are logged: the statement's parameters would
            # say who voted and how.
            log.warning("A phone ballot could not be stored (%s)", _driver_words(exc))
            raise Refusal(503, language.say(lang, "error.not_stored")) from None
        except Exception as exc:  # a bug: where it happened, but not what it was about
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("A phone ballot failed with %s:\n%s", type(exc).__name__, where)
            raise Refusal(500, language.say(lang, "error.not_stored")) from None
        return cast

    def _announce(self) -> None:
        """Tell the app a ballot was stored (which round only, never whose or what)."""
        if self.on_cast is None:
            return
        try:
            self.on_cast(self.round_id)
        except Exception:
            log.exception("The ballot server's on_cast callback failed")

    def _too_late(self, voter: int) -> bool:
        """Whether a refusal was about time rather than the ballot: the round is not
        open, or this voter is already on the register."""
        try:
            if voting.get_round(self.db, self.round_id).status != "open":
                return True
            return any(
                v.participant_id == voter and v.has_voted
                for v in voting.voter_status(self.db, self.round_id)
            )
        except (DomainError, SQLAlchemyError, LibraryError):
            return False
