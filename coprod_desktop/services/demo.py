"""A realistic demo workshop, built through the services like any real one.

A day centre's members, their carers and its staff meet to decide what the centre
should do next. It is the first thing a newcomer sees, so it reads like a real room.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ..db.engine import Database
from . import actions, agenda, board, people, voting, workshops
from .records import WorkshopRecord

DAY = date(2026, 11, 26)
START = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)

GROUPS = (("Members", "#E69F00"), ("Carers", "#56B4E9"), ("Staff", "#009E73"))

# name, group, consents to be named in the minutes, attended
PEOPLE = (
    ("Aled Pritchard", "Members", True, True),
    ("Margaret Evans", "Members", True, True),
    ("Dorothy Hughes", "Members", False, True),
    ("Tom Ashworth", "Members", True, True),
    ("Gwen Morgan", "Members", True, True),
    ("Ray Lloyd", "Members", True, False),
    ("Siân Roberts", "Carers", True, True),
    ("Pete Kowalski", "Carers", True, True),
    ("Linda Price", "Carers", False, True),
    ("Jo Bennett", "Staff", True, True),
    ("Priya Shah", "Staff", True, True),
    ("Dylan Jenkins", "Staff", True, True),
    ("Mair Thomas", "Staff", True, True),
)

# title, prompt, planned minutes, actual minutes
STAGES = (
    (
        "Welcome and how we'll work",
        "Everyone's voice counts the same today. "
        "Say it how you'd say it: there are no wrong ideas.",
        10,
        12,
    ),
    (
        "What matters to you?",
        "Think about a normal week at Oakfield. "
        "What works, what doesn't, and what would make it better?",
        35,
        41,
    ),
    (
        "Sorting ideas into themes",
        "Which ideas belong together? Shout out if one is in the wrong place.",
        15,
        14,
    ),
    (
        "Choosing what comes first",
        "You each have three dots. Put them on the ideas you most want us to start on.",
        20,
        22,
    ),
    (
        "Agreeing who does what",
        "For each priority: what will happen, who will do it, and by when?",
        20,
        19,
    ),
)

THEMES = (
    ("Getting there and back", "#56B4E9"),
    ("Things to do", "#E69F00"),
    ("Food and the café", "#009E73"),
    ("Feeling welcome and safe", "#CC79A7"),
    ("Opening times and booking", "#0072B2"),
)

# text, author, theme
IDEAS = (
    (
        "The minibus comes at half nine but I'm not ready till ten on a bad day. Could it come later?",
        "Aled Pritchard",
        "Getting there and back",
    ),
    (
        "Sometimes the bus doesn't turn up and nobody rings to say.",
        "Margaret Evans",
        "Getting there and back",
    ),
    (
        "A text message when the bus is ten minutes away would stop Mam waiting by the window for an hour.",
        "Siân Roberts",
        "Getting there and back",
    ),
    (
        "We've only got one driver on a Friday, so the last drop-off is nearly five o'clock.",
        "Dylan Jenkins",
        "Getting there and back",
    ),
    (
        "The step up into the bus is too high for me now.",
        "Dorothy Hughes",
        "Getting there and back",
    ),
    (
        "Could people who live near each other share a taxi on the days the bus is full?",
        "Pete Kowalski",
        "Getting there and back",
    ),
    (
        "Parking outside is a nightmare when I drop Dad off. Two bays for carers, please.",
        "Linda Price",
        "Getting there and back",
    ),
    (
        "Volunteer drivers? The church in Pen-y-bryn has people who'd do it.",
        "Gwen Morgan",
        "Getting there and back",
    ),
    (
        "More music. The singing afternoon is the best bit of the week.",
        "Gwen Morgan",
        "Things to do",
    ),
    (
        "I used to love gardening. Could we have raised beds out the back?",
        "Tom Ashworth",
        "Things to do",
    ),
    (
        "Not everyone wants bingo. Some of us want to talk about the news.",
        "Aled Pritchard",
        "Things to do",
    ),
    ("Trips out, even just to the garden centre for a cuppa.", "Margaret Evans", "Things to do"),
    (
        "Chair exercises in the morning: the physio said it helps Dad's balance.",
        "Linda Price",
        "Things to do",
    ),
    ("A quiet room for people who find the noise too much.", "Siân Roberts", "Things to do"),
    (
        "Men's group. Half the activities feel like they're for the ladies.",
        "Tom Ashworth",
        "Things to do",
    ),
    (
        "Local school children coming in to read or do crafts with members.",
        "Priya Shah",
        "Things to do",
    ),
    (
        "Welsh-language sessions: a few members are more at ease in Welsh.",
        "Mair Thomas",
        "Things to do",
    ),
    (
        "Help with phones and tablets so we can video call the grandchildren.",
        "Margaret Evans",
        "Things to do",
    ),
    (
        "We need more staff to run two activities at once; right now it's one for everyone.",
        "Jo Bennett",
        "Things to do",
    ),
    ("Proper dinners, not sandwiches on a Wednesday.", "Tom Ashworth", "Food and the café"),
    ("Let members help plan the menu once a month.", "Mair Thomas", "Food and the café"),
    (
        "Soft food options that still look like a proper meal.",
        "Dorothy Hughes",
        "Food and the café",
    ),
    (
        "The café could open to the public on Fridays and make a bit of money.",
        "Jo Bennett",
        "Food and the café",
    ),
    (
        "A cooking club: baking Welsh cakes together like we used to.",
        "Gwen Morgan",
        "Food and the café",
    ),
    (
        "Water jugs on every table; people don't ask so they don't drink enough.",
        "Priya Shah",
        "Food and the café",
    ),
    (
        "Dinner is at twelve but Dad eats late at home; could there be a later sitting?",
        "Linda Price",
        "Food and the café",
    ),
    (
        "Tell carers what was eaten so we know whether to cook a big tea.",
        "Pete Kowalski",
        "Food and the café",
    ),
    (
        "New people should have a buddy on their first day. I sat on my own for weeks.",
        "Aled Pritchard",
        "Feeling welcome and safe",
    ),
    (
        "Staff name badges with big letters. I forget names and feel daft asking.",
        "Margaret Evans",
        "Feeling welcome and safe",
    ),
    ("The toilets need grab rails on both sides.", "Dorothy Hughes", "Feeling welcome and safe"),
    ("A notice board with photos of who's in today.", "Siân Roberts", "Feeling welcome and safe"),
    (
        "Carers want a five-minute chat at pick-up, not just a wave.",
        "Pete Kowalski",
        "Feeling welcome and safe",
    ),
    (
        "Training for all staff on dementia and hearing loss.",
        "Jo Bennett",
        "Feeling welcome and safe",
    ),
    (
        "The hearing loop in the main room hasn't worked since the summer.",
        "Tom Ashworth",
        "Feeling welcome and safe",
    ),
    (
        "Ask members before moving the furniture around: it's confusing for some.",
        "Priya Shah",
        "Feeling welcome and safe",
    ),
    (
        "Open on Saturdays, even once a month. Weekends are long and lonely.",
        "Gwen Morgan",
        "Opening times and booking",
    ),
    (
        "A Saturday would give carers a proper break too.",
        "Siân Roberts",
        "Opening times and booking",
    ),
    (
        "Booking by phone only is hard for working carers: an online form or email, please.",
        "Linda Price",
        "Opening times and booking",
    ),
    (
        "Let people come for half days if a full day is too tiring.",
        "Dorothy Hughes",
        "Opening times and booking",
    ),
    (
        "Tell us about closures earlier. Christmas dates came out in December last year.",
        "Pete Kowalski",
        "Opening times and booking",
    ),
    (
        "If we open Saturdays we'll need to change the rota and ask the council for cover.",
        "Dylan Jenkins",
        "Opening times and booking",
    ),
    (
        "One number to ring that someone actually answers.",
        "Margaret Evans",
        "Opening times and booking",
    ),
    ("Could the centre be a warm space on winter evenings for the village?", "Mair Thomas", None),
    (
        "A suggestions box, because not everyone will speak up at a meeting like this.",
        "Priya Shah",
        None,
    ),
)

BALLOT_QUESTION = "Which ideas should we work on first?"
# voter -> {idea number (index in IDEAS): dots}; three dots each, at most two on one idea
BALLOTS = {
    "Aled Pritchard": {0: 1, 27: 2},
    "Margaret Evans": {1: 2, 35: 1},
    "Dorothy Hughes": {29: 2, 4: 1},
    "Tom Ashworth": {33: 2, 9: 1},
    "Gwen Morgan": {35: 2, 8: 1},
    "Siân Roberts": {2: 2, 36: 1},
    "Pete Kowalski": {2: 1, 31: 2},
    "Linda Price": {37: 2, 2: 1},
    "Jo Bennett": {32: 2, 18: 1},
    "Priya Shah": {32: 1, 27: 1, 13: 1},
    "Dylan Jenkins": {3: 2, 2: 1},
    # Mair Thomas did not vote in this round.
}
TALLY_QUESTION = "Which theme matters most to you? (sticker dots on the wall)"
TALLIES = {
    "Getting there and back": 14,
    "Things to do": 9,
    "Food and the café": 5,
    "Feeling welcome and safe": 9,
    "Opening times and booking": 11,
}

# title, owner (participant) or free-text owner, days after the workshop, status, linked ideas, notes
ACTIONS = (
    (
        "Set up text alerts when the minibus is ten minutes away",
        "Transport team",
        42,
        "agreed",
        (2, 1),
        "Check the booking system can send texts; ask two carers to test it first.",
    ),
    (
        "Write to the council about a second Friday driver and volunteer drivers",
        "Jo Bennett",
        28,
        "agreed",
        (3, 7),
        "",
    ),
    (
        "Start a buddy scheme for new members",
        "Priya Shah",
        21,
        "agreed",
        (27,),
        "Aled and Gwen have offered to be the first buddies.",
    ),
    (
        "Get the hearing loop repaired and tested with members",
        "Dylan Jenkins",
        14,
        "in_progress",
        (33,),
        "Engineer booked.",
    ),
    (
        "Plan a trial Saturday opening once a month from March",
        "Jo Bennett",
        90,
        "proposed",
        (35, 36, 40),
        "Needs a rota change and cover from the council; report back at the next meeting.",
    ),
    ("Offer booking by email and an online form", "Office", 60, "agreed", (37, 41), ""),
    (
        "Members help plan the menu on the first Monday of each month",
        "Mair Thomas",
        30,
        "agreed",
        (20, 19),
        "",
    ),
    (
        "Fit grab rails on both sides in the accessible toilets",
        "Council estates team",
        56,
        "proposed",
        (29,),
        "",
    ),
)

NOTES = (
    (
        0,
        "Ground rules agreed: one voice at a time, first names only, what is said stays in the room "
        "unless people agree to be named in the minutes.",
    ),
    (
        1,
        "Strong feeling about transport: several members wait an hour or more by the window. "
        'Margaret: "You feel like a parcel nobody\'s coming for."',
    ),
    (
        1,
        "Carers raised pick-up: they want a short word with staff, not just a wave through the door.",
    ),
    (
        2,
        "Two ideas sat outside any theme (warm space in the evenings, a suggestions box); kept on the board for later.",
    ),
    (
        3,
        "Everyone but Mair voted in the secret ballot (she was in the kitchen). Sticker tally on the wall "
        "for themes taken at the same time.",
    ),
    (
        4,
        "Saturday opening is popular but needs money and staff: Jo will cost it before promising anything. "
        "Follow-up workshop in about three months to review these actions.",
    ),
)


def create_demo_workshop(db: Database) -> WorkshopRecord:
    """Add the Oakfield day-centre workshop to ``db`` and return it."""
    w = workshops.create_workshop(
        db,
        "Oakfield Day Centre: what next?",
        purpose=(
            "Members, carers and staff decide together what the day centre should change first, "
            "after the council's review of day services."
        ),
        date=DAY,
        venue="Oakfield Day Centre, Pen-y-bryn",
        facilitator="Catrin Williams",
        organisation="Pen-y-bryn Community Partnership",
        language="en",
    )
    group_ids = {name: people.add_group(db, w.id, name, colour).id for name, colour in GROUPS}
    person = {
        name: people.add_participant(
            db, w.id, name, group_id=group_ids[group], named_in_minutes=named, attended=attended
        )
        for name, group, named, attended in PEOPLE
    }
    clock = START
    stages = []
    for title, prompt, planned, actual in STAGES:
        stage = agenda.add_stage(db, w.id, title, prompt=prompt, planned_minutes=planned)
        agenda.start_stage(db, stage.id, at=clock)
        clock += timedelta(minutes=actual)
        agenda.end_stage(db, stage.id, at=clock)
        stages.append(stage)
    theme_ids = {name: board.add_theme(db, w.id, name, colour).id for name, colour in THEMES}
    ideas = []
    capture_start = stages[1]
    for n, (text, author, theme) in enumerate(IDEAS):
        at = START + timedelta(minutes=13 + n * 0.9)
        ideas.append(
            board.capture_idea(
                db,
                w.id,
                text,
                author_id=person[author].id,
                theme_id=theme_ids[theme] if theme else None,
                stage_id=capture_start.id,
                at=at,
            ).idea
        )
    board.arrange_by_theme(db, w.id)

    ballot = voting.create_round(
        db,
        w.id,
        BALLOT_QUESTION,
        target="ideas",
        method="ballot",
        dots_per_voter=3,
        max_dots_per_item=2,
        secret=True,
    )
    voting.open_round(db, ballot.id)
    for name, dots in BALLOTS.items():
        voting.cast_ballot(
            db, ballot.id, person[name].id, {ideas[i].id: n for i, n in dots.items()}
        )
    voting.close_round(db, ballot.id)

    tally = voting.create_round(
        db,
        w.id,
        TALLY_QUESTION,
        target="themes",
        method="tally",
        dots_per_voter=3,
        max_dots_per_item=3,
        secret=True,
    )
    voting.open_round(db, tally.id)
    voting.record_tallies(db, tally.id, {theme_ids[name]: n for name, n in TALLIES.items()})
    voting.close_round(db, tally.id)

    for title, owner, days, status, links, notes in ACTIONS:
        is_person = owner in person
        actions.add_action(
            db,
            w.id,
            title,
            owner_id=person[owner].id if is_person else None,
            owner_name=None if is_person else owner,
            due=DAY + timedelta(days=days),
            status=status,
            notes=notes,
            idea_ids=[ideas[i].id for i in links],
        )
    for stage_index, text in NOTES:
        stage = stages[stage_index]
        agenda.add_note(
            db,
            w.id,
            text,
            stage_id=stage.id,
            at=START + timedelta(minutes=sum(s[3] for s in STAGES[: stage_index + 1]) - 2),
        )
    return workshops.get_workshop(db, w.id)
