"""Date patterns relative to the publication date: weekdays, "last year", "two weeks ago",
"the past three months", "the third quarter", and durations ("six months"). Months without
a year and holidays are in :mod:`.named_dates`.

Each handler returns ``(start, end, (resolver, granularity, absolute))`` or a
:class:`~claimcheck.dates.DurationSpan`, or None to reject the match (see :mod:`.news_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import periods as P
from .date_context import date_direction, is_title
from .date_rules import (
    NUMBER_ALT,
    UNIT_ALIASES,
    UNIT_CODE,
    UNIT_FACTOR,
    WEEKDAY_RE,
    amount_of,
    day_value,
    parted,
    weekday_near,
)
from .numbers import find_numbers

# pattern handlers of the news_dates table (and calendar_pieces, date_stretches)
__all__ = [
    "WEEK_REL",
    "day_of_month",
    "duration_span",
    "end_of",
    "relative_day",
    "relative_part",
    "relative_unit",
    "rolling",
    "units_ago",
    "weekday_expr",
]


# Datelines and listings shorten weekdays ("Mon 13th"); only read next to a day number.
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                 "fri": 4, "sat": 5, "sun": 6}


def day_of_month(m: re.Match[str], text: str) -> Any:
    """A day number without its month ("on the 13th", "Mon 13th"), in the month the
    reference date and tense give
    (what a date_rules.Handler returns, or None)."""
    day = day_value(m, "d")
    if not 1 <= day <= 31:
        return None

    wd = (m.group("wd") or "").lower().rstrip(".")
    weekday = P.WEEKDAYS.get(wd, _WEEKDAY_ABBR.get(wd)) if wd else None

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        first = ref.replace(day=1)
        if weekday is not None:
            # "Tuesday the eleventh": the nearest month in which the 11th is a Tuesday
            # (every month-day falls on every weekday within about a year)
            fits = [d for k in range(-12, 13)
                    if (d := P.safe_date(*_year_month(first, k), day)) and d.weekday() == weekday]
            return P.day(min(fits, key=lambda d: abs((d - ref).days))) if fits else None
        return P.day_of_month_near(ref, day, tense)

    start = m.start() if weekday is not None else m.start() + m.group().lower().index("the")
    return start, m.end(), (resolve, "day", False)


def _year_month(first: dt.date, k: int) -> tuple[int, int]:
    moved = P.shift_months(first, k)
    return moved.year, moved.month


def rolling(m: re.Match[str], text: str) -> Any:
    """ "the past three months", "next 3 days": the stretch of days ending or starting today.

    Quarters are calendar quarters, so "the past two quarters" are the two whole quarters
    before the current one; a fortnight is fourteen days. Decades are calendar decades, as
    "the next decade" is: "the next two decades" said in 2018 are 2020-2039. "The past two
    decades" is left to the duration reading (news means the twenty years up to now, which
    no calendar decade fits).
    """
    words = m.group("num") or m.group("num2")
    amount = 1.0 if words is None else amount_of(
        "a couple" if words.lower().startswith("couple") else words)
    if amount is None or not float(amount).is_integer() or amount <= 0:
        return None
    n = int(amount)
    unit = (m.group("unit") or m.group("unit3")).lower().rstrip("s")
    rel = (m.group("rel") or m.group("rel2") or m.group("rel3")).lower()
    back = rel in ("past", "last", "previous")
    more = _more_lengths(m, text)
    if more is None:
        return None
    end = m.end("unit") if m.group("more") and not more else m.end()
    if unit == "decade":
        if back or m.group("more"):
            return None

        def decades(ref: dt.date, tense: str | None) -> P.Period:
            first = ref.year // 10 * 10 + 10
            return P.span(P.year(first), P.year(first + 10 * n - 1))

        return m.start(), end, (decades, "year", False)

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        if unit == "quarter":
            this_q = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
            if back:
                first = P.shift_months(this_q, -3 * n)
                last = this_q - dt.timedelta(days=1)
            else:
                first = P.shift_months(this_q, 3)
                last = P.shift_months(this_q, 3 * (n + 1)) - dt.timedelta(days=1)
            return P.span(P.month(first.year, first.month), P.month(last.year, last.month))
        other = ref
        for k, u in ((n, unit), *more):
            if u == "month" or u == "year":
                months = k * (12 if u == "year" else 1)
                other = P.shift_months(other, -months if back else months)
            else:
                days = k * {"week": 7, "fortnight": 14}.get(u, 1)
                other = other + dt.timedelta(days=-days if back else days)
        # the stretch excludes today's own date on the far side, as "the past 3 days" does
        if back:
            first, last = other, ref - dt.timedelta(days=1)
        else:
            first, last = ref + dt.timedelta(days=1), other
        return P.span(P.day(first), P.day(last))

    return m.start(), end, (resolve, "month" if unit == "quarter" else "day", False)


_MORE_PIECE = re.compile(rf"(?P<num>{NUMBER_ALT})\s+(?P<unit>year|month|week|day)s?\b",
                         re.IGNORECASE)


def _more_lengths(m: re.Match[str], text: str) -> list[tuple[int, str]] | None:
    """ "the last 3 months and 2 weeks and 2 days": the lengths after the first, or [] when
    there are none or they are counted back from a day ("... 2 weeks and 2 days ago" ends
    the stretch at "3 months"). None when one of them is not a whole number."""
    tail = m.groupdict().get("more")
    if not tail or re.match(r"\s+ago\b", text[m.end():], re.IGNORECASE):
        return []
    if m.group("unit").lower().startswith("quarter"):
        return []
    pieces = []
    for found in _MORE_PIECE.finditer(tail):
        amount = amount_of(found.group("num"))
        if amount is None or not float(amount).is_integer():
            return None
        pieces.append((int(amount), found.group("unit").lower()))
    # one length says its units largest first; "the past 3 days, 2 weeks" is a list
    order = ["year", "month", "week", "day"]
    units = [m.group("unit").lower().rstrip("s"), *(u for _, u in pieces)]
    ranks = [order.index(u) if u in order else 1 for u in units]
    return pieces if ranks == sorted(set(ranks)) else []


def end_of(m: re.Match[str], text: str) -> Any:
    """"the end of the year/month/week": that unit around the reference date, by
    the news_dates handler contract: (start, end, (resolve, granularity, ...)) or None."""
    unit = m.group("unit").lower()

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        if unit == "year":
            base = P.year(ref.year)
        elif unit == "month":
            base = P.month(ref.year, ref.month)
        else:
            base = P.iso_week(ref)
        return base.narrowed("late")

    return m.start(), m.end(), (resolve, {"week": "week"}.get(unit, unit), False)


_ORDINAL_PART = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
                 "4th": 4}


def relative_part(m: re.Match[str], text: str) -> Any:
    """ "the third quarter", "the first half of this year": a part of a year, by cue or tense."""
    n = _ORDINAL_PART[m.group("n").lower()]
    size = 3 if m.group("part") else 6
    if n * size > 12:
        return None
    rel = (m.group("rel") or m.group("hrel") or "").lower()
    if re.match(r"\s+of\s+(?:the|a|an|this|that|his|her|its|their)\s+(?!year\b)\w",
                text[m.end():m.end() + 30], re.I):
        return None  # "the third quarter of the game" is no date

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        y = ref.year + {"last": -1, "next": 1}.get(rel, 0)
        period = P.span(P.month(y, size * (n - 1) + 1), P.month(y, size * n))
        if not rel and tense == "past" and period.start > ref:
            period = P.span(P.month(y - 1, size * (n - 1) + 1), P.month(y - 1, size * n))
        elif not rel and tense == "future" and period.end < ref:
            period = P.span(P.month(y + 1, size * (n - 1) + 1), P.month(y + 1, size * n))
        return period

    return m.start(), m.end(), (resolve, "month", False)


# "tmrw": the shorthand of posts and messages that news quotes
_REL_DAYS = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
             "tomorrow": 1, "tmrw": 1, "the day after tomorrow": 2}


def relative_day(m: re.Match[str], text: str) -> Any:
    """"today", "yesterday", "tomorrow" and their kin
    (what a date_rules.Handler returns, or None)."""
    if is_title(m, text):
        return None
    offset = _REL_DAYS[" ".join(m.group().lower().split())]

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return P.day(ref + dt.timedelta(days=offset))

    return m.start(), m.end(), (resolve, "day", False)


def relative_unit(m: re.Match[str], text: str) -> Any:
    """"last year", "this month", "next week", "the following week"
    (what a date_rules.Handler returns, or None)."""
    if m.group("unit")[0].isupper() and is_title(m, text):
        return None  # ABC's "This Week"
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    part = m.group("part")
    # "" is "later in the year": the unit the dateline is in
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "the same": 0,
            "next": 1, "coming": 1, "following": 1, "": 0, "after next": 2}[rel]
    gran = {"year": "year", "month": "month", "week": "week", "quarter": "month",
            "decade": "year"}[unit]

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        if unit == "year":
            base = P.year(ref.year + step)
        elif unit == "month":
            d = P.shift_months(ref, step)
            base = P.month(d.year, d.month)
        elif unit == "week":
            base = P.iso_week(ref + dt.timedelta(days=7 * step))
        elif unit == "quarter":
            d = P.shift_months(ref, 3 * step)
            q = (d.month - 1) // 3
            base = P.span(P.month(d.year, 3 * q + 1), P.month(d.year, 3 * q + 3))
        else:
            decade = ref.year // 10 * 10 + 10 * step
            base = P.span(P.year(decade), P.year(decade + 9))
        if part and part.lower() == "earlier" and step == 0:
            return P.Period(base.start, ref, base.granularity, base.timex)
        if part and part.lower() == "later" and step == 0:
            return P.Period(ref, base.end, base.granularity, base.timex)
        return parted(base, part)

    return m.start(), m.end(), (resolve, gran, False)


def units_ago(m: re.Match[str], text: str) -> Any:
    """"three years ago", "two weeks ago": the unit that far back
    (what a date_rules.Handler returns, or None)."""
    amount = amount_of(m.group("num"))
    if amount is None or not float(amount).is_integer():
        return None
    n = int(amount)
    unit = UNIT_CODE[m.group("unit").lower().rstrip("s")]

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        if unit == "Y":
            return P.year(ref.year - n)
        if unit == "M":
            d = P.shift_months(ref, -n)
            return P.month(d.year, d.month)
        return P.day(ref - dt.timedelta(days=n * (7 if unit == "W" else 1)))

    gran = {"Y": "year", "M": "month"}.get(unit, "day")
    return m.start(), m.end(), (resolve, gran, False)


WEEK_REL = r"(?:this|next|last|previous|following|the\s+following|the\s+previous)"
_WEEK_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|or|to|-)\s*{WEEKDAY_RE})*,?\s+(?:of\s+)?(?P<rel>{WEEK_REL})\s+week",
    re.I,
)


# A weekday inside a name is no date: "The Sunday Times", "Black Friday", "Super Tuesday".
_NAME_AFTER_WEEKDAY = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Mail|Herald|Independent|Post|Agreement|Accord|"
    r"Night|Morning|Show|Service|School|League|Club)\b")
_NAME_BEFORE_WEEKDAY = re.compile(
    r"\b(?:Black|Cyber|Super|Bloody|Ash|Holy|Maundy|Shrove|Giving|Small\s+Business|Manic)\s+$")


def weekday_expr(m: re.Match[str], text: str) -> Any:
    """A weekday ("on Tuesday", "last Friday", "Thursday next week") resolved by cue
    and tense around the reference date
    (what a date_rules.Handler returns, or None)."""
    if _NAME_AFTER_WEEKDAY.match(text, m.end()) or _NAME_BEFORE_WEEKDAY.search(
            text, max(0, m.start() - 16), m.start()):
        return None
    rel = m.group("rel") or m.group("wk")
    if m.group("wk"):
        rel = m.group("wk") + " week"
    if not rel:
        after = _WEEK_AFTER.match(text[m.end():m.end() + 60])
        if after:
            rel = after.group("rel") + " week"
    rel = " ".join(rel.lower().split()) if rel else None
    end = m.end()
    direct = re.match(rf"^,?\s+(?:of\s+)?{WEEK_REL}\s+week\b", text[end:end + 24], re.I)
    if direct:
        end += direct.end()  # "Friday this week" is one expression
    wd = P.WEEKDAYS[m.group("wd").lower()]
    wd2 = P.WEEKDAYS[m.group("wd2").lower()] if m.groupdict().get("wd2") else None
    cue, not_today = date_direction(text, m.start(), end) if rel is None else (None, False)

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        first = weekday_near(ref, wd, "past" if not_today else rel, cue or tense)
        if wd2 is None:
            return P.day(first)
        return P.span(P.day(first), P.day(first + dt.timedelta(days=(wd2 - wd) % 7)))

    return m.start(), end, (resolve, "day", False)


_ARTICLE_CUES = re.compile(
    r"\b(?:for|in|within|over|after|than|about|nearly|almost|around|lasted|lasting|took|"
    r"spent|under|past|last|first|least|some|roughly|just|only|than|barely)\s+$", re.I)


def duration_span(m: re.Match[str], text: str) -> Any:
    """A length of time ("six months", "10 days and a half") as a DurationSpan, or None
    for an age ("five years old") or a date ("two years ago")."""
    from .dates import DurationSpan

    num = m.group("num")
    after = text[m.end():m.end() + 8]
    if re.match(r"^(?:-|\s)old\b|^-long\b(?=\s+[a-z]+(?:ed|ing)\b)", after):
        return None
    if re.match(r"^\s+ago\b", after, re.I):
        return None
    low = num.lower().strip()
    # "a year earlier", "a year from now"
    relative = re.match(r"\s+(?:earlier|later|from\s+now)\b", text[m.end():m.end() + 12], re.I)
    if low in ("a", "an") and not relative and not _ARTICLE_CUES.search(
            text[max(0, m.start() - 16):m.start()]):
        return None
    amount = amount_of(num) if num else 1.0  # "all day" is one day
    if amount is None:
        return None
    if m.group("half"):
        amount += 0.5 if m.group("half").lower().endswith("half") else 0.25
    unit_word = {"y": "year", "w": "week"}.get(m.group("unit").lower(), m.group("unit").lower())
    key = unit_word[:-3] if unit_word.endswith("ies") else unit_word.rstrip("s")
    key = "century" if key.startswith("centur") else key
    key = UNIT_ALIASES.get(unit_word, UNIT_ALIASES.get(key, key))
    unit = UNIT_CODE[key]
    factor = UNIT_FACTOR.get(key, 1)
    nums = find_numbers(num) if num else []
    step = (nums[0].step if nums else 1.0) * factor
    return m.start(), m.end(), DurationSpan(m.start(), m.end(), amount * factor, step, unit)
