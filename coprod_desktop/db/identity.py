"""How a file says it is a coprod library, in bytes anyone can read without the data layer
(the start-up lists a library before SQLAlchemy is loaded)."""

APPLICATION_ID = 0x43505244  # "CPRD" in the SQLite header: this file is a coprod library
SQLITE_MAGIC = b"SQLite format 3\x00"


def looks_like_library(header: bytes) -> bool:
    """Whether the first 100 bytes of a file are those of a coprod library."""
    return (
        len(header) >= 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )
