"""dateparser as the reader of whole dates written in an order our patterns do not know:
"September-2020-23", "23-2020-September", "2020/23/Sep" (the year between or before the
others, one separator throughout). The pattern finds the expression; dateparser only reads it.

Why dateparser is used here and nowhere else (measured on the Recognizers-Text specs and
PolNeAR, 2026-11-28):

- On the expression alone it wins these odd orders (3 RT cases) and reads the standard ones
  our patterns already read; it is never run on a sentence.
- Everywhere else it loses: even with ``STRICT_PARSING`` it reads "May 16-17" and "16-17 May"
  as 16 May 2017; it does not know "tmrw"; without ``STRICT_PARSING`` it reads "5.12" as
  05:12 today; "03/18/40" is 2040 for it as for us; it returns one instant, never a stretch
  ("the next 4 business days") or a length, and knows no tense ("on Tuesday" in a report of
  what happened). So it is not the fallback resolver of the relative and partial dates our
  rules find.
- Cost: importing it takes about 0.17 s and its first parse about 0.35 s more (it loads its
  language data), later parses about 1-5 ms each. It is imported only when this pattern
  matches, which news text almost never does, so ``import claimcheck`` and the usual
  article pay nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from . import periods as P
from .date_gates import Gated, gated
from .date_rules import month_group

__all__ = ["fallback_patterns"]


@lru_cache(maxsize=256)
def _read(expression: str) -> dt.date | None:
    """The day dateparser reads in ``expression`` when it states a day, a month and a year."""
    import dateparser  # lazy: start-up time matters, and few texts get here

    found = dateparser.parse(expression, languages=["en"], settings={
        # never invent a day or a year the text does not state
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return found.date() if found is not None else None


def _odd_order(m: re.Match[str], text: str) -> Any:
    found = _read(m.group())
    if found is None or found.year != int(m.group("y")):
        return None
    day = found
    return m.start(), m.end(), ((lambda ref, tense: P.day(day)), "day", True)


def fallback_patterns() -> list[tuple[Gated, Any]]:
    """The patterns read by dateparser, with their handler, for :mod:`.news_dates`."""
    year = r"(?P<y>1[5-9]\d\d|2[01]\d\d)"
    day = r"[0-3]?\d"
    sep = r"(?P<s>[-/.])"
    orders = [f"{month_group('m')}{sep}{year}(?P=s){day}",  # September-2020-23
              f"{day}{sep}{year}(?P=s){month_group('m')}",  # 23-2020-September
              f"{year}{sep}{day}(?P=s){month_group('m')}"]  # 2020/23/Sep
    return [(gated(rf"(?<![\w/.-]){order}(?![\w/-])", re.I), _odd_order)
            for order in orders]
