"""Stretches of time counted from the publication date or from a stated day: "the next 4
business days", "the year to date", "partner of the year", "for 3 days from today", "two weeks
starting May 20th", "less than 3 days after tomorrow", and vague lengths ("a few hours",
"several weeks").

The pattern handlers follow the contract of :mod:`.relative_dates` (``(start, end, what)`` or
None); :func:`counted_stretches` is a pass over spans already resolved, like those in
:mod:`.date_lists`. Hand-written because none of this is in dateparser: it resolves single
points in time, never a stretch with a length, and knows no business days.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import periods as P
from .date_gates import Gated, gated
from .date_rules import MONTH_CORE, WEEKDAY_RE, amount_of, guess_tense
from .date_spans import DateSpan, DurationSpan
from .relative_dates import relative_unit

__all__ = ["counted_stretches"]


# --- "the next 4 business days" -------------------------------------------------------------


def _business_days(m: re.Match[str], text: str) -> Any:
    """ "the next 4 business days", "the previous two working days": that many weekdays
    (Monday to Friday) after or before the publication day, which itself is not counted."""
    amount = amount_of(m.group("num"))
    if amount is None or not float(amount).is_integer() or not 1 <= amount <= 260:
        return None
    n = int(amount)
    step = -1 if m.group("rel").lower() in ("past", "last", "previous") else 1

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        days: list[dt.date] = []
        d = ref
        while len(days) < n:
            d += dt.timedelta(days=step)
            if d.weekday() < 5:
                days.append(d)
        first, last = min(days), max(days)
        return P.span(P.day(first), P.day(last))

    return m.start(), m.end(), (resolve, "day", False)


# --- "the year to date" ---------------------------------------------------------------------


def _to_date(m: re.Match[str], text: str) -> Any:
    """ "the year to date", "month-to-date": the current year (month, week) up to the
    publication day. The timex names the whole unit, as for "earlier in the year"."""
    unit = m.group("unit").lower()

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        base = _current(unit, ref)
        return P.Period(base.start, ref, base.granularity, base.timex)

    return m.start(), m.end(), (resolve, unit, False)


def _current(unit: str, ref: dt.date) -> P.Period:
    if unit == "year":
        return P.year(ref.year)
    if unit == "month":
        return P.month(ref.year, ref.month)
    if unit == "week":
        return P.iso_week(ref)
    return P.day(ref)


def _rest_of(m: re.Match[str], text: str) -> Any:
    """ "the rest of the year", "the remainder of this month": from the publication day to the
    end of its year (month, week); the timex names the whole unit, as for "later in the
    year"."""
    unit = m.group("unit").lower()
    if _points_back(m, text):
        return None  # "in 2015 sales fell for the rest of the year": the year named before

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        base = _current(unit, ref)
        return P.Period(ref, base.end, base.granularity, base.timex)

    return m.start(), m.end(), (resolve, unit, False)


# --- "partner of the year", "sales in the week" ---------------------------------------------

# "the year" alone names the current one only where nothing else can be meant. News uses
# it far more often for a year it has just named ("in 2017 ... in the year"), a year it is
# about to define ("the year before independence", "the year the war ended", "the year to
# March"), or a generic one ("the time of the year", "at the end of the day", "back in the
# day", "any day of the week"). So: only as the object of in/for/of/over/during, only when
# nothing follows that could define it (the next word must end the phrase), never after a
# noun that makes it generic, and never when the sentence has already named a date it
# could point back to.
_THE_PERIOD_NEXT = re.compile(
    r"(?:\s*(?:[.,;:!?)\]\"”]|$)|\s+(?:and|or|but|so|as|at|with|by|because|while|amid|"
    r"than|compared|in(?!\s+(?:which|\d)))\b)")
# a share of the period ("3/4 of the year", "most of the year") is no date of its own either,
# nor the idioms "flavor of the week", "the issues of the day"; and "the fourth event of the
# day on Monday" is Monday, so "on" may not follow
_GENERIC_BEFORE = re.compile(
    r"(?:\b(?:end|time|times|turn|order|day|days|hour|hours|point|part|parts|kind|sort|back|"
    r"middle|start|beginning|any|every|each|same|whole|half|third|quarter|most|much|bulk|rest"
    r"|remainder|all|flavou?r|issues?|questions?)|\d)\s+(?:of|in|for)\s+$", re.IGNORECASE)
_DATE_BEFORE = re.compile(
    rf"\b(?:1[5-9]\d\d|20\d\d)\b|\b{MONTH_CORE}\b|\b{WEEKDAY_RE}\b|\b(?:last|next|this|previous"
    r"|past|coming|that|same)\s+(?:year|month|week|day)\b|\b(?:yesterday|today|tomorrow)\b",
    re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n]\s")


