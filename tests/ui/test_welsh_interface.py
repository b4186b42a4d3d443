"""The app started in Welsh, with the demo workshop: every page, every menu and each mode
of the shared screen show Welsh, and no English interface text is left anywhere."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop import APP_NAME
from coprod_desktop.services import people, voting, workshops
from coprod_desktop.services.demo import create_demo_workshop
from coprod_desktop.services.errors import VotingError
from coprod_desktop.ui import i18n, style
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.startup import start

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "coprod_cy.ts"


def english_only() -> tuple[set[str], re.Pattern[str]]:
    """Interface texts whose Welsh differs: the exact ones, and a pattern for the ones
    with fields ("Library: {name}") that has enough words to never match workshop data."""
    exact: set[str] = set()
    patterns = []
    # Template agendas share words with the demo's own (English) stages; field and record
    # names are only ever parts of sentences.
    contexts = [
        c for c in ET.parse(TS).getroot().iter("context")
        if c.findtext("name") not in ("templates", "field", "record")
    ]  # fmt: skip
    for message in (m for c in contexts for m in c.iter("message")):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        bare = source.replace("&", "")
        if bare in {f.replace("&", "") for f in forms}:
            continue  # the same in Welsh ("Agenda", "PDF (*.pdf)")
        if "{" not in source and "%n" not in source:
            exact.update({source, bare})
            continue
        words = re.sub(r"\{[^}]*\}|%n", "", source)
        if len(re.findall(r"[A-Za-z]{3,}", words)) < 2:
            continue
        parts = re.split(r"(\{[^}]*\}|%n)", source.replace("&", ""))
        patterns.append(
            "".join(
                r"\d+" if p == "%n" else ".+?" if p.startswith("{") else re.escape(p) for p in parts
            )
        )
    return exact, re.compile("|".join(f"(?:{p})" for p in patterns), re.DOTALL)


def texts_of(root: QWidget) -> list[str]:
    """What a person can read, or hear from a screen reader, in ``root`` and below."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        found += [w.windowTitle(), w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)) or hasattr(w, "fitted"):
            found.append(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            found.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QTabWidget):
            found += [w.tabText(n) for n in range(w.count())]
        if isinstance(w, QComboBox):
            found += [w.itemText(n) for n in range(w.count())]
        if isinstance(w, QListWidget):
            found += [w.item(n).text() for n in range(w.count())]
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
        for action in QWidget.actions(w):
            found += [action.text(), action.toolTip()]
    return [t for t in found if t]


def menu_texts(menu: QMenu) -> list[str]:
    found = [menu.title()]
    for action in menu.actions():
        found.append(action.text())
        if action.menu() is not None:
            found += menu_texts(action.menu())
    return [t for t in found if t]


@pytest.fixture
def welsh(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    locale = QLocale()
    QCoreApplication.setApplicationName(APP_NAME)  # the name start() gives the settings
    i18n.set_language_setting(i18n.WELSH)
    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None  # closed below, not by qtbot (see the end)
    demo = win.controller.call(create_demo_workshop)
    assert demo is not None
    win.open_workshop(demo.id)
    qtbot.waitExposed(win)
    yield win
    # The library first: the shared screen's views follow the controller with lambdas
    # that outlive a closed window (a dead ResultsView would get workshop_opened; qtbot
    # closes its widgets before the fixtures' own teardown).
    win.controller.close_library()
    win.close()
    win.deleteLater()
    i18n.set_language_setting(i18n.SYSTEM)
    i18n.install_translators(qapp, i18n.ENGLISH)
    QLocale.setDefault(locale)
    style.apply_theme(qapp, style.LIGHT, 1.0)


def leftovers(texts: list[str]) -> list[str]:
    exact, pattern = english_only()
    exact.discard("English")  # View → Language names each language in its own words
    return sorted({t for t in texts if t in exact or pattern.fullmatch(t)})


def test_the_menus_are_in_welsh(welsh: MainWindow) -> None:
    bar = [a.text() for a in welsh.menuBar().actions()]
    assert bar == ["&Ffeil", "&Golygu", "G&weld", "&Bwrdd", "&Agenda", "&Sgrin a rennir",
                   "&Cymorth"]  # fmt: skip
    texts = [t for a in welsh.menuBar().actions() if a.menu() for t in menu_texts(a.menu())]
    assert {"&Llyfrgell newydd…", "&Dadwneud", "Testun &mwy", "&Iaith", "&Cymraeg",
            "T&refnu fesul thema", "Sgrin l&awn", "&Llwybrau byr y bysellfwrdd"} <= set(texts)  # fmt: skip
    assert not leftovers(texts)
    assert "Gweithdy Cydgynhyrchu" in welsh.windowTitle()
    # Alt+letter reaches one item: no menu gives two of its items the same letter.
    for menu in [welsh.menuBar(), *welsh.findChildren(QMenu)]:
        keys = [re.search(r"&(\w)", a.text()) for a in menu.actions() if a.isVisible()]
        letters = [k.group(1).lower() for k in keys if k]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_every_page_is_in_welsh(qtbot: QtBot, welsh: MainWindow) -> None:
    nav = [welsh.nav.item(n).text() for n in range(welsh.nav.count())]
    assert nav == ["Llyfrgell", "Paratoi", "Bwrdd", "Agenda", "Pleidleisio", "Camau gweithredu",
                   "Pob cam gweithredu"]  # fmt: skip
    # Every page name fits its side bar (Welsh names are longer than English ones).
    widest = max(welsh.nav.visualItemRect(welsh.nav.item(n)).right() for n in range(7))
    assert widest <= welsh.nav.viewport().width()
    seen: list[str] = []
    for n in range(7):
        welsh.show_page(n)
        page = welsh.pages[n][0]
        qtbot.waitUntil(lambda page=page: welsh.current_page() is page and page.isVisible())
        seen += texts_of(welsh)
    assert not leftovers(seen)
    expected = {
        "Gweithdai",  # library
        "&Manylion", "Iaith y cofnodion",  # set-up
        "44 syniad · 5 thema · 2 heb thema",  # board
        "Nodiadau ar gyfer y cofnodion",  # agenda
        "Rownd &newydd", "Llais cyfartal hyd yma",  # voting
        "Camau gweithredu y cytunwyd arnyn nhw", "Erbyn",  # actions
        "Camau gweithredu ar draws gweithdai", "Unrhyw statws",  # all actions
    }  # fmt: skip
    assert expected <= set(seen), expected - set(seen)
    # Dates use Welsh month names.
    assert any(re.fullmatch(r"\d+ (Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag) \d{4}", t)
               for t in texts_of(welsh.library_page)) or any(
        re.search(r"(Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)", t)
        for t in seen
    )  # fmt: skip


def test_voting_in_welsh_from_set_up_to_the_ballot(qtbot: QtBot, welsh: MainWindow) -> None:
    db, wid = welsh.controller.db, welsh.controller.workshop_id
    draft = welsh.controller.call(
        voting.create_round, wid, "Pa syniad yn gyntaf?", dots_per_voter=3
    )
    assert draft is not None
    welsh.show_page(4)
    welsh.voting_page._select(draft.id)
    welsh.voting_page.refresh()
    form = texts_of(welsh.voting_page)
    assert "Wrthi'n cael ei threfnu: does neb yn gallu pleidleisio eto." in form
    assert any(t.startswith("Bydd 44 syniad ar y papur pleidleisio") for t in form)
    welsh.controller.call(voting.open_round, draft.id)
    welsh.voting_page._select(draft.id)
    welsh.voting_page.refresh()
    watch = texts_of(welsh.voting_page)
    assert any(t.startswith("Mae'r bleidlais ar agor: 44 syniad, 3 dot yr un") for t in watch)
    assert not leftovers(form + watch)
    # A refusal from the services reaches the message bar in Welsh.
    voter = next(p for p in people.list_participants(db, wid) if p.attended)
    voting.cast_ballot(db, draft.id, voter.id, {})
    welsh.controller.call(voting.cast_ballot, draft.id, voter.id, {})
    assert welsh.message.label.text() == (
        f"Mae {voter.name} wedi pleidleisio yn y rownd hon yn barod."
    )
    with pytest.raises(VotingError, match="has already voted"):  # English for the CLI
        voting.cast_ballot(db, draft.id, voter.id, {})


def test_the_shared_screen_is_in_welsh(qtbot: QtBot, welsh: MainWindow) -> None:
    shared = welsh.shared_screen
    assert shared is not None
    window = shared.window
    seen: dict[str, list[str]] = {}
    for mode in ("stage", "board", "results", "actions", "blank"):
        shared.set_mode(mode)  # shown: the views fill in only when on screen
        qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible())
        seen[mode] = texts_of(window)
    db, wid = welsh.controller.db, welsh.controller.workshop_id
    with welsh.controller.recording():
        open_round = voting.create_round(db, wid, "Pa syniad yn gyntaf?", dots_per_voter=3,
                                         max_dots_per_item=2)  # fmt: skip
        voting.open_round(db, open_round.id)
    shared.set_mode("voting")
    shared.show_voting(open_round.id)
    qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible())
    seen["voting"] = texts_of(window)
    shared.hide()  # the laptop turned to the voter: the kiosk opens there, no warning
    assert shared.kiosk.open(open_round.id, full_screen=False)
    kiosk_window = shared.kiosk.window
    qtbot.waitUntil(kiosk_window.isVisible)
    seen["names"] = texts_of(kiosk_window)
    voter = next(p for p in people.list_participants(db, wid) if p.attended)
    assert shared.start_ballot(voter.id, open_round.id)
    qtbot.waitUntil(lambda: any(voter.name in t for t in texts_of(kiosk_window)))
    seen["ballot"] = texts_of(kiosk_window)
    shared.kiosk.view.ask_to_confirm()
    seen["confirm"] = texts_of(kiosk_window)
    shared.kiosk.close()
    everything = [t for texts in seen.values() for t in texts]
    assert not leftovers(everything)
    assert "Beth wnaethon ni ei gytuno" in seen["actions"]
    assert any("Wedi'u cyfrif o ddotiau sticer" in t for t in seen["results"])
    assert any(t.startswith("Cyffyrddwch â'ch enw i bleidleisio.") for t in seen["names"])
    assert f"{voter.name}, gosodwch eich dotiau" in seen["ballot"]
    assert "Bwrw fy mhleidlais ✓" in seen["ballot"]
    assert f"{voter.name}, bwrw eich pleidlais?" in seen["confirm"]
    assert "Pleidleisiwch yn y ciosg pleidleisio" in seen["voting"]


