"""'You said, we did' on the room's screen of a follow-up: each earlier action with the
ideas it answers (kept through the follow-up), what was done and its status in words
and a symbol; the follow-up's projector shows it rather than "What we agreed"."""

from __future__ import annotations

import pytest
from reveal_helpers import SIZES, follow_up, inside
from voting_helpers import shared_screen_for

from coprod_desktop.services import actions, agenda, workshops
from coprod_desktop.ui import i18n
from coprod_desktop.ui.controller import Controller
from coprod_desktop.ui.shared_screen.manager import SharedScreen

pytestmark = pytest.mark.gui


class _Room:
    def __init__(self, db, workshop_id: int) -> None:
        self.db, self.workshop_id = db, workshop_id


def screen_for(db, workshop_id: int) -> SharedScreen:
    return shared_screen_for(_Room(db, workshop_id))  # type: ignore[arg-type]


def test_a_follow_up_shows_you_said_we_did_with_links_and_statuses(qtbot, qapp, db):
    _, follow = follow_up(db)
    shared = screen_for(db, follow)
    try:
        shared.show_actions()  # the actions page's button, in a follow-up
        assert shared.mode == "review"
        view = shared.window.review
        assert view.title.text() == "You said, we did"
        assert view.since.text() == "Since “Oakfield: spring”"
        rows = [(r.said, r.did, r.status_text) for r in view.list.rows]
        assert rows == [
            (
                "“Later buses on Thursdays”; the theme “Getting there”",
                "Ask the council for a Thursday evening bus",
                "◐ In progress",
            ),
            (
                "“A quiet room for reading”",
                "Open the reading room on weekday mornings",
                "○ Agreed",
            ),
            (
                "“Could the centre run a regular shuttle from the estate on the hill, because "
                "the public bus only comes twice a day and many of us cannot walk down the "
                "steep lane in winter”",
                "Run a shuttle from the estate on the hill",
                "? Proposed",
            ),
            ("“Cheaper café meals”", "Lower the price of café meals", "✓ Done"),  # not carried
        ]
        assert view.list.rows[0].notes == "Letter sent in March; the council answers in May."
        # The links are the follow-up's own copies, so the actions page shows them too.
        carried = actions.list_actions(db, follow)
        assert all(a.idea_ids for a in carried)
        # Going through them with the room: the screen follows the change-set.
        shared.controller.call(
            actions.update_action, carried[0].id, status="done", notes="Runs from June."
        )
        first = view.list.rows[0]
        assert (first.status_text, first.notes) == ("✓ Done", "Runs from June.")
        for width, height in SIZES:
            shared.window.resize(width, height)
            qapp.processEvents()
            shared.window.grab()
            for part in (view.title, view.since, view.list, *view.heads):
                assert inside(part, shared.window)
            for page in range(view.list.page_count):
                view.list.set_page(page)
                assert view.list.elided() == []  # every idea's words whole
            view.list.set_page(0)
        # "What we agreed" lists only what this workshop agreed.
        shared.set_mode("actions")
        assert shared.window.actions_view.list.rows == []
        assert "“You said, we did”" in shared.window.actions_view.empty.text()
        shared.controller.call(actions.add_action, follow, "Ask the bus company again")
        assert shared.window.actions_view.shown_titles() == ["Ask the bus company again"]
        shared.show_actions()  # now something was agreed here: that is what it shows
        assert shared.mode == "actions"
    finally:
        shared.close()


def test_a_follow_up_has_an_agenda_to_run(qtbot, db):
    _, follow = follow_up(db)
    stages = agenda.list_stages(db, follow)
    assert [s.title for s in stages] == ["Welcome back", "You said, we did", "What next"]
    shared = screen_for(db, follow)
    try:
        shared.controller.call(agenda.start_stage, stages[1].id)
        shared.show_stage()
        assert shared.window.stage.title.text() == "You said, we did"
        assert shared.window.stage.position.text() == "Stage 2 of 3"
    finally:
        shared.close()


def test_a_workshop_that_follows_nothing_says_how_to_make_a_follow_up(qtbot, db):
    w = workshops.create_workshop(db, "First meeting")
    shared = screen_for(db, w.id)
    try:
        shared.show_actions()
        assert shared.mode == "actions"  # not a follow-up: "What we agreed"
        shared.show_review()
        view = shared.window.review
        assert "does not follow up an earlier one" in view.empty.text()
        assert not view.list.isVisible()
    finally:
        shared.close()


def test_you_said_we_did_in_welsh(qtbot, qapp, db):
    i18n.install_translators(qapp, i18n.WELSH)
    try:
        _, follow = follow_up(db, language="cy")
        shared = screen_for(db, follow)
        try:
            shared.show_review()
            view = shared.window.review
            assert view.title.text() == "Dywedoch chi, gwnaethom ni"
            assert [h.text() for h in view.heads] == ["Dywedoch chi", "Gwnaethom ni", "Nawr"]
            assert view.list.rows[3].status_text.startswith("✓ ")
            assert [s.title for s in agenda.list_stages(db, follow)][1] == (
                "Dywedoch chi, gwnaethom ni"
            )
        finally:
            shared.close()
    finally:
        i18n.install_translators(qapp, i18n.ENGLISH)


def test_the_controller_alone_tells_the_review_what_changed(qtbot, db):
    _, follow = follow_up(db)
    c = Controller()
    c.set_library(db)
    c.open_workshop(follow)
    shared = SharedScreen(c)
    try:
        shared.show_review()
        view = shared.window.review
        before = [r.status for r in view.list.rows]
        # A write the controller did not announce is not seen until it is announced.
        carried = actions.list_actions(db, follow)
        actions.update_action(db, carried[1].id, status="dropped")
        assert [r.status for r in view.list.rows] == before
        c.call(actions.update_action, carried[1].id, notes="No volunteers after all.")
        assert view.list.rows[1].status_text == "✗ Dropped"
    finally:
        shared.close()
