"""Vote from phones, from the voting page: the real ballot server on 127.0.0.1, phones
posting from another thread, the watch panel and the room's voting view following each
cast, and the server gone when the round closes or the toggle is turned off."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from voting_helpers import BigRoom, build_big_room, shared_screen_for

from coprod_desktop.services import voting
from coprod_desktop.ui.dialogs import ask
from coprod_desktop.ui.shared_screen import phones as phone_server
from coprod_desktop.ui.shared_screen.voting_view import short_address
from coprod_desktop.ui.voting.page import VotingPage

pytestmark = pytest.mark.gui


@pytest.fixture
def room(db) -> BigRoom:
    return build_big_room(db, ideas=6, people_count=9)


@pytest.fixture
def page(qtbot, room, monkeypatch) -> Iterator[VotingPage]:
    monkeypatch.setattr(phone_server, "usable_addresses", lambda: ["127.0.0.1"])
    monkeypatch.setattr(phone_server, "DEFAULT_PORT", 0)  # any free port on a shared machine
    shared = shared_screen_for(room, show=False)
    widget = VotingPage(shared.controller, shared)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    shared.close()


def open_from_page(page: VotingPage, room: BigRoom) -> int:
    page.new_round()
    page.setup.open_show_button.click()  # open, and the room's screen shows voting
    (record,) = voting.list_rounds(room.db, room.workshop_id)
    assert record.status == "open" and record.secret
    return record.id


def call(url: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method="POST" if data else "GET")
    if data:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read() or b"{}")


def from_a_phone(url: str, voter: int, dots: dict[int, int]) -> dict[str, Any]:
    """One phone casting, on its own thread (the Qt loop keeps running meanwhile)."""
    result: dict[str, Any] = {}

    def run() -> None:
        result["answer"] = call(url + "ballot", {"voter": voter, "dots": dots})

    thread = threading.Thread(target=run)
    thread.start()
    result["thread"] = thread
    return result


def refused(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) != 0


def test_phones_vote_and_the_page_and_the_room_follow_until_the_round_closes(
    qtbot, page, room, monkeypatch
):
    round_id = open_from_page(page, room)
    shared = page.shared_screen
    places = page.watch.places
    assert not shared.phones.running and not places.address.isVisible()  # one address
    places.phones_toggle.setChecked(True)
    url = shared.phones.url
    assert url.startswith("http://127.0.0.1:") and url.endswith("/")
    port = shared.phones.port
    assert short_address(url) in places.phones_status.text()
    view = shared.window.voting
    assert shared.mode == "voting" and view.isVisible()
    assert view.qr.isVisible() and view.qr.text == url and view.qr.matrix
    assert view.address.text() == short_address(url)
    assert view.count.text() == "0 of 8 have voted"

    status, ballot = call(url + "round")
    assert status == 200 and ballot["round"] == round_id
    first, second = room.people[0], room.people[4]
    items = [item["id"] for item in ballot["items"]]
    phone = from_a_phone(url, first.id, {items[0]: 1, items[1]: 1})
    qtbot.waitUntil(lambda: "answer" in phone, timeout=5000)
    assert phone["answer"] == (201, {"cast": 2})
    qtbot.waitUntil(lambda: page.watch.turnout.text() == "1 of 8 have voted", timeout=5000)
    assert first.name in page.watch.names(page.watch.voted)
    assert first.name not in page.watch.names(page.watch.waiting)  # the gentle prompt
    qtbot.waitUntil(lambda: view.count.text() == "1 of 8 have voted")
    # A kiosk ballot mixes into the same round.
    monkeypatch.setattr("coprod_desktop.ui.shared_screen.booth.choose_place", lambda *a: "anyway")
    assert shared.start_ballot(room.people[1].id, round_id)
    shared.kiosk.view.grid.add(2)
    shared.kiosk.view.ask_to_confirm()
    shared.kiosk.view.confirm_cast()
    assert page.watch.turnout.text() == "2 of 8 have voted"
    phone = from_a_phone(url, second.id, {items[3]: 1})
    qtbot.waitUntil(lambda: view.count.text() == "3 of 8 have voted", timeout=5000)
    phone["thread"].join(5)
    # The same phone again: refused, nothing counted twice.
    phone = from_a_phone(url, second.id, {items[3]: 1})
    phone["thread"].join(5)
    assert phone["answer"][0] == 409
    assert page.watch.turnout.text() == "3 of 8 have voted"
    names = [p.name for p in room.people]
    assert not any(name in view.count.text() + view.note.text() for name in names)

    # Closing the round ends the phones and the kiosk at once.
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    page.watch.close_button.click()
    assert voting.get_round(room.db, round_id).status == "closed"
    assert not shared.phones.running and shared.phones.url == ""
    assert refused(port)
    assert not shared.kiosk.is_open
    assert not view.qr.isVisible()
    assert page.stack.currentWidget() is page.results


def test_turning_phones_off_stops_the_server(qtbot, page, room):
    open_from_page(page, room)
    shared = page.shared_screen
    toggle = page.watch.places.phones_toggle
    toggle.setChecked(True)
    port = shared.phones.port
    assert shared.phones.running and not refused(port)
    toggle.setChecked(False)
    assert not shared.phones.running and refused(port)
    assert not shared.window.voting.qr.isVisible()
    assert shared.window.voting.how.text() == "Vote at the ballot kiosk"
    assert page.watch.places.phones_status.text() == "Phones are not voting."


def test_no_network_says_what_to_do(page, room, monkeypatch):
    open_from_page(page, room)
    monkeypatch.setattr(phone_server, "usable_addresses", lambda: [])
    places = page.watch.places
    places.phones_toggle.setChecked(True)
    assert not places.phones_toggle.isChecked() and not page.shared_screen.phones.running
    assert "Turn on the laptop's mobile hotspot, or join the venue's Wi-Fi, then try again." in (
        places.phones_status.text()
    )


def test_several_addresses_are_offered_to_choose_from(page, room, monkeypatch):
    open_from_page(page, room)
    monkeypatch.setattr(phone_server, "usable_addresses", lambda: ["127.0.0.2", "127.0.0.1"])
    places = page.watch.places
    places._fill_addresses()
    assert places.address.isVisible()
    places.address.setCurrentText("127.0.0.1")
    places.phones_toggle.setChecked(True)
    assert page.shared_screen.phones.url.startswith("http://127.0.0.1:")
    assert not places.address.isEnabled()  # not while serving


def test_a_port_in_use_is_said_and_another_offered(page, room, monkeypatch):
    open_from_page(page, room)
    asked: list[str] = []

    def yes(parent, title, question, action):
        asked.append(question)
        return True

    monkeypatch.setattr(ask, "confirm", yes)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        monkeypatch.setattr(phone_server, "DEFAULT_PORT", busy)
        page.watch.places.phones_toggle.setChecked(True)
        assert asked and f"port {busy}" in asked[0]
        phones = page.shared_screen.phones
        assert phones.running and phones.port != busy
        phones.stop()
        # Said no to another port: nothing listens, and the page says why.
        monkeypatch.setattr(ask, "confirm", lambda *args: False)
        page.watch.places.phones_toggle.setChecked(True)
        assert not phones.running
        assert not page.watch.places.phones_toggle.isChecked()
        assert f"port {busy} is in use" in page.watch.places.phones_status.text()


def test_closing_the_workshop_or_the_library_stops_the_phones(page, room):
    open_from_page(page, room)
    shared = page.shared_screen
    page.watch.places.phones_toggle.setChecked(True)
    port = shared.phones.port
    assert shared.phones.running
    shared.controller.open_workshop(0)  # another workshop, or none
    assert not shared.phones.running and refused(port)
    shared.controller.open_workshop(room.workshop_id)
    page.refresh()
    page.watch.places.phones_toggle.setChecked(True)
    port = shared.phones.port
    assert shared.phones.running
    shared.close()  # the app quits
    assert not shared.phones.running and refused(port)


def test_phone_and_kiosk_casts_reach_the_views_as_the_controllers_announcement(
    qtbot, page, room, monkeypatch
):
    """Issue 11: a ballot from a phone (cast on the server's thread) and one at the kiosk
    each arrive as the controller's change-set (the round's count moved); the watch
    panel and the room's voting view redraw from the signal derived from it, and
    nothing emits ``round_changed`` by hand."""
    round_id = open_from_page(page, room)
    shared, c = page.shared_screen, page.controller
    heard: list[tuple[str, object]] = []
    c.changed.connect(lambda changes: heard.append(("changed", changes.ids("rounds", "updated"))))
    c.round_changed.connect(lambda changed_id: heard.append(("round_changed", changed_id)))
    page.watch.places.phones_toggle.setChecked(True)
    url = shared.phones.url
    view = shared.window.voting
    _status, ballot = call(url + "round")
    items = [item["id"] for item in ballot["items"]]
    phone = from_a_phone(url, room.people[0].id, {items[0]: 1})
    qtbot.waitUntil(lambda: view.count.text() == "1 of 8 have voted", timeout=5000)
    assert page.watch.turnout.text() == "1 of 8 have voted"
    assert room.people[0].name in page.watch.names(page.watch.voted)
    phone["thread"].join(5)
    assert phone["answer"] == (201, {"cast": 1})
    monkeypatch.setattr("coprod_desktop.ui.shared_screen.booth.choose_place", lambda *a: "anyway")
    assert shared.start_ballot(room.people[1].id, round_id)
    shared.kiosk.view.grid.add(2)
    shared.kiosk.view.ask_to_confirm()
    shared.kiosk.view.confirm_cast()
    assert page.watch.turnout.text() == "2 of 8 have voted"
    assert room.people[1].name in page.watch.names(page.watch.voted)
    assert view.count.text() == "2 of 8 have voted"
    announced = [("changed", frozenset({round_id})), ("round_changed", round_id)]
    assert heard == announced * 2  # the phone's, then the kiosk's
