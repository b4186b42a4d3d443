"""The PDF minutes, read back with pypdf: complete, exact, honest, and respectful of consent."""

from __future__ import annotations

import dataclasses as dc
import io
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from minutes_workshop import HIDDEN_ABSENT, HIDDEN_NAME, HUGE, Built, build_workshop
from pypdf import PdfReader

from coprod_desktop.db.engine import Database
from coprod_desktop.db.library import open_library
from coprod_desktop.exports.minutes import facts
from coprod_desktop.exports.minutes_pdf import minutes_bytes, write_minutes
from coprod_desktop.services import actions, agenda, board, voting, workshops
from coprod_desktop.services.workshops import load_workshop

MADE = datetime(2026, 11, 28, 15, 30, tzinfo=UTC)


def squash(text: str) -> str:
    """Text with all whitespace removed: lines wrap wherever the page needs them."""
    return "".join(text.split())


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def built(db: Database) -> Built:
    return build_workshop(db)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Built, bytes, str]]:
    """One workshop and its minutes for the tests that only read them (rendering is
    the slow part)."""
    db = open_library(tmp_path_factory.mktemp("minutes") / "library.db")
    built = build_workshop(db)
    pdf = minutes_bytes(load_workshop(db, built.workshop_id), generated_at=MADE)
    yield built, pdf, pdf_text(pdf)
    db.close()


@pytest.fixture
def pdf(shared: tuple[Built, bytes, str]) -> bytes:
    return shared[1]


@pytest.fixture
def text(shared: tuple[Built, bytes, str]) -> str:
    return shared[2]


def test_every_section_is_there(text: str) -> None:
    for heading in (
        "Minutes of a co-production workshop",
        "At a glance",
        "People by group",
        "Top priorities",
        "Actions by status",
        "Attendance",
        "Agenda",
        "Ideas by theme",
        "Voting",
        "How the vote was run",
        "Results of vote 1",
        "Groups compared",
        "Named ballots",
        "Agreed actions",
        "Stage notes",
        "Other notes",
    ):
        assert heading in text, heading


def test_every_piece_of_user_text_prints_exactly(shared: tuple[Built, bytes, str]) -> None:
    built, _, text = shared
    flat = squash(text)
    missing = [t for t in built.texts if t != HUGE and squash(t) not in flat]
    assert missing == []


def test_a_huge_idea_runs_across_pages_whole_and_in_order(text: str) -> None:
    # Page footers and repeated table headers fall between its pieces, nothing else.
    assert re.findall(r"word\d+", text) == HUGE.split()


def test_markup_like_text_is_printed_not_obeyed(pdf: bytes, text: str) -> None:
    assert squash("a < b & <b>x</b> R&D; <i>unclosed") in squash(text)
    assert squash('<img src="/etc/passwd"/>') in squash(text)
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        assert "/XObject" not in resources, "a user's text embedded an image"
    assert b"/etc/passwd" not in pdf.replace(b"\\", b"")  # never a file reference, only text


def test_line_breaks_are_kept(text: str) -> None:
    lines = [line.strip() for line in text.splitlines()]
    assert "First line" in lines
    assert "Second line" in lines


def test_emoji_get_a_readable_placeholder_and_a_note(text: str) -> None:
    assert "Great idea [thumbs up sign] and a flag [flag GB]" in " ".join(text.split())
    assert "cannot be printed in this document" in " ".join(text.split())


def test_a_participant_who_did_not_consent_is_never_named(db: Database, built: Built) -> None:
    data = load_workshop(db, built.workshop_id)
    for bilingual in (False, True):
        pdf = minutes_bytes(data, bilingual=bilingual)
        flat = squash(pdf_text(pdf))
        for name in (HIDDEN_NAME, HIDDEN_ABSENT):
            assert squash(name) not in flat
            assert "Zebedee" not in flat and "Quartermaine" not in flat
        metadata = PdfReader(io.BytesIO(pdf)).metadata or {}
        assert not any("Zebedee" in str(v) for v in metadata.values())


def test_a_participant_who_did_not_consent_is_counted_by_group(text: str) -> None:
    flat = " ".join(text.split())
    # Carers present: one named (Γιώργος), one whose consent box is simply unticked.
    assert "Γιώργος Παπαδόπουλος and 1 more, not named: no consent recorded" in flat
    assert "asked" not in flat  # nobody asked anything: the library only knows the box
    # They own an action and cast a named ballot: shown by group, not by name.
    assert "A participant (Carers & <families>)" in flat
    assert "Not named (Carers & <families>)" in flat
    assert "Invited but not present: 1 (Staff 1)." in flat


