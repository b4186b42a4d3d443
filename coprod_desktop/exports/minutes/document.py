"""The minutes renderer: one class with the shared helpers; the sections live beside it.

``MinutesRenderer(data).render()`` gives the PDF bytes. Every piece of user text goes
through ``self.pr`` (see text.py) before it reaches a Paragraph or the canvas.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from ... import APP_NAME, __version__
from ...services import records as r
from .facts import Facts
from .keep import bind
from .labels import Labels
from .page import numbered_canvas
from .styles import (
    FRAME_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    RULE,
    TILE_BG,
    WIDTH,
    Styles,
    cell_styles,
    grid,
)
from .text import FONT, Printer

_SPACES = re.compile(r" {2,}")
LANG_TAGS = {"en": "en-GB", "cy": "cy-GB"}


class Para(Paragraph):
    """A Paragraph that remembers its layout for a width: a table measures, splits and
    draws each cell at the same width, and would otherwise break its lines three times."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth and "blPara" in self.__dict__:
            return cached[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class Heading(Para):
    """A heading: ``keep.bind`` keeps it on the page where what follows it begins."""

    keep_with_next = True


class Lead(Para):
    """An intro line that, like a heading, stays with what follows it."""

    keep_with_next = True


class MinutesTable(Table):
    """A Table that splits inside a tall row when that row straddles the page end.

    ReportLab first splits between rows, then lays the rest (repeated header and all)
    in the space left on the same page, where it splits the tall row: a second header
    in mid-page. Splitting inside the tall row at once fills the page instead, and the
    rest of a split table only ever starts a page."""

    TALL = 150.0  # points: a row this tall is worth splitting rather than moving
    MIN_PART = 40.0

    MIN_ROWS = 3
    continued = False  # the rest of a table split on an earlier page
    # ReportLab's own layout step and its row heights (private, so not in its stubs).
    _calc: Callable[[float, float], None]
    _rowHeights: list[float]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if self.continued and frame is not None and not getattr(frame, "_atTop", True):
            return []  # the page's end: the rest goes on the next page, header and all
        parts = self._split(availWidth, availHeight)
        for part in parts[1:]:
            # Each part is a MinutesTable (ReportLab splits through self.__class__), typed
            # as a plain Flowable.
            part.continued = True  # type: ignore[attr-defined]
        return parts

    def _split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        header = self.repeatRows if isinstance(self.repeatRows, int) else 0
        used = 0.0
        for index, height in enumerate(self._rowHeights):
            if used + height > availHeight:
                if (
                    index >= header
                    and height >= self.TALL
                    and availHeight - used >= self.MIN_PART
                    and hasattr(self, "_splitRows")
                ):
                    parts = self._splitRows(availHeight, doInRowSplit=True)
                    if parts:
                        return parts
                # A table that carries its own title (a theme, a vote) starts on the next
                # page rather than leave its title and a row or two behind; other tables
                # follow a Heading, which keep.py keeps with their first rows.
                body = index - header
                titled = header >= 2
                if titled and body < self.MIN_ROWS and availHeight < 0.9 * FRAME_HEIGHT:
                    return []
                break
            used += height
        return super().split(availWidth, availHeight)


class TitleCell(Flowable):
    """A table's title row in its first cell, drawn across the whole table: the same look
    as a spanned row without the cost of spans, which a table recomputes at every split."""

    def __init__(self, paragraph: Paragraph, width: float) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.full_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(self.full_width, availHeight)
        return availWidth, height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)


class _Frags:
    """Paragraph fragments for plain text in one style, cloned from a parsed template:
    user text never goes through the markup parser at all (safer, and the parser is
    most of the cost of a short paragraph)."""

    def __init__(self, style: Any) -> None:
        sample = Paragraph("x<br/>y", style).frags
        self.text, self.br = sample[0], sample[1]

    def __call__(self, text: str) -> list[Any]:
        lines = text.split("\n")
        frags = [self.text.clone(text=lines[0])]
        for line in lines[1:]:
            frags.append(self.br.clone())
            frags.append(self.text.clone(text=line))
        return frags


