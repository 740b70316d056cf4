"""Pieces of the calendar counted inside a larger one: "the 15th day of next month", "week 27
of last year", "Q3", "the first ten days of last year", "the nineties".

Handlers for :mod:`.news_dates`, with the same contract as :mod:`.relative_dates`: each returns
``(start, end, (resolver, granularity, absolute))`` or None to reject the match.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import periods as P
from .date_context import date_direction
from .date_gates import Gated, gated
from .date_rules import (
    UNIT_WORD_RE,
    amount_of,
    day_value,
    month_group,
    month_of,
    year_for_day,
    year_for_month,
)
from .relative_dates import duration_span, relative_unit, units_ago

# handlers of the news_dates table, and this module's own patterns
__all__ = [
    "bare_quarter",
    "decade_in_words",
    "nth_day_of",
    "piece_of_year",
    "piece_patterns",
    "week_number",
]


def nth_day_of(m: re.Match[str], text: str) -> Any:
    """ "the 15th day of next month", "the twenty-third day of September"."""
    day = day_value(m, "d")
    if not 1 <= day <= 31:
        return None
    month = month_of(m, "m") if m.group("m") else None
    shift = {"next": 1, "last": -1, "previous": -1}.get((m.group("rel") or "").lower(), 0)

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        if month is None:
            first = P.shift_months(ref.replace(day=1), shift)
            y, mo = first.year, first.month
        else:
            y, mo = year_for_day(ref, month, day, tense), month
        found = P.safe_date(y, mo, day)
        return P.day(found) if found else None

    return m.start(), m.end(), (resolve, "day", False)


def week_number(m: re.Match[str], text: str) -> Any:
    """ "week 31 of 2027", "week 27 of last year", "in the week 31": an ISO week."""
    n = int(m.group("n"))
    bare = not m.group("y") and not m.group("rel") and " year" not in m.group().lower()
    if not 1 <= n <= 53 or (bare and (not m.group("lead") or re.match(r"\s+of\b", text[m.end():]))):
        return None  # "week 10 of the season" counts weeks of something else
    shift = {"next": 1, "last": -1, "previous": -1}.get((m.group("rel") or "").lower(), 0)

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        y = int(m.group("y")) if m.group("y") else ref.year + shift
        try:
            return P.iso_week(dt.date.fromisocalendar(y, n, 1))
        except ValueError:
            return None  # week 53 of a year with 52

    if m.group("y"):
        period = resolve(dt.date(1, 1, 1), None)
        return None if period is None else (m.start("w"), m.end(), ((lambda r, t: period), "week",
                                                                      True))
    return m.start("w"), m.end(), (resolve, "week", False)


def bare_quarter(m: re.Match[str], text: str) -> Any:
    """ "in Q3" with no year: the quarter of the publication year, moved by the tense."""
    q = int(m.group("q"))
    before = re.search(r"([A-Z][A-Za-z]+)\s+$", text[max(0, m.start() - 20):m.start()])
    if before and before.group(1) not in ("In", "During", "By", "For", "Since", "The", "Its",
                                          "Of", "From", "Until", "After", "Before", "And"):
        return None  # "Audi Q3", "Samsung Q1": a model name

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        y = ref.year
        if tense == "past" and dt.date(y, 3 * q - 2, 1) > ref:
            y -= 1
        elif tense == "future" and P.month(y, 3 * q).end < ref:
            y += 1
        return P.span(P.month(y, 3 * q - 2), P.month(y, 3 * q))

    return m.start(), m.end(), (resolve, "month", False)


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_NOT_A_DECADE = re.compile(
    r"(?:\b(?:his|her|their|my|your|our|its|whose)\s+(?:early\s+|late\s+|mid-?)?$"
    r"|\b(?:temperatures?|degrees|highs|lows|heat|scored?|scores|mph)\b.{0,30}$)", re.I)


def decade_in_words(m: re.Match[str], text: str) -> Any:
    """ "the nineties", "the '90s": the latest such decade begun by the publication year.

    Not an age ("in her forties") nor a temperature or score ("highs in the nineties")."""
    if _NOT_A_DECADE.search(text[max(0, m.start() - 40):m.start()]):
        return None
    word = m.group("w")
    tens = _DECADE_WORDS[word.lower()] if word.isalpha() else int(word)

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        start = ref.year - (ref.year - tens) % 100
        return P.span(P.year(start), P.year(start + 9))

    start = m.start() if m.group().lower().startswith("the") else m.start("w")
    if text[start - 1:start] in ("'", "’") and not m.group().lower().startswith("the"):
        start -= 1
    return start, m.end(), (resolve, "year", False)


def _year_of(m: re.Match[str], ref: dt.date) -> int:
    if m.group("y"):
        return int(m.group("y"))
    return ref.year + {"last": -1, "next": 1, "previous": -1}.get((m.group("rel") or "").lower(), 0)


def piece_of_year(m: re.Match[str], text: str) -> Any:
    """ "the first ten days of last year", "the last 3 weeks of 2019", "the 9th month of next
    year": a stretch counted from the start or the end of a year (weeks are ISO weeks)."""
    if m.group("nth"):
        k = day_value(m, "nth")
        if not 1 <= k <= 12:
            return None
        size, unit, from_end = 1, "month", False
        k_first = k
    else:
        amount = amount_of(m.group("num"))
        if amount is None or not float(amount).is_integer() or amount < 1:
            return None
        size, unit = int(amount), m.group("unit").lower().rstrip("s")
        from_end = m.group("edge").lower() == "last"
        k_first = 1

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        y = _year_of(m, ref)
        if unit == "month":
            if size > 12:
                return None
            first = 13 - size if from_end else k_first
            return P.span(P.month(y, first), P.month(y, first + size - 1))
        if unit == "week":
            weeks = dt.date(y, 12, 28).isocalendar()[1]
            if size > weeks:
                return None
            w = weeks - size + 1 if from_end else 1
            start = dt.date.fromisocalendar(y, w, 1)
            end = dt.date.fromisocalendar(y, w + size - 1, 7)
            return P.span(P.day(start), P.day(end))
        if size > 365:
            return None
        if from_end:
            return P.span(P.day(dt.date(y, 12, 31) - dt.timedelta(days=size - 1)),
                          P.day(dt.date(y, 12, 31)))
        return P.span(P.day(dt.date(y, 1, 1)), P.day(dt.date(y, 1, 1) + dt.timedelta(size - 1)))

    gran = "month" if unit == "month" else "day"
    if m.group("y"):
        try:
            period = resolve(dt.date(1, 1, 1), None)
        except ValueError:
            return None
        if period is None:
            return None
        return m.start(), m.end(), ((lambda r, t: period), gran, True)
    return m.start(), m.end(), (resolve, gran, False)


