"""Where the shared board's notes go, and the lines each note's text is drawn in.

The room must read every idea whole from the back: so a note's text never shrinks
below a floor (24 px on a 1080-line screen, in proportion on others, larger with larger
text) and is never cut. When the board does not fit one screen at a comfortable size it
is cut into pages instead, a theme a page, a theme too big for a screen continuing over
pages. Lines break at spaces only; a single word too wide for its note is the one
exception (that note's text goes down to the floor, then the word is hyphenated).

Pure geometry from font metrics: no widget, so tests can lay out any screen size.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from ...text import one_line
from .style import Metrics, font

FLOOR_PER_LINE = 24 / 1080  # a note's text: at least 24 px on a 1080-line screen
COMFORT_FACTOR = 0.85  # notes are laid out at this much of the body text, or more
LARGEST_FACTOR = 1.5  # and grow up to this when a page has room
HYPHEN = "-"


@dataclass(frozen=True)
class Sizes:
    """A note's text sizes in pixels for one screen and text scale."""

    floor: int  # never below, even for a note holding one very long word
    target: int  # what a page is laid out at; pages are cut so nothing goes under it
    largest: int

    @classmethod
    def of(cls, metrics: Metrics) -> Sizes:
        basis = min(metrics.height, metrics.width * 9 / 16)
        floor = max(8, round(basis * FLOOR_PER_LINE * max(1.0, metrics.scale)))
        target = max(floor, round(metrics.unit * COMFORT_FACTOR))
        return cls(floor, target, max(target, round(metrics.unit * LARGEST_FACTOR)))

    def steps(self) -> list[int]:
        """Sizes to try for a page, largest first, ending at ``target``."""
        found, px = [], float(self.largest)
        while px > self.target:
            found.append(round(px))
            px *= 0.9
        return [*dict.fromkeys(found), self.target]


@dataclass(frozen=True)
class NoteIn:
    id: int
    text: str
    colour: str
    dots: int = 0
    table: str = ""  # the breakout table, in a merged workshop: a line above the text


@dataclass(frozen=True)
class SectionIn:
    """A theme (``key`` its id) or the ideas in no theme (``key`` = ``LOOSE``)."""

    key: int
    name: str
    colour: str
    notes: tuple[NoteIn, ...]
    dots: int = 0


LOOSE = -1


@dataclass(frozen=True)
class Lines:
    """Text broken into lines: ``broken`` holds the lines that end inside a word (with a
    hyphen drawn), which happens only to a word too wide for its note at the floor."""

    lines: tuple[str, ...]
    px: int
    line_height: float
    broken: frozenset[int] = frozenset()

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    def joined(self) -> str:
        """The text again, from its lines (what a test compares with the idea)."""
        out = ""
        for index, line in enumerate(self.lines):
            if index in self.broken:
                out += line.removesuffix(HYPHEN)
            else:
                out += line + (" " if index < len(self.lines) - 1 else "")
        return out


@dataclass(frozen=True)
class PlacedNote:
    id: int
    rect: QRectF
    text_rect: QRectF
    text: Lines
    colour: str
    dots: int
    badge: QRectF | None
    part: int = 1  # a note longer than a whole screen continues over pages
    parts: int = 1
    table: str = ""
    table_rect: QRectF | None = None  # the table's name, above the text


TABLE_SCALE = 0.7  # the table's name beside the note's text size


def _table_height(note: NoteIn, s: Spacing) -> float:
    """Room for the table's name above the text (one line, smaller than the text)."""
    return round(s.px * TABLE_SCALE * 1.4) if note.table else 0.0


@dataclass(frozen=True)
class PlacedSection:
    key: int
    title: str
    rect: QRectF
    header: QRectF
    title_lines: Lines
    title_rect: QRectF
    colour: str
    dots: int
    badge: QRectF | None
    notes: tuple[PlacedNote, ...]


@dataclass(frozen=True)
class Page:
    sections: tuple[PlacedSection, ...]
    keys: tuple[int, ...]  # the sections shown (a theme continued has its key on each page)
    note_ids: tuple[int, ...] = field(default=())


