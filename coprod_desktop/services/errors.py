"""Domain errors: a broken rule, explained in words the facilitator can read out."""

from __future__ import annotations


class DomainError(Exception):
    """A use case refused; ``str(error)`` is a complete, plain-language message."""


class NotFoundError(DomainError):
    pass


class InvalidInput(DomainError):
    pass


class VotingError(DomainError):
    pass
