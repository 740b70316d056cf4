"""Dates in news text. (Work in progress.)"""

from __future__ import annotations

import datetime as dt


def infer_publication_date(text: str) -> dt.date | None:
    """The publication date a text implies, or None."""
    return None
