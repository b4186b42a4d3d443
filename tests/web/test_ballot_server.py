"""The real ballot server on 127.0.0.1: a room voting at once, slow clients cut off while
others vote, the port opened and closed, and the refusals the facilitator sees."""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from web_helpers import OpenRound

from coprod_desktop.services import voting
from coprod_desktop.web import app as web_app
from coprod_desktop.web import protocol
from coprod_desktop.web.server import BallotServer, BallotServerError, PortInUse

LOCAL = "127.0.0.1"


@pytest.fixture
def serving(ballot: OpenRound) -> Iterator[BallotServer]:
    server = BallotServer(ballot.db, ballot.id, LOCAL, on_cast=ballot.casts.append)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def call(
    server: BallotServer, method: str, path: str, body: object = None, **headers: str
) -> tuple[int, dict]:
    """One request on its own connection, as a phone makes it."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        connection.request(method, urlsplit(server.url).path + path, body=payload, headers=headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, json.loads(data) if data else {}
    finally:
        connection.close()


def refused(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(2)
        try:
            sock.connect((LOCAL, port))
        except ConnectionRefusedError:
            return True
        return False


# Starting and stopping ----------------------------------------------------------------


def test_start_gives_the_address_and_stop_closes_the_port(ballot):
    server = BallotServer(ballot.db, ballot.id, LOCAL)
    assert not server.running
    url = server.start()
    try:
        match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/b/([A-Za-z0-9_-]{22,})/", url)
        assert match, url
        assert (server.url, server.host, server.port) == (url, LOCAL, int(match[1]))
        assert server.token == match[2] and server.running
        assert call(server, "GET", "round")[0] == 200
        assert server.start() == url  # already running: the same address
    finally:
        started = time.monotonic()
        server.stop()
    assert time.monotonic() - started < 3
    assert not server.running and refused(int(match[1]))
    server.stop()  # again: nothing happens


def test_each_start_has_a_new_token_and_the_old_one_is_404(ballot):
    server = BallotServer(ballot.db, ballot.id, LOCAL)
    first = server.start()
    old_token = server.token
    server.stop()
    try:
        second = server.start()
        assert second != first and server.token != old_token
        connection = http.client.HTTPConnection(LOCAL, server.port, timeout=10)
        connection.request("GET", f"/b/{old_token}/round")
        assert connection.getresponse().status == 404
        connection.close()
    finally:
        server.stop()


def test_a_port_in_use_is_said_plainly(ballot):
    with socket.socket() as taken:
        taken.bind((LOCAL, 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = BallotServer(ballot.db, ballot.id, LOCAL, port)
        with pytest.raises(PortInUse) as raised:
            server.start()
        assert isinstance(raised.value, BallotServerError)
        assert str(raised.value) == (
            f"Another program is using port {port}. Choose another port, or let the app choose one."
        )
        assert raised.value.text("cy").startswith("Mae rhaglen arall yn defnyddio porth")
        assert not server.running


def test_a_given_free_port_is_used(ballot):
    with socket.socket() as probe:
        probe.bind((LOCAL, 0))
        port = probe.getsockname()[1]
    server = BallotServer(ballot.db, ballot.id, LOCAL, port)
    try:
        assert server.start().startswith(f"http://127.0.0.1:{port}/b/")
    finally:
        server.stop()
    assert refused(port)


def test_an_address_that_is_not_this_laptops_is_refused(ballot):
    # 192.0.2.0/24 is set aside for documentation: never a real interface. Binding to
    # it fails locally; nothing is sent anywhere.
    with pytest.raises(BallotServerError, match="is not an address of this laptop"):
        BallotServer(ballot.db, ballot.id, "192.0.2.123").start()
    with pytest.raises(BallotServerError, match="is not an address of this laptop"):
        BallotServer(ballot.db, ballot.id, "not an address").start()


def test_only_an_open_ballot_round_is_served(ballot, room, db):
    draft = voting.create_round(db, room.id, "Later?")
    with pytest.raises(BallotServerError, match=f"Round {draft.id} is not open for voting"):
        BallotServer(db, draft.id, LOCAL).start()
    tally = voting.open_round(db, voting.create_round(db, room.id, "Stickers", method="tally").id)
    with pytest.raises(BallotServerError, match="counts sticker dots"):
        BallotServer(db, tally.id, LOCAL).start()
    with pytest.raises(BallotServerError, match="There is no voting round 999"):
        BallotServer(db, 999, LOCAL).start()
    voting.close_round(db, ballot.id)
    with pytest.raises(BallotServerError, match="is not open for voting"):
        BallotServer(db, ballot.id, LOCAL).start()


def test_the_server_thread_is_a_daemon_and_installs_no_signal_handlers(ballot):
    import signal

    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = BallotServer(ballot.db, ballot.id, LOCAL)
    server.start()
    try:
        threads = [t for t in threading.enumerate() if t.name == "ballot-server"]
        assert threads and all(t.daemon for t in threads)
        assert {sig: signal.getsignal(sig) for sig in before} == before
    finally:
        server.stop()


# A room votes at once -----------------------------------------------------------------


def test_sixty_phones_at_once_each_stored_once(big_room):
    casts: list[int] = []
    server = BallotServer(big_room.db, big_room.id, LOCAL, on_cast=casts.append)
    server.start()
    ideas = big_room.ideas
    chosen = {
        voter: {str(ideas[n % 12]): 2, str(ideas[(n * 5 + 1) % 12]): 1}
        for n, voter in enumerate(big_room.voters)
    }
    try:
        assert len(call(server, "GET", "round")[1]["voters"]) == 60
        results: dict[int, list[int]] = {}
        gate = threading.Barrier(60)

        def phone(voter: int) -> None:
            gate.wait(10)
            first = call(server, "POST", "ballot", {"voter": voter, "dots": chosen[voter]})
            second = call(server, "POST", "ballot", {"voter": voter, "dots": chosen[voter]})
            results[voter] = [first[0], second[0]]

        threads = [threading.Thread(target=phone, args=(v,)) for v in big_room.voters]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert results == {voter: [201, 409] for voter in big_room.voters}
        assert call(server, "GET", "round")[1]["voters"] == []
    finally:
        server.stop()
    assert big_room.voted() == set(big_room.voters)
    assert casts == [big_room.id] * 60
    voting.close_round(big_room.db, big_room.id)
    expected: dict[int, int] = {}
    for dots in chosen.values():
        for item, count in dots.items():
            expected[int(item)] = expected.get(int(item), 0) + count
    results_ = voting.round_results(big_room.db, big_room.id)
    assert {i.item_id: i.dots for i in results_.items if i.dots} == expected
    assert sorted(sorted(b.items()) for b in big_room.ballots()) == sorted(
        sorted((int(k), v) for k, v in d.items()) for d in chosen.values()
    )


# Slow clients -------------------------------------------------------------------------


def read_all(sock: socket.socket, limit: float) -> bytes:
    """What the server sends until it closes the connection (or ``limit`` seconds)."""
    sock.settimeout(limit)
    data = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            break
        if not chunk:
            return data
        data += chunk
    raise AssertionError(f"the server kept the connection open: {data!r}")


@pytest.mark.slow  # waits out the server's 5 s cut-off
def test_slow_clients_are_cut_off_while_others_vote(serving, ballot, room):
    path = urlsplit(serving.url).path
    slow_body = socket.create_connection((LOCAL, serving.port), timeout=10)
    slow_head = socket.create_connection((LOCAL, serving.port), timeout=10)
    silent = socket.create_connection((LOCAL, serving.port), timeout=10)
    started = time.monotonic()
    try:
        slow_body.sendall(
            (
                f"POST {path}ballot HTTP/1.1\r\nHost: {LOCAL}\r\n"
                "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                f'{{"voter": {room.people[0].id}, '
            ).encode()
        )
        slow_head.sendall(f"GET {path}round HTTP/1.1\r\nHost: 12".encode())
        # Meanwhile someone else votes, and is not kept waiting.
        cast_started = time.monotonic()
        status, body = call(serving, "POST", "ballot", {"voter": room.people[1].id, "dots": {}})
        assert (status, body) == (201, {"cast": 0})
        assert time.monotonic() - cast_started < 2.0
        answer = read_all(slow_body, 10)
        assert answer.startswith(b"HTTP/1.1 408 ")
        assert b"took too long" in answer
        assert b"no-store" in answer
        assert read_all(slow_head, 10) == b""
        assert read_all(silent, 10) == b""
        limit = max(web_app.BODY_SECONDS, protocol.HEAD_SECONDS) + 2
        assert time.monotonic() - started < limit
    finally:
        for sock in (slow_body, slow_head, silent):
            sock.close()
    assert ballot.voted() == {room.people[1].id}


@pytest.mark.slow  # waits out the server's 5 s cut-off
def test_a_kept_alive_connection_must_send_its_next_head_in_time(serving):
    path = urlsplit(serving.url).path
    with socket.create_connection((LOCAL, serving.port), timeout=10) as sock:
        sock.sendall(f"GET {path}round HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        sock.settimeout(5)
        first = b""
        while b"\r\n\r\n" not in first:
            first += sock.recv(65536)
        head, _, body = first.partition(b"\r\n\r\n")
        length = int(re.search(rb"content-length: (\d+)", head, re.IGNORECASE)[1])
        while len(body) < length:
            body += sock.recv(65536)
        assert head.startswith(b"HTTP/1.1 200 ") and json.loads(body)["status"] == "open"
        sock.sendall(b"GET / HT")  # and then nothing more
        started = time.monotonic()
        assert read_all(sock, 10) == b""
        assert time.monotonic() - started < protocol.HEAD_SECONDS + 2


def test_a_huge_header_is_refused_without_holding_it(serving):
    path = urlsplit(serving.url).path
    with socket.create_connection((LOCAL, serving.port), timeout=10) as sock:
        sock.sendall(f"GET {path}round HTTP/1.1\r\nHost: x\r\nX-Big: ".encode())
        try:
            for _ in range(64):
                sock.sendall(b"a" * 1024)
        except OSError:
            pass  # refused part-way: the server stopped reading
        try:
            answer = read_all(sock, 10)
        except ConnectionResetError:
            answer = b""
    assert answer == b"" or answer.startswith(b"HTTP/1.1 400 "), answer


def test_the_server_answers_again_after_the_slow_ones(serving, ballot, room):
    assert call(serving, "GET", "round")[0] == 200
    assert call(serving, "POST", "ballot", {"voter": room.people[2].id, "dots": {}})[0] == 201


def test_the_address_key_reads_unambiguously_from_a_projector():
    from coprod_desktop.web.server import new_token

    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    for token in tokens:
        assert len(token) == 22
        assert not set(token) & set("0Oo1lI")
        assert re.fullmatch(r"[A-Za-z0-9_-]+", token)