def shorten(text: str, limit: int = 90) -> str:
    """User text folded onto one line and, when longer than ``limit`` characters, cut at
    a word boundary with "…" (mid-word only when one word takes most of the room)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= 0.6 * limit:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def quote(text: str, limit: int = 90) -> str:
    return f"“{shorten(text, limit)}”"


class MinutesRenderer:
    """Builds the minutes of one workshop, section by section."""

    def __init__(
        self,
        data: r.WorkshopData,
        *,
        bilingual: bool = False,
        generated_at: datetime | None = None,
    ) -> None:
        self.data = data
        self.facts = Facts(data)
        self.L = Labels(data.workshop.language, bilingual)
        self.pr = Printer(self.L.s("unprintable_run", n="{n}"))
        self.st = Styles()
        self.generated_at = generated_at or datetime.now(UTC)
        self._frags: dict[str, _Frags] = {}

    # Helpers ------------------------------------------------------------------------

    def p(self, markup: str, style: Any = None) -> Para:
        return Para(markup, style or self.st.body)

    def text(self, value: str, style: Any = None) -> Para:
        """A paragraph of user text, exactly as typed (line breaks and spaces kept)."""
        style = style or self.st.body
        frags = self._frags.get(style.name)
        if frags is None:
            frags = self._frags[style.name] = _Frags(style)
        value = self.pr.plain(value)
        if "  " in value or "\t" in value:
            value = _SPACES.sub(lambda m: " " + "\xa0" * (len(m.group()) - 1), value)
            value = value.replace("\t", "\xa0" * 4)
        return Para(value, style, frags=frags(value))

    def cell(self, value: str, width: float) -> Any:
        """User text for a table cell ``width`` points wide (padding included): a plain
        string when it fits on one line, which is far cheaper to lay out and draw."""
        value = self.pr.plain(value)
        if (
            len(value) < 160
            and "\n" not in value
            and "  " not in value
            and "\t" not in value
            and stringWidth(value, FONT, self.st.cell.fontSize) <= width - 8
        ):
            return value
        return self.text(value, self.st.cell)

    def title_row(self, markup: str, style: Any, widths: Sequence[float]) -> list[Any]:
        """The first row of a table that carries its own title (repeated on each page)."""
        inner = sum(widths) - 4  # the cell's right padding (the title row has no left one)
        return [TitleCell(Para(markup, style), inner)] + [""] * (len(widths) - 1)

    def heading(self, key: str, level: int = 1) -> Heading:
        """A fixed heading, with the other language beneath it when bilingual."""
        style = {1: self.st.h1, 2: self.st.h2, 3: self.st.h3}[level]
        markup = self.L.h(key)
        other = self.L.h_other(key)
        if other:
            size = max(8.5, style.fontSize * 0.72)
            markup += f'<br/><font name="{FONT}" size="{size:.1f}">{other}</font>'
        return self.titled(markup, level)

    def titled(self, markup: str, level: int = 2) -> Heading:
        """A heading of any markup (a stage's title, a vote's question)."""
        return Heading(markup, {1: self.st.h1, 2: self.st.h2, 3: self.st.h3}[level])

    def lead(self, markup: str, style: Any = None) -> Lead:
        """A line of fixed wording that introduces what follows it."""
        return Lead(markup, style or self.st.body)

    def header(self, key: str, right: bool = False) -> Para:
        markup = self.L.h(key)
        other = self.L.h_other(key)
        if other:
            markup += f'<br/><font name="{FONT}" size="7.5">{other}</font>'
        return Para(markup, self.st.header_right if right else self.st.header)

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        header_rows: int = 1,
        zebra: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        table = MinutesTable(
            rows,
            colWidths=list(widths),
            repeatRows=header_rows,
            splitInRow=1,
            hAlign="LEFT",
            cellStyles=cell_styles(len(rows), len(widths)),
        )
        style = grid(header_rows, zebra, len(rows))
        for command in extra:
            style.add(*command)
        table.setStyle(style)
        return table

    def group(self, group_id: int | None) -> str:
        return self.facts.group_name(group_id, self.L.s("no_group"))

    def person(self, person_id: int | None) -> str:
        """Markup naming a participant only if they agreed to be named."""
        person = self.facts.people.get(person_id) if person_id is not None else None
        if person is None:
            return self.L.s("a_participant")
        if person.named_in_minutes:
            return self.pr.line(person.name)
        if person.group_id in self.facts.groups:
            return self.L.s("a_participant_of", group=self.pr.line(self.group(person.group_id)))
        return self.L.s("a_participant")

    def owner(self, action: r.ActionRecord) -> str:
        if action.owner_id is not None:
            return self.person(action.owner_id)
        if action.owner_name:
            return self.pr.line(action.owner_name)
        return self.L.s("not_set")

    def idea_ref(self, idea_id: int) -> str:
        number = self.facts.idea_no.get(idea_id)
        return self.L.s("idea_ref", n=number) if number else ""

    def item_ref(self, target: str, item_id: int, limit: int = 70) -> str:
        """Markup for an idea (number and its words) or a theme (its name)."""
        if target == "ideas":
            idea = self.facts.ideas.get(item_id)
            if idea is None:
                return ""
            return f"{self.idea_ref(item_id)} {self.pr.para(quote(idea.text, limit))}"
        theme = self.facts.themes.get(item_id)
        return self.pr.para(quote(theme.name, limit)) if theme else ""

    # The document -------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        from . import actions, sections, voting

        body: list[Flowable] = []
        body += self.at_a_glance()
        body += sections.attendance(self)
        body += sections.agenda(self)
        body += sections.ideas_by_theme(self)
        body += voting.rounds(self)
        body += actions.agreed_actions(self)
        if self.data.follow_up_of is not None or self.data.reviewed_actions:
            body += actions.you_said_we_did(self)
        body += sections.stage_notes(self)
        cover = self.cover()
        if self.pr.replaced:  # known only once every text has been set
            cover.append(self.p(self.L.s("characters_missing"), self.st.small))
        return bind(cover + body)

    def render(self) -> bytes:
        buffer = io.BytesIO()
        w = self.data.workshop
        title = self.pr.plain(w.title)
        doc = SimpleDocTemplate(
            buffer,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{w.title}: {self.L.h('minutes')}",
            author=w.facilitator or w.organisation or "",
            subject=w.purpose or self.L.h("minutes"),
            creator=f"{APP_NAME} {__version__}",
            keywords=[k for k in (w.organisation, w.venue) if k],
            lang=LANG_TAGS.get(self.L.language, "en-GB"),
        )
        story = self.story()
        made = self.L.h("generated").format(when=self.L.when(self.generated_at))
        canvas = numbered_canvas(title, made, self.L.both("page"))
        doc.build(story, canvasmaker=canvas)
        return buffer.getvalue()

    # Cover and summary --------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        w = self.data.workshop
        st = self.st
        out: list[Flowable] = []
        if w.organisation.strip():
            out.append(self.p(self.pr.line(w.organisation), st.kicker))
        out.append(self.p(self.pr.line(w.title), st.title))
        subtitle = self.L.h("minutes")
        if self.L.bilingual:
            subtitle += f"<br/>{self.L.h_other('minutes')}"
        out.append(self.p(subtitle, st.subtitle))
        rows: list[list[Any]] = []

        def add(key: str, markup: str) -> None:
            if markup:
                label = self.L.h(key)
                other = self.L.h_other(key)
                if other:
                    label += f"<br/>{other}"
                rows.append([self.p(label, st.label), self.p(markup, st.body)])

        add("date", self.L.date(w.date, weekday=True))
        add("venue", self.pr.para(w.venue.strip()))
        add("facilitator", self.pr.para(w.facilitator.strip()))
        add("organisation", self.pr.para(w.organisation.strip()))
        add("purpose", self.pr.para(w.purpose.strip()))
        earlier = self.data.follow_up_of
        if earlier is not None:
            when = self.L.s("on_date", date=self.L.date(earlier.date)) if earlier.date else ""
            add("follows", self.pr.para(quote(earlier.title, 200)) + when)
        if rows:
            out.append(
                self.table(
                    rows,
                    [38 * mm, WIDTH - 38 * mm],
                    header_rows=0,
                    zebra=False,
                    extra=[("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)],
                )
            )
        out.append(Spacer(1, 4))
        return out

    def at_a_glance(self) -> list[Flowable]:
        d, f, L, st = self.data, self.facts, self.L, self.st
        out: list[Flowable] = [self.heading("at_a_glance")]
        present = f.attended()
        tiles = [
            ("people", len(present)),
            ("ideas", len(d.ideas)),
            ("themes", len(d.themes)),
            ("votes", len(f.results)),
            ("actions", len(d.actions)),
        ]
        cells = []
        for key, value in tiles:
            label = L.h(key) + (f"<br/>{L.h_other(key)}" if L.bilingual else "")
            cells.append([self.p(L.number(value), st.tile_number), self.p(label, st.tile_label)])
        tile_table = Table([cells], colWidths=[WIDTH / len(tiles)] * len(tiles), hAlign="LEFT")
        tile_table.setStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TILE_BG),
                ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
        out.append(tile_table)

        by_group = self.people_by_group(present)
        if by_group:
            out.append(self.heading("people_by_group", 3))
            out.append(
                self.p(
                    " · ".join(f"{self.pr.line(name)}: <b>{n}</b>" for name, n in by_group),
                    st.body,
                )
            )
        priorities = self.top_priorities()
        if priorities:
            out.append(self.heading("top_priorities", 3))
            out += priorities
        if d.actions:
            out.append(self.heading("actions_by_status", 3))
            counts = {s: 0 for s in ("agreed", "in_progress", "proposed", "done", "dropped")}
            for a in d.actions:
                counts[a.status] = counts.get(a.status, 0) + 1
            out.append(
                self.p(
                    " · ".join(f"{L.status(s)}: <b>{n}</b>" for s, n in counts.items() if n),
                    st.body,
                )
            )
        return out

    def people_by_group(self, people: Sequence[r.ParticipantRecord]) -> list[tuple[str, int]]:
        counts: dict[int | None, int] = {}
        for p in people:
            key = p.group_id if p.group_id in self.facts.groups else None
            counts[key] = counts.get(key, 0) + 1
        order = [g.id for g in self.data.groups] + [None]
        return [(self.group(g), counts[g]) for g in order if counts.get(g)]

    def top_priorities(self) -> list[Flowable]:
        """One line per vote (run-offs folded into the vote they settle)."""
        f, L = self.facts, self.L
        out: list[Flowable] = []
        for rd in self.data.rounds:
            v = rd.round
            if v.runoff_of_id is not None or v.id not in f.results:
                continue
            res = f.results[v.id]
            title = L.s("vote_title", n=f.round_no[v.id], question=self.pr.para(quote(v.question)))
            outcome = self.outcome(res)
            for runoff_id in f.runoffs.get(v.id, []):
                if runoff_id in f.results and res.top_tied:
                    decided = self.outcome(f.results[runoff_id])
                    which = L.s("vote_n", n=f.round_no[runoff_id])
                    outcome += f"; {L.s('decided_by_runoff')} ({which}): {decided}"
            out.append(self.p(f"<b>{title}</b><br/>{outcome}", self.st.body))
        return out

    def outcome(self, res: r.RoundResults) -> str:
        L = self.L
        if not res.items or res.items[0].dots == 0:
            return L.s("no_result")
        top = [i for i in res.items if i.rank == 1]
        target = res.round.target
        if len(top) == 1:
            return L.s("top_of_round", item=self.item_ref(target, top[0].item_id), dots=top[0].dots)
        names = ", ".join(self.item_ref(target, i.item_id, 50) for i in top)
        return L.s("tied_of_round", items=names, dots=top[0].dots)
