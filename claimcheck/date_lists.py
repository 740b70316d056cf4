"""Dates told beside other dates: a weekday beside a counted day or a named week ("Monday two
weeks from now", "Thursday, week 23"), days listed beside a full date ("on 18 and 19 June"),
intervals reaching the publication day ("between 2010 and now").

Passes over the spans :func:`claimcheck.dates.find_dates` has already resolved; each takes and
returns the spans in text order and never raises.
"""

from __future__ import annotations

import datetime as dt
import re

from . import periods as P
from .date_months import listed_months, paired_months, that_year
from .date_spans import DateSpan, DurationSpan
from .models import DateValue

__all__ = ["listed_days", "range_ends", "range_gap", "restated_days", "until_now",
           "weekday_of_shift"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?(?P<wd>{'|'.join(_WEEKDAYS)})", re.IGNORECASE)
_SHIFT_WORDS = re.compile(r"\b(?:from\s+(?:now|today)|after|before|later|ago)\b|^in\s",
                          re.IGNORECASE)
_WEEKDAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)


def weekday_of_shift(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """ "Monday two weeks from now", "in 3 days on Friday": a weekday named beside a counted
    day is that weekday in the (Monday-to-Sunday) week of the counted day; beside a named week
    ("Thursday, week 23") it is that weekday of the week."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if (isinstance(prev, DateSpan) and isinstance(span, DateSpan)
                and _WEEKDAY_GAP.fullmatch(text, prev.end, span.start)):
            for named, counted in [(prev, span), (span, prev)]:
                wd = _BARE_WEEKDAY.fullmatch(text, named.start, named.end)
                v = counted.value
                if not wd or not v.start or (v.timex or "").count("/"):
                    continue
                want = _WEEKDAYS.index(wd.group("wd").lower())
                day = dt.date.fromisoformat(v.start)
                found = day + dt.timedelta(days=want - day.weekday())
                if v.granularity == "week":
                    # "Thursday, week 23": the weekday falls in that week; the week stays named
                    out[-1:] = [DateSpan(s.start, s.end, P.day(found).value()) if s is named
                                else s for s in (prev, span)]
                    break
                if (v.granularity == "day" and v.start == v.end
                        and _SHIFT_WORDS.search(text[counted.start:counted.end])):
                    out[-1] = DateSpan(prev.start, span.end, P.day(found).value())
                    break
            else:
                out.append(span)
            continue
        out.append(span)
    return out


_LIST_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_ORD = r"(?:st|nd|rd|th)?"
# a listed day is not a count: "May 25 and 29 people" is no date, "May 25 and 29 in Paris" is
_NOT_COUNTED = (r"(?![\d/]|\w|\s+(?!(?:in|at|on|and|or|when|while|with|from|to|for|this|next|"
                r"last|the|but|as|after|before)\b)[a-z])")
# after "May 25" the list must close with "and"/"or": "On May 25, 30 were killed" is a count
_DAYS_AFTER = re.compile(
    rf"(?:\s*,\s*(?:the\s+)?\d{{1,2}}{_ORD})*,?\s+(?:and|or|&)\s+(?:the\s+)?\d{{1,2}}{_ORD}"
    rf"{_NOT_COUNTED}", re.IGNORECASE)
_SLASH_AFTER = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?P<mo>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
_DAYS_BEFORE = re.compile(
    rf"\b(?:on|at|from|between|for|since|by|until|till|before|after)\s+(?:the\s+)?"
    rf"(?P<d>\d{{1,2}}){_ORD}(?P<rest>(?:{_LIST_JOIN}(?:the\s+)?\d{{1,2}}{_ORD})*){_LIST_JOIN}"
    r"(?:the\s+)?$", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"^[A-Za-z]{3,}\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?$")
_DAY_FIRST = re.compile(r"^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,}\.?")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def _same_month(anchor: DateValue, day: int) -> DateValue | None:
    if anchor.start is None:
        return P.unresolved("day")
    first = dt.date.fromisoformat(anchor.start)
    found = P.safe_date(first.year, first.month, day)
    return P.day(found).value() if found else None


def listed_days(text: str, spans: list[DateSpan | DurationSpan]) -> list[DateSpan | DurationSpan]:
    """ "on 18 and 19 June", "May 25 and 29", "on 11/20, 11/22 or 11/25": days listed beside a
    full date share its month (and year); each is a date of its own, not a range. Months listed
    before a month and year share its year ("in January and March 2017"), bare months listed
    in order share one ("met in May and June"), and "that November",
    "October of that year" take the year written last before them."""
    spans = that_year(text, paired_months(text, listed_months(text, spans)))
    out: list[DateSpan | DurationSpan] = []
    taken = [(s.start, s.end) for s in spans]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for span in spans:
        v = span.value if isinstance(span, DateSpan) else None
        if v is None or v.granularity != "day" or v.start != v.end or "/" in (v.timex or ""):
            out.append(span)
            continue
        words = text[span.start:span.end]
        before = _DAYS_BEFORE.search(text, max(0, span.start - 60), span.start)
        if before and _DAY_FIRST.match(words) and free(before.start("d"), span.start):
            for m in _DAY_NUMBER.finditer(text, before.start("d"), span.start):
                value = _same_month(v, int(m.group().rstrip("stndrh")))
                if value is not None:
                    out.append(DateSpan(m.start(), m.end(), value))
        out.append(span)
        tail = _DAYS_AFTER.match(text, span.end) if _MONTH_FIRST.match(words) else None
        if tail and free(tail.start(), tail.end()):
            for m in _DAY_NUMBER.finditer(text, tail.start(), tail.end()):
                value = _same_month(v, int(m.group().rstrip("stndrh")))
                if value is not None:
                    out.append(DateSpan(m.start(), m.end(), value))
        pos = span.end
        while re.fullmatch(r"\d{1,2}/\d{1,2}", words):
            listed = _SLASH_AFTER.match(text, pos)
            if not listed or not free(listed.start(), listed.end()):
                break
            value = P.unresolved("day")
            if v.start is not None:
                first = dt.date.fromisoformat(v.start)
                found = P.safe_date(first.year, int(listed.group("mo")), int(listed.group("d")))
                if found and found < first:  # "12/30, 1/2": the list runs into the next year
                    found = P.safe_date(first.year + 1, found.month, found.day)
                if found is None:
                    break
                value = P.day(found).value()
            out.append(DateSpan(listed.start("mo"), listed.end(), value))
            pos = listed.end()
    return out


# "on July 24, the day before the convention opened", "Monday, the day of the vote": "the day"
# set beside a day restates it (TimeML gives it that day's value). "The day" anywhere else is
# left alone: "at the end of the day" is no date.
_RESTATED = re.compile(r",\s+(?P<day>the\s+(?:same\s+)?day)\s+(?:before|after|of|when|that)\b",
                       re.IGNORECASE)


def restated_days(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """Adds "the day" of an appositive after a single day, with that day's value."""
    out: list[DateSpan | DurationSpan] = []
    for i, span in enumerate(spans):
        out.append(span)
        v = span.value if isinstance(span, DateSpan) else None
        if v is None or v.granularity != "day" or not v.start or v.start != v.end:
            continue
        m = _RESTATED.match(text, span.end)
        if m and (i + 1 == len(spans) or spans[i + 1].start >= m.end("day")):
            out.append(DateSpan(m.start("day"), m.end("day"), v))
    return out


_TO_NOW = re.compile(r"\s+(?:and|to|till|until|through)\s+(?:now|date|the\s+present|present|"
                     r"the\s+current\s+date|current\s+date)\b", re.IGNORECASE)
_NOW_AND = re.compile(r"\bbetween\s+now\s+and\s+$", re.IGNORECASE)


def until_now(
    text: str, spans: list[DateSpan | DurationSpan], date: dt.date | None
) -> list[DateSpan | DurationSpan]:
    """ "between Jan 2019 and now", "from March to date", "between now and 15 November": an
    interval with the publication day as one end (inclusive, like every interval here)."""
    if date is None:
        return spans
    today = date.isoformat()
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        v = span.value if isinstance(span, DateSpan) else None
        if v is None or not v.start or not v.end or not v.timex:
            out.append(span)
            continue
        tail = _TO_NOW.match(text, span.end)
        head = _NOW_AND.search(text, max(0, span.start - 20), span.start)
        if tail and v.start <= today:
            out.append(DateSpan(span.start, tail.end(), DateValue(
                timex=f"{v.timex.split('/')[0]}/{today}", start=v.start, end=today,
                granularity="day")))
        elif head and v.end >= today:
            out.append(DateSpan(head.start(), span.end, DateValue(
                timex=f"{today}/{v.timex.split('/')[-1]}", start=today, end=v.end,
                granularity="day")))
        else:
            out.append(span)
    return out


# "the end of 2007" as one end of a range is a point in time, not the last third of the year
_POINT = re.compile(r"(?:the\s+)?(?P<part>end|middle|start|beginning)\s+of\s+", re.IGNORECASE)


def _whole(v: DateValue) -> P.Period | None:
    """The whole year or month a (possibly narrowed) value names, from its timex."""
    t = v.timex or ""
    if re.fullmatch(r"\d{4}", t):
        return P.year(int(t))
    if re.fullmatch(r"\d{4}-\d\d", t):
        return P.month(int(t[:4]), int(t[5:]))
    return None


def _point(v: DateValue, part: str, *, opens: bool) -> dt.date | None:
    whole = _whole(v)
    if whole is None:
        return None
    part = part.lower()
    # the instant the period starts, is half over, or has ended; a range opening there runs
    # from that day, a range closing there runs to the day before
    if part in ("start", "beginning"):
        moment = whole.start
    elif part == "middle":
        moment = whole.start + dt.timedelta(days=((whole.end - whole.start).days + 1) // 2)
    else:
        moment = whole.end + dt.timedelta(days=1)
    return moment if opens else moment - dt.timedelta(days=1)


def range_ends(
    text: str, first: DateSpan, last: DateSpan, a: DateValue, b: DateValue
) -> tuple[DateValue, DateValue]:
    """The two ends of a range about to be joined, read as a range: points in time ("between
    the end of 2007 and the end of 2008") and a run across New Year ("from 10/25 to 01/25").

    Returns ``(a, b)`` unchanged when neither applies.
    """
    points = _range_points(text, first, last, a, b)
    if points != (a, b):
        return points
    return a, _across_new_year(text, first, last, a, b)


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|2[01])\d\d(?!\d)|['’]\d\d\b")


def _across_new_year(
    text: str, first: DateSpan, last: DateSpan, a: DateValue, b: DateValue
) -> DateValue:
    """ "from 10/25 to 01/25", "from December 20 to January 5": two days without a written
    year, the second earlier in the calendar, run into the next year (each was guessed into
    the publication year on its own)."""
    if (a.granularity != "day" or b.granularity != "day" or not a.start or not b.start
            or a.start != a.end or b.start != b.end or b.start >= a.start
            or _WRITTEN_YEAR.search(text, first.start, last.end)):
        return b
    end = dt.date.fromisoformat(b.start)
    moved = P.safe_date(end.year + 1, end.month, end.day)
    if moved is None or moved.isoformat() <= a.start or (moved - dt.date.fromisoformat(
            a.start)).days > 366:
        return b
    return P.day(moved).value()


def _range_points(
    text: str, first: DateSpan, last: DateSpan, a: DateValue, b: DateValue
) -> tuple[DateValue, DateValue]:
    """The two ends of "between the end of 2007 and the end of 2008", "from the middle of 2007
    to the end of 2008", "from 2007 to the start of 2008" as days.

    At either end of a range, "the start/middle/end of X" names the moment X starts, is half
    over, or is over, as balance-sheet dates do: "between the end of 2007 and the end of 2008"
    is the year 2008, not late 2007 to late 2008. Returns ``(a, b)`` unchanged when neither end
    is such a point or the points do not make an interval.
    """
    pa, pb = _POINT.match(text, first.start, first.end), _POINT.match(text, last.start, last.end)
    if (pb and pb.group("part").lower() in ("start", "beginning")
            and re.search(r"\bthru\b|\bthrough\b", text[first.end:last.start], re.IGNORECASE)):
        pb = None  # "2009 through the beginning of 2013" takes in the early months of 2013
    if not pa and not pb:
        return a, b
    lo = _point(a, pa.group("part"), opens=True) if pa else (
        dt.date.fromisoformat(a.start) if a.start else None)
    hi = _point(b, pb.group("part"), opens=False) if pb else (
        dt.date.fromisoformat(b.end) if b.end else None)
    if lo is None or hi is None or lo >= hi:
        return a, b
    return P.day(lo).value(), P.day(hi).value()


_AP_GAP = re.compile(r",(\s*(?:to|through|until|till|and)\s+)", re.IGNORECASE)
_AP_LEAD = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def range_gap(text: str, first: DateSpan | DurationSpan, last: DateSpan | DurationSpan) -> str:
    """The words between two dates that may join into a range, without the comma AP style puts
    after a year ("from Jan. 20, 2017, to Jan. 20, 2021"); kept where nothing opens a range."""
    gap = text[first.end:last.start]
    m = _AP_GAP.fullmatch(gap)
    if (m and re.search(r"\d{4}$", text[first.start:first.end])
            and _AP_LEAD.search(text, max(0, first.start - 9), first.start)):
        return m.group(1)
    return gap
