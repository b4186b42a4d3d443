"""The votes: how each round was run, what it chose, how groups differed, run-offs."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from ...catalogues import N_
from ...services import records as r
from ...services.wording import combined_note, group_sentence
from ...text import one_line, quoted
from .chart import Bar, Legend, bar_chart
from .document import Document
from .keep import Block, Tail
from .page import fit
from .styles import FRAME_HEIGHT, MUTED, WIDTH
from .text import FONT, FONT_BOLD

CHART_BARS = 10
COMPACT_OVER = 40  # a longer ranking shows each idea on one line
MAX_GROUP_COLUMNS = 4
LIST_ZEROS_UP_TO = 30
MAX_GROUP_WIDTH = 30 * mm
NO_GROUP_COLOUR = "#9AA3AD"
ROUND_BLOCK = FRAME_HEIGHT / 3  # a vote this short moves to the next page whole


def rounds(doc: Document) -> list[Flowable]:
    out: list[Flowable] = [doc.heading("Voting")]
    if not doc.data.rounds:
        out.append(doc.p(doc.L.s("No votes were held."), doc.st.quiet))
        return out
    for rd in doc.data.rounds:
        out += one_round(doc, rd)
    return out


def _title(doc: Document, v: r.RoundRecord) -> str:
    f, L = doc.facts, doc.L
    question = doc.pr.line(v.question)
    if v.table_name:  # a merged workshop: each table's votes are that table's
        return _table_title(doc, v, question)
    if v.runoff_of_id is not None and v.runoff_of_id in f.round_no:
        return L.s(
            "Vote {n} (run-off after vote {of}): {question}",
            n=f.round_no[v.id],
            of=f.round_no[v.runoff_of_id],
            question=question,
        )
    return L.s("Vote {n}: {question}", n=f.round_no[v.id], question=question)


def _table_title(doc: Document, v: r.RoundRecord, question: str) -> str:
    f, L, table = doc.facts, doc.L, doc.pr.line(v.table_name or "")
    if v.runoff_of_id is not None and v.runoff_of_id in f.round_no:
        return L.s(
            "Vote {n}, {table} (run-off after vote {of}): {question}",
            n=f.round_no[v.id],
            table=table,
            of=f.round_no[v.runoff_of_id],
            question=question,
        )
    return L.s("Vote {n}, {table}: {question}", n=f.round_no[v.id], table=table, question=question)


def one_round(doc: Document, rd: r.RoundData) -> list[Flowable]:
    f, L, st = doc.facts, doc.L, doc.st
    v = rd.round
    out: list[Flowable] = [doc.titled(_title(doc, v), 2)]
    if v.status == "draft":
        return [*out, doc.p(L.s("This vote was prepared but not held."), st.quiet)]
    if v.status == "open":
        return [
            *out,
            doc.p(
                L.s(
                    "This vote was still open when these minutes were made, so its "
                    "results are not reported."
                ),
                st.quiet,
            ),
        ]
    res = f.results[v.id]
    out += how_it_was_run(doc, res)
    if not res.total_dots:
        out += [doc.heading("Results", 3), doc.p(L.s("No dots were cast."), st.quiet)]
    else:
        out += results_table(doc, res)
        chart = _chart(doc, res)
        if chart is not None:
            out += [Spacer(1, 6), chart]
    out += _ties(doc, res)
    if v.method == "ballot" and res.ballots:
        sentence = group_sentence(res, f.group_names(), L.language)
        compared = [doc.heading("Groups compared", 3), doc.text(sentence, st.body)]
        if note := combined_note(res, L.language):
            compared.append(doc.text(note, st.small))
        out.append(Block(compared))
    if v.method == "ballot" and not v.secret and rd.ballots:
        out += named_ballots(doc, rd)
    # A short vote reads as one piece on one page; a long one runs on from where it is,
    # its headings kept with what follows them.
    return [Block(out, limit=ROUND_BLOCK)]


def how_it_was_run(doc: Document, res: r.RoundResults) -> list[Flowable]:
    L, st = doc.L, doc.st
    v = res.round
    rows: list[tuple[str, str]] = []
    method = (
        L.s("Each person cast dots on the shared screen")
        if v.method == "ballot"
        else L.s("The facilitator counted sticker dots")
    )
    rows.append((N_("Method"), method))
    on_ballot = L.number(len(res.items))
    rows.append(
        (
            N_("Voting on"),
            L.s("Ideas ({n} on the ballot)", n=on_ballot)
            if v.target == "ideas"
            else L.s("Themes ({n} on the ballot)", n=on_ballot),
        )
    )
    if v.method == "ballot":
        rows.append((N_("Dots each"), str(v.dots_per_voter)))
        rows.append((N_("Most dots on one item"), str(v.max_dots_per_item)))
        secrecy = (
            L.s("Secret: nobody, the facilitator included, can see who put dots where")
            if v.secret
            else L.s("Named: who put dots where is recorded (below)")
        )
        rows.append((N_("Ballot"), secrecy))
        percent = round(100 * res.turnout)
        line = L.s(
            "{voted} of {electors} ({percent}%)",
            voted=res.ballots,
            electors=res.electors,
            percent=percent,
        )
        no_group = L.s("No group")
        groups = [
            f"{doc.pr.line(g.name if g.group_id else no_group)} {g.voted}/{g.electors}"
            for g in res.turnout_by_group
        ]
        if groups:
            line += "<br/>" + " · ".join(groups)
        rows.append((N_("Turnout"), line))
    else:
        rows.append((N_("Turnout"), L.s("Not recorded: sticker dots are counted, not people")))
    rows.append((N_("Dots cast"), L.number(res.total_dots)))
    table_rows: list[list[Any]] = []
    for key, markup in rows:
        label = L.h(key) + (f"<br/>{L.h_other(key)}" if L.bilingual else "")
        table_rows.append([doc.p(label, st.label), doc.p(markup, st.cell)])
    table = doc.table(table_rows, [48 * mm, WIDTH - 48 * mm], header_rows=0, zebra=False)
    return [doc.heading("How the vote was run", 3), table]


def _group_columns(doc: Document, res: r.RoundResults) -> list[int | None]:
    """The groups shown apart (a secret round's smaller groups counted together)."""
    if res.round.method != "ballot":
        return []
    return [g.group_id for g in res.breakdown if g.voted]


def _group_name(doc: Document, res: r.RoundResults, group_id: int | None) -> str:
    if group_id is None and res.groups_combined:
        return doc.L.s("Smaller groups combined")
    return doc.group(group_id)


def results_table(doc: Document, res: r.RoundResults) -> list[Flowable]:
    L, st, pr, f = doc.L, doc.st, doc.pr, doc.facts
    v = res.round
    ideas = v.target == "ideas"
    scored = [i for i in res.items if i.dots > 0]
    zeros = [i for i in res.items if i.dots == 0]
    groups = _group_columns(doc, res)
    if len(groups) < 2:
        groups = []  # one group's breakdown would only repeat the totals
    names = [pr.plain(one_line(_group_name(doc, res, g))) for g in groups]
    group_widths = [
        min(MAX_GROUP_WIDTH, max(15 * mm, stringWidth(n, FONT_BOLD, 8.5) + 10)) for n in names
    ]
    folded = len(groups) > MAX_GROUP_COLUMNS or sum(group_widths) > 80 * mm
    header: list[Any] = [doc.header("Rank")]
    widths = [13 * mm]
    if ideas:
        header.append(doc.header("No."))
        widths.append(11 * mm)
    header.append(doc.header("Idea") if ideas else doc.header("Theme"))
    header.append(doc.header("Dots", True))
    if groups and not folded:
        header += [doc.p(pr.para(n), st.header_right) for n in names]
    elif groups:
        header.append(doc.header("By group"))
        group_widths = [46 * mm]
    item_width = WIDTH - sum(widths) - 14 * mm - sum(group_widths)
    widths += [item_width, 14 * mm, *group_widths]
    # The title row repeats with the header on every page the table runs to.
    title = L.h("Results of vote {n}").format(n=f.round_no[v.id])
    if L.bilingual:
        other = L.h_other("Results of vote {n}") or ""
        title += f'<font size="9"> / {other.format(n=f.round_no[v.id])}</font>'
    rows: list[list[Any]] = [doc.title_row(title, st.table_title_small, widths)]
    rows.append(header)
    compact = ideas and len(scored) > COMPACT_OVER
    for item in scored:
        row: list[Any] = [f"={item.rank}" if item.tied else str(item.rank)]
        if ideas:
            row.append(str(f.idea_no.get(item.item_id, "")))
        if compact:  # one line each; the ideas' full words are in "Ideas by theme"
            label = fit(doc.pr.plain(one_line(item.label)), item_width - 8, FONT, st.cell.fontSize)
            row.append(label if pr.simple(label) else doc.text(label, st.cell))
        else:
            row.append(doc.cell(item.label, item_width))
        row.append(str(item.dots))
        if groups and not folded:
            row += [str(item.by_group.get(gid) or "–") for gid in groups]
        elif groups:
            parts = [
                f"{pr.line(_group_name(doc, res, gid))} {item.by_group[gid]}"
                for gid in groups
                if item.by_group.get(gid)
            ]
            row.append(doc.p(" · ".join(parts), st.cell_small))
        rows.append(row)
    first_number = 1 + (1 if ideas else 0) + 1
    extra: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.white),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("ALIGN", (first_number, 2), (-1, -1), "RIGHT"),
    ]
    if groups and folded:
        extra.append(("ALIGN", (-1, 2), (-1, -1), "LEFT"))
    if groups and not folded:
        extra.append(("TEXTCOLOR", (first_number + 1, 2), (-1, -1), MUTED))
    table = doc.table(rows, widths, header_rows=2, extra=extra)
    notes = []
    if compact:
        notes.append(
            L.s(
                "Each idea is cut to one line here; its full words are under “Ideas by "
                "theme”, by its number."
            )
        )
    if any(i.tied for i in scored):
        notes.append(L.s("= marks a tie."))
    if zeros:
        if len(zeros) <= LIST_ZEROS_UP_TO:
            refs = ", ".join(
                str(f.idea_no.get(i.item_id, ""))
                if ideas
                else pr.line(quoted(i.label, 60, whole_words=True))
                for i in zeros
            )
            notes.append(
                L.s("Ideas on the ballot that got no dots: {items}.", items=refs)
                if ideas
                else L.s("Themes on the ballot that got no dots: {items}.", items=refs)
            )
        else:
            notes.append(
                L.n(
                    "Another idea on the ballot got no dots.",
                    "Another {n} ideas on the ballot got no dots.",
                    len(zeros),
                )
                if ideas
                else L.n(
                    "Another theme on the ballot got no dots.",
                    "Another {n} themes on the ballot got no dots.",
                    len(zeros),
                )
            )
    if notes:  # never alone at the top of a page: the table's last rows come along
        return [Tail(table, [Spacer(1, 3), doc.p(" ".join(notes), st.small)])]
    return [table]


