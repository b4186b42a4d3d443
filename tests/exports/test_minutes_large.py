"""A large workshop (2,000 ideas, 60 people, 10 rounds, 100 actions) exports from the
command line as PDF minutes and as CSV."""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop import cli
from coprod_desktop.db.library import open_library
from coprod_desktop.exports.workshop_json import import_workshop

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from large_workshop import large_workshop_document
from test_minutes_layout import layout_problems

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.db"
    db = open_library(path)
    try:
        import_workshop(db, large_workshop_document())
    finally:
        db.close()
    return path


def test_large_workshop_minutes_from_the_command_line(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    args = cli.parse_args(
        ["--db", str(library), "export", "1", "--format", "pdf", "--out", str(out)]
    )
    assert cli.run(args) == 0
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert pages > 100
    last = reader.pages[-1].extract_text()
    assert f"Page {pages} of {pages}" in last
    first = reader.pages[0].extract_text()
    assert "2,000" in first and "100" in first  # ideas and actions at a glance
    assert layout_problems(out.read_bytes()) == []


def test_large_workshop_csv_from_the_command_line(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "large.zip"
    args = cli.parse_args(
        ["--db", str(library), "export", "1", "--format", "csv", "--out", str(out)]
    )
    assert cli.run(args) == 0
    with zipfile.ZipFile(out) as archive:
        ideas = list(csv.DictReader(io.StringIO(archive.read("ideas.csv").decode("utf-8-sig"))))
        votes = list(csv.DictReader(io.StringIO(archive.read("votes.csv").decode("utf-8-sig"))))
        actions = list(csv.DictReader(io.StringIO(archive.read("actions.csv").decode("utf-8-sig"))))
    assert len(ideas) == 2000
    assert len(votes) == 10 * 300
    assert len(actions) == 100
    # A quarter of the people did not agree to be named: never in the files.
    people = large_workshop_document()["participants"]
    hidden = {p["name"] for p in people if not p["named_in_minutes"]}
    assert not hidden & {i["Author"] for i in ideas}
    assert not hidden & {a["Owner"] for a in actions}
