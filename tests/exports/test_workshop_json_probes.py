"""Workshop files made to break the import: each is refused at once, naming the JSON
path, and nothing is written; a date the import accepts exports in every time zone."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_files import make_null_device
from test_workshop_json import broken, library_digest, refuse, valid

from coprod_desktop.exports.csv_export import write_csv
from coprod_desktop.exports.minutes_pdf import write_minutes
from coprod_desktop.exports.workshop_json import (
    ImportProblem,
    import_workshop,
    import_workshop_file,
    write_workshop_file,
)
from coprod_desktop.services.workshops import list_workshops, load_workshop


def refuse_text(db: Any, tmp_path: Path, text: str, expected: str) -> list[str]:
    """Import ``text`` as a file: refused with ``expected`` among the problems, and the
    library unchanged."""
    path = tmp_path / "workshop.json"
    path.write_text(text, encoding="utf-8")
    before = library_digest(db)
    with pytest.raises(ImportProblem) as caught:
        import_workshop_file(db, path)
    assert any(expected in p for p in caught.value.problems), caught.value.problems
    assert library_digest(db) == before
    return caught.value.problems


def as_text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=True)


def test_a_5000_digit_number_is_refused_by_its_path(db, tmp_path):
    text = as_text(valid()).replace('"planned_minutes": 20', '"planned_minutes": ' + "9" * 5000)
    refuse_text(db, tmp_path, text, "stages[0].planned_minutes: the number is too large (5,000")


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**30])
def test_a_number_too_large_for_sqlite_is_refused_by_its_path(db, tmp_path, number):
    document = broken(lambda d: d["rounds"][1]["tallies"].update(t1=number))
    refuse_text(db, tmp_path, as_text(document), "rounds[1].tallies.t1: the number is too large")
    refuse(db, document, "rounds[1].tallies.t1: the number is too large")  # parsed elsewhere


def test_counts_beyond_the_apps_own_caps_are_refused(db):
    refuse(
        db,
        broken(lambda d: d["rounds"][1]["tallies"].update(t1=100_001)),
        "rounds[1].tallies.t1: is more than 100,000, too many to be a count of sticker dots",
    )
    refuse(
        db,
        broken(lambda d: d["rounds"][0]["ballots"][0]["dots"].update(i1=101)),
        "rounds[0].ballots[0].dots.i1: is more than 100 dots",
    )
    record = import_workshop(db, broken(lambda d: d["rounds"][1]["tallies"].update(t1=100_000)))
    assert list(load_workshop(db, record.id).rounds[1].tallies.values()) == [100_000]


def test_a_lone_surrogate_is_refused_by_its_path(db, tmp_path):
    text = as_text(valid()).replace('"Quiet room"', '"Quiet \\ud800 room"')
    refuse_text(db, tmp_path, text, "ideas[2].text: holds a broken character")
    text = as_text(valid()).replace('"Later bus"', '"Later bus", "\\udfff": 1')
    refuse_text(db, tmp_path, text, "ideas[0].\\udfff: the name holds a broken character")


def test_a_key_given_twice_in_one_object_is_refused_by_its_path(db, tmp_path):
    """JSON parsers keep the last of the two silently: which text did the file mean?"""
    text = as_text(valid()).replace('"text": "Quiet room"', '"text": "Quiet room", "text": "Loud"')
    refuse_text(db, tmp_path, text, "ideas[2].text: is given more than once in the same object")
    text = as_text(valid()).replace('"format": ', '"ideas": [], "format": ', 1)
    refuse_text(db, tmp_path, text, "ideas: is given more than once in the same object")


@pytest.mark.parametrize(
    "moment",
    [
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:59:59-05:00",
        "0001-01-01T00:00:00+00:00",
        "9999-12-31T23:59:59+00:00",
        "0001-01-01T00:00:00",
    ],
)
def test_a_moment_that_overflows_in_some_time_zone_is_refused(db, moment):
    refuse(
        db,
        broken(lambda d: d["notes"][0].update(created_at=moment)),
        "notes[0].created_at: is too close to the year 1 or 9999 to be shown in every time zone",
    )


def test_run_offs_that_go_round_in_a_circle_are_refused(db):
    def circle(d: dict[str, Any]) -> None:
        d["rounds"][0]["runoff_of"] = "r2"
        d["rounds"][1]["runoff_of"] = "r1"

    problem = refuse(db, broken(circle), "rounds[0].runoff_of: run-offs go round in a circle")
    assert 'circle ("r1" → "r2" → "r1")' in str(problem)
    assert len(problem.problems) == 1  # one circle, told once
    import_workshop(db, broken(lambda d: d["rounds"][1].update(runoff_of="r1")))


EDGES = ("0001-01-02T00:00:00+00:00", "9999-12-30T23:59:59+00:00")
ZONES = ("UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/St_Johns", "Asia/Kathmandu")


@pytest.fixture
def time_zone() -> Iterator[Any]:
    """Set the process's local time zone; put it back afterwards."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local time zone cannot be changed here")
    before = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_an_accepted_date_exports_in_every_time_zone(db, tmp_path, time_zone):
    def edges(d: dict[str, Any]) -> None:
        d["ideas"][0]["created_at"], d["ideas"][1]["created_at"] = EDGES
        d["stages"][0]["started_at"], d["stages"][0]["ended_at"] = EDGES
        d["notes"][0]["created_at"] = EDGES[1]
        d["workshop"]["date"] = "9999-12-31"
        d["actions"][0]["due"] = "0001-01-01"

    record = import_workshop(db, broken(edges))
    for zone in ZONES:
        time_zone(zone)
        data = load_workshop(db, record.id)
        folder = tmp_path / zone.replace("/", "-")
        folder.mkdir()
        write_workshop_file(data, folder / "w.json")
        write_csv(data, folder / "w.zip")
        write_minutes(data, folder / "w.pdf")
        again = import_workshop_file(db, folder / "w.json")
        assert load_workshop(db, again.id).ideas[0].created_at == data.ideas[0].created_at


# Files that are not files: refused from their status, before anything is opened.


def test_a_file_over_200_mb_is_refused_at_once(db, tmp_path):
    big = tmp_path / "huge.json"
    with open(big, "wb") as stream:
        stream.truncate(201 * 1024 * 1024)  # sparse: no disk used
    started = time.monotonic()
    with pytest.raises(ImportProblem, match=r"huge\.json is too large .*more than 200 MB"):
        import_workshop_file(db, big)
    assert time.monotonic() - started < 1
    assert list_workshops(db) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_is_refused_without_waiting_for_a_writer(db, tmp_path):
    fifo = tmp_path / "workshop.json"
    os.mkfifo(fifo)
    # Should the import wait on the pipe, a writer comes after 5 s and leaves: the test
    # fails instead of hanging.
    release = threading.Timer(5, _open_and_close_writer, args=(fifo,))
    release.start()
    started = time.monotonic()
    try:
        with pytest.raises(ImportProblem, match=r"workshop\.json is a pipe, not a workshop file"):
            import_workshop_file(db, fifo)
    finally:
        release.cancel()
    assert time.monotonic() - started < 1
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def _open_and_close_writer(fifo: Path) -> None:
    with contextlib.suppress(OSError):  # nobody is reading: the import did not wait
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.skipif(sys.platform == "win32", reason="device nodes")
def test_a_device_is_refused(db, tmp_path):
    device = make_null_device(tmp_path / "null")
    with pytest.raises(ImportProblem, match=r"null is a device, not a workshop file"):
        import_workshop_file(db, device)
