"""File → Merge tables' files…: what will be merged, refusals in plain words, the Merge
button, and the plenary opening on the board with each note's table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from merge_tables import TABLES, build_tables
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from coprod_desktop.db.library import open_library
from coprod_desktop.services import workshops
from coprod_desktop.ui.dialogs import merge_tables
from coprod_desktop.ui.dialogs.merge_tables import MergeTablesDialog


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    source = open_library(tmp_path / "tables.db", create=True)
    try:
        return build_tables(source, tmp_path).paths
    finally:
        source.close()


def _rows(dialog: MergeTablesDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _merge_button(dialog: MergeTablesDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_shows_each_table_and_the_plenary(qtbot, files):
    dialog = MergeTablesDialog(files)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [
        ["Bus routes", "table1.json", "3", "4", "1", "1", "1"],
        ["Day centre", "table2.json", "2", "2", "2", "1", "1"],
        ["Library hours", "table3.json", "2", "3", "1", "1", "1"],
        ["The plenary", "", "7", "7", "4", "3", "3"],  # Aled and Dai counted once
    ]
    assert dialog.problems.isHidden()
    assert not _merge_button(dialog).isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title, "Plenary")
    assert _merge_button(dialog).isEnabled()
    assert dialog.plan().document["workshop"]["title"] == "Plenary"


def test_a_bad_file_is_named_and_nothing_can_be_merged(qtbot, files):
    files[1].write_text('{"format": "coprod-workshop", "version": 9}', encoding="utf-8")
    dialog = MergeTablesDialog(files)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Plenary")
    assert not dialog.problems.isHidden()
    assert "table2.json: version: the file was made by a newer version" in dialog.problems.text()
    assert "nothing will be changed" in dialog.problems.text()
    assert not _merge_button(dialog).isEnabled()
    # Removing the bad file from the keyboard lets the other two be merged.
    dialog.table.setFocus()
    dialog.table.setCurrentCell(1, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [row[1] for row in _rows(dialog)] == ["table1.json", "table3.json", ""]
    assert _merge_button(dialog).isEnabled()


def test_adding_files_keeps_the_ones_chosen(qtbot, files, asked):
    dialog = MergeTablesDialog(files[:1])
    qtbot.addWidget(dialog)
    assert "two tables or more" in dialog.problems.text()
    asked.answer("open_files", files[1:] + files[:1])  # a file chosen again is not doubled
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in _rows(dialog)] == [*TABLES, "The plenary"]


def test_merging_from_the_file_menu_opens_the_plenary(qtbot, qapp, tmp_path, files, monkeypatch):
    from coprod_desktop.ui.startup import start

    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None
    qtbot.addWidget(win)
    monkeypatch.setattr(merge_tables.ask, "open_files", lambda *a: list(files))

    def answer(dialog: MergeTablesDialog) -> int:
        dialog.title.setText("Plenary: what next?")
        dialog.grab().save(str(tmp_path / "merge_dialog.png"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MergeTablesDialog, "exec", answer)
    try:
        win.act_merge.trigger()
        workshop_id = win.controller.workshop_id
        assert workshop_id
        data = workshops.load_workshop(win.controller.db, workshop_id)
        assert data.workshop.title == "Plenary: what next?"
        notes = win.board_page.scene.notes
        assert sorted({n.idea.table_name for n in notes.values()}) == list(TABLES)
        assert "Bus routes" in notes[data.ideas[0].id].toolTip()
        # Tables ask the same question: the dots chooser says which table's round it is.
        combo = win.board_page.dots_chooser.combo
        labels = [combo.itemText(n) for n in range(combo.count())]
        assert "Round 1, Bus routes: Which first?" in labels
        assert "Round 4, Library hours: Which first?" in labels
        # The outline (the board for screen readers) says each idea's table.
        win.board_page.tabs.setCurrentWidget(win.board_page.outline)
        model = win.board_page.outline_model
        qtbot.waitUntil(lambda: model.rowCount() > 0)
        spoken = []
        for row in range(model.rowCount()):
            theme = model.index(row, 0)
            for child in range(model.rowCount(theme)):
                spoken.append(model.index(child, 0, theme).data(Qt.ItemDataRole.AccessibleTextRole))
        assert len(spoken) == 7
        assert any(
            t.startswith("Later buses, from Residents · Aled, table: Bus routes") for t in spoken
        )
        win.board_page.grab().save(str(tmp_path / "board.png"))
    finally:
        win.close()
        win.controller.close_library()


def test_a_refusal_when_merging_writes_nothing(qtbot, qapp, tmp_path, files, monkeypatch, asked):
    from coprod_desktop.ui.startup import start

    win = start(qapp, tmp_path / "library.db", explicit=False)
    assert win is not None
    qtbot.addWidget(win)
    asked.answer("open_files", list(files))

    def answer(dialog: MergeTablesDialog) -> int:
        dialog.title.setText("Plenary")
        files[0].write_text("[]", encoding="utf-8")  # changed after it was checked
        dialog.title.setText("Bad\x01title")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MergeTablesDialog, "exec", answer)
    try:
        win.act_merge.trigger()
        assert workshops.list_workshops(win.controller.db) == []
        (message,) = asked.messages("warn")
        assert "workshop.title" in message and "control character" in message
    finally:
        win.close()
        win.controller.close_library()


def test_the_shared_screen_names_each_notes_table(qtbot, db, files, tmp_path):
    from PySide6.QtCore import QSize

    from coprod_desktop.exports.workshop_merge import merge_workshop_files
    from coprod_desktop.ui.controller import Controller
    from coprod_desktop.ui.shared_screen.manager import SharedScreen

    plenary = merge_workshop_files(db, files, "Plenary")
    controller = Controller()
    controller.set_library(db)
    controller.open_workshop(plenary.id)
    shared = SharedScreen(controller)
    try:
        shared.show()
        shared.window.resize(1280, 720)
        shared.set_mode("board")
        view = shared.window.board
        qtbot.waitUntil(
            lambda: shared.window.size() == QSize(1280, 720) and view.current_page() is not None
        )
        page = view.current_page()
        assert page is not None
        placed = [n for section in page.sections for n in section.notes]
        assert sorted({n.table for n in placed}) == list(TABLES)
        for note in placed:
            tag = note.table_rect
            assert tag is not None and note.rect.contains(tag)
            assert tag.bottom() <= note.text_rect.top()  # above the text, never over it
            assert note.rect.contains(note.text_rect)
        shared.window.grab().save(str(tmp_path / "shared_board.png"))
    finally:
        shared.close()
        controller.close_library()
