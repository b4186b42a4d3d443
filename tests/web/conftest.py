"""Rounds for the phone ballot: the small room's open round, and a room of 60 electors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient
from web_helpers import TOKEN, OpenRound, open_round

from coprod_desktop.db.engine import Database
from coprod_desktop.services import board, people, workshops
from coprod_desktop.web.app import BallotApp


@pytest.fixture
def ballot(room) -> OpenRound:
    """The small room's round: 6 electors (Aled...Ffion), its 4 ideas."""
    return open_round(room.db, room.id, [p.id for p in room.people], [i.id for i in room.ideas])


@pytest.fixture
def client(ballot: OpenRound) -> Iterator[TestClient]:
    """The ballot's app behind TOKEN, through Starlette's test client."""
    app = BallotApp(ballot.db, ballot.id, TOKEN, on_cast=ballot.casts.append)
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        yield test_client


@pytest.fixture
def big_room(db: Database) -> OpenRound:
    """60 electors in three groups, 12 ideas."""
    w = workshops.create_workshop(db, "Big room")
    groups = [people.add_group(db, w.id, name).id for name in ("Residents", "Carers", "Staff")]
    voters = [
        people.add_participant(db, w.id, f"Voter {n:02d}", group_id=groups[n % 3]).id
        for n in range(60)
    ]
    ideas = [board.capture_idea(db, w.id, f"Idea {n}").idea.id for n in range(12)]
    return open_round(db, w.id, voters, ideas)
