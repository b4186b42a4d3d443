"""Plain sentences about results, in English or Welsh, for the shared screen and minutes.

The words are the catalogues' (``coprod_desktop/catalogues.py``): the English here is the
message id, each other language translates it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..catalogues import Words, words
from ..text import quoted
from .records import RoundResults


def _join(words: Sequence[str], conjunction: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    last = words[-1]
    if conjunction == "a" and last.startswith("y "):  # Welsh: "a'r grwpiau", not "a y"
        return f"{', '.join(words[:-1])} a'r {last[2:]}"
    return f"{', '.join(words[:-1])} {conjunction} {last}"


def _group_namer(
    results: RoundResults, group_names: Mapping[int | None, str], w: Words
) -> Callable[[int | None], str]:
    def name(group_id: int | None) -> str:
        if group_id is None and results.groups_combined:
            return w.gettext("the smaller groups combined")
        return group_names.get(group_id) or w.gettext("People without a group")

    return name


def combined_note(results: RoundResults, language: str = "en") -> str:
    """The one line that says why some groups' figures are counted together ("" when
    no group was)."""
    if not results.groups_combined:
        return ""
    return words(language).gettext(
        "Groups with fewer than 3 voters are counted together, so nobody's vote can be picked out."
    )


def group_sentence(
    results: RoundResults, group_names: Mapping[int | None, str], language: str = "en"
) -> str:
    """One sentence on where the groups that voted agreed and where they differed."""
    w = words(language)
    if results.round.method == "tally":
        return w.gettext(
            "Dots were counted from stickers on the wall, so there is no breakdown by group."
        )
    voted = [g.group_id for g in results.breakdown if g.voted]
    if not voted:
        return w.gettext("No ballots were cast, so there is nothing to compare between groups.")
    name = _group_namer(results, group_names, w)
    if voted == [None] and results.groups_combined:
        return w.gettext(
            "Showing any group apart would reveal someone's vote, so groups are not compared."
        )
    if len(voted) == 1:
        return w.gettext("Only {group} voted, so groups cannot be compared.").format(
            group=name(voted[0])
        )
    labels = {i.item_id: i.label for i in results.items}
    and_, or_ = w.gettext("and"), w.gettext("or")

    def items(ids: Sequence[int]) -> str:
        return _join([quoted(labels[i], 60) for i in ids], or_)

    tops = {g: results.group_top.get(g, ()) for g in voted}
    shared = set.intersection(*(set(t) for t in tops.values())) if all(tops.values()) else set()
    if shared:
        ordered = [i for i in labels if i in shared]
        sentence = (
            w.gettext("{groups} both put {item} first.")
            if len(voted) == 2
            else w.gettext("{groups} all put {item} first.")
        )
        return sentence.format(groups=_join([name(g) for g in voted], and_), item=items(ordered))
    by_choice: dict[tuple[int, ...], list[int | None]] = {}
    for group_id in voted:
        by_choice.setdefault(tops[group_id], []).append(group_id)
    parts = []
    for choice, groups in by_choice.items():
        who = _join([name(g) for g in groups], and_)
        parts.append(
            w.gettext("{groups} put {item} first").format(groups=who, item=items(choice))
            if choice
            else w.gettext("{groups} cast no dots").format(groups=who)
        )
    return w.gettext("Groups differed: {parts}.").format(parts="; ".join(parts))


HEADLINE_QUOTE = 36  # characters of an item's words in the headline
HEADLINE_PARTS = 3  # more groups choosing apart than this: say so, rather than list them


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def headline(
    results: RoundResults, group_names: Mapping[int | None, str], language: str = "en"
) -> str:
    """One short line for the room's screen: "Residents and Staff agreed on “X”" or
    "Residents put “X” first; Staff put “Y” first". Each group names at most one first
    (a group tied between items says so), and a result too varied to say shortly falls
    back to what came first overall. The full sentence (``group_sentence``) is the
    minutes'."""
    w = words(language)
    top = [i for i in results.items if i.rank == 1 and i.dots > 0]
    if not top:
        return w.gettext("No dots were placed")
    and_ = w.gettext("and")

    def q(label: str) -> str:
        return quoted(label, HEADLINE_QUOTE)

    if len(top) == 1:
        overall = w.gettext("{item} came first").format(item=q(top[0].label))
    elif len(top) == 2:
        overall = w.gettext("{items} tied for first place").format(
            items=_join([q(i.label) for i in top], and_)
        )
    else:
        overall = w.ngettext(
            "{n} item tied for first place", "{n} items tied for first place", len(top)
        ).format(n=w.number(len(top)))
    if results.round.method != "ballot":
        return overall
    voted = [g.group_id for g in results.breakdown if g.voted]
    if len(voted) < 2:
        return overall
    name = _group_namer(results, group_names, w)
    labels = {i.item_id: i.label for i in results.items}
    tops = {g: results.group_top.get(g, ()) for g in voted}
    shared = set.intersection(*(set(t) for t in tops.values())) if all(tops.values()) else set()
    if shared:
        item = next(i.item_id for i in results.items if i.item_id in shared)
        who = _join([name(g) for g in voted], and_)
        agreed = w.gettext("{groups} agreed on {item}")
        return _sentence_start(agreed.format(groups=who, item=q(labels[item])))
    by_choice: dict[tuple[int, ...], list[int | None]] = {}
    for group_id in voted:
        by_choice.setdefault(tops[group_id], []).append(group_id)
    if len(by_choice) > HEADLINE_PARTS:
        if len(top) > 1:
            return overall
        differed = w.gettext("{item} came first overall; the groups put different items first")
        return differed.format(item=q(top[0].label))
    parts = []
    for choice, groups in by_choice.items():
        who = _join([name(g) for g in groups], and_)
        if not choice:
            parts.append(w.gettext("{groups} placed no dots").format(groups=who))
        elif len(choice) == 1:
            first = w.gettext("{groups} put {item} first")
            parts.append(first.format(groups=who, item=q(labels[choice[0]])))
        else:
            tied = w.ngettext(
                "{groups} were tied between {n} item",
                "{groups} were tied between {n} items",
                len(choice),
            )
            parts.append(tied.format(groups=who, n=w.number(len(choice))))
    return _sentence_start("; ".join(parts))
