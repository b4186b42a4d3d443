"""Which font sets each character of a text, and in what order right-to-left text is drawn.

``runs`` cuts a text into runs of one font: a script DejaVu Sans lacks (or sets poorly)
goes to its family in ``fonts.FAMILIES``; spaces, digits and punctuation stay with the
run they sit in when its font has them, so a word and its full stop shape together.

``visual_order`` puts a line's pieces (words, spaces, numbers) in the order they are drawn
from left to right: the Unicode Bidirectional Algorithm (UAX #9) applied to whole pieces,
whose own letters HarfBuzz has already ordered. A piece is one direction throughout (the
shaper cuts a word where its direction changes), so the piece is the unit that moves.
Explicit embeddings and isolates (U+202A-202E, U+2066-2069) are not followed: text typed
on a sticky note hardly ever holds them.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from . import fonts

# Unicode blocks of the scripts with a family of their own (start, end, family key).
_BLOCKS: list[tuple[int, int, str]] = sorted(
    [
        (0x0590, 0x05FF, "hebrew"),
        (0xFB1D, 0xFB4F, "hebrew"),
        (0x0600, 0x06FF, "arabic"),
        (0x0750, 0x077F, "arabic"),
        (0x0870, 0x08FF, "arabic"),
        (0xFB50, 0xFDFF, "arabic"),
        (0xFE70, 0xFEFF, "arabic"),
        (0x0980, 0x09FF, "bengali"),
        (0x0A00, 0x0A7F, "gurmukhi"),
        (0x1200, 0x139F, "ethiopic"),
        (0x2D80, 0x2DDF, "ethiopic"),
        (0xAB00, 0xAB2F, "ethiopic"),
        (0x1E7E0, 0x1E7FF, "ethiopic"),
        (0x1100, 0x11FF, "cjk"),  # Hangul jamo
        (0x2E80, 0x2FDF, "cjk"),  # radicals
        (0x2FF0, 0x2FFF, "cjk"),
        (0x3000, 0x303F, "cjk"),  # CJK punctuation 。、「」 and the ideographic space
        (0x3040, 0x30FF, "cjk"),  # hiragana, katakana
        (0x3100, 0x31FF, "cjk"),  # bopomofo, Hangul compatibility jamo, kanbun...
        (0x3200, 0x33FF, "cjk"),  # enclosed and compatibility CJK
        (0x3400, 0x4DBF, "cjk"),  # extension A
        (0x4E00, 0x9FFF, "cjk"),  # unified ideographs
        (0xA960, 0xA97F, "cjk"),
        (0xAC00, 0xD7FF, "cjk"),  # Hangul syllables
        (0xF900, 0xFAFF, "cjk"),  # compatibility ideographs
        (0xFE30, 0xFE4F, "cjk"),  # vertical and small forms
        (0xFF00, 0xFFEF, "cjk"),  # full-width forms: ，！（）
        (0x20000, 0x3134F, "cjk"),  # extensions B-G
    ]
)
_STARTS = [start for start, _, _ in _BLOCKS]
# What may sit in another script's run: spaces, punctuation, symbols, digits, marks,
# and the joiners (ZWNJ, ZWJ) that Urdu, Persian and Bengali type inside words.
_FOLLOWERS = frozenset("ZPSNM")
_JOINERS = frozenset({0x200C, 0x200D})
_RTL_CLASSES = frozenset({"R", "AL"})
_NUMBER_CLASSES = frozenset({"EN", "AN"})
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def family_of(code: int) -> str | None:
    """The family key of the script block ``code`` is in, or None."""
    i = bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _BLOCKS[i][1]:
        return _BLOCKS[i][2]
    return None


@cache
def simple_characters() -> frozenset[str]:
    """The characters set in DejaVu Sans with nothing more to do: those it draws, less the
    scripts that have a family of their own (it has Arabic and Hebrew letters, unjoined),
    with line breaks and tabs."""
    base = fonts.register_fonts()
    return frozenset(chr(c) for c in base if family_of(c) is None) | {"\n", "\t"}


def simple(text: str) -> bool:
    """Whether ``text`` is set in DejaVu Sans alone."""
    return text.isascii() or simple_characters().issuperset(text)


def printable(code: int, base: frozenset[int]) -> bool:
    """Whether some bundled font draws ``code``."""
    key = family_of(code)
    if key is not None and fonts.covers(key, code):
        return True
    return code in base


def runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into runs of one font: (family key, or None for the base font, text)."""
    out: list[tuple[str | None, str]] = []
    current: str | None = None
    start = 0
    for i, ch in enumerate(text):
        code = ord(ch)
        key = family_of(code)
        if key is None or not fonts.covers(key, code):
            key = None
            follower = unicodedata.category(ch)[0] in _FOLLOWERS or code in _JOINERS
            if current is not None and follower and fonts.covers(current, code):
                key = current
        if key != current:
            if i > start:
                out.append((current, text[start:i]))
            current, start = key, i
    if len(text) > start:
        out.append((current, text[start:]))
    return out


