"""The HTTP contract of the phone ballot (DESIGN.md, "Phones and tablets"), rule by rule,
through Starlette's test client: what each request gets, and that a refusal stores nothing."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from sqlalchemy import event
from web_helpers import TOKEN

from coprod_desktop.services import voting
from coprod_desktop.web import app as web_app

B = f"/b/{TOKEN}/"
SECURITY = {
    "content-security-policy": "default-src 'self'",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


def post(client, body, **headers):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post(B + "ballot", content=data, headers=headers)


def assert_secure(response):
    for name, value in SECURITY.items():
        assert response.headers.get(name) == value, (name, response.status_code)


# GET -------------------------------------------------------------------------------------


def test_the_page_is_served_with_its_own_files_only(client):
    page = client.get(B)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert_secure(page)
    html = page.text
    # Nothing from elsewhere, nothing inline that the policy would block.
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert "<script>" not in html and "style=" not in html
    for name, kind in (
        ("ballot.js", "text/javascript"),
        ("ballot.css", "text/css"),
        ("words.json", "application/json"),
    ):
        response = client.get(B + name)
        assert response.status_code == 200 and response.headers["content-type"].startswith(kind)
        assert_secure(response)
        assert f'"{name}"' in html or name == "words.json"
    words = client.get(B + "words.json").json()
    assert set(words) == {"en", "cy"}
    assert words["cy"]["page.thanks_heading"] == "Diolch, mae eich pleidlais wedi'i bwrw"


def test_round_has_the_contract_shape(client, ballot, room):
    response = client.get(B + "round")
    assert response.status_code == 200
    assert_secure(response)
    data = response.json()
    assert set(data) == {
        "round",
        "question",
        "target",
        "dots_per_voter",
        "max_dots_per_item",
        "status",
        "items",
        "voters",
    }
    assert data["round"] == ballot.id and data["status"] == "open"
    assert (data["target"], data["dots_per_voter"], data["max_dots_per_item"]) == ("ideas", 3, 2)
    assert data["question"] == "Which should we do first?"
    # Numbered in the round's order, as on the shared screen.
    assert data["items"] == [
        {"id": idea.id, "number": n, "text": idea.text} for n, idea in enumerate(room.ideas, 1)
    ]
    assert data["voters"] == sorted(
        ({"id": p.id, "name": p.name} for p in room.people), key=lambda v: v["name"]
    )


def test_the_voters_list_shrinks_after_a_cast(client, ballot, room):
    aled = room.people[0].id
    assert post(client, {"voter": aled, "dots": {}}).status_code == 201
    voters = client.get(B + "round").json()["voters"]
    assert aled not in {v["id"] for v in voters} and len(voters) == 5


def test_a_closed_round_lists_nobody(client, ballot):
    voting.close_round(ballot.db, ballot.id)
    data = client.get(B + "round").json()
    assert data["status"] == "closed" and data["voters"] == []


# POST: stored ---------------------------------------------------------------------------


def test_a_ballot_is_cast_through_the_service(client, ballot, room):
    idea = room.ideas
    response = post(
        client, {"voter": room.people[2].id, "dots": {str(idea[0].id): 2, str(idea[3].id): 1}}
    )
    assert response.status_code == 201 and response.json() == {"cast": 3}
    assert_secure(response)
    assert ballot.voted() == {room.people[2].id}
    assert ballot.ballots() == [{idea[0].id: 2, idea[3].id: 1}]
    assert ballot.casts == [ballot.id]  # the app hears the round, never the voter or dots


def test_zero_dots_are_left_out_and_an_empty_ballot_counts_as_voting(client, ballot, room):
    first = str(room.ideas[0].id)
    assert post(client, {"voter": room.people[0].id, "dots": {first: 0}}).json() == {"cast": 0}
    assert ballot.voted() == {room.people[0].id} and ballot.ballots() == [{}]


def test_a_failing_listener_does_not_undo_the_vote(ballot, room):
    from starlette.testclient import TestClient

    def broken(_round_id: int) -> None:
        raise RuntimeError("the window has gone")

    app = web_app.BallotApp(ballot.db, ballot.id, TOKEN, on_cast=broken)
    with TestClient(app) as client:
        assert post(client, {"voter": room.people[0].id, "dots": {}}).status_code == 201
    assert ballot.voted() == {room.people[0].id}


# POST: refused, nothing stored --------------------------------------------------------

BAD_BALLOTS = {
    "not JSON": b"{voter: 1",
    "not UTF-8": b'{"voter": 1, "dots": {"\xff": 1}}',
    "a list": b"[1, 2]",
    "no dots": b'{"voter": VOTER}',
    "no voter": b'{"dots": {}}',
    "another field": b'{"voter": VOTER, "dots": {}, "group": 1}',
    "voter as text": b'{"voter": "VOTER", "dots": {}}',
    "voter true": b'{"voter": true, "dots": {}}',
    "dots a list": b'{"voter": VOTER, "dots": [[IDEA, 1]]}',
    "item not a number": b'{"voter": VOTER, "dots": {"first": 1}}',
    "item negative": b'{"voter": VOTER, "dots": {"-IDEA": 1}}',
    "unknown voter": b'{"voter": 999999, "dots": {}}',
    "item not in the round": b'{"voter": VOTER, "dots": {"999999": 1}}',
    "over the cap": b'{"voter": VOTER, "dots": {"IDEA": 3}}',
    "over the budget": b'{"voter": VOTER, "dots": {"IDEA": 2, "IDEA2": 2}}',
    "negative dots": b'{"voter": VOTER, "dots": {"IDEA": -1}}',
    "fractional dots": b'{"voter": VOTER, "dots": {"IDEA": 1.5}}',
    "dots as text": b'{"voter": VOTER, "dots": {"IDEA": "2"}}',
    "dots true": b'{"voter": VOTER, "dots": {"IDEA": true}}',
}


@pytest.mark.parametrize("case", list(BAD_BALLOTS))
def test_a_bad_ballot_is_refused_with_400_and_nothing_is_stored(client, ballot, room, case):
    body = (
        BAD_BALLOTS[case]
        .replace(b"IDEA2", str(room.ideas[1].id).encode())
        .replace(b"IDEA", str(room.ideas[0].id).encode())
        .replace(b"VOTER", str(room.people[0].id).encode())
    )
    response = post(client, body)
    assert response.status_code == 400, response.text
    assert_secure(response)
    error = response.json()["error"]
    assert set(response.json()) == {"error"}
    assert error.endswith(".") and "Traceback" not in error and len(error) < 200
    assert ballot.voted() == set() and ballot.ballots() == []
    assert ballot.casts == []


def test_the_services_own_words_reach_the_phone(client, room):
    over = post(client, {"voter": room.people[0].id, "dots": {str(room.ideas[0].id): 3}})
    assert over.json() == {"error": "At most 2 dots can go on one item in this round."}
    budget = {str(room.ideas[0].id): 2, str(room.ideas[1].id): 2}
    assert post(client, {"voter": room.people[0].id, "dots": budget}).json() == {
        "error": "That is 4 dots; each voter has 3."
    }


def test_a_participant_not_on_the_list_is_refused(client, ballot, room, db):
    from coprod_desktop.services import people

    late = people.add_participant(db, room.id, "Gwen").id  # came after the round opened
    response = post(client, {"voter": late, "dots": {}})
    assert response.status_code == 400
    assert response.json() == {"error": "Gwen is not on the list of voters for this round."}
    assert ballot.voted() == set()


def test_voting_twice_is_refused_with_409(client, ballot, room):
    aled, idea = room.people[0].id, str(room.ideas[0].id)
    assert post(client, {"voter": aled, "dots": {idea: 1}}).status_code == 201
    again = post(client, {"voter": aled, "dots": {idea: 2}})
    assert again.status_code == 409
    assert again.json() == {"error": "Aled has already voted in this round."}
    assert ballot.ballots() == [{room.ideas[0].id: 1}]
    assert ballot.casts == [ballot.id]


def test_a_closed_round_refuses_with_409(client, ballot, room):
    voting.close_round(ballot.db, ballot.id)
    response = post(client, {"voter": room.people[0].id, "dots": {}})
    assert response.status_code == 409
    assert response.json() == {"error": "Voting in this round has closed."}
    assert ballot.voted() == set()


def test_a_body_over_16_kb_is_refused_with_413(client, ballot, room):
    padding = " " * (16 * 1024)
    body = f'{{"voter": {room.people[0].id}, "dots": {{}}{padding}}}'.encode()
    response = post(client, body)
    assert response.status_code == 413
    assert_secure(response)
    assert response.json()["error"]
    # The same without a length announced (chunked): cut off while reading.
    chunks = (b" " * 1024 for _ in range(64))
    response = client.post(B + "ballot", content=chunks)
    assert response.status_code == 413
    assert ballot.voted() == set()


def test_exactly_16_kb_is_still_a_ballot(client, ballot, room):
    start = f'{{"voter": {room.people[0].id}, "dots": {{}}'
    body = (start + " " * (16 * 1024 - len(start) - 1) + "}").encode()
    assert len(body) == 16 * 1024
    assert post(client, body).status_code == 201


def test_a_lying_content_length_is_refused(client, ballot):
    response = client.post(B + "ballot", content=b"{}", headers={"content-length": "two"})
    assert response.status_code in (400, 413)  # httpx may refuse to send it at all
    assert ballot.voted() == set()


# 404 ----------------------------------------------------------------------------------

NOT_SERVED = [
    ("GET", "/"),
    ("GET", "/b/"),
    ("GET", f"/b/{TOKEN}"),
    ("GET", f"/b/{TOKEN}/ballot"),
    ("GET", f"/b/{TOKEN}/index.html"),
    ("GET", f"/b/{TOKEN}/words.en.json"),
    ("GET", f"/b/{TOKEN}/../round"),
    ("GET", f"/b/{TOKEN}/round/"),
    ("GET", "/favicon.ico"),
    ("POST", f"/b/{TOKEN}/round"),
    ("POST", f"/b/{TOKEN}/"),
    ("PUT", f"/b/{TOKEN}/ballot"),
    ("DELETE", f"/b/{TOKEN}/ballot"),
    ("GET", f"/b/{TOKEN[:-1]}/"),
    ("GET", f"/b/{TOKEN}x/round"),
    ("GET", "/b/wrong-token-wrong-token-wrong/round"),
    ("POST", "/b/wrong-token-wrong-token-wrong/ballot"),
    ("GET", f"/b/{TOKEN.upper()}/"),
]


@pytest.mark.parametrize(("method", "path"), NOT_SERVED)
def test_anything_else_is_404_with_no_data(client, ballot, room, method, path):
    body = json.dumps({"voter": room.people[0].id, "dots": {}}).encode()
    response = client.request(method, path, content=body if method != "GET" else None)
    assert response.status_code == 404
    assert response.content == b""
    assert_secure(response)
    assert "location" not in response.headers
    assert ballot.voted() == set()


def test_a_deleted_round_is_404(client, ballot):
    voting.close_round(ballot.db, ballot.id)
    voting.delete_round(ballot.db, ballot.id)
    assert client.get(B + "round").status_code == 404


# Language -----------------------------------------------------------------------------


def test_errors_speak_welsh_when_the_phone_does(client, ballot, room):
    aled = room.people[0].id
    post(client, {"voter": aled, "dots": {}})
    again = post(
        client, {"voter": aled, "dots": {}}, **{"Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5"}
    )
    assert again.status_code == 409
    assert again.json() == {"error": "Mae Aled wedi pleidleisio yn y rownd hon yn barod."}
    bad = post(client, b"nonsense", **{"Accept-Language": "cy"})
    assert bad.json() == {
        "error": "Doedd dim modd darllen y bleidlais honno. Dechreuwch eto, os gwelwch yn dda."
    }
    over = post(
        client,
        {"voter": room.people[1].id, "dots": {str(room.ideas[0].id): 3}},
        **{"Accept-Language": "cy"},
    )
    assert over.json() == {
        "error": "Dim ond 2 dot ar y mwyaf sy'n gallu mynd ar un eitem yn y rownd hon."
    }


def test_the_pages_own_choice_beats_the_browsers(client, ballot, room):
    aled = room.people[0].id
    post(client, {"voter": aled, "dots": {}})
    body = json.dumps({"voter": aled, "dots": {}}).encode()
    welsh = client.post(B + "ballot?lang=cy", content=body, headers={"Accept-Language": "en"})
    assert welsh.json()["error"].startswith("Mae Aled")
    english = client.post(B + "ballot?lang=en", content=body, headers={"Accept-Language": "cy"})
    assert english.json()["error"] == "Aled has already voted in this round."
    other = client.post(B + "ballot", content=body, headers={"Accept-Language": "fr, de;q=0.8"})
    assert other.json()["error"] == "Aled has already voted in this round."


def test_voting_closed_in_welsh(client, ballot, room):
    voting.close_round(ballot.db, ballot.id)
    response = post(client, {"voter": room.people[0].id, "dots": {}}, **{"Accept-Language": "cy"})
    assert response.status_code == 409
    assert response.json() == {"error": "Mae'r pleidleisio yn y rownd hon wedi cau."}


# Faults -------------------------------------------------------------------------------


def test_a_full_disk_during_a_cast_is_503_and_leaves_nothing_half_written(
    client, ballot, room, caplog
):
    caplog.set_level("DEBUG")
    idea = room.ideas[0].id
    assert post(client, {"voter": room.people[0].id, "dots": {str(idea): 1}}).status_code == 201
    engine = ballot.db.engine

    def full_disk(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO BALLOT_DOTS"):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode, error.sqlite_errorname = 13, "SQLITE_FULL"  # as SQLite says it
            raise error

    event.listen(engine, "before_cursor_execute", full_disk)
    try:
        for language, sentence in (
            ("en", "Your vote was not stored. Please try again."),
            ("cy", "Chafodd eich pleidlais ddim ei chadw. Rhowch gynnig arall arni."),
        ):
            body = {"voter": room.people[1].id, "dots": {str(idea): 2}}
            response = post(client, body, **{"Accept-Language": language})
            assert response.status_code == 503
            assert response.json() == {"error": sentence}
            assert_secure(response)
    finally:
        event.remove(engine, "before_cursor_execute", full_disk)
    # The log says what went wrong, not who was voting.
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "database or disk is full" in logged
    assert "INSERT" not in logged and "parameters" not in logged
    # Bethan is not on the register, and Aled's ballot is still there, whole.
    assert ballot.voted() == {room.people[0].id}
    assert ballot.ballots() == [{idea: 1}]
    assert ballot.casts == [ballot.id]
    # Once the disk has room again, she votes.
    assert post(client, {"voter": room.people[1].id, "dots": {str(idea): 2}}).status_code == 201


def test_no_ballot_reaches_the_log(client, ballot, room, caplog):
    caplog.set_level("DEBUG")
    idea = str(room.ideas[0].id)
    post(client, {"voter": room.people[3].id, "dots": {idea: 2}})
    post(client, {"voter": room.people[3].id, "dots": {idea: 2}})
    for record in caplog.records:
        text = record.getMessage()
        assert "Dai" not in text and f'"{idea}"' not in text


def test_a_round_that_cannot_be_read_is_503_not_a_traceback(client, ballot):
    engine = ballot.db.engine

    def locked(conn, cursor, statement, parameters, context, executemany):
        raise sqlite3.OperationalError("database is locked")

    event.listen(engine, "before_cursor_execute", locked)
    try:
        response = client.get(B + "round", headers={"Accept-Language": "cy"})
    finally:
        event.remove(engine, "before_cursor_execute", locked)
    assert response.status_code == 503
    assert response.json() == {
        "error": "Doedd dim modd darllen y bleidlais ar hyn o bryd. Rhowch gynnig arall arni."
    }
    assert_secure(response)


def test_a_bug_is_500_with_a_plain_sentence_and_stores_nothing(
    client, ballot, room, monkeypatch, caplog
):
    def broken(*_args, **_kwargs):
        raise ValueError(f"voter {room.people[0].id} chose idea {room.ideas[0].id}")

    monkeypatch.setattr(web_app.voting, "cast_ballot", broken)
    response = post(client, {"voter": room.people[0].id, "dots": {str(room.ideas[0].id): 1}})
    assert response.status_code == 500
    assert response.json() == {"error": "Your vote was not stored. Please try again."}
    assert ballot.casts == []
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    said = f"voter {room.people[0].id} chose idea {room.ideas[0].id}"
    assert "ValueError" in logged and said not in logged
