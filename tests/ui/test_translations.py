"""The Welsh translation is complete, fits the texts it translates, and covers every text
in the code (``make translations`` brings new texts in; translate them, run it again)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SOURCES = [FOLDER / "coprod_cy.ts", FOLDER / "qt_cy.ts"]
# The texts are English; coprod_en.ts gives only the plural forms of those that count
# ("%n idea(s)": "%n idea", "%n ideas"), made by lupdate -pluralonly.
ENGLISH = FOLDER / "coprod_en.ts"
WELSH_FORMS = 5  # Qt's Welsh plural rule: 0, 1, 2-5, 6, other (not CLDR's six)
ENGLISH_FORMS = 2  # 1, other
# The plural forms that stand for one number only, where "%n" may give way to words
# ("Delete idea"): Welsh 0 and 1, English 1.
EXACT_FORMS = {"cy": (0, 1), "en": (0,)}
FIELD = re.compile(r"\{[^{}]*\}")
QT_ARG = re.compile(r"%(?:\d+|n)")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


@dataclass(frozen=True)
class Message:
    file: str
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "" when finished, else lupdate's "unfinished", "vanished" or "obsolete"
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"{self.file} [{self.context}] {self.source!r}"


def read(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None, f"{path.name}: a message without a translation"
            numerus = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    path.name,
                    name,
                    m.findtext("source") or "",
                    m.findtext("comment") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return messages


def all_messages() -> list[Message]:
    return [m for path in SOURCES for m in read(path)]


def language_of(m: Message) -> str:
    return "en" if m.file == ENGLISH.name else "cy"


def test_the_files_are_there_and_welsh() -> None:
    for path in SOURCES:
        assert ET.parse(path).getroot().get("language") == "cy", path.name
    assert (FOLDER / "coprod_cy.qm").stat().st_size > 10_000
    assert len(read(SOURCES[0])) > 900


def test_english_has_the_plural_forms_of_every_counting_text() -> None:
    assert ET.parse(ENGLISH).getroot().get("language") == "en"
    english = read(ENGLISH)
    assert english and all(m.numerus for m in english)
    problems = [
        f"{m}: {m.state or 'forms'} {m.forms}"
        for m in english
        if m.state or len(m.forms) != ENGLISH_FORMS or not all(f.strip() for f in m.forms)
    ]
    assert not problems, "\n".join(problems)
    welsh = {m.key for m in read(SOURCES[0]) if m.numerus}
    assert {m.key for m in english} == welsh


def test_no_text_counts_by_hand() -> None:
    """A count picks its words through Qt's plural forms (``tr("%n idea(s)", "", n)``),
    never ``"1 idea" if n == 1 else ...``: Welsh has more forms than two."""
    pattern = re.compile(r"tr\(\s*\"1 |if \w+ == 1\s*else\s*(self\.)?tr\(")
    found = [
        f"{path.relative_to(ROOT)}: {match.group()!r}"
        for path in (ROOT / "coprod_desktop" / "ui").rglob("*.py")
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not found, "\n".join(found)


def test_every_message_is_translated() -> None:
    problems = []
    for m in all_messages():  # Welsh; English has its own test above
        if m.state:
            problems.append(f"{m}: {m.state}")
        elif m.numerus and len(m.forms) != WELSH_FORMS:
            problems.append(f"{m}: {len(m.forms)} plural forms, Welsh needs {WELSH_FORMS}")
        elif not all(form.strip() for form in m.forms):
            problems.append(f"{m}: empty translation")
    assert not problems, "\n".join(problems)


def test_translations_keep_the_placeholders_and_shortcut_keys() -> None:
    problems = []
    for m in all_messages() + read(ENGLISH):
        fields = sorted(FIELD.findall(m.source))
        args = sorted(set(QT_ARG.findall(m.source)) - {"%n"})
        mnemonics = len(MNEMONIC.findall(m.source))
        for n, form in enumerate(m.forms):
            if sorted(FIELD.findall(form)) != fields:
                problems.append(f"{m}: fields {FIELD.findall(form)} in {form!r}, not {fields}")
            if sorted(set(QT_ARG.findall(form)) - {"%n"}) != args:
                problems.append(f"{m}: Qt arguments differ in {form!r}")
            # "%n" may give way to words in a form for one number ("Dim syniadau",
            # "Delete idea"), never in the others.
            exact = EXACT_FORMS[language_of(m)]
            if m.numerus and "%n" in m.source and n not in exact and "%n" not in form:
                problems.append(f"{m}: plural form {n} lost %n: {form!r}")
            if len(MNEMONIC.findall(form)) != mnemonics:
                problems.append(f"{m}: shortcut letters (&) differ in {form!r}")
            if form != form.strip() and m.source == m.source.strip():
                problems.append(f"{m}: spaces around {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_compiled_file_is_up_to_date(tmp_path: Path, language: str) -> None:
    """coprod_<language>.qm is what the app loads: it must hold what the .ts files say."""
    translations = _tools()
    for path in [*SOURCES, ENGLISH]:
        shutil.copy(path, tmp_path / path.name)
    committed = FOLDER / f"coprod_{language}.qm"
    shutil.copy(committed, tmp_path / "committed.qm")
    translations.FOLDER = tmp_path
    try:
        translations.release(language)
    finally:
        translations.FOLDER = FOLDER
    assert (tmp_path / committed.name).read_bytes() == (tmp_path / "committed.qm").read_bytes(), (
        f"resources/translations/{committed.name} is older than the .ts files: "
        "run make translations"
    )


@pytest.mark.parametrize("source", [SOURCES[0], ENGLISH], ids=["cy", "en"])
def test_every_text_in_the_code_is_in_the_translation(tmp_path: Path, source: Path) -> None:
    """lupdate over the code into a copy of the .ts adds nothing: no text is left out."""
    ts = tmp_path / source.name
    shutil.copy(source, ts)
    language = "en" if source == ENGLISH else "cy"
    report = _tools().update_ts(ts, language)
    committed = {m.key for m in read(source)}
    now = {m.key for m in read(ts)}
    new = sorted(now - committed)
    assert not new, (
        f"Texts in the code that resources/translations/{source.name} lacks (run make "
        "translations and translate them):\n" + "\n".join(map(str, new)) + "\n" + report
    )


def _tools():  # type: ignore[no-untyped-def]
    if not shutil.which("pyside6-lupdate") and not (
        Path(sys.executable).with_name("pyside6-lupdate").exists()
    ):
        pytest.skip("pyside6-lupdate is not installed")
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_plurals_are_asked_for_where_pyside_can_find_them() -> None:
    """PySide6's ``self.tr(text, "", n)`` looks in the context of the object's own class
    only: called from a base class or a mixin for a subclass's object, the plural comes
    out untranslated. Plural texts stay in classes nothing derives from (or use
    ``i18n.tr`` / ``QCoreApplication.translate`` with a literal context)."""
    import ast

    package = ROOT / "coprod_desktop" / "ui"
    trees = [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in package.rglob("*.py")]
    bases = {
        ast.unparse(base).split(".")[-1]
        for _path, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for base in node.bases
    }
    problems = []
    for path, tree in trees:
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                is_self_tr = (
                    isinstance(func, ast.Attribute)
                    and func.attr == "tr"
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "self"
                )
                if is_self_tr and len(call.args) >= 3 and cls.name in bases:
                    problems.append(f"{path.relative_to(ROOT)}:{call.lineno} in {cls.name}")
    assert not problems, "\n".join(problems)
