"""Sections of the minutes about people, the agenda, the ideas and the stage notes."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from ...services import records as r
from ...text import one_line
from .document import Document
from .flowables import Para
from .keep import SHORT_BLOCK, Block, Tail
from .styles import ACCENT, WIDTH
from .text import FONT, FONT_BOLD, closed_quotes


def attendance(doc: Document) -> list[Flowable]:
    f, L, st, pr = doc.facts, doc.L, doc.st, doc.pr
    out: list[Flowable] = [doc.heading("Attendance")]
    people = doc.data.participants
    if not people:
        out.append(doc.p(L.s("No participants were recorded."), st.quiet))
        return out
    present: dict[int | None, list[r.ParticipantRecord]] = defaultdict(list)
    absent: dict[int | None, int] = defaultdict(int)
    for p in people:
        key = p.group_id if p.group_id in f.groups else None
        if p.attended:
            present[key].append(p)
        else:
            absent[key] += 1
    rows: list[list[Any]] = [
        [doc.header("Group"), doc.header("Present", True), doc.header("Names")]
    ]
    order = [g.id for g in doc.data.groups] + [None]
    for gid in order:
        if not present.get(gid):
            continue
        named = [pr.line(p.name) for p in present[gid] if p.named_in_minutes]
        hidden = len(present[gid]) - len(named)
        names = ", ".join(named)
        if hidden:
            names += (" " if named else "") + (
                L.s("and {n} more, not named: no consent recorded", n=hidden)
                if named
                else L.n(
                    "{n} person, not named: no consent recorded",
                    "{n} people, not named: no consent recorded",
                    hidden,
                )
            )
        rows.append(
            [
                doc.p(pr.line(doc.group(gid)), st.cell_bold),
                str(len(present[gid])),
                doc.p(names, st.cell),
            ]
        )
    total = sum(len(v) for v in present.values())
    rows.append([doc.p(L.h("Total"), st.cell_bold), str(total), ""])
    table = doc.table(
        rows,
        [42 * mm, 22 * mm, WIDTH - 64 * mm],
        extra=[
            ("ALIGN", (1, 1), (1, -1), "RIGHT"),
            ("FONTNAME", (1, -1), (1, -1), FONT_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ],
    )
    tail: list[Flowable] = []
    if absent:
        groups = ", ".join(f"{pr.line(doc.group(g))} {n}" for g in order if (n := absent.get(g, 0)))
        tail.append(Spacer(1, 4))
        tail.append(
            doc.p(
                L.s(
                    "Invited but not present: {count} ({groups}).",
                    count=sum(absent.values()),
                    groups=groups,
                ),
                st.body,
            )
        )
    tail.append(
        doc.p(
            L.s(
                "Only people who agreed to be named in the minutes are named; everyone "
                "else is counted by group."
            ),
            st.small,
        )
    )
    out.append(Tail(table, tail))
    return out


def _clock(value: datetime | None) -> str:
    return f"{value.astimezone():%H:%M}" if value else "–"


def agenda(doc: Document) -> list[Flowable]:
    L, st, pr = doc.L, doc.st, doc.pr
    out: list[Flowable] = [doc.heading("Agenda")]
    stages = doc.data.stages
    if not stages:
        out.append(doc.p(L.s("No agenda was recorded."), st.quiet))
        return out
    rows: list[list[Any]] = [
        [
            doc.header("No."),
            doc.header("Stage"),
            doc.header("Planned", True),
            doc.header("Started", True),
            doc.header("Ended", True),
            doc.header("Took", True),
        ]
    ]
    planned_total = took_total = 0
    for n, s in enumerate(stages, start=1):
        cell: list[Flowable] = [doc.p(pr.line(s.title), st.cell_bold)]
        if s.prompt.strip():
            cell.append(doc.p(pr.para(s.prompt.strip()), st.cell_small))
        took = ""
        if s.started_at and s.ended_at:
            minutes = max(0, round((s.ended_at - s.started_at).total_seconds() / 60))
            took_total += minutes
            took = L.s("{n} min", n=minutes)
        planned = ""
        if s.planned_minutes is not None:
            planned_total += s.planned_minutes
            planned = L.s("{n} min", n=s.planned_minutes)
        rows.append([str(n), cell, planned, _clock(s.started_at), _clock(s.ended_at), took])
    rows.append(
        [
            "",
            doc.p(L.h("Total"), st.cell_bold),
            L.s("{n} min", n=planned_total) if planned_total else "",
            "",
            "",
            L.s("{n} min", n=took_total) if took_total else "",
        ]
    )
    out.append(
        doc.table(
            rows,
            [11 * mm, WIDTH - 11 * mm - 4 * 21 * mm, 21 * mm, 21 * mm, 21 * mm, 21 * mm],
            extra=[
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("FONTNAME", (2, -1), (-1, -1), FONT_BOLD),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ],
        )
    )
    return out


def ideas_by_theme(doc: Document) -> list[Flowable]:
    f, L, st, pr = doc.facts, doc.L, doc.st, doc.pr
    d = doc.data
    out: list[Flowable] = [doc.heading("Ideas by theme")]
    if not d.ideas:
        out.append(doc.p(L.s("No ideas were recorded."), st.quiet))
        return out
    out.append(
        doc.lead(
            L.s(
                "Ideas: {ideas}. Themes: {themes}. Dots are those each idea got in the "
                "most recent closed vote that included it (run-offs are reported with "
                "their votes).",
                ideas=len(d.ideas),
                themes=len(d.themes),
            ),
            st.small,
        )
    )
    by_theme: dict[int | None, list[r.IdeaRecord]] = defaultdict(list)
    for idea in d.ideas:
        by_theme[idea.theme_id if idea.theme_id in f.themes else None].append(idea)
    dots = f.idea_dots
    from_width = 46 * mm
    table_width = 30 * mm if f.tables else 0  # a merged workshop: each idea's table
    idea_width = WIDTH - 12 * mm - table_width - from_width - 14 * mm
    widths = [12 * mm, idea_width, from_width, 14 * mm]
    header = [doc.header("No."), doc.header("Idea"), doc.header("From"), doc.header("Dots", True)]
    if f.tables:
        widths.insert(2, table_width)
        header.insert(2, doc.header("Table"))
    room = from_width - 8  # the cell's padding
    for theme_id in [t.id for t in d.themes] + [None]:
        ideas = by_theme.get(theme_id, [])
        if theme_id is None and not ideas:
            continue
        if theme_id is not None:
            theme = f.themes[theme_id]
            title = f'<font color="{theme.colour}">■</font> {pr.line(theme.name)}'
        else:
            title = L.s("Not in a theme")
        total = sum(dots.get(i.id, 0) for i in ideas)
        counts = L.s("Ideas: {ideas} · dots: {dots}", ideas=len(ideas), dots=total)
        title += f'&#160;&#160;<font name="{FONT}" size="8.5" color="#555B61">{counts}</font>'
        out.append(Spacer(1, 8))
        if not ideas:
            out += [doc.p(title, st.h2), doc.p(L.s("No ideas in this theme."), st.quiet)]
            continue
        ideas.sort(key=lambda i: (-dots.get(i.id, 0), f.idea_no[i.id]))
        # The theme's name is the table's first row, so it repeats on every page it runs to.
        rows: list[list[Any]] = [doc.title_row(title, st.table_title, widths), header]
        for idea in ideas:
            row = [
                str(f.idea_no[idea.id]),
                doc.cell(idea.text, widths[1]),
                _from(doc, idea, room),
                str(dots[idea.id]) if idea.id in dots else "",
            ]
            if f.tables:
                row.insert(2, doc.cell(idea.table_name or "", table_width))
            rows.append(row)
        out.append(
            doc.table(
                rows,
                widths,
                header_rows=2,
                zebra=False,
                extra=[
                    ("BACKGROUND", (0, 0), (-1, 0), colors.white),
                    ("LEFTPADDING", (0, 0), (-1, 0), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                    ("ALIGN", (-1, 2), (-1, -1), "RIGHT"),
                ],
            )
        )
    return out


def _from(doc: Document, idea: r.IdeaRecord, room: float) -> Any:
    """Who an idea came from: the group, and the author if they agreed to be named.
    Plain text when it fits on one line (much cheaper to lay out than a Paragraph)."""
    parts = []
    if idea.group_id in doc.facts.groups:
        parts.append(doc.facts.groups[idea.group_id].name)
    if doc.facts.may_name(idea.author_id):
        parts.append(doc.facts.people[idea.author_id].name)
    if not parts:
        return ""
    text = doc.pr.plain(" · ".join(one_line(p) for p in parts))
    if doc.pr.simple(text) and stringWidth(text, FONT, 9) <= room:
        return text
    return doc.p(doc.pr.para(text), doc.st.cell)


def stage_notes(doc: Document) -> list[Flowable]:
    L, st, pr = doc.L, doc.st, doc.pr
    out: list[Flowable] = [doc.heading("Stage notes")]
    notes = doc.data.notes
    if not notes:
        out.append(doc.p(L.s("No stage notes were taken."), st.quiet))
        return out
    by_stage: dict[int | None, list[r.NoteRecord]] = defaultdict(list)
    for note in notes:
        by_stage[note.stage_id if note.stage_id in doc.facts.stages else None].append(note)
    for s in doc.data.stages:
        if by_stage.get(s.id):
            out += _notes_of(doc, doc.titled(pr.line(s.title), 2), by_stage[s.id])
    if by_stage.get(None):
        out += _notes_of(doc, doc.heading("Other notes", 2), by_stage[None])
    return out


def _notes_of(doc: Document, title: Flowable, notes: list[r.NoteRecord]) -> list[Flowable]:
    """A stage's notes: a few stay together on one page; more run on, the last note
    never alone at the top of a page."""
    paragraphs = [_note(doc, n) for n in notes]
    if len(paragraphs) > 1:
        paragraphs[-2:] = [Tail(paragraphs[-2], [paragraphs[-1]])]
    return [Block([title, *paragraphs], limit=SHORT_BLOCK)]


def _note(doc: Document, note: r.NoteRecord) -> Flowable:
    time = f"{note.created_at.astimezone():%H:%M}"
    return Para(doc.pr.para(closed_quotes(note.text.strip())), doc.st.note, bulletText=time)
