"""Every community's language prints right in the PDF minutes: each script is set in a
font that has it, shaped (Arabic letters joined, Bengali conjuncts formed), right-to-left
lines drawn right to left, and the text copies out of the PDF as the words typed.

Read back with poppler's ``pdftotext`` (what Linux PDF readers copy with; it honours the
ActualText the minutes give shaped left-to-right text) and with pypdf. pdftotext marks
right-to-left stretches with embedding characters (U+202B ... U+202C): those are taken
out before comparing, and nothing else: no Unicode normalisation is needed, since every
joined Arabic letter copies out as its own letter, not as a presentation form."""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from coprod_desktop.db.library import open_library
from coprod_desktop.exports.minutes import fonts, scripts, shaping
from coprod_desktop.exports.minutes.flowables import Para
from coprod_desktop.exports.minutes.styles import Styles
from coprod_desktop.exports.minutes.text import Printer
from coprod_desktop.exports.minutes_pdf import minutes_bytes
from coprod_desktop.services import actions, board, people, voting, workshops
from coprod_desktop.services.workshops import load_workshop

MADE = datetime(2026, 11, 28, 15, 30, tzinfo=UTC)

# "We want a closer bus" / "We need a bus stop nearby", as each community would write it.
SAMPLES = {
    "arabic": ("نريد حافلة أقرب", "NotoNaskhArabic"),
    "urdu": ("ہمیں قریب بس اسٹاپ چاہیے", "NotoNaskhArabic"),
    "bengali": ("আমাদের কাছাকাছি একটি বাসস্টপ দরকার", "NotoSansBengali"),
    "punjabi": ("ਸਾਨੂੰ ਨੇੜੇ ਬੱਸ ਅੱਡਾ ਚਾਹੀਦਾ ਹੈ", "NotoSansGurmukhi"),
    "chinese_simplified": ("我们需要更近的公交车站", "WenQuanYiMicroHei"),
    "chinese_traditional": ("我們需要更近的公車站", "WenQuanYiMicroHei"),
    "japanese": ("近くにバス停がほしいです", "WenQuanYiMicroHei"),
    "korean": ("가까운 버스 정류장이 필요합니다", "WenQuanYiMicroHei"),
    "tigrinya": ("ቀረባ ናይ ኣውቶቡስ መዕረፊ ንደሊ", "NotoSansEthiopic"),
    "hebrew": ("אנחנו צריכים תחנת אוטובוס קרובה", "NotoSansHebrew"),
}
RTL = ("arabic", "urdu", "hebrew")
# Bengali with what moves in shaping: a vowel sign drawn before its consonant (কি, কে),
# one drawn on both sides (কো), a reph (র্ক), conjuncts (ক্ষ, ন্তু).
BENGALI_HARD = "কিন্তু কেন কোথায় কর্ম ক্ষমা"
LONG_ARABIC = (
    "نريد حافلة أقرب إلى المركز الصحي، لأن كبار السن لا يستطيعون المشي مسافة طويلة. "
    "الحافلة الحالية تأتي مرة واحدة كل ساعة، وهذا لا يكفي للعائلات التي لديها أطفال. "
) * 2
EMOJI_NEXT_TO_ARABIC = "نريد حافلة أقرب 👍"
UNBUNDLED = "தமிழ்"  # Tamil: no bundled font has it
MIXED_LATIN = "Bws i'r dref: ŵ ŷ & <b>R&D</b> نريد حافلة أقرب"

_EMBEDDINGS = re.compile("[\u202a-\u202e]")


def readable(text: str) -> str:
    """Extracted text with pdftotext's bidi marks taken out and white space folded."""
    return " ".join(_EMBEDDINGS.sub("", text).split())


def squash(text: str) -> str:
    return "".join(_EMBEDDINGS.sub("", text).split())


