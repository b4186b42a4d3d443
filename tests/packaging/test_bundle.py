"""The installable app: the PyInstaller bundle builds and its program works, and the Linux
desktop entry and AppStream metainfo hold what software centres read."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.coprod.Desktop"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "packaging" / "coprod-desktop.spec")],
        check=True, cwd=ROOT, timeout=900,
    )  # fmt: skip
    program = (
        work
        / "dist"
        / "coprod-desktop"
        / ("coprod-desktop.exe" if os.name == "nt" else "coprod-desktop")
    )
    assert program.exists()
    size = sum(
        f.stat().st_size for f in program.parent.rglob("*") if f.is_file() and not f.is_symlink()
    )
    print(f"\nbundle size: {size / 1e6:.0f} MB")
    return program


def run_bundle(program: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=120, env=env
    )


@pytest.mark.slow  # builds the whole PyInstaller bundle: `make test-all`, not `make test`
@pytest.mark.timeout(1200)
def test_the_built_program_runs_version_demo_and_minutes(bundle, tmp_path):
    done = run_bundle(bundle, "--version", home=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("coprod-desktop ")
    library = tmp_path / "library.db"
    done = run_bundle(bundle, "--db", str(library), "demo", home=tmp_path)
    assert done.returncode == 0, done.stderr
    workshop = done.stdout.strip()
    pdf = tmp_path / "minutes.pdf"
    done = run_bundle(
        bundle,
        "--db",
        str(library),
        "export",
        workshop,
        "--format",
        "pdf",
        "--out",
        str(pdf),
        home=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Oakfield Day Centre" in text
    done = run_bundle(bundle, "--db", str(tmp_path / "missing.db"), "list", home=tmp_path)
    assert done.returncode == 1 and done.stderr.startswith("error: there is no library")


def test_the_desktop_entry_names_the_app_in_english_and_welsh():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == APP_ID
    assert section["Exec"].startswith("coprod-desktop")
    assert section["Name[cy]"] and section["Comment[cy]"]
    assert (ROOT / "packaging" / "icons" / f"{APP_ID}.svg").exists()
    for size in (16, 32, 48, 128, 256, 512):
        assert (
            ROOT / "packaging" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        ).exists()


def test_the_metainfo_has_welsh_name_and_summary():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert {e.get(lang) for e in root.findall("name")} == {None, "cy"}
    assert {e.get(lang) for e in root.findall("summary")} == {None, "cy"}
