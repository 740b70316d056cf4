"""Dates in news text: absolute, partial, relative, ranges, weekdays and durations.

:func:`find_dates` finds date expressions in plain text and resolves them against the
publication date passed in (never the clock); :func:`infer_publication_date` guesses that date
from the text itself.

Hand-written because dateparser resolves about two thirds of news dates: it reads
"May 16-17" as 2017 and "the 75th anniversary" as 1975, knows nothing of tense ("on Tuesday"
in a report of what happened is the past Tuesday) and must not be run on whole sentences.
The rules here are the ones news style guides give: weekdays within a week of the dateline,
months without a year in the publication year unless the tense says otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import cast

from . import periods as P
from .date_anchors import anchored_days
from .date_gates import has_digit, normalise
from .date_lists import (
    listed_days,
    range_ends,
    range_gap,
    restated_days,
    until_now,
    weekday_of_shift,
)
from .date_rules import guess_tense
from .date_shifts import anchored_shifts, compounds, from_now_unit, in_future, offsets
from .date_spans import DateSpan, DurationSpan
from .date_stretches import counted_stretches
from .models import DateValue
from .news_dates import date_patterns
from .numbers import Occupied

__all__ = [
    "DateSpan", "DurationSpan", "date_windows", "find_dates", "guess_tense",
    "infer_publication_date",
]

Tense = str | None


Resolver = Callable[[dt.date, Tense], "P.Period | None"]

def find_dates(
    text: str,
    *,
    date: dt.date | None,
    tense: Callable[[int, int], Tense] | None = None,
) -> list[DateSpan | DurationSpan]:
    """Every date and duration expression in ``text``, resolved against ``date``, in text order.

    ``tense(start, end)`` may give the grammatical tense ("past", "future" or None) around an
    expression; by default it is guessed from cue words in the sentence. With ``date=None``
    relative dates get ``timex`` null. Never raises on odd input.
    """
    guess = tense or (lambda s, e: guess_tense(text, s, e))
    found: list[tuple[int, int, int, object]] = []
    windows = [(lo, hi, normalise(text[lo:hi]), has_digit(text[lo:hi]))
               for lo, hi in date_windows(text)]
    for priority, (pattern, handler) in enumerate(date_patterns()):
        # a pattern runs (and is compiled) only on windows holding what it requires
        admitted = [(lo, hi) for lo, hi, low, digit in windows
                    if pattern.admits(low, digit=digit)]
        for m in (m for lo, hi in admitted for m in pattern.compiled.finditer(text, lo, hi)):
            try:
                result = handler(m, text)
            except (ValueError, KeyError, IndexError, OverflowError):
                # an impossible date ("31 February") is no date; never fail the article
                result = None
            if result is None:
                continue
            start, end, what = result
            found.append((start, end, priority, what))
    chosen: list[tuple[int, int, object]] = []
    taken = Occupied()
    for start, end, _, what in sorted(found, key=lambda f: (-(f[1] - f[0]), f[2], f[0])):
        if taken.free(start, end):
            taken.take(start, end)
            chosen.append((start, end, what))
    out: list[DateSpan | DurationSpan] = []
    for start, end, what in sorted(chosen, key=lambda c: c[0]):
        if isinstance(what, DurationSpan):
            out.append(what)
            continue
        resolver, granularity, absolute = cast("tuple[Resolver, str, bool]", what)
        if date is None and not absolute:
            out.append(DateSpan(start, end, P.unresolved(granularity)))
            continue
        ref = date or _UNDATED
        value = _resolve(resolver, granularity, ref, guess(start, end))
        out.append(DateSpan(start, end, value))
    spans = counted_stretches(text, compounds(text, out))  # before offsets claims "from"
    spans = in_future(text, offsets(text, spans, date), date, guess)
    spans = anchored_days(text, anchored_shifts(text, spans))
    spans = listed_days(text, weekday_of_shift(text, spans))
    spans = from_now_unit(text, spans)
    return restated_days(text, until_now(text, _joined(text, spans, date), date))


# Absolute resolvers ignore the reference but for two-digit years ("12/7/41"), which a text
# without a publication date reads in the fixed window 1950-2049 this date gives them
_UNDATED = dt.date(2039, 12, 31)


# Every date pattern holds a digit or one of these words; a paragraph with none of them holds
# no date, and the ~90 patterns need not scan it (they were most of the claims stage's time).
_DATE_WORD = re.compile(
    r"\d|day|week|night|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu"
    r"|fri|sat|sun|month|year|hour|minute|second|decade|centur|quarter|fortnight|tomorrow"
    r"|tmrw|eo[ym]|christmas|easter|halloween|valentine|new\s+year|independence"
    r"|thanksgiving|labou?r|memorial|president|columbus|martin|mlk|father|mother|black|cyber"
    r"|election|patrick|saints|fawkes|armistice|veteran|remembrance|bastille|earth|boxing"
    r"|international|eve|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twent|thirt|fort|fift|sixt|sevent|eight|ninet|hundred|thousand)",
    re.IGNORECASE)


def date_windows(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line that may hold a date, its newline included: a pattern's
    lookahead then sees the same line end it would see in the whole text."""
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        if _DATE_WORD.search(text, start, end):
            if out and out[-1][1] == start:
                out[-1] = (out[-1][0], end)  # neighbours merge: a date may run across lines
            else:
                out.append((start, end))
        start = end
    return out


