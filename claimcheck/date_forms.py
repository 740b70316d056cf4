"""Less common ways of writing an absolute date, read by :mod:`.news_dates`.

Chat, transcripts and hurried copy write dates the way they are said: a lowercase month after
"in" ("back in may"), the year before the month ("2017 april"), the day said as a number
("May twenty nine"), a weekday with its date glued on ("this Friday-Jun-15", "friday
(jun-15)"), a day of a named month ("the 21st this month"), a whole week of a month ("the last
week of July"), a decade with a loose "s" ("the 1990 s"). Each handler returns what the
:mod:`.news_dates` handlers return, or None to reject the match.

Hand-written because dateparser, run on the expression alone, cannot tell the modal "may" from
the month nor a count from a day, and nothing else reads these shapes at all.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from . import periods as P
from .date_gates import Gated, gated
from .date_rules import (
    CARDINAL_DAY_RE,
    WEEKDAY_RE,
    Handler,
    day_group,
    day_value,
    month_of,
    parted,
    year_for_day,
    year_for_month,
    year_group,
)

__all__ = ["SEPTEMBER_ELEVENTH", "date_form_patterns"]

# Full names only: a lowercase "dec" or "aug" is too often something else, except after "in"
# where English has no other reading ("in dec", "in aug").
_MONTH_WORD = (r"(?P<m>january|february|march|april|may|june|july|august|september|october"
               r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])")
# After a month said loosely, the sentence must stop or go on with a little word: "in may be"
# is no month, "in may, he" is.
_LITTLE_WORDS = (r"(?:in|on|at|and|or|to|through|till|until|of|for|from|this|next|last|when"
                 r"|while|with|but|so|then|as|after|before|if)")
_LOOSE_END = rf"(?=\s*(?:$|[.,;:!?)\]$'\"’”]|\s+{_LITTLE_WORDS}\b|\s+(?-i:[A-Z$#@])))"
# a modal "may" or the noun "march" ("took part in the march") never opens a month with "the"
_NO_THE = {"may", "march", "mar", "august", "aug"}


def _lowercase_month(m: re.Match[str], text: str) -> Any:
    """ "It may be in may", "back in the april", "In dec": a month written in lowercase is a
    month only after "in"/"since"/"until"/"during" and only where the sentence stops or goes
    on with a little word (capitalised months are read by the ordinary pattern)."""
    word = m.group("m")
    if not word.islower() or (m.group("the") and word in _NO_THE):
        return None
    month = month_of(m, "m")

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return P.month(year_for_month(ref, month, tense), month)

    return m.start("m"), m.end("m"), (resolve, "month", False)


def _year_then_month(m: re.Match[str], text: str) -> Any:
    """ "in 2017 april", "2019 March": the year written before its month (as in a sorted
    list). The month must end the phrase: "By 2017 May had resigned" is Theresa May, "the
    1963 March on Washington" a march."""
    month, y = month_of(m, "m"), int(m.group("y"))
    return m.start(), m.end(), ((lambda ref, tense: P.month(y, month)), "month", True)


def _month_in_year(m: re.Match[str], text: str) -> Any:
    """ "from April in 2016 to June in 2017": a month with "in" before its year, after a date
    cue (a "March in 2017" without one is a protest march). A lowercase "may" or "march" is
    the verb ("plans to march in 2017")."""
    word = m.group("m").rstrip(".")
    if word.islower() and word in ("may", "march", "mar"):
        return None
    month, y = month_of(m, "m"), int(m.group("y"))
    return m.start("m"), m.end(), ((lambda ref, tense: P.month(y, month)), "month", True)


def _spoken_day(m: re.Match[str], text: str) -> Any:
    """ "May twenty nine": a day said as a cardinal after its month. Only 13 and up, where it
    cannot be a count of months, and only where no noun follows ("March twenty five people")."""
    day = day_value(m, "d")
    if not 13 <= day <= 31 or not m.group("m")[0].isupper():
        return None
    month = month_of(m, "m")

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        found = P.safe_date(year_for_day(ref, month, min(day, 28), tense), month, day)
        return P.day(found) if found else None

    return m.start(), m.end(), (resolve, "day", False)


def _weekday_with_date(m: re.Match[str], text: str) -> Any:
    """ "this Friday-Jun-15", "friday (jun-15)": a weekday with its date beside it names that
    date; the date wins over "this"/"next", and the year is the nearest one in which the
    weekday agrees (or the tense's year when none does)."""
    month, day = month_of(m, "m"), day_value(m, "d")
    if not 1 <= day <= 31:
        return None
    weekday = P.WEEKDAYS[m.group("wd").lower()]

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        guess = year_for_day(ref, month, min(day, 28), tense)
        fits = [d for y in (guess, guess - 1, guess + 1)
                if (d := P.safe_date(y, month, day)) and d.weekday() == weekday]
        found = fits[0] if fits else P.safe_date(guess, month, day)
        return P.day(found) if found else None

    return m.start(), m.end(), (resolve, "day", False)


