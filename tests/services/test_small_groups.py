"""The small-group rule: no figures shown for a bucket of 1 or 2 people, the combined
bucket (all voters minus the groups shown) included."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from coprod_desktop.services import people, voting, workshops
from coprod_desktop.services.small_groups import MIN_GROUP, kept_groups
from coprod_desktop.services.wording import combined_note, group_sentence


def combined_size(sizes: dict[int | None, int], kept: frozenset[int]) -> int:
    return sum(n for g, n in sizes.items() if g not in kept)


def test_five_residents_and_one_manager_are_all_counted_together():
    # Staff alone would be 1; the rest minus Residents would be the manager again.
    assert kept_groups({1: 5, 2: 1}) == frozenset()


def test_a_large_group_stays_apart_from_the_smaller_ones_combined():
    assert kept_groups({1: 10, 2: 10, 3: 1}) == {1}  # Residents vs Carers + Staff


def test_groups_of_three_or_more_are_all_kept_when_nothing_is_small():
    assert kept_groups({1: 3, 2: 4, 3: 12}) == {1, 2, 3}
    assert kept_groups({1: 5, None: 3}) == {1}  # three people with no group: no one exposed


def test_people_with_no_group_count_in_the_combined_bucket():
    assert kept_groups({1: 5, 2: 4, None: 1}) == {1}  # 4 + 1, not 1 alone
    assert kept_groups({1: 5, 2: 2, None: 1}) == {1}  # 2 + 1 = 3


def test_between_equal_groups_the_one_made_last_is_combined():
    assert kept_groups({1: 3, 2: 3, 3: 2}) == {1}


sizes_strategy = st.dictionaries(
    st.one_of(st.none(), st.integers(min_value=1, max_value=12)),
    st.integers(min_value=0, max_value=15),
    max_size=8,
)


@given(sizes_strategy)
def test_no_shown_bucket_holds_one_or_two_people(sizes):
    kept = kept_groups(sizes)
    assert None not in kept
    for group in kept:
        assert sizes[group] >= MIN_GROUP
    if kept:  # a breakdown is shown: the combined bucket (the complement) is safe too
        assert combined_size(sizes, kept) == 0 or combined_size(sizes, kept) >= MIN_GROUP


@given(sizes_strategy)
def test_groups_are_combined_only_when_they_must_be(sizes):
    kept = kept_groups(sizes)
    large = {g for g, n in sizes.items() if g is not None and n >= MIN_GROUP}
    assert kept <= large
    if combined_size(sizes, frozenset(large)) not in (1, 2):
        assert kept == large  # nothing small to hide: every large group keeps its figures
    # Applying the rule again to what it produced changes nothing.
    pooled: dict[int | None, int] = {g: n for g, n in sizes.items() if g in kept}
    pooled[None] = combined_size(sizes, kept)
    assert kept_groups(pooled) == kept


# Through the services ------------------------------------------------------------------


def five_residents_and_a_manager(db, secret=True):
    w = workshops.create_workshop(db, "Housing repairs")
    residents = people.add_group(db, w.id, "Residents")
    staff = people.add_group(db, w.id, "Staff")
    folk = [
        people.add_participant(db, w.id, f"Resident {n}", group_id=residents.id) for n in range(5)
    ]
    manager = people.add_participant(db, w.id, "Service manager", group_id=staff.id)
    from coprod_desktop.services import board

    ideas = [board.capture_idea(db, w.id, t).idea.id for t in ("Repairs", "Bins", "Lifts")]
    rd = voting.open_round(
        db,
        voting.create_round(
            db, w.id, "What first?", dots_per_voter=3, max_dots_per_item=3, secret=secret
        ).id,
    )
    for person in folk:
        voting.cast_ballot(db, rd.id, person.id, {ideas[0]: 2, ideas[1]: 1})
    voting.cast_ballot(db, rd.id, manager.id, {ideas[2]: 3})
    voting.close_round(db, rd.id)
    return w, rd, residents, staff


def stored_groups(db) -> list[int | None]:
    conn = sqlite3.connect(db.path)
    try:
        return [row[0] for row in conn.execute("SELECT group_id FROM ballots")]
    finally:
        conn.close()


def test_the_managers_ballot_is_stored_without_a_group(db):
    _, rd, residents, staff = five_residents_and_a_manager(db)
    assert stored_groups(db) == [None] * 6  # the file itself no longer says "Staff"
    results = voting.round_results(db, rd.id)
    assert [(b.group_id, b.name, b.electors, b.voted) for b in results.breakdown] == [
        (None, "Smaller groups combined", 6, 6)
    ]
    assert results.combined_groups == (residents.id, staff.id)
    assert not results.compared
    for item in results.items:
        assert set(item.by_group) <= {None}
    assert staff.id not in results.group_top
    assert combined_note(results) == (
        "Groups with fewer than 3 voters are counted together, so nobody's vote can be picked out."
    )
    assert combined_note(results, "cy").startswith("Mae grwpiau â llai na 3 pleidleisiwr")
    assert group_sentence(results, {staff.id: "Staff"}).startswith("Showing any group apart would")
    # Turnout is the register, which the room saw anyway: kept.
    assert [(t.name, t.electors, t.voted) for t in results.turnout_by_group] == [
        ("Residents", 5, 5),
        ("Staff", 1, 1),
    ]


def test_a_named_round_keeps_every_group(db):
    _, rd, residents, staff = five_residents_and_a_manager(db, secret=False)
    assert sorted(stored_groups(db), key=str) == sorted([residents.id] * 5 + [staff.id], key=str)
    results = voting.round_results(db, rd.id)
    assert [b.group_id for b in results.breakdown] == [residents.id, staff.id]
    assert results.combined_groups == ()


def test_ten_residents_ten_carers_one_manager_compare_residents_with_the_rest(db):
    w = workshops.create_workshop(db, "Day centre")
    groups = [people.add_group(db, w.id, name) for name in ("Residents", "Carers", "Staff")]
    sizes = (10, 10, 1)
    voters = [
        people.add_participant(db, w.id, f"{g.name} {n}", group_id=g.id)
        for g, size in zip(groups, sizes, strict=True)
        for n in range(size)
    ]
    from coprod_desktop.services import board

    a, b = (board.capture_idea(db, w.id, t).idea.id for t in ("Transport", "Meals"))
    rd = voting.open_round(db, voting.create_round(db, w.id, "First?", dots_per_voter=1).id)
    for person in voters:
        resident = person.group_id == groups[0].id
        voting.cast_ballot(db, rd.id, person.id, {a if resident else b: 1})
    voting.close_round(db, rd.id)
    results = voting.round_results(db, rd.id)
    assert [(x.group_id, x.name, x.electors, x.voted) for x in results.breakdown] == [
        (groups[0].id, "Residents", 10, 10),
        (None, "Smaller groups combined", 11, 11),
    ]
    assert results.compared
    assert results.combined_groups == (groups[1].id, groups[2].id)
    by_item = {i.item_id: i.by_group for i in results.items}
    assert by_item == {a: {groups[0].id: 10}, b: {None: 11}}
    names = {g.id: g.name for g in groups}
    assert group_sentence(results, names) == (
        "Groups differed: Residents put “Transport” first; the smaller groups combined put "
        "“Meals” first."
    )
    assert stored_groups(db).count(None) == 11


def test_a_group_with_few_ballots_cast_is_pooled_at_the_close(db):
    """Five carers may vote but only two do: their figures would be those two ballots."""
    w = workshops.create_workshop(db, "Library")
    residents = people.add_group(db, w.id, "Residents")
    carers = people.add_group(db, w.id, "Carers")
    res = [people.add_participant(db, w.id, f"R{n}", group_id=residents.id) for n in range(4)]
    car = [people.add_participant(db, w.id, f"C{n}", group_id=carers.id) for n in range(5)]
    from coprod_desktop.services import board

    a = board.capture_idea(db, w.id, "Open later").idea.id
    rd = voting.open_round(db, voting.create_round(db, w.id, "First?", dots_per_voter=1).id)
    for person in res + car[:2]:
        voting.cast_ballot(db, rd.id, person.id, {a: 1})
    assert stored_groups(db).count(carers.id) == 2  # 5 electors: kept while voting
    voting.close_round(db, rd.id)
    # Carers 2 ballots combined; 2 left combined, so Residents join them: no breakdown.
    assert stored_groups(db) == [None] * 6
    results = voting.round_results(db, rd.id)
    assert [b.group_id for b in results.breakdown] == [None]
    assert results.combined_groups == (residents.id, carers.id)