_JOIN = re.compile(r"\s*(?:-|–|—|~|to|through|thru|till|until|and)\s*", re.IGNORECASE)

_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|2[01])\d\d(?!\d)")
# a month with a cue word of its own ("this May", "last November") keeps the year it names
_OWN_YEAR = re.compile(r"(?:this|last|next|past|coming|previous)\s", re.IGNORECASE)


def _same_run(text: str, prev: DateSpan, span: DateSpan,
              date: dt.date | None) -> tuple[DateValue, DateValue]:
    """Two bare months ("from May to September") guessed into different years one by one are
    one run: the end follows the start if the start lies ahead, else the start precedes the
    end. A bare month before an end with a written year takes its year from that end."""
    a, b = prev.value, span.value
    if (a.granularity == "month" and a.start and a.timex and "/" not in a.timex and b.start
            and b.granularity in ("month", "day")
            and not re.search(r"\d", text[prev.start:prev.end])
            and not _OWN_YEAR.match(text, prev.start, prev.end)
            and _WRITTEN_YEAR.search(text, span.start, span.end)):
        # "Nov-Feb 5th, 2017", "from November to February 2017": the year written at the end
        # is the run's, so the bare month opening it is the last such month before the end
        ma, end = int(a.start[5:7]), dt.date.fromisoformat(b.start)
        return P.month(end.year - (ma > end.month), ma).value(), b
    if (date is None or a.granularity != "month" or b.granularity != "month" or not a.start
            or not b.start or "/" in (a.timex or "") + (b.timex or "")
            or re.search(r"\d", text[prev.start:span.end])):
        return a, b
    ya, ma = int(a.start[:4]), int(a.start[5:7])
    yb, mb = int(b.start[:4]), int(b.start[5:7])
    if 0 < 12 * (yb - ya) + mb - ma < 12:
        return a, b  # already one run
    if a.start > date.isoformat():
        return a, P.month(ya + (mb < ma), mb).value()
    return P.month(yb - (mb < ma), ma).value(), b


_JOIN_NEXT = re.compile(r"(?P<join>\s*(?:-|–|to|through|till|until)\s*)next\s+", re.IGNORECASE)


def _next_day(v: DateValue, date: dt.date) -> DateValue:
    """The first of a day's yearly returns after ``date`` (``v`` unchanged unless a day)."""
    if v.granularity != "day" or not v.start or v.start != v.end:
        return v
    day = dt.date.fromisoformat(v.start)
    for year in range(date.year, date.year + 9):
        moved = P.safe_date(year, day.month, day.day)
        if moved is not None and moved > date:
            return P.day(moved).value()
    return v


_THIS_BEFORE = re.compile(r"\bthis\s+$", re.IGNORECASE)


def _this_year(v: DateValue, date: dt.date) -> DateValue:
    """A day's return in the publication year ("this 5/12"); ``v`` unchanged unless a day."""
    if v.granularity != "day" or not v.start or v.start != v.end:
        return v
    day = dt.date.fromisoformat(v.start)
    moved = P.safe_date(date.year, day.month, day.day)
    return P.day(moved).value() if moved else v


def _joined(
    text: str, spans: list[DateSpan | DurationSpan], date: dt.date | None
) -> list[DateSpan | DurationSpan]:
    """Join "from March to May", "2014 through May 2018" into one interval."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if isinstance(prev, DateSpan) and isinstance(span, DateSpan):
            gap = range_gap(text, prev, span)
            lead = text[max(0, prev.start - 9):prev.start].lower().rstrip()
            ahead = _JOIN_NEXT.fullmatch(gap)
            if ahead and date is not None:
                # "from this 5/12 to next 5/19": "next" puts the end's day after today
                gap = ahead.group("join")
                span = DateSpan(span.start, span.end, _next_day(span.value, date))
                if _THIS_BEFORE.search(text, max(0, prev.start - 6), prev.start):
                    prev = out[-1] = DateSpan(prev.start, prev.end, _this_year(prev.value, date))
            a, b = _same_run(text, prev, span, date) if _JOIN.fullmatch(gap) else (
                prev.value, span.value)
            a, b = range_ends(text, prev, span, a, b)
            if (_JOIN.fullmatch(gap) and ("and" not in gap.lower() or lead.endswith("between"))
                    and a.start and a.end and b.start and b.end and a.timex and b.timex
                    and a.end < b.start):
                out[-1] = DateSpan(prev.start, span.end, DateValue(
                    timex=f"{a.timex.split('/')[0]}/{b.timex.split('/')[-1]}", start=a.start,
                    end=b.end,
                    granularity=a.granularity))
                continue
        out.append(span)
    return out


def _resolve(resolver: Resolver, granularity: str, date: dt.date, tense: Tense) -> DateValue:
    try:
        period = resolver(date, tense)
    except (ValueError, OverflowError):
        period = None
    return period.value() if period is not None else P.unresolved(granularity)


def infer_publication_date(text: str) -> dt.date | None:
    """The publication date a text implies, or None (see :mod:`claimcheck.pubdate`).

    Weekdays that agree with a stated date decide it; otherwise the latest absolute calendar
    day in the text. Never the clock.
    """
    from .pubdate import infer

    return infer(text)