def _day_of_named_month(m: re.Match[str], text: str) -> Any:
    """ "the 21st this month", "the 3rd of next month": a day of the month named by "this",
    "next" or "last"."""
    day = day_value(m, "d")
    if not 1 <= day <= 31:
        return None
    shift = {"next": 1, "last": -1, "previous": -1}.get((m.group("rel") or "").lower(), 0)

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        first = P.shift_months(ref.replace(day=1), shift)
        found = P.safe_date(first.year, first.month, day)
        return P.day(found) if found else None

    return m.start(), m.end(), (resolve, "day", False)


def _bare_ordinal_day(m: re.Match[str], text: str) -> Any:
    """ "meet on 29th": a day of this month written without "the" (notes and British copy);
    the tense moves it to the month before or after, as for "on the 29th"."""
    day = day_value(m, "d")
    if not 1 <= day <= 31:
        return None

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        return P.day_of_month_near(ref, day, tense)

    return m.start("d"), m.end(), (resolve, "day", False)


_WEEK_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4, "last": 5}


def _week_of_month(m: re.Match[str], text: str) -> Any:
    """ "the last week of July", "the first week of Jan 2015", "the 3rd week of next month":
    the first week of a month is its days 1-7, the second 8-14, and so on; the last week is
    its last seven days (how schedules and news mean it, not the ISO week)."""
    if m.group("m") and m.group("m").lower() in _NO_THE and m.group("m").islower():
        return None  # "the first week of may be": the modal
    n = _WEEK_ORDINALS[m.group("n").lower()]
    month = month_of(m, "m") if m.group("m") else None
    y = int(m.group("y")) if m.group("y") else None
    shift = {"next": 1, "last": -1, "previous": -1, "this": 0}.get(
        (m.group("rel") or "").lower(), 0)

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        if month is None:
            first = P.shift_months(ref.replace(day=1), shift)
        else:
            first = dt.date(y if y is not None else year_for_month(ref, month, tense), month, 1)
        if n == 5:
            last = calendar.monthrange(first.year, first.month)[1]
            lo = first.replace(day=last - 6)
        else:
            lo = first.replace(day=7 * n - 6)
        return P.span(P.day(lo), P.day(lo + dt.timedelta(days=6)))

    if y is not None:
        period = resolve(dt.date(y, 1, 1), None)
        return m.start(), m.end(), ((lambda ref, tense: period), "day", True)
    return m.start(), m.end(), (resolve, "day", False)


def _loose_decade(m: re.Match[str], text: str) -> Any:
    """ "the 1990 s", "in 90 s": a decade whose "s" came loose from its year."""
    if m.group("dec"):
        y = int(m.group("dec"))
        period = P.span(P.year(y), P.year(y + 9))
        return m.start("dec"), m.end(), ((lambda ref, tense: period), "year", True)
    tens = int(m.group("tens"))

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        start = ref.year - (ref.year - tens) % 100
        return P.span(P.year(start), P.year(start + 9))

    return m.start("tens"), m.end(), (resolve, "year", False)


def _parted_month_year(m: re.Match[str], text: str) -> Any:
    """ "early March 2023", "the end of March 2023", "mid-May 2022": a part of a month of a
    stated year (the year must not be lost to the bare-month reading)."""
    month, y = month_of(m, "m"), int(m.group("y"))
    period = parted(P.month(y, month), m.group("part"))
    return m.start(), m.end(), ((lambda ref, tense: period), "month", True)


def _figure_day_range(m: re.Match[str], text: str) -> Any:
    """ "from 5/1-5/7, 2020", "10/1-11/2/2017", "between 10/1-11/7": two days in figures (month
    first, as US copy writes them, unless a number cannot be a month) sharing the year written
    after the second. Without a year only after a cue word: a bare "1/2-3/4" is a fraction."""
    a, b, c, d = (int(m.group(g)) for g in ("a", "b", "c", "d"))
    day_first = a > 12 or c > 12
    m1, d1, m2, d2 = (b, a, d, c) if day_first else (a, b, c, d)
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    written = m.group("y") or m.group("y2")
    if not written and not m.group("cue"):
        return None

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        if written:
            y2 = int(written)
            y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
        else:
            y1 = year_for_day(ref, m1, min(d1, 28), tense)
            y2 = y1 + 1 if (m1, d1) > (m2, d2) else y1
        first, last = P.safe_date(y1, m1, d1), P.safe_date(y2, m2, d2)
        if first is None or last is None or first >= last:
            return None
        return P.span(P.day(first), P.day(last))

    start = m.start("a")
    if written:
        period = resolve(dt.date(int(written), 1, 1), None)
        return None if period is None else (start, m.end(), ((lambda ref, tense: period), "day",
                                                              True))
    return start, m.end(), (resolve, "day", False)


