"""Publishing a workshop to the organisation's archive: the laptop's workshop, made fit
for wider reading (``services.publish``), written into the archive library as a workshop
file is imported, replacing the archive's copy of the same ``uid`` in one transaction.

The archive is another library: a PostgreSQL database or a file. Two laptops may publish
at once. On a file the lock of ``db.lock`` lets one writer in at a time, so a publish
waits its turn (a publish takes seconds; a window that keeps the archive open is refused
once the wait is over); on PostgreSQL each publish is a transaction of its own, and the
one that loses a race on the same workshop (the ``uid`` is unique) simply runs again,
now replacing the copy the other one wrote. A publish cut short (killed, the network
gone) commits nothing: the archive stays as it was.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, select
from sqlalchemy.exc import IntegrityError

from ..db import models as m
from ..db.engine import Database
from ..db.errors import LibraryLocked, StorageFailed
from ..db.location import parse_location
from ..db.lock import LibraryLock, open_with_lock
from ..messages import QT_TRANSLATE_NOOP, Message
from ..services.errors import DomainError
from ..services.publish import archive_copy
from ..services.workshops import load_workshop
from .workshop_json import ImportProblem, import_workshop, workshop_to_dict

log = logging.getLogger(__name__)

# How long a publish waits for another one to finish with a file archive.
LOCK_WAIT_S = 20.0
# How many times a publish runs again after losing a race with another (PostgreSQL).
ATTEMPTS = 5


class PublishError(DomainError):
    """The workshop could not be published; nothing was written to the archive."""


@dataclass(frozen=True)
class PublishResult:
    """What a publish did: the workshop's id here and in the archive, whether the archive
    held a copy already (``updated``), and what the facilitator should know."""

    workshop_id: int
    archive_id: int
    updated: bool
    left_out: tuple[str, ...]
    pseudonyms: int
    warnings: tuple[Message, ...]


def open_archive(
    text: str | Path | URL,
    library: Database | None = None,
    *,
    wait_s: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[Database, LibraryLock]:
    """The archive at ``text`` (a file or a PostgreSQL URL) and its lock, to release
    after closing it. A file must exist already and be a library of a version we know
    (``db.library`` refuses anything else, untouched); its lock is waited for up to
    ``wait_s`` seconds (``LOCK_WAIT_S``), since another publish holds it only briefly.
    ``library``, the one the workshop comes from, cannot be its own archive."""
    location = parse_location(text)
    here = library.path if library is not None else None
    if isinstance(location, Path) and here is not None and _same_file(location, here):
        raise PublishError(
            QT_TRANSLATE_NOOP(
                "services",
                "{name} is the library the workshop is in; choose the organisation's archive.",
            ),
            name=location.name,
        )
    deadline = time.monotonic() + (LOCK_WAIT_S if wait_s is None else wait_s)
    while True:
        try:
            return open_with_lock(location, create=False)
        except LibraryLocked:
            if time.monotonic() >= deadline:
                raise
            sleep(0.2)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def publish_workshop(library: Database, workshop_id: int, archive: Database) -> PublishResult:
    """Copy the workshop ``workshop_id`` of ``library`` into ``archive``: its closed
    rounds, with pseudonyms for the people who have not agreed to be named; an update
    of the archive's copy when it has one. One transaction in the archive."""
    data = load_workshop(library, workshop_id)
    if not data.workshop.uid:  # every workshop has had one since migration 0005
        raise PublishError(
            QT_TRANSLATE_NOOP("services", "Workshop {id} has no identity to publish under."),
            id=workshop_id,
        )
    copy = archive_copy(data)
    document = workshop_to_dict(copy.data)
    for attempt in range(1, ATTEMPTS + 1):
        updated = _archived(archive, data.workshop.uid)
        try:
            record = import_workshop(archive, document, replace=True)
        except IntegrityError:
            # Another laptop published this workshop at the same moment and committed
            # first: run again, replacing its copy (PostgreSQL; SQLite writers queue).
            if attempt == ATTEMPTS:
                raise
            log.info("Publish of workshop %s met another one; running it again", workshop_id)
            continue
        except StorageFailed as exc:
            if not _busy(exc) or attempt == ATTEMPTS:
                raise
            continue
        except ImportProblem as exc:  # our own export always passes; say so if not
            raise PublishError(
                QT_TRANSLATE_NOOP(
                    "services", "The workshop could not be published: {why}. Nothing was written."
                ),
                why=str(exc),
            ) from exc
        return PublishResult(
            workshop_id=workshop_id,
            archive_id=record.id,
            updated=updated,
            left_out=copy.left_out,
            pseudonyms=copy.pseudonyms,
            warnings=copy.warnings,
        )
    raise AssertionError("unreachable")  # pragma: no cover


def _archived(archive: Database, uid: str) -> bool:
    with archive.transaction() as session:
        return session.scalar(select(m.Workshop.id).where(m.Workshop.uid == uid)) is not None


def _busy(error: StorageFailed) -> bool:
    """Whether SQLite gave up waiting for another writer (SQLITE_BUSY)."""
    orig = getattr(error.__cause__, "orig", None)
    return (getattr(orig, "sqlite_errorcode", 0) & 0xFF) == 5
