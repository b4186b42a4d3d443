"""Writing an export whole: readable like any new file, nothing left behind."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from coprod_desktop.exports.files import ExportRefused, write_atomically


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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_replacing_a_file_keeps_its_permissions(tmp_path: Path, mode: int) -> None:
    """A private export stays private when it is written again."""
    out = tmp_path / "minutes.pdf"
    out.write_bytes(b"old")
    out.chmod(mode)
    write_atomically(out, b"new")
    assert out.read_bytes() == b"new"
    assert out.stat().st_mode & 0o777 == mode


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ExportRefused, match=r"pipe\b.*not a file"):
        write_atomically(fifo, b"data")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_a_device_is_refused_and_left_alone(tmp_path: Path) -> None:
    """A device node like /dev/null (made here, so a failure cannot replace the real one)."""
    device = make_null_device(tmp_path / "null")
    with pytest.raises(ExportRefused, match="is a device, not a file"):
        write_atomically(device, b"data")
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


def make_null_device(path: Path) -> Path:
    if not hasattr(os, "mknod"):
        pytest.skip("no device nodes here")
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path