def test_votes_are_reported_honestly(text: str) -> None:
    flat = " ".join(text.split())
    assert "Each person cast dots on the shared screen" in flat
    assert "Secret: nobody, the facilitator included, can see who put dots where" in flat
    assert "Named: who put dots where is recorded (below)" in flat
    assert "4 of 5 (80%)" in flat  # turnout of the first vote
    assert "The facilitator counted sticker dots" in flat
    assert "Tie at the top:" in flat
    assert "A run-off followed: vote 2." in flat
    assert "Vote 2 (run-off after vote 1)" in flat
    assert "decided by run-off" in flat
    assert "This vote was still open when these minutes were made" in flat
    assert "This vote was prepared but not held." in flat
    assert "= marks a tie." in flat


def test_the_group_sentence_is_in_the_minutes(db: Database, built: Built) -> None:
    from coprod_desktop.services.wording import group_sentence

    data = load_workshop(db, built.workshop_id)
    results = voting.round_results(db, built.round_ids["tied"])
    sentence = group_sentence(results, {g.id: g.name for g in data.groups})
    # Five voters in three groups of 1 and 2: no group can be shown apart (small_groups).
    assert sentence.startswith("Showing any group apart would reveal someone's vote")
    flat = squash(pdf_text(minutes_bytes(data)))
    assert squash(sentence) in flat
    assert squash("Groups with fewer than 3 voters are counted together") in flat


def test_results_from_the_data_match_the_service(db: Database, built: Built) -> None:
    data = load_workshop(db, built.workshop_id)
    for rd in data.rounds:
        if rd.round.status == "closed":
            assert facts.round_results(data, rd) == voting.round_results(db, rd.round.id)


