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
WELSH_FORMS = 5  # Qt's Welsh plural rule: 0, 1, 2-5, 6, other
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


def test_the_files_are_there_and_welsh() -> None:
    for path in SOURCES:
        assert ET.parse(path).getroot().get("language") == "cy", path.name
    assert (FOLDER / "coprod_cy.qm").stat().st_size > 10_000
    assert len(read(SOURCES[0])) > 900


def test_every_message_is_translated() -> None:
    problems = []
    for m in all_messages():
        if m.state:
            problems.append(f"{m}: {m.state}")
        elif m.numerus and len(m.forms) != WELSH_FORMS:
            problems.append(f"{m}: {len(m.forms)} plural forms, Welsh needs {WELSH_FORMS}")
        elif not all(form.strip() for form in m.forms):
            problems.append(f"{m}: empty translation")
    assert not problems, "\n".join(problems)


def test_translations_keep_the_placeholders_and_shortcut_keys() -> None:
    problems = []
    for m in all_messages():
        fields = sorted(FIELD.findall(m.source))
        args = sorted(set(QT_ARG.findall(m.source)) - {"%n"})
        mnemonics = len(MNEMONIC.findall(m.source))
        for n, form in enumerate(m.forms):
            if sorted(FIELD.findall(form)) != fields:
                problems.append(f"{m}: fields {FIELD.findall(form)} in {form!r}, not {fields}")
            if sorted(set(QT_ARG.findall(form)) - {"%n"}) != args:
                problems.append(f"{m}: Qt arguments differ in {form!r}")
            # "%n" may give way to a word for nought (form 0), never for the others.
            if m.numerus and "%n" in m.source and n > 0 and "%n" not in form:
                problems.append(f"{m}: plural form {n} lost %n: {form!r}")
            if len(MNEMONIC.findall(form)) != mnemonics:
                problems.append(f"{m}: shortcut letters (&) differ in {form!r}")
            if form != form.strip() and m.source == m.source.strip():
                problems.append(f"{m}: spaces around {form!r}")
    assert not problems, "\n".join(problems)


def test_the_compiled_file_is_up_to_date(tmp_path: Path) -> None:
    """coprod_cy.qm is what the app loads: it must hold what the .ts files say."""
    translations = _tools()
    for path in SOURCES:
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(FOLDER / "coprod_cy.qm", tmp_path / "committed.qm")
    translations.FOLDER = tmp_path
    try:
        translations.release("cy")
    finally:
        translations.FOLDER = FOLDER
    assert (tmp_path / "coprod_cy.qm").read_bytes() == (tmp_path / "committed.qm").read_bytes(), (
        "resources/translations/coprod_cy.qm is older than the .ts files: run make translations"
    )


def test_every_text_in_the_code_is_in_the_translation(tmp_path: Path) -> None:
    """lupdate over the code into a copy of the .ts adds nothing: no text is left out."""
    ts = tmp_path / "coprod_cy.ts"
    shutil.copy(SOURCES[0], ts)
    report = _tools().update_ts(ts, "cy")
    committed = {m.key for m in read(SOURCES[0])}
    now = {m.key for m in read(ts)}
    new = sorted(now - committed)
    assert not new, (
        "Texts in the code that resources/translations/coprod_cy.ts lacks (run make "
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
