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
from .date_lists import (
    listed_days,
    range_ends,
    range_gap,
    restated_days,
    until_now,
    weekday_of_shift,
)
from .date_rules import DURATION_UNIT, guess_tense
from .date_spans import UNIT_ORDER, DateSpan, DurationSpan
from .date_stretches import counted_stretches
from .models import DateValue
from .news_dates import date_patterns
from .numbers import Occupied

__all__ = ["DateSpan", "DurationSpan", "find_dates", "guess_tense", "infer_publication_date"]

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
    windows = _windows(text)
    for priority, (pattern, handler) in enumerate(date_patterns()):
        for m in (m for lo, hi in windows for m in pattern.finditer(text, lo, hi)):
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
    spans = counted_stretches(text, _compounds(text, out))  # before _offsets claims "from"
    spans = _in_future(text, _offsets(text, spans, date), date, guess)
    spans = listed_days(text, weekday_of_shift(text, _anchored_shifts(text, spans)))
    spans = _from_now_unit(text, spans)
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


def _windows(text: str) -> list[tuple[int, int]]:
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


_OFFSET = re.compile(r"\s+(?P<dir>after|before|from|since)\s+", re.IGNORECASE)
_FROM_NOW = re.compile(r"\s+from\s+now\b", re.IGNORECASE)


_COMPOUND_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
_AGO_TAIL = re.compile(r"\s+ago$", re.IGNORECASE)


def _compounds(text: str, spans: list[DateSpan | DurationSpan]) -> list[DateSpan | DurationSpan]:
    """ "1 hour and 30 minutes", "2 years, 3 months": whole-number lengths in falling units
    are one length; "2 weeks and 2 days ago" is the day counted back by all of them."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if (isinstance(prev, DurationSpan)
                and (bool(prev.parts) or float(prev.amount).is_integer())
                and _COMPOUND_GAP.fullmatch(text, prev.end, span.start)):
            pieces = prev.parts or ((prev.amount, prev.unit),)
            last = UNIT_ORDER.index(pieces[-1][1])
            if (isinstance(span, DurationSpan) and float(span.amount).is_integer()
                    and UNIT_ORDER.index(span.unit) > last):
                parts = (*pieces, (span.amount, span.unit))
                total = sum(a * DURATION_UNIT[u] for a, u in parts) / DURATION_UNIT[span.unit]
                out[-1] = DurationSpan(prev.start, span.end, total, span.step, span.unit, parts)
                continue
            if (isinstance(span, DateSpan) and _AGO_TAIL.search(text, span.start, span.end)
                    and span.value.granularity == "day" and span.value.start
                    and span.value.start == span.value.end):
                day: dt.date | None = dt.date.fromisoformat(span.value.start)
                for amount, unit in pieces:
                    day = _shifted(day, DurationSpan(0, 0, amount, 1, unit), -1) if day else None
                if day is not None:
                    out[-1] = DateSpan(prev.start, span.end, P.day(day).value())
                    continue
        out.append(span)
    return out


def _shifted(d: dt.date, span: DurationSpan, sign: int) -> dt.date | None:
    if span.parts:
        for amount, unit in span.parts:
            moved = _shifted(d, DurationSpan(0, 0, amount, 1, unit), sign)
            if moved is None:
                return None
            d = moved
        return d
    if not float(span.amount).is_integer():
        return None
    n = int(span.amount) * sign
    if span.unit == "Y":
        return P.shift_months(d, 12 * n)
    if span.unit == "M":
        return P.shift_months(d, n)
    if span.unit in ("W", "D"):
        return d + dt.timedelta(days=n * (7 if span.unit == "W" else 1))
    return None


def _offsets(
    text: str, spans: list[DateSpan | DurationSpan], date: dt.date | None
) -> list[DateSpan | DurationSpan]:
    """ "three days after 12 January", "two weeks from now": a day counted from another."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if isinstance(prev, DurationSpan) and isinstance(span, DateSpan):
            m = _OFFSET.fullmatch(text[prev.end:span.start])
            v = span.value
            if m and v.start and v.granularity == "day" and v.start == v.end:
                sign = -1 if m.group("dir").lower() == "before" else 1
                day = _shifted(dt.date.fromisoformat(v.start), prev, sign)
                if day is not None:
                    out[-1] = DateSpan(prev.start, span.end, P.day(day).value())
                    continue
        out.append(span)
    final: list[DateSpan | DurationSpan] = []
    for span in out:
        now = _FROM_NOW.match(text, span.end) if isinstance(span, DurationSpan) else None
        if now and isinstance(span, DurationSpan):
            day = _shifted(date, span, 1) if date else None
            value = P.day(day).value() if day else P.unresolved("day")
            final.append(DateSpan(span.start, now.end(), value))
            continue
        final.append(span)
    return final


_YEARS_FROM_NOW = re.compile(r"[\w\s.-]*\b(?P<unit>year|month)s?\s+from\s+now", re.IGNORECASE)


