"""Writing an export whole: readable like any new file, nothing left behind."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from coprod_desktop.exports.files import write_atomically


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_export_is_readable_as_the_umask_allows(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "minutes.pdf"
        write_atomically(out, b"%PDF-1.4 new")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644  # not the 0600 of a temporary file
    assert out.read_bytes() == b"%PDF-1.4 new"
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]


def test_replacing_a_file_leaves_only_the_new_one(tmp_path: Path) -> None:
    out = tmp_path / "ideas.zip"
    out.write_bytes(b"old")
    write_atomically(out, b"new")
    assert out.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["ideas.zip"]
