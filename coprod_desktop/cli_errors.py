"""The command line's one error kind, apart so that each command's module can raise it
without importing the parser (cli.py imports them)."""


class UserError(Exception):
    """A problem the user can fix, reported as one line."""
