"""Where a library is: a file path, or a PostgreSQL URL (the organisation's archive).

What the user typed (``--db``, File → Open library) is told apart here once, so the rest
of the code asks ``is_server`` instead of guessing from strings. A URL is shown and
remembered without its password (``shown``): passwords come from the URL only for the
one connection, from libpq (PGPASSWORD, ``~/.pgpass``), the keyring or a prompt, and are
never written to settings or logs.

SQLAlchemy is imported only when a URL is read: the app's start-up asks ``is_server``
before the data layer loads (its first listing needs no SQLAlchemy).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from ..messages import QT_TRANSLATE_NOOP
from .errors import LibraryError

if TYPE_CHECKING:
    from sqlalchemy import URL

# What a PostgreSQL URL may start with; the driver is always psycopg 3.
SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
DRIVER = "postgresql+psycopg"
# A server that does not answer within this many seconds is reported, not waited for.
CONNECT_TIMEOUT_S = 10

Location: TypeAlias = "Path | URL"


def is_server(text: str | Path | URL) -> bool:
    """Whether ``text`` names a database server rather than a file."""
    if isinstance(text, Path):
        return False
    if not isinstance(text, str):
        return True  # a URL already parsed
    return text.strip().lower().startswith(SCHEMES)


def parse_location(text: str | Path | URL) -> Location:
    """A Path for a file library, a psycopg URL for a PostgreSQL one; a URL that does not
    parse raises LibraryError with one line saying so (and never repeating a password)."""
    if isinstance(text, Path):
        return text.expanduser()
    if not isinstance(text, str):
        return _server_url(text)
    if not is_server(text):
        return Path(text).expanduser()
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError) as exc:
        raise _not_an_address(text) from exc
    return _server_url(url, typed=text)


def _server_url(url: URL, typed: str | None = None) -> URL:
    if not url.database or url.drivername.split("+")[0] not in ("postgresql", "postgres"):
        raise _not_an_address(typed or shown(url))
    try:
        url.port  # noqa: B018 - make_url keeps a bad port as text until it is read
    except ValueError as exc:
        raise _not_an_address(typed or shown(url)) from exc
    query = dict(url.query)
    # libpq also takes a password as ?password=...: held as the URL's own, so that it is
    # left out wherever the address is shown.
    given = query.pop("password", None)
    if given is not None and url.password is None:
        url = url.set(password=given if isinstance(given, str) else given[0])
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    query.setdefault("application_name", "coprod-desktop")
    return url.set(drivername=DRIVER, query=query)


def _not_an_address(text: str) -> LibraryError:
    return LibraryError(
        QT_TRANSLATE_NOOP(
            "library",
            "{text} is not a library address. A server library is written "
            "postgresql://USER@HOST:PORT/DATABASE.",
        ),
        text=_hide_password_in(text),
    )


def _hide_password_in(text: str) -> str:
    """``text`` with anything between ``:`` and ``@`` of its user part left out, for a
    message about a URL that would not parse (so it cannot be parsed to hide it)."""
    head, at, tail = text.rpartition("@")
    if not at or "://" not in head:
        return text
    scheme, _, user = head.partition("://")
    return f"{scheme}://{user.split(':', 1)[0]}@{tail}"


def without_password(url: URL) -> URL:
    """``url`` with no password at all (``URL.set(password=None)`` leaves it as it was)."""
    return url._replace(password=None)


def shown(location: Location) -> str:
    """How a library is named to people and in settings: the path, or the URL without its
    password and without the settings this program adds itself."""
    if isinstance(location, Path):
        return str(location)
    query = {
        key: value
        for key, value in location.query.items()
        if key not in ("connect_timeout", "application_name")
    }
    plain = without_password(location).set(drivername="postgresql", query=query)
    return plain.render_as_string(hide_password=False)


def short_name(location: Location) -> str:
    """A short name for messages: the file's name, or "DATABASE on HOST"."""
    if isinstance(location, Path):
        return location.name
    host = location.host or location.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    return f"{location.database} on {host}"