def _week_of_day(m: re.Match[str], text: str) -> Any:
    """ "the week of March 5", "the week of the 18th": the Monday-to-Sunday week holding that
    day (how US copy names a week); the day alone resolves as it would on its own."""
    day = day_value(m, next(g for g in ("d", "d2", "d3") if m.group(g)))
    if not 1 <= day <= 31:
        return None
    named = m.group("m") or m.group("m2")
    month = P.MONTHS[named.lower().rstrip(".")] if named else None
    y = int(m.group("y")) if m.group("y") else None

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        if month is None:
            first = ref.replace(day=1)
            if tense == "past" and day > ref.day:
                first = P.shift_months(first, -1)
            elif tense == "future" and day < ref.day:
                first = P.shift_months(first, 1)
            found = P.safe_date(first.year, first.month, day)
        else:
            found = P.safe_date(y if y is not None else year_for_day(ref, month, min(day, 28),
                                                                       tense), month, day)
        return P.iso_week(found) if found else None

    if y is not None:
        period = resolve(dt.date(y, 1, 1), None)
        return None if period is None else (m.start(), m.end(), ((lambda ref, tense: period),
                                                                 "week", True))
    return m.start(), m.end(), (resolve, "week", False)


def _days_of_named_month(m: re.Match[str], text: str) -> Any:
    """ "from 4-23 in next month", "between the 3rd and the 12th of next month": a run of days
    in the month named by "this", "next" or "last"."""
    d1, d2 = day_value(m, "d1"), day_value(m, "d2")
    if not 1 <= d1 < d2 <= 31:
        return None
    if m.group("to").strip().lower() == "and" and not m.group("lead").lower().startswith("between"):
        return None
    shift = {"next": 1, "last": -1, "previous": -1}.get(m.group("rel").lower(), 0)

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        first = P.shift_months(ref.replace(day=1), shift)
        lo, hi = P.safe_date(first.year, first.month, d1), P.safe_date(first.year, first.month, d2)
        return P.span(P.day(lo), P.day(hi)) if lo and hi else None

    return m.start("d1"), m.end(), (resolve, "day", False)


def _in_named_year(m: re.Match[str], text: str) -> Any:
    """ "on March 3 last year", "on 5 May last year", "in May of last year": a day or month in
    the year named by "this", "last" or "next" after it (the whole phrase, so the day keeps
    the named year instead of the publication year)."""
    mon = next(g for g in ("m", "m2", "m3") if m.group(g))
    word = m.group(mon).rstrip(".")
    if word.islower() and word in _NO_THE:
        return None
    month = month_of(m, mon)
    written = next((g for g in ("d", "d2") if m.group(g)), None)
    day = day_value(m, written) if written else None
    if day is not None and not 1 <= day <= 31:
        return None
    shift = {"last": -1, "previous": -1, "next": 1}.get(m.group("rel").lower(), 0)

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        y = ref.year + shift
        if day is None:
            return P.month(y, month)
        found = P.safe_date(y, month, day)
        return P.day(found) if found else None

    return m.start(), m.end(), (resolve, "day" if day else "month", False)


def _september_eleventh(m: re.Match[str], text: str) -> Any:
    """ "the Sept. 11 attacks": news names the 2001 attacks by their day, as it does "9/11"."""
    return m.start(), m.end(), ((lambda ref, tense: P.day(dt.date(2001, 9, 11))), "day", True)


#: "the Sept. 11 attacks" (placed before the day-month patterns, which would read this year's)
SEPTEMBER_ELEVENTH = (
    gated(r"\bSept(?:ember|\.)?\s+11(?:th)?(?=,?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack"
               r"|commission))", re.I), _september_eleventh)


def _spaced_ymd(m: re.Match[str], text: str) -> Any:
    """ "On 2016 10 16": year, month and day in figures parted by spaces, after a date cue."""
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    found = P.safe_date(y, mo, d)
    if found is None:
        return None
    return m.start("y"), m.end(), ((lambda ref, tense: P.day(found)), "day", True)


def _mon_any(name: str) -> str:
    return (rf"(?P<{name}>(?:january|february|march|april|may|june|july|august|september"
            rf"|october|november|december)(?![a-z])|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct"
            rf"|nov|dec)(?![a-z])\.?)")


_MON_ANY = _mon_any("m")


