"""Plain sentences about results, in English or Welsh, for the shared screen and minutes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..text import quoted
from .records import RoundResults

_TEXT = {
    "en": {
        "no_ballots": "No ballots were cast, so there is nothing to compare between groups.",
        "tally": "Dots were counted from stickers on the wall, so there is no breakdown by group.",
        "one_group": "Only {group} voted, so groups cannot be compared.",
        "all_agree": "{groups} all put {item} first.",
        "both_agree": "{groups} both put {item} first.",
        "put_first": "{groups} put {item} first",
        "no_first": "{groups} cast no dots",
        "differ": "Groups differed: {parts}.",
        "and": "and",
        "or": "or",
        "no_group": "People without a group",
        "combined": "the smaller groups combined",
        "all_combined": "Showing any group apart would reveal someone's vote, so groups are "
        "not compared.",
        "why_combined": "Groups with fewer than 3 voters are counted together, so nobody's "
        "vote can be picked out.",
        # The shared screen's one-line headline (the minutes keep the full sentence).
        "h_agreed": "{groups} agreed on {item}",
        "h_put_first": "{groups} put {item} first",
        "h_tied": "{groups} were tied between {n} items",
        "h_no_dots": "{groups} placed no dots",
        "h_first": "{item} came first",
        "h_tied_top": "{items} tied for first place",
        "h_many_tied": "{n} items tied for first place",
        "h_differed": "{item} came first overall; the groups put different items first",
        "h_nothing": "No dots were placed",
    },
    "cy": {
        "no_ballots": "Ni fwriwyd pleidlais, felly nid oes dim i'w gymharu rhwng grwpiau.",
        "tally": "Cyfrifwyd dotiau o sticeri ar y wal, felly nid oes dadansoddiad fesul grŵp.",
        "one_group": "Dim ond {group} a bleidleisiodd, felly ni ellir cymharu grwpiau.",
        "all_agree": "Rhoddodd {groups} i gyd {item} yn gyntaf.",
        "both_agree": "Rhoddodd {groups} ill dau {item} yn gyntaf.",
        "put_first": "rhoddodd {groups} {item} yn gyntaf",
        "no_first": "ni roddodd {groups} unrhyw ddot",
        "differ": "Roedd y grwpiau'n wahanol: {parts}.",
        "and": "a",
        "or": "neu",
        "no_group": "Pobl heb grŵp",
        "combined": "y grwpiau llai wedi'u cyfuno",
        "all_combined": "Byddai dangos unrhyw grŵp ar wahân yn datgelu pleidlais rhywun, felly "
        "ni chaiff grwpiau eu cymharu.",
        "why_combined": "Mae grwpiau â llai na 3 pleidleisiwr yn cael eu cyfrif gyda'i gilydd, "
        "fel na all neb weld pleidlais unigolyn.",
        "h_agreed": "Cytunodd {groups} ar {item}",
        "h_put_first": "rhoddodd {groups} {item} yn gyntaf",
        "h_tied": "roedd {groups} yn gyfartal rhwng {n} eitem",
        "h_no_dots": "ni roddodd {groups} unrhyw ddot",
        "h_first": "Daeth {item} yn gyntaf",
        "h_tied_top": "Roedd {items} yn gyfartal ar y brig",
        "h_many_tied": "Roedd {n} eitem yn gyfartal ar y brig",
        "h_differed": "Daeth {item} yn gyntaf drwyddi draw; rhoddodd y grwpiau eitemau gwahanol "
        "yn gyntaf",
        "h_nothing": "Ni roddwyd unrhyw ddot",
    },
}


def _join(words: Sequence[str], conjunction: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    last = words[-1]
    if conjunction == "a" and last.startswith("y "):  # Welsh: "a'r grwpiau", not "a y"
        return f"{', '.join(words[:-1])} a'r {last[2:]}"
    return f"{', '.join(words[:-1])} {conjunction} {last}"


def combined_note(results: RoundResults, language: str = "en") -> str:
    """The one line that says why some groups' figures are counted together ("" when
    no group was)."""
    if not results.groups_combined:
        return ""
    return _TEXT.get(language, _TEXT["en"])["why_combined"]


def group_sentence(
    results: RoundResults, group_names: Mapping[int | None, str], language: str = "en"
) -> str:
    """One sentence on where the groups that voted agreed and where they differed."""
    text = _TEXT.get(language, _TEXT["en"])
    if results.round.method == "tally":
        return text["tally"]
    voted = [g.group_id for g in results.breakdown if g.voted]
    if not voted:
        return text["no_ballots"]

    def name(group_id: int | None) -> str:
        if group_id is None and results.groups_combined:
            return text["combined"]
        return group_names.get(group_id) or text["no_group"]

    if voted == [None] and results.groups_combined:
        return text["all_combined"]
    if len(voted) == 1:
        return text["one_group"].format(group=name(voted[0]))
    labels = {i.item_id: i.label for i in results.items}

    def items(ids: Sequence[int]) -> str:
        return _join([quoted(labels[i], 60) for i in ids], text["or"])

    tops = {g: results.group_top.get(g, ()) for g in voted}
    shared = set.intersection(*(set(t) for t in tops.values())) if all(tops.values()) else set()
    if shared:
        ordered = [i for i in labels if i in shared]
        key = "both_agree" if len(voted) == 2 else "all_agree"
        return text[key].format(
            groups=_join([name(g) for g in voted], text["and"]), item=items(ordered)
        )
    by_choice: dict[tuple[int, ...], list[int | None]] = {}
    for group_id in voted:
        by_choice.setdefault(tops[group_id], []).append(group_id)
    parts = []
    for choice, groups in by_choice.items():
        who = _join([name(g) for g in groups], text["and"])
        parts.append(
            text["put_first"].format(groups=who, item=items(choice))
            if choice
            else text["no_first"].format(groups=who)
        )
    return text["differ"].format(parts="; ".join(parts))


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
    text = _TEXT.get(language, _TEXT["en"])
    top = [i for i in results.items if i.rank == 1 and i.dots > 0]
    if not top:
        return text["h_nothing"]

    def q(label: str) -> str:
        return quoted(label, HEADLINE_QUOTE)

    if len(top) == 1:
        overall = text["h_first"].format(item=q(top[0].label))
    elif len(top) == 2:
        overall = text["h_tied_top"].format(items=_join([q(i.label) for i in top], text["and"]))
    else:
        overall = text["h_many_tied"].format(n=len(top))
    if results.round.method != "ballot":
        return overall
    voted = [g.group_id for g in results.breakdown if g.voted]
    if len(voted) < 2:
        return overall

    def name(group_id: int | None) -> str:
        if group_id is None and results.groups_combined:
            return text["combined"]
        return group_names.get(group_id) or text["no_group"]

    labels = {i.item_id: i.label for i in results.items}
    tops = {g: results.group_top.get(g, ()) for g in voted}
    shared = set.intersection(*(set(t) for t in tops.values())) if all(tops.values()) else set()
    if shared:
        item = next(i.item_id for i in results.items if i.item_id in shared)
        who = _join([name(g) for g in voted], text["and"])
        return _sentence_start(text["h_agreed"].format(groups=who, item=q(labels[item])))
    by_choice: dict[tuple[int, ...], list[int | None]] = {}
    for group_id in voted:
        by_choice.setdefault(tops[group_id], []).append(group_id)
    if len(by_choice) > HEADLINE_PARTS:
        return text["h_differed"].format(item=q(top[0].label)) if len(top) == 1 else overall
    parts = []
    for choice, groups in by_choice.items():
        who = _join([name(g) for g in groups], text["and"])
        if not choice:
            parts.append(text["h_no_dots"].format(groups=who))
        elif len(choice) == 1:
            parts.append(text["h_put_first"].format(groups=who, item=q(labels[choice[0]])))
        else:
            parts.append(text["h_tied"].format(groups=who, n=len(choice)))
    return _sentence_start("; ".join(parts))
