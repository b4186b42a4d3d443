"""Write the published JSON Schema of the workshop file, format version 1, from the
typed model that import checks files with (``coprod_desktop/exports/workshop_format.py``).

Run after changing the model: ``.venv/bin/python tools/workshop_schema.py``;
``tests/exports/test_workshop_schema.py`` fails while the committed file is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "docs" / "workshop-format-v1.schema.json"


def schema_text() -> str:
    """The schema as the committed file holds it."""
    sys.path.insert(0, str(ROOT))
    from coprod_desktop.exports.workshop_format import json_schema

    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA.relative_to(ROOT)}")
