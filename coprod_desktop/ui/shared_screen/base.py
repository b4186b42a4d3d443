"""What every shared-screen mode has in common: sizes from the window, and redrawing
from the services when a controller signal says something changed.

A mode that is not on screen only notes that it is out of date and reloads when it is
shown, so a fast typist capturing ideas costs the projector nothing while it shows the
timer.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from ...services.errors import DomainError
from ..controller import Controller
from .style import DEFAULT_METRICS, Metrics

log = logging.getLogger(__name__)


class PagedRows(QWidget):
    """A painted list of rows shown a screenful at a time (results, actions).

    Subclasses say how many rows there are and how tall one is, and emit
    ``page_changed`` (a Signal they declare) when the page or the page count moves.
    """

    page = 0
    page_changed: SignalInstance  # each subclass declares its own Signal

    def row_count(self) -> int:
        raise NotImplementedError

    def row_height(self) -> float:
        raise NotImplementedError

    @property
    def per_page(self) -> int:
        return max(1, int(self.height() // self.row_height()))

    @property
    def page_count(self) -> int:
        return max(1, -(-self.row_count() // self.per_page))

    def shown(self) -> range:
        start = self.page * self.per_page
        return range(start, min(self.row_count(), start + self.per_page))

    def set_page(self, page: int) -> bool:
        page = max(0, min(page, self.page_count - 1))
        if page == self.page:
            return False
        self.page = page
        self.page_changed.emit()
        self.update()
        return True

    def pager_text(self) -> str:
        """Where the screen is in a long list; nothing when it all fits."""
        shown = self.shown()
        if self.page_count <= 1 or not shown:
            return ""
        return QCoreApplication.translate(
            "PagedRows", "Showing {first} to {last} of {total} · page {page} of {pages}"
        ).format(
            first=shown.start + 1,
            last=shown.stop,
            total=self.row_count(),
            page=self.page + 1,
            pages=self.page_count,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.page = min(self.page, self.page_count - 1)
        self.page_changed.emit()


class TallRows(PagedRows):
    """Paged rows that each take the height their words need: a page holds as many whole
    rows as fit (at least one)."""

    def row_heights(self) -> list[float]:
        raise NotImplementedError

    def pages(self) -> list[range]:
        pages: list[range] = []
        start, used = 0, 0.0
        room = max(1.0, float(self.height()))
        heights = self.row_heights()
        for n, height in enumerate(heights):
            if n > start and used + height > room:
                pages.append(range(start, n))
                start, used = n, 0.0
            used += height
        if start < len(heights) or not pages:
            pages.append(range(start, len(heights)))
        return pages

    @property
    def per_page(self) -> int:
        return max(1, len(self.shown()))

    @property
    def page_count(self) -> int:
        return len(self.pages())

    def shown(self) -> range:
        pages = self.pages()
        return pages[max(0, min(self.page, len(pages) - 1))]


class ScreenView(QWidget):
    """One mode of the shared screen."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.metrics = DEFAULT_METRICS
        self._stale = True

    @property
    def workshop_id(self) -> int:
        return self.controller.workshop_id if self.controller.has_library else 0

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.apply_metrics()
        self.update()

    def apply_metrics(self) -> None:
        """Give child widgets their fonts and spacing from ``self.metrics``."""

    def apply_colours(self) -> None:
        """Repaint in the shared screen's current colours; painters read them as they
        draw, so a repaint is enough unless a mode keeps a colour of its own."""
        for child in self.findChildren(QWidget):
            child.update()

    def load(self) -> None:
        """Read what this mode shows from the services and redraw."""

    def refresh(self) -> None:
        """Reload now if on screen, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            self.load()
        except DomainError as exc:  # e.g. the round was deleted a moment ago
            log.info("Shared screen could not reload %s: %s", type(self).__name__, exc)
            self.clear()

    def clear(self) -> None:
        """Show nothing of the workshop (no workshop open, or it has gone)."""

    def page_by(self, delta: int) -> bool:
        """Move ``delta`` pages (results, actions); False if there is nowhere to go."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


class BlankView(ScreenView):
    """A black pause screen: nothing to read, nothing to press."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("blank")
        self.setAccessibleName(self.tr("Paused"))
