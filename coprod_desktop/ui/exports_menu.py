"""File-menu exports of the open workshop: STUB to be replaced by the minutes issue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .controller import Controller


def export_minutes(parent: QWidget, controller: Controller) -> None:
    """Ask where, write the PDF minutes of the open workshop, offer to open the folder."""


def export_csv(parent: QWidget, controller: Controller) -> None:
    """Ask where, write the CSV files of the open workshop."""


def new_follow_up(parent: QWidget, controller: Controller, workshop_id: int) -> None:
    """Create a follow-up of ``workshop_id`` (groups, participants, open actions) and open it."""
