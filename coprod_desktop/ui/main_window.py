"""The facilitator's window: pages down the side (Ctrl+1..6), menus that show every
shortcut, a message bar for refused actions, and what is remembered between runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..db.errors import LibraryError
from ..db.location import is_server
from ..messages import QT_TRANSLATE_NOOP
from ..services.errors import DomainError
from ..text import shorten
from . import style
from .controller import Controller
from .dialogs import ask
from .flow_layout import scrolling
from .i18n import app_title, error_text
from .language_menu import LanguageMenu
from .library import settings

if TYPE_CHECKING:
    from ..services.records import WorkshopSummary
    from .shared_screen.manager import SharedScreen

LIBRARY_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Workshop libraries (*.db *.coprod.db);;All files (*)"
)


class PageList(QListWidget):
    """The pages down the side, as wide as the longest page name (Welsh names are
    longer, and so is large text), never with a scroll bar across."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 20  # the list's padding
        return QSize(max(176, width), super().sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()


class MessageBar(QFrame):
    """A refused action explained in plain words, until dismissed or replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Message"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class ReadOnlyBanner(QFrame):
    """Across the window while the open library cannot be changed: said in words (not
    colour alone), with the way to work on a copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Read-only library"))
        self.title = QLabel(self.tr("Read-only library"))
        self.title.setProperty("role", "subheading")
        self.title.setAccessibleName(self.tr("Read-only library"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Open another library…"))
        self.open_button.setAccessibleName(self.tr("Open another library"))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_for(self, name: str) -> None:
        self.label.setText(
            self.tr(
                "{name} is read-only: you can look and export, but not change anything. "
                "To work in it, copy it to a folder you can write to, then open the copy "
                "(File → Open library…)."
            ).format(name=name)
        )
        self.label.setAccessibleName(self.label.text())
        self.show()


class MainWindow(QMainWindow):
    """Built in two steps so it can be on screen at once: the frame (navigation, menus,
    "Opening the library…") needs only Qt; ``build_pages`` then brings in the pages and
    the data layer behind them, once a library is open."""

    painted = Signal()  # the first time the window is drawn on screen
    listed = Signal()  # start-up: the library's workshops are on screen (not yet usable)
    ready = Signal()  # start-up done: library open, pages up, last workshop reopened

    def __init__(self, controller: Controller) -> None:
        super().__init__()
        self.controller = controller
        self.built = False
        self._painted = False
        self.shared_screen: SharedScreen | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(app_title())
        self.pages: list[tuple[QWidget, str, str]] = []
        self.page_names = [
            (self.tr("Library"), "library"),
            (self.tr("Set-up"), "setup"),
            (self.tr("Board"), "board"),
            (self.tr("Agenda"), "agenda"),
            (self.tr("Voting"), "voting"),
            (self.tr("Actions"), "actions"),
            (self.tr("All actions"), "register"),  # every workshop's: needs none open
        ]
        self.stack = QStackedWidget()
        opening = QLabel(self.tr("Opening the library…"))
        opening.setProperty("role", "subheading")
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        opening.setAccessibleName(self.tr("Opening the library"))
        self.opening: QWidget = opening
        self.stack.addWidget(self.opening)
        self.nav = PageList()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        for n, (label, icon_name) in enumerate(self.page_names, start=1):
            item = QListWidgetItem(style.icon(icon_name), label)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=label, n=n))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.nav.addItem(item)
        self.message = MessageBar()
        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.open_button.clicked.connect(self.choose_library)
        self.workshop_label = QLabel()
        self.workshop_label.setProperty("role", "subheading")
        self.workshop_label.setAccessibleName(self.tr("Open workshop"))
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(16, 10, 16, 0)
        title_row.addWidget(self.workshop_label)
        body.addLayout(title_row)
        body.addWidget(self.read_only_banner)
        body.addWidget(self.message)
        body.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addLayout(body, 1)
        self.setCentralWidget(central)
        self.nav.installEventFilter(self)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._make_menus()
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        state = settings.window_state()
        if state is not None:
            self.restoreState(state)

    def _fit_to_screen(self) -> None:
        """A comfortable first size; on a small laptop screen (1366x768) the whole screen,
        so the capture line at the foot of the board is never below the edge."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is None or available.width() < 1400 or available.height() < 900:
            self.resize(min(1360, available.width()) if available else 1360,
                        min(860, available.height()) if available else 860)  # fmt: skip
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(1360, 860)

    def build_pages(self) -> None:
        """Make the pages (and the shared screen) and wire them up; once."""
        if self.built:
            return
        from .actions.page import ActionsPage
        from .agenda.page import AgendaPage
        from .board.page import BoardPage
        from .library.page import LibraryPage
        from .register.page import RegisterPage
        from .setup.page import SetupPage
        from .shared_screen.manager import SharedScreen
        from .voting.page import VotingPage

        controller = self.controller
        self.shared_screen = SharedScreen(controller, self)
        self.library_page = LibraryPage(controller)
        self.setup_page = SetupPage(controller)
        self.board_page = BoardPage(controller)
        self.agenda_page = AgendaPage(controller)
        self.voting_page = VotingPage(controller, self.shared_screen)
        self.actions_page = ActionsPage(controller, self.shared_screen)
        self.register_page = RegisterPage(controller)
        widgets = [self.library_page, self.setup_page, self.board_page, self.agenda_page,
                   self.voting_page, self.actions_page, self.register_page]  # fmt: skip
        self.pages = [(w, *names) for w, names in zip(widgets, self.page_names, strict=True)]
        for page in widgets:
            self.stack.addWidget(scrolling(page, sideways=True))  # never cut off
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.board_page.populate_menu(self.board_menu)
        self.agenda_page.populate_menu(self.agenda_menu)
        self.shared_screen.populate_menu(self.shared_menu)
        self.built = True
        self._connect()
        for n in self._workshop_free_pages():
            self.nav.item(n).setFlags(self.nav.item(n).flags() | Qt.ItemFlag.ItemIsEnabled)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.setCurrentRow(0)
        self._page_changed(0)
        self._workshop_opened(controller.workshop_id)
        if controller.has_library:
            self._library_opened(controller.library_shown)
            self.library_page.refresh()

    # Menus ------------------------------------------------------------------------------

    def _act(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._act(file, self.tr("&New library…"), self.new_library)
        self._act(
            file, self.tr("&Open library…"), self.choose_library, QKeySequence.StandardKey.Open
        )
        self._act(file, self.tr("Open the organisation's &archive…"), self.choose_archive)
        self.recent_menu = file.addMenu(self.tr("&Recent libraries"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self.act_new_workshop = self._act(
            file, self.tr("New &workshop…"), self._new_workshop, QKeySequence.StandardKey.New
        )
        self.act_import = self._act(
            file, self.tr("&Import workshop file…"), self._import_workshop, "Ctrl+I"
        )
        self.act_merge = self._act(file, self.tr("&Merge tables' files…"), self._merge_tables)
        self.act_export_workshop = self._act(
            file, self.tr("&Export workshop file…"), self._export_workshop, "Ctrl+E"
        )
        self.act_publish = self._act(
            file, self.tr("P&ublish to the organisation's archive…"), self._publish
        )
        file.addSeparator()
        self.act_minutes = self._act(
            file,
            self.tr("Export minutes (PDF)…"),
            self._export_minutes,
            "Ctrl+P",
        )
        self.act_csv = self._act(file, self.tr("Export CSV…"), self._export_csv)
        file.addSeparator()
        self._act(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.act_undo, self.act_redo = undo, redo
        edit.addAction(undo)
        edit.addAction(redo)

        view = bar.addMenu(self.tr("&View"))
        self.page_actions = []
        for n, (label, icon_name) in enumerate(self.page_names):
            action = self._act(view, label, lambda _=False, i=n: self.show_page(i), f"Ctrl+{n + 1}")
            action.setIcon(style.icon(icon_name))
            self.page_actions.append(action)
        view.addSeparator()
        themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in style.THEMES:
            action = self._act(
                view,
                self.tr("{name} theme").format(name=style.theme_label(theme)),
                lambda _=False, t=theme: self.set_theme(t),
                "Ctrl+Alt+H" if theme == style.HIGH_CONTRAST else None,
            )
            action.setCheckable(True)
            action.setChecked(theme == style.current_theme())
            themes.addAction(action)
            self.theme_actions[theme] = action
        view.addSeparator()
        self._act(view, self.tr("&Larger text"), lambda: self.scale_text(0.1), "Ctrl+Alt+=")
        self._act(view, self.tr("&Smaller text"), lambda: self.scale_text(-0.1), "Ctrl+Alt+-")
        self._act(view, self.tr("&Normal text size"), lambda: self.scale_text(0), "Ctrl+Alt+0")
        view.addSeparator()
        self._act(
            view,
            self.tr("&Full screen"),
            self.toggle_full_screen,
            QKeySequence.StandardKey.FullScreen,
        )
        view.addSeparator()
        self.language_menu = LanguageMenu(self)
        view.addMenu(self.language_menu)

        self.board_menu = bar.addMenu(self.tr("&Board"))
        self.agenda_menu = bar.addMenu(self.tr("A&genda"))
        self.shared_menu = bar.addMenu(self.tr("&Shared screen"))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._act(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._act(help_menu, self.tr("&About"), self.show_about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_libraries()
        if not paths:
            none = self.recent_menu.addAction(self.tr("No recent libraries"))
            none.setEnabled(False)
            return
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_library(p))

    def _connect(self) -> None:
        c = self.controller
        c.error.connect(self.show_error)
        c.workshop_opened.connect(self._workshop_opened)
        c.workshop_changed.connect(lambda: self._workshop_opened(c.workshop_id))
        c.library_opened.connect(self._library_opened)
        c.undo_stack.indexChanged.connect(lambda _i: self.message.hide())
        for page in (self.library_page, self.board_page, self.setup_page, self.agenda_page):
            page.status.connect(self.say)
        self.library_page.workshop_chosen.connect(self.open_workshop)
        self.register_page.status.connect(self.say)
        self.register_page.workshop_chosen.connect(lambda wid: self.open_workshop(wid, "actions"))
        for source in (self.agenda_page.notes, self.board_page, self.voting_page):
            source.action_made.connect(self._action_made)

    # Pages ------------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        if not self.built:
            return
        item = self.nav.item(index)
        if item is not None and not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.say(self.tr("Open a workshop from the library first."))
            return
        self.nav.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        if index < 0 or not self.built:
            return
        self.stack.setCurrentIndex(index)
        for n, (page, _label, _icon) in enumerate(self.pages):
            set_active = getattr(page, "set_active", None)
            if set_active is not None:
                set_active(n == index)
        page = self.pages[index][0]
        focus = getattr(page, "focus_first", None) or getattr(page, "focus_list", None)
        if focus is not None:
            QTimer.singleShot(0, focus)

    def _workshop_free_pages(self) -> list[int]:
        """The pages that need no open workshop: the library, and all actions."""
        return [
            n for n, (_label, key) in enumerate(self.page_names) if key in ("library", "register")
        ]

    def current_page(self) -> QWidget | None:
        widget = self.stack.currentWidget()
        return widget.widget() if isinstance(widget, QScrollArea) else widget

    # Library and workshop ---------------------------------------------------------------

    def _library_opened(self, path: str) -> None:
        if self.controller.has_library and self.controller.db.is_server:
            # A server library is remembered by its address, which never holds a password.
            settings.remember_library(path)
            name = self.controller.db.name
        else:
            settings.remember_library(Path(path))
            name = Path(path).name
        self.status_label.setText(self.tr("Library: {name}").format(name=name))
        self.status_label.setToolTip(path)
        self._show_read_only(name)

    def _show_read_only(self, name: str) -> None:
        """A library this program may not write: a banner says so, and the controls that
        could only fail are off (anything else that tries is refused as read-only)."""
        read_only = self.controller.has_library and bool(
            getattr(self.controller.db, "read_only", False)
        )
        if read_only:
            self.read_only_banner.show_for(name)
            self.status_label.setText(self.tr("Library: {name} (read-only)").format(name=name))
        else:
            self.read_only_banner.hide()
        self.act_new_workshop.setEnabled(not read_only)
        self.act_import.setEnabled(not read_only)
        self.act_merge.setEnabled(not read_only)
        if self.built:
            page = self.library_page
            for button in (page.new_button, page.import_button, page.demo_button):
                button.setEnabled(not read_only)
            self.board_page.set_read_only(read_only)

    def open_workshop(self, workshop_id: int, page: str = "") -> None:
        """Open a workshop on ``page`` (a page's key, such as "actions") if given, else
        on the board when it has ideas and on set-up when it has none yet."""
        from ..services import board

        self.controller.open_workshop(workshop_id)
        if not workshop_id:
            return
        keys = [key for _label, key in self.page_names]
        if page in keys:
            self.show_page(keys.index(page))
            return
        has_ideas = bool(board.list_ideas(self.controller.db, workshop_id)[:1])
        self.show_page(2 if has_ideas else 1)

    def _workshop_opened(self, workshop_id: int) -> None:
        from ..services import workshops

        title = ""
        library = self.controller.library_path
        if workshop_id and self.controller.has_library:
            try:
                title = workshops.get_workshop(self.controller.db, workshop_id).title
            except DomainError:
                title = ""
            if library is not None:  # a server library's workshop is not remembered
                settings.remember_workshop(library, workshop_id)
        self.workshop_label.setText(title)
        self.workshop_label.setVisible(bool(title))  # the library page says what to do
        self.setWindowTitle(f"{title} — {app_title()}" if title else app_title())
        for n in range(1, self.nav.count()):
            if n in self._workshop_free_pages():
                continue
            item = self.nav.item(n)
            flags = item.flags()
            if workshop_id:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
            self.page_actions[n].setEnabled(bool(workshop_id))
        for action in (self.act_export_workshop, self.act_publish, self.act_minutes, self.act_csv):
            action.setEnabled(bool(workshop_id))
        if not workshop_id and self.nav.currentRow() > 0:
            self.nav.setCurrentRow(0)

    def new_library(self) -> None:
        path = ask.save_file(
            self, self.tr("New library"), "workshops.coprod.db", self.tr(LIBRARY_FILTER)
        )
        if path is None:
            return
        if path.exists():
            ask.warn(
                self,
                self.tr("New library"),
                self.tr(
                    "{name} already exists. Use Open library to open it, or choose a new name."
                ).format(name=path.name),
            )
            return
        self.open_library(path, create=True)

    def choose_library(self) -> None:
        folder = str(self.controller.library_path.parent) if self.controller.library_path else ""
        path = ask.open_file(self, self.tr("Open library"), folder, self.tr(LIBRARY_FILTER))
        if path is not None:
            self.open_library(path)

    def choose_archive(self) -> None:
        """Ask for a PostgreSQL library's address (the organisation's archive) and open it."""
        address = ask.ask_text(
            self,
            self.tr("Open the organisation's archive"),
            self.tr("The archive's address (postgresql://USER@HOST:PORT/DATABASE):"),
        )
        if address and address.strip():
            self.open_library(address.strip())

    def open_library(self, path: Path | str, *, create: bool = False) -> bool:
        """Switch this window to the library at ``path`` (a file, or a PostgreSQL URL); a
        refusal is explained and the current library stays open."""
        if isinstance(path, str) and is_server(path):
            return self._open_server_library(path)
        path = Path(path).expanduser().absolute()
        if self.controller.library_path == path:
            ask.inform(
                self,
                self.tr("Open library"),
                self.tr("{name} is already open in this window.").format(name=path.name),
            )
            return False
        from ..db.lock import open_with_lock
        from ..services import workshops

        try:
            db, lock = open_with_lock(path, create=create)
        except LibraryError as exc:
            ask.warn(self, self.tr("Cannot open the library"), error_text(exc))
            return False
        self.controller.set_library(db, lock)
        last = settings.last_workshop(path)
        ids = {w.id for w in workshops.list_workshops(db)}
        self.show_page(0)
        if last in ids:
            self.open_workshop(last)
        self.say(self.tr("Opened {name}.").format(name=path.name))
        return True

    def _open_server_library(self, address: str) -> bool:
        """Switch to a server library; the password, if the server asks, is asked for
        (``server_password``) and kept nowhere."""
        from ..db.lock import open_with_lock

        try:
            db, lock = open_with_lock(address, create=False)
        except LibraryError as exc:
            ask.warn(self, self.tr("Cannot open the library"), error_text(exc))
            return False
        self.controller.set_library(db, lock)
        self.show_page(0)
        self.say(self.tr("Opened {name}.").format(name=db.name))
        return True

    # The exports pull in ReportLab: imported on first use, not at start-up.
    def _export_minutes(self) -> None:
        from . import exports_menu

        exports_menu.export_minutes(self, self.controller)

    def _export_csv(self) -> None:
        from . import exports_menu

        exports_menu.export_csv(self, self.controller)

    def _new_workshop(self) -> None:
        if not self.built:
            return
        self.show_page(0)
        self.library_page.new_workshop()

    def _import_workshop(self) -> None:
        if not self.built:
            return
        self.show_page(0)
        self.library_page.import_file()

    def _merge_tables(self) -> None:
        """Breakout tables' files made one plenary workshop, which then opens."""
        from .dialogs import merge_tables

        if not self.built or not self.controller.has_library:
            return
        record = merge_tables.run(self, self.controller)
        if record is not None:
            self.open_workshop(record.id)
            self.say(self.tr('Merged the tables into "{title}".').format(title=record.title))

    def _publish(self) -> None:
        from .dialogs import publish

        publish.run(self, self.controller)

    def _export_workshop(self) -> None:
        if self.controller.workshop_id:
            self.library_page.select(self.controller.workshop_id)
            self.library_page.export_selected()

    # Look and feel ----------------------------------------------------------------------

    def set_theme(self, theme: str) -> None:
        settings.set_theme(theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply_theme(app, theme, settings.text_scale())
        self.theme_actions[theme].setChecked(True)
        self._refresh_icons()
        if self.built:
            self.board_page.apply_colours()
        if self.shared_screen is not None:
            self.shared_screen.follow_theme()

    def scale_text(self, step: float) -> None:
        scale = 1.0 if step == 0 else style.clamp_scale(settings.text_scale() + step)
        settings.set_text_scale(scale)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply_theme(app, style.current_theme(), scale)
        self.say(self.tr("Text size {percent} %").format(percent=round(scale * 100)))

    def _refresh_icons(self) -> None:
        for n, (_label, icon_name) in enumerate(self.page_names):
            self.nav.item(n).setIcon(style.icon(icon_name))
            self.page_actions[n].setIcon(style.icon(icon_name))

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # Messages ---------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.show_message(text)
        self.statusBar().showMessage(text, 10_000)

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 6_000)

    def _action_made(self, action_id: int) -> None:
        """An action was made from the board, a note or a result: say so, and where."""
        from ..services import actions

        try:
            title = actions.get_action(self.controller.db, action_id).title
        except DomainError:
            return
        self.say(
            self.tr('Added the action "{title}". The Actions page (Ctrl+6) lists it.').format(
                title=shorten(title, 60)
            )
        )

    def show_shortcuts(self) -> None:
        lines = []
        for menu in self.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and action.text():
                    lines.append(f"{action.text().replace('&', '')}: {keys}")
        extra = [
            self.tr("Capture line: Ctrl+Up / Ctrl+Down choose who is speaking"),
            self.tr("Capture line: #Theme at the start files the idea under that theme"),
            self.tr("Board: arrow keys move between notes; Space + drag pans"),
            self.tr(
                "Board: Shift+arrow keys add notes to the selection, Ctrl+Space picks or "
                "drops one, Enter edits it, the Menu key (or Shift+F10) opens its menu"
            ),
            self.tr("Outline: Alt+Up / Alt+Down move ideas to the previous or next theme"),
        ]
        ask.inform(
            self, self.tr("Keyboard shortcuts"), "\n".join([*sorted(set(lines)), "", *extra])
        )

    def show_about(self) -> None:
        ask.inform(
            self,
            self.tr("About"),
            self.tr(
                "{title} {version}\n\nRun in-person co-production workshops offline: "
                "ideas, themes, fair dot-voting, actions and minutes."
            ).format(title=app_title(), version=__version__),
        )

    def show_listing(self, path: Path, rows: list[WorkshopSummary]) -> None:
        """At start-up, before the pages exist: the library's workshops as the library
        page will show them, read-only, with a line saying the rest is on its way."""
        from .library.model import PEOPLE, TITLE, VENUE, WorkshopTableModel

        if self.built:
            return
        preview = QWidget()
        preview.setAccessibleName(self.tr("The library, opening"))
        heading = QLabel(self.tr("Workshops in {name}").format(name=path.name))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        note = QLabel(self.tr("Opening the library…"))
        note.setProperty("role", "subheading")
        note.setAccessibleName(self.tr("Opening the library"))
        model = WorkshopTableModel(preview)
        model.set_rows(rows)
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(self.tr("Workshops"))
        # Only to read: a moment later the library page takes its place, to work with.
        table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (VENUE, PEOPLE):  # as the library page on a laptop: the title first
            table.hideColumn(column)
        layout = QVBoxLayout(preview)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(table, 1)
        self.stack.addWidget(preview)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.opening = preview  # build_pages takes it away like the label it replaces
        self.stack.setCurrentWidget(preview)
        preview.repaint()  # on screen now: the data layer will hold the event loop a moment
        self.listed.emit()

    # Closing ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The first paint of the window's contents: the facilitator can see it.
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_window(self.saveGeometry(), self.saveState())
        if self.shared_screen is not None:
            self.shared_screen.close()
        super().closeEvent(event)
