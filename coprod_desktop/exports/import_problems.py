"""What is wrong with a workshop file, said with its JSON path, in words the interface
translates (context ``"import"``); and the problems of the JSON itself, which no model of
the format can see once the text is parsed: keys given twice, numbers too long to hold,
text that is not Unicode."""

from __future__ import annotations

import json
from typing import Any

from ..messages import QT_TRANSLATE_NOOP, Message, Term

MAX_PROBLEMS = 50
MAX_INTEGER = 2**63 - 1  # the most SQLite can store


class ImportMessage(Message):
    """A problem with a workshop file, in words the interface translates (context
    ``"import"``); the command line prints it in English."""

    context = "import"


def _record(text: str) -> Term:
    return Term("import record", text)


# The kinds of thing a file's ids point at, as "no {what} {id}" names them.
RECORD = {
    "group": _record(QT_TRANSLATE_NOOP("import record", "group")),
    "participant": _record(QT_TRANSLATE_NOOP("import record", "participant")),
    "stage": _record(QT_TRANSLATE_NOOP("import record", "stage")),
    "theme": _record(QT_TRANSLATE_NOOP("import record", "theme")),
    "idea": _record(QT_TRANSLATE_NOOP("import record", "idea")),
    "round": _record(QT_TRANSLATE_NOOP("import record", "round")),
}


class ImportProblem(Exception):
    """The file was refused; ``problems`` lists each one with its JSON path."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        first = problems[0] if problems else "the file could not be read"
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
        super().__init__(first + suffix)


def refusal(template: str, **fields: Any) -> ImportProblem:
    """A refusal with one problem that has no path (the file as a whole)."""
    return ImportProblem([ImportMessage(template, **fields)])


class Problems:
    """The problems found so far, at most ``MAX_PROBLEMS`` (a file broken everywhere
    would otherwise fill the screen)."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def fail(self, path: str, template: str, **fields: Any) -> None:
        """Record a problem at ``path``: ``template`` (marked for translation) filled with
        ``fields``."""
        if len(self.found) < MAX_PROBLEMS:
            problem = ImportMessage(template, **fields)
            self.found.append(
                ImportMessage(
                    QT_TRANSLATE_NOOP("import", "{path}: {problem}"), path=path, problem=problem
                )
            )

    def raise_any(self) -> None:
        if self.found:
            raise ImportProblem(self.found)


def json_repr(value: Any) -> str:
    """A value as the file wrote it, short enough for a message."""
    if isinstance(value, str):
        return f'"{value}"'
    try:
        return json.dumps(value)[:40]
    except (TypeError, ValueError):
        return repr(value)[:40]


class JsonObject(dict[str, Any]):
    """A JSON object that remembers the keys its file gave more than once (the parser
    keeps only the last, silently)."""

    duplicates: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> JsonObject:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice: list[str] = []
            for key, _ in pairs:
                if key in seen and key not in twice:
                    twice.append(key)
                seen.add(key)
            obj.duplicates = tuple(twice)
        return obj


class LongNumber(str):
    """The digits of a whole number too long to be one here (Python itself refuses to
    convert more than 4,300 digits, with an error that names no place)."""


def parse_int(digits: str) -> int | LongNumber:
    return LongNumber(digits) if len(digits) > 20 else int(digits)


def printable(text: str) -> str:
    """Text safe to show anywhere: a lone surrogate becomes its \\u escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def step(path: str, key: str | int) -> str:
    """The JSON path one step further: ``ideas`` and 3 give ``ideas[3]``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    key = printable(key)
    return f"{path}.{key}" if path else key


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def scan_json(problems: Problems, document: Any) -> None:
    """Problems of the JSON itself, wherever they are: keys given twice, numbers SQLite
    cannot store, text that is not Unicode (a lone surrogate such as "\\ud800")."""
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        path, value = stack.pop()
        where = path or "(the file)"
        if isinstance(value, LongNumber):
            problems.fail(
                where,
                QT_TRANSLATE_NOOP("import", "the number is too large ({digits} digits)"),
                digits=f"{len(value.lstrip('-')):,}",
            )
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) > MAX_INTEGER:
                problems.fail(where, QT_TRANSLATE_NOOP("import", "the number is too large"))
        elif isinstance(value, str):
            if not _is_unicode(value):
                problems.fail(
                    where,
                    QT_TRANSLATE_NOOP(
                        "import", "holds a broken character (a lone surrogate such as \\ud800)"
                    ),
                )
        elif isinstance(value, dict):
            for key in getattr(value, "duplicates", ()):
                problems.fail(
                    step(path, key),
                    QT_TRANSLATE_NOOP("import", "is given more than once in the same object"),
                )
            for key, item in reversed(list(value.items())):
                if not _is_unicode(key):
                    problems.fail(
                        step(path, key),
                        QT_TRANSLATE_NOOP(
                            "import",
                            "the name holds a broken character (a lone surrogate such as \\ud800)",
                        ),
                    )
                stack.append((step(path, key), item))
        elif isinstance(value, list):
            stack.extend((step(path, n), item) for n, item in reversed(list(enumerate(value))))
