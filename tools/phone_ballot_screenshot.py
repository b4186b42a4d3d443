"""The README's picture of the phone ballot: the demo workshop's themes on a 360 x 740 phone,
in English and in Welsh side by side (docs/phone-ballot.png).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/phone_ballot_screenshot.py [OUT.png]
Needs Debian's chromium (/usr/bin/chromium) and Playwright (the test extras). Everything
runs on 127.0.0.1 in a library made for the purpose.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

from coprod_desktop.db.library import open_library  # noqa: E402
from coprod_desktop.services import voting  # noqa: E402
from coprod_desktop.services.demo import create_demo_workshop  # noqa: E402
from coprod_desktop.web.server import BallotServer  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
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
PHONE = {"width": 360, "height": 740}


def place_dots(page: Page, url: str, language: str, name_heading: str) -> None:
    page.goto(f"{url}?lang={language}")
    page.get_by_role("heading", name=name_heading).wait_for()
    page.locator("#names button").first.click()
    page.locator("#items li").first.wait_for()
    page.locator("#add-1").click()
    page.locator("#add-1").click()
    page.evaluate("window.scrollTo(0, 0)")


def shoot(folder: Path) -> list[Path]:
    db = open_library(folder / "screenshot.db")
    workshop = create_demo_workshop(db)
    draft = voting.create_round(
        db,
        workshop.id,
        "Which should the day centre work on first?",
        target="themes",
        dots_per_voter=3,
        max_dots_per_item=2,
    )
    voting.open_round(db, draft.id)
    server = BallotServer(db, draft.id, "127.0.0.1")
    url = server.start()
    shots = []
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(folder / "profile"),
                executable_path=CHROMIUM,
                headless=True,
                args=ARGS,
                viewport=PHONE,
                device_scale_factor=1,
                timeout=60_000,
            )
            context.set_default_timeout(15_000)
            page = context.pages[0] if context.pages else context.new_page()
            for language, heading in (("en", "Who are you?"), ("cy", "Pwy ydych chi?")):
                place_dots(page, url, language, heading)
                path = folder / f"phone-ballot-{language}.png"
                page.screenshot(path=str(path))
                shots.append(path)
            context.close()
    finally:
        server.stop()
        db.close()
    return shots


def side_by_side(images: list[Path], out: Path, gap: int = 24) -> None:
    loaded = [QImage(str(p)) for p in images]
    width = sum(i.width() for i in loaded) + gap * (len(loaded) + 1)
    height = max(i.height() for i in loaded) + 2 * gap
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#d9d9d9"))
    painter = QPainter(canvas)
    x = gap
    for image in loaded:
        painter.drawImage(x, gap, image)
        x += image.width() + gap
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    canvas.save(str(out))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "phone-ballot.png"
    _app = QGuiApplication([])
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        shots = shoot(Path(folder))
        for shot in shots:
            keep = out.with_name(f"{out.stem}-{shot.stem.rsplit('-', 1)[1]}.png")
            keep.write_bytes(shot.read_bytes())
        side_by_side(shots, out)
    print(out)


if __name__ == "__main__":
    main()