def pdftotext(pdf: bytes, *args: str) -> str:
    done = subprocess.run(
        ["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def drawn_lines(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    """What a reader sees: each line's words left to right, as (left, right, word), with
    a right-to-left word's letters put back in the order they are read (pdftotext -bbox
    gives each word's place, and its letters in the order they are drawn)."""
    out: list[list[tuple[float, float, str]]] = []
    for page in pdftotext(pdf, "-bbox").split("<page")[1:]:
        words = []
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
            page,
        ):
            word = html.unescape(word)
            if scripts.strong(word) == "R":
                word = word[::-1]
            words.append(((float(y0) + float(y1)) / 2, float(x0), float(x1), word))
        words.sort()
        line: list[tuple[float, float, float, str]] = []
        for word in words:
            if line and abs(word[0] - line[0][0]) > 4:
                out.append(sorted((x0, x1, w) for _, x0, x1, w in line))
                line = []
            line.append(word)
        if line:
            out.append(sorted((x0, x1, w) for _, x0, x1, w in line))
    return out


def embedded_fonts(pdf: bytes) -> set[str]:
    """The embedded fonts' names, without their subset prefix."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@pytest.fixture(scope="module", autouse=True)
def _poppler() -> None:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext (Debian's poppler-utils) is missing: .ci/run installs it")
        pytest.skip("pdftotext (Debian's poppler-utils) is not installed")


@dataclass
class Minutes:
    pdf: bytes
    text: str  # pdftotext, bidi marks out, white space folded
    pypdf: str


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Minutes]:
    """One workshop with every sample as an idea and as an action, in an Arabic theme
    (a bold table title), owned by people named in their own scripts."""
    db = open_library(tmp_path_factory.mktemp("scripts") / "library.db")
    w = workshops.create_workshop(db, "Bus review: ŵ ŷ", date=date(2026, 11, 28))
    group = people.add_group(db, w.id, "السكان").id
    owner = people.add_participant(db, w.id, "আমিনা", group_id=group, named_in_minutes=True)
    theme = board.add_theme(db, w.id, "المواصلات").id
    ideas = []
    for text, _ in SAMPLES.values():
        ideas.append(board.capture_idea(db, w.id, text, theme_id=theme).idea.id)
        actions.add_action(db, w.id, text, owner_id=owner.id, status="agreed")
    for text in (BENGALI_HARD, LONG_ARABIC, EMOJI_NEXT_TO_ARABIC, UNBUNDLED, MIXED_LATIN):
        board.capture_idea(db, w.id, text, theme_id=theme)
    # A vote, so the results table and the chart's labels carry the samples too.
    vote = voting.create_round(
        db, w.id, "أي فكرة أولاً؟", method="tally", items=ideas[:4], dots_per_voter=3
    )
    voting.open_round(db, vote.id)
    voting.record_tallies(db, vote.id, {ideas[0]: 5, ideas[1]: 3, ideas[2]: 2, ideas[3]: 1})
    voting.close_round(db, vote.id)
    pdf = minutes_bytes(load_workshop(db, w.id), generated_at=MADE)
    db.close()
    yield Minutes(pdf, readable(pdftotext(pdf)), pypdf_text(pdf))


@pytest.mark.parametrize("script", list(SAMPLES))
def test_each_script_reads_back_as_typed_from_the_idea_and_the_action(
    minutes: Minutes, script: str
) -> None:
    text, _ = SAMPLES[script]
    # pdftotext: exactly, word for word (the idea, its action, and for the first four the
    # results table).
    assert minutes.text.count(text) >= 2, script
    # pypdf reads the same letters in the same order; only its word spacing differs
    # (it takes a placed vowel mark for a gap).
    assert squash(minutes.pypdf).count(squash(text)) >= 2, script


@pytest.mark.parametrize("script", list(SAMPLES))
def test_each_script_is_set_in_its_own_bundled_font(minutes: Minutes, script: str) -> None:
    _, family = SAMPLES[script]
    assert any(name.startswith(family) for name in embedded_fonts(minutes.pdf))


def test_bold_text_in_another_script_is_set_in_that_script_s_bold(minutes: Minutes) -> None:
    # The theme's name is the table's bold title; the vote's question a bold heading.
    assert "NotoNaskhArabic-Bold" in embedded_fonts(minutes.pdf)


def test_a_document_uses_only_the_fonts_its_text_needs(tmp_path: Path) -> None:
    """Latin, Greek and Cyrillic minutes open no other font (the large workshop's minutes
    cost what they did): checked in a fresh interpreter."""
    script = f"""
from datetime import date
from reportlab.pdfbase import pdfmetrics
from coprod_desktop.db.library import open_library
from coprod_desktop.exports.minutes_pdf import minutes_bytes
from coprod_desktop.services import board, workshops
from coprod_desktop.services.workshops import load_workshop
db = open_library({str(tmp_path / "library.db")!r})
w = workshops.create_workshop(db, "Bws ŵ ŷ", date=date(2026, 11, 28))
board.capture_idea(db, w.id, "Ελληνικά, Кириллица, Zażółć")
minutes_bytes(load_workshop(db, w.id))
print(sorted(pdfmetrics.getRegisteredFontNames()))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "DejaVuSans" in done.stdout
    assert "Noto" not in done.stdout and "WenQuanYi" not in done.stdout


def test_right_to_left_words_are_drawn_from_right_to_left(minutes: Minutes) -> None:
    """pdftotext -bbox gives each word's place on the page: the first word typed is the
    rightmost of its line."""
    page = pdftotext(minutes.pdf, "-bbox", "-f", "2", "-l", "2")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page)
    for script in RTL:
        typed = SAMPLES[script][0].split()
        # pdftotext writes each right-to-left word with its letters in drawing order.
        drawn = [w[::-1] for w in typed]
        found = False
        for i in range(len(words) - len(typed) + 1):
            row = words[i : i + len(typed)]
            if sorted(w for _, _, w in row) == sorted(drawn):
                x = {w: float(left) for left, _, w in row}
                assert [x[w] for w in drawn] == sorted((x[w] for w in drawn), reverse=True)
                found = True
        assert found, script


