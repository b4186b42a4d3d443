"""The facilitator's voting page: setting rounds up, watching, closing, results, run-offs,
the tally table and the equal-voice panel, all through the real services and file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget
from voting_helpers import BigRoom, build_big_room, closed_round, shared_screen_for

from coprod_desktop.services import agenda, board, voting
from coprod_desktop.ui.dialogs import ask
from coprod_desktop.ui.shared_screen import booth
from coprod_desktop.ui.shared_screen.booth import ANYWAY
from coprod_desktop.ui.voting import setup_form
from coprod_desktop.ui.voting.page import VotingPage

pytestmark = pytest.mark.gui

# Residents are people 0, 3, 6; Carers 1, 4, 7; Staff 2, 5, 8 (8 did not attend).
BALLOTS = {
    0: {0: 2, 1: 1},
    3: {0: 1, 2: 2},
    6: {0: 2},
    1: {1: 2, 3: 1},
    4: {1: 2},
    2: {2: 2, 0: 1},
    5: {1: 1, 2: 1},
}


@pytest.fixture
def room(db) -> BigRoom:
    return build_big_room(db, ideas=6, people_count=9)


@pytest.fixture
def page(qtbot, room) -> Iterator[VotingPage]:
    shared = shared_screen_for(room, show=False)
    widget = VotingPage(shared.controller, shared)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    shared.close()


def answer_kiosk_warning(monkeypatch, answer) -> list[str]:
    """The warning when a secret round's kiosk would go on the room's screen, answered."""
    warned: list[str] = []

    def choose(parent, room_screen, private, secret):
        warned.append(room_screen.name())
        return answer

    monkeypatch.setattr(booth, "choose_place", choose)
    return warned


@pytest.fixture
def confirmations(monkeypatch) -> list[str]:
    """Every confirm question asked, answered yes."""
    asked: list[str] = []

    def confirm(parent, title, question, action):
        asked.append(question)
        return True

    monkeypatch.setattr(ask, "confirm", confirm)
    return asked


def only_round(room: BigRoom):
    (record,) = voting.list_rounds(room.db, room.workshop_id)
    return record


def texts(widget) -> list[str]:
    found = [label.text() for label in widget.findChildren(QLabel)]
    for lst in widget.findChildren(QListWidget):
        found += [lst.item(row).text() for row in range(lst.count())]
    return found


def tick(widget: QListWidget, keys: set[int]) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in keys:
            item.setCheckState(Qt.CheckState.Checked)


def test_a_round_is_set_up_field_by_field_and_each_change_is_stored(qtbot, page, room):
    page.new_round()
    form = page.setup
    assert page.stack.currentWidget() is form
    assert only_round(room).status == "draft"
    form.question.setText("Which two should we start on?")
    form.question.editingFinished.emit()
    assert only_round(room).question == "Which two should we start on?"

    form.on_themes.click()
    form.scope.setCurrentIndex(form.scope.findData(setup_form.SCOPE_THEMES))
    tick(form.themes, {room.themes[1].id, room.themes[3].id})
    assert only_round(room).target == "themes"
    assert only_round(room).items == (room.themes[1].id, room.themes[3].id)

    form.on_ideas.click()
    form.scope.setCurrentIndex(form.scope.findData(setup_form.SCOPE_THEMES))
    tick(form.themes, {room.themes[0].id})
    in_theme = tuple(i.id for i in room.ideas if i.theme_id == room.themes[0].id)
    assert only_round(room).items == in_theme and in_theme
    assert form.item_count.text() == f"{len(in_theme)} ideas will be on the ballot."

    form.by_tally.click()
    form.dots.setValue(5)
    form.cap.setValue(2)
    record = only_round(room)
    assert (record.method, record.dots_per_voter, record.max_dots_per_item) == ("tally", 5, 2)
    assert not form.electors.isVisible()  # a tally has no list of voters

    form.by_ballot.click()
    form.secret.setChecked(False)
    form.only_some.click()
    for row in range(form.electors.count()):
        form.electors.item(row).setCheckState(Qt.CheckState.Unchecked)
    tick(form.electors, {room.people[0].id, room.people[4].id})
    record = only_round(room)
    assert not record.secret
    assert record.electors == (room.people[0].id, room.people[4].id)

    form.dots.setValue(1)  # the cap follows the budget down
    assert form.cap.value() == 1 and only_round(room).max_dots_per_item == 1
    page.controller.undo_stack.undo()
    assert only_round(room).dots_per_voter == 5
    assert (form.dots.value(), form.cap.value()) == (5, 2)  # the form shows the undo too


def test_opening_with_nobody_ticked_to_vote_is_refused_plainly(page, room):
    page.new_round()
    form = page.setup
    form.only_some.click()
    for row in range(form.electors.count()):
        form.electors.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert form.only_some.isChecked()  # stays "only these people", with nobody ticked
    form.open_button.click()
    assert only_round(room).status == "draft"
    assert page.message.isVisible()
    assert page.message.text() == "Tick at least one person who may vote."


def test_a_stage_scope_and_ideas_captured_after_set_up_are_included_when_it_opens(page, room):
    with page.controller.recording():
        stage = agenda.add_stage(room.db, room.workshop_id, "Ideas about food")
        early = board.capture_idea(room.db, room.workshop_id, "Soup", stage_id=stage.id).idea
    page.new_round()
    form = page.setup
    form.scope.setCurrentIndex(form.scope.findData(setup_form.SCOPE_STAGE))
    assert only_round(room).items == (early.id,)
    captured = page.controller.call(
        board.capture_idea, room.workshop_id, "Bread", stage_id=stage.id
    )
    assert captured is not None
    late = captured.idea
    form.open_button.click()

    record = only_round(room)
    assert record.status == "open"
    assert record.items == (early.id, late.id)
    assert page.stack.currentWidget() is page.watch


def test_the_register_panel_shows_names_and_turnout_never_choices(qtbot, page, room, monkeypatch):
    page.new_round()
    page.setup.open_show_button.click()
    round_id = only_round(room).id
    assert page.shared_screen.mode == "voting" and page.shared_screen.is_shown
    for person in (0, 4):
        page.controller.call(
            voting.cast_ballot, round_id, room.people[person].id, {room.ideas[2].id: 1}
        )

    watch = page.watch
    assert watch.turnout.text() == "2 of 8 have voted"
    assert watch.names(watch.voted) == [room.people[0].name, room.people[4].name]
    assert room.people[0].name not in watch.names(watch.waiting)
    assert watch.by_group.text() == "Residents: 1 of 3 · Carers: 1 of 3 · Staff: 0 of 2"
    shown = " ".join(texts(page.watch))
    assert room.ideas[2].text not in shown
    # The next voter button opens the ballot at the kiosk for the first waiting; the
    # shared screen (the room's) is on the only screen, so the app warns first, and the
    # facilitator says this screen is a private booth.
    warned = answer_kiosk_warning(monkeypatch, ANYWAY)
    watch.next_button.click()
    assert len(warned) == 1
    assert page.shared_screen.kiosk_voter_name == room.people[1].name
    assert watch.kiosk.text() == f"{room.people[1].name} is voting at the ballot kiosk."


def test_closing_warns_who_has_not_voted_and_can_be_called_off(qtbot, page, room, monkeypatch):
    page.new_round()
    page.setup.open_button.click()
    round_id = only_round(room).id
    page.shared_screen.start_ballot(room.people[3].id, round_id)
    page.controller.call(voting.cast_ballot, round_id, room.people[0].id, {})
    asked: list[str] = []

    def refuse(parent, title, question, action):
        asked.append(question)
        return False

    monkeypatch.setattr(ask, "confirm", refuse)
    page.watch.close_button.click()
    assert only_round(room).status == "open"
    assert asked[0].startswith("7 people have not voted yet: Bethan, Carys Llewellyn-Jones")
    assert f"{room.people[3].name} is voting at the ballot kiosk right now." in asked[0]
    assert "cannot be reopened" in asked[0]

    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    page.watch.close_button.click()
    assert only_round(room).status == "closed"
    assert page.stack.currentWidget() is page.results
    assert page.shared_screen.kiosk.view.state == "closed"  # the kiosk wiped the ballot
    assert not page.shared_screen.kiosk.is_open  # and closed


def test_closing_when_everyone_has_voted_asks_nothing(page, room, monkeypatch):
    page.new_round()
    form = page.setup
    form.only_some.click()
    for row in range(form.electors.count()):
        form.electors.item(row).setCheckState(Qt.CheckState.Unchecked)
    tick(form.electors, {room.people[0].id})
    form.open_button.click()
    voting.cast_ballot(room.db, only_round(room).id, room.people[0].id, {})

    def never(*args):
        raise AssertionError("asked to confirm although everyone voted")

    monkeypatch.setattr(ask, "confirm", never)
    page.watch.close_button.click()
    assert only_round(room).status == "closed"


def test_results_show_ranks_ties_group_columns_and_the_sentence(page, room):
    with page.controller.recording():
        rd = closed_round(room, BALLOTS)
    page._select(rd.id)
    page.refresh()
    panel = page.results
    cell = panel.cell
    # 2 staff may vote: too few to show apart, and Carers (3) join them so that the
    # combined column is not the 2 staff alone (services/small_groups.py).
    combined = "Smaller groups combined"
    assert panel.model.headers == ["Rank", "Item", "Dots", "Residents", combined]
    assert panel.model.rowCount() == 6
    assert [[cell(r, c) for c in range(5)] for r in range(4)] == [
        ["=1", room.ideas[0].text, "6 (tie)", "5", "1"],
        ["=1", room.ideas[1].text, "6 (tie)", "1", "5"],
        ["3", room.ideas[2].text, "5", "2", "3"],
        ["4", room.ideas[3].text[:300], "1", "0", "1"],
    ]
    assert [cell(r, 0) for r in (4, 5)] == ["=5", "=5"]
    assert panel.summary.text() == "7 of 8 people voted (88%), 18 dots in all."
    assert panel.sentence.text().startswith("Groups differed: Residents put")
    assert panel.turnout.text() == (
        "Turnout by group: Residents 3 of 3; Carers 2 of 3; Staff 2 of 2"
    )
    assert panel.why.text() == (
        "Groups with fewer than 3 voters are counted together, so nobody's vote can be picked out."
    )
    assert "Tie for first place: 2 items have 6 dots each" in panel.tie.text()
    assert not panel.previous_button.isEnabled()
    panel.reveal_button.click()
    assert page.shared_screen.mode == "results"
    assert page.shared_screen.results_round_id == rd.id
    assert panel.next_button.isEnabled()


def test_a_tie_at_the_top_goes_to_a_run_off_on_just_the_tied_items(page, room):
    with page.controller.recording():
        rd = closed_round(room, BALLOTS)
    page._select(rd.id)
    page.refresh()
    assert page.results.runoff_button.isEnabled()
    page.results.runoff_button.click()

    runoff = next(r for r in voting.list_rounds(room.db, room.workshop_id) if r.id != rd.id)
    assert runoff.runoff_of_id == rd.id and runoff.status == "draft"
    assert runoff.items == (room.ideas[0].id, room.ideas[1].id)
    assert runoff.dots_per_voter == 1
    assert page.current_id == runoff.id and page.stack.currentWidget() is page.setup
    assert page.list.item(1).text().startswith("Run-off: Which should we do first?")
    assert page.setup.scope.currentData() == setup_form.SCOPE_CHOSEN
    page._select(rd.id)
    page.refresh()
    assert not page.results.runoff_button.isEnabled()
    assert "A run-off round has been set up." in page.results.tie.text()
    page.controller.undo_stack.undo()  # the run-off was only a draft: undo removes it
    assert [r.id for r in voting.list_rounds(room.db, room.workshop_id)] == [rd.id]


def test_a_closed_round_never_reopens_but_a_new_one_can_be_set_up_like_it(page, room):
    with page.controller.recording():
        rd = closed_round(room, {0: {1: 1}}, dots_per_voter=2, max_dots_per_item=1)
    page._select(rd.id)
    page.refresh()
    assert "cannot be reopened" in page.state.text()
    assert not page.setup.isVisible()  # no set-up, so no Open button, for a closed round
    page.results.again_button.click()

    rounds = voting.list_rounds(room.db, room.workshop_id)
    assert [r.status for r in rounds] == ["closed", "draft"]
    new = rounds[1]
    assert (new.question, new.dots_per_voter, new.items) == (rd.question, 2, rd.items)
    assert page.current_id == new.id


def test_undo_never_throws_away_a_round_that_has_opened(page, room):
    page.new_round()
    page.setup.open_button.click()
    round_id = only_round(room).id
    voting.cast_ballot(room.db, round_id, room.people[0].id, {room.ideas[0].id: 1})
    errors: list[str] = []
    page.controller.error.connect(errors.append)
    while page.controller.undo_stack.canUndo():
        page.controller.undo_stack.undo()
    assert only_round(room).status == "open"
    assert errors and "can no longer be undone" in errors[-1]


def test_the_tally_table_refuses_wrong_counts_and_stores_right_ones(page, room):
    page.new_round()
    page.setup.by_tally.click()
    page.setup.open_button.click()
    round_id = only_round(room).id
    tally = page.tally
    assert page.stack.currentWidget() is tally
    assert tally.table.rowCount() == 6
    for row, text in enumerate(["abc", "-1", "200000", "", " 3 ", "2.5"]):
        tally.table.item(row, 2).setText(text)
    assert not tally.save()
    problems = tally.problems.text()
    assert "Row 1: “abc” is not a whole number." in problems
    assert "Row 2: a count cannot be below 0." in problems
    assert "Row 3: 200000 is more stickers than a room could place." in problems
    assert "Row 6: “2.5” is not a whole number." in problems
    assert "Row 4" not in problems and "Row 5" not in problems
    assert tally.table.item(0, 0).text() == "! 1"  # marked in words, not colour alone
    assert voting.tally_counts(room.db, round_id) == {}

    for row, text in enumerate(["4", "0", "12", "", "3", "٣"]):
        tally.table.item(row, 2).setText(text)
    assert not tally.save()  # an Arabic-Indic digit is not taken for 3
    tally.table.item(5, 2).setText("1")
    assert tally.save()
    ids = [i.id for i in room.ideas]
    assert voting.tally_counts(room.db, round_id) == dict(
        zip(ids, [4, 0, 12, 0, 3, 1], strict=True)
    )
    assert tally.total.text() == "Total: 20 dots (saved)"
    page.controller.undo_stack.undo()
    assert voting.tally_counts(room.db, round_id) == {}
    page.controller.undo_stack.redo()
    tally.table.item(0, 2).setText("5")  # typed, not saved: closing saves it
    tally.close_button.click()
    assert only_round(room).status == "closed"
    assert page.results.cell(0, 2) == "12"
    assert page.results.sentence.text().startswith("Sticker dots carry no names")


def test_the_equal_voice_panel_shows_shares_and_who_has_no_idea_yet(page, room):
    page.voice.load()
    table = page.voice.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    # 8 attended: Residents 3, Carers 3, Staff 2; 6 ideas by people 0..5 (2 per group).
    assert rows == [
        ["Residents", "38%", "33%", "0%"],
        ["Carers", "38%", "33%", "0%"],
        ["Staff", "25%", "33%", "0%"],
    ]
    assert (
        page.voice.unheard.text()
        == f"No idea yet from 2 of 8: {room.people[6].name}, {room.people[7].name}"
    )
    closed_round(room, {2: {0: 1}, 5: {1: 1}})
    page.voice.load()
    assert table.item(0, 3).text() == "0% ▼" and table.item(2, 3).text() == "100%"
    assert "fewer" in table.item(0, 3).toolTip()


def test_participants_words_are_shown_as_typed_never_as_markup(page, room):
    from coprod_desktop.services import people

    odd = "Siân <b>bold</b> & <img src='/etc/x.png'> 😀"
    with page.controller.recording():
        people.update_participant(room.db, room.people[0].id, name=odd)
        people.update_group(room.db, room.groups[0].id, name="<i>Residents</i>")
        marked = board.capture_idea(room.db, room.workshop_id, "Tea & <b>toast</b>").idea
    page.new_round()
    page.setup.open_button.click()
    round_id = only_round(room).id
    page.shared_screen.start_ballot(room.people[0].id, round_id)
    watch = page.watch
    assert watch.kiosk.text() == f"{odd} is voting at the ballot kiosk."
    assert watch.kiosk.textFormat() == Qt.TextFormat.PlainText
    assert watch.by_group.textFormat() == Qt.TextFormat.PlainText
    assert "<i>Residents</i>: 0 of 3" in watch.by_group.text()
    assert odd in watch.names(watch.waiting)
    with page.controller.recording():
        voting.cast_ballot(room.db, round_id, room.people[1].id, {marked.id: 1})
        voting.close_round(room.db, round_id)
    assert page.results.cell(0, 1) == "Tea & <b>toast</b>"
    assert "Tea &amp; &lt;b&gt;toast&lt;/b&gt;" in page.results.model.tips[0]
    assert page.results.turnout.textFormat() == Qt.TextFormat.PlainText
