"""Where the password of a server library comes from, none of it ever stored by us.

In order: the URL itself (for that one opening; settings keep the URL without it), then
libpq's own sources (PGPASSWORD, ``~/.pgpass``: tried by simply connecting without one),
then the system keyring through the ``keyring`` package when it is installed, then the
person: the command line and the app each register how to ask (``set_password_prompt``:
getpass on a terminal, a dialog in the app). Nothing here logs or saves a password.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

KEYRING_SERVICE = "coprod-desktop"

# (the library's address without password, the user name) -> a password, or None when
# the person declined; registered by the command line or the app.
PasswordPrompt = Callable[[str, str], str | None]
_prompt: PasswordPrompt | None = None


def set_password_prompt(prompt: PasswordPrompt | None) -> PasswordPrompt | None:
    """Make ``prompt`` the way to ask for a password; returns the one it replaces."""
    global _prompt
    previous, _prompt = _prompt, prompt
    return previous


def ask_password(shown: str, user: str) -> str | None:
    """The person's answer, or None when nobody can be asked or they declined."""
    return None if _prompt is None else _prompt(shown, user)


def keyring_password(shown: str, user: str) -> str | None:
    """The password the system keyring holds for this library (keyed by its address
    without password, under "coprod-desktop"; else by the user name), or None."""
    try:
        keyring = importlib.import_module("keyring")
    except ImportError:
        return None
    try:
        for key in (shown, user):
            found = keyring.get_password(KEYRING_SERVICE, key)
            if isinstance(found, str) and found:
                return found
    except Exception:  # a keyring without a backend, or locked: as if it held nothing
        log.info("The system keyring could not be read", exc_info=False)
    return None
