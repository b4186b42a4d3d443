"""The gettext catalogues of the minutes and the results sentences: every language has
every text of the code with the same placeholders, the plural forms CLDR gives it, and
CLDR's dates and numbers (``coprod_desktop/catalogues.py``; ``make translations``)."""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import io
import re
import string
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from babel import Locale, parse_locale
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from coprod_desktop import catalogues
from coprod_desktop.catalogues import (
    EXTRACT,
    NOT_EXTRACTED,
    SOURCE,
    TEMPLATE,
    Words,
    catalogue_path,
    languages,
    read_catalogue,
)
from coprod_desktop.exports.minutes.labels import Labels

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "coprod_desktop"
CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")  # gettext's order of forms
TRANSLATED = [code for code in languages() if code != SOURCE]


@cache
def _tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=locale)


def _key(message: Message) -> tuple[object, str | None]:
    return (message.id, message.context)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _forms(message: Message) -> tuple[str, ...]:
    return tuple(message.string) if message.pluralizable else (message.string,)


def test_there_is_welsh() -> None:
    assert "cy" in TRANSLATED
    assert len(_read(TEMPLATE)) > 100


def test_the_template_holds_every_text_in_the_code() -> None:
    """coprod.pot is what the code marks today: run ``make translations`` after changing
    a text, and translate what it brings in."""
    extracted = {_key(m) for m in _tools().extract() if m.id}
    committed = {_key(m) for m in _read(TEMPLATE) if m.id}
    assert extracted - committed == set(), "texts the catalogue lacks: run make translations"
    assert committed - extracted == set(), "texts gone from the code: run make translations"


def _marked_texts() -> set[str]:
    """Every literal text passed to a catalogue keyword, read from the syntax tree, so a
    text inside an f-string (which Babel's extractor does not look into on Python 3.11)
    counts too."""
    found: set[str] = set()
    ignored = [re.compile(pattern.replace("**", ".*")) for pattern in NOT_EXTRACTED]
    for folder, keywords in EXTRACT:
        for path in (PACKAGE / folder).rglob("*.py"):
            relative = path.relative_to(PACKAGE).as_posix()
            if any(p.match(relative) for p in ignored):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name not in keywords:
                    continue
                spec = keywords[name] or (1,)
                for position in spec:
                    if position <= len(node.args):
                        arg = node.args[position - 1]
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            found.add(arg.value)
    return found


def test_no_marked_text_escapes_the_extractor() -> None:
    template = _read(TEMPLATE)
    ids = set()
    for m in template:
        ids.update(m.id if isinstance(m.id, tuple) else (m.id,))
    missing = sorted(_marked_texts() - ids)
    assert not missing, f"marked in the code but not in coprod.pot (inside an f-string?): {missing}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_language_has_every_text_and_placeholder(language: str) -> None:
    template = _read(TEMPLATE)
    catalog = _read(catalogue_path(language), language)
    assert catalog.locale is not None and str(catalog.locale) == language
    problems = []
    wanted = {_key(m): m for m in template if m.id}
    have = {_key(m): m for m in catalog if m.id}
    problems += [f"missing: {key[0]!r}" for key in wanted.keys() - have.keys()]
    problems += [f"not in the code: {key[0]!r}" for key in have.keys() - wanted.keys()]
    for key in wanted.keys() & have.keys():
        m = have[key]
        forms = _forms(m)
        if m.fuzzy:
            problems.append(f"fuzzy (read in English until checked): {m.id!r}")
        if not all(form.strip() for form in forms):
            problems.append(f"untranslated: {m.id!r}")
        if not m.pluralizable:
            if _fields(forms[0]) != _fields(m.id):
                problems.append(f"{m.id!r}: fields {_fields(forms[0])} in {forms[0]!r}")
            continue
        singular, plural = m.id
        if len(forms) != catalog.num_plurals:
            problems.append(
                f"{singular!r}: {len(forms)} forms, {language} has {catalog.num_plurals}"
            )
        every = _fields(singular) & _fields(plural)  # all but the count
        allowed = _fields(singular) | _fields(plural)
        for form in forms:
            if not every <= _fields(form) <= allowed:
                problems.append(f"{singular!r}: fields {_fields(form)} in {form!r}")
        if _fields(forms[-1]) != _fields(plural):  # "other": 11, 100... always say the count
            problems.append(f"{singular!r}: its last form {forms[-1]!r} drops the count")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_catalogue_has_the_plural_rule_cldr_gives_its_language(language: str) -> None:
    catalog = _read(catalogue_path(language), language)
    rule = Locale.parse(language).plural_form
    categories = [c for c in CLDR_ORDER if c in rule.tags or c == "other"]
    assert catalog.num_plurals == len(categories)
    translations = read_catalogue(catalogue_path(language))
    for n in range(0, 1001):
        # The form the catalogue's Plural-Forms picks is CLDR's category for n.
        assert translations.plural(n) == categories.index(rule(n)), n


# Hand-checked against CLDR's Welsh rule (zero: 0; one: 1; two: 2; few: 3; many: 6;
# other: the rest, 11 among them) and Welsh mutation after the number: "dau" softens
# (dot -> ddot, person -> berson), "tri" and "chwe" aspirate p (person -> pherson).
WELSH_DOTS = {0: "0 dot", 1: "1 dot", 2: "2 ddot", 3: "3 dot", 6: "6 dot", 11: "11 dot"}
WELSH_PEOPLE = {
    0: "0 person",
    1: "1 person",
    2: "2 berson",
    3: "3 pherson",
    6: "6 pherson",
    11: "11 person",
}


