"""What of a workshop goes to the organisation's archive (issue 14, "Publish").

The archive is read more widely than the facilitator's laptop, so the copy differs from
the workshop in two ways, decided here on the workshop's records (no file format, no Qt):

- only closed rounds go: an open or draft round's register and ballots are half-made
  (and would tie people to a vote still under way), so the round is left out and the
  facilitator is told which;
- a participant who has not agreed to be named (``named_in_minutes`` false) is published
  as a pseudonym, "Participant 7 (Residents)", in the workshop's language. The number is
  their place in the workshop's list, so publishing again gives the same pseudonym and
  the archive's copy is updated rather than renamed. Everything that points at them
  (ideas' authors, action owners, the named ballots of a round that was not secret)
  keeps pointing at the pseudonymised participant; their name typed as a whole word in
  free text (ideas, themes, notes, actions, stages, questions) is replaced by the
  pseudonym too. (The register and ballots of an open round, which would tie them to a
  vote still under way, go with the round.)

``exports.publish`` writes the result into the archive.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from ..messages import QT_TRANSLATE_NOOP, Message
from .records import WorkshopData

# The pseudonym, in each language a workshop can be recorded in (the archive keeps it as
# written). The group's name is what the facilitator typed, never translated.
_PSEUDONYM = {
    "en": ("Participant {number}", "Participant {number} ({group})"),
    "cy": ("Cyfranogwr {number}", "Cyfranogwr {number} ({group})"),
}


def pseudonym(number: int, group: str | None, language: str) -> str:
    """The name a participant who has not agreed to be named is published under."""
    alone, with_group = _PSEUDONYM.get(language, _PSEUDONYM["en"])
    if group:
        return with_group.format(number=number, group=group)
    return alone.format(number=number)


@dataclass(frozen=True)
class ArchiveCopy:
    """The workshop as it will be published, and what the facilitator should know first.

    ``left_out``: the questions of the rounds left out (not closed); ``pseudonyms``: how
    many participants are published under a pseudonym; ``warnings``: one sentence each,
    to show in the interface's language (``Message``)."""

    data: WorkshopData
    left_out: tuple[str, ...]
    pseudonyms: int
    warnings: tuple[Message, ...]


def archive_copy(data: WorkshopData) -> ArchiveCopy:
    """The copy of ``data`` fit for the archive (see the module's docstring)."""
    kept = tuple(rd for rd in data.rounds if rd.round.status == "closed")
    kept_ids = {rd.round.id for rd in kept}
    kept = tuple(
        rd
        if rd.round.runoff_of_id is None or rd.round.runoff_of_id in kept_ids
        else replace(rd, round=replace(rd.round, runoff_of_id=None))
        for rd in kept
    )
    warnings: list[Message] = []
    left_out: list[str] = []
    for rd in data.rounds:
        if rd.round.id in kept_ids:
            continue
        left_out.append(rd.round.question)
        if rd.round.status == "open":
            template = QT_TRANSLATE_NOOP(
                "services", "The round “{question}” is still open, so it is left out."
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "services", "The round “{question}” has not been held, so it is left out."
            )
        warnings.append(Message(template, question=rd.round.question))

    group_names = {g.id: g.name for g in data.groups}
    language = data.workshop.language
    pseudonyms = {
        p.id: pseudonym(number, group_names.get(p.group_id or -1), language)
        for number, p in enumerate(data.participants, start=1)
        if not p.named_in_minutes
    }
    participants = tuple(
        replace(p, name=pseudonyms[p.id]) if p.id in pseudonyms else p for p in data.participants
    )
    # Free text names people as typed: each hidden name becomes the pseudonym of the
    # first participant of that name (two people may share one).
    renamed: dict[str, str] = {}
    for p in data.participants:
        if p.id in pseudonyms:
            renamed.setdefault(p.name.strip(), pseudonyms[p.id])
    hide = _name_hider(renamed)
    if pseudonyms:
        first = next(iter(pseudonyms.values()))
        if len(pseudonyms) == 1:
            template = QT_TRANSLATE_NOOP(
                "services",
                "One participant has not agreed to be named and is published as “{example}”.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "services",
                "{count} participants have not agreed to be named and are published as "
                "“{example}” and so on.",
            )
        warnings.append(Message(template, count=len(pseudonyms), example=first))
    copy = replace(
        data,
        participants=participants,
        rounds=tuple(
            replace(rd, round=replace(rd.round, question=hide(rd.round.question))) for rd in kept
        ),
        stages=tuple(replace(s, prompt=hide(s.prompt), title=hide(s.title)) for s in data.stages),
        themes=tuple(replace(t, name=hide(t.name)) for t in data.themes),
        ideas=tuple(replace(i, text=hide(i.text)) for i in data.ideas),
        actions=tuple(
            replace(
                a,
                title=hide(a.title),
                notes=hide(a.notes),
                owner_name=hide(a.owner_name) if a.owner_name else a.owner_name,
            )
            for a in data.actions
        ),
        notes=tuple(replace(n, text=hide(n.text)) for n in data.notes),
    )
    return ArchiveCopy(copy, tuple(left_out), len(pseudonyms), tuple(warnings))


def _name_hider(renamed: Mapping[str, str]) -> Callable[[str], str]:
    """A function replacing each of ``renamed``'s names, as a whole word in any text,
    by its pseudonym; names are tried longest first ("Siân Ellis" before "Siân")."""
    names = sorted((n for n in renamed if n), key=len, reverse=True)
    if not names:
        return lambda text: text
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return lambda text: pattern.sub(lambda match: renamed[match.group(1)], text)
