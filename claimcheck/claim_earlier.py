"""Time scopes a sentence points back to: "that year", "the same month", "that day".

Helper of :mod:`claimcheck.claim_times`. News names a period once and then refers back to it
("when George H.W. Bush ran in 1988, he wrapped himself in the mantle of Ronald Reagan" …
"Reagan's Gallup average that year was 53%"); the figure's period is the last date written
before the reference, in the sentences just before, at the reference's own granularity.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .models import DateValue, TimeScope

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .value_measures import ValueMatch

__all__ = ["REACH", "earlier_scope"]

# How far back the date referred to may stand: the sentence and a paragraph or two before
REACH = 800
_BACK = re.compile(r"\b(?:that|the\s+same)\s+(?P<unit>year|month|day)\b", re.IGNORECASE)
# "than that year", "compared with the same month": a base, not the figure's own period
_BASE = re.compile(r"\b(?:than|compared\s+(?:with|to)|from|since|before|after|until)\s+$",
                   re.IGNORECASE)
# "Lyndon Johnson’s 1964 Civil Rights Act", "his 1969 book The Emerging Republican Majority":
# a year naming a thing is no period the story is in
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z]")
_OWNER_BEFORE = re.compile(r"(?:['’]s|\b(?:his|her|its|their))\s+$", re.IGNORECASE)
# the granularities a unit may take its period from
_FROM = {"year": ("year", "month", "week", "day"), "month": ("month", "day"), "day": ("day",)}


def earlier_scope(text: str, bounds: tuple[int, int],
                  earlier: Sequence[ValueMatch]) -> TimeScope | None:
    """The period "that year" (or month, day) in the sentence of ``bounds`` refers to: the
    year (month, day) of the last resolved date of ``earlier`` (dates before the sentence's
    end, in text order) written before the reference, or None when the sentence makes no
    such reference or no date precedes it."""
    found = _BACK.search(text, bounds[0], bounds[1])
    if found is None or _BASE.search(text, max(0, found.start() - 16), found.start()):
        return None
    unit = found.group("unit").lower()
    for m in reversed(earlier):
        value = m.value
        if (m.end > found.start() or not isinstance(value, DateValue) or value.start is None
                or value.granularity not in _FROM[unit] or _naming(text, m)):
            continue
        start = dt.date.fromisoformat(value.start)
        if unit == "year":
            return TimeScope(start=f"{start.year}-01-01", end=f"{start.year}-12-31")
        if unit == "month":
            last = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return TimeScope(start=start.replace(day=1).isoformat(),
                             end=(last - dt.timedelta(days=1)).isoformat())
        return TimeScope(start=start.isoformat(), end=start.isoformat())
    return None


def _naming(text: str, m: ValueMatch) -> bool:
    """Whether date ``m`` names a thing rather than a period ("his 1969 book")."""
    return bool(_NAME_AFTER.match(text, m.end)
                or _OWNER_BEFORE.search(text, max(0, m.start - 8), m.start))
