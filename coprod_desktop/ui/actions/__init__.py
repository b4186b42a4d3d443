"""The actions page, and ``make_action_from`` for "Make an action" on other pages."""

from .commands import make_action_from

__all__ = ["make_action_from"]
