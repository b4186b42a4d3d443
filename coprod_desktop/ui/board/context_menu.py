"""The board's and the outline's context menu, and "Make an action" from the board.

The menu opens where the gesture points: at the pointer for the right button, at the
focused note or outline row for the Menu key or Shift+F10, so it is as usable from the
keyboard as with a mouse. Over a theme it offers to make an action answering that theme.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

from ...text import shorten
from .. import style
from ..actions import make_action_from
from .note_item import NoteItem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import SignalInstance

    from ...services.records import IdeaRecord
    from ..controller import Controller
    from .outline_view import OutlineView
    from .scene import BoardScene
    from .view import BoardView

    _Widget = QWidget  # what the mixin is mixed into, for the type checker
else:
    _Widget = object

TITLE_LIMIT = 200  # an action made from a long idea takes its opening words


def popup(menu: QMenu, point: QPoint) -> None:
    """Run the menu at ``point`` (on the screen); tests replace this."""
    menu.exec(point)


class ContextMenus(_Widget):
    """Mixed into BoardPage (before QWidget), which provides what is declared here and
    ``tr``; the stubs below are overridden there or in ThemeGestures."""

    controller: Controller
    scene: BoardScene
    view: BoardView
    outline: OutlineView
    action_made: SignalInstance
    menu_items: Sequence[QAction | QMenu | None]
    _by_keyboard = False

    def selected_idea_ids(self) -> list[int]:
        raise NotImplementedError

    def _ideas(self, ids: Sequence[int]) -> list[IdeaRecord]:
        raise NotImplementedError

    def _current_theme_id(self) -> int | None:
        raise NotImplementedError

    def _theme_name(self, theme_id: int) -> str:
        raise NotImplementedError

    def _say(self, text: str) -> None:
        raise NotImplementedError

    # Opening the menu ----------------------------------------------------------------

    def _watch_context_menus(self) -> None:
        for widget in (self.view, self.outline):
            widget.viewport().installEventFilter(self)
        self.view.customContextMenuRequested.connect(
            lambda pos: self._show_context_menu(self.view, pos)
        )
        self.outline.customContextMenuRequested.connect(
            lambda pos: self._show_context_menu(self.outline, pos)
        )
        # The Menu key and Shift+F10 everywhere (not every platform turns them into a
        # context-menu event), opening at the focused note or row.
        for widget in (self.view, self.outline):
            keys = QAction(widget)
            keys.setShortcuts([QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")])
            keys.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys.triggered.connect(lambda _=False, w=widget: self._menu_from_keyboard(w))
            widget.addAction(keys)

    def _menu_from_keyboard(self, widget: QAbstractScrollArea) -> None:
        self._by_keyboard = True
        self._show_context_menu(widget, QPoint())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._by_keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        return super().eventFilter(watched, event)

    def menu_place(self, widget: QAbstractScrollArea, pos: QPoint) -> tuple[QPoint, int | None]:
        """Where the menu opens (in the viewport) and the theme it is about, if any."""
        if widget is self.outline:
            index = self.outline.currentIndex()
            if self._by_keyboard and index.isValid():
                pos = self.outline.visualRect(index).center()
                return pos, self.outline.current_theme_id()
            branch = self.outline.outline.branch_at(self.outline.indexAt(pos))
            theme = branch.theme.id if branch is not None and branch.theme else None
            return pos, theme
        if self._by_keyboard:
            focus = self.scene.focusItem()
            notes = [focus] if isinstance(focus, NoteItem) else []
            notes += [n for n in self.scene.selectedItems() if isinstance(n, NoteItem)]
            if not notes:
                return self.view.viewport().rect().center(), None
            return self.view.mapFromScene(notes[0].center()), notes[0].idea.theme_id
        return pos, self.scene.theme_at(self.view.mapToScene(pos))

    def _show_context_menu(self, widget: QAbstractScrollArea, pos: QPoint) -> None:
        place, theme_id = self.menu_place(widget, pos)
        self._by_keyboard = False
        menu = self.context_menu(theme_id)
        popup(menu, widget.viewport().mapToGlobal(place))

    def context_menu(self, theme_id: int | None = None) -> QMenu:
        """The menu's entries; ``theme_id`` is the theme it was opened over."""
        menu = QMenu(self)
        for item in self.menu_items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
        menu.addSeparator()
        ideas = menu.addAction(
            style.icon("actions"), self.tr("Make an action from the selected ideas")
        )
        ideas.triggered.connect(lambda: self.make_action_from_ideas())
        ideas.setEnabled(bool(self.selected_idea_ids()))
        if theme_id is not None:
            theme = menu.addAction(
                style.icon("actions"),
                self.tr("Make an action from the theme “{name}”").format(
                    name=self._theme_name(theme_id)
                ),
            )
            theme.triggered.connect(lambda: self.make_action_from_theme(theme_id))
        return menu

    # Making actions -----------------------------------------------------------------

    def make_action_from_theme(self, theme_id: int | None = None) -> int | None:
        """An action answering a theme (the one given, else the current one), named
        after it: the room then says who does what about it."""
        theme_id = theme_id or self._current_theme_id()
        if theme_id is None:
            self._say(self.tr("Select a theme, or an idea in it, first."))
            return None
        action_id = make_action_from(
            self.controller, self._theme_name(theme_id), theme_ids=(theme_id,)
        )
        if action_id:
            self.action_made.emit(action_id)
        return action_id

    def make_action_from_ideas(self) -> int | None:
        """An action answering the selected ideas, titled with the first of them."""
        ideas = sorted(self._ideas(self.selected_idea_ids()), key=lambda i: (i.created_at, i.id))
        if not ideas:
            self._say(self.tr("Select the ideas the action answers first."))
            return None
        title = shorten(ideas[0].text, TITLE_LIMIT)
        action_id = make_action_from(self.controller, title, idea_ids=[i.id for i in ideas])
        if action_id:
            self.action_made.emit(action_id)
        return action_id
