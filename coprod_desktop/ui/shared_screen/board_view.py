"""Board mode: the board read-only, every idea whole and large enough to read from the
back of the room. Notes (or theme frames) carry the dots of the one closed round the
facilitator chose on the board page, and a line says which; while a round is open
nobody sees where dots are going.

When the board does not fit one screen at that size it is shown a theme a page ("Theme
2 of 5: Getting there"; Page Down and Page Up, or the arrow keys, move on and back), and
the facilitator can spotlight one theme (Shared screen → Spotlight theme), as in Miro's
or MURAL's frames. Text is never shrunk past its floor nor cut (see ``board_layout``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from ...services import board
from ...services.records import IdeaRecord, ThemeRecord
from ..board.dots_choice import DotsChoice
from ..controller import Controller
from ..i18n import ideas_count, themes_count
from .base import ScreenView
from .board_arranged import FittedView, NoteItem, ThemeItem
from .board_layout import (
    LOOSE,
    TABLE_SCALE,
    Lines,
    NoteIn,
    Page,
    PlacedNote,
    PlacedSection,
    SectionIn,
    Sizes,
    paginate,
)
from .style import BACKGROUND, INK, MUTED, NOTE_INK, FitText, font, high_contrast

WHOLE_BOARD = 0  # no theme in the spotlight
LOOSE_COLOUR = "#D0D0D0"
NEXT_KEYS = frozenset({Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space})
PREVIOUS_KEYS = frozenset({Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up})


def draw_lines(
    painter: QPainter, left: float, top: float, text: Lines, colour: QColor, bold: bool = False
) -> None:
    painter.setFont(font(text.px, bold=bold))
    painter.setPen(colour)
    ascent = painter.fontMetrics().ascent()
    for index, line in enumerate(text.lines):
        painter.drawText(QPointF(left, top + index * text.line_height + ascent), line)


def draw_badge(painter: QPainter, rect: QRectF, dots: int) -> None:
    """A dot count in a dark disc, in room of its own beside the text."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(INK)
    painter.drawEllipse(rect)
    number = font(rect.height() * (0.55 if dots < 10 else 0.45), bold=True)
    painter.setFont(number)
    painter.setPen(BACKGROUND)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(dots))