def test_standard_buttons_and_text_menus_are_in_welsh(
    qapp: QApplication, welsh: MainWindow
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
    )
    assert {b.text() for b in box.buttons()} == {"Iawn", "Canslo", "Cadw", "Cau"}
    message = QMessageBox(QMessageBox.Icon.Question, "", "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)  # fmt: skip
    assert {b.text() for b in message.buttons()} == {"&Ie", "&Na"}
    line = QLineEdit()
    menu = line.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if isinstance(a, QAction)]
    assert {"&Dadwneud", "&Copïo", "&Gludo", "Dewis y cyfan"} <= set(texts)
    menu.deleteLater()
    welsh.controller.undo_stack.clear()
    assert welsh.act_undo.text() == "&Dadwneud"


def test_a_file_that_is_not_a_library_is_explained_in_welsh(
    welsh: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coprod_desktop.ui.dialogs import ask

    bad = tmp_path / "nodiadau {1}.txt"
    bad.write_text("Nid cronfa ddata mo hon.", encoding="utf-8")
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "warn", lambda _parent, title, text: warned.append((title, text)))
    assert not welsh.open_library(bad)
    assert warned == [
        (
            "Does dim modd agor y llyfrgell",
            "Dyw nodiadau {1}.txt ddim yn llyfrgell gweithdai (dyw hi ddim yn ffeil cronfa ddata).",
        )
    ]


def test_refusals_with_slotted_words_read_in_welsh(welsh: MainWindow) -> None:
    from coprod_desktop.services import board

    wid = welsh.controller.workshop_id
    welsh.controller.call(board.add_theme, wid, "   ")
    assert welsh.message.label.text() == "Enw'r thema: rhaid ysgrifennu rhywbeth."
    welsh.controller.call(board.update_idea, 987_654, text="x")
    assert welsh.message.label.text() == "Dyw'r syniad ddim yn bodoli bellach."


