"""The ballot kiosk's window on three (simulated) screens: the facilitator's laptop, the
projector the room faces, and a monitor set aside as a voting booth. A secret round's
kiosk lands full screen on the booth; moved to the projector, the app warns and offers
the private screens, and choosing one moves it there. The room's voting view shows the
QR code of the phones' ballot, the short address and the count. Screenshots in English
and Welsh go to ``COPROD_SCREENSHOTS`` if set.

The simulated screens are fixed when Qt starts, so each run is its own process: this
file is also the script that process runs (``python test_kiosk_screens.py OUT LANG WORK``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCREENS = [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
    {"name": "Projector", "x": 1366, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96,
     "dpr": 1},
    {"name": "Booth", "x": 2646, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "dpr": 1},
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.gui
@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_kiosk_goes_somewhere_private_and_the_room_sees_the_count(tmp_path, language):
    out = Path(os.environ.get("COPROD_SCREENSHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": SCREENS}), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), str(out), language, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert report["room"] == ["Projector", True]
    # A secret round: the kiosk lands on the booth, full screen, without a question.
    assert report["first_place"] == ["Booth", True, [2646, 0, 1920, 1080]]
    assert report["warnings_before_move"] == []
    # Put on the projector: the warning names the room's screen and offers the others.
    room, offered = report["warning"]
    assert room == "Projector"
    assert [label.split(": ")[1].split(" (")[0] for label in offered] == ["Booth", "Laptop"]
    assert "(this window's screen)" in offered[1] or "(sgrin y ffenestr hon)" in offered[1]
    assert report["after_choosing_private"] == ["Booth", True]
    assert report["after_anyway"] == ["Projector", True]
    assert report["after_menu"] == ["Laptop", True]
    # The room's screen: the QR code of the phones' ballot, its address, the count.
    assert report["qr_modules"] >= 25
    assert report["address"] == report["url"].removeprefix("http://").rstrip("/")
    assert report["count"] == ("2 of 23 have voted" if language == "en" else
                               "2 o 23 wedi pleidleisio")  # fmt: skip
    assert not report["names_on_room_screen"]
    assert report["kiosk_closed_with_round"] is True
    assert report["phones_stopped_with_round"] is True
    assert report["warnings"] == []
    from PySide6.QtGui import QImage

    projector = QImage(str(out / f"projector_voting_{language}.png"))
    assert (projector.width(), projector.height()) == (1280, 720)
    booth = QImage(str(out / f"kiosk_booth_{language}.png"))
    assert (booth.width(), booth.height()) == (1920, 1080)


def _run(out: Path, language: str, work: Path) -> None:  # pragma: no cover
    """Runs in the child process."""
    sys.path.insert(0, str(HERE))
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

    warnings: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            warnings.append(message)

    qInstallMessageHandler(handler)
    app = QApplication([])
    from voting_helpers import add_running_stage, build_big_room

    from coprod_desktop.db.library import open_library
    from coprod_desktop.services import voting
    from coprod_desktop.ui import style
    from coprod_desktop.ui.controller import Controller
    from coprod_desktop.ui.i18n import install_translators
    from coprod_desktop.ui.shared_screen import booth, phones
    from coprod_desktop.ui.shared_screen.manager import SharedScreen
    from coprod_desktop.ui.voting.page import VotingPage

    install_translators(app, language)
    style.apply_theme(app, style.LIGHT)
    phones.usable_addresses = lambda: ["127.0.0.1"]  # type: ignore[assignment]
    phones.DEFAULT_PORT = 0
    db = open_library(work / f"library_{language}.db", create=True)
    room = build_big_room(db, ideas=12, people_count=24)
    add_running_stage(room)
    question = (
        "Which of these should the day centre start on first?"
        if language == "en"
        else "Pa un o'r rhain ddylai'r ganolfan ddydd ei ddechrau gyntaf?"
    )
    rd = voting.open_round(
        db,
        voting.create_round(
            db, room.workshop_id, question, dots_per_voter=3, max_dots_per_item=2
        ).id,
    )
    controller = Controller()
    controller.set_library(db)
    controller.open_workshop(room.workshop_id)
    main = QMainWindow()
    laptop = QGuiApplication.screens()[0]
    main.setScreen(laptop)
    main.setGeometry(40, 40, 1280, 700)
    shared = SharedScreen(controller, main)
    page = VotingPage(controller, shared)
    main.setCentralWidget(page)
    main.show()
    projector = next(s for s in QGuiApplication.screens() if s.name() == "Projector")
    shared.set_screen(projector)  # the facilitator's choice in Shared screen ▸ Show on screen
    shared.show()
    shared.show_voting(rd.id)
    page.refresh()
    page._select(rd.id)
    page.refresh()
    app.processEvents()
    window = shared.window
    report: dict[str, object] = {"room": [window.screen().name(), window.isFullScreen()]}

    asked: list[object] = []
    answers: list[object] = []

    def choose(parent, room_screen, private, secret):  # the warning, answered in turn
        asked.append([room_screen.name(), [label for _s, label in private]])
        answer = answers.pop(0)
        return private[0][0] if answer == "private" else answer

    booth.choose_place = choose  # type: ignore[assignment]
    kiosk = shared.kiosk

    def place() -> list[object]:
        app.processEvents()
        w = kiosk.window
        return [w.screen().name(), w.isFullScreen()]

    places = page.watch.places
    places.open_kiosk()  # the combo's first choice: where a secret round's kiosk goes
    app.processEvents()
    g = kiosk.window.geometry()
    report["first_place"] = [*place(), [g.x(), g.y(), g.width(), g.height()]]
    report["warnings_before_move"] = list(asked)
    answers.append("private")
    places.kiosk_screen.setCurrentIndex(places.kiosk_screen.findData("Projector"))
    places.open_kiosk()
    report["warning"] = asked[-1] if asked else None
    report["after_choosing_private"] = place()
    answers.append(booth.ANYWAY)
    kiosk.open(rd.id, projector)
    report["after_anyway"] = place()
    menu = QMenu()
    shared.populate_menu(menu)
    kiosk_menu = shared.menu_action("kiosk").menu()

    def menu_entry(name: str):
        kiosk_menu.aboutToShow.emit()
        return next(a for a in kiosk_menu.actions() if f": {name} (" in a.text())

    menu_entry("Laptop").trigger()  # the laptop turned to face the voter
    report["after_menu"] = place()
    menu_entry("Booth").trigger()  # and back to the booth
    # Phones on, two ballots in (one from the kiosk, one through the service as a phone
    # would), and a voter at the booth mid-ballot.
    places.phones_toggle.setChecked(True)
    url = shared.phones.url
    assert shared.start_ballot(room.people[0].id, rd.id)
    kiosk.view.grid.add(0)
    kiosk.view.ask_to_confirm()
    kiosk.view.confirm_cast()
    controller.call(voting.cast_ballot, rd.id, room.people[1].id, {room.ideas[1].id: 1})
    kiosk.view.next_person()
    assert shared.start_ballot(room.people[2].id, rd.id)
    kiosk.view.grid.add(3)
    app.processEvents()
    view = window.voting
    window.grab().save(str(out / f"projector_voting_{language}.png"))
    kiosk.window.grab().save(str(out / f"kiosk_booth_{language}.png"))
    main.grab().save(str(out / f"facilitator_voting_{language}.png"))
    from test_room_screen_privacy import room_texts

    texts = " ".join(room_texts(window))
    report["names_on_room_screen"] = [p.name for p in room.people if p.name in texts]
    report["qr_modules"] = len(view.qr.matrix)
    report["url"] = url
    report["address"] = view.address.text()
    report["count"] = view.count.text()
    controller.call(voting.close_round, rd.id)
    app.processEvents()
    report["kiosk_closed_with_round"] = not kiosk.is_open
    report["phones_stopped_with_round"] = not shared.phones.running
    report["warnings"] = [w for w in warnings if "propagateSizeHints" not in w]
    shared.close()
    controller.close_library()
    print(json.dumps(report))


if __name__ == "__main__":  # pragma: no cover
    _run(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