class BoardCanvas(QWidget):
    """Paints one page of the tidy board at its true size (no scaling)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: Page | None = None
        self.margin = 16.0

    def set_page(self, page: Page | None) -> None:
        self.page = page
        self.update()

    def origin(self) -> QPointF:
        return QPointF(self.margin, self.margin)

    def room(self) -> tuple[float, float]:
        return (
            max(1.0, self.width() - 2 * self.margin),
            max(1.0, self.height() - 2 * self.margin),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.page is None:
            return
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.translate(self.origin())
        for section in self.page.sections:
            self._section(painter, section)
            for note in section.notes:
                self._note(painter, note)
        painter.end()

    def _section(self, painter: QPainter, section: PlacedSection) -> None:
        fill = QColor(section.colour)
        fill.setAlpha(45)
        painter.setPen(QPen(INK, 3))
        painter.setBrush(fill)
        painter.drawRoundedRect(section.rect, 12, 12)
        strip = section.header.adjusted(3, 3, -3, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(section.colour))
        painter.drawRoundedRect(strip, 10, 10)
        painter.setFont(font(section.title_lines.px, bold=True))
        widest = max(
            (painter.fontMetrics().horizontalAdvance(line) for line in section.title_lines.lines),
            default=0,
        )
        left, top = section.title_rect.left(), section.title_rect.top()
        edge = max(2.0, min(8.0, left - section.rect.left() - 5))  # inside the frame
        # A band in the background colour behind the name keeps it legible on any theme
        # colour, in either of the screen's themes.
        band = QColor(BACKGROUND)
        band.setAlpha(225)
        painter.setBrush(QBrush(band))
        painter.drawRoundedRect(
            QRectF(left - edge, top - 2, widest + 2 * edge, section.title_lines.height + 4), 8, 8
        )
        draw_lines(painter, left, top, section.title_lines, INK, bold=True)
        if section.badge is not None:
            draw_badge(painter, section.badge, section.dots)

    def _note(self, painter: QPainter, note: PlacedNote) -> None:
        ink = NOTE_INK
        if high_contrast():  # no tints behind text: a dark note framed in its colour
            painter.setPen(QPen(QColor(note.colour), 4))
            painter.setBrush(BACKGROUND)
            ink = INK
        else:
            painter.setPen(QPen(INK, 2))
            painter.setBrush(QColor(note.colour))
        painter.drawRect(note.rect)
        if note.table and note.table_rect is not None:  # a merged workshop: which table
            tag = font(note.text.px * TABLE_SCALE, bold=True)
            painter.setFont(tag)
            name = painter.fontMetrics().elidedText(
                note.table, Qt.TextElideMode.ElideRight, round(note.table_rect.width())
            )
            painter.setPen(ink)
            painter.drawText(
                note.table_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name
            )
        draw_lines(painter, note.text_rect.left(), note.text_rect.top(), note.text, ink)
        if note.badge is not None:
            draw_badge(painter, note.badge, note.dots)


class BoardView(ScreenView):
    """The board, read-only. ``tidy`` (the default) shows theme columns with every idea
    whole, a page at a time when need be; otherwise notes stand where the facilitator
    put them, the whole board shrunk to the screen."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("board")
        self.tidy = True
        self.spotlight = WHOLE_BOARD
        self.pages: list[Page] = []
        self.page = 0
        self.sizes = Sizes.of(self.metrics)
        self.scene = QGraphicsScene(self)
        self.view = FittedView(self.scene, self)
        self.view.setInteractive(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.view.setBackgroundBrush(BACKGROUND)
        self.view.setAccessibleName(self.tr("The board"))
        self.canvas = BoardCanvas(self)
        self.canvas.setAccessibleName(self.tr("The board"))
        self.empty = FitText(self, factor=1.6, align=Qt.AlignmentFlag.AlignHCenter, vcenter=True)
        self.dots_choice = DotsChoice.of(controller)
        self.caption = FitText(self, factor=0.85, colour=MUTED, max_lines=2)
        self.caption_row = QHBoxLayout()
        self.caption_row.addWidget(self.caption)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.body.addLayout(self.caption_row, 0)
        self.body.addWidget(self.canvas, 1)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.empty, 0)
        self.view.hide()
        self.notes: dict[int, NoteItem] = {}
        self.areas: dict[int | None, ThemeItem] = {}
        self.themes: list[ThemeRecord] = []
        self.ideas: list[IdeaRecord] = []
        self.sections: list[SectionIn] = []
        self.shown_round: object | None = None
        self.idea_dots: dict[int, int] = {}
        self.theme_dots: dict[int, int] = {}
        for signal in (
            controller.workshop_opened,
            controller.themes_changed,
            controller.ideas_changed,
            controller.ideas_removed,
            controller.board_reset,
            self.dots_choice.changed,  # rounds closed or deleted, or another round chosen
        ):
            signal.connect(self.refresh)
        self._keys_from: QWidget | None = None

    # Settings from the facilitator ------------------------------------------------------

    def set_tidy(self, tidy: bool) -> None:
        self.tidy = tidy
        self.arrange()

    def set_spotlight(self, key: int) -> None:
        """Show only this theme (``LOOSE``: the ideas in no theme); ``WHOLE_BOARD``: all."""
        self.spotlight = key
        self.page = 0
        self.arrange()

    def spotlight_choices(self) -> list[tuple[int, str]]:
        """The themes that can be spotlit, in board order, ideas in no theme last."""
        if self._stale or not self.sections:
            self._read()
        return [(s.key, s.name) for s in self.sections]

    # Paging -----------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self.pages) if self.tidy else 1

    def set_page(self, page: int) -> bool:
        page = max(0, min(page, self.page_count - 1))
        if page == self.page or not self.pages:
            return False
        self.page = page
        self._show_page()
        return True

    def page_by(self, delta: int) -> bool:
        return self.tidy and self.set_page(self.page + delta)

    def current_page(self) -> Page | None:
        return self.pages[self.page] if self.tidy and self.pages else None

    def page_title(self) -> str:
        """The heading of the page shown when the board is paged or spotlit, else ""."""
        page = self.current_page()
        if page is None or (len(self.pages) == 1 and self.spotlight == WHOLE_BOARD):
            return ""
        return page.sections[0].title if page.sections else ""

    def showEvent(self, event: QShowEvent) -> None:
        # Page keys pressed on the shared screen's window (no widget there takes focus).
        window = self.window()
        if window is not self._keys_from:
            if self._keys_from is not None:
                self._keys_from.removeEventFilter(self)
            window.installEventFilter(self)
            self._keys_from = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.isVisible() and self.tidy:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in NEXT_KEYS:
                self.page_by(1)
                return True
            if key in PREVIOUS_KEYS:
                self.page_by(-1)
                return True
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                self.set_page(0 if key == Qt.Key.Key_Home else self.page_count - 1)
                return True
        return False

    # What the room sees, for tests and screen readers -----------------------------------

    def drawn_notes(self) -> dict[int, list[tuple[Lines, QRectF]]]:
        """Idea id -> each part of its note on the page shown: the lines drawn and the
        text's rectangle in this view's coordinates."""
        page = self.current_page()
        out: dict[int, list[tuple[Lines, QRectF]]] = {}
        if page is None:
            return out
        offset = self.canvas.mapTo(self, self.canvas.origin().toPoint())
        for section in page.sections:
            for note in section.notes:
                out.setdefault(note.id, []).append(
                    (note.text, note.text_rect.translated(offset.x(), offset.y()))
                )
        return out

    def drawn_rects(self) -> list[QRectF]:
        """Every frame, note and badge drawn on the page shown, in this view's coordinates."""
        page = self.current_page()
        if page is None:
            return []
        offset = self.canvas.mapTo(self, self.canvas.origin().toPoint())
        rects: list[QRectF] = []
        for section in page.sections:
            rects += [section.rect, section.header]
            rects += [section.badge] if section.badge else []
            for note in section.notes:
                rects += [note.rect, note.text_rect] + ([note.badge] if note.badge else [])
        return [r.translated(offset.x(), offset.y()) for r in rects]

    def shown_dots(self) -> dict[int, int]:
        """Idea id -> dots drawn on its note (for tests and screen readers)."""
        return dict(self.idea_dots)

    def shown_theme_dots(self) -> dict[int, int]:
        """Theme id -> dots drawn on its frame (a round about themes)."""
        return dict(self.theme_dots)

    # Drawing ----------------------------------------------------------------------------

    def apply_colours(self) -> None:
        self.view.setBackgroundBrush(BACKGROUND)
        super().apply_colours()
        self.view.viewport().update()

    def apply_metrics(self) -> None:
        self.sizes = Sizes.of(self.metrics)
        self.empty.set_metrics(self.metrics)
        self.caption.set_metrics(self.metrics)
        margin = self.metrics.px(0.6)
        self.canvas.margin = float(margin)
        self.caption_row.setContentsMargins(margin, margin // 2, margin, 0)
        if not self._stale and self.isVisible():
            self.load()

    def clear(self) -> None:
        self.scene.clear()
        self.notes, self.areas, self.sections, self.pages = {}, {}, [], []
        self.idea_dots, self.theme_dots = {}, {}
        self.canvas.set_page(None)
        self.empty.setText(self.tr("No workshop is open"))
        self.caption.setText("")
        self.caption.hide()
        self.empty.show()
        self.view.hide()
        self.canvas.hide()

    def _read(self) -> None:
        """The themes, ideas and dots, as sections in board order."""
        db = self.controller.db
        self.themes = board.list_themes(db, self.workshop_id)
        self.ideas = board.list_ideas(db, self.workshop_id)
        shown = self.dots_choice.dots()  # one closed round only, by design
        self.shown_round = shown.round
        self.idea_dots = {k: v for k, v in shown.ideas.items() if v}
        self.theme_dots = {k: v for k, v in shown.themes.items() if v}
        known = {t.id for t in self.themes}

        def notes(ideas: list[IdeaRecord]) -> tuple[NoteIn, ...]:
            ordered = sorted(ideas, key=lambda i: (i.x, i.y))  # down each column, as on the board
            return tuple(
                NoteIn(i.id, i.text, i.colour, self.idea_dots.get(i.id, 0), i.table_name or "")
                for i in ordered
            )

        self.sections = [
            SectionIn(
                t.id,
                t.name,
                t.colour,
                notes([i for i in self.ideas if i.theme_id == t.id]),
                self.theme_dots.get(t.id, 0),
            )
            for t in self.themes
        ]
        loose = [i for i in self.ideas if i.theme_id not in known]
        if loose:
            self.sections.append(
                SectionIn(LOOSE, self.tr("Not in a theme yet"), LOOSE_COLOUR, notes(loose))
            )

    def load(self) -> None:
        if not self.workshop_id:
            self.clear()
            return
        self._read()
        self.scene.clear()
        scale = self.metrics.scale
        self.areas = {
            t.id: ThemeItem(t.name, t.colour, scale, self.theme_dots.get(t.id, 0))
            for t in self.themes
        }
        if any(s.key == LOOSE for s in self.sections):
            self.areas[None] = ThemeItem(self.tr("Not in a theme yet"), LOOSE_COLOUR, scale)
        for item in self.areas.values():
            self.scene.addItem(item)
        self.notes = {}
        for idea in self.ideas:
            note = NoteItem(idea, self.idea_dots.get(idea.id, 0), scale)
            self.notes[idea.id] = note
            self.scene.addItem(note)
        has_ideas = bool(self.ideas) or bool(self.themes)
        self.caption.setText(self.dots_choice.caption() if self.shown_round else "")
        self.caption.setVisible(has_ideas and self.shown_round is not None)
        self.empty.setVisible(not has_ideas)
        self.empty.setText("" if has_ideas else self.tr("The board is empty so far"))
        self.arrange()

    def arrange(self) -> None:
        has_ideas = bool(self.sections)
        self.canvas.setVisible(has_ideas and self.tidy)
        self.view.setVisible(has_ideas and not self.tidy)
        if not has_ideas:
            self.pages = []
            self.canvas.set_page(None)
            return
        if self.tidy:
            self._paginate()
        else:
            self._arrange_as_placed()
        self._describe()

    def _paginate(self) -> None:
        keys = {s.key for s in self.sections}
        if self.spotlight != WHOLE_BOARD and self.spotlight not in keys:
            self.spotlight = WHOLE_BOARD  # the theme was deleted
        sections = [s for s in self.sections if self.spotlight in (WHOLE_BOARD, s.key)]
        before = self.current_page()
        width, height = self._room()
        if width < self.sizes.target * 10 or height < self.sizes.target * 5:
            # Not laid out yet (or a window too small to read): wait for a real size
            # rather than cut the board into a page a word.
            self.pages = []
            self._show_page()
            return
        total = len(sections)

        def title(index: int, section: SectionIn) -> str:
            if self.spotlight != WHOLE_BOARD:
                return section.name
            if section.key == LOOSE:
                return self.tr("{n} of {total}: Not in a theme yet").format(
                    n=index + 1, total=total
                )
            return self.tr("Theme {n} of {total}: {name}").format(
                n=index + 1, total=total, name=section.name
            )

        def part(heading: str, number: int, parts: int) -> str:
            return self.tr("{title}, {part} of {parts}").format(
                title=heading, part=number, parts=parts
            )

        self.pages = paginate(
            sections, self.sizes, width, height, paged_title=title, part_title=part
        )
        self.page = self._same_place(before)
        self._show_page()

    def _room(self) -> tuple[float, float]:
        """The canvas's drawing room, as it will be once laid out."""
        self.body.activate()
        return self.canvas.room()

    def _same_place(self, before: Page | None) -> int:
        """After a change, the page showing what was shown before (its first idea, or
        its theme), else the first."""
        if before is None or not self.pages:
            return 0
        first = before.note_ids[0] if before.note_ids else None
        for index, page in enumerate(self.pages):
            if first is not None and first in page.note_ids:
                return index
        for index, page in enumerate(self.pages):
            if before.keys and before.keys[0] in page.keys:
                return index
        return min(self.page, len(self.pages) - 1)

    def _show_page(self) -> None:
        self.canvas.set_page(self.current_page())
        self._describe()

    def _describe(self) -> None:
        description = self.tr("{ideas} in {themes}").format(
            ideas=ideas_count(len(self.ideas)), themes=themes_count(len(self.themes))
        )
        heading = self.page_title()
        if heading:
            description = f"{description}. {heading}"
        self.view.setAccessibleDescription(description)
        self.canvas.setAccessibleDescription(description)

    def _arrange_as_placed(self) -> None:
        for theme in self.themes:
            item = self.areas[theme.id]
            placed = theme.x is not None and bool(theme.width)
            item.setVisible(placed)
            if placed:
                item.set_area(
                    theme.x or 0.0, theme.y or 0.0, theme.width or 0.0, theme.height or 0.0
                )
        if None in self.areas:
            self.areas[None].setVisible(False)
        for idea in self.ideas:
            self.notes[idea.id].setPos(idea.x, idea.y)
        bounds = QRectF()
        for shown in self.scene.items():
            if shown.isVisible():
                bounds = bounds.united(shown.sceneBoundingRect())
        if bounds.isEmpty():
            return
        margin = 24.0
        self.scene.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.sections:
            self.arrange()  # pages depend on the screen's size
