"""What the date tables share: the publication date they resolve against and how they read.

Kept apart from the tests (pytest puts ``tests/`` on ``sys.path``) so the four date tables
print their rows the same way.
"""

from __future__ import annotations

import datetime as dt

from claimcheck.dates import DateSpan, find_dates

PUBLISHED = dt.date(2024, 5, 14)  # a Tuesday


def dates_found(text: str, date: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    """Each date or duration :func:`find_dates` reads in ``text``: its words and its timex."""
    out = []
    for span in find_dates(text, date=date):
        timex = span.value.timex if isinstance(span, DateSpan) else span.timex
        out.append((text[span.start:span.end], timex))
    return out
