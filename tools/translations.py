"""Update the Welsh translation source from the code and compile it (``make translations``).

1. ``pyside6-lupdate`` reads every ``tr(...)``, ``translate(...)`` and
   ``QT_TRANSLATE_NOOP(...)`` in ``coprod_desktop`` into
   ``resources/translations/coprod_cy.ts``: new texts arrive unfinished, texts gone from
   the code are dropped, translations already there are kept.
2. ``pyside6-lrelease`` compiles it, together with ``qt_cy.ts`` (Welsh for Qt's own
   standard buttons and context menus, which Qt does not ship), into ``coprod_cy.qm``,
   the one file the app loads.

Translate the unfinished texts (Qt Linguist, or any editor) and run this again.
``tests/ui/test_translations.py`` fails while any text is unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "coprod_desktop"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("cy",)


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


def main() -> None:
    for language in LANGUAGES:
        print(update_ts(FOLDER / f"coprod_{language}.ts", language).strip())
        print(release(language).strip())


if __name__ == "__main__":
    main()
