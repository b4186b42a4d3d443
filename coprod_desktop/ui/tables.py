"""The set-up every list-like table shares: whole rows chosen one at a time, read-only
cells (changes go through the page's own editors and commands), Tab leaving the table
rather than walking its cells, no row numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def set_up_list_table(table: QTableView, name: str, *, row_height: int | None = None) -> None:
    """Make ``table`` a read-only list of rows named ``name`` for screen readers."""
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