@pytest.mark.parametrize("n", sorted(WELSH_DOTS))
def test_welsh_plural_forms_follow_cldr(n: int) -> None:
    welsh = Labels("cy")
    assert (
        Locale.parse("cy").plural_form(n)
        == {
            0: "zero",
            1: "one",
            2: "two",
            3: "few",
            6: "many",
            11: "other",
        }[n]
    )
    dots = welsh.n("{item} ({n} dot)", "{item} ({n} dots)", n, item="“Buses”")
    assert dots == f"“Buses” ({WELSH_DOTS[n]})"
    people = welsh.n(
        "{n} person, not named: no consent recorded",
        "{n} people, not named: no consent recorded",
        n,
    )
    assert people == f"{WELSH_PEOPLE[n]}, heb enw: dim caniatâd wedi'i gofnodi"


def test_english_plurals() -> None:
    english = Labels("en")
    forms = [english.n("{item} ({n} dot)", "{item} ({n} dots)", n, item="X") for n in (0, 1, 2)]
    assert forms == ["X (0 dots)", "X (1 dot)", "X (2 dots)"]
    assert english.n("{n} item", "{n} items", 12345) == "12,345 items"


def test_dates_and_numbers_are_cldr_s() -> None:
    day = dt.date(2027, 9, 7)
    english, welsh = Labels("en"), Labels("cy")
    assert english.date(day) == "7 September 2027"
    assert english.date(day, weekday=True) == "Tuesday, 7 September 2027"
    assert english.short_date(day) == "7 Sept 2027"  # British English, as CLDR has it
    assert welsh.date(day, weekday=True) == "Dydd Mawrth, 7 Medi 2027"
    welsh_months = [welsh.date(dt.date(2027, month, 1)).split()[1] for month in range(1, 13)]
    wide = Locale.parse("cy").months["format"]["wide"]
    assert welsh_months == [wide[month] for month in range(1, 13)]
    assert welsh_months[6] == "Gorffennaf"  # July, checked by hand
    assert welsh.short_date(dt.date(2027, 2, 1)) == "1 Chwef 2027"
    local = dt.datetime(2026, 11, 28, 15, 30).astimezone()
    assert welsh.when(local) == "28 Tachwedd 2026, 15:30"
    assert welsh.number(12345) == english.number(12345) == "12,345"


def test_the_bundle_keeps_the_cldr_data_the_languages_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """packaging/coprod-desktop.spec keeps only ``cldr_data()`` of Babel's locale data:
    every file Babel opens for the languages' dates, times and numbers is among them."""
    from babel import localedata

    opened: set[str] = set()
    resolve = localedata.resolve_locale_filename

    def spy(name: str) -> str:
        opened.add(str(name))
        return resolve(name)

    cldr_locale = catalogues.cldr_locale  # Babel caches parsed locales: make new ones
    monkeypatch.setattr(
        catalogues, "cldr_locale", lambda code: Locale(*parse_locale(str(cldr_locale(code))))
    )
    for name in ("_cache", "_dict_cache"):  # and the data it read (Babel 2.19 has both)
        if hasattr(localedata, name):
            monkeypatch.setattr(localedata, name, {})
    monkeypatch.setattr(localedata, "resolve_locale_filename", spy)
    for language in languages():
        words = Words(language)
        words.date(dt.date(2027, 1, 1), "full")
        words.date(dt.date(2027, 1, 1), "medium")
        words.date_time(dt.datetime(2027, 1, 1, 9, 30))
        words.number(12345)
    assert opened and opened <= set(catalogues.cldr_data())
    assert {"root", "en_GB", "cy"} <= set(catalogues.cldr_data())


def test_an_unfinished_translation_reads_in_english(tmp_path: Path) -> None:
    """A fuzzy entry (changed in the code since it was translated) and an empty one are
    left out, so the reader sees the English rather than a wrong or blank text."""
    po = tmp_path / "coprod.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: cy\\n"\n"Plural-Forms: nplurals=6; plural=(n == 0 ? 0 :'
        ' n == 1 ? 1 : n == 2 ? 2 : n == 3 ? 3 : n == 6 ? 4 : 5);\\n"\n\n'
        '#, fuzzy\nmsgid "Agenda"\nmsgstr "Hen agenda"\n\n'
        'msgid "Voting"\nmsgstr ""\n\n'
        'msgid "Results"\nmsgstr "Canlyniadau"\n',
        encoding="utf-8",
    )
    translations = read_catalogue(po)
    assert translations.gettext("Agenda") == "Agenda"
    assert translations.gettext("Voting") == "Voting"
    assert translations.gettext("Results") == "Canlyniadau"


def test_a_language_without_a_catalogue_is_english() -> None:
    words = Words("xx")
    assert words.language == "en" and words.gettext("Results") == "Results"
    assert catalogues.words("cy").gettext("Results") == "Canlyniadau"


def test_a_new_language_starts_with_every_text_and_cldr_s_plural_forms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the README tells a translator: ``tools/translations.py new LANG``."""
    tools = _tools()
    monkeypatch.setattr(tools, "catalogue_path", lambda code: tmp_path / code / "coprod.po")
    path = tools.new_catalogue("ga")
    catalog = _read(path, "ga")
    assert catalog.num_plurals == 5  # Irish: one, two, few, many, other
    assert {_key(m) for m in catalog if m.id} == {_key(m) for m in _read(TEMPLATE) if m.id}
    assert all(not any(_forms(m)) for m in catalog if m.id)
    assert b"Plural-Forms: nplurals=5" in io.BytesIO(path.read_bytes()).getvalue()
