"""Why the workshop file's model is pydantic (issue 13): checking the 2,000-idea file.

Run: .venv/bin/python tests/benchmarks/bench_workshop_models.py
(``pip install msgspec`` first to compare; it is not a dependency.)

The same rules for ideas and rounds, written once for each library, time the check of the
parsed file; then the whole of ``check_workshop`` (model, links) and the whole import.
Both libraries check in milliseconds, a fraction of the import (target < 2 s); pydantic
reports every problem of a file, msgspec only the first.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_workshop import large_workshop_document
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from coprod_desktop.db.library import open_library
from coprod_desktop.exports.workshop_check import check_workshop
from coprod_desktop.exports.workshop_json import import_workshop

COLOUR = r"^#[0-9A-Fa-f]{6}$"


def moment(value: str) -> str:
    datetime.fromisoformat(value)
    return value


class PIdea(BaseModel):
    model_config = ConfigDict(strict=True)
    id: str
    text: Annotated[str, Field(max_length=100_000), AfterValidator(str.strip)]
    author: str | None = None
    group: str | None = None
    theme: str | None = None
    stage: str | None = None
    colour: Annotated[str, Field(pattern=COLOUR)] | None = None
    x: float | None = None
    y: float | None = None
    created_at: Annotated[str, AfterValidator(moment)] | None = None


class PBallot(BaseModel):
    model_config = ConfigDict(strict=True)
    group: str | None = None
    voter: str | None = None
    dots: dict[str, Annotated[int, Field(ge=1, le=100)]]


class PRound(BaseModel):
    model_config = ConfigDict(strict=True)
    id: str
    question: str
    target: str
    method: str
    dots_per_voter: int
    max_dots_per_item: int
    secret: bool = True
    status: str = "draft"
    voters: list[str] = []
    ballots: list[PBallot] = []
    tallies: dict[str, int] = {}


class PFile(BaseModel):
    ideas: list[PIdea]
    rounds: list[PRound]


def best_ms(run: Callable[[], Any], times: int = 7) -> float:
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        spent.append(time.perf_counter() - start)
    return min(spent) * 1000


try:
    import msgspec
except ImportError:  # not a dependency: only this comparison uses it
    msgspec = None

if msgspec is not None:

    class MIdea(msgspec.Struct):
        id: str
        text: Annotated[str, msgspec.Meta(max_length=100_000)]
        author: str | None = None
        group: str | None = None
        theme: str | None = None
        stage: str | None = None
        colour: Annotated[str, msgspec.Meta(pattern=COLOUR)] | None = None
        x: float | None = None
        y: float | None = None
        created_at: str | None = None

        def __post_init__(self) -> None:
            self.text = self.text.strip()
            if self.created_at is not None:
                moment(self.created_at)

    class MBallot(msgspec.Struct):
        dots: dict[str, Annotated[int, msgspec.Meta(ge=1, le=100)]]
        group: str | None = None
        voter: str | None = None

    class MRound(msgspec.Struct):
        id: str
        question: str
        target: str
        method: str
        dots_per_voter: int
        max_dots_per_item: int
        secret: bool = True
        status: str = "draft"
        voters: list[str] = []
        ballots: list[MBallot] = []
        tallies: dict[str, int] = {}

    class MFile(msgspec.Struct):
        ideas: list[MIdea]
        rounds: list[MRound]


def msgspec_check() -> Callable[[Any], Any] | None:
    if msgspec is None:
        return None
    return lambda document: msgspec.convert(document, MFile)


if __name__ == "__main__":
    document = json.loads(json.dumps(large_workshop_document()))
    print(f"pydantic, ideas and rounds: {best_ms(lambda: PFile.model_validate(document)):.1f} ms")
    check = msgspec_check()
    if check is None:
        print("msgspec is not installed: pip install msgspec to compare")
    else:
        print(f"msgspec, ideas and rounds: {best_ms(lambda: check(document)):.1f} ms")
    broken = json.loads(json.dumps(document))
    broken["ideas"][3]["text"], broken["ideas"][7]["theme"] = 5, 3
    try:
        PFile.model_validate(broken)
    except ValidationError as invalid:
        print(f"pydantic on a file with 2 problems: reports {invalid.error_count()}")
    if check is not None:
        try:
            check(broken)
        except Exception as invalid:  # msgspec.ValidationError
            print(f"msgspec on the same file: reports 1 ({invalid})")
    print(f"check_workshop, the whole file: {best_ms(lambda: check_workshop(document), 3):.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_library(Path(tmp) / "large.db")
        start = time.perf_counter()
        import_workshop(db, document)
        print(f"import it (check and write): {time.perf_counter() - start:.2f} s (target < 2 s)")
        db.close()
