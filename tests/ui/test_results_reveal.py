"""The results reveal on the room's screen: bars split by group with the groups' names
and numbers beside them, ties in words, a run-off's items, turnout and one headline;
nothing shortened and nothing wider than the screen, in English and Welsh, at 100 % and
larger text, at 1280x720 and 1920x1080."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from reveal_helpers import AGREE, DIFFER, SIZES, cast, inside, reveal_room
from voting_helpers import shared_screen_for

from coprod_desktop.services import board, voting
from coprod_desktop.services.wording import headline
from coprod_desktop.ui import i18n
from coprod_desktop.ui.shared_screen.manager import SharedScreen
from coprod_desktop.ui.shared_screen.results_view import ResultsView

pytestmark = pytest.mark.gui


@pytest.fixture
def welsh_interface(qapp) -> Iterator[None]:
    i18n.install_translators(qapp, i18n.WELSH)
    yield
    i18n.install_translators(qapp, i18n.ENGLISH)


def screen_on(room) -> SharedScreen:
    return shared_screen_for(room)  # type: ignore[arg-type]


def squeeze(text: str) -> str:
    return "".join(text.split())


def assert_whole_and_inside(shared: SharedScreen, qapp) -> None:
    """Every text drawn whole (what was drawn is the full text, nothing "…"), every part
    of the mode inside the window, and the chart's texts inside the chart."""
    window = shared.window
    view: ResultsView = window.results
    window.grab()  # paint now
    qapp.processEvents()
    drawn = view.drawn_texts()
    assert drawn
    for d in drawn:
        assert not d.fitted.elided, d.text
        assert squeeze(" ".join(d.fitted.lines)) == squeeze(d.text), d.text
    for part in (view.question, view.headline, view.summary, view.groups, view.chart, view):
        assert inside(part, window), part.objectName() or type(part).__name__
    for d in view.chart.drawn:
        assert d.rect.right() <= view.chart.width() + 0.5, d.text
        drawn_height = d.fitted.line_height * len(d.fitted.lines)
        assert d.rect.top() + drawn_height <= view.chart.height() + 0.5, d.text
    for d in view.groups.drawn:
        assert d.rect.right() <= view.groups.width() + 0.5, d.text


def test_bars_carry_the_groups_colours_names_and_numbers(qtbot, qapp, db):
    room = reveal_room(db)
    rd = cast(room, DIFFER)
    shared = screen_on(room)
    try:
        shared.show_results(rd.id)
        view = shared.window.results
        chart = view.chart
        top = chart.items[0]
        assert top.label.startswith("Could the centre") and top.dots == 12
        parts = chart.segments[top.item_id]
        assert [(s.name, s.dots) for s in parts] == [("Residents", 5), ("Carers", 0), ("Staff", 7)]
        colours = {line.name: line.colour for line in view.groups.lines}
        assert [s.colour for s in parts] == [
            colours["Residents"],
            colours["Carers"],
            colours["Staff"],
        ]
        shared.window.grab()
        drawn = [d.text for d in chart.drawn]
        assert "Residents 5 · Staff 7" in drawn and "12" in drawn  # names and numbers
        assert "Residents 1 · Carers 7 · Staff 1" in drawn
        key = [d.text for d in view.groups.drawn]
        assert key == ["Residents: 6 of 6 voted", "Carers: 4 of 4 voted", "Staff: 4 of 4 voted"]
        # Turnout, and one headline naming at most one first per group.
        assert view.summary.text() == "14 of 14 people voted (100%) · 35 dots"
        assert view.headline.text() == (
            "Residents put “Later buses on Thursdays” first; Carers put “A quiet room for "
            "reading” first; Staff put “Could the centre run a regular shut…” first"
        )
        assert len(re.findall(r"\bfirst\b", view.headline.text())) <= 3
        assert_whole_and_inside(shared, qapp)
    finally:
        shared.close()