def test_footer_numbers_pages_and_says_when(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total > 1
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {total}" in page.extract_text()
    first = reader.pages[0].extract_text()
    assert re.search(r"Made 28 November 2026, \d\d:30", first)


def test_document_metadata(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Bus & <b>café</b> review: ŵ ŷ: Minutes of a co-production workshop"
    assert meta.author == "Catrin Ŵ. Jones"
    assert meta.subject and meta.subject.startswith("Decide with residents")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_welsh_workshop_has_welsh_headings(db: Database) -> None:
    built = build_workshop(db, language="cy")
    pdf = minutes_bytes(load_workshop(db, built.workshop_id), generated_at=MADE)
    flat = " ".join(pdf_text(pdf).split())
    for heading in (
        "Cofnodion gweithdy cydgynhyrchu",
        "Cipolwg",
        "Presenoldeb",
        "Agenda",
        "Syniadau fesul thema",
        "Pleidleisio",
        "Camau gweithredu y cytunwyd arnynt",
        "Nodiadau'r camau",
        "Tudalen 1 o",
        "Dydd Sadwrn, 28 Tachwedd 2026",  # CLDR's full date in Welsh
    ):
        assert heading in flat, heading
    assert "Attendance" not in flat
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "cy-GB"


def test_attendance_says_only_what_is_known_about_consent(db: Database) -> None:
    """An unticked box means no consent recorded, in English and in Welsh, whether some of
    a group are named or none of them."""
    built = build_workshop(db, language="cy")
    data = load_workshop(db, built.workshop_id)
    flat = " ".join(pdf_text(minutes_bytes(data, generated_at=MADE)).split())
    assert "Γιώργος Παπαδόπουλος a 1 arall heb enw: dim caniatâd wedi'i gofnodi" in flat
    assert "ofynnodd" not in flat  # "who asked"
    nobody = dc.replace(data, participants=tuple(
        dc.replace(p, named_in_minutes=False) for p in data.participants
    ))  # fmt: skip
    flat = " ".join(pdf_text(minutes_bytes(nobody, generated_at=MADE)).split())
    # Welsh plural forms (CLDR): "2 berson" (dau: soft mutation), "1 person".
    assert "2 berson, heb enw: dim caniatâd wedi'i gofnodi" in flat  # the carers
    assert "1 person, heb enw: dim caniatâd wedi'i gofnodi" in flat  # the staff present
    english = dc.replace(nobody, workshop=dc.replace(nobody.workshop, language="en"))
    flat = " ".join(pdf_text(minutes_bytes(english, generated_at=MADE)).split())
    assert "2 people, not named: no consent recorded" in flat
    assert "1 person, not named: no consent recorded" in flat
    assert "asked" not in flat


def test_actions_name_the_ideas_they_answer_by_their_words(db: Database, built: Built) -> None:
    ids = built.idea_ids
    actions.add_action(
        db, built.workshop_id, "Answer the long one", idea_ids=[ids["huge"], ids["markup"]]
    )
    flat = squash(pdf_text(minutes_bytes(load_workshop(db, built.workshop_id))))
    # The huge idea (idea 10) cut to 80 characters at a word boundary, then "…".
    words = HUGE[:79].rsplit(" ", 1)[0]
    assert HUGE.startswith(words + " ") and len(words) < 80
    assert (
        squash(f"Answers: “{words}…” (idea 10); “a < b & <b>x</b> R&D; <i>unclosed” (idea 5)")
        in flat
    )
    assert (
        squash(
            "Answers: “Mae'r ŵyn yn y cae; dŷ'n ni'n hoffi'r ŷd” (idea 1); theme “Getting there”"
        )
        in flat
    )
    assert "Answers:idea" not in flat and "Answers:Idea" not in flat


@pytest.mark.parametrize(("language", "prefix"), [("en", "Quote: “"), ("cy", "Dyfyniad: “")])
def test_a_quote_note_is_closed_in_the_minutes(db: Database, language: str, prefix: str) -> None:
    """The notes panel's "Quote" style opens a quotation the facilitator seldom closes."""
    built = build_workshop(db, language=language)
    agenda.add_note(db, built.workshop_id, prefix + "You feel like a parcel nobody's coming for.  ")
    agenda.add_note(db, built.workshop_id, prefix + "Already closed,” she said.")
    flat = " ".join(pdf_text(minutes_bytes(load_workshop(db, built.workshop_id))).split())
    assert prefix + "You feel like a parcel nobody's coming for.”" in flat
    assert prefix + "Already closed,” she said." in flat  # closed once, not twice
    assert "said.”" not in flat


def test_bilingual_minutes_carry_both_languages(db: Database) -> None:
    built = build_workshop(db, language="cy")
    pdf = minutes_bytes(load_workshop(db, built.workshop_id), bilingual=True)
    flat = " ".join(pdf_text(pdf).split())
    for pair in (("Presenoldeb", "Attendance"), ("Cipolwg", "At a glance")):
        assert all(word in flat for word in pair)
    assert "Agenda Agenda" not in flat  # the same word in both languages is said once
    assert "Tudalen 1 o" in flat and "Page 1 of" in flat
    assert flat.index("Presenoldeb") < flat.index("Attendance")  # the workshop's own first


def test_follow_up_minutes_say_what_became_of_each_action(db: Database, built: Built) -> None:
    follow = workshops.create_follow_up(db, built.workshop_id, on=date(2027, 3, 1))
    carried = actions.list_actions(db, follow.id)
    assert [a.title for a in carried] == [
        "Write to the bus company & <council>",
        "Hidden person's task",
    ]
    actions.update_action(db, carried[0].id, status="done", notes="Letter sent; reply in March.")
    pdf = minutes_bytes(load_workshop(db, follow.id))
    flat = " ".join(pdf_text(pdf).split())
    assert "You said, we did" in flat
    assert (
        "These actions were agreed at “Bus & <b>café</b> review: ŵ ŷ” on 28 November 2026" in flat
    )
    assert "Letter sent; reply in March." in flat
    assert "Not carried over (already Done then)" in flat
    # Carried actions are reported once, under "You said, we did", never named without consent.
    assert "Actions carried over from the earlier workshop: 2." in flat
    assert "Owner: A participant (Carers & <families>)" in flat
    assert "Zebedee" not in flat


def test_an_empty_workshop_still_makes_sensible_minutes(db: Database) -> None:
    w = workshops.create_workshop(db, "Nothing yet")
    flat = " ".join(pdf_text(minutes_bytes(load_workshop(db, w.id))).split())
    for sentence in (
        "No participants were recorded.",
        "No agenda was recorded.",
        "No ideas were recorded.",
        "No votes were held.",
        "No actions were agreed.",
        "No stage notes were taken.",
    ):
        assert sentence in flat


def test_write_minutes_replaces_the_file_and_leaves_nothing_half_written(
    db: Database, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "minutes.pdf"
    out.write_bytes(b"old")
    data = load_workshop(db, built.workshop_id)

    def broken_replace(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("coprod_desktop.exports.files.os.replace", broken_replace)
    with pytest.raises(OSError):
        write_minutes(data, out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["minutes.pdf"]
    monkeypatch.undo()
    write_minutes(data, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["minutes.pdf"]


def test_a_long_ranking_is_compact_and_points_to_the_full_words(db: Database) -> None:
    w = workshops.create_workshop(db, "Many ideas")
    long_text = "A long idea about buses " + "and more words " * 20 + "THE END"
    ideas = [board.capture_idea(db, w.id, f"{n}: {long_text}").idea.id for n in range(45)]
    tally = voting.create_round(db, w.id, "Counted", method="tally")
    voting.open_round(db, tally.id)
    voting.record_tallies(db, tally.id, {i: n + 1 for n, i in enumerate(ideas)})
    voting.close_round(db, tally.id)
    flat = " ".join(pdf_text(minutes_bytes(load_workshop(db, w.id))).split())
    assert "Each idea is cut to one line here; its full words are under “Ideas by theme”" in flat
    assert flat.count("THE END") == 45  # once each, in the ideas list only


def test_text_taller_than_a_page_anywhere_still_prints(db: Database) -> None:
    w = workshops.create_workshop(db, "Tall", purpose="purpose " * 3000)
    idea = board.capture_idea(db, w.id, "ŵ" * 8000).idea.id
    question = "Q" * 3000  # a heading taller than a page
    vote = voting.create_round(db, w.id, question, method="tally", items=[idea])
    voting.open_round(db, vote.id)
    voting.record_tallies(db, vote.id, {idea: 2})
    voting.close_round(db, vote.id)
    actions.add_action(db, w.id, "A" * 6000, owner_name="O" * 5000, notes="n " * 4000)
    flat = squash(pdf_text(minutes_bytes(load_workshop(db, w.id))))
    # Page furniture falls between the pieces of text that run across pages, so count.
    assert flat.count("ŵ") >= 2 * 8000  # the ideas list and the results, in full
    assert flat.count("Q") >= 3000
    assert flat.count("A") >= 6000
    assert flat.count("O") >= 5000


def test_a_run_off_never_held_leaves_the_tie_standing(db: Database) -> None:
    w = workshops.create_workshop(db, "Tied")
    ideas = [board.capture_idea(db, w.id, text).idea.id for text in ("Buses", "Lunch")]
    vote = voting.create_round(db, w.id, "Which?", method="tally")
    voting.open_round(db, vote.id)
    voting.record_tallies(db, vote.id, {ideas[0]: 4, ideas[1]: 4})
    voting.close_round(db, vote.id)
    voting.create_runoff(db, vote.id)  # set up, never opened
    flat = " ".join(pdf_text(minutes_bytes(load_workshop(db, w.id))).split())
    assert "A run-off (vote 2) was set up but not completed, so the tie stands." in flat
    assert "A run-off followed" not in flat and "decided by run-off" not in flat
    assert "Tied: idea 1 “Buses”, idea 2 “Lunch” (4 dots each)" in flat


def test_counts_of_one_read_in_the_singular(db: Database) -> None:
    w = workshops.create_workshop(db, "Small")
    ideas = [board.capture_idea(db, w.id, t).idea.id for t in ("Buses", "Lunch", "Ramps")]
    tied = voting.create_round(db, w.id, "Tied?", method="tally")
    voting.open_round(db, tied.id)
    voting.record_tallies(db, tied.id, {ideas[0]: 1, ideas[1]: 1, ideas[2]: 0})
    voting.close_round(db, tied.id)
    one = voting.create_round(db, w.id, "One?", method="tally", items=ideas[:2])
    voting.open_round(db, one.id)
    voting.record_tallies(db, one.id, {ideas[0]: 1, ideas[1]: 0})
    voting.close_round(db, one.id)
    flat = " ".join(pdf_text(minutes_bytes(load_workshop(db, w.id))).split())
    assert "Tied: idea 1 “Buses”, idea 2 “Lunch” (1 dot each)" in flat
    assert "idea 1 “Buses” (1 dot)" in flat
    assert "1 dots" not in flat
