"""The phone's language (Welsh or English) and the words the ballot says in it.

The page's own words and the server's sentences live in one catalogue per language
(``ballot_page/words.en.json``, ``words.cy.json``), read by the page and by the server
alike. Refusals from the services are English ``Message`` s; their Welsh comes from the
app's own translations (``resources/translations/coprod_cy.ts``, read without Qt), so a
phone says exactly what the kiosk says.
"""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

from ..messages import Message
from ..paths import resource

log = logging.getLogger(__name__)

ENGLISH, WELSH = "en", "cy"
LANGUAGES = (ENGLISH, WELSH)
PAGE = Path(__file__).resolve().parent / "ballot_page"


@cache
def words(language: str) -> dict[str, str]:
    """The catalogue of one language: key -> sentence (with ``{fields}``)."""
    path = PAGE / f"words.{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def say(language: str, key: str, **fields: Any) -> str:
    """One of the ballot's own sentences in ``language`` (English if it lacks one)."""
    text = words(language).get(key) or words(ENGLISH)[key]
    return text.format(**fields) if fields else text


def choose(accept_language: str | None, asked: str | None = None) -> str:
    """``cy`` or ``en``: the page's own choice (``?lang=``) if it made one, else the first
    of the browser's languages (by preference) that we speak, else English."""
    if asked in LANGUAGES:
        return asked
    ranked: list[tuple[float, int, str]] = []
    for n, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        code = tag.strip().lower().replace("_", "-").split("-")[0]
        if code in LANGUAGES and quality > 0:
            ranked.append((-quality, n, code))
    return min(ranked)[2] if ranked else ENGLISH


@cache
def _qt_catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation, from the app's finished Qt translations."""
    path = resource("translations", f"coprod_{language}.ts")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        log.warning("No translations for %s at %s", language, path)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def translated(text: Any, language: str) -> str:
    """A services ``Message`` (its fields too) in ``language``; other text as it is. A
    translation that does not fit its fields falls back to the English sentence."""
    if not isinstance(text, Message) or language == ENGLISH:
        return str(text)
    template = _qt_catalogue(language).get((text.context, text.template), text.template)
    if not text.params:
        return template
    fields = {key: translated(value, language) for key, value in text.params.items()}
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return str(text)
