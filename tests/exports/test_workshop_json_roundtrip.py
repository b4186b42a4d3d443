"""Property: any valid workshop file, any Unicode in it, comes back the same after an
import and an export."""

from __future__ import annotations

import json
import shutil
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.db.library import open_library
from coprod_desktop.exports.workshop_json import import_workshop, workshop_to_dict
from coprod_desktop.services.small_groups import kept_groups
from coprod_desktop.services.workshops import load_workshop

CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n\t") + "\x7f\r"
characters = st.characters(blacklist_categories=("Cs",), blacklist_characters=CONTROL)


def clean(one_line: bool) -> st.SearchStrategy[str]:
    alphabet = st.characters(
        blacklist_categories=("Cs",), blacklist_characters=CONTROL + ("\n" if one_line else "")
    )
    return st.text(alphabet, min_size=1, max_size=40).map(str.strip).filter(bool)


free_text = st.text(characters, max_size=60)
moments = st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)).map(
    lambda d: d.isoformat()
)
days = st.dates().map(lambda d: d.isoformat())
colours = st.from_regex(r"\A#[0-9A-F]{6}\Z")
# The importer stores -0.0 as 0.0 (SQLite does too), so the file is generated without it.
coords = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False).map(lambda v: v + 0.0)
sizes = st.floats(0, 1e6, allow_nan=False, allow_infinity=False).map(lambda v: v + 0.0)


def unique_names(n: int) -> st.SearchStrategy[list[str]]:
    return st.lists(clean(True), min_size=n, max_size=n, unique_by=str.lower)


@st.composite
def workshops(draw: st.DrawFn) -> dict[str, Any]:
    n_groups, n_people = draw(st.integers(0, 3)), draw(st.integers(0, 5))
    n_stages, n_themes, n_ideas = (
        draw(st.integers(0, 3)),
        draw(st.integers(0, 3)),
        draw(st.integers(1, 6)),
    )
    g = [f"g{i}" for i in range(1, n_groups + 1)]
    p = [f"p{i}" for i in range(1, n_people + 1)]
    s = [f"s{i}" for i in range(1, n_stages + 1)]
    t = [f"t{i}" for i in range(1, n_themes + 1)]
    i_ids = [f"i{i}" for i in range(1, n_ideas + 1)]
    maybe = lambda ids: st.sampled_from([None, *ids])  # noqa: E731
    spots = draw(
        st.lists(st.tuples(coords, coords), min_size=n_ideas, max_size=n_ideas, unique=True)
    )
    document: dict[str, Any] = {
        "format": "coprod-workshop",
        "version": 1,
        "workshop": {
            "title": draw(clean(False)), "purpose": draw(free_text), "date": draw(st.none() | days),
            "venue": draw(free_text), "facilitator": draw(free_text),
            "organisation": draw(free_text), "language": draw(st.sampled_from(["en", "cy"])),
            "uid": uuid.UUID(int=draw(st.integers(0, 2**128 - 1))).hex,
        },
        "groups": [
            {"id": gid, "name": name, "colour": draw(colours)}
            for gid, name in zip(g, draw(unique_names(n_groups)), strict=True)
        ],
        "participants": [
            {"id": pid, "name": draw(clean(True)), "group": draw(maybe(g)),
             "named_in_minutes": draw(st.booleans()), "attended": draw(st.booleans())}
            for pid in p
        ],
        "stages": [
            {"id": sid, "title": draw(clean(False)), "prompt": draw(free_text),
             "planned_minutes": draw(st.none() | st.integers(0, 1440)),
             "started_at": draw(st.none() | moments), "ended_at": draw(st.none() | moments)}
            for sid in s
        ],
        "themes": [
            {"id": tid, "name": name, "colour": draw(colours), "x": draw(coords), "y": draw(coords),
             "width": draw(sizes), "height": draw(sizes)}
            for tid, name in zip(t, draw(unique_names(n_themes)), strict=True)
        ],
        "ideas": [
            {"id": iid, "text": draw(clean(False)), "author": draw(maybe(p)), "group": draw(maybe(g)),
             "theme": draw(maybe(t)), "stage": draw(maybe(s)), "colour": draw(colours),
             "x": spots[n][0], "y": spots[n][1], "created_at": draw(moments),
             **({"table": table} if (table := draw(st.sampled_from([None, "Table 1", "Bwrdd ŵ"]))) else {})}
            for n, iid in enumerate(i_ids)
        ],
        "rounds": [],
        "actions": [],
        "notes": [
            {"stage": draw(maybe(s)), "text": draw(clean(False)), "created_at": draw(moments)}
            for _ in range(draw(st.integers(0, 3)))
        ],
    }  # fmt: skip
    for n in range(draw(st.integers(0, 2))):
        target = draw(st.sampled_from(["ideas", "themes"] if t else ["ideas"]))
        pool = i_ids if target == "ideas" else t
        items = draw(st.lists(st.sampled_from(pool), min_size=1, unique=True))
        items.sort(key=pool.index)
        method = draw(st.sampled_from(["ballot", "tally"]))
        status = draw(st.sampled_from(["draft", "open", "closed"]))
        per_voter = draw(st.integers(1, 5))
        per_item = draw(st.integers(1, per_voter))
        secret = draw(st.booleans())
        electors = sorted(draw(st.lists(st.sampled_from(p), unique=True)) if p else [], key=p.index)
        voters = sorted(
            draw(st.lists(st.sampled_from(electors), unique=True)) if electors else [], key=p.index
        )
        if method == "tally" or status == "draft":
            voters = []
        ballots = []
        for voter in draw(st.lists(st.sampled_from(voters), unique=True)) if voters else []:
            dots: dict[str, int] = {}
            budget = per_voter
            for item in draw(st.lists(st.sampled_from(items), unique=True)):
                if budget == 0:
                    break
                dots[item] = draw(st.integers(1, min(per_item, budget)))
                budget -= dots[item]
            ballot: dict[str, Any] = {"group": draw(maybe(g)), "dots": dots}
            if not secret:
                ballot["voter"] = voter
            ballots.append(ballot)
        tallies = (
            {item: draw(st.integers(0, 50)) for item in items}
            if method == "tally" and status != "draft"
            else {}
        )
        document["rounds"].append({
            "id": f"r{n + 1}", "question": draw(clean(False)), "target": target, "method": method,
            "dots_per_voter": per_voter, "max_dots_per_item": per_item, "secret": secret,
            "status": status, "items": items, "electors": electors if method == "ballot" else [],
            "runoff_of": "r1" if n == 1 and draw(st.booleans()) else None,
            "voters": voters, "ballots": ballots, "tallies": tallies,
        })  # fmt: skip
    for n in range(draw(st.integers(0, 3))):
        owner = draw(maybe(p))
        links = draw(st.lists(st.sampled_from(i_ids), unique=True))
        links.sort(key=i_ids.index)
        theme_links = sorted(
            draw(st.lists(st.sampled_from(t), unique=True)) if t else [], key=t.index
        )
        document["actions"].append({
            "id": f"a{n + 1}", "title": draw(clean(False)), "owner": owner,
            "owner_name": None if owner else draw(st.none() | clean(True)),
            "due": draw(st.none() | days),
            "status": draw(st.sampled_from(["proposed", "agreed", "in_progress", "done", "dropped"])),
            "links": links + theme_links, "notes": draw(free_text),
        })  # fmt: skip
    return document


