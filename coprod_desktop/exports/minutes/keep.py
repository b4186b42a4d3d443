"""What stays together across a page end: headings with what follows them, short blocks
whole, and a section's last lines with the part before them.

ReportLab's ``keepWithNext`` and ``KeepTogether`` move everything they hold to the next
page as soon as the whole does not fit, dragging a long table along and leaving half a
page empty. These containers look ahead instead: a heading stays where the first
worthwhile part of what follows it fits, a block moves only when it would fit whole on
a fresh page, and a tail (a closing note) takes a row or two of what it closes with it.
None of them forces a page break: at the top of a page each one simply flows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Spacer

from .styles import FRAME_HEIGHT

FUZZ = 1e-3
MIN_START = 60.0  # points: a split's first part is worth keeping a heading with (4 lines)
HUGE = 0xFFFFFF
SHORT_BLOCK = FRAME_HEIGHT / 3  # a block this short moves whole rather than split


def _at_top(flowable: Flowable) -> bool:
    frame = getattr(flowable, "_frame", None)
    return bool(frame is None or getattr(frame, "_atTop", False))


def _gap(before: Flowable, after: Flowable) -> float:
    """The space a frame puts between two flowables (it overlaps attached space)."""
    return max(before.getSpaceAfter(), after.getSpaceBefore())


def height(flowable: Flowable, width: float) -> float:
    """The natural height of ``flowable`` at ``width`` (a container: its whole content)."""
    if isinstance(flowable, _Keeper):
        return flowable.natural_height(width)
    if hasattr(flowable, "frameAction"):
        return 0.0
    return float(flowable.wrap(width, HUGE)[1])


def stack_height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    previous: Flowable | None = None
    for f in flowables:
        if hasattr(f, "frameAction"):
            continue
        total += height(f, width) + (_gap(previous, f) if previous is not None else 0.0)
        previous = f
    return total


def _lend(flowable: Flowable, frame: Any, canv: Any) -> None:
    """Set on ``flowable`` what a frame sets before it splits one: its private ``_frame``
    (read by ReportLab's splitters, left out of its stubs) and ``canv``."""
    vars(flowable).update(_frame=frame, canv=canv)


def start(flowable: Flowable, width: float, room: float, frame: Any, canv: Any) -> list[Any] | None:
    """How ``flowable`` begins in ``room`` points: itself when it fits, its parts when a
    worthwhile first part fits, None when it had better start on the next page."""
    if isinstance(flowable, _Keeper):
        _lend(flowable, frame, canv)
        return flowable.start(width, room)
    if hasattr(flowable, "frameAction"):
        return [flowable]
    _lend(flowable, frame, canv)
    try:
        whole = flowable.wrap(width, room)[1]
        if whole <= room + FUZZ:
            return [flowable]
        if room <= 0:
            return None
        parts = flowable.split(width, room)
        if not parts or hasattr(parts[0], "frameAction"):
            return None  # a KeepTogether that moves, or nothing fits
        first = parts[0].wrap(width, room)[1]
    finally:
        for name in ("_frame", "canv"):
            flowable.__dict__.pop(name, None)
    if first > room + FUZZ or first < min(MIN_START, whole / 2):
        return None
    return list(parts)


class _Keeper(Flowable):
    """A container the frame always asks to split; ``start`` says how it begins."""

    _content: list[Flowable]

    def getSpaceBefore(self) -> float:
        return float(self._content[0].getSpaceBefore()) if self._content else 0.0

    def getSpaceAfter(self) -> float:
        return float(self._content[-1].getSpaceAfter()) if self._content else 0.0

    def natural_height(self, width: float) -> float:
        return stack_height(self._content, width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, HUGE  # never drawn itself: the frame splits it

    def start(self, width: float, room: float) -> list[Any] | None:
        raise NotImplementedError

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        placed = self.start(availWidth, availHeight)
        if placed is None and not (_at_top(self) or availHeight >= FRAME_HEIGHT - 1):
            return []  # the frame tries again on the next page
        if placed is not None:
            return _opened(placed)
        # No page does better: flow, splitting the first piece if even it is too tall.
        flowing = _opened(self._content)
        first = flowing[0]
        if (
            not hasattr(first, "frameAction")
            and first.wrap(availWidth, availHeight)[1] > availHeight
        ):
            flowing[:1] = first.split(availWidth, availHeight) or [first]
        return flowing

    def draw(self) -> None:  # pragma: no cover - always split, never drawn
        pass


class KeepWithNext(_Keeper):
    """Leads (a heading, an intro line, spacers) that go where what follows them begins."""

    def __init__(self, leads: Sequence[Flowable], follower: Flowable) -> None:
        super().__init__()
        self.leads = list(leads)
        self.follower = follower
        self._content = [*self.leads, follower]

    def start(self, width: float, room: float) -> list[Any] | None:
        used = stack_height(self.leads, width)
        if used > room + FUZZ:
            return None
        rest = room - used - _gap(self.leads[-1], self.follower)
        begun = start(self.follower, width, rest, getattr(self, "_frame", None), self.canv)
        return None if begun is None else [*self.leads, *begun]


class Block(_Keeper):
    """Content read as one piece: it moves whole to the next page when it does not fit
    here and is no taller than ``limit``; a taller block flows from where it is, its
    headings kept with what follows them."""

    def __init__(self, flowables: Sequence[Flowable], limit: float = FRAME_HEIGHT) -> None:
        super().__init__()
        self._content = bind(flowables)
        self.limit = min(limit, FRAME_HEIGHT)

    def start(self, width: float, room: float) -> list[Any] | None:
        total = self.natural_height(width)
        if total <= room + FUZZ:
            return list(self._content)
        if total <= self.limit:
            return None
        begun = start(self._content[0], width, room, getattr(self, "_frame", None), self.canv)
        return None if begun is None else [*begun, *self._content[1:]]


class Tail(_Keeper):
    """Closing lines (a note under a table) that never start a page on their own: when
    they do not fit, the end of ``body`` goes to the next page with them."""

    def __init__(self, body: Flowable, tail: Sequence[Flowable]) -> None:
        super().__init__()
        self.body = body
        self.tail = list(tail)
        self._content = [body, *self.tail]

    def start(self, width: float, room: float) -> list[Any] | None:
        if self.natural_height(width) <= room + FUZZ:
            return list(self._content)
        frame = getattr(self, "_frame", None)
        body_height = height(self.body, width)
        if body_height > room:  # the body runs on: the tail stays with its last part
            begun = start(self.body, width, room, frame, self.canv)
            if begun is None or len(begun) < 2:
                return None
            *here, last = begun
            return [*here, Tail(last, self.tail)]
        # The body fits but the tail does not: its last rows or lines go on with the tail.
        begun = start(self.body, width, body_height - 1.0, frame, self.canv)
        if begun is None or len(begun) < 2:
            return None
        *here, last = begun
        return [*here, Block([last, *self.tail])]


def _opened(flowables: Sequence[Flowable]) -> list[Flowable]:
    """``flowables`` with any container at the front opened: the frame places the first
    part of a split as it is, and a container is never placed itself."""
    out = list(flowables)
    while out and isinstance(out[0], _Keeper):
        out[:1] = out[0]._content
    return out


def bind(flowables: Sequence[Flowable]) -> list[Flowable]:
    """``flowables`` with each lead (``keep_with_next`` set: headings, intro lines) and
    the spacers after it bound to the flowable that follows."""
    out: list[Flowable] = []  # built from the end
    for f in reversed(flowables):
        if getattr(f, "keep_with_next", False) and out:
            leads = [f]
            while len(out) > 1 and isinstance(out[-1], Spacer):
                leads.append(out.pop())
            follower = out.pop()
            if isinstance(follower, KeepWithNext):
                leads, follower = [*leads, *follower.leads], follower.follower
            out.append(KeepWithNext(leads, follower))
        else:
            out.append(f)
    out.reverse()
    return out
