"""What the room agreed to do, and (in a follow-up) what became of the earlier actions."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ...services import records as r
from ...text import quoted, shorten
from .document import Document
from .styles import WIDTH

ANSWER_WORDS = 80  # characters of an idea's words shown beside the action it answers


def _answers(doc: Document, action: r.ActionRecord) -> str:
    """What an action answers, in the ideas' own words (their number after, to find them
    under "Ideas by theme") and the themes' names."""
    f, pr = doc.facts, doc.pr
    refs = [
        doc.L.s(
            "{words} (idea {no})",
            words=pr.para(quoted(f.ideas[i].text, ANSWER_WORDS, whole_words=True)),
            no=f.idea_no[i],
        )
        for i in action.idea_ids
        if i in f.ideas
    ]
    refs += [
        doc.L.s(
            "theme {name}",
            name=pr.line(quoted(f.themes[t].name, ANSWER_WORDS, whole_words=True)),
        )
        for t in action.theme_ids
        if t in f.themes
    ]
    return doc.L.s("Answers: {items}", items="; ".join(refs)) if refs else ""


def _action_cell(doc: Document, action: r.ActionRecord) -> list[Any]:
    st = doc.st
    cell: list[Any] = [doc.text(action.title, st.cell_bold)]
    if action.notes.strip():
        cell.append(doc.text(action.notes.strip(), st.cell))
    answers = _answers(doc, action)
    if answers:
        cell.append(doc.p(answers, st.cell_small))
    return cell


def agreed_actions(doc: Document) -> list[Flowable]:
    """Actions agreed here; in a follow-up, those carried over from the earlier workshop
    are reported once, under "You said, we did"."""
    L, st = doc.L, doc.st
    out: list[Flowable] = [doc.heading("Agreed actions")]
    earlier = doc.data.follow_up_of
    actions = doc.data.actions
    if earlier is not None:
        carried = [a for a in actions if a.carried_from_id is not None]
        actions = tuple(a for a in actions if a.carried_from_id is None)
        if carried:
            out.append(
                doc.lead(
                    L.s(
                        "Actions carried over from the earlier workshop: {n}. They are "
                        "reported under “You said, we did”. New actions agreed at this "
                        "workshop:",
                        n=len(carried),
                    ),
                    st.body,
                )
            )
    if not actions:
        out.append(doc.p(L.s("No actions were agreed."), st.quiet))
        return out
    rows: list[list[Any]] = [
        [
            doc.header("No."),
            doc.header("Action"),
            doc.header("Owner"),
            doc.header("Due"),
            doc.header("Status"),
        ]
    ]
    for n, action in enumerate(actions, start=1):
        rows.append(
            [
                str(n),
                _action_cell(doc, action),
                doc.p(doc.owner(action), st.cell),
                doc.p(L.short_date(action.due) if action.due else "–", st.cell),
                doc.p(L.status_both(action.status), st.cell),
            ]
        )
    widths = [11 * mm, WIDTH - 11 * mm - 32 * mm - 25 * mm - 24 * mm, 32 * mm, 25 * mm, 24 * mm]
    out.append(doc.table(rows, widths))
    return out


def you_said_we_did(doc: Document) -> list[Flowable]:
    """The earlier workshop's actions beside what happened to them: each carried action
    was reviewed (and perhaps updated) in this workshop."""
    L, st = doc.L, doc.st
    earlier = doc.data.follow_up_of
    out: list[Flowable] = [doc.heading("You said, we did")]
    if earlier is not None:
        when = L.s(" on {date}", date=L.date(earlier.date)) if earlier.date else ""
        out.append(
            doc.lead(L.s("These actions were agreed at “{title}”{when}; this workshop "
                      "reviewed them.", when=when,
                         title=doc.pr.line(shorten(earlier.title, 200, whole_words=True))),
                     st.body)
        )  # fmt: skip
    reviewed = doc.data.reviewed_actions
    if not reviewed:
        out.append(doc.p(L.s("The earlier workshop recorded no actions."), st.quiet))
        return out
    now = {a.carried_from_id: a for a in doc.data.actions if a.carried_from_id is not None}
    rows: list[list[Any]] = [[doc.header("Action"), doc.header("Then"), doc.header("Now")]]
    for old in reviewed:
        current = now.get(old.id)
        said: list[Any] = [doc.text(old.title, st.cell_bold)]
        if old.notes.strip():
            said.append(doc.text(old.notes.strip(), st.cell_small))
        if current is not None:
            owner = doc.owner(current)
            due = current.due
            did: list[Any] = [doc.p(f"<b>{L.status_both(current.status)}</b>", st.cell)]
            if current.notes.strip() and current.notes.strip() != old.notes.strip():
                did.append(doc.text(current.notes.strip(), st.cell))
        else:
            # Not carried over: it was done or dropped by then. Its owner belongs to the
            # earlier workshop, whose consent this document cannot see: never named.
            owner = doc.pr.line(old.owner_name) if old.owner_name else L.s("A participant")
            if old.owner_id is None and not old.owner_name:
                owner = L.s("Not set")
            due = old.due
            did = [
                doc.p(
                    L.s("Not carried over (already {status} then)", status=L.status(old.status)),
                    st.cell_small,
                )
            ]
        who = L.h("Owner") + f": {owner}"
        if due:
            who += " · " + L.h("Due") + f": {L.short_date(due)}"
        said.append(doc.p(who, st.cell_small))
        rows.append([said, doc.p(L.status_both(old.status), st.cell), did])
    widths = [WIDTH - 26 * mm - 62 * mm, 26 * mm, 62 * mm]
    out.append(doc.table(rows, widths))
    return out