def _points_back(m: re.Match[str], text: str, *, tense: bool = True) -> bool:
    """Whether "the year" here is one the sentence has already named, or (with ``tense``) a
    period reported after it ended.

    "profit for the year rose", "sales fell in the month", "a boutique was in each of the
    largest deals of the year" (written in January of the year after): results, data
    releases and reviews come after the period ends, so in the past tense the period is the
    reported one, not the current one.
    """
    left = text[max(0, m.start() - 300):m.start()]
    cut = [s.end() for s in _SENTENCE_START.finditer(left)]
    if _DATE_BEFORE.search(left[cut[-1]:] if cut else left):
        return True
    return tense and guess_tense(text, m.start(), m.end()) == "past"


def _the_period(m: re.Match[str], text: str) -> Any:
    """ "partner of the year", "sales in the week", "blocked for the day": the current year,
    week or day (see the comment above for when it is not)."""
    lead, unit = m.group("lead").lower(), m.group("unit").lower()
    if not _THE_PERIOD_NEXT.match(text, m.end()):
        return None
    word = m.group("unit")
    if word[0].isupper() and not word.isupper():
        return None  # "Time's Person of the Year": a title
    if _GENERIC_BEFORE.search(text, max(0, m.start() - 30), m.end("lead") + 1):
        return None
    if unit == "day" and lead not in ("for", "of"):
        return None  # "during the day", "in the day": daytime, not a date
    # a day or week in the past tense is still the current one ("stocks closed up 1% for the
    # day", "shares fell 3% for the week" in the Friday wrap)
    if _points_back(m, text, tense=unit in ("year", "month")):
        return None

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return _current(unit, ref)

    return m.start("the"), m.end(), (resolve, unit, False)


# --- "a few hours", "several weeks" ---------------------------------------------------------

# A length said with a vague count: the count news readers take for "a few" (RT and most
# annotation guides use 3), stated to a precision of 2 so the interval (2 to 4) says it is
# vague. "some" and "another" count only after a word that takes a length ("for some days";
# "some days the line is longer" is a frequency); none of them is counted from a day ("a few
# days after the vote" would invent an exact day), so a shift word after it rejects the match.
_VAGUE = {"a few": 3.0, "few": 3.0, "several": 3.0, "some": 3.0, "another": 1.0}
_LENGTH_CUE = re.compile(
    r"\b(?:for|over|lasted|lasting|lasts|took|spent|spend|wait|waited|within|after|in)\s+$",
    re.IGNORECASE)
# a shift ("a few days after", "a few months back") or a difference ("a few years older")
_SHIFTED_AFTER = re.compile(r"\s+(?:ago|after|before|from|since|later|earlier|back|ahead|behind"
                            r"|older|younger)\b", re.IGNORECASE)
_VAGUE_UNIT = {"minute": "MIN", "hour": "H", "day": "D", "week": "W", "month": "M",
               "year": "Y"}


def _vague_duration(m: re.Match[str], text: str) -> Any:
    word = " ".join(m.group("num").lower().split())
    if _SHIFTED_AFTER.match(text, m.end()):
        return None
    if re.search(r"\bin\s+$", text[max(0, m.start() - 4):m.start()], re.IGNORECASE):
        return None  # "in a few days": a day ahead, which a vague count cannot place
    if re.search(r"\b(?:past|last|next|coming|previous|following|first|final)\s+$",
                 text[max(0, m.start() - 10):m.start()], re.IGNORECASE):
        return None  # "the past few days": a stretch up to today that a vague count cannot end
    if word in ("some", "another") and not _LENGTH_CUE.search(
            text, max(0, m.start() - 12), m.start()):
        return None
    unit = _VAGUE_UNIT[m.group("unit").lower().rstrip("s")]
    amount = _VAGUE[word]
    step = 2.0 if amount > 1 else 1.0
    return m.start(), m.end(), DurationSpan(m.start(), m.end(), amount, step, unit)


def _the_hour(m: re.Match[str], text: str) -> Any:
    """ "offline for the hour": one hour (no date: an hour is finer than a day)."""
    return m.start("the"), m.end(), DurationSpan(m.start("the"), m.end(), 1.0, 1.0, "H")


def _end_of_abbreviated(m: re.Match[str], text: str) -> Any:
    """ "by EOY", "EOM figures": the late part of the current year or month, as "the end of
    the year" reads (the timex names the whole unit)."""
    unit = "year" if m.group("u") == "Y" else "month"

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return _current(unit, ref).narrowed("late")

    return m.start(), m.end(), (resolve, unit, False)


