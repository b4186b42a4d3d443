"""Theme gestures of the board page (file ideas under a theme, the neighbouring theme,
new, rename, recolour, delete), shared by the board and the outline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from ..commands import board as cmd
from ..dialogs import ask

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ...services.records import IdeaRecord
    from ..controller import Controller
    from .outline_view import OutlineView
    from .scene import BoardScene

    _Widget = QWidget  # what the mixin is mixed into, for the type checker
else:
    _Widget = object


class ThemeGestures(_Widget):
    """Mixed into BoardPage (before QWidget), which provides what is declared here and
    ``tr``; the stubs below are overridden there."""

    controller: Controller
    scene: BoardScene
    outline: OutlineView
    theme_menu: QMenu

    def selected_idea_ids(self) -> list[int]:
        raise NotImplementedError

    def showing_outline(self) -> bool:
        raise NotImplementedError

    def _ideas(self, ids: Sequence[int]) -> list[IdeaRecord]:
        raise NotImplementedError

    def _current_theme_id(self) -> int | None:
        raise NotImplementedError

    def _theme_name(self, theme_id: int) -> str:
        raise NotImplementedError

    def _refresh_outline(self) -> None:
        raise NotImplementedError

    def _say(self, text: str) -> None:
        raise NotImplementedError

    def _fill_theme_menu(self) -> None:
        self.theme_menu.clear()
        themes = sorted(self.scene.themes.values(), key=lambda t: (t.theme.position, t.theme.id))
        for item in themes:
            action = self.theme_menu.addAction(item.theme.name)
            action.triggered.connect(lambda _=False, t=item.theme.id: self.move_to_theme(t))
        if themes:
            self.theme_menu.addSeparator()
        self.theme_menu.addAction(self.tr("No theme"), lambda: self.move_to_theme(None))
        self.theme_menu.addAction(self.tr("New theme…"), self._move_to_new_theme)

    def move_to_theme(self, theme_id: int | None) -> None:
        ids = self.selected_idea_ids()
        if not ids:
            self._say(self.tr("Select the ideas to move first."))
            return
        name = self._theme_name(theme_id) if theme_id is not None else ""
        self.controller.push(cmd.FileIdeas(self.controller, ids, theme_id, name))
        if self.showing_outline():
            self._refresh_outline()
            self.outline.select_idea(ids[0])

    def _move_to_new_theme(self) -> None:
        ids = self.selected_idea_ids()
        name = ask.ask_text(self, self.tr("New theme"), self.tr("Name of the new theme:"))
        if not name or not ids:
            return
        stack = self.controller.undo_stack
        stack.beginMacro(self.tr('Move to new theme "{name}"').format(name=name))
        add = cmd.AddTheme(self.controller, name)
        self.controller.push(add)
        if not add.failed:
            self.controller.push(cmd.FileIdeas(self.controller, ids, add.theme_id, name))
        stack.endMacro()

    def move_to_neighbour(self, step: int) -> None:
        """Alt+Up / Alt+Down: the selected ideas go to the previous or next theme (the
        unsorted ideas count as the last branch)."""
        ideas = self._ideas(self.selected_idea_ids())
        if not ideas:
            return
        order: list[int | None] = [
            t.theme.id
            for t in sorted(
                self.scene.themes.values(), key=lambda t: (t.theme.position, t.theme.id)
            )
        ]
        order.append(None)
        here = order.index(ideas[0].theme_id) if ideas[0].theme_id in order else len(order) - 1
        target = here + step
        if not 0 <= target < len(order):
            return
        self.move_to_theme(order[target])

    def new_theme(self) -> None:
        if not self.controller.workshop_id:
            return
        name = ask.ask_text(self, self.tr("New theme"), self.tr("Name of the new theme:"))
        if name and name.strip():
            self.controller.push(cmd.AddTheme(self.controller, name.strip()))

    def rename_theme(self, theme_id: int | None = None) -> None:
        theme_id = theme_id or self._current_theme_id()
        if theme_id is None:
            self._say(self.tr("Select a theme, or an idea in it, first."))
            return
        old = self._theme_name(theme_id)
        name = ask.ask_text(self, self.tr("Rename theme"), self.tr("New name for the theme:"), old)
        if name and name.strip() and name.strip() != old:
            self.controller.push(cmd.UpdateTheme(self.controller, theme_id, name=name.strip()))

    def colour_theme(self, colour: str) -> None:
        theme_id = self._current_theme_id()
        if theme_id is None:
            self._say(self.tr("Select a theme, or an idea in it, first."))
            return
        self.controller.push(cmd.UpdateTheme(self.controller, theme_id, colour=colour))

    def delete_theme(self) -> None:
        theme_id = self._current_theme_id()
        if theme_id is None:
            self._say(self.tr("Select a theme, or an idea in it, first."))
            return
        self.controller.push(cmd.DeleteTheme(self.controller, theme_id, self._theme_name(theme_id)))
        self._say(self.tr("Theme deleted; its ideas stay on the board. Ctrl+Z brings it back."))
