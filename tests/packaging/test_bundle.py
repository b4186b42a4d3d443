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


@pytest.mark.slow  # the same bundle as above
@pytest.mark.timeout(1200)
def test_the_bundle_carries_the_catalogues_and_only_the_cldr_data_they_need(bundle):
    from coprod_desktop.catalogues import cldr_data, languages

    internal = bundle.parent / "_internal"
    for language in languages()[1:]:
        assert (
            internal / "coprod_desktop" / "locale" / language / "LC_MESSAGES" / "coprod.po"
        ).exists()
    assert (bundle.parent / "_internal" / "resources" / "translations" / "coprod_en.qm").exists()
    data = internal / "babel" / "locale-data"
    kept = sorted(p.stem for p in data.glob("*.dat"))
    assert kept == sorted(cldr_data())
    size = (
        sum(p.stat().st_size for p in data.iterdir())
        + (internal / "babel" / "global.dat").stat().st_size
    )
    print(f"\nBabel's data in the bundle: {size / 1e6:.1f} MB")
    assert size < 2_000_000


@pytest.mark.slow  # the same bundle as above
@pytest.mark.timeout(1200)
def test_the_bundled_program_prints_other_scripts_in_the_minutes(bundle, tmp_path):
    """The script fonts and HarfBuzz (uharfbuzz) come along: Arabic joins and reads back,
    Bengali and Chinese print in their fonts."""
    import json

    workshop = {
        "format": "coprod-workshop",
        "version": 1,
        "workshop": {"title": "نريد حافلة أقرب", "date": "2026-11-28", "language": "en"},
        "ideas": [
            {"id": "i1", "text": "আমাদের কাছাকাছি একটি বাসস্টপ দরকার"},
            {"id": "i2", "text": "我们需要更近的公交车站"},
        ],
    }
    source = tmp_path / "workshop.json"
    source.write_text(json.dumps(workshop), encoding="utf-8")
    library, pdf = tmp_path / "library.db", tmp_path / "minutes.pdf"
    done = run_bundle(bundle, "--db", str(library), "import", str(source), home=tmp_path)
    assert done.returncode == 0, done.stderr
    done = run_bundle(
        bundle, "--db", str(library), "export", done.stdout.strip(), "--format", "pdf",
        "--out", str(pdf), home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "نريد حافلة أقرب" in text and "我们需要更近的公交车站" in text
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"NotoNaskhArabic-Bold", "NotoSansBengali-Regular", "WenQuanYiMicroHei"} <= fonts


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