def _chart(doc: Document, res: r.RoundResults) -> Flowable | None:
    groups = _group_columns(doc, res)
    split = len(groups) > 1
    colours = {g.id: g.colour for g in doc.data.groups}
    bars = []
    for item in [i for i in res.items if i.dots > 0][:CHART_BARS]:
        rank = f"={item.rank}" if item.tied else str(item.rank)
        label = f"{rank}. {one_line(item.label)}"
        parts: tuple[tuple[str, int], ...] = ()
        if split:
            parts = tuple(
                (colours.get(gid, NO_GROUP_COLOUR) if gid else NO_GROUP_COLOUR, n)
                for gid in groups
                if (n := item.by_group.get(gid, 0))
            )
        bars.append(Bar(doc.pr.plain(label), item.dots, parts))
    legend = (
        [
            Legend(
                colours.get(gid, NO_GROUP_COLOUR) if gid else NO_GROUP_COLOUR,
                doc.pr.plain(_group_name(doc, res, gid)),
            )
            for gid in groups
        ]
        if split
        else []
    )
    return bar_chart(bars, WIDTH, legend)


def _ties(doc: Document, res: r.RoundResults) -> list[Flowable]:
    f, L = doc.facts, doc.L
    if not res.top_tied:
        return []
    top = [i for i in res.items if i.rank == 1]
    names = ", ".join(doc.item_ref(res.round.target, i.item_id, 60) for i in top)
    label = L.s("Tie at the top:")
    each = L.n(
        "{items}, with {n} dot each.", "{items}, with {n} dots each.", top[0].dots, items=names
    )
    text = f"<b>{label}</b> {each}"
    runoffs = f.runoffs.get(res.round.id, [])
    held = [n for n in runoffs if n in f.results]
    if held:
        text += " " + L.s("A run-off followed: vote {n}.", n=f.round_no[held[0]])
    elif runoffs:
        text += " " + L.s(
            "A run-off (vote {n}) was set up but not completed, so the tie stands.",
            n=f.round_no[runoffs[0]],
        )
    else:
        text += " " + L.s("No run-off was held, so the tie stands.")
    return [Spacer(1, 4), doc.p(text, doc.st.body)]


