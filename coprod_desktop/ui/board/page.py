"""The board page: the idea board and its outline, search, and the capture line.

Every gesture here becomes an undo command (``ui/commands/board.py``); the page redraws
from the controller's signals, so the board, the outline and the shared screen agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services import agenda, board, people
from ...services.errors import NotFoundError
from ...services.palette import NOTE_COLOURS, THEME_COLOURS
from ...services.records import IdeaRecord
from .. import style
from ..buttons import spoken
from ..commands import board as cmd
from ..controller import Controller
from ..flow_layout import flow_row
from ..i18n import ideas_count, themes_count
from .capture_line import CaptureBar
from .context_menu import ContextMenus
from .dots_choice import DotsChoice, DotsChooser, ElidedLabel
from .editor import NoteEditor
from .note_item import NoteItem
from .outline_model import OutlineModel
from .outline_view import OutlineView
from .scene import BoardScene
from .theme_gestures import ThemeGestures
from .view import BoardView

BULK = 40  # more changed ideas than this: read the whole board once instead


class ToolRow(QWidget):
    """The board's tools on one line, wrapping onto a second with large text (or in
    Welsh). Its height follows its width here, not through Qt's height-for-width: that
    would make the page as tall as the board's own size hint, and push the capture line
    below the window's edge."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.flow = flow_row(*widgets)
        self.setLayout(self.flow)

    def hasHeightForWidth(self) -> bool:
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.flow.heightForWidth(self.width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)


