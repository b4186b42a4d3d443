"""The secret ballot through the real kiosk: 30 people vote at the kiosk window in a known
random order, and the library file, its log after each cast and plain SELECTs are
attacked as in ``tests/db/ballot_attacks.py``: nobody is named beyond chance."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "db"))

from ballot_attacks import Election, _distinct_choices, _set_up, assert_chance, attack
from voting_helpers import kiosk_for

from coprod_desktop.services import voting
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.shared_screen.manager import SharedScreen

pytestmark = pytest.mark.gui


def test_thirty_kiosk_ballots_leave_nothing_that_names_a_voter(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    db, round_id, ideas, voters = _set_up(path, None)
    controller = Controller()
    controller.set_library(db)
    controller.open_workshop(voting.get_round(db, round_id).workshop_id)
    shared = SharedScreen(controller)
    kiosk = kiosk_for(shared, round_id)
    rng = random.Random(11)
    choices = _distinct_choices(ideas, voters, rng)
    order = voters[:]
    rng.shuffle(order)
    wal = Path(f"{path}-wal")
    copies = []
    try:
        for voter in order:
            assert kiosk.begin_ballot(voter)
            index = {tile.key: n for n, tile in enumerate(kiosk.grid.tiles)}
            for idea, count in choices[voter].items():
                for _ in range(count):
                    assert kiosk.grid.add(index[idea])
            kiosk.ask_to_confirm()
            kiosk.confirm_cast()
            assert kiosk.state == "thanks"
            copies.append((path.read_bytes(), wal.read_bytes() if wal.exists() else b""))
            kiosk.next_person()
        assert len(voting.voter_status(db, round_id)) == len(voters)
        assert all(v.has_voted for v in voting.voter_status(db, round_id))
        assert_chance(attack(Election(path, round_id, order, choices, copies)))
    finally:
        shared.close()
        controller.close_library()
