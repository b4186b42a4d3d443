"""The same file imports the same way into a library file and into the organisation's
PostgreSQL archive: the services join one transaction on both."""

from __future__ import annotations

import pytest
from test_workshop_json import broken, valid

from coprod_desktop.exports.workshop_json import ImportProblem, import_workshop
from coprod_desktop.services import agenda
from coprod_desktop.services.errors import InvalidInput
from coprod_desktop.services.workshops import list_workshops, load_workshop


def test_a_file_imports_whole_or_not_at_all_on_either_library(library, monkeypatch):
    uid = "Z-_9" * 16  # the longest a file may give (export writes 32 hex digits)
    record = import_workshop(library, broken(lambda d: d["workshop"].update(uid=uid)))
    data = load_workshop(library, record.id)
    assert data.workshop.uid == uid
    assert [len(rd.ballots) for rd in data.rounds] == [2, 0]

    def refuse_note(*args: object, **kwargs: object) -> None:
        raise InvalidInput("The note cannot be empty.")

    monkeypatch.setattr(agenda, "add_note", refuse_note)  # the last record written
    with pytest.raises(ImportProblem, match=r"notes\[0\]: The note cannot be empty"):
        import_workshop(library, valid())
    assert len(list_workshops(library)) == 1