class BoardPage(ContextMenus, ThemeGestures, QWidget):
    status = Signal(str)  # a short message for the status bar
    action_made = Signal(int)  # id of an action made from a theme or ideas

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.running_stage: int | None = None
        self.read_only = False  # the library cannot be changed: nothing here can edit
        self._active = True
        self._outline_dirty = True
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene)
        self.editor = NoteEditor(self.view)
        self.outline_model = OutlineModel(self)
        self.outline = OutlineView(self.outline_model)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Board or outline"))
        self.tabs.addTab(self.view, style.icon("board"), self.tr("Board"))
        self.tabs.addTab(self.outline, style.icon("outline"), self.tr("Outline"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.capture = CaptureBar(controller, lambda: self.running_stage)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find on the board (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find ideas"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(320)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self.next_match)
        self.found = QLabel()
        self.found.setProperty("role", "muted")
        self.found.setAccessibleName(self.tr("Search results"))
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.summary.setAccessibleName(self.tr("Board summary"))
        self.dots_choice = DotsChoice.of(controller)
        self.dots_chooser = DotsChooser(self.dots_choice)
        self.dots_caption = ElidedLabel()
        self.dots_caption.setProperty("role", "muted")
        self.dots_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.dots_caption.setAccessibleName(self.tr("Dots shown"))
        self._make_actions()
        self._build()
        self._connect()

    # Layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        # One line on a laptop; with large text (or in Welsh) it wraps rather than
        # pushing the page wider than the window.
        toolbar = ToolRow(
            *(self._tool_button(action, text_too) for action, text_too in (
                (self.act_new_theme, True), (self.act_arrange, True), (self.act_zoom_out, False),
                (self.act_zoom_in, False), (self.act_fit, False),
            )),
            self.dots_chooser, self.search, self.found,
        )  # fmt: skip
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 4, 0)
        corner_row.setSpacing(18)
        corner_row.addWidget(self.dots_caption, 1)
        corner_row.addWidget(self.summary)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(toolbar)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self.capture)
        self.capture.captured.connect(self._show_captured)
        layout.addLayout(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_caption()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "dots_caption"):
            self._fit_caption()

    def _fit_caption(self) -> None:
        """The dots caption shares the tabs' row: it gives way (ending in "…", or going
        altogether with very large text) so the Board and Outline tabs stay whole."""
        room = (
            self.tabs.width()
            - self.tabs.tabBar().sizeHint().width()
            - self.summary.sizeHint().width()
            - 48
        )
        self.dots_caption.setMaximumWidth(max(room, 0))
        self.dots_caption.setVisible(room >= self.dots_caption.minimumSizeHint().width())

    def _tool_button(self, action: QAction, text_too: bool) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAccessibleName(spoken(action.text()))
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if text_too
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = action.text().replace("&", "")
        button.setToolTip(f"{tip} ({keys})" if keys else tip)
        return button

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | Sequence[str] = (),
        icon: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(style.icon(icon))
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        else:
            keys = [shortcut] if isinstance(shortcut, (str, QKeySequence)) else list(shortcut)
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.act_capture = a(self.tr("&Capture an idea"), self.capture.focus_line, "Ctrl+L")
        self.act_edit = a(self.tr("&Edit idea"), self.edit_selected, "F2", "edit")
        self.act_delete = a(
            self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete, "delete"
        )
        self.act_merge = a(self.tr("&Merge ideas"), self.merge_selected, "Ctrl+M", "merge")
        self.act_select_all = a(
            self.tr("Select &all ideas"), self.select_all, QKeySequence.StandardKey.SelectAll
        )
        self.colour_menu = QMenu(self.tr("Note &colour"), self)
        self.colour_menu.setIcon(style.icon("colour"))
        for code, name in NOTE_COLOURS:
            action = self.colour_menu.addAction(QCoreApplication.translate("palette", name))
            action.triggered.connect(lambda _=False, c=code: self.colour_selected(c))
        self.theme_menu = QMenu(self.tr("Move to &theme"), self)
        self.theme_menu.setIcon(style.icon("theme"))
        self.theme_menu.aboutToShow.connect(self._fill_theme_menu)
        self.act_theme_up = a(
            self.tr("Move to previous theme"), lambda: self.move_to_neighbour(-1), "Alt+Up"
        )
        self.act_theme_down = a(
            self.tr("Move to next theme"), lambda: self.move_to_neighbour(1), "Alt+Down"
        )
        self.act_new_theme = a(self.tr("&New theme…"), self.new_theme, "Ctrl+Shift+T", "add")
        self.act_rename_theme = a(self.tr("&Rename theme…"), self.rename_theme, "Ctrl+Shift+R")
        self.act_delete_theme = a(self.tr("Delete t&heme"), self.delete_theme)
        self.theme_colour_menu = QMenu(self.tr("Theme c&olour"), self)
        for code, name in THEME_COLOURS:
            action = self.theme_colour_menu.addAction(QCoreApplication.translate("palette", name))
            action.triggered.connect(lambda _=False, c=code: self.colour_theme(c))
        self.act_arrange = a(self.tr("&Arrange by theme"), self.arrange, "Ctrl+Shift+A", "arrange")
        self.act_zoom_in = a(
            self.tr("Zoom &in"), self.view.zoom_in, ["Ctrl++", "Ctrl+="], "zoom-in"
        )
        self.act_zoom_out = a(self.tr("Zoom &out"), self.view.zoom_out, "Ctrl+-", "zoom-out")
        self.act_fit = a(self.tr("&Fit to window"), self.fit, "Ctrl+0", "fit")
        self.act_find = a(
            self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find, "search"
        )
        self.act_next_match = a(
            self.tr("Find &next"), self.next_match, QKeySequence.StandardKey.FindNext
        )
        self.act_show_board = a(
            self.tr("Show &board"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+Shift+B"
        )
        self.act_show_outline = a(
            self.tr("Show &outline"),
            lambda: self.tabs.setCurrentIndex(1),
            "Ctrl+Shift+O",
            "outline",
        )
        self.act_action_ideas = a(
            self.tr("Ma&ke an action from the selected ideas"),
            lambda: self.make_action_from_ideas(),
            icon="actions",
        )
        self.act_action_theme = a(
            self.tr("Make an action from the theme"),
            lambda: self.make_action_from_theme(),
            icon="actions",
        )
        for action in self.actions():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.menu_items = (
            self.act_edit, self.colour_menu, self.theme_menu, self.act_merge, self.act_delete,
            None, self.act_new_theme, self.act_rename_theme, self.act_arrange,
        )  # fmt: skip

    def populate_menu(self, menu: QMenu) -> None:
        """The main window's Board menu."""
        for item in (
            self.act_capture, None, self.act_edit, self.colour_menu, self.theme_menu,
            self.act_theme_up, self.act_theme_down, self.act_merge, self.act_delete,
            self.act_select_all, None, self.act_new_theme, self.act_rename_theme,
            self.theme_colour_menu, self.act_delete_theme, self.act_arrange, None,
            self.act_action_ideas, self.act_action_theme, None,
            self.act_find, self.act_next_match, self.act_zoom_in, self.act_zoom_out,
            self.act_fit, None, self.act_show_board, self.act_show_outline,
        ):  # fmt: skip
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)

    def set_active(self, active: bool) -> None:
        """Only the page on show answers its shortcuts (in a read-only library, only
        those that look: find, zoom, board and outline)."""
        self._active = active
        looking = {
            self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_find,
            self.act_next_match, self.act_show_board, self.act_show_outline,
            self.act_select_all,
        }  # fmt: skip
        for action in self.actions():
            action.setEnabled(active and (action in looking or not self.read_only))
        editing = active and not self.read_only
        self.colour_menu.setEnabled(editing)
        self.theme_menu.setEnabled(editing)
        self.theme_colour_menu.setEnabled(editing)

    def set_read_only(self, read_only: bool) -> None:
        """A library this program may not write: capturing and editing are off, and
        the capture line says why."""
        self.read_only = read_only
        self.capture.set_read_only(read_only)
        self.set_active(self._active)

    def _connect(self) -> None:
        c = self.controller
        c.workshop_opened.connect(self._workshop_opened)
        c.board_reset.connect(self.reload)
        c.ideas_changed.connect(self._ideas_changed)
        c.ideas_removed.connect(self._ideas_removed)
        c.themes_changed.connect(self._themes_changed)
        c.groups_changed.connect(self._people_changed)
        c.participants_changed.connect(self._people_changed)
        self.dots_choice.changed.connect(self._dots_changed)  # rounds and the choice
        c.stages_changed.connect(self._stages_changed)
        c.stage_started.connect(lambda _id: self._stages_changed())
        self.scene.notes_moved.connect(self._notes_moved)
        self.scene.theme_moved.connect(self._theme_moved)
        self.scene.edit_requested.connect(self._edit_note)
        self.scene.rename_theme_requested.connect(self.rename_theme)
        self.scene.selectionChanged.connect(self._update_summary)
        self.editor.finished.connect(self._edited)
        self.outline_model.edit_requested.connect(self._outline_edit)
        self.outline.move_requested.connect(self.move_to_neighbour)
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._watch_context_menus()
        self.view.edit_requested.connect(self._edit_note)

    # Loading ----------------------------------------------------------------------------

    def _workshop_opened(self, workshop_id: int) -> None:
        self.search.clear()
        self.reload()
        self._stages_changed()
        self.fit()

    def reload(self) -> None:
        """Read the whole board from the library and draw it; the notes that were
        selected stay selected (a theme deleted or a name changed redraws it all)."""
        c = self.controller
        if not c.workshop_id:
            self.scene.clear_board()
            self._outline_dirty = True
            self._refresh_outline()
            self._update_summary()
            return
        db, wid = c.db, c.workshop_id
        themes = board.list_themes(db, wid)
        groups = people.list_groups(db, wid)
        persons = people.list_participants(db, wid)
        dots = self.dots_choice.dots()
        selected = self.scene.selected_ids()
        self.scene.load(themes, board.list_ideas(db, wid), groups, persons, dots.ideas, dots.themes)
        for idea_id in selected:
            if idea_id in self.scene.notes:
                self.scene.notes[idea_id].setSelected(True)
        self.dots_caption.setText(self.dots_choice.caption())
        self.view.grow_scene()
        self.capture.set_people(groups, persons)
        self.capture.set_themes(themes)
        self._mark_outline()
        self._update_summary()

    def _ideas_changed(self, ids: list[int]) -> None:
        if not self.controller.workshop_id:
            return
        db = self.controller.db
        if len(ids) > BULK:
            wanted = set(ids)
            records = [
                i for i in board.list_ideas(db, self.controller.workshop_id) if i.id in wanted
            ]
            gone = wanted - {i.id for i in records}
        else:
            records, gone = [], set()
            for idea_id in ids:
                try:
                    records.append(board.get_idea(db, idea_id))
                except NotFoundError:
                    gone.add(idea_id)
        changed = self.scene.upsert_ideas(records)
        if gone:
            self.scene.remove_ideas(gone)
        self.view.grow_scene(changed)
        self._mark_outline()
        self._update_summary()

    def _ideas_removed(self, ids: list[int]) -> None:
        self.scene.remove_ideas(ids)
        self._mark_outline()
        self._update_summary()

    def _themes_changed(self) -> None:
        if not self.controller.workshop_id:
            return
        themes = board.list_themes(self.controller.db, self.controller.workshop_id)
        self.scene.set_themes(themes)
        self.capture.set_themes(themes)
        self.view.grow_scene(self.scene.themes.values())
        self._mark_outline()
        self._update_summary()

    def _people_changed(self) -> None:
        if not self.controller.workshop_id:
            return
        db, wid = self.controller.db, self.controller.workshop_id
        groups, persons = people.list_groups(db, wid), people.list_participants(db, wid)
        self.scene.set_people(groups, persons)
        self.capture.set_people(groups, persons)
        self._mark_outline()

    def _dots_changed(self) -> None:
        """One closed round's dots (the facilitator's choice), never rounds added up."""
        self.dots_caption.setText(self.dots_choice.caption())
        self._fit_caption()
        if self.controller.workshop_id:
            dots = self.dots_choice.dots()
            self.scene.set_dots(dots.ideas)
            self.scene.set_theme_dots(dots.themes)
            self._mark_outline()

    def _stages_changed(self) -> None:
        self.running_stage = None
        if self.controller.workshop_id:
            for stage in agenda.list_stages(self.controller.db, self.controller.workshop_id):
                if stage.started_at is not None and stage.ended_at is None:
                    self.running_stage = stage.id

    # The outline follows the scene's records (no extra reads) -------------------------

    def _mark_outline(self) -> None:
        self._outline_dirty = True
        if self.tabs.currentWidget() is self.outline:
            QTimer.singleShot(0, self._refresh_outline)

    def _refresh_outline(self) -> None:
        if not self._outline_dirty:
            return
        self._outline_dirty = False
        s = self.scene
        self.outline_model.load(
            [
                t.theme
                for t in sorted(s.themes.values(), key=lambda t: (t.theme.position, t.theme.id))
            ],
            [n.idea for n in s.notes.values()],
            s._groups.values(),
            s._people.values(),
            s._dots,
            s._theme_dots,
        )

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.outline:
            self._refresh_outline()

    def showing_outline(self) -> bool:
        return self.tabs.currentWidget() is self.outline

    # What the actions work on -----------------------------------------------------------

    def selected_idea_ids(self) -> list[int]:
        if self.showing_outline():
            self._refresh_outline()
            return self.outline.selected_idea_ids()
        return self.scene.selected_ids()

    def _ideas(self, ids: Sequence[int]) -> list[IdeaRecord]:
        return [self.scene.notes[i].idea for i in ids if i in self.scene.notes]

    def _current_theme_id(self) -> int | None:
        if self.showing_outline():
            return self.outline.current_theme_id()
        ideas = self._ideas(self.scene.selected_ids())
        return ideas[0].theme_id if ideas else None

    def _theme_name(self, theme_id: int) -> str:
        item = self.scene.themes.get(theme_id)
        return item.theme.name if item else ""

    def _say(self, text: str) -> None:
        self.status.emit(text)

    # Gestures ---------------------------------------------------------------------------

    def _notes_moved(self, before: Mapping[int, cmd.Place], after: Mapping[int, cmd.Place]) -> None:
        command = cmd.PlaceIdeas(self.controller, before, after)
        self.controller.push(command)
        if command.failed:
            for idea_id in after:
                note = self.scene.notes.get(idea_id)
                if note is not None:
                    note.setPos(note.idea.x, note.idea.y)

    def _theme_moved(
        self,
        theme_id: int,
        old: tuple[float, float, float, float],
        new: tuple[float, float, float, float],
        members: Mapping[int, tuple[float, float]],
    ) -> None:
        command = cmd.MoveTheme(self.controller, theme_id, old, new, members)
        self.controller.push(command)
        if command.failed:
            self._themes_changed()
            self._ideas_changed(list(members))

    def edit_selected(self) -> None:
        if self.showing_outline():
            index = self.outline.currentIndex()
            if index.isValid():
                self.outline.edit(index.siblingAtColumn(0))
            return
        ids = self.scene.selected_ids()
        focus = self.scene.focusItem()
        if isinstance(focus, NoteItem) and focus.isSelected():
            ids = [focus.idea_id]
        if ids:
            self._edit_note(ids[0])
        else:
            self._say(self.tr("Select an idea to edit first."))

    def _show_captured(self, idea_id: int) -> None:
        """Scroll the new note into sight: the room should see where it went."""
        note = self.scene.notes.get(idea_id)
        if note is not None and not self.showing_outline():
            self.view.ensureVisible(note, 40, 40)

    def _edit_note(self, idea_id: int) -> None:
        note = self.scene.notes.get(idea_id)
        if note is not None:
            self.view.ensureVisible(note, 20, 20)
            self.editor.edit(note)

    def _edited(self, idea_id: int, text: str) -> None:
        self.controller.push(cmd.EditIdea(self.controller, idea_id, text=text))

    def _outline_edit(self, kind: str, item_id: int, text: str) -> None:
        if kind == "idea":
            self.controller.push(cmd.EditIdea(self.controller, item_id, text=text))
        else:
            self.controller.push(cmd.UpdateTheme(self.controller, item_id, name=text))

    def delete_selected(self) -> None:
        ids = self.selected_idea_ids()
        if not ids and self.showing_outline():
            theme_id = self.outline.current_theme_id()
            if theme_id is not None and self.outline.currentIndex().parent().isValid() is False:
                self.delete_theme()
            return
        if not ids:
            self._say(self.tr("Select the ideas to delete first."))
            return
        self.controller.push(cmd.DeleteIdeas(self.controller, ids))
        self._say(self.tr("Deleted. Ctrl+Z brings it back."))

    def merge_selected(self) -> None:
        ideas = sorted(self._ideas(self.selected_idea_ids()), key=lambda i: (i.created_at, i.id))
        if len(ideas) < 2:
            self._say(self.tr("Select two or more ideas to merge."))
            return
        keep = ideas[0]
        self.controller.push(cmd.MergeIdeas(self.controller, keep.id, [i.id for i in ideas[1:]]))
        if self.showing_outline():
            self._refresh_outline()
            self.outline.select_idea(keep.id)
        elif keep.id in self.scene.notes:
            self.scene.clearSelection()
            self.scene.notes[keep.id].setSelected(True)

    def select_all(self) -> None:
        if self.showing_outline():
            self.outline.selectAll()
            return
        for note in self.scene.notes.values():
            note.setSelected(True)

    def colour_selected(self, colour: str) -> None:
        ids = self.selected_idea_ids()
        if not ids:
            self._say(self.tr("Select the ideas to colour first."))
            return
        stack = self.controller.undo_stack
        stack.beginMacro(self.tr("Change colour"))
        for idea_id in ids:
            self.controller.push(cmd.EditIdea(self.controller, idea_id, colour=colour))
        stack.endMacro()

    def arrange(self) -> None:
        if self.controller.workshop_id:
            self.controller.push(cmd.ArrangeByTheme(self.controller))
            self.fit()

    def fit(self) -> None:
        self.view.fit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search(self, text: str) -> None:
        count = self.scene.search(text)
        if not text.strip():
            self.found.setText("")
        else:
            self.found.setText(self.tr("%n match(es)", "", count))

    def next_match(self) -> None:
        matches = sorted(self.scene.matching_notes(), key=lambda n: (n.pos().x(), n.pos().y()))
        if not matches:
            return
        selected = set(self.scene.selected_ids())
        index = next((i for i, n in enumerate(matches) if n.idea_id in selected), -1)
        note = matches[(index + 1) % len(matches)]
        self.scene.clearSelection()
        note.setSelected(True)
        self.view.centerOn(note)
        if self.showing_outline():
            self._refresh_outline()
            self.outline.select_idea(note.idea_id)

    def _update_summary(self) -> None:
        ideas = len(self.scene.notes)
        themes = len(self.scene.themes)
        unsorted = sum(1 for n in self.scene.notes.values() if n.idea.theme_id is None)
        selected = len(self.scene.selected_ids())
        text = self.tr("{ideas} · {themes} · {unsorted} without a theme").format(
            ideas=ideas_count(ideas), themes=themes_count(themes), unsorted=unsorted
        )
        if selected:
            text += self.tr(" · {n} selected").format(n=selected)
        self.summary.setText(text)
        self._fit_caption()

    def apply_colours(self) -> None:
        self.scene.apply_colours()
        self.view.viewport().update()
