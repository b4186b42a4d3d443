"""The results' one-line headline for the room's screen (at most one first per group, in
the workshop's language), and a follow-up that keeps its carried actions' links and
starts with an agenda."""

from __future__ import annotations

from datetime import date

from coprod_desktop.services import actions, agenda, board, people, workshops
from coprod_desktop.services.records import BallotRecord, RoundData, RoundRecord
from coprod_desktop.services.results import compute_results
from coprod_desktop.services.wording import group_sentence, headline

LABELS = {
    1: "Later buses on Thursdays",
    2: "A quiet room for reading",
    3: "Cheaper café meals",
    4: "Could the centre run a regular shuttle from the estate on the hill every morning",
}
NAMES: dict[int | None, str] = {10: "Residents", 20: "Carers", 30: "Staff", 40: "Volunteers"}


def results(ballots: dict[int, list[dict[int, int]]], *, method: str = "ballot"):
    """Secret ballots by group id (each group's people numbered from group * 10)."""
    voters, cast, group_of = [], [], {}
    for group, choices in ballots.items():
        for n, dots in enumerate(choices):
            person = group * 10 + n
            voters.append(person)
            group_of[person] = group
            cast.append(BallotRecord(group, dots))
    record = RoundRecord(
        1, 1, "Which first?", "ideas", method, 3, 3, True, "closed", None, 0,
        items=tuple(LABELS), electors=tuple(voters),
    )  # fmt: skip
    tallies = {1: 4, 2: 4, 3: 1} if method == "tally" else {}
    rd = RoundData(record, tuple(voters), tuple(cast) if method == "ballot" else (), tallies)
    return compute_results(rd, LABELS, group_of, {k: v for k, v in NAMES.items() if k})


def three(choice: dict[int, int]) -> list[dict[int, int]]:
    return [choice] * 3


def test_groups_that_agree_get_one_line_naming_them_together():
    res = results({10: three({2: 2, 1: 1}), 30: three({2: 3})})
    assert headline(res, NAMES) == "Residents and Staff agreed on “A quiet room for reading”"
    assert headline(res, NAMES, "cy") == (
        "Cytunodd Residents a Staff ar “A quiet room for reading”"
    )


def test_groups_that_differ_each_name_one_first_and_the_minutes_keep_the_sentence():
    res = results({10: three({1: 3}), 20: three({2: 3}), 30: three({2: 2, 3: 1})})
    line = headline(res, NAMES)
    assert line == (
        "Residents put “Later buses on Thursdays” first; Carers and Staff put “A quiet "
        "room for reading” first"
    )
    assert headline(res, NAMES, "cy") == (
        "Rhoddodd Residents “Later buses on Thursdays” yn gyntaf; rhoddodd Carers a Staff "
        "“A quiet room for reading” yn gyntaf"
    )
    assert group_sentence(res, NAMES).startswith("Groups differed:")  # unchanged


def test_a_group_tied_within_itself_says_so_shortly_and_names_no_first():
    res = results({10: three({1: 3}), 30: three({2: 1, 3: 1, 4: 1})})
    line = headline(res, NAMES)
    assert line == "Residents put “Later buses on Thursdays” first; Staff were tied between 3 items"
    assert line.count("first") == 1
    assert "yn gyfartal rhwng 3 eitem" in headline(res, NAMES, "cy")


def test_long_items_are_shortened_and_many_differing_groups_fall_back_to_the_top():
    res = results(
        {10: three({4: 3}), 20: three({2: 3}), 30: three({3: 3}), 40: three({1: 2, 4: 1})}
    )
    assert headline(res, NAMES) == (
        "“Could the centre run a regular shut…” came first overall; the groups put "
        "different items first"
    )


def test_a_tally_or_a_single_group_says_what_came_first_or_tied():
    assert headline(results({}, method="tally"), NAMES) == (
        "“Later buses on Thursdays” and “A quiet room for reading” tied for first place"
    )
    assert headline(results({10: three({3: 1})}), NAMES) == "“Cheaper café meals” came first"
    assert headline(results({10: three({})}), NAMES) == "No dots were placed"


def test_a_follow_up_keeps_its_actions_links_and_has_an_agenda(db):
    w = workshops.create_workshop(db, "Spring", language="cy")
    group = people.add_group(db, w.id, "Residents")
    aled = people.add_participant(db, w.id, "Aled", group_id=group.id)
    theme = board.add_theme(db, w.id, "Getting there")
    bus = board.capture_idea(db, w.id, "Later buses", author_id=aled.id, theme_id=theme.id).idea
    cafe = board.capture_idea(db, w.id, "Cheaper café").idea
    board.capture_idea(db, w.id, "Not linked to anything")
    actions.add_action(db, w.id, "Ask the council", idea_ids=[bus.id], theme_ids=[theme.id])
    actions.add_action(db, w.id, "Lower prices", idea_ids=[cafe.id], status="done")
    follow = workshops.create_follow_up(db, w.id, on=date(2027, 6, 1))

    stages = agenda.list_stages(db, follow.id)
    assert [s.title for s in stages] == [
        "Croeso'n ôl",
        "Dywedoch chi, gwnaethom ni",
        "Beth nesaf",
    ]  # the workshop's language
    assert all(s.planned_minutes for s in stages)
    english = workshops.create_follow_up(db, workshops.create_workshop(db, "Other").id)
    titles = [s.title for s in agenda.list_stages(db, english.id)]
    assert titles == ["Welcome back", "You said, we did", "What next"]

    (carried,) = actions.list_actions(db, follow.id)  # the done one stays behind
    ideas = {i.id: i for i in board.list_ideas(db, follow.id)}
    themes = {t.id: t.name for t in board.list_themes(db, follow.id)}
    assert [ideas[i].text for i in carried.idea_ids] == ["Later buses"]
    assert [themes[t] for t in carried.theme_ids] == ["Getting there"]
    copy = ideas[carried.idea_ids[0]]
    assert copy.theme_id == carried.theme_ids[0] and copy.stage_id == stages[1].id
    assert copy.author_id in {p.id for p in people.list_participants(db, follow.id)}
    assert len(ideas) == 1  # only what a carried action answers comes along