@lru_cache(maxsize=64)
def _metrics(px: int, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(font(px, bold=bold))


def _hyphenate(word: str, fm: QFontMetricsF, width: float) -> list[str]:
    """A word too wide for ``width`` in pieces that fit, each but the last with a hyphen."""
    pieces, rest = [], word
    while fm.horizontalAdvance(rest) > width and len(rest) > 1:
        cut = 1
        while cut < len(rest) and fm.horizontalAdvance(rest[: cut + 1] + HYPHEN) <= width:
            cut += 1
        # never leave an accent, a joiner or a variation selector at a piece's start
        while cut > 1 and (rest[cut].isspace() or _joins(rest[cut])):
            cut -= 1
        pieces.append(rest[:cut] + HYPHEN)
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def _joins(char: str) -> bool:
    return unicodedata.combining(char) > 0 or unicodedata.category(char) in ("Mn", "Me", "Cf")


@lru_cache(maxsize=20000)
def wrap(text: str, px: int, width: float, bold: bool = False, hyphenate: bool = False) -> Lines:
    """``text`` broken at spaces into lines no wider than ``width`` at ``px``. A word
    wider than ``width`` sits alone on its line (too wide) unless ``hyphenate``."""
    fm = _metrics(px, bold)
    words = one_line(text).split(" ") if text.strip() else []
    lines: list[str] = []
    broken: set[int] = set()
    line = ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if fm.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        if hyphenate and fm.horizontalAdvance(word) > width:
            *pieces, line = _hyphenate(word, fm, width)
            for piece in pieces:
                broken.add(len(lines))
                lines.append(piece)
    if line:
        lines.append(line)
    return Lines(tuple(lines), px, fm.lineSpacing(), frozenset(broken))


def widest_word(text: str, px: int, bold: bool = False) -> float:
    fm = _metrics(px, bold)
    return max((fm.horizontalAdvance(w) for w in one_line(text).split(" ")), default=0.0)


@lru_cache(maxsize=20000)
def note_lines(text: str, px: int, floor: int, width: float) -> Lines:
    """The note's lines at ``px``; a word too wide for the note takes the note's text
    down towards ``floor`` until it fits, and is hyphenated only at the floor."""
    if widest_word(text, px) <= width:
        return wrap(text, px, width)
    size = px
    while size > floor:
        size = max(floor, min(size - 1, int(size * width / max(1.0, widest_word(text, size)))))
        if widest_word(text, size) <= width:
            return wrap(text, size, width)
    return wrap(text, floor, width, hyphenate=True)


@dataclass(frozen=True)
class Spacing:
    px: int
    note_pad: float
    gap: float
    frame_pad: float
    frame_gap: float
    badge: float
    title_px: int

    @classmethod
    def at(cls, px: int) -> Spacing:
        return cls(
            px=px,
            note_pad=round(px * 0.45),
            gap=round(px * 0.45),
            frame_pad=round(px * 0.5),
            frame_gap=round(px * 0.8),
            badge=round(px * 1.7),
            title_px=round(px * 1.15),
        )


def _note_height(note: NoteIn, s: Spacing, floor: int, width: float) -> float:
    lines = note_lines(note.text, s.px, floor, _text_width(note, s, width))
    return lines.height + 2 * s.note_pad + _table_height(note, s)


def _text_width(note: NoteIn, s: Spacing, width: float) -> float:
    room = width - 2 * s.note_pad
    return room - (s.badge + s.note_pad * 0.5 if note.dots else 0)


def _split(heights: list[float], columns: int, gap: float) -> list[int]:
    """Where to cut ``heights`` (in order) into ``columns`` stacks, tallest stack least."""
    if columns <= 1 or len(heights) <= 1:
        return [len(heights)]

    def stacks(limit: float) -> list[int] | None:
        cuts, total, count = [], 0.0, 0
        for h in heights:
            extra = h if count == 0 else h + gap
            if count and total + extra > limit:
                cuts.append(count)
                total, count = h, 1
            else:
                total, count = total + extra, count + 1
        cuts.append(count)
        return cuts if len(cuts) <= columns else None

    low, high = max(heights), sum(heights) + gap * len(heights)
    best = stacks(high) or [len(heights)]
    for _ in range(24):
        mid = (low + high) / 2
        found = stacks(mid)
        if found is None:
            low = mid
        else:
            best, high = found, mid
    return best


def _stack_height(heights: list[float], cuts: list[int], gap: float) -> float:
    tallest, start = 0.0, 0
    for count in cuts:
        part = heights[start : start + count]
        tallest = max(tallest, sum(part) + gap * max(0, len(part) - 1))
        start += count
    return tallest


def _title(title: str, s: Spacing, width: float) -> Lines:
    """A heading a little larger than the notes, or as large as them when that saves a
    line."""
    large = wrap(title, s.title_px, width, bold=True, hyphenate=True)
    if len(large.lines) <= 1:
        return large
    plain = wrap(title, s.px, width, bold=True, hyphenate=True)
    return plain if len(plain.lines) < len(large.lines) else large


def _title_width(section: SectionIn, s: Spacing, frame_width: float) -> float:
    badge = s.badge * 1.1 + s.frame_pad if section.dots else 0.0
    return frame_width - 2 * s.frame_pad - badge


def layout_page(
    sections: list[SectionIn],
    titles: list[str],
    px: int,
    floor: int,
    width: float,
    height: float,
) -> tuple[PlacedSection, ...] | None:
    """The sections side by side at ``px``, or None if they do not fit ``width`` by
    ``height`` with every note whole."""
    s = Spacing.at(px)
    count = len(sections)
    if not count:
        return ()
    least = px * 7.5  # narrowest note: about a dozen characters a line
    # A cheap bound first: the text's area alone must fit the screen.
    fm = _metrics(px, False)
    area = sum(
        fm.horizontalAdvance(one_line(n.text)) * fm.lineSpacing() * 1.15
        for sec in sections
        for n in sec.notes
    )
    if area > width * height:
        return None
    columns = [1] * count
    while True:
        total = sum(columns)
        fixed = (count - 1) * s.frame_gap + count * 2 * s.frame_pad + (total - count) * s.gap
        note_width = (width - fixed) / total
        if note_width < least:
            return None
        frame_widths = [c * note_width + (c - 1) * s.gap + 2 * s.frame_pad for c in columns]
        title_lines = [
            _title(t, s, _title_width(sec, s, fw))
            for sec, t, fw in zip(sections, titles, frame_widths, strict=True)
        ]
        header = max(max(len(t.lines), 1) * t.line_height + s.frame_pad * 0.8 for t in title_lines)
        heights = [[_note_height(n, s, floor, note_width) for n in sec.notes] for sec in sections]
        cuts = [_split(h, c, s.gap) for h, c in zip(heights, columns, strict=True)]
        stacks = [_stack_height(h, c, s.gap) for h, c in zip(heights, cuts, strict=True)]
        body = max(stacks) if stacks else 0.0
        if header + s.frame_pad + body + s.frame_pad <= height:
            break
        # Another column for the tallest theme that can use one.
        growable = [
            i for i in range(count) if columns[i] < len(sections[i].notes) and stacks[i] == body
        ] or [i for i in range(count) if columns[i] < len(sections[i].notes)]
        if not growable:
            return None
        columns[max(growable, key=lambda i: stacks[i])] += 1
    frame_height = header + s.frame_pad + body + s.frame_pad
    placed: list[PlacedSection] = []
    x = 0.0
    for sec, title, lines, fw, cut, hs in zip(
        sections, titles, title_lines, frame_widths, cuts, heights, strict=True
    ):
        rect = QRectF(x, 0, fw, frame_height)
        head = QRectF(x, 0, fw, header)
        title_rect = QRectF(
            x + s.frame_pad,
            (header - lines.height) / 2,
            _title_width(sec, s, fw),
            lines.height,
        )
        badge = None
        if sec.dots:
            size = min(s.badge * 1.1, header - 6)
            badge = QRectF(head.right() - s.frame_pad - size, (header - size) / 2, size, size)
        notes: list[PlacedNote] = []
        index = 0
        for column, stack in enumerate(cut):
            y = header + s.frame_pad
            left = x + s.frame_pad + column * (note_width + s.gap)
            for note, h in zip(
                sec.notes[index : index + stack], hs[index : index + stack], strict=True
            ):
                box = QRectF(left, y, note_width, h)
                text_width = _text_width(note, s, note_width)
                text = note_lines(note.text, s.px, floor, text_width)
                tag = _table_height(note, s)
                table_rect = QRectF(left + s.note_pad, y + s.note_pad, text_width, tag)
                text_rect = QRectF(left + s.note_pad, y + s.note_pad + tag, text_width, text.height)
                note_badge = None
                if note.dots:
                    note_badge = QRectF(
                        box.right() - s.note_pad * 0.6 - s.badge,
                        y + s.note_pad * 0.6,
                        s.badge,
                        s.badge,
                    )
                placed_note = PlacedNote(
                    note.id, box, text_rect, text, note.colour, note.dots, note_badge
                )
                if note.table:
                    placed_note = replace(placed_note, table=note.table, table_rect=table_rect)
                notes.append(placed_note)
                y += h + s.gap
            index += stack
        placed.append(
            PlacedSection(
                sec.key,
                title,
                rect,
                head,
                lines,
                title_rect,
                sec.colour,
                sec.dots,
                badge,
                tuple(notes),
            )
        )
        x += fw + s.frame_gap
    return tuple(placed)


def _best(
    sections: list[SectionIn],
    titles: list[str],
    sizes: Sizes,
    sizes_to_try: list[int],
    w: float,
    h: float,
) -> tuple[PlacedSection, ...] | None:
    for px in sizes_to_try:
        found = layout_page(sections, titles, px, sizes.floor, w, h)
        if found is not None:
            return found
    return None


def paginate(
    sections: list[SectionIn],
    sizes: Sizes,
    width: float,
    height: float,
    *,
    paged_title: Callable[[int, SectionIn], str],
    part_title: Callable[[str, int, int], str],
    one_page: bool = True,
) -> list[Page]:
    """The whole board on one page when it fits at ``sizes.target`` or larger; else a
    theme a page, a theme too big for one page over several."""
    if not sections:
        return []
    steps = sizes.steps()
    if one_page:
        whole = _best(sections, [sec.name for sec in sections], sizes, steps, width, height)
        if whole is not None:
            return [_page(whole)]
    pages: list[Page] = []
    for index, sec in enumerate(sections):
        title = paged_title(index, sec)
        chunks = _chunks(sec, title, part_title(title, 99, 99), sizes, width, height)
        for part, (chunk, placed, split_note) in enumerate(chunks, 1):
            if len(chunks) > 1:
                label = part_title(title, part, len(chunks))
                again = None
                if not split_note:
                    again = _best([chunk], [label], sizes, steps, width, height) or _lone_note(
                        chunk, chunk.notes[0], label, sizes, width, height
                    )
                placed = again or _renamed(placed, label)
            pages.append(_page(placed))
    return pages


def _renamed(placed: tuple[PlacedSection, ...], title: str) -> tuple[PlacedSection, ...]:
    """The same page under another heading (one laid out with room for a longer one)."""
    out = []
    for sec in placed:
        lines = wrap(title, sec.title_lines.px, sec.title_rect.width(), True, True)
        out.append(replace(sec, title=title, title_lines=lines))
    return tuple(out)


def _page(sections: tuple[PlacedSection, ...]) -> Page:
    return Page(
        sections,
        tuple(s.key for s in sections),
        tuple(n.id for s in sections for n in s.notes),
    )


Chunk = tuple[SectionIn, tuple[PlacedSection, ...], bool]  # notes, laid out, a split note


def _chunks(
    sec: SectionIn, title: str, long_title: str, sizes: Sizes, width: float, height: float
) -> list[Chunk]:
    """The section's notes cut into runs that each fit a page at the target size or
    larger (a run of one note may go down to the floor)."""
    steps = sizes.steps()
    whole = _best([sec], [title], sizes, steps, width, height)
    if whole is not None:
        return [(sec, whole, False)]
    out: list[Chunk] = []
    notes = list(sec.notes)
    while notes:
        low, high = 1, len(notes)
        fitted: tuple[PlacedSection, ...] | None = None
        # The longest run from the start that fits at the target size.
        while low <= high:
            mid = (low + high) // 2
            part = _with_notes(sec, notes[:mid])
            found = layout_page([part], [long_title], sizes.target, sizes.floor, width, height)
            if found is not None:
                fitted, low = found, mid + 1
            else:
                high = mid - 1
        taken = high
        if fitted is None or taken < 1:
            taken = 1
            fitted = _lone_note(sec, notes[0], long_title, sizes, width, height)
            if fitted is None:  # longer than a screen at the floor: continues over pages
                out.extend(_note_parts(sec, notes[0], long_title, sizes, width, height))
                notes = notes[1:]
                continue
        part = _with_notes(sec, notes[:taken])
        out.append((part, fitted, False))
        notes = notes[taken:]
    return _balanced(sec, out, long_title, sizes, width, height)


def _balanced(
    sec: SectionIn, chunks: list[Chunk], title: str, sizes: Sizes, width: float, height: float
) -> list[Chunk]:
    """The same number of pages with the notes shared out evenly (not 10 and then 1),
    when every share still fits."""
    if len(chunks) < 2 or any(split for _c, _p, split in chunks):
        return chunks
    notes = [n for chunk, _p, _s in chunks for n in chunk.notes]
    pages = len(chunks)
    even: list[Chunk] = []
    start = 0
    for index in range(pages):
        stop = start + (len(notes) - start) // (pages - index)
        part = _with_notes(sec, notes[start:stop])
        found = layout_page([part], [title], sizes.target, sizes.floor, width, height)
        if found is None:
            return chunks
        even.append((part, found, False))
        start = stop
    return even


def _with_notes(sec: SectionIn, notes: list[NoteIn]) -> SectionIn:
    return SectionIn(sec.key, sec.name, sec.colour, tuple(notes), sec.dots)


def _lone_note(
    sec: SectionIn, note: NoteIn, title: str, sizes: Sizes, width: float, height: float
) -> tuple[PlacedSection, ...] | None:
    part = _with_notes(sec, [note])
    for px in range(sizes.target, sizes.floor - 1, -1):
        found = layout_page([part], [title], px, sizes.floor, width, height)
        if found is not None:
            return found
    return None


def _note_parts(
    sec: SectionIn, note: NoteIn, title: str, sizes: Sizes, width: float, height: float
) -> list[Chunk]:
    """A note too long for a whole screen at the floor, in runs of words that fit."""
    words = one_line(note.text).split(" ")
    out = []
    while words:
        low, high, best = 1, len(words), None
        while low <= high:
            mid = (low + high) // 2
            piece = replace(note, text=" ".join(words[:mid]))
            found = layout_page(
                [_with_notes(sec, [piece])], [title], sizes.floor, sizes.floor, width, height
            )
            if found is not None:
                best, low = (mid, piece, found), mid + 1
            else:
                high = mid - 1
        if best is None:  # not even one word: show it alone anyway (hyphenated)
            piece = replace(note, text=words[0])
            best = (
                1,
                piece,
                layout_page(
                    [_with_notes(sec, [piece])], [title], sizes.floor, sizes.floor, width, 1e9
                )
                or (),
            )
        taken, piece, found = best
        out.append((_with_notes(sec, [piece]), found))
        words = words[taken:]
    total = len(out)
    marked = []
    for number, (chunk, found) in enumerate(out, 1):
        fixed = tuple(
            replace(sec, notes=tuple(replace(n, part=number, parts=total) for n in sec.notes))
            for sec in found
        )
        marked.append((chunk, fixed, True))
    return marked
