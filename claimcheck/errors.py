"""The exceptions claimcheck raises.

Every error derives from :class:`ClaimcheckError` and also from the builtin it is a kind of,
so callers can catch either. Messages say what must hold, what was found, and how to fix it;
the command line prints them as one ``Error: ...`` line.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class of every error claimcheck raises on purpose."""


class InputError(ClaimcheckError, OSError):
    """An input (file, stdin, HTML page) cannot be read as text."""


class RecordError(ClaimcheckError, ValueError):
    """A JSON Lines input record is malformed (``--jsonl`` modes, :func:`claimcheck.pipe`)."""


class CorpusError(ClaimcheckError, ValueError):
    """A reference corpus is missing, unreadable or holds malformed records.

    ``problems`` lists every malformed record as ``file:line: field: what is wrong``.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])


class ModelNotFoundError(ClaimcheckError, OSError):
    """No spaCy English pipeline could be loaded."""
