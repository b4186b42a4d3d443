"""Reading a SQLite file's bytes as an attacker would: b-tree cells with the offsets they
sit at in their pages, and the write-ahead log's frames commit by commit.

Only what the secrecy tests need (https://www.sqlite.org/fileformat2.html): no overflow
pages (our register and ballot rows are far smaller than a page), no freelist walk.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

INDEX_INTERIOR, TABLE_INTERIOR, INDEX_LEAF, TABLE_LEAF = 2, 5, 10, 13


@dataclass(frozen=True)
class Cell:
    page: int
    offset: int  # where the cell's bytes start in its page; SQLite fills a page downwards
    values: tuple[Any, ...]


def varint(data: bytes, pos: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        byte = data[pos + n]
        if n == 8:
            return (value << 8) | byte, pos + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos + n + 1
    raise AssertionError("unreachable")


def record(data: bytes) -> tuple[Any, ...]:
    header_size, pos = varint(data, 0)
    types = []
    while pos < header_size:
        serial, pos = varint(data, pos)
        types.append(serial)
    body, values = header_size, []
    sizes = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 7: 8, 8: 0, 9: 0}
    for serial in types:
        if serial in sizes:
            size = sizes[serial]
            raw = data[body : body + size]
            if serial == 0:
                values.append(None)
            elif serial == 7:
                values.append(struct.unpack(">d", raw)[0])
            elif serial in (8, 9):
                values.append(serial - 8)
            else:
                values.append(int.from_bytes(raw, "big", signed=True))
        else:
            size = (serial - 12) // 2 if serial % 2 == 0 else (serial - 13) // 2
            raw = data[body : body + size]
            values.append(raw if serial % 2 == 0 else raw.decode("utf-8"))
        body += size
    return tuple(values)


class Pages:
    """A database file's pages, optionally overlaid by pages from its write-ahead log."""

    def __init__(self, data: bytes, overlay: Mapping[int, bytes] | None = None) -> None:
        size = struct.unpack(">H", data[16:18])[0]
        self.page_size = 65536 if size == 1 else size
        self.data = data
        self.overlay = dict(overlay or {})

    @classmethod
    def of(cls, path: Path) -> Pages:
        return cls(path.read_bytes())

    def page(self, number: int) -> bytes:
        if number in self.overlay:
            return self.overlay[number]
        start = (number - 1) * self.page_size
        return self.data[start : start + self.page_size]

    def cells(self, root: int) -> Iterator[Cell]:
        """Every cell of the b-tree at ``root``, interior ones too (an index b-tree, as a
        WITHOUT ROWID table is, keeps rows in its interior pages as well)."""
        page = self.page(root)
        start = 100 if root == 1 else 0
        kind = page[start]
        count = struct.unpack(">H", page[start + 3 : start + 5])[0]
        header = 12 if kind in (INDEX_INTERIOR, TABLE_INTERIOR) else 8
        pointers = page[start + header : start + header + 2 * count]
        for n in range(count):
            offset = struct.unpack(">H", pointers[2 * n : 2 * n + 2])[0]
            pos = offset
            if kind in (INDEX_INTERIOR, TABLE_INTERIOR):
                child = struct.unpack(">I", page[pos : pos + 4])[0]
                yield from self.cells(child)
                pos += 4
                if kind == TABLE_INTERIOR:
                    continue  # only a rowid: no row here
            size, pos = varint(page, pos)
            if kind == TABLE_LEAF:
                _rowid, pos = varint(page, pos)
            yield Cell(root, offset, record(page[pos : pos + size]))
        if kind in (INDEX_INTERIOR, TABLE_INTERIOR):
            right = struct.unpack(">I", page[start + 8 : start + 12])[0]
            yield from self.cells(right)

    def schema(self) -> dict[str, int]:
        """Table or index name -> root page, from sqlite_master (page 1)."""
        rows = (c.values for c in self.cells(1))
        return {v[1]: v[3] for v in rows if v[0] in ("table", "index") and v[3]}

    def rows(self, name: str) -> list[Cell]:
        return list(self.cells(self.schema()[name]))


def wal_commits(wal: bytes, page_size: int) -> list[dict[int, bytes]]:
    """The write-ahead log's valid frames, one {page number: page} per commit, each
    holding every page written up to and including that commit."""
    if len(wal) < 32:
        return []
    salts = wal[16:24]
    commits, pages = [], {}
    pos = 32
    while pos + 24 + page_size <= len(wal):
        number, db_size = struct.unpack(">II", wal[pos : pos + 8])
        if wal[pos + 8 : pos + 16] != salts:
            break
        pages[number] = wal[pos + 24 : pos + 24 + page_size]
        if db_size:
            commits.append(dict(pages))
        pos += 24 + page_size
    return commits


def insertion_order(cells: list[Cell]) -> list[Cell]:
    """The attacker's guess of the order cells were written in: page by page, a page's
    cells from its end towards its start."""
    return sorted(cells, key=lambda c: (c.page, -c.offset))