def _from_now_unit(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """ "a year from now" names a year, as "a year ago" does (TimeML's granularity), once no
    weekday beside it has asked for the day ("Thursday, two years from now")."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        m = _YEARS_FROM_NOW.fullmatch(text, span.start, span.end)
        v = span.value if isinstance(span, DateSpan) else None
        if (m and not re.search(r"day\b", m.group(), re.IGNORECASE) and v is not None
                and v.granularity == "day" and v.start):
            day = dt.date.fromisoformat(v.start)
            whole = (P.year(day.year) if m.group("unit").lower() == "year"
                     else P.month(day.year, day.month))
            span = DateSpan(span.start, span.end, whole.value())
        out.append(span)
    return out


_JOIN = re.compile(r"\s*(?:-|–|—|~|to|through|thru|till|until|and)\s*", re.IGNORECASE)


_EARLIER = re.compile(r"\s+(?P<dir>earlier|later|before|after)\b(?!\s+(?:than|that|the|a|an|\d))",
                      re.IGNORECASE)


def _anchored_shifts(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """ "$4.1bn in fiscal 2023, down from $4.7bn a year earlier": a period counted back from
    the date stated just before it in the same sentence."""
    out: list[DateSpan | DurationSpan] = []
    anchor: DateSpan | None = None
    for span in spans:
        if anchor is not None and re.search(r"[.!?]\s", text[anchor.end:span.start]):
            anchor = None  # anchors do not cross sentences
        if isinstance(span, DurationSpan) and anchor is not None:
            m = _EARLIER.match(text, span.end)
            shifted = _shift_period(anchor.value, span, m) if m else None
            if m and shifted is not None:
                out.append(DateSpan(span.start, m.end(), shifted))
                continue
        if isinstance(span, DateSpan) and span.value.start and span.value.granularity:
            anchor = span
        out.append(span)
    return out


# The finest offset unit (an index into UNIT_ORDER) an anchor of each granularity can carry
_ANCHOR_UNIT = {"year": UNIT_ORDER.index("Y"), "month": UNIT_ORDER.index("M"),
                "day": UNIT_ORDER.index("D")}


def _shift_period(value: DateValue, span: DurationSpan, m: re.Match[str]) -> DateValue | None:
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    if value.start is None or value.end is None or value.granularity not in ("year", "month",
                                                                               "day"):
        return None
    if value.timex is None or "/" in value.timex:
        return None
    finest = min((UNIT_ORDER.index(u) for _, u in (span.parts or ((span.amount, span.unit),))),
                 default=0)
    if _ANCHOR_UNIT[value.granularity] < finest <= UNIT_ORDER.index("D"):
        # "last month ... 3 weeks later": weeks or days counted from a whole month (or months
        # from a year) land anywhere within a span as long as the anchor; no value is honest
        return P.unresolved("day" if span.unit in ("W", "D") else "month")
    start = _shifted(dt.date.fromisoformat(value.start), span, sign)
    if start is None:
        return None
    if value.granularity == "year":
        return P.year(start.year).value()
    if value.granularity == "month":
        return P.month(start.year, start.month).value()
    return P.day(start).value()


_IN_BEFORE = re.compile(r"\b(?:in|within)\s+$", re.IGNORECASE)
# "the first time in two years", "the highest in a decade": a period looked back over
_PERIOD_WORDS = re.compile(
    r"\b(?:time|first|highest|lowest|biggest|largest|best|worst|most|least|ever|record|since|"
    r"strongest|weakest|fastest|slowest)\b[^.!?]{0,30}$", re.IGNORECASE)


# "in a fortnight's time", "in two years' time": the phrase itself looks ahead
_TIME_AFTER = re.compile(r"['’]s?\s+time\b", re.IGNORECASE)


# "The vote is in two weeks", "the deadline falls in a month": a scheduled thing said in the
# present, the length ending the clause (not "we are in a year of change")
_SCHEDULED = re.compile(r"(?:\b(?:is|are|comes|come|falls|fall|happens|expires|takes\s+place)"
                        r"|['’]s)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?)]|,\s|$|\s+(?:and|but|when)\b)")
# "Will he be back in two days? or in a week?": a fragment going on with "or" after a question
# keeps that question's tense
_GOES_ON = re.compile(r"(?P<stop>[?!])\s+(?:or|and)\s+$", re.IGNORECASE)


def _ahead(text: str, cue: re.Match[str], span: DurationSpan,
           guess: Callable[[int, int], Tense]) -> Tense:
    """The tense that decides whether "in" + a length (``cue`` its "in"/"within") is a day."""
    if _SCHEDULED.search(text, max(0, cue.start() - 14), cue.start()) and (
            _CLAUSE_END.match(text, span.end)):
        return "future"  # the clause's own verb, nearer than any reporting verb
    tense = guess(span.start, span.end)
    if tense is None and _TIME_AFTER.match(text, span.end):
        tense = "future"
    fragment = _GOES_ON.search(text, max(0, cue.start() - 8), cue.start())
    if tense is None and fragment:
        tense = guess(fragment.start("stop"), fragment.start("stop"))
    return tense


def _in_future(
    text: str, spans: list[DateSpan | DurationSpan], date: dt.date | None,
    guess: Callable[[int, int], Tense],
) -> list[DateSpan | DurationSpan]:
    """ "He will leave in two weeks", "in a fortnight's time": with a future verb (or "'s
    time" after it), "in" + a length names a day."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        cue = (_IN_BEFORE.search(text, max(0, span.start - 8), span.start)
               if isinstance(span, DurationSpan) else None)
        if (cue and isinstance(span, DurationSpan)
                and not _PERIOD_WORDS.search(text, max(0, span.start - 50), span.start)
                and _ahead(text, cue, span, guess) == "future"):
            day = _shifted(date, span, 1) if date else None
            if day is not None or date is None:
                if day is None:
                    value = P.unresolved("day")
                elif cue.group().lower().startswith("within"):
                    assert date is not None
                    value = P.span(P.day(date), P.day(day)).value()  # by then, from today
                else:
                    value = P.day(day).value()
                out.append(DateSpan(cue.start(), span.end, value))
                continue
        out.append(span)
    return out


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
