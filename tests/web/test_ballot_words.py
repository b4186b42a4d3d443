"""The phone's words: both catalogues say everything, with the same fields; the browser's
language is read right; the services' refusals come out in the app's own Welsh."""

from __future__ import annotations

import re
import string

import pytest

from coprod_desktop.messages import QT_TRANSLATE_NOOP, Message, Term
from coprod_desktop.web import language

FIELD = re.compile(r"\{(\w*)\}")


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_catalogue_has_every_key_with_the_same_fields():
    english, welsh = language.words("en"), language.words("cy")
    assert set(english) == set(welsh)
    for key, text in english.items():
        assert text.strip() and welsh[key].strip(), key
        assert fields(text) == fields(welsh[key]), key
        if key.startswith(("error.", "server.")):
            assert text.endswith("."), key


def test_the_welsh_says_what_the_issue_asks():
    welsh = language.words("cy")
    assert welsh["page.thanks_heading"] == "Diolch, mae eich pleidlais wedi'i bwrw"
    assert welsh["page.dots_left"].format(left=2, total=3) == "2 o 3 dot ar ôl"
    assert (
        welsh["error.not_stored"]
        == "Chafodd eich pleidlais ddim ei chadw. Rhowch gynnig arall arni."
    )


@pytest.mark.parametrize(
    ("header", "asked", "chosen"),
    [
        (None, None, "en"),
        ("", None, "en"),
        ("cy", None, "cy"),
        ("cy-GB,cy;q=0.9", None, "cy"),
        ("en-GB,en;q=0.9,cy;q=0.8", None, "en"),
        ("cy;q=0.5, en;q=0.9", None, "en"),
        ("fr-FR, cy;q=0.7", None, "cy"),
        ("fr, de", None, "en"),
        ("cy;q=0", None, "en"),
        ("cy;q=nonsense, en", None, "en"),
        ("en", "cy", "cy"),
        ("cy", "en", "en"),
        ("cy", "fr", "cy"),
    ],
)
def test_the_phones_language(header, asked, chosen):
    assert language.choose(header, asked) == chosen


def test_a_services_refusal_in_welsh_with_its_fields():
    message = Message(
        QT_TRANSLATE_NOOP("services", "That is {total} dots; each voter has {budget}."),
        total=4,
        budget=3,
    )
    assert language.translated(message, "en") == "That is 4 dots; each voter has 3."
    assert language.translated(message, "cy") == "Dyna 4 dot; mae gan bob pleidleisiwr 3."
    nested = Message(
        QT_TRANSLATE_NOOP("services", "That {what} no longer exists."),
        what=Term("record", QT_TRANSLATE_NOOP("record", "idea")),
    )
    assert language.translated(nested, "cy") == "Dyw'r syniad ddim yn bodoli bellach."


def test_text_without_a_translation_stays_english():
    assert language.translated(Message("Not in the catalogue, {n}.", n=1), "cy") == (
        "Not in the catalogue, 1."
    )
    assert language.translated("plain text", "cy") == "plain text"


def test_say_falls_back_to_english_for_a_missing_welsh_key(monkeypatch):
    english = dict(language.words("en"))
    monkeypatch.setattr(language, "words", lambda code: english if code == "en" else {})
    assert language.say("cy", "error.too_large") == english["error.too_large"]


def test_the_page_asks_only_for_words_the_catalogues_have_and_uses_them_all():
    page = language.PAGE
    script = (page / "ballot.js").read_text(encoding="utf-8")
    html = (page / "index.html").read_text(encoding="utf-8")
    asked = set(re.findall(r'\bt\("([\w.]+)"', script)) | set(
        re.findall(r'data-words="([\w.]+)"', html)
    )
    words = language.words("en")
    assert asked - set(words) == set()
    server_side = "".join(p.read_text(encoding="utf-8") for p in page.parent.glob("*.py"))
    unused = {k for k in words if k not in asked and f'"{k}"' not in server_side}
    assert unused == set()