def date_form_patterns() -> list[tuple[Gated, Handler]]:
    """The patterns of this module with their handlers (compiled by the caller's cache)."""
    return [
        (gated(rf"\b(?:in|since|until|till|during)\s+(?P<the>the\s+)?{_MONTH_WORD}"
                    rf"{_LOOSE_END}", re.I), _lowercase_month),
        (gated(rf"(?<![\d,.$€£])\b{year_group('y')}\s+{_MON_ANY}(?!\s*\d)"
                    r"(?=\s*(?:$|[.,;:!?)]))", re.I), _year_then_month),
        (gated(rf"\b(?:from|between|since|until|till|to|through|and|in|during|by)\s+"
                    rf"{_MON_ANY}\s+in\s+{year_group('y')}", re.I), _month_in_year),
        (gated(rf"\b{_MON_ANY}\s+(?P<d>{CARDINAL_DAY_RE})\b"
                    rf"(?=\s*(?:$|[.,;:!?)]|\s+(?:at|in|on|and|or)\b))", re.I), _spoken_day),
        (gated(rf"\b(?:(?:this|next|last|coming)\s+)?(?P<wd>{WEEKDAY_RE})\s*(?:-\s*|\(\s*)"
                    rf"{_MON_ANY}[-\s]{day_group('d')}(?:\s*\))?", re.I), _weekday_with_date),
        (gated(r"\bthe\s+(?P<d>[0-3]?\d(?:st|nd|rd|th))\s+(?:of\s+)?(?:the|this|"
                    r"(?P<rel>next|last|previous))\s+month\b", re.I),
         _day_of_named_month),
        # "on 3rd down", "on 2nd reading": only a stop or a little word may follow the day
        (gated(r"\bon\s+(?P<d>[0-3]?\d(?:st|nd|rd|th))\b"
                    r"(?=\s*(?:$|[.;:!?)\-–]|,\s|\s+(?:at|in|and|or|to|from|for|with|when|but)\b))",
                    re.I), _bare_ordinal_day),
        (gated(r"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week"
                    rf"\s+of\s+(?:{_MON_ANY}(?:,?\s+{year_group('y')})?|(?:the\s+)?(?P<rel>this|next"
                    r"|last|previous)\s+month\b)", re.I), _week_of_month),
        (gated(r"\b(?:(?<=the\s)|(?<=in\s))(?:(?P<dec>1[5-9]\d0|20\d0)|(?P<tens>[2-9]0))"
                    r"\s+s\b(?![’'\w])", re.I), _loose_decade),
        (gated(r"\b(?P<part>early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)"
                    rf"[\s-]+{_MON_ANY}(?:\s*,\s*|\s+)(?:of\s+)?{year_group('y')}", re.I),
         _parted_month_year),
        (gated(rf"\b(?:{_MON_ANY}\s+(?:the\s+)?{day_group('d')}|(?:the\s+)?{day_group('d2')}\s+(?:of\s+)?"
                    rf"{_mon_any('m2')}|{_mon_any('m3')}(?=\s+of))(?:,\s*|\s+of\s+|\s+)(?P<rel>this"
                    r"|last|next|previous)\s+year\b", re.I),
         _in_named_year),
        (gated(rf"\bthe\s+week\s+of\s+(?:{_MON_ANY}\s+(?:the\s+)?{day_group('d')}|(?:the\s+)?"
                    rf"{day_group('d2')}\s+(?:of\s+)?{_mon_any('m2')}|the\s+(?P<d3>[0-3]?\d(?:st|nd|rd"
                    rf"|th))\b(?!\s+(?:of\s+)?[A-Za-z]{{3}}))(?:,?\s+{year_group('y')})?", re.I),
         _week_of_day),
        (gated(rf"(?P<lead>\b(?:from|between)\s+)(?:the\s+)?{day_group('d1')}(?P<to>\s*(?:-|–|to"
                    rf"|through|till|until|and)\s*)(?:the\s+)?{day_group('d2')}\s+(?:of|in)\s+(?:the\s+)?"
                    r"(?P<rel>this|next|last|previous)\s+month\b", re.I), _days_of_named_month),
        (gated(r"(?P<cue>\b(?:from|between|on|during|for|until|till|through)\s+)?(?<![\d/.])"
                    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})\s*[-–]\s*(?P<c>\d{1,2})/(?P<d>\d{1,2})"
                    r"(?:/(?P<y>(?:1[5-9]|20)\d\d)|,\s*(?P<y2>(?:1[5-9]|20)\d\d))?(?![\d/])",
                    re.I), _figure_day_range),
        (gated(r"\b(?:on|since|from|by|until|till|before|after|dated)\s+"
                    r"(?P<y>(?:19|20)\d\d) (?P<mo>0?[1-9]|1[0-2]) (?P<d>[0-3]?\d)(?![\d-]|[.,]\d)",
                    re.I), _spaced_ymd),
    ]