def test_a_right_to_left_paragraph_is_right_aligned_and_reads_from_its_first_line(
    minutes: Minutes,
) -> None:
    lines = drawn_lines(minutes.pdf)
    first = next(i for i, line in enumerate(lines) if line[-1][2] == "نريد" and len(line) > 6)
    typed = LONG_ARABIC.split()
    wrapped: list[list[tuple[float, float, str]]] = []
    for line in lines[first:]:
        if sum(len(w) for w in wrapped) >= len(typed):
            break
        wrapped.append([w for w in line if scripts.strong(w[2]) == "R"])
    assert len(wrapped) >= 3
    # Each line reads from its right end, and the lines follow each other down the cell.
    assert [w for line in wrapped for _, _, w in reversed(line)] == typed
    # Aligned on the right, as right-to-left text is.
    right_ends = {round(line[-1][1]) for line in wrapped}
    assert max(right_ends) - min(right_ends) <= 1


def test_shaped_bengali_copies_out_as_typed(minutes: Minutes) -> None:
    assert BENGALI_HARD in minutes.text


def test_arabic_copies_out_as_letters_not_presentation_forms(minutes: Minutes) -> None:
    for text in (minutes.text, minutes.pypdf):
        assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in text)
        assert "نريد حافلة أقرب" in unicodedata.normalize("NFC", text)


def test_emoji_print_as_their_name_beside_any_script(minutes: Minutes) -> None:
    # An English name in the line makes it left to right: the Arabic, read from its right
    # end, then the emoji's name.
    seen = [[w for _, _, w in line] for line in drawn_lines(minutes.pdf)]
    assert ["أقرب", "حافلة", "نريد", "[thumbs", "up", "sign]"] in [line[-6:] for line in seen]
    assert "[1 characters" not in minutes.text


def test_a_script_no_font_has_keeps_the_placeholder(minutes: Minutes) -> None:
    assert "[5 characters that cannot be printed]" in minutes.text
    assert UNBUNDLED not in minutes.text


def test_welsh_markup_and_ampersands_still_print_as_typed_beside_arabic(
    minutes: Minutes,
) -> None:
    assert MIXED_LATIN in minutes.text


