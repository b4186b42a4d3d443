"""The one way user text is folded onto a line and shortened (coprod_desktop/text.py)."""

from __future__ import annotations

from coprod_desktop.text import one_line, quoted, shorten


def test_one_line_folds_breaking_space_and_keeps_no_break_space():
    assert one_line("  Later\tbuses\r\n\n on  Thursdays \u2028") == "Later buses on Thursdays"
    assert one_line("10\xa0km or 5\u202fmin") == "10\xa0km or 5\u202fmin"
    assert one_line(" \n ") == ""


def test_shorten_cuts_at_the_character_with_no_space_before_the_ellipsis():
    text = "Could the centre run a regular shuttle to the station?"
    assert shorten(text, 100) == text
    assert shorten(text, 36) == "Could the centre run a regular shut…"
    assert shorten("abcd efgh", 6) == "abcd…"  # not "abcd …"
    assert len(shorten(text, 20)) <= 20


def test_shorten_whole_words_cuts_between_words_unless_one_word_fills_the_room():
    text = "Could the centre run a regular shuttle to the station?"
    assert shorten(text, 36, whole_words=True) == "Could the centre run a regular…"
    assert shorten("word, " * 20, 30, whole_words=True) == "word, word, word, word…"
    assert shorten("a " + "x" * 50, 20, whole_words=True) == "a " + "x" * 17 + "…"


def test_quoted_wraps_the_shortened_text_in_curly_quotes():
    assert quoted("Later\nbuses", 60) == "“Later buses”"
    assert quoted("x" * 10, 5) == "“xxxx…”"
