"""Inferring an article's publication date from its own text (never from the clock).

News states its dateline with weekdays: "Tuesday, May 14, 2024" outright, or indirectly, as in
"will visit China from May 16-17 ... on Thursday and Friday this week ... the ministry
announced on Tuesday". Rules, in order:

1. A weekday written with a full date that agrees with it: the latest such date.
2. A day and month without a year written next to the weekday it falls on ("May 16-17 ... on
   Thursday and Friday") fixes the year (the first year, from the latest year the text states,
   in which that day is that weekday); a weekday told in the past tense in that week ("the
   ministry announced on Tuesday") is then the day of publication.
3. Otherwise the latest fully stated calendar day.
"""

from __future__ import annotations

import datetime as dt
import re

from . import periods as P
from .date_rules import MONTH_CORE, WEEKDAY_RE
from .date_tense import PAST_CUE
from .dates import DateSpan, find_dates

__all__ = ["infer"]

_SCAN = 20_000  # an article's opening is where its dateline and its key dates are

_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{WEEKDAY_RE})\b,?\s+(?:the\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>[A-Z][a-z]+)\.?|(?P<m2>[A-Z][a-z]+)\.?"
    r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>\d{4}))?",
    re.IGNORECASE,
)
# "May 16-17", "May 16", "16 May": a day and month with no year after them
_PARTIAL = re.compile(
    rf"\b(?:(?P<m1>{MONTH_CORE})\.?\s+(?P<d1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?(?P<m2>{MONTH_CORE}))"
    r"(?![\d,]*\s*,?\s*\d{4})",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"\b(?P<wd>{WEEKDAY_RE})\b", re.IGNORECASE)


def infer(text: str) -> dt.date | None:
    """The publication date ``text`` implies by the rules above, or None."""
    if not text:
        return None
    head = text[:_SCAN]
    agreeing = _agreeing(head)
    if agreeing:
        return max(agreeing)
    days, years = _absolute_days_and_years(head)
    latest_year = max([*years, *(d.year for d in days)], default=None)
    if latest_year is not None:
        anchored = _anchored(head, latest_year)
        if anchored is not None:
            return anchored
    return max(days) if days else None


def _agreeing(text: str) -> list[dt.date]:
    found: list[dt.date] = []
    for m in _WEEKDAY_DATE.finditer(text):
        month = P.MONTHS.get((m.group("m1") or m.group("m2") or "").lower().rstrip("."))
        if month is None or m.group("y") is None:
            continue
        d = P.safe_date(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
        if d is not None and d.weekday() == P.WEEKDAYS[m.group("wd").lower()]:
            found.append(d)
    return found


def _absolute_days_and_years(text: str) -> tuple[list[dt.date], list[int]]:
    days: list[dt.date] = []
    years: list[int] = []
    for span in find_dates(text, date=None):
        if not isinstance(span, DateSpan) or not span.value.end or not span.value.timex:
            continue
        if span.value.granularity == "day":
            days.append(dt.date.fromisoformat(span.value.end))
        elif span.value.granularity in ("year", "month") and "/" not in span.value.timex:
            years.append(int(span.value.timex[:4]))
    return days, years


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left, min(stops) if stops else len(text)


def _anchored(text: str, latest_year: int) -> dt.date | None:
    """Rule 2: a partial date beside its weekday fixes the week; a past weekday in it, the day."""
    for m in _PARTIAL.finditer(text):
        word = m.group("m1") or m.group("m2")
        if not word[0].isupper():
            continue  # "may 16" is a verb and a number
        month = P.MONTHS[word.lower()]
        day = int(m.group("d1") or m.group("d2"))
        lo, hi = _sentence(text, m.start(), m.end())
        # the weekday named with the date: the first one after it in the sentence, else before
        names = [w for w in _WEEKDAY.finditer(text, lo, hi)]
        after = [w for w in names if w.start() >= m.end()]
        named = after[0] if after else (names[-1] if names else None)
        if named is None:
            continue
        weekday = P.WEEKDAYS[named.group("wd").lower()]
        for year in range(latest_year, latest_year + 3):
            anchor = P.safe_date(year, month, day)
            if anchor is not None and anchor.weekday() == weekday:
                return _told_day(text, anchor) or anchor
    return None


def _told_before(text: str, start: int) -> bool:
    """Whether a past-tense verb ("announced", "said") shortly precedes the weekday."""
    words = re.findall(r"[A-Za-z']+", text[max(0, start - 40):start])[-4:]
    return any(PAST_CUE.match(w) and w.lower() not in ("since", "last") for w in words)


def _told_day(text: str, anchor: dt.date) -> dt.date | None:
    """The latest weekday told in the past tense that falls in the anchor's week, up to it."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    told: list[dt.date] = []
    for w in _WEEKDAY.finditer(text):
        if not _told_before(text, w.start()):
            continue
        d = monday + dt.timedelta(days=P.WEEKDAYS[w.group("wd").lower()])
        if d <= anchor:
            told.append(d)
    return max(told) if told else None
