"""The minutes' words come from the catalogues: Welsh month names and plural forms from
CLDR (never typed by hand), in the PDF as a reader sees it."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from babel import Locale
from pypdf import PdfReader

from coprod_desktop.db.engine import Database
from coprod_desktop.exports.minutes_pdf import minutes_bytes
from coprod_desktop.services import board, voting, workshops
from coprod_desktop.services.workshops import load_workshop

MADE = datetime(2027, 7, 14, 10, 5, tzinfo=UTC)


def flat_text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )


def test_a_welsh_pdf_names_the_month_and_counts_dots_as_cldr_has_them(db: Database) -> None:
    w = workshops.create_workshop(db, "Bysiau", date=date(2027, 7, 3), language="cy")
    buses = board.capture_idea(db, w.id, "Bysiau hwyrach").idea.id
    board.capture_idea(db, w.id, "Ystafell dawel")
    tally = voting.create_round(db, w.id, "Beth gyntaf?", method="tally")
    voting.open_round(db, tally.id)
    voting.record_tallies(db, tally.id, {buses: 2})
    voting.close_round(db, tally.id)
    text = flat_text(minutes_bytes(load_workshop(db, w.id), generated_at=MADE))
    july = Locale.parse("cy").months["format"]["wide"][7]
    assert july == "Gorffennaf"
    assert "Dydd Sadwrn, 3 Gorffennaf 2027" in text  # CLDR's full Welsh date
    assert "Crëwyd 14 Gorffennaf 2027," in text
    assert "“Bysiau hwyrach” (2 ddot)" in text  # two: "dau ddot", the soft mutation
    assert "July" not in text and "dots" not in text


def test_english_minutes_say_one_dot_and_two_dots(db: Database) -> None:
    w = workshops.create_workshop(db, "Buses", date=date(2027, 9, 7), language="en")
    buses = board.capture_idea(db, w.id, "Later buses").idea.id
    room = board.capture_idea(db, w.id, "A quiet room").idea.id
    tally = voting.create_round(db, w.id, "What first?", method="tally")
    voting.open_round(db, tally.id)
    voting.record_tallies(db, tally.id, {buses: 1, room: 1})
    voting.close_round(db, tally.id)
    text = flat_text(minutes_bytes(load_workshop(db, w.id), generated_at=MADE))
    assert "Tuesday, 7 September 2027" in text
    assert "(1 dot each)" in text and "with 1 dot each." in text
