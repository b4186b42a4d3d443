"""The migration scripts' revisions, read from their text (Alembic loads slowly)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..messages import QT_TRANSLATE_NOOP
from .errors import NewerLibrary

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    # Alembic is imported only when a library must be built or migrated: it costs a
    # fifth of a second at every start otherwise.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.MULTILINE)


def _revision_chain() -> dict[str, str | None]:
    """revision -> the revision it follows, read from the migration scripts' text."""
    chain: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision and down:
            chain[revision.group(1)] = down.group(1)
    return chain


def head_revision() -> str:
    chain = _revision_chain()
    followed = {down for down in chain.values() if down}
    heads = [rev for rev in chain if rev not in followed]
    assert len(heads) == 1, f"migrations must form one line, found heads {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_chain())


def known_revision(revision: str | None, name: str) -> str:
    """``revision``, if this version's migrations know it; a library made by a newer
    version (file or server) is refused untouched."""
    if revision is None or revision not in known_revisions():
        raise NewerLibrary(
            QT_TRANSLATE_NOOP(
                "library",
                "{name} was made by a newer version of coprod-desktop. "
                "Install the newer version to open it; it has been left as it was.",
            ),
            name=name,
        )
    return revision
