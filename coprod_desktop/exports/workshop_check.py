"""Checking a parsed workshop file completely before anything is written.

The JSON itself first (``import_problems.scan_json``), then what kind of file it is
(``format``, ``version``: refused alone, as nothing else would make sense), then the
typed model (``workshop_format``) and the links between records (``workshop_rules``).
Every problem is reported with its JSON path (``ideas[3].theme: no theme "t9"``), in the
"import" messages the interface translates; nothing is written unless there are none.
"""

from __future__ import annotations

import contextlib
from typing import Any

from pydantic import ValidationError

from ..db import models as m
from ..messages import QT_TRANSLATE_NOOP
from .import_problems import ImportProblem, Problems, refusal, scan_json, step
from .workshop_format import FORMAT, LISTS, PROBLEM, VERSION, Workshop, WorkshopFile
from .workshop_rules import Located, check_links

# The library's own kinds of problem, in the words of the "import" messages. A problem
# of a field's own check (``workshop_format.problem``) carries its words with it.
_BY_TYPE = {
    "missing": QT_TRANSLATE_NOOP("import", "is required"),
    "string_type": QT_TRANSLATE_NOOP("import", "must be text"),
    "bool_type": QT_TRANSLATE_NOOP("import", "must be true or false"),
    "int_type": QT_TRANSLATE_NOOP("import", "must be a whole number"),
    "float_type": QT_TRANSLATE_NOOP("import", "must be a number"),
    "list_type": QT_TRANSLATE_NOOP("import", "must be a list"),
    "model_type": QT_TRANSLATE_NOOP("import", "must be an object"),
    "dict_type": QT_TRANSLATE_NOOP("import", "must be an object"),
}
# ...and where a field says more than the kind of problem does.
_BY_FIELD = {
    ("missing", "workshop"): QT_TRANSLATE_NOOP(
        "import", "is required (an object with at least a title)"
    ),
    ("model_type", "workshop"): QT_TRANSLATE_NOOP(
        "import", "is required (an object with at least a title)"
    ),
    ("missing", "id"): QT_TRANSLATE_NOOP("import", 'is required (a text key such as "i1")'),
    ("missing", "dots"): QT_TRANSLATE_NOOP(
        "import", "must be an object of item ids and dot counts"
    ),
    ("dict_type", "dots"): QT_TRANSLATE_NOOP(
        "import", "must be an object of item ids and dot counts"
    ),
    ("dict_type", "tallies"): QT_TRANSLATE_NOOP(
        "import", "must be an object of item ids and counts"
    ),
    ("list_type", "links"): QT_TRANSLATE_NOOP("import", "must be a list of idea or theme ids"),
}
_REQUIRED_CHOICE = {"target": m.TARGETS, "method": m.METHODS}


def check_workshop(document: Any) -> WorkshopFile:
    """The file as the typed model, or ImportProblem listing every problem (at most 50)."""
    p = Problems()
    scan_json(p, document)
    p.raise_any()
    _check_kind(document)
    try:
        file = WorkshopFile.model_validate(document)
    except ValidationError as invalid:
        for error in invalid.errors(include_url=False, include_input=False):
            _report(p, error)
        check_links(p, document, _usable_parts(document))
        raise ImportProblem(p.found) from None
    check_links(p, document, Located.of(file))
    p.raise_any()
    return file


def _check_kind(document: Any) -> None:
    """A file that is not a workshop file, or one of a version this program cannot
    read, is refused with that one problem."""
    if not isinstance(document, dict):
        raise refusal(
            QT_TRANSLATE_NOOP("import", "the file is not a workshop file (expected a JSON object)")
        )
    if document.get("format") != FORMAT:
        raise refusal(
            QT_TRANSLATE_NOOP("import", 'format: this is not a workshop file (expected "{fmt}")'),
            fmt=FORMAT,
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refusal(QT_TRANSLATE_NOOP("import", "version: must be a whole number, 1 or more"))
    if version > VERSION:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "import",
                "version: the file was made by a newer version of coprod-desktop "
                "(file version {file}; this program reads version {ours})",
            ),
            file=version,
            ours=VERSION,
        )


def _report(p: Problems, error: Any) -> None:
    """One of the library's problems as an "import" message with its JSON path."""
    path = ""
    for key in error["loc"]:
        path = step(path, key)
    kind = error["type"]
    if kind == PROBLEM:
        fields = dict(error["ctx"])
        p.fail(path, fields.pop("template"), **fields)
        return
    last = error["loc"][-1] if error["loc"] else ""
    if kind == "missing" and last in _REQUIRED_CHOICE:
        p.fail(
            path,
            QT_TRANSLATE_NOOP("import", "is required (one of {options})"),
            options=", ".join(_REQUIRED_CHOICE[last]),
        )
    elif (kind, last) in _BY_FIELD:
        p.fail(path, _BY_FIELD[(kind, last)])
    elif kind in _BY_TYPE:
        p.fail(path, _BY_TYPE[kind])
    else:  # a kind of problem this format's model does not raise today
        p.fail(path, QT_TRANSLATE_NOOP("import", "is not valid: {why}"), why=error["msg"])


def _usable_parts(document: dict[str, Any]) -> Located:
    """The records that pass the model on their own, each with its path: the links
    between them are checked too, so one report holds every problem."""
    located = Located()
    with contextlib.suppress(ValidationError):
        located.workshop = Workshop.model_validate(document.get("workshop"))
    for key, model in LISTS.items():
        rows = document.get(key)
        usable = getattr(located, key)
        for n, row in enumerate(rows if isinstance(rows, list) else []):
            try:
                usable.append((f"{key}[{n}]", model.model_validate(row)))
            except ValidationError:
                continue
    return located