# --- forms the main patterns leave to this module -------------------------------------------

# Events a month names in campaign and policy news: "Florida's March presidential primary",
# "the November election", "December's global agreement".
_EVENT_NOUN = (r"(?:primar(?:y|ies)|elections?|caucus(?:es)?|conventions?|debates?|votes?|voting"
               r"|referendum|runoffs?|summit|meeting|contests?|polls?|ballot|deadline|agreement"
               r"|deal|attacks?|shooting|talks|conference|race)")
_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w.-]*['’]s\s+$")


def _event_month(m: re.Match[str], text: str) -> Any:
    """A month without a year that modifies an event ("Florida's March presidential primary",
    "December's global agreement"): the publication year's, moved by the tense and the
    words around it, like any bare month. Theresa May makes "May" need a possessive before."""
    word = m.group("m")
    if not word[0].isupper() or word.endswith(".") or len(word) < 3:
        return None
    owner = _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if word.lower() == "may" and not owner:
        return None
    month = month_of(m, "m")
    cue = date_direction(text, m.start(), m.end("m"), weekday=False)[0]

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return P.month(year_for_month(ref, month, cue or tense), month)

    return m.start(), m.end("m"), (resolve, "month", False)


def _possessive_unit(m: re.Match[str], text: str) -> Any:
    """ "last month's attacks", "this year's campaign", "next week's primary": the unit as
    for "last month" (the main pattern keeps the possessive out)."""
    found = relative_unit(m, text)
    return None if found is None else (found[0], m.end("unit"), found[2])


def _nine_eleven(m: re.Match[str], text: str) -> Any:
    """ "the 9/11 attacks", "post-9/11": in news the day of the 2001 attacks, as "since 9/11"
    is in :mod:`.news_dates`."""
    attacks = P.day(dt.date(2001, 9, 11))
    return m.start(), m.end(), ((lambda ref, tense: attacks), "day", True)


def _thousands_duration(m: re.Match[str], text: str) -> Any:
    """ "nearly 6,300 hours", "2,000 years": a length counted in thousands, which the main
    duration pattern (digits without separators) would cut to "300 hours"."""
    return duration_span(m, text)


# a figure before these is a measure or a count, not a year ("A 2000-pound bomb")
_MEASURE_AFTER = re.compile(
    r"[-\s]*(?:%|percent|pounds?|lbs?|kilo\w*|kg|tons?|tonnes?|metres?|meters?|miles?|feet|foot"
    r"|yards?|acres?|square|strong|pages?|words?|points?|calories|cc|hp|mph|km|dollars?|people"
    r"|members|troops|votes)\b", re.IGNORECASE)


def _year_after_article(m: re.Match[str], text: str) -> Any:
    """ "A 2010 YouTube video shows": a year opening a sentence after a capital article, which
    the main year pattern takes for a model name ("Boeing 747")."""
    if _MEASURE_AFTER.match(text, m.end()):
        return None
    y = int(m.group("y"))
    period = P.year(y)
    return m.start("y"), m.end(), ((lambda ref, tense: period), "year", True)


def piece_patterns() -> list[tuple[Gated, Any]]:
    """The patterns of this module with their handlers, for :mod:`.news_dates`."""
    return [
        (gated(rf"\b{month_group('m')}(?:['’]s)?(?=\s+(?:[A-Za-z-]+\s+){{0,2}}{_EVENT_NOUN}\b)",
                    re.I), _event_month),
        (gated(rf"\b{month_group('m')}(?=['’]s\s+[a-z])", re.I), _event_month),
        (gated(r"\b(?P<rel>last|this|next|previous|coming|current)\s+"
                    r"(?P<unit>year|month|week|quarter|decade)(?=['’]s\b)(?P<part>)", re.I),
         _possessive_unit),
        (gated(r"(?<![\d/.,$])9/11(?![\d/])"), _nine_eleven),
        (gated(r"\b(?:A|An|This|That)\s+(?P<y>1[6-9]\d\d|20[0-3]\d)(?![\d,.]\d)"
                    r"(?=\s+[A-Za-z])"), _year_after_article),
        (gated(rf"(?<![\d,.])\b(?P<num>\d{{1,3}}(?:,\d{{3}})+)[\s-]+(?P<unit>{UNIT_WORD_RE})"
                    r"(?![\w-])(?P<half>)", re.I), _thousands_duration),
        (gated(r"(?<![\d,.])\b(?P<num>\d{1,3}(?:,\d{3})+)\s+(?P<unit>years?|months?|weeks?"
                    r"|days?)\s+ago\b", re.I), units_ago),
    ]