def named_ballots(doc: Document, rd: r.RoundData) -> list[Flowable]:
    """Who put dots where, in a round that was not secret: names only with consent."""
    f, L, st, pr = doc.facts, doc.L, doc.st, doc.pr
    v = rd.round
    order = {p.id: n for n, p in enumerate(doc.data.participants)}
    ballots = sorted(
        rd.ballots,
        key=lambda b: (not f.may_name(b.voter_id), order.get(b.voter_id or -1, 1 << 30)),
    )
    rows: list[list[Any]] = [[doc.header("Voter"), doc.header("Dots given")]]
    for ballot in ballots:
        if f.may_name(ballot.voter_id):
            who = pr.line(f.people[ballot.voter_id].name)
        else:
            who = L.s("Not named ({group})", group=pr.line(doc.group(ballot.group_id)))
        given = []
        for item, dots in ballot.dots.items():
            if v.target == "ideas":
                ref = doc.idea_ref(item)
            else:
                theme = f.themes.get(item)
                ref = pr.line(quoted(theme.name, 50, whole_words=True)) if theme else ""
            given.append(f"{ref} ×{dots}" if dots > 1 else ref)
        rows.append([doc.p(who, st.cell), doc.p(", ".join(given), st.cell)])
    return [
        doc.heading("Named ballots", 3),
        doc.table(rows, [60 * mm, WIDTH - 60 * mm]),
    ]
