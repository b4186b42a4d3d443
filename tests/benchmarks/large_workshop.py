"""A large, realistic-shaped workshop file for the benchmarks: 2,000 ideas, 60 participants,
10 closed rounds of 60 ballots, 100 actions (the sizes the issues give)."""

from __future__ import annotations

import random
from typing import Any

WORDS = [
    "bus",
    "later",
    "morning",
    "café",
    "quiet",
    "room",
    "singing",
    "garden",
    "trips",
    "Saturday",
    "carers",
    "staff",
    "driver",
    "menu",
    "welcome",
    "buddy",
    "hearing",
    "loop",
    "rails",
    "booking",
    "phone",
    "email",
    "council",
    "volunteers",
    "music",
    "tablet",
    "grandchildren",
    "parking",
    "Welsh",
    "ŵyn",
    "ŷd",
    "&",
    "<b>bold</b>",
    "news",
    "exercise",
    "lunch",
    "soft",
    "food",
]


def large_workshop_document(seed: int = 1, ideas: int = 2000, people: int = 60) -> dict[str, Any]:
    rng = random.Random(seed)
    groups = [
        {"id": f"g{n}", "name": name} for n, name in enumerate(["Residents", "Carers", "Staff"], 1)
    ]
    participants = [
        {"id": f"p{n}", "name": f"Person {n}", "group": f"g{1 + n % 3}",
         "named_in_minutes": n % 4 != 0, "attended": True}
        for n in range(1, people + 1)
    ]  # fmt: skip
    themes = [{"id": f"t{n}", "name": f"Theme {n}"} for n in range(1, 21)]
    stages = [{"id": f"s{n}", "title": f"Stage {n}", "planned_minutes": 20} for n in range(1, 6)]
    idea_rows = [
        {
            "id": f"i{n}",
            "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30))),
            "author": f"p{rng.randint(1, people)}",
            "theme": f"t{rng.randint(1, 20)}" if n % 7 else None,
            "stage": f"s{rng.randint(1, 5)}",
        }
        for n in range(1, ideas + 1)
    ]
    rounds = []
    for r in range(1, 11):
        items = [f"i{n}" for n in rng.sample(range(1, ideas + 1), 300)]
        ballots = []
        for p in participants:
            picks = rng.sample(items, 3)
            ballots.append({"group": p["group"], "dots": {picks[0]: 2, picks[1]: 1, picks[2]: 2}})
        rounds.append(
            {
                "id": f"r{r}", "question": f"Round {r}: what first?", "target": "ideas",
                "method": "ballot", "dots_per_voter": 5, "max_dots_per_item": 2, "secret": True,
                "status": "closed", "items": items, "voters": [p["id"] for p in participants],
                "ballots": ballots,
            }
        )  # fmt: skip
    actions = [
        {
            "id": f"a{n}", "title": f"Action {n}: " + " ".join(rng.choice(WORDS) for _ in range(8)),
            "owner": f"p{rng.randint(1, people)}" if n % 3 else None,
            "owner_name": None if n % 3 else "Housing team", "due": "2027-02-01",
            "status": rng.choice(["proposed", "agreed", "in_progress", "done"]),
            "links": [f"i{rng.randint(1, ideas)}", f"t{rng.randint(1, 20)}"],
        }
        for n in range(1, 101)
    ]  # fmt: skip
    notes = [
        {"stage": f"s{1 + n % 5}", "text": f"Note {n}: " + " ".join(WORDS[:12])} for n in range(30)
    ]
    return {
        "format": "coprod-workshop", "version": 1,
        "workshop": {"title": "A large workshop", "date": "2026-11-28", "language": "en"},
        "groups": groups, "participants": participants, "stages": stages, "themes": themes,
        "ideas": idea_rows, "rounds": rounds, "actions": actions, "notes": notes,
    }  # fmt: skip
