"""Lists of names pasted or loaded at Set-up → People: a comma inside a name stays, files
in the encodings spreadsheets save are read, what is not a list is refused in words, and
the preview checks group names line by line."""

from __future__ import annotations

import contextlib
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from coprod_desktop.services import people
from coprod_desktop.services.errors import InvalidInput
from coprod_desktop.services.people import parse_name_list, read_name_file


def names(text: str, groups: list[str] | None = None) -> list[tuple[str, str | None]]:
    return [(p.name, p.group) for p in parse_name_list(text, groups).people]


def test_a_comma_inside_a_name_stays_in_the_name() -> None:
    assert names("Jones, Mary\nSmith, John\nAled\n") == [
        ("Jones, Mary", None),
        ("Smith, John", None),
        ("Aled", None),
    ]
    assert not parse_name_list("Jones, Mary\n").problems


def test_a_group_follows_a_tab_or_a_semicolon() -> None:
    assert names("Jones, Mary; Carers\nAled;Staff\nCai\n") == [
        ("Jones, Mary", "Carers"),
        ("Aled", "Staff"),
        ("Cai", None),
    ]
    assert names("Jones, Mary\tCarers\nAled\tStaff\n") == [
        ("Jones, Mary", "Carers"),
        ("Aled", "Staff"),
    ]


def test_a_heading_row_says_how_columns_are_split() -> None:
    text = 'group,name\nCarers,"Jones, Mary"\nStaff,Aled\n'
    assert names(text) == [("Jones, Mary", "Carers"), ("Aled", "Staff")]
    assert names("\ufeffName\nSiân\n") == [("Siân", None)]
    assert names("enw;grŵp\nSiân;Staff\n") == [("Siân", "Staff")]


def test_groups_are_checked_against_the_workshops_with_line_numbers() -> None:
    text = "name;group\nAled;Staff\nSiân;residents\nMair;Carer\nCai;Visitors\n"
    report = parse_name_list(text, ["Residents", "Carers", "Staff"])
    assert [(p.name, p.group) for p in report.people] == [
        ("Aled", "Staff"),
        ("Siân", "Residents"),  # the workshop's own spelling
    ]
    assert report.problems == (
        'line 4: no group called "Carer" (did you mean "Carers"?)',
        'line 5: no group called "Visitors" (the groups are Residents, Carers, Staff)',
    )
    assert report.new_groups == ()


def test_without_groups_the_list_says_which_it_will_make() -> None:
    report = parse_name_list("Aled;Staff\nSiân;Carers\nCai;staff\n")
    assert report.new_groups == ("Staff", "Carers")
    assert not report.problems


def test_more_than_5000_lines_are_refused_with_the_reason() -> None:
    report = parse_name_list("".join(f"Person {n}\n" for n in range(5001)))
    assert report.people == () and report.refused is not None
    assert report.refused == (
        "The list has 5,001 lines; at most 5,000 names can be added at once. "
        "Split it into shorter lists."
    )
    report = parse_name_list("".join(f"Person {n}\n\n" for n in range(5000)))
    assert len(report.people) == 5000 and report.refused is None


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32", "latin-1", "cp1252"]
)
def test_files_in_the_encodings_spreadsheets_save_are_read(tmp_path: Path, encoding: str) -> None:
    text = "name\tgroup\nSiân Roberts\tCarers\nGwenllïan Öz\tStaff\nJosé Núñez\tStaff\n"
    if encoding not in ("latin-1", "cp1252"):
        text += "Ŵyn Llŷr\tStaff\n"  # beyond Latin-1
    path = tmp_path / "names.csv"
    path.write_bytes(text.encode(encoding))
    assert read_name_file(path) == text


def test_a_short_latin1_file_is_read() -> None:
    """A detector alone calls "Siân" UTF-16 or Big5: too few bytes to tell."""
    assert people.read_name_list("Siân".encode("latin-1")) == "Siân"
    assert people.read_name_list("Dafydd Öz\n".encode("latin-1")) == "Dafydd Öz\n"


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(255, 0, -1)) * 8,  # an .xlsx
        bytes(range(256)) * 4,
        b"Aled\x00\x00\x00\x01\x02Sian\x00",
    ],
)
def test_a_file_that_is_not_text_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "names.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=r"not a list of names \(it is not text\)"):
        read_name_file(path)


def test_a_pipe_or_a_huge_file_is_refused_at_once(tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as stream:
        stream.truncate(6 * 1024 * 1024)
    with pytest.raises(InvalidInput, match=r"too large to be a list of names \(more than 5 MB"):
        read_name_file(huge)
    if not hasattr(os, "mkfifo"):
        return
    fifo = tmp_path / "names.txt"
    os.mkfifo(fifo)
    # Should the read wait on the pipe, a writer comes after 5 s and leaves: a failure,
    # not a hang.
    release = threading.Timer(5, _open_and_close_writer, args=(fifo,))
    release.start()
    started = time.monotonic()
    try:
        with pytest.raises(InvalidInput, match=r"names\.txt is not a file of names"):
            read_name_file(fifo)
    finally:
        release.cancel()
    assert time.monotonic() - started < 1 and stat.S_ISFIFO(os.stat(fifo).st_mode)


def _open_and_close_writer(fifo: Path) -> None:
    with contextlib.suppress(OSError):  # nobody is reading: the read did not wait
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
