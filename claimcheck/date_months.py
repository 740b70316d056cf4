"""Months told beside other months: "in January and March 2017", "They met in May and June",
"peaked in October of that year".

Passes of :func:`claimcheck.date_lists.listed_days` over spans already resolved; each takes and
returns the spans in text order and never raises.
"""

from __future__ import annotations

import datetime as dt
import re

from . import periods as P
from .date_rules import MONTH_CORE
from .date_spans import DateSpan, DurationSpan
from .date_tense import guess_tense

__all__ = ["listed_months", "paired_months", "that_year"]


_MONTH_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:in\s+)?",
                             re.IGNORECASE)
_BARE_MONTH_TEXT = re.compile(r"[A-Za-z]+\.?")


def listed_months(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """ "in January and March 2017", "January, February or March 2017": months listed before a
    month with a written year share that year (the last month of a run, the one after it)."""
    out = list(spans)
    shared: set[int] = set()
    for i in range(len(out) - 2, -1, -1):
        here, after = out[i], out[i + 1]
        if not (isinstance(here, DateSpan) and isinstance(after, DateSpan)):
            continue
        v, w = here.value, after.value
        if (v.granularity != "month" or w.granularity != "month" or not v.timex or not w.timex
                or "/" in v.timex + w.timex or not v.start or not w.start
                or not _BARE_MONTH_TEXT.fullmatch(text, here.start, here.end)
                or not _MONTH_LIST_GAP.fullmatch(text, here.end, after.start)):
            continue
        if not re.search(r"\d{4}", text[after.start:after.end]) and i + 1 not in shared:
            continue  # the year comes from a written one at the end of the list
        shared.add(i)
        y2, m1, m2 = int(w.start[:4]), int(v.start[5:7]), int(w.start[5:7])
        out[i] = DateSpan(here.start, here.end, P.month(y2 if m1 <= m2 else y2 - 1, m1).value())
    return out


def paired_months(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """ "They met in May and June": bare months listed in calendar order lie in one year, the
    one the sentence's tense gives the pair (past: the latest year in which both have passed;
    future: the earliest in which both are still to come), when that puts them closer
    together than reading each alone does. Read one by one, a past "May and June" in late
    May put May in this year and June in the last, eleven months apart."""
    out = list(spans)
    for i in range(1, len(out)):
        here, after = out[i - 1], out[i]
        if not (isinstance(here, DateSpan) and isinstance(after, DateSpan)):
            continue
        v, w = here.value, after.value
        if (v.granularity != "month" or w.granularity != "month" or not v.start or not w.start
                or not v.timex or not w.timex or "/" in v.timex + w.timex
                or not _BARE_MONTH_TEXT.fullmatch(text, here.start, here.end)
                or not _BARE_MONTH_TEXT.fullmatch(text, after.start, after.end)
                or not _MONTH_LIST_GAP.fullmatch(text, here.end, after.start)):
            continue
        (y1, m1), (y2, m2) = (int(v.start[:4]), int(v.start[5:7])), (int(w.start[:4]),
                                                                    int(w.start[5:7]))
        # one year only where that puts the pair closer together than the two readings do:
        # "in February and October" (a poll each, read in May) are last October and this
        # February, four months apart, not eight months of last year
        if m1 >= m2 or y1 == y2 or m2 - m1 >= abs((y1 * 12 + m1) - (y2 * 12 + m2)):
            continue
        tense = guess_tense(text, here.start, after.end)
        if tense in ("past", "event-past"):
            year = min(y1, y2)
        elif tense in ("future", "event"):
            year = max(y1, y2)
        else:
            continue
        out[i - 1] = DateSpan(here.start, here.end, P.month(year, m1).value())
        out[i] = DateSpan(after.start, after.end, P.month(year, m2).value())
    return out


_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# "said that November was cold": after a verb of saying or thinking "that" opens a clause
_THAT_BEFORE = re.compile(
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\bnoted\s)(?<!\badded\s)(?<!\bthink\s)(?<!\bthinks\s)"
    r"(?<!\bknow\s)(?<!\bknew\s)(?<!\bhope\s)(?<!\bhopes\s)(?<!\bwarned\s)(?<!\bbelieve\s)"
    r"(?<!\bbelieves\s)(?<!\bclaimed\s)(?<!\bargued\s)(?<!\bthought\s)(?<!\bexpect\s)"
    r"(?<!\bexpects\s)(?<!\bannounced\s)\bthat\s+$", re.IGNORECASE)
_WRITTEN_YEAR_IN = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_MONTH_NAMED = re.compile(MONTH_CORE, re.IGNORECASE)


def that_year(text: str, spans: list[DateSpan | DurationSpan]) -> list[DateSpan | DurationSpan]:
    """ "peaked in October of that year", "lost to Nixon that November", "on Nov. 6 of the same
    year": a month or day in the year written last before it (within a few sentences), not in
    the publication year."""
    out: list[DateSpan | DurationSpan] = []
    anchor: int | None = None
    anchor_end = -1
    for span in spans:
        v = span.value if isinstance(span, DateSpan) else None
        if v is not None and v.start and v.granularity in ("month", "day") and anchor is not None \
                and span.start - anchor_end < 400 and "/" not in (v.timex or "") \
                and not _WRITTEN_YEAR_IN.search(text, span.start, span.end) \
                and _MONTH_NAMED.search(text, span.start, span.end):
            after = _OF_THAT_YEAR.match(text, span.end)
            before = _THAT_BEFORE.search(text, max(0, span.start - 20), span.start)
            first = dt.date.fromisoformat(v.start)
            if after or before:
                if v.granularity == "month":
                    value = P.month(anchor, first.month).value()
                else:
                    found = P.safe_date(anchor, first.month, first.day)
                    value = P.day(found).value() if found else P.unresolved("day")
                start = before.start() if before and not after else span.start
                out.append(DateSpan(start, after.end() if after else span.end, value))
                continue
        if isinstance(span, DateSpan):
            written = _WRITTEN_YEAR_IN.findall(text, span.start, span.end)
            if written:
                anchor, anchor_end = int(written[-1]), span.end
        out.append(span)
    return out