def test_groups_that_agree_get_one_line_and_ties_are_said_in_words(qtbot, qapp, db):
    room = reveal_room(db)
    rd = cast(room, AGREE)
    shared = screen_on(room)
    try:
        shared.show_results(rd.id)
        view = shared.window.results
        names = {g: n for g, n in zip(room.groups, ("Residents", "Carers", "Staff"), strict=True)}
        assert view.headline.text() == headline(view.results, names)  # type: ignore[arg-type]
        assert view.headline.text() == (
            "Residents, Carers and Staff agreed on “A quiet room for reading”"
        )
        tied = [i for i in view.chart.items if i.tied and i.dots]
        assert tied and all(view.chart.tied_text(i).endswith("(tied)") for i in tied)
        shared.window.grab()
        assert any(d.text.endswith("(tied)") for d in view.chart.drawn)
        assert_whole_and_inside(shared, qapp)
    finally:
        shared.close()


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_nothing_is_cut_or_wider_than_the_screen(qtbot, qapp, db, request, language, scale):
    if language == "cy":
        request.getfixturevalue("welsh_interface")
    room = reveal_room(db, language=language)
    rd = cast(room, DIFFER)
    shared = screen_on(room)
    try:
        shared.set_text_scale(scale)
        shared.show_results(rd.id)
        view = shared.window.results
        for width, height in SIZES:
            shared.window.resize(width, height)
            qapp.processEvents()
            # Readable from the back: 28 px at 1080p at 100 % (scaled for other sizes).
            smallest = 28 * height / 1080 * scale
            seen = set()
            for page in range(view.chart.page_count):
                view.chart.set_page(page)
                assert_whole_and_inside(shared, qapp)
                for d in view.drawn_texts():
                    assert d.fitted.px >= smallest - 1, (d.text, d.fitted.px)
                seen.update(view.chart.items[i].item_id for i in view.chart.shown())
            assert seen == {i.item_id for i in view.chart.items}  # every item on some page
            if language == "cy":
                assert view.headline.text().startswith("Rhoddodd Residents")
                assert view.summary.text().startswith("Pleidleisiodd 14 o 14")
            view.chart.set_page(0)
        if language == "cy":
            tied = [view.chart.tied_text(i) for i in view.chart.items if i.tied and i.dots]
            assert tied and all(t.endswith("(cyfartal)") for t in tied)
    finally:
        shared.set_text_scale(1.0)
        shared.close()


def test_a_tally_run_off_lists_its_items_before_and_after_the_count(qtbot, qapp, db):
    room = reveal_room(db)
    first = voting.create_round(db, room.workshop_id, "What first?", method="tally")
    voting.open_round(db, first.id)
    voting.record_tallies(db, first.id, {room.ideas[0]: 5, room.ideas[1]: 5, room.ideas[3]: 2})
    voting.close_round(db, first.id)
    runoff = voting.create_runoff(db, first.id)
    shared = screen_on(room)
    try:
        shared.show_voting(shared.controller.call(voting.open_round, runoff.id).id)
        between = shared.window.voting.between
        assert between.isVisible()
        assert between.text().splitlines() == [
            "Run-off: put your dots only on these ideas:",
            "• Later buses on Thursdays",
            "• A quiet room for reading",
        ]
        shared.controller.call(
            voting.record_tallies, runoff.id, {room.ideas[0]: 7, room.ideas[1]: 4}
        )
        shared.controller.call(voting.close_round, runoff.id)
        shared.show_results(runoff.id)
        view = shared.window.results
        assert [i.label for i in view.chart.items] == [
            "Later buses on Thursdays",
            "A quiet room for reading",
        ]
        assert view.summary.text().startswith("Run-off between the 2 items tied at the top")
        assert view.headline.text() == "“Later buses on Thursdays” came first"
        assert not view.groups.isVisible()  # sticker dots carry no groups
        assert_whole_and_inside(shared, qapp)
    finally:
        shared.close()


def test_an_idea_longer_than_any_screen_does_not_take_the_header_away(qtbot, qapp, db):
    room = reveal_room(db)
    huge = board.capture_idea(db, room.workshop_id, "A worry said again. " * 500).idea
    room.ideas.append(huge.id)
    rd = cast(room, {**DIFFER, "Carers": [{6: 2}, {1: 2}, {1: 2, 4: 1}, {1: 1, 4: 1}]})
    shared = screen_on(room)
    try:
        shared.show_results(rd.id)
        view = shared.window.results
        shared.window.grab()
        # Its words are shortened (no screen holds 10,000 characters) but the rest of the
        # reveal keeps its question, headline and key.
        assert view.question.isVisible() and view.groups.isVisible()
        assert view.headline.factor > view.headline.min_factor
        cut = [r.item.item_id for r in view.chart.rows() if r.label.elided]
        assert cut == [huge.id]
    finally:
        shared.close()
