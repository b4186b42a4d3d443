"""The shared screen on a second (simulated) screen, at 1920x1080 and 1280x720, with 60
ideas and long texts: it lands full screen on the projector, not on the facilitator's
laptop, and every mode is drawn there; the ballot kiosk of the secret round lands on the
laptop's own screen (the only private place here), never on the projector. Screenshots go
to ``COPROD_SCREENSHOTS`` if set.

The simulated screens are fixed when Qt starts, so each size runs in its own process:
this file is also the script that process runs (``python test_shared_screen_screens.py
OUT WIDTH HEIGHT``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SHOTS = (
    "stage",
    "board",
    "voting",
    "voting_closed",
    "results",
    "results_page2",
    "actions",
    "blank",
)
KIOSK_SHOTS = ("kiosk_names", "kiosk_ballot", "kiosk_ballot_page2", "kiosk_confirm", "kiosk_thanks")


def _screens_file(folder: Path, width: int, height: int) -> Path:
    config = {
        "screens": [
            {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
             "logicalDpi": 96, "dpr": 1},
            {"name": "Projector", "x": 1366, "y": 0, "width": width, "height": height,
             "logicalDpi": 96, "dpr": 1},
        ]
    }  # fmt: skip
    path = folder / f"screens_{width}x{height}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.gui
@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 720)])
def test_every_mode_on_the_projector_screen(tmp_path, width, height):
    out = Path(os.environ.get("COPROD_SCREENSHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screens_file(tmp_path, width, height)}"
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), str(out), str(width), str(height), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert report["screen"] == "Projector"
    assert report["full_screen"] is True
    assert report["geometry"] == [1366, 0, width, height]
    assert report["facilitator_screen"] == "Laptop"
    assert report["screen_entries"] == [
        "1: Laptop (1366 × 768) (this window's screen)",
        f"2: Projector ({width} × {height})",
    ]
    assert report["moved_to_laptop"] == ["Laptop", False, True]
    assert report["warnings"] == []
    from PySide6.QtGui import QImage

    for name in SHOTS:
        image = QImage(str(out / f"{name}_{width}x{height}.png"))
        assert (image.width(), image.height()) == (width, height), name
    # The kiosk is full screen on the laptop, away from the room's eyes.
    assert report["kiosk"] == ["Laptop", True, [0, 0, 1366, 768]]
    for name in KIOSK_SHOTS:
        image = QImage(str(out / f"{name}_{width}x{height}.png"))
        assert (image.width(), image.height()) == (1366, 768), name
    page = QImage(str(out / f"facilitator_voting_page_{width}x{height}.png"))
    assert not page.isNull()
    # The ballot pages hold all 60 ideas; results page through them too.
    assert report["ballot_pages"] * report["tiles_per_page"] >= 60
    assert report["results_pages"] > 1
    assert report["names_pager"] == [1, ""]  # 23 names fit one page: no "1 of n"
    # Nothing on the projector is smaller than a readable size for the room.
    assert report["smallest_text_px"] >= round(height * 0.03 * 0.7)
    assert report["smallest_kiosk_text_px"] >= round(768 * 0.03 * 0.7)


def _run(out: Path, width: int, height: int, work: Path) -> None:  # pragma: no cover
    """Runs in the child process: build a big workshop, show every mode, save PNGs."""
    sys.path.insert(0, str(HERE))
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    warnings: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            warnings.append(message)

    qInstallMessageHandler(handler)
    app = QApplication([])
    from voting_helpers import add_actions, add_running_stage, build_big_room, closed_round

    from coprod_desktop.db.library import open_library
    from coprod_desktop.services import voting
    from coprod_desktop.ui import style
    from coprod_desktop.ui.controller import Controller
    from coprod_desktop.ui.shared_screen.manager import SharedScreen
    from coprod_desktop.ui.shared_screen.style import FitText
    from coprod_desktop.ui.voting.page import VotingPage

    style.apply_theme(app, style.LIGHT)
    db = open_library(work / f"library_{width}.db", create=True)
    room = build_big_room(db, ideas=60, people_count=24)
    add_running_stage(room)
    add_actions(room, 9)
    ballots = {n: {n % 7: 2, (n * 3) % 11: 1} for n in range(18)}
    closed = closed_round(room, ballots)
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
    shared.show()
    window = shared.window
    app.processEvents()
    smallest = [10_000.0, 10_000.0]

    def shot(name: str, kiosk_window: QWidget | None = None) -> None:
        app.processEvents()
        shown = kiosk_window or window
        shown.grab().save(str(out / f"{name}_{width}x{height}.png"))
        for label in shown.findChildren(FitText):
            if label.isVisible() and label.text():
                at = 1 if kiosk_window else 0
                smallest[at] = min(smallest[at], label.fitted().px)

    shared.show_stage()
    shot("stage")
    shared.show_board()
    shot("board")
    question = (
        "Which of these ideas should the day centre start on first, before the summer "
        "holidays, given the money we have this year?"
    )
    with controller.recording():
        rd = voting.open_round(
            db,
            voting.create_round(
                db, room.workshop_id, question, dots_per_voter=3, max_dots_per_item=2
            ).id,
        )
    shared.show_voting(rd.id)
    assert shared.kiosk.open(rd.id)  # a secret round: the laptop's screen, no question
    booth = shared.kiosk.window
    kiosk = shared.kiosk.view
    app.processEvents()
    kiosk_place = [booth.screen().name(), booth.isFullScreen()]
    kiosk_place.append([booth.x(), booth.y(), booth.width(), booth.height()])
    shot("kiosk_names", booth)
    names_pager = (kiosk.names.page_count, kiosk.names_page_label.text())
    shared.start_ballot(room.people[2].id)
    kiosk.grid.add(0)
    kiosk.grid.add(0)
    kiosk.grid.set_current(3)
    kiosk.grid.setFocus()
    shot("kiosk_ballot", booth)
    shot("voting")  # meanwhile the room sees the question and the count, no name
    kiosk.grid.set_page(1)
    kiosk.grid.add(kiosk.grid.current)
    kiosk.grid.add(kiosk.grid.current)  # refused: the message shows
    shot("kiosk_ballot_page2", booth)
    ballot_pages, tiles_per_page = kiosk.grid.page_count, kiosk.grid.per_page
    kiosk.ask_to_confirm()
    shot("kiosk_confirm", booth)
    kiosk.confirm_cast()
    shot("kiosk_thanks", booth)
    page._select(rd.id)
    page.refresh()
    app.processEvents()
    main.grab().save(str(out / f"facilitator_voting_page_{width}x{height}.png"))
    controller.call(voting.close_round, rd.id)
    shot("voting_closed")
    page._select(closed.id)
    page.refresh()
    app.processEvents()
    main.grab().save(str(out / f"facilitator_voting_results_{width}x{height}.png"))
    shared.show_results(closed.id)
    shot("results")
    results_pages = window.results.chart.page_count
    shared.page_by(1)
    shot("results_page2")
    shared.show_actions()
    shot("actions")
    shared.blank()
    shot("blank")
    geometry = window.geometry()
    on_projector = (window.screen().name(), window.isFullScreen())
    # The menu lists both screens; moving to the laptop's own screen makes a normal window.
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    shared.populate_menu(menu)
    screens_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    screens_menu.aboutToShow.emit()
    screen_entries = [a.text() for a in screens_menu.actions()]
    screens_menu.actions()[0].trigger()
    app.processEvents()
    moved = (window.screen().name(), window.isFullScreen(), window.isVisible())
    report = {
        "screen": on_projector[0],
        "full_screen": on_projector[1],
        "screen_entries": screen_entries,
        "moved_to_laptop": moved,
        "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "facilitator_screen": shared.facilitator_screen().name(),
        "ballot_pages": ballot_pages,
        "tiles_per_page": tiles_per_page,
        "results_pages": results_pages,
        "names_pager": names_pager,
        "smallest_text_px": smallest[0],
        "smallest_kiosk_text_px": smallest[1],
        "kiosk": kiosk_place,
        "warnings": [w for w in warnings if "propagateSizeHints" not in w],
    }
    shared.close()
    db.close()
    print(json.dumps(report))


if __name__ == "__main__":  # pragma: no cover
    _run(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
