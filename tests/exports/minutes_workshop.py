"""A workshop built through the services with everything the minutes must get right:
consent, several scripts, markup-like and huge text, emoji, ties and a run-off, a named
ballot, a sticker tally, draft and open rounds, actions with links, stage notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from coprod_desktop.db.engine import Database
from coprod_desktop.services import actions, agenda, board, people, voting, workshops

HIDDEN_NAME = "Zebedee Quartermaine"  # did not agree to be named in the minutes
HIDDEN_ABSENT = "Ottoline Vanderpump"  # did not agree either, and did not come

WELSH = "Mae'r ŵyn yn y cae; dŷ'n ni'n hoffi'r ŷd"
POLISH = "Zażółć gęślą jaźń: łódź"
GREEK = "Ελληνικά: ένα λεωφορείο αργότερα"
CYRILLIC = "Кириллица: автобус позже, пожалуйста"
MARKUP = "a < b & <b>x</b> R&D; <i>unclosed"
IMG = '<img src="/etc/passwd"/> and <a href="file:///etc/shadow">link</a>'
MULTILINE = "First line\nSecond line\n\n   indented fourth"
EMOJI = "Great idea 👍 and a flag 🇬🇧"
LONG_WORD = "x" * 400
HUGE = " ".join(f"word{n}" for n in range(1600))  # about 12,000 characters


@dataclass
class Built:
    workshop_id: int
    texts: list[str] = field(default_factory=list)  # every piece of user text to find
    round_ids: dict[str, int] = field(default_factory=dict)
    idea_ids: dict[str, int] = field(default_factory=dict)
    hidden_id: int = 0


def build_workshop(db: Database, *, language: str = "en", title: str | None = None) -> Built:
    w = workshops.create_workshop(
        db,
        title or "Bus & <b>café</b> review: ŵ ŷ",
        purpose="Decide with residents what changes first.\nSecond line of the purpose.",
        date=date(2026, 11, 28),
        venue="Neuadd y Pentref, Llanŵyn",
        facilitator="Catrin Ŵ. Jones",
        organisation="Cyngor Sir <Example> & Partners",
        language=language,
    )
    built = Built(w.id)
    built.texts += [w.title, w.venue, w.facilitator, w.organisation, w.purpose]
    residents = people.add_group(db, w.id, "Residents").id
    carers = people.add_group(db, w.id, "Carers & <families>").id
    staff = people.add_group(db, w.id, "Staff").id
    named = {
        "Aled Ŵynne": residents,
        "Małgorzata Łęcka": residents,
        "Γιώργος Παπαδόπουλος": carers,
        "Дмитрий Иванов": staff,
    }
    person = {}
    for name, group in named.items():
        person[name] = people.add_participant(
            db, w.id, name, group_id=group, named_in_minutes=True
        ).id
        built.texts.append(name)
    hidden = people.add_participant(db, w.id, HIDDEN_NAME, group_id=carers).id
    built.hidden_id = hidden
    people.add_participant(db, w.id, HIDDEN_ABSENT, group_id=staff, attended=False)
    built.texts += ["Residents", "Carers & <families>", "Staff"]

    start = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    stages = []
    for n, (stage_title, prompt) in enumerate(
        [("Welcome & <intro>", "Ground rules.\nOne voice at a time."), ("Ideas: ŵ ŷ", "")]
    ):
        s = agenda.add_stage(db, w.id, stage_title, prompt=prompt, planned_minutes=20)
        agenda.start_stage(db, s.id, at=start + timedelta(minutes=25 * n))
        agenda.end_stage(db, s.id, at=start + timedelta(minutes=25 * n + 22))
        stages.append(s.id)
        built.texts += [stage_title] + ([prompt] if prompt else [])

    themes = {}
    for name in ("Getting there", "Ŵyn & <ŷd>", "Кириллица тема"):
        themes[name] = board.add_theme(db, w.id, name).id
        built.texts.append(name)
    ideas = {
        "welsh": (WELSH, person["Aled Ŵynne"], "Getting there"),
        "polish": (POLISH, person["Małgorzata Łęcka"], "Getting there"),
        "greek": (GREEK, person["Γιώργος Παπαδόπουλος"], "Ŵyn & <ŷd>"),
        "cyrillic": (CYRILLIC, person["Дмитрий Иванов"], "Кириллица тема"),
        "markup": (MARKUP, hidden, "Ŵyn & <ŷd>"),
        "img": (IMG, None, None),
        "multiline": (MULTILINE, hidden, "Getting there"),
        "emoji": (EMOJI, None, "Getting there"),
        "long_word": (LONG_WORD, None, None),
        "huge": (HUGE, None, "Кириллица тема"),
    }
    for key, (text, author, theme) in ideas.items():
        captured = board.capture_idea(
            db, w.id, text, author_id=author, theme_id=themes.get(theme) if theme else None,
            stage_id=stages[1],
        )  # fmt: skip
        built.idea_ids[key] = captured.idea.id
        if key != "emoji":
            built.texts.append(text.strip())
    i = built.idea_ids
    voters = [person[n] for n in named] + [hidden]

    # A secret ballot with a tie at the top, then a run-off that settles it.
    tied = voting.create_round(
        db, w.id, "Which first? <b>pick</b> & go", dots_per_voter=2, max_dots_per_item=2,
        items=[i["welsh"], i["polish"], i["greek"], i["markup"]],
    )  # fmt: skip
    voting.open_round(db, tied.id)
    ballots = [
        {i["welsh"]: 2},
        {i["polish"]: 2},
        {i["welsh"]: 1, i["greek"]: 1},
        {i["polish"]: 1, i["markup"]: 1},
        {},
    ]
    for voter, dots in zip(voters, ballots, strict=True):
        if dots:
            voting.cast_ballot(db, tied.id, voter, dots)
    voting.close_round(db, tied.id)
    runoff = voting.create_runoff(db, tied.id)
    voting.open_round(db, runoff.id)
    for voter, item in zip(voters, ["welsh", "welsh", "polish", "welsh"], strict=False):
        voting.cast_ballot(db, runoff.id, voter, {i[item]: 1})
    voting.close_round(db, runoff.id)

    # A named (not secret) ballot in which the hidden participant votes.
    open_vote = voting.create_round(
        db, w.id, "Named vote: Ελληνικά", dots_per_voter=3, max_dots_per_item=2, secret=False,
        items=[i["greek"], i["cyrillic"], i["multiline"]],
    )  # fmt: skip
    voting.open_round(db, open_vote.id)
    voting.cast_ballot(db, open_vote.id, hidden, {i["multiline"]: 2, i["greek"]: 1})
    voting.cast_ballot(db, open_vote.id, person["Aled Ŵynne"], {i["cyrillic"]: 2})
    voting.close_round(db, open_vote.id)

    # A tally of sticker dots on the themes.
    tally = voting.create_round(db, w.id, "Stickers on themes", target="themes", method="tally")
    voting.open_round(db, tally.id)
    voting.record_tallies(db, tally.id, {themes["Getting there"]: 7, themes["Ŵyn & <ŷd>"]: 3})
    voting.close_round(db, tally.id)

    still_open = voting.create_round(db, w.id, "Still open question")
    voting.open_round(db, still_open.id)
    draft = voting.create_round(db, w.id, "Draft question never held")
    built.round_ids = {
        "tied": tied.id, "runoff": runoff.id, "named": open_vote.id, "tally": tally.id,
        "open": still_open.id, "draft": draft.id,
    }  # fmt: skip
    built.texts += ["Which first? <b>pick</b> & go", "Named vote: Ελληνικά", "Stickers on themes"]

    a1 = actions.add_action(
        db, w.id, "Write to the bus company & <council>", owner_id=person["Aled Ŵynne"],
        due=date(2027, 1, 31), status="agreed", notes="Ask about the 7pm service.\nCopy Siân.",
        idea_ids=[i["welsh"]], theme_ids=[themes["Getting there"]],
    )  # fmt: skip
    a2 = actions.add_action(
        db, w.id, "Hidden person's task", owner_id=hidden, status="in_progress",
        due=date(2027, 2, 14),
    )  # fmt: skip
    a3 = actions.add_action(
        db, w.id, "Housing team looks at ramps", owner_name="Housing team <east>", status="done"
    )
    actions.add_action(db, w.id, "Dropped idea: Łódź trip", status="dropped")
    built.texts += [a1.title, a1.notes, a2.title, a3.title, "Housing team <east>"]
    built.texts.append("Dropped idea: Łódź trip")

    n1 = agenda.add_note(
        db, w.id, "Decision: <b>go</b> & act.\nQuote: “we wait an hour”", stage_id=stages[0]
    )
    n2 = agenda.add_note(db, w.id, "A general note: Кириллица & ŵ")
    built.texts += [n1.text, n2.text]
    return built