def stretch_patterns() -> list[tuple[Gated, Any]]:
    """The patterns of this module with their handlers, for :mod:`.news_dates`."""
    num = (r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|fifteen|twenty|thirty)")
    return [
        (gated(rf"\b(?:the\s+)?(?P<rel>next|past|last|previous|coming|following)\s+"
                    rf"(?P<num>{num})\s+(?:business|working)\s+days\b", re.I), _business_days),
        (gated(r"\b(?:the\s+)?(?P<unit>year|month|week)[\s-]+to[\s-]+date\b", re.I),
         _to_date),
        (gated(r"\b(?:the\s+)?(?:rest|remainder|remaining|balance)\s+of\s+(?:the|this)\s+"
                    r"(?P<unit>year|month|week)\b(?!\s+(?:before|after|of|when|that|in\s+which)\b)",
                    re.I), _rest_of),
        (gated(r"\b(?P<lead>in|for|of|over|during|throughout)\s+(?P<the>the\s+"
                    r"(?P<unit>day|week|month|year))\b", re.I), _the_period),
        (gated(r"\b(?P<num>a\s+few|few|several|some|another)\s+(?P<unit>minutes|hours|days"
                    r"|weeks|months|years|day|week|month|year)\b", re.I), _vague_duration),
        (gated(r"\bfor\s+(?P<the>the\s+hour)\b(?!\s+(?:of|before|after|when|that)\b)",
                    re.I), _the_hour),
        # "this calendar year": said to set it apart from a fiscal or school year
        (gated(r"\b(?P<rel>this|last|next|previous|past|coming|current)\s+calendar\s+"
                    r"(?P<unit>year)\b(?P<part>)", re.I), relative_unit),
        # business shorthand, capitals only ("eoy" is no word to guess at)
        (gated(r"\bEO(?P<u>[YM])\b"), _end_of_abbreviated),
    ]


# --- "for 3 days from today", "two weeks starting May 20th" ---------------------------------

_FOR_BEFORE = re.compile(r"\bfor\s+(?:another\s+|the\s+next\s+)?$", re.IGNORECASE)
_STARTING = re.compile(
    r"\s*,?\s*(?:(?P<start>starting|beginning|commencing)(?:\s+(?:from|on))?|(?P<from>from))"
    r"\s+", re.IGNORECASE)
_LESS_THAN = re.compile(r"\b(?:less|fewer)\s+than\s+$", re.IGNORECASE)
_AFTER = re.compile(r"\s+after\s+", re.IGNORECASE)


def _single_day(span: DateSpan) -> dt.date | None:
    v = span.value
    if v.granularity == "day" and v.start and v.start == v.end:
        return dt.date.fromisoformat(v.start)
    return None


def _length_end(first: dt.date, span: DurationSpan) -> dt.date | None:
    """The last day of a stretch of ``span``'s length starting on (and counting) ``first``."""
    pieces = span.parts or ((span.amount, span.unit),)
    d = first
    for amount, unit in pieces:
        if not float(amount).is_integer() or unit not in ("Y", "M", "W", "D"):
            return None
        n = int(amount)
        if unit in ("Y", "M"):
            d = P.shift_months(d, n * (12 if unit == "Y" else 1))
        else:
            d += dt.timedelta(days=n * (7 if unit == "W" else 1))
    return d - dt.timedelta(days=1) if d > first else None


def counted_stretches(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """ "for 3 days from today", "for 1 week, from 20th dec", "a week starting tomorrow",
    "less than 3 days after tomorrow": a length laid from a stated day is the stretch of days
    it covers, the stated day counted first (inclusive, like every interval here).

    "from" alone lays a length only after "for" ("3 days from today" is one day, the third);
    "starting" always does. Runs before the pass that counts single days ("3 days after X").
    """
    out: list[DateSpan | DurationSpan] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        made: DateSpan | None = None
        if isinstance(span, DurationSpan) and isinstance(nxt, DateSpan):
            first = _single_day(nxt)
            lay = _STARTING.fullmatch(text, span.end, nxt.start)
            if first and lay and (lay.group("start") or _FOR_BEFORE.search(
                    text, max(0, span.start - 16), span.start)):
                last = _length_end(first, span)
                if last is not None:
                    made = DateSpan(span.start, nxt.end, P.span(P.day(first),
                                                                  P.day(last)).value())
            elif first and _AFTER.fullmatch(text, span.end, nxt.start):
                less = _LESS_THAN.search(text, max(0, span.start - 16), span.start)
                last = _length_end(first, span)
                if less and last is not None:
                    made = DateSpan(less.start(), nxt.end, P.span(P.day(first),
                                                                  P.day(last)).value())
        if made is not None:
            out.append(made)
            i += 2
            continue
        out.append(span)
        i += 1
    return out
