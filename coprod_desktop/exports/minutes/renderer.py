"""The minutes renderer: ``MinutesRenderer(data).render()`` gives the PDF bytes, the
cover and the summary first, then each section in turn (sections.py, voting.py,
actions.py), built on the shared helpers of ``document.Document``."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table

from ... import APP_NAME, __version__
from ...catalogues import N_
from ...services import records as r
from ...text import quoted
from . import actions, sections, voting
from .document import Document
from .keep import bind
from .page import numbered_canvas
from .styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE, RULE, TILE_BG, WIDTH

LANG_TAGS = {"en": "en-GB", "cy": "cy-GB"}


class MinutesRenderer(Document):
    """Builds the minutes of one workshop, section by section."""

    def story(self) -> list[Flowable]:
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
            cover.append(
                self.p(
                    self.L.s(
                        "Some characters (such as emoji) cannot be printed in this document; they "
                        "appear as a description in square brackets. The CSV and workshop files "
                        "keep them exactly."
                    ),
                    self.st.small,
                )
            )
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
            title=w.title + ": " + self.L.h("Minutes of a co-production workshop"),
            author=w.facilitator or w.organisation or "",
            subject=w.purpose or self.L.h("Minutes of a co-production workshop"),
            creator=f"{APP_NAME} {__version__}",
            keywords=[k for k in (w.organisation, w.venue) if k],
            lang=LANG_TAGS.get(self.L.language, "en-GB"),
        )
        story = self.story()
        made = self.L.h("Made {when}").format(when=self.L.when(self.generated_at))
        canvas = numbered_canvas(title, made, self.L.both("Page {page} of {pages}"))
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
        subtitle = self.L.h("Minutes of a co-production workshop")
        if self.L.bilingual:
            subtitle += "<br/>" + (self.L.h_other("Minutes of a co-production workshop") or "")
        out.append(self.p(subtitle, st.subtitle))
        rows: list[list[Any]] = []

        def add(key: str, markup: str) -> None:
            if markup:
                label = self.L.h(key)
                other = self.L.h_other(key)
                if other:
                    label += f"<br/>{other}"
                rows.append([self.p(label, st.label), self.p(markup, st.body)])

        add(N_("Date"), self.L.date(w.date, weekday=True))
        add(N_("Venue"), self.pr.para(w.venue.strip()))
        add(N_("Facilitator"), self.pr.para(w.facilitator.strip()))
        add(N_("Organisation"), self.pr.para(w.organisation.strip()))
        add(N_("Purpose"), self.pr.para(w.purpose.strip()))
        earlier = self.data.follow_up_of
        if earlier is not None:
            when = self.L.s(" on {date}", date=self.L.date(earlier.date)) if earlier.date else ""
            add(N_("Follows"), self.pr.para(quoted(earlier.title, 200, whole_words=True)) + when)
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
        tables = self.facts.tables
        if tables:
            out.append(Spacer(1, 6))
            out.append(
                self.p(
                    self.L.n(
                        "Merged from the file of {n} table: {tables}",
                        "Merged from the files of {n} tables: {tables}",
                        len(tables),
                        tables=", ".join(self.pr.line(t) for t in tables),
                    ),
                    st.body,
                )
            )
        out.append(Spacer(1, 4))
        return out

    def at_a_glance(self) -> list[Flowable]:
        d, f, L, st = self.data, self.facts, self.L, self.st
        out: list[Flowable] = [self.heading("At a glance")]
        present = f.attended()
        tiles = [
            (N_("People present"), len(present)),
            (N_("Ideas"), len(d.ideas)),
            (N_("Themes"), len(d.themes)),
            (N_("Votes"), len(f.results)),
            (N_("Actions"), len(d.actions)),
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
            out.append(self.heading("People by group", 3))
            out.append(
                self.p(
                    " · ".join(f"{self.pr.line(name)}: <b>{n}</b>" for name, n in by_group),
                    st.body,
                )
            )
        priorities = self.top_priorities()
        if priorities:
            out.append(self.heading("Top priorities", 3))
            out += priorities
        if d.actions:
            out.append(self.heading("Actions by status", 3))
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
            question = self.pr.para(quoted(v.question, 90, whole_words=True))
            if v.table_name:  # a merged workshop: which table's vote
                title = L.s(
                    "Vote {n}, {table}: {question}",
                    n=f.round_no[v.id],
                    table=self.pr.line(v.table_name),
                    question=question,
                )
            else:
                title = L.s("Vote {n}: {question}", n=f.round_no[v.id], question=question)
            outcome = self.outcome(res)
            for runoff_id in f.runoffs.get(v.id, []):
                if runoff_id in f.results and res.top_tied:
                    decided = self.outcome(f.results[runoff_id])
                    which = L.s("vote {n}", n=f.round_no[runoff_id])
                    outcome += "; " + L.s("decided by run-off") + f" ({which}): {decided}"
            out.append(self.p(f"<b>{title}</b><br/>{outcome}", self.st.body))
        return out

    def outcome(self, res: r.RoundResults) -> str:
        L = self.L
        if not res.items or res.items[0].dots == 0:
            return L.s("no dots cast")
        top = [i for i in res.items if i.rank == 1]
        target = res.round.target
        if len(top) == 1:
            item = self.item_ref(target, top[0].item_id)
            return L.n("{item} ({n} dot)", "{item} ({n} dots)", top[0].dots, item=item)
        names = ", ".join(self.item_ref(target, i.item_id, 50) for i in top)
        return L.n(
            "Tied: {items} ({n} dot each)",
            "Tied: {items} ({n} dots each)",
            top[0].dots,
            items=names,
        )
