"""How a person who owns an action is shown outside the app: by name only with their
consent, otherwise by their group, as the minutes and the CSV files have always done."""

from __future__ import annotations

A_PARTICIPANT = "A participant"
A_PARTICIPANT_OF = "A participant ({group})"


def shown_person(
    name: str,
    named: bool,
    group: str | None,
    *,
    unnamed: str = A_PARTICIPANT,
    unnamed_of: str = A_PARTICIPANT_OF,
) -> str:
    """``name`` if they agreed to be named, else "A participant (Residents)" (or "A
    participant" without a group). ``unnamed``/``unnamed_of`` are those words in the
    reader's language (the interface passes its translations)."""
    if named:
        return name
    if group:
        return unnamed_of.format(group=group)
    return unnamed
