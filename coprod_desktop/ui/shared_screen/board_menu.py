"""The board's entries in the facilitator's "Shared screen" menu: keys for the previous
and next page, and "Spotlight theme ▸", which puts one theme alone on the room's screen
(as Miro and MURAL present a frame) or the whole board again."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from .board_view import WHOLE_BOARD, BoardView

# Alt with Page Up / Page Down: plain Page keys belong to the lists and text boxes of the
# facilitator's window (a window shortcut on them fired even in a list with the focus).
PREVIOUS_PAGE_KEYS = ("Alt+PgUp",)
NEXT_PAGE_KEYS = ("Alt+PgDown",)


class _Window(Protocol):
    board: BoardView


class SharedScreenLike(Protocol):
    @property
    def window(self) -> _Window: ...

    def set_mode(self, mode: str, *, show: bool = True) -> None: ...


def set_page_keys(previous: QAction, following: QAction) -> None:
    previous.setShortcuts([QKeySequence(k) for k in PREVIOUS_PAGE_KEYS])
    following.setShortcuts([QKeySequence(k) for k in NEXT_PAGE_KEYS])


def add_spotlight_menu(menu: QMenu, screen: SharedScreenLike) -> QMenu:
    """The "Spotlight theme" submenu, its themes read each time it opens."""
    submenu = menu.addMenu(QCoreApplication.translate("BoardMenu", "Spotlight th&eme"))
    submenu.setObjectName("spotlightMenu")
    submenu.aboutToShow.connect(lambda: fill_spotlight_menu(submenu, screen))
    submenu.menuAction().setStatusTip(
        QCoreApplication.translate("BoardMenu", "Show one theme alone on the shared screen")
    )
    return submenu


def fill_spotlight_menu(menu: QMenu, screen: SharedScreenLike) -> None:
    menu.clear()
    board = screen.window.board
    group = QActionGroup(menu)
    choices = [(WHOLE_BOARD, QCoreApplication.translate("BoardMenu", "&Whole board"))]
    choices += [(key, name.replace("&", "&&")) for key, name in board.spotlight_choices()]
    for index, (key, label) in enumerate(choices):
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(board.spotlight == key)
        action.setData(key)
        group.addAction(action)
        if index == 0:
            menu.addSeparator()
        action.triggered.connect(lambda _on=False, k=key: spotlight(screen, k))


def spotlight(screen: SharedScreenLike, key: int) -> None:
    """Put this theme (or, with ``WHOLE_BOARD``, every theme) on the shared screen."""
    screen.window.board.set_spotlight(key)
    screen.set_mode("board")
