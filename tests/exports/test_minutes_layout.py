"""How the minutes fall onto pages, read back page by page with pypdf: no heading ends a
page, no page holds only a stray line or two of what the page before could have kept,
and a table's rest never starts in the middle of a page under a second header.

The demo workshop is varied (more ideas, more notes, fewer votes) so that headings and
section ends land at every height of a page."""

from __future__ import annotations

import dataclasses as dc
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from pypdf import PdfReader

from coprod_desktop.db.engine import Database
from coprod_desktop.exports.minutes_pdf import minutes_bytes
from coprod_desktop.services import records as r
from coprod_desktop.services.demo import create_demo_workshop
from coprod_desktop.services.workshops import load_workshop

MADE = datetime(2026, 11, 28, 15, 30, tzinfo=UTC)
FOOTER_TOP = 60.0  # points from the page's bottom: the footer sits below this
TABLE_HEADERS = ("No. Action Owner", "Rank No. Idea", "Rank Theme", "No. Idea From")
TABLE_HEADERS_CY = ("Rhif Cam gweithredu", "Safle Rhif Syniad", "Safle Thema", "Rhif Syniad Gan")


@dataclass
class Line:
    text: str
    heading: bool  # set as a heading or a table's title: bold, 10 pt or more


def page_lines(pdf: bytes) -> list[list[Line]]:
    """Each page's lines of text, top to bottom, the footer left out."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: dict[float, list[tuple[float, str, bool]]] = {}

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, runs: Any = runs) -> None:
            y = round(tm[5] * cm[3] + cm[5], 1)
            if text.strip() and y >= FOOTER_TOP:
                bold = "Bold" in str((font or {}).get("/BaseFont", ""))
                points = round(size * (abs(tm[3] * cm[3]) or 1.0), 1)
                runs.setdefault(y, []).append((tm[4] * cm[0] + cm[4], text, points, bold))

        page.extract_text(visitor_text=visit)
        lines = []
        for y in sorted(runs, reverse=True):
            parts = sorted(runs[y])
            text = " ".join(" ".join(p[1].split()) for p in parts)
            # A heading's line: its largest type is bold, 10 pt or more (a theme's title
            # has its counts beside it in small type; bold words in a sentence do not count).
            largest = max(p[2] for p in parts)
            heading = largest >= 9.9 and all(p[3] for p in parts if p[2] == largest)
            lines.append(Line(text, heading))
        pages.append(lines)
    return pages


def layout_problems(pdf: bytes) -> list[str]:
    pages = page_lines(pdf)
    problems = []
    for n, lines in enumerate(pages, start=1):
        where = f"page {n} of {len(pages)}"
        if not lines:
            problems.append(f"{where} is empty")
            continue
        if lines[-1].heading:
            problems.append(f"{where} ends with the heading {lines[-1].text!r}")
        if n > 1 and len(lines) < 3 and not lines[0].heading:
            problems.append(f"{where} holds only {[x.text for x in lines]}")
        header = TABLE_HEADERS + TABLE_HEADERS_CY
        for i, line in enumerate(lines[1:], start=1):
            # A table's header comes under its title or heading (two lines in bilingual
            # minutes), or under the other language's header line.
            above = lines[max(0, i - 2) : i]
            if line.text.startswith(header) and not any(
                a.heading or a.text.startswith(header) for a in above
            ):
                problems.append(f"{where}: a table header in mid-page, under {above[-1].text!r}")
    return problems


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> r.WorkshopData:
    from coprod_desktop.db.library import open_library

    db: Database = open_library(tmp_path_factory.mktemp("layout") / "library.db")
    try:
        return load_workshop(db, create_demo_workshop(db).id)
    finally:
        db.close()


def more_ideas(data: r.WorkshopData, count: int) -> tuple[r.IdeaRecord, ...]:
    last = data.ideas[-1]
    return data.ideas + tuple(
        dc.replace(
            last, id=10_000 + n, theme_id=None, text=f"Extra idea {n} " + "words " * (n % 7 * 4)
        )
        for n in range(count)
    )


def more_notes(data: r.WorkshopData, count: int) -> tuple[r.NoteRecord, ...]:
    last = data.notes[-1]
    return data.notes + tuple(
        dc.replace(last, id=20_000 + n, text=f"Extra note {n}: " + "said more " * (n % 5 * 6 + 2))
        for n in range(count)
    )


def more_actions(data: r.WorkshopData, count: int) -> tuple[r.ActionRecord, ...]:
    first = data.actions[0]
    return data.actions + tuple(
        dc.replace(
            first, id=30_000 + n, title=f"Extra action {n}", notes="Follow up. " * (n % 4 * 5)
        )
        for n in range(count)
    )


# Before keep.py each of these laid a page out wrongly: "Voting" alone at a page's end
# (one vote), a LayoutError (ideas +30), the last note alone on the last page (notes +2),
# a second table header in mid-page (many actions).
VARIANTS = {
    "one vote": lambda d: dc.replace(d, rounds=d.rounds[-1:]),
    "one vote, ideas +6": lambda d: dc.replace(d, rounds=d.rounds[-1:], ideas=more_ideas(d, 6)),
    "one vote, ideas +12": lambda d: dc.replace(d, rounds=d.rounds[-1:], ideas=more_ideas(d, 12)),
    "ideas +30": lambda d: dc.replace(d, ideas=more_ideas(d, 30)),
    "ideas +48": lambda d: dc.replace(d, ideas=more_ideas(d, 48)),
    "notes +2": lambda d: dc.replace(d, notes=more_notes(d, 2)),
    "notes +38": lambda d: dc.replace(d, notes=more_notes(d, 38)),
    "actions +40": lambda d: dc.replace(d, actions=more_actions(d, 40)),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_headings_stay_with_what_follows_and_no_page_holds_a_stray_line(
    demo: r.WorkshopData, variant: str
) -> None:
    pdf = minutes_bytes(VARIANTS[variant](demo), generated_at=MADE)
    assert layout_problems(pdf) == []


@pytest.mark.parametrize("language", ["cy", "bilingual"])
def test_welsh_and_bilingual_minutes_lay_out_as_well(demo: r.WorkshopData, language: str) -> None:
    data = dc.replace(demo, rounds=demo.rounds[-1:], notes=more_notes(demo, 2))
    data = dc.replace(data, workshop=dc.replace(data.workshop, language="cy"))
    pdf = minutes_bytes(data, bilingual=language == "bilingual", generated_at=MADE)
    assert layout_problems(pdf) == []


def test_the_checks_see_a_heading_left_at_a_page_end() -> None:
    """The reader of pages itself: a heading drawn at the foot of a page is found."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from coprod_desktop.exports.minutes.text import FONT, FONT_BOLD, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for y in range(780, 100, -14):
        canvas.setFont(FONT, 10)
        canvas.drawString(60, y, "Some words of a paragraph")
    canvas.setFont(FONT_BOLD, 15)
    canvas.drawString(60, 80, "Voting")
    canvas.showPage()
    canvas.setFont(FONT, 10)
    canvas.drawString(60, 780, "a stray line")
    canvas.showPage()
    canvas.save()
    problems = layout_problems(buffer.getvalue())
    assert any("ends with the heading 'Voting'" in p for p in problems)
    assert any("holds only ['a stray line']" in p for p in problems)
