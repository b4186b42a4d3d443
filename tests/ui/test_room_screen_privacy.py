"""The screen the room faces never shows a voter's name or dots while a secret round is
open, in any mode, whatever happens at the kiosk; a secret round's kiosk put on that
screen warns first; the facilitator can take the kiosk away; a full disk at the kiosk
tells the voter and stores nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.exc import OperationalError
from voting_helpers import BigRoom, build_big_room, closed_round, kiosk_for, shared_screen_for

from coprod_desktop.db.errors import LibraryError
from coprod_desktop.services import voting
from coprod_desktop.ui.shared_screen import booth
from coprod_desktop.ui.shared_screen.booth import ANYWAY
from coprod_desktop.ui.shared_screen.manager import SharedScreen
from coprod_desktop.ui.shared_screen.qr import QUIET, QrCode
from coprod_desktop.ui.shared_screen.style import FitText
from coprod_desktop.ui.shared_screen.window import MODES

pytestmark = pytest.mark.gui


@pytest.fixture
def room(db) -> BigRoom:
    return build_big_room(db, ideas=8, people_count=9)


@pytest.fixture
def screen(qtbot, room) -> Iterator[SharedScreen]:
    shared = shared_screen_for(room)  # shown: the room's screen is the one screen
    qtbot.waitExposed(shared.window)
    yield shared
    shared.close()


@pytest.fixture
def warned(monkeypatch) -> list[tuple[str, list[str]]]:
    """The warning about the room's screen, answered "it is a private booth"."""
    calls: list[tuple[str, list[str]]] = []

    def choose(parent, room_screen, private, secret):
        calls.append((room_screen.name(), [label for _s, label in private]))
        return ANYWAY

    monkeypatch.setattr(booth, "choose_place", choose)
    return calls


def open_round(room: BigRoom, *, secret: bool = True) -> int:
    rd = voting.create_round(
        room.db, room.workshop_id, "Which first?", dots_per_voter=3, max_dots_per_item=2,
        secret=secret,
    )  # fmt: skip
    return voting.open_round(room.db, rd.id).id