def strong(text: str) -> str | None:
    """The direction of the first strong character: "L", "R", or None."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls == "L":
            return "L"
        if cls in _RTL_CLASSES:
            return "R"
    return None


def kind(text: str) -> str:
    """A piece's bidirectional kind: "L" or "R" (its first strong character), "N" (a
    number: digits, no letters), "S" (spaces) or "O" (other neutrals: punctuation)."""
    if text.isspace():
        return "S"
    direction = strong(text)
    if direction is not None:
        return direction
    if any(unicodedata.bidirectional(ch) in _NUMBER_CLASSES for ch in text):
        return "N"
    return "O"


def base_level(texts: Sequence[str]) -> int:
    """1 (right to left) for a paragraph whose letters are all right-to-left, else 0.

    UAX #9 would take the first strong letter; a line of the minutes that mixes their
    English or Welsh words with a right-to-left name stays left to right instead, as the
    page around it."""
    seen_rtl = False
    for text in texts:
        for ch in text:
            cls = unicodedata.bidirectional(ch)
            if cls == "L":
                return 0
            if cls in _RTL_CLASSES:
                seen_rtl = True
    return 1 if seen_rtl else 0


def direction_cuts(text: str) -> list[tuple[str, bool]]:
    """``text`` (a run of a right-to-left script) cut where its direction changes: each
    part with whether it reads right to left. Numbers keep their left-to-right order, and
    punctuation before the first letter or after the last is a part of its own, placed by
    what surrounds it (the colon of "الحافلات: Bus review" sits to the right, between two
    left-to-right neighbours)."""
    parts: list[list[str]] = []  # [kind, text]: "R" letters, "N" number, "O" neutral
    number = False
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _NUMBER_CLASSES or (number and cls in ("CS", "ES", "ET")):
            now = "N"  # 1,000 and 10.5 stay one number
        elif cls in _RTL_CLASSES or (parts and cls in ("NSM", "BN")):
            now = "R" if cls in _RTL_CLASSES else parts[-1][0]
        elif cls in ("NSM", "BN"):
            now = "R"
        else:
            now = "O"
        number = now == "N"
        if parts and parts[-1][0] == now:
            parts[-1][1] += ch
        else:
            parts.append([now, ch])
    # A full stop or comma after a number ends the sentence rather than the number.
    for i in range(len(parts) - 1, -1, -1):
        part_kind, part = parts[i]
        stops = "".join(c for c in part if unicodedata.bidirectional(c) in ("CS", "ES"))
        trimmed = part.rstrip(stops)
        if part_kind == "N" and trimmed != part:
            parts[i : i + 1] = [["N", trimmed], ["O", part[len(trimmed) :]]]
    # Punctuation between letters (a hyphen, "،") belongs to the word around it.
    merged: list[list[str]] = []
    for i, (part_kind, part) in enumerate(parts):
        inner = 0 < i < len(parts) - 1 and parts[i - 1][0] == parts[i + 1][0] == "R"
        if merged and (part_kind == "R" or inner) and merged[-1][0] == "R":
            merged[-1][1] += part
        else:
            merged.append(["R" if inner else part_kind, part])
    return [(part, part_kind == "R") for part_kind, part in merged]


def levels(kinds: Sequence[str], base: int) -> list[int]:
    """Embedding levels of a line's pieces (rules W7, N1, N2, I1, I2 and L1 of UAX #9).

    Kind "n" is a number outside any right-to-left run (set in the base font, as the
    minutes' own counts are): it reads with right-to-left text only when that text is on
    both its sides, so "السكان: 3" keeps its count after the name, as if the name were
    isolated (as HTML's <bdi> does), while "יש 42 אנשים" keeps its number inside."""
    n = len(kinds)
    edge = "R" if base else "L"
    resolved = list(kinds)
    for i, k in enumerate(kinds):
        if k == "n":
            left = next((_side(x) for x in reversed(kinds[:i]) if x in "LRN"), edge)
            right = next((_side(x) for x in kinds[i + 1 :] if x in "LRN"), edge)
            resolved[i] = "N" if left == right == "R" else "L"
    previous = edge
    for i, k in enumerate(list(resolved)):
        if k in ("L", "R"):
            previous = k
        elif k == "N" and previous == "L":
            resolved[i] = "L"  # W7: a number after left-to-right text is part of it
    i = 0
    while i < n:
        if resolved[i] not in ("O", "S"):
            i += 1
            continue
        j = i
        while j < n and resolved[j] in ("O", "S"):
            j += 1
        before = _side(resolved[i - 1]) if i > 0 else edge
        after = _side(resolved[j]) if j < n else edge
        resolved[i:j] = [before if before == after else edge] * (j - i)
        i = j
    out = [1 if k == "R" else 2 if k == "N" else 2 if base else 0 for k in resolved]
    end = n - 1
    while end >= 0 and kinds[end] == "S":  # L1: spaces at the end of a line
        out[end] = base
        end -= 1
    return out


def _side(k: str) -> str:
    return "L" if k == "L" else "R"  # N1: numbers count as right-to-left


def visual_order(kinds: Sequence[str], base: int) -> tuple[list[int], list[int]]:
    """The pieces' indexes in drawing order (left to right), and their levels (L2)."""
    lv = levels(kinds, base)
    order = list(range(len(kinds)))
    top = max(lv, default=0)
    lowest_odd = 1
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if lv[order[i]] >= level:
                j = i
                while j < len(order) and lv[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order, lv


def mirrored(text: str) -> str:
    """Brackets and quotes turned to face the other way, for a right-to-left line."""
    return text.translate(_MIRRORED)