def test_a_broken_workshop_file_is_explained_in_welsh(
    welsh: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coprod_desktop.ui.dialogs import ask

    bad = tmp_path / "gweithdy.json"
    bad.write_text(
        '{"format": "coprod-workshop", "version": 1, "workshop": {"title": "Caffi"},'
        ' "ideas": [{"id": "i1", "text": "Mwy o de", "theme": "t9"}]}',
        encoding="utf-8",
    )
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "warn", lambda _parent, title, text: warned.append((title, text)))
    before = len(workshops.list_workshops(welsh.controller.db))
    assert welsh.library_page.import_path(bad) == 0
    assert len(workshops.list_workshops(welsh.controller.db)) == before
    [(_title, text)] = warned
    assert '• ideas[0].theme: dim thema "t9"' in text
    assert "no theme" not in text


@pytest.mark.slow  # about 13 s
def test_every_page_fits_a_small_laptop_at_a_large_text_size(
    qtbot: QtBot, welsh: MainWindow
) -> None:
    """Welsh words are longer; at 150 % text on a 1366x768 laptop nothing may push a
    page wider than the window or cut a date short."""
    c = welsh.controller
    c.call(voting.create_round, c.workshop_id, "Pa thema gyntaf?")  # its set-up form shows
    welsh.setWindowState(Qt.WindowState.WindowNoState)
    welsh.resize(1366, 768)
    welsh.scale_text(0.5)
    try:
        for index, (page, label, _key) in enumerate(welsh.pages):
            welsh.show_page(index)
            if page is welsh.voting_page:
                page.list.setCurrentRow(page.list.count() - 1)
                assert page.setup.isVisible()
            viewport = page.parentWidget()  # the page's scroll area: no sideways scrolling

            def fits(
                page: QWidget = page, viewport: QWidget = viewport, label: str = label
            ) -> None:
                assert page.minimumSizeHint().width() <= viewport.width(), label

            qtbot.waitUntil(fits)  # retried while the scaled page lays itself out
        date = welsh.setup_page.details.date
        assert date.fontMetrics().horizontalAdvance(date.text()) + 30 <= date.width()
        welsh.show_page(0)  # the library: the workshop's title keeps its room
        table = welsh.library_page.table
        title = table.model().index(0, 0).data()
        qtbot.waitUntil(
            lambda: table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(title) + 8
        )
    finally:
        welsh.scale_text(0)


@pytest.mark.slow  # about 14 s
def test_dialogs_open_wide_enough_for_large_welsh_text(welsh: MainWindow) -> None:
    from coprod_desktop.ui.dialogs.name_list import NameListDialog
    from coprod_desktop.ui.dialogs.new_workshop import NewWorkshopDialog
    from coprod_desktop.ui.dialogs.people import GroupDialog
    from coprod_desktop.ui.dialogs.stage import StageDialog

    welsh.scale_text(0.5)
    try:
        for dialog in (
            NewWorkshopDialog(welsh),
            StageDialog(welsh, None),
            GroupDialog(welsh, None, "#0072B2"),
            NameListDialog(welsh),
        ):
            name = type(dialog).__name__
            assert dialog.width() >= dialog.minimumSizeHint().width(), name  # no overlaps
            dialog.deleteLater()
    finally:
        welsh.scale_text(0)


def test_the_ballots_buttons_show_their_words_whole_at_a_large_text_size(
    qtbot: QtBot, welsh: MainWindow
) -> None:
    shared = welsh.shared_screen
    assert shared is not None
    db, wid = welsh.controller.db, welsh.controller.workshop_id
    with welsh.controller.recording():
        rd = voting.create_round(db, wid, "Pa thema?", target="themes")
        voting.open_round(db, rd.id)
    try:
        shared.set_text_scale(1.5)
        assert shared.kiosk.open(rd.id, full_screen=False)
        shared.kiosk.window.resize(1280, 720)
        voter = next(p for p in people.list_participants(db, wid) if p.attended)
        assert shared.start_ballot(voter.id, rd.id)
        kiosk = shared.kiosk.view
        buttons = (kiosk.cancel_button, kiosk.next_button, kiosk.cast_button)

        def whole() -> bool:  # each button as wide as its words in its font need
            return all(QPushButton.sizeHint(b).width() <= b.width() for b in buttons)

        qtbot.waitUntil(whole)
        assert kiosk.cast_button.text() == "Bwrw fy mhleidlais ✓"
    finally:
        shared.set_text_scale(1.0)
        shared.kiosk.close()