def room_texts(window: QWidget) -> list[str]:
    """Everything the room's window says, in words: labels, painted texts, the names
    and descriptions screen readers get."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, FitText | QLabel):
            found.append(widget.text())
    return [t for t in found if t]


def painted_the_same_twice(window: QWidget) -> Callable[[], bool]:
    """A condition for ``waitUntil``: the window looks the same as at the last try (the
    event loop runs between tries), so what it does after a change of mode is done."""
    last: list[QImage] = []

    def check() -> bool:
        now = window.grab().toImage()
        same = bool(last) and now == last[0]
        last[:] = [now]
        return same

    return check


def test_the_room_never_sees_a_name_or_dots_in_any_mode(qtbot, room, screen, warned):
    with screen.controller.recording():
        earlier = closed_round(room, {0: {5: 1}}, dots_per_voter=1, max_dots_per_item=1)
        round_id = open_round(room)
    # The kiosk goes on the one screen, which the room faces: the app warns, and the
    # facilitator says it is a private booth (a touch screen turned away, say).
    kiosk = screen.kiosk
    assert kiosk.open(round_id, full_screen=False)
    assert warned == [(screen.window.screen().name(), [])]
    kiosk.window.resize(1280, 720)
    view = kiosk.view
    names = [p.name for p in room.people]
    voter = room.people[3]
    ideas = {i.id: i.text for i in room.ideas}
    for mode in MODES:
        screen.set_mode(mode)
        if mode == "voting":
            screen.show_voting(round_id)
        if mode == "results":
            screen.show_results(round_id)  # asked for the open round: shows nothing yet
        window = screen.window
        qtbot.waitUntil(lambda window=window: window.stack.currentWidget().isVisible())
        qtbot.waitUntil(painted_the_same_twice(window))  # the mode has laid itself out
        before_texts = room_texts(window)
        before = window.grab().toImage()
        assert before.width() > 0
        # A voter steps up, puts dots, confirms: nothing of it reaches the room.
        assert screen.start_ballot(voter.id, round_id)
        view.grid.add(0)
        view.grid.add(0)
        view.grid.add(2)
        assert view.ballot_who.text() == f"{voter.name}, place your dots"  # at the kiosk
        # A fixed wait, kept: the room's screen must NOT change, so there is no event to
        # wait for; these milliseconds give a leak the event-loop turns it would take.
        qtbot.wait(5)
        assert room_texts(window) == before_texts, mode
        assert window.grab().toImage() == before, f"{mode}: the room's screen changed"
        view.ask_to_confirm()
        qtbot.wait(5)  # kept, as above: nothing may change, so nothing to wait for
        assert room_texts(window) == before_texts, mode
        assert window.grab().toImage() == before, f"{mode}: the room's screen changed"
        view.cancel_ballot()
        texts = " ".join(room_texts(window))
        if mode != "board":  # notes carry their authors, as they did before any vote
            assert not any(name in texts for name in names), (mode, texts)
        assert "place your dots" not in texts and "cast your votes" not in texts
        assert ideas[room.ideas[2].id] not in texts or mode == "board"
    # A ballot cast at the kiosk: the room's voting view counts it, and that is all.
    assert screen.start_ballot(voter.id, round_id)
    view.grid.add(0)
    view.ask_to_confirm()
    view.confirm_cast()
    screen.show_voting(round_id)
    voting_texts = room_texts(screen.window)
    assert "1 of 8 have voted" in voting_texts
    assert not any(name in t for name in names for t in voting_texts)
    screen.show_board()
    assert screen.window.board.shown_dots() == {room.ideas[5].id: 1}  # the closed round's
    assert earlier.status == "closed"


def test_a_secret_rounds_kiosk_on_the_rooms_screen_warns_and_can_be_called_off(
    qtbot, room, screen, monkeypatch
):
    asked: list[bool] = []

    def cancel(parent, room_screen, private, secret):
        asked.append(secret)
        return None

    monkeypatch.setattr(booth, "choose_place", cancel)
    secret = open_round(room)
    assert not screen.kiosk.open(secret, full_screen=False)
    assert asked == [True] and not screen.kiosk.is_open
    # The watch panel's "next voter" asks the same and, called off, opens nothing.
    assert not screen.start_ballot(room.people[0].id, secret)
    assert len(asked) == 2 and screen.kiosk_voter_name is None
    # With the shared screen hidden and one screen, the laptop faces the voter: no warning.
    screen.hide()
    assert screen.kiosk.open(secret, full_screen=False)
    assert len(asked) == 2 and screen.kiosk.is_open
    screen.kiosk.close()
    # A round that is not secret may stand in front of the room, as public as dots on a
    # wall: no warning.
    voting.close_round(room.db, secret)
    public = open_round(room, secret=False)
    screen.show()
    assert screen.kiosk.open(public, full_screen=False)
    assert len(asked) == 2 and screen.kiosk.is_open


def test_the_shared_screen_coming_onto_the_kiosks_screen_closes_a_secret_kiosk(qtbot, room):
    shared = shared_screen_for(room, show=False)
    errors: list[str] = []
    shared.controller.error.connect(errors.append)
    try:
        round_id = open_round(room)
        view = kiosk_for(shared, round_id)  # the laptop alone, turned to the voter
        assert view.begin_ballot(room.people[0].id)
        view.grid.add(0)
        shared.show_voting(round_id)  # now the room's screen is this one too
        assert not shared.kiosk.is_open
        assert view.voter is None and view.grid.dots == {}  # the half ballot is gone
        assert errors == [
            "The ballot kiosk closed: the shared screen is now on its screen, where the "
            "room would see the ballot. Open the kiosk on another screen."
        ]
        assert counts(room) == (0, 0)
        # The kiosk's screen unplugged: it closes rather than land anywhere Qt likes.
        shared.hide()
        assert shared.kiosk.open(round_id, full_screen=False)
        shared.kiosk._on_screen_removed(shared.kiosk.screen())
        assert not shared.kiosk.is_open and "unplugged" in errors[-1]
    finally:
        shared.close()


def test_the_facilitator_closes_the_kiosk_with_two_presses_never_mid_ballot(
    qtbot, room, monkeypatch
):
    shared = shared_screen_for(room, show=False)
    try:
        round_id = open_round(room)
        view = kiosk_for(shared, round_id)
        window = shared.kiosk.window
        assert window.close_button.isVisible()
        window.close()  # Alt+F4 or the window manager: refused
        assert shared.kiosk.is_open
        window.close_button.click()
        assert shared.kiosk.is_open and window.armed
        assert window.close_button.text() == "Press again to close the kiosk"
        view.begin_ballot(room.people[0].id)  # a voter steps up: the button hides, disarmed
        assert not window.close_button.isVisible() and not window.armed
        view.grid.add(1)
        view.cancel_ballot()
        window.close_button.click()
        window.close_button.click()
        assert not shared.kiosk.is_open
        assert voting.get_round(room.db, round_id).status == "open"  # voting goes on
        # The menu opens it again, on the one screen; and closes it.
        from PySide6.QtWidgets import QMenu

        menu = QMenu()
        shared.populate_menu(menu)
        kiosk_menu = shared.menu_action("kiosk").menu()
        kiosk_menu.aboutToShow.emit()
        entries = [a.text() for a in kiosk_menu.actions() if a.text()]
        assert entries[0].startswith("Open on 1: ") and entries[-1] == "&Close the ballot kiosk"
        kiosk_menu.actions()[0].trigger()
        assert shared.kiosk.is_open and shared.kiosk.window.isFullScreen()
        kiosk_menu.aboutToShow.emit()
        kiosk_menu.actions()[-1].trigger()
        assert not shared.kiosk.is_open
    finally:
        shared.close()


def full_disk_error() -> OperationalError:
    return OperationalError(
        "INSERT INTO ballots ...", {}, sqlite3.OperationalError("database or disk is full")
    )


def counts(room: BigRoom) -> tuple[int, int]:
    conn = sqlite3.connect(room.db.path)
    try:
        voters = conn.execute("SELECT count(*) FROM round_voters").fetchone()[0]
        ballots = conn.execute("SELECT count(*) FROM ballots").fetchone()[0]
        return voters, ballots
    finally:
        conn.close()


@pytest.mark.parametrize("raised", ["driver", "library"])
def test_a_full_disk_during_a_cast_tells_the_voter_and_keeps_nothing(
    qtbot, room, monkeypatch, raised
):
    shared = shared_screen_for(room, show=False)
    errors: list[str] = []
    shared.controller.error.connect(errors.append)
    try:
        round_id = open_round(room)
        view = kiosk_for(shared, round_id)
        voter = room.people[1]

        def full(*args, **kwargs):
            if raised == "driver":
                raise full_disk_error()  # as SQLAlchemy raises it
            raise LibraryError("The disk is full, so that was not saved.")  # as the db says

        monkeypatch.setattr(voting, "cast_ballot", full)
        assert view.begin_ballot(voter.id)
        view.grid.add(0)
        view.ask_to_confirm()
        view.confirm_cast()
        assert view.state == "names"  # back to the start
        assert view.voter is None and view.grid.dots == {}
        assert view.names_error.text().startswith("Sorry, your vote was not stored.")
        assert voter.name in [t.label for t in view.names.tiles]  # they may try again
        assert "could not be stored" in errors[0]
        assert counts(room) == (0, 0)
        monkeypatch.undo()
        assert view.begin_ballot(voter.id)
        assert view.names_error.text() == ""
        view.grid.add(0)
        view.ask_to_confirm()
        view.confirm_cast()
        assert view.state == "thanks" and counts(room) == (1, 1)
    finally:
        shared.close()


def test_the_qr_code_is_painted_module_for_module(qtbot):
    code = QrCode()
    qtbot.addWidget(code)
    code.resize(500, 420)
    code.set_text("http://192.168.1.20:8765/b/abcdefghijklmnopqrstuvwx/")
    image: QImage = code.grab().toImage()
    rect = code.code_rect()
    modules = len(code.matrix) + 2 * QUIET
    size = rect.width() // modules
    assert rect.width() == size * modules and size >= 4  # whole pixels per module
    black = QColor("#000000").rgb()
    for y, row in enumerate(code.matrix):
        for x, dark in enumerate(row):
            px = rect.left() + (x + QUIET) * size + size // 2
            py = rect.top() + (y + QUIET) * size + size // 2
            assert (image.pixel(px, py) == black) == dark, (x, y)
    corner = image.pixelColor(rect.left() + 1, rect.top() + 1)
    assert corner == QColor("#FFFFFF")  # the quiet zone
    assert code.accessibleName() == "QR code of the ballot's address"


@pytest.mark.real_dialogs  # answered from a timer inside the dialog's own event loop
def test_the_warning_itself_offers_each_private_screen_a_booth_or_cancel(qtbot):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    screen = QGuiApplication.primaryScreen()
    seen: list[list[str]] = []

    def answer(index: int | None) -> None:
        box = next(
            d
            for d in QApplication.topLevelWidgets()
            if isinstance(d, booth.PlaceDialog) and d.isVisible()
        )
        seen.append([b.text() for b in box.buttons])
        if index is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.buttons[index].click()

    private = [(screen, "2: Laptop (1366 × 768)")]
    QTimer.singleShot(0, lambda: answer(0))
    assert booth.choose_place(None, screen, private, True) is screen
    QTimer.singleShot(0, lambda: answer(1))
    assert booth.choose_place(None, screen, private, True) == ANYWAY
    QTimer.singleShot(0, lambda: answer(None))
    assert booth.choose_place(None, screen, [], True) is None
    assert seen[0] == [
        "Open it on 2: Laptop (1366 × 768)",
        "It is a private booth: open it there",
        "Cancel",
    ]
    assert seen[2] == ["It is a private booth: open it there", "Cancel"]
