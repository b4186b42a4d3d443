"""The command line and odd places to write to or read from: one `error:` line, the
place left as it was."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from test_cli import call

from coprod_desktop.db.library import open_library
from coprod_desktop.services import workshops


@pytest.fixture
def library(tmp_path: Path) -> str:
    path = tmp_path / "lib.db"
    db = open_library(path, create=True)
    workshops.create_workshop(db, "Bus review")
    db.close()
    return str(path)


def null_device(path: Path) -> Path:
    """A device node like /dev/null, made here so a failing test cannot replace the real
    one (as root, a rename would)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("fmt", ["json", "pdf", "csv"])
def test_export_over_a_file_keeps_its_permissions(library, tmp_path, capsys, fmt):
    out = tmp_path / ("minutes.zip" if fmt == "csv" else f"minutes.{fmt}")
    out.write_bytes(b"old")
    out.chmod(0o600)
    code, _, err = call(capsys, "--db", library, "export", "1", "--format", fmt, "--out", str(out))
    assert (code, err) == (0, "")
    assert out.read_bytes() != b"old"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("fmt", ["json", "pdf", "csv"])
def test_export_onto_a_pipe_is_refused(library, tmp_path, capsys, fmt):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, out, err = call(
        capsys, "--db", library, "export", "1", "--format", fmt, "--out", str(fifo)
    )
    assert code == 1 and out == ""
    assert err == f"error: {fifo} is a pipe, not a file; choose a file name to save to.\n"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_onto_a_device_is_refused(library, tmp_path, capsys, fmt):
    device = null_device(tmp_path / "null")
    code, _, err = call(
        capsys, "--db", library, "export", "1", "--format", fmt, "--out", str(device)
    )
    assert code == 1
    assert err == f"error: {device} is a device, not a file; choose a file name to save to.\n"
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("lib.db")) == ["null"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_import_from_a_pipe_or_a_huge_file_is_one_line_at_once(library, tmp_path, capsys):
    fifo = tmp_path / "w.json"
    os.mkfifo(fifo)
    code, out, err = call(capsys, "--db", library, "import", str(fifo))
    assert (code, out) == (1, "")
    assert err == (
        f"error: {fifo} is a pipe, not a workshop file; save the file first, then import it\n"
    )
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as stream:
        stream.truncate(201 * 1024 * 1024)
    code, _, err = call(capsys, "--db", library, "import", str(huge))
    assert code == 1
    assert err == "error: huge.json is too large to be a workshop file (more than 200 MB)\n"
