"""The phone ballot in a real browser (Debian's chromium, driven by Playwright): a voter
finds their name, places dots, confirms and casts; the thank-you keeps no trace of the
choices, going back shows none, and the ballot is in the library."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coprod_desktop.web.server import BallotServer

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT_MS = 10_000

pytestmark = pytest.mark.slow


@pytest.fixture
def browser_page(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(
            "no browser for the end-to-end ballot: install Debian's chromium "
            "(apt-get install chromium), which .ci/run does"
        )
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 360, "height": 740},
            locale="en-GB",
            timeout=60_000,
        )
        try:
            context.set_default_timeout(WAIT_MS)
            page = context.pages[0] if context.pages else context.new_page()
            yield page
        finally:
            context.close()


def test_a_voter_casts_from_a_phone(browser_page, ballot, room):
    page = browser_page
    server = BallotServer(ballot.db, ballot.id, "127.0.0.1", on_cast=ballot.casts.append)
    url = server.start()
    try:
        page.goto(url)
        page.get_by_role("heading", name="Who are you?").wait_for()
        assert page.locator("h1").inner_text() == "Which should we do first?"
        assert page.locator("#names button").count() == 6

        # A large room: the search box narrows the list.
        page.get_by_label("Find your name").fill("car")
        page.wait_for_function("document.querySelectorAll('#names button').length === 1")
        page.get_by_role("button", name="Carys").click()

        page.get_by_role("heading", name="Carys, place your dots").wait_for()
        dots_left = page.locator("#dots-left")
        assert dots_left.inner_text() == "3 of 3 dots left"
        add_first = page.get_by_role("button", name="Add a dot to number 1")
        add_first.click()
        assert dots_left.inner_text() == "2 of 3 dots left"
        add_first.click()
        assert add_first.get_attribute("aria-disabled") == "true"  # at most 2 on one item
        add_first.click(force=True)  # refused quietly
        assert dots_left.inner_text() == "1 of 3 dots left"
        page.get_by_role("button", name="Add a dot to number 3").click()
        assert dots_left.inner_text() == "All 3 dots placed"
        assert (
            page.get_by_role("button", name="Add a dot to number 4").get_attribute("aria-disabled")
            == "true"
        )
        for button in page.locator("button:visible").all():
            box = button.bounding_box()
            assert box and box["height"] >= 48, button.inner_text()

        page.get_by_role("button", name="Check my vote").click()
        page.get_by_role("heading", name="Cast your vote?").wait_for()
        assert page.locator("#choices li").all_inner_texts() == [
            "2 dots: 1. Later buses",
            "1 dot: 3. Quiet room",
        ]
        page.get_by_role("button", name="Yes, cast my vote").click()
        page.get_by_role("heading", name="Thank you, your vote is cast").wait_for()

        html = page.content()
        for trace in ("Later buses", "Quiet room", "Carys", "2 dots:", "1 dot:"):
            assert trace not in html, trace
        assert ballot.voted() == {room.people[2].id}
        assert ballot.ballots() == [{room.ideas[0].id: 2, room.ideas[2].id: 1}]
        assert ballot.casts == [ballot.id]

        # Back (the phone's button): the names again, without Carys and without her dots.
        page.go_back()
        page.get_by_role("heading", name="Who are you?").wait_for()
        page.wait_for_function("document.querySelectorAll('#names button').length === 5")
        html = page.content()
        assert "Later buses" not in html and "Carys" not in html
        # Reloading shows the same.
        page.reload()
        page.get_by_role("heading", name="Who are you?").wait_for()
        assert "Later buses" not in page.content()

        # The next person, in Welsh.
        page.get_by_role("button", name="Cymraeg").click()
        page.get_by_role("heading", name="Pwy ydych chi?").wait_for()
        assert page.locator("html").get_attribute("lang") == "cy"
        page.get_by_role("button", name="Dai").click()
        page.get_by_role("heading", name="Dai, rhowch eich dotiau").wait_for()
        assert page.locator("#dots-left").inner_text() == "3 o 3 dot ar ôl"
        page.get_by_role("button", name="Rhoi dot ar rif 2").click()
        page.get_by_role("button", name="Gwirio fy mhleidlais").click()
        page.get_by_role("heading", name="Bwrw eich pleidlais?").wait_for()

        # The facilitator closes the round while Dai's phone holds the page.
        from coprod_desktop.services import voting

        voting.close_round(ballot.db, ballot.id)
        page.get_by_role("button", name="Ie, bwrw fy mhleidlais").click()
        page.get_by_role("heading", name="Mae'r pleidleisio wedi cau").wait_for()
        assert re.search("wedi cau", page.locator("#error").inner_text())
        assert ballot.voted() == {room.people[2].id}
    finally:
        server.stop()
