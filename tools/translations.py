"""Bring the translations up to date with the code (``make translations``).

The interface (Qt):

1. ``pyside6-lupdate`` reads every ``tr(...)``, ``translate(...)`` and
   ``QT_TRANSLATE_NOOP(...)`` in ``coprod_desktop`` into
   ``resources/translations/coprod_<lang>.ts``: new texts arrive unfinished, texts gone from
   the code are dropped, translations already there are kept. For English (the language
   the texts are written in) only the plural texts are kept (``-pluralonly``): "%n idea(s)"
   becomes "1 idea", "2 ideas".
2. ``pyside6-lrelease`` compiles each, together with ``qt_<lang>.ts`` (Welsh for Qt's own
   standard buttons and context menus, which Qt does not ship), into ``coprod_<lang>.qm``,
   the one file the app loads.

The minutes and the results sentences (gettext, read with Babel; see
``coprod_desktop/catalogues.py``):

3. Babel's extractor reads the texts marked for it (``gettext``, ``ngettext``, ``N_``, and
   the minutes' ``L.h``, ``L.s``, ``L.n``...; ``catalogues.EXTRACT``) everywhere but the
   widgets into ``coprod_desktop/locale/coprod.pot``.
4. Each ``coprod_desktop/locale/<lang>/LC_MESSAGES/coprod.po`` is updated from it as
   ``pybabel update`` does: new texts arrive untranslated, changed ones fuzzy (both read in
   English until translated), texts gone from the code are dropped. The app reads the
   ``.po`` itself: there is nothing to compile.

``python tools/translations.py new LANG`` starts a catalogue for a new language, with the
plural forms CLDR gives it. Translate the unfinished texts (Qt Linguist or Poedit, or any
text editor) and run ``make translations`` again. ``tests/ui/test_translations.py`` and
``tests/test_catalogues.py`` fail while any text is unfinished or missing.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.extract import extract_from_dir  # noqa: E402
from babel.messages.pofile import read_po, write_po  # noqa: E402

from coprod_desktop import __version__  # noqa: E402
from coprod_desktop.catalogues import (  # noqa: E402
    DOMAIN,
    EXTRACT,
    NOT_EXTRACTED,
    SOURCE,
    TEMPLATE,
    catalogue_path,
    languages,
)

PACKAGE = ROOT / "coprod_desktop"
FOLDER = ROOT / "resources" / "translations"
QT_LANGUAGES = ("en", "cy")  # en: the plural forms of the English texts only
WIDTH = 88  # .po lines are folded at this width


def tool(name: str) -> str:
    """A PySide6 tool next to this Python (the venv), else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (make test sets up .venv)")
    return found


def update_ts(ts: Path, language: str) -> str:
    """Run lupdate over the package into ``ts``; lupdate's report."""
    result = subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "absolute",
            *(["-pluralonly"] if language == SOURCE else []),
            str(PACKAGE),
            "-ts",
            str(ts),
            "-target-language",
            language,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


def release(language: str) -> str:
    """Compile ``coprod_<language>.ts`` (and ``qt_<language>.ts``) to ``coprod_<language>.qm``."""
    sources = [FOLDER / f"coprod_{language}.ts", FOLDER / f"qt_{language}.ts"]
    result = subprocess.run(
        [
            tool("pyside6-lrelease"),
            *(str(s) for s in sources if s.exists()),
            "-qm",
            str(FOLDER / f"coprod_{language}.qm"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


# gettext catalogues (Babel) -------------------------------------------------------------


def extract() -> Catalog:
    """The texts the layers without Qt mark for the catalogue, as a template."""
    template = Catalog(
        project="coprod-desktop",
        version=__version__,
        domain=DOMAIN,
        copyright_holder="coprod-desktop contributors",
        msgid_bugs_address="",
        charset="utf-8",
    )
    for folder, keywords in EXTRACT:
        found = extract_from_dir(
            PACKAGE / folder,
            method_map=[*((path, "ignore") for path in NOT_EXTRACTED), ("**.py", "python")],
            keywords=keywords,
            comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True,
        )
        for filename, lineno, message, comments, context in found:
            where = "/".join(part for part in ("coprod_desktop", folder, filename) if part)
            template.add(message, None, [(where, lineno)], auto_comments=comments, context=context)
    return template


def write(catalog: Catalog, path: Path) -> bool:
    """A catalogue as a .po file: locations by file only (no line numbers, which every
    edit of the code would change), sorted by file, old entries left out. Written only
    when more than its dates would change; whether it was."""
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        width=WIDTH,
        sort_by_file=True,
        ignore_obsolete=True,
        include_lineno=False,
    )
    text = buffer.getvalue()
    if path.exists() and _undated(path.read_bytes()) == _undated(text):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text)
    return True


def _undated(text: bytes) -> bytes:
    return re.sub(rb'^"(POT-Creation|PO-Revision)-Date: .*\n', b"", text, flags=re.MULTILINE)


def read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=language, domain=DOMAIN)


def update_catalogue(language: str, template: Catalog) -> Catalog:
    """``language``'s catalogue brought in line with ``template`` (pybabel update)."""
    catalog = read(catalogue_path(language), language)
    catalog.update(template, update_header_comment=False)
    return catalog


def new_catalogue(language: str) -> Path:
    """Start ``language``'s catalogue from the template (pybabel init): every text
    untranslated, the plural forms CLDR gives the language."""
    path = catalogue_path(language)
    if path.exists():
        raise SystemExit(f"{path.relative_to(ROOT)} is there already")
    template = read(TEMPLATE)
    catalog = Catalog(locale=language, domain=DOMAIN, project="coprod-desktop", charset="utf-8")
    catalog.update(template)
    write(catalog, path)
    return path


def update_gettext() -> None:
    template = extract()
    write(template, TEMPLATE)
    print(f"{TEMPLATE.relative_to(ROOT)}: {len(template)} texts")
    for language in languages():
        if language == SOURCE:
            continue
        catalog = update_catalogue(language, template)
        write(catalog, catalogue_path(language))
        todo = sum(1 for m in catalog if m.id and (m.fuzzy or not all(_forms(m))))
        print(f"{catalogue_path(language).relative_to(ROOT)}: {todo} to translate")


def _forms(message: object) -> tuple[str, ...]:
    string = getattr(message, "string", "")
    return tuple(string) if isinstance(string, (tuple, list)) else (string,)


def main() -> None:
    if sys.argv[1:2] == ["new"] and len(sys.argv) == 3:
        print(f"started {new_catalogue(sys.argv[2]).relative_to(ROOT)}")
        return
    for language in QT_LANGUAGES:
        print(update_ts(FOLDER / f"coprod_{language}.ts", language).strip())
        print(release(language).strip())
    update_gettext()


if __name__ == "__main__":
    main()
