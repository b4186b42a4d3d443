"""A transaction opened inside another of the same library, in the same thread, joins it:
a use case made of several services commits all of them, or none."""

from __future__ import annotations

import threading

import pytest

from coprod_desktop.services import people, workshops


def test_services_inside_a_transaction_commit_together_or_not_at_all(db):
    with pytest.raises(RuntimeError), db.transaction():
        w = workshops.create_workshop(db, "Joined")
        people.add_group(db, w.id, "Residents")
        raise RuntimeError("the rest of the use case failed")
    assert workshops.list_workshops(db) == []

    with db.transaction() as outer:
        w = workshops.create_workshop(db, "Joined")
        with db.transaction() as inner:
            assert inner is outer
        people.add_group(db, w.id, "Residents")
    assert [g.name for g in people.list_groups(db, w.id)] == ["Residents"]


def test_another_thread_does_not_join(db):
    seen: list[object] = []
    with db.transaction() as outer:

        def read() -> None:
            with db.transaction() as session:
                seen.append(session)

        worker = threading.Thread(target=read)
        worker.start()
        worker.join(10)
    assert len(seen) == 1 and seen[0] is not outer


def test_no_checkpoint_inside_a_transaction(db):
    with db.transaction():
        assert db.checkpoint() is False  # its caller folds the log once it commits
    assert db.checkpoint() is True