def pooled(
    secret: bool,
    groups: list[str],
    electors: list[str],
    group_of: dict[str, str | None],
    ballot_groups: list[str | None],
) -> list[str | None]:
    """A secret round's ballots' groups as the library stores them: pooled by the
    round's electors, as when casting, then by the ballots, as at the close. The
    library's group ids follow the file's order (ties go to the newest)."""
    if not secret:
        return ballot_groups
    key = {g: n for n, g in enumerate(groups)}

    def kept(gs: list[str | None]) -> frozenset[int]:
        return kept_groups(Counter(None if g is None else key[g] for g in gs))

    by_electors = kept([group_of[p] for p in electors])
    first = [g if g is not None and key[g] in by_electors else None for g in ballot_groups]
    by_ballots = kept(first)
    return [g if g is not None and key[g] in by_ballots else None for g in first]


def as_stored(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the library keeps it: in a secret round, the ballots of groups too
    small to show apart carry no group (services/small_groups.py)."""
    group_of = {p["id"]: p["group"] for p in document["participants"]}
    groups = [g["id"] for g in document["groups"]]
    for rd in document["rounds"]:
        ballots = rd["ballots"]
        stored = pooled(
            rd["secret"], groups, rd["electors"], group_of, [b["group"] for b in ballots]
        )
        for ballot, group in zip(ballots, stored, strict=True):
            ballot["group"] = group
    return document


def canonical(document: dict[str, Any]) -> str:
    for rd in document["rounds"]:
        rd["ballots"].sort(key=lambda b: json.dumps(b, sort_keys=True))
    return json.dumps(document, sort_keys=True, ensure_ascii=False)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=workshops())
def test_import_then_export_gives_back_the_same_file(document, _empty_library, tmp_path):
    path = Path(tmp_path) / f"{uuid.uuid4().hex}.db"
    shutil.copyfile(_empty_library, path)
    db = open_library(path)
    try:
        expected = as_stored(json.loads(json.dumps(document)))
        record = import_workshop(db, document)
        exported = workshop_to_dict(load_workshop(db, record.id))
        assert canonical(exported) == canonical(expected)
    finally:
        db.close()
        path.unlink()
