"""A step that cannot be saved, or an undo that fails, is told in plain words and leaves
an undo history that still works."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from coprod_desktop.services import board, workshops
from coprod_desktop.ui.commands import board as cmd
from coprod_desktop.ui.controller import Controller, ServiceCommand


@pytest.fixture
def workshop(controller: Controller) -> int:
    w = workshops.create_workshop(controller.db, "Under pressure")
    controller.open_workshop(w.id)
    return w.id


def _errors(controller: Controller) -> list[str]:
    said: list[str] = []
    controller.error.connect(said.append)
    return said


def test_a_full_disk_is_told_and_nothing_of_the_step_is_kept(controller, workshop) -> None:
    said = _errors(controller)
    controller.push(cmd.CaptureIdea(controller, "Kept"))
    db = controller.db

    @event.listens_for(db.engine, "connect")
    def _no_room(dbapi_connection, _record) -> None:  # SQLite's own "disk is full"
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    db.engine.dispose()
    big = cmd.CaptureIdea(controller, "Lost " + "words " * 2000)
    controller.push(big)
    assert big.failed
    assert said and said[-1].startswith("The disk is full, so that was not saved")
    assert [i.text for i in board.list_ideas(db, workshop)] == ["Kept"]
    assert controller.undo_stack.count() == 1  # the failed step is not in the history


class _BrokenUndo(ServiceCommand):
    def do(self) -> None:
        pass

    def undo_(self) -> None:
        raise IntegrityError("INSERT INTO actions ...", {}, Exception("UNIQUE failed"))


def test_an_undo_that_fails_unexpectedly_is_told_and_the_history_still_works(
    controller, workshop
) -> None:
    said = _errors(controller)
    stack = controller.undo_stack
    controller.push(cmd.CaptureIdea(controller, "Before"))
    controller.push(_BrokenUndo(controller, "Delete action"))
    stack.undo()
    assert "“Delete action” could not be done because of an unexpected problem" in said[-1]
    assert stack.count() == 1 and stack.undoText() == stack.command(0).text()
    stack.undo()  # the step before it still undoes
    assert board.list_ideas(controller.db, workshop) == []
    stack.redo()
    assert [i.text for i in board.list_ideas(controller.db, workshop)] == ["Before"]