def test_the_chart_labels_and_the_footer_carry_other_scripts(tmp_path: Path) -> None:
    db = open_library(tmp_path / "library.db")
    w = workshops.create_workshop(db, "نريد حافلة أقرب", date=date(2026, 11, 28))
    ideas = [board.capture_idea(db, w.id, t).idea.id for t, _ in list(SAMPLES.values())[:4]]
    vote = voting.create_round(db, w.id, "Which first?", method="tally", items=ideas)
    voting.open_round(db, vote.id)
    voting.record_tallies(db, vote.id, dict(zip(ideas, [4, 3, 2, 1], strict=True)))
    voting.close_round(db, vote.id)
    pdf = minutes_bytes(load_workshop(db, w.id), generated_at=MADE)
    db.close()
    pages = [readable(pdftotext(pdf, "-f", str(n), "-l", str(n))) for n in (1, 2)]
    # Every page's footer starts with the title.
    assert all(page.count("نريد حافلة أقرب") >= 1 for page in pages)
    # The chart labels its bars "1. <idea>": the number reads first, on the left.
    layout = pdftotext(pdf, "-bbox")
    label = re.search(r'xMin="([\d.]+)"[^>]*>1\.</word>\s*<word xMin="([\d.]+)"', layout)
    assert label is not None and float(label.group(1)) < float(label.group(2))


def test_the_bidirectional_order_of_a_line() -> None:
    # A right-to-left name in an English line keeps its count after it (as if isolated).
    assert scripts.visual_order(["R", "O", "S", "n"], 0)[0] == [0, 1, 2, 3]
    # A number inside right-to-left text stays inside it, left to right.
    assert scripts.visual_order(["R", "S", "N", "S", "R"], 1)[0] == [4, 3, 2, 1, 0]
    # An English word in a right-to-left paragraph keeps its own direction.
    assert scripts.visual_order(["R", "S", "L", "S", "R"], 1)[0] == [4, 3, 2, 1, 0]
    assert scripts.base_level(["نريد 42"]) == 1
    assert scripts.base_level(["Idea 3: نريد"]) == 0


def test_shaping_joins_arabic_and_forms_bengali_conjuncts() -> None:
    arabic = _font("arabic")
    shaped, _ = shaping.shape(arabic, "نريد", rtl=True)
    own = {arabic.face.charToGlyph[ord(c)] for c in "نريد"}
    drawn = {arabic.face.charToGlyph[ord(c)] for c in shaped}
    assert drawn - own, "no letter took its joined form"
    # Drawn right to left: the last letter first.
    assert arabic.aliases.get(ord(shaped[0]), shaped[0]) == "د"
    bengali = _font("bengali")
    conjunct, _ = shaping.shape(bengali, "স্ট", rtl=False)
    assert len(conjunct) < 3  # one glyph (or two) for three characters
    ki, _ = shaping.shape(bengali, "কি", rtl=False)
    # The vowel sign is drawn first; what copies out is still "কি", in that order.
    assert bengali.face.charToGlyph[ord(ki[0])] == bengali.face.charToGlyph[0x09BF]
    assert "".join(bengali.aliases.get(ord(c), c) for c in ki) == "কি"


def _font(key: str) -> fonts.ScriptFont:
    font = fonts.script_font(fonts.face(key))
    assert font is not None
    return font


# Letters, marks and joiners of every bundled script, digits, brackets, quotes, markup,
# spaces and line breaks, bidi controls, emoji and a letter no font has.
_ANY = (
    "نريد حافلة أقرب ًٌَُِّْ٠١٢ ہںےٹ אבגדה ְֱ আমাদেরকাছি্ষ্টর্ক ਸਾਨੂੰਨੇੜੇ 我們需要 ቀረባ "
    "abc ŵŷ 123 .,:;()[]«»“”-!?'\"&<> \n\t\xa0\u200c\u200d\u200f\u202b\u2068 👍🇬🇧 த"
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hs.text(alphabet=hs.sampled_from(_ANY), min_size=1, max_size=150))
def test_any_mix_of_scripts_prints(text: str) -> None:
    """Whatever is typed, the paragraph and the one-line layout (footer, chart) print."""
    printer, st = Printer(), Styles()
    story = [Para(printer.para(text), st.body), Para("<b>Idea:</b> " + printer.line(text), st.h2)]
    SimpleDocTemplate(io.BytesIO()).build(story, canvasmaker=shaping.ShapingCanvas)
    line = printer.plain(text).replace("\n", " ")
    pieces, width = shaping.layout(line, 8)
    assert width >= 0 and len(pieces) <= len(line)
