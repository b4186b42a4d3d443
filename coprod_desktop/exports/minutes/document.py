"""The minutes being written: ``Document`` holds the data and the shared helpers the
sections build with; ``renderer.MinutesRenderer`` puts the sections together.

Every piece of user text goes through ``self.pr`` (see text.py) before it reaches a
Paragraph or the canvas.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from ...services import records as r
from ...text import quoted
from .facts import Facts
from .flowables import Heading, Lead, MinutesTable, Para, TitleCell
from .labels import Labels
from .styles import Styles, cell_styles, grid
from .text import FONT, Printer

_SPACES = re.compile(r" {2,}")


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


class Document:
    """The minutes being written: the workshop's data and facts, its words (``L``), the
    printer every piece of user text goes through (``pr``), the styles, and the helpers
    each section (``sections``, ``voting``, ``actions``) builds its flowables with."""

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
        self.pr = Printer(self.L.s("[{n} characters that cannot be printed]", n="{n}"))
        self.st = Styles()
        self.generated_at = generated_at or datetime.now(UTC)
        self._frags: dict[str, _Frags] = {}

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
            and self.pr.simple(value)
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
        return self.facts.group_name(group_id, self.L.s("No group"))

    def person(self, person_id: int | None) -> str:
        """Markup naming a participant only if they agreed to be named."""
        person = self.facts.people.get(person_id) if person_id is not None else None
        if person is None:
            return self.L.s("A participant")
        if person.named_in_minutes:
            return self.pr.line(person.name)
        if person.group_id in self.facts.groups:
            return self.L.s(
                "A participant ({group})", group=self.pr.line(self.group(person.group_id))
            )
        return self.L.s("A participant")

    def owner(self, action: r.ActionRecord) -> str:
        if action.owner_id is not None:
            return self.person(action.owner_id)
        if action.owner_name:
            return self.pr.line(action.owner_name)
        return self.L.s("Not set")

    def idea_ref(self, idea_id: int) -> str:
        number = self.facts.idea_no.get(idea_id)
        return self.L.s("idea {n}", n=number) if number else ""

    def item_ref(self, target: str, item_id: int, limit: int = 70) -> str:
        """Markup for an idea (number and its words) or a theme (its name)."""
        if target == "ideas":
            idea = self.facts.ideas.get(item_id)
            if idea is None:
                return ""
            words = quoted(idea.text, limit, whole_words=True)
            return f"{self.idea_ref(item_id)} {self.pr.para(words)}"
        theme = self.facts.themes.get(item_id)
        return self.pr.para(quoted(theme.name, limit, whole_words=True)) if theme else ""
