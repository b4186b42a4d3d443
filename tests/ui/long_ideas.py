"""A workshop whose board cannot fit one screen: 60 long ideas (Welsh ŵ ŷ, emoji, notes of
400 characters, one word too long for any note), five themes with long names, a few
ideas in no theme, and a closed round whose dots sit on some notes."""

from __future__ import annotations

from coprod_desktop.db.engine import Database
from coprod_desktop.services import board, people, voting, workshops

THEMES = (
    "Getting there: buses, lifts and the car park",
    "Opening hours and evenings",
    "Food, drink and the café 🍲",
    "Gwasanaethau yn Gymraeg: ŵ ŷ",
    "Safety, quiet rooms and feeling welcome",
)
PHRASES = (
    "Later buses on Thursdays so carers can get home after the evening session",
    "Dŵr yfed a chadeiriau cyfforddus yn y cyntedd i bawb sy'n aros am y bws 🚌",
    "A homework club after school with volunteers who speak Welsh and English",
    "Open later on Fridays; many of us work until six and cannot come before",
    "Staff to wear name badges 🙂 and say hello; new members feel lost at first",
    "Mwy o weithgareddau i'r ifanc yn ystod gwyliau'r haf, gan gynnwys chwaraeon ŷ",
)
LONG_WORD = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"


def long_text(n: int) -> str:
    """Idea ``n``: every fourth one about 400 characters, the rest one to three phrases."""
    count = 6 if n % 4 == 0 else 1 + n % 3
    parts = [PHRASES[(n + k) % len(PHRASES)] for k in range(count)]
    text = f"{n + 1}. " + ". ".join(parts) + "."
    if n % 4 == 0:
        text = text[:400].rsplit(" ", 1)[0] + " ŵŷ"
    if n == 7:
        text = f"{LONG_WORD} {LONG_WORD}{LONG_WORD} is how the sign reads"
    return text


def add_long_ideas(db: Database, count: int = 60, *, loose: int = 4) -> int:
    """The workshop's id; the last ``loose`` ideas are in no theme."""
    w = workshops.create_workshop(db, "Canolfan Ddydd: long ideas")
    group = people.add_group(db, w.id, "Residents")
    voters = [people.add_participant(db, w.id, f"Voter {n}", group_id=group.id) for n in range(4)]
    themes = [board.add_theme(db, w.id, name) for name in THEMES]
    ideas = []
    for n in range(count):
        theme = themes[n % len(themes)].id if n < count - loose else None
        ideas.append(board.capture_idea(db, w.id, long_text(n), theme_id=theme).idea)
    board.arrange_by_theme(db, w.id)
    rd = voting.create_round(db, w.id, "Which first?", dots_per_voter=3, max_dots_per_item=2)
    voting.open_round(db, rd.id)
    for k, voter in enumerate(voters):
        dots = {ideas[k * 3].id: 2, ideas[k * 5 + 1].id: 1}
        voting.cast_ballot(db, rd.id, voter.id, dots)
    voting.close_round(db, rd.id)
    return w.id
