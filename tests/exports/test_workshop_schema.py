"""The published JSON Schema of the workshop file: current with the model, and true of
what export writes and import takes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from test_workshop_json import RULES, broken, valid

from coprod_desktop.exports.workshop_json import workshop_to_dict
from coprod_desktop.services.workshops import load_workshop

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "docs" / "workshop-format-v1.schema.json"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "workshop_schema", ROOT / "tools" / "workshop_schema.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_the_published_schema_is_the_models():
    assert PUBLISHED.read_text(encoding="utf-8") == _tool().schema_text(), (
        "docs/workshop-format-v1.schema.json is out of date: run "
        ".venv/bin/python tools/workshop_schema.py"
    )


def test_an_exported_workshop_and_the_design_example_follow_the_schema(demo_db, validator):
    exported = workshop_to_dict(load_workshop(demo_db, 1))
    assert list(validator.iter_errors(exported)) == []
    assert list(validator.iter_errors(valid())) == []


# Problems of a field's own (types, limits, formats), which the schema can say; the
# links between records (unknown ids, budgets) it cannot. (jsonschema checks "date-time"
# only with an extra package, so a bad moment is left out here.)
FIELD_RULES = {
    "no title", "blank title", "bad date", "bad language", "list expected", "item not object",
    "missing id", "idea text not text", "bad colour", "bool expected", "negative minutes",
    "bad target", "negative tally", "bad status", "bad due date", "zero dots",
}  # fmt: skip


FIELD_CASES = [(n, c) for n, c, _ in RULES if n in FIELD_RULES]


@pytest.mark.parametrize(("name", "change"), FIELD_CASES, ids=[n for n, _ in FIELD_CASES])
def test_what_import_refuses_field_by_field_the_schema_refuses_too(validator, name, change):
    assert list(validator.iter_errors(broken(change))), name
