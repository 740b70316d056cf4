"""The date patterns news uses, in priority order, and the handlers for absolute dates.

Every pattern's handler returns ``(start, end, what)`` where ``what`` is a
``(resolver, granularity, absolute)`` triple — ``resolver(publication_date, tense)`` gives a
:class:`~claimcheck.periods.Period` — or a :class:`~claimcheck.dates.DurationSpan`.
Handlers return None to reject a match (a bare "May" that is a verb, a year that counts
troops). Relative dates are handled in :mod:`.relative_dates`; the shared tokens, tense cues
and resolution rules live in :mod:`.date_rules`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from . import periods as P
from .calendar_pieces import (
    _bare_quarter,
    _decade_word,
    _nth_day_of,
    _piece_of_year,
    _week_number,
    piece_patterns,
)
from .date_fallback import fallback_patterns
from .date_forms import SEPTEMBER_ELEVENTH, date_form_patterns
from .date_rules import (
    _AMBIGUOUS_MONTHS,
    _DATE_CUES,
    _DAY_WORD_RE,
    _HOLIDAY_RE,
    _NUM,
    _PLURAL_IRREGULAR,
    _TO,
    _UNITS,
    _WD,
    CARDINAL_DAY_RE,
    MONTH_CORE,
    SPELLED_YEAR,
    WEEKDAY_RE,
    Handler,
    _absolute,
    _day,
    _day_value,
    _mon,
    _month_of,
    _parted,
    _year,
    _year_for_day,
    spelled_year_ok,
    year_value,
)
from .date_stretches import stretch_patterns
from .floating_holidays import floating_holiday_patterns
from .relative_dates import (
    _WEEK_REL,
    _ago,
    _bare_month,
    _day_of_month,
    _duration,
    _end_of,
    _holiday,
    _relative_day,
    _relative_part,
    _relative_unit,
    _rolling,
    _weekday_expr,
)

__all__ = [
    "date_patterns",
]

class _Regrouped:
    """A match whose alternative groups ("mo"/"mo2") read under one name."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str) -> str:
        return str(self._m.group(name) or self._m.group(name + "2"))

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


def _month_number_year(m: Any, text: str) -> Any:
    mo, y = int(m.group("mo")), int(m.group("y"))
    return _absolute(m, lambda: P.month(y, mo), "month") if 1 <= mo <= 12 else None


_CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "twenty-first": 21, "twenty first": 21}


def _century(m: re.Match[str], text: str) -> Any:
    raw = m.group("n").lower()
    n = int(raw[:-2]) if raw[:1].isdigit() else _CENTURY_WORDS.get(" ".join(raw.split()), 0)
    if not 1 <= n <= 21:
        return None
    first = max(1, (n - 1) * 100)
    return _absolute(m, lambda: P.span(P.year(first), P.year(n * 100 - 1)), "year")


def _week_of_year(m: re.Match[str], text: str) -> Any:
    y = int(m.group("y"))
    which = m.group("n").lower()
    if which == "last":
        monday = dt.date(y, 12, 28) - dt.timedelta(days=dt.date(y, 12, 28).weekday())
    else:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}[which]
        monday = dt.date.fromisocalendar(y, n, 1)
    return _absolute(m, lambda: P.iso_week(monday), "week")


def _iso(m: re.Match[str], text: str) -> Any:
    y, mo, d = int(m.group("y")), int(m.group("mo")), m.group("d")
    if not 1 <= mo <= 12:
        return None
    if d is None:
        return _absolute(m, lambda: P.month(y, mo), "month")
    return _absolute(m, lambda: P.day(dt.date(y, mo, int(d))), "day")


def _numeric(m: re.Match[str], text: str) -> Any:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    # Day first when the first number cannot be a month, or with dots (European style).
    mo, d = (b, a) if a > 12 or m.group("sep") == "." else (a, b)
    return _absolute(m, lambda: P.day(dt.date(y, mo, d)), "day")


def _numeric_day(m: re.Match[str], text: str) -> Any:
    """ "on 11/20", "from 10/1 to 11/7": a month and day in figures, only after a date cue
    (a bare "3/4" is a fraction)."""
    a, b = int(m.group("a")), int(m.group("b"))
    if (a, b) == (9, 11) and not m.group("wd"):
        # "since 9/11" names the 2001 attacks, not this year's 11 September
        return m.start("a"), m.end(), ((lambda ref, tense: P.day(dt.date(2001, 9, 11))), "day",
                                       True)
    month, day = (b, a) if a > 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None

    def resolve(ref: dt.date, tense: str | None) -> P.Period | None:
        found = P.safe_date(_year_for_day(ref, month, day, tense), month, day)
        return P.day(found) if found else None

    start = m.start("wd") if m.group("wd") else m.start("a")
    return start, m.end(), (resolve, "day", False)


def _month_ok(m: re.Match[str], group: str, text: str, *, anchored: bool) -> bool:
    word = m.group(group).rstrip(".")
    if anchored and word.lower() in ("may", "march", "mar") and word.islower():
        # "2 may go": only a year or "of" makes a lowercase "may" a month
        return bool(m.groupdict().get("y")) or " of " in m.group()
    if word.lower() in ("may", "march", "mar") and not word[0].isupper() and not anchored:
        return False
    return anchored or not (word.islower() and word.lower() in _AMBIGUOUS_MONTHS)


def _two_digit_year(yy: str) -> int:
    # the POSIX pivot strptime uses for %y: 69-99 are 1900s, 00-68 are 2000s
    return (1900 if int(yy) >= 69 else 2000) + int(yy)


def _cardinal_day(m: re.Match[str], text: str) -> Any:
    """ "twenty five January nineteen eighty six": a spoken day beside a spoken year."""
    month = _month_of(m, "m" if m.group("m") else "m2")
    day = _day_value(m, "d" if m.group("d") else "d2")
    if not 1 <= day <= 31:
        return None
    y = year_value(m.group("y"))
    return _absolute(m, lambda: P.day(dt.date(y, month, day)), "day")


def _tight_month_day(m: re.Match[str], text: str) -> Any:
    """ "Oct/2", "Dec31, 1994", "mar3": a month and day run together are never a verb."""
    return _day_month(m, text, checked=True)


def _day_month(m: re.Match[str], text: str, *, checked: bool = False) -> Any:
    if not checked and not _month_ok(m, "m", text, anchored=True):
        return None
    month, day = _month_of(m, "m"), _day_value(m, "d")
    if not 1 <= day <= 31 or re.search(r"[$£€¥₹]\s*$", text[max(0, m.start() - 3):m.start()]):
        return None  # "$12 December 27": the 12 is money
    if re.search(r"\d[.,]$", text[max(0, m.start() - 2):m.start()]):
        return None  # "6,107.31 August 2019": the 31 is the tail of another number
    if m.groupdict().get("yy"):
        y = _two_digit_year(m.group("yy"))
        return _absolute(m, lambda: P.day(dt.date(y, month, day)), "day")
    if m.group("y"):
        if not spelled_year_ok(m, "y", text):
            return None
        y = year_value(m.group("y"))
        return _absolute(m, lambda: P.day(dt.date(y, month, day)), "day")

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return P.day(dt.date(_year_for_day(ref, month, day, tense), month, day))

    return m.start(), m.end(), (resolve, "day", False)


def _quarter_code(m: re.Match[str], text: str) -> Any:
    y = int(m.group("y") or m.group("y2"))
    if m.group("h") or m.group("h2"):
        h = int(m.group("h") or m.group("h2"))
        return _absolute(m, lambda: P.span(P.month(y, 6 * h - 5), P.month(y, 6 * h)), "month")
    q = int(m.group("q") or m.group("q2"))
    return _absolute(m, lambda: P.span(P.month(y, 3 * q - 2), P.month(y, 3 * q)), "month")


def _day_range(m: re.Match[str], text: str) -> Any:
    groups = m.groupdict()
    m1 = _month_of(m, "m1") if groups.get("m1") else _month_of(m, "m")
    m2 = _month_of(m, "m2") if groups.get("m2") else m1
    d1, d2 = _day_value(m, "d1"), _day_value(m, "d2")
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    if m1 == m2 and d2 <= d1:
        # "from April 27th to the 3rd", "from the 27th to the 3rd of April": a run into the
        # next month (or from the one before), said in words, never "May 17-16"
        joined = text[m.end("d1"):m.start("d2")]
        if not (re.search(r"\b(?:to|through|till|until|and)\b", joined, re.I)
                and re.search(r"[a-z]", m.group("d2"), re.I)):
            return None
        if m.start("m") < m.start("d1"):
            m2 = m1 % 12 + 1
        else:
            m1 = (m2 - 2) % 12 + 1
    if " and " in m.group() and not text[max(0, m.start() - 8):m.start()].lower().rstrip().endswith(
            "between") and not m.group().lower().startswith("between"):
        return None

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        # a written year belongs to the end ("Dec 28 - Jan 3, 2020"); a guessed one to the start
        if m.group("y"):
            y2 = int(m.group("y"))
            y1 = y2 - 1 if m2 < m1 else y2
        else:
            y1 = _year_for_day(ref, m1, d1, tense)
            y2 = y1 + 1 if m2 < m1 else y1
        return P.span(P.day(dt.date(y1, m1, d1)), P.day(dt.date(y2, m2, d2)))

    if m.group("y"):
        try:
            period = resolve(dt.date(1, 1, 1), None)
        except ValueError:
            return None
        return m.start(), m.end(), ((lambda ref, tense: period), "day", True)
    return m.start(), m.end(), (resolve, "day", False)


def _month_year(m: re.Match[str], text: str) -> Any:
    yy = m.groupdict().get("yy")
    month = _month_of(m, "m")
    y = _two_digit_year(yy) if yy else year_value(m.group("y"))
    if not _month_ok(m, "m", text, anchored=True) or not spelled_year_ok(m, "y", text):
        return None
    return _absolute(m, lambda: P.month(y, month), "month")


def _spelled_year(m: re.Match[str], text: str) -> Any:
    """ "in nineteen ninety-six": a year in words after a date preposition."""
    if not spelled_year_ok(m, "y", text):
        return None
    found = _absolute(m, lambda: P.year(year_value(m.group("y"))), "year")
    return found and (m.start("y"), *found[1:])


def _month_range(m: re.Match[str], text: str) -> Any:
    if (m.groupdict().get("to") or "").strip().lower() == "and" and not re.search(
            r"\bbetween\s+$", text[max(0, m.start() - 9):m.start()], re.I):
        return None  # "in January and March 2017" lists two months; "between" makes a run
    m1, m2 = _month_of(m, "m1"), _month_of(m, "m2")
    groups = m.groupdict()
    y2 = int(groups.get("y2") or groups["y"])
    y1 = int(groups["y1"]) if groups.get("y1") else (y2 - 1 if m2 < m1 else y2)
    return _absolute(m, lambda: P.span(P.month(y1, m1), P.month(y2, m2)), "month")


_COUNT_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s*cent|[a-z]{1,3}\b(?<!\bin)(?<!\bto)(?<!\bon)(?<!\bas)(?<!\bat)"
    r"(?<!\bby)(?<!\band)(?<!\bor)(?<!\bthe)(?<!\bfor)(?<!\bof)(?<!\bwas)(?<!\bhad)(?<!\bhas)"
    r"(?<!\bis)(?<!\bit)(?<!\bwe)(?<!\bhe)(?<!\ba)(?<!\ban)(?<!\bbut)(?<!\bso)(?<!\bup)"
    r"(?<!\bnow)(?<!\bnew)(?<!\bsaw)(?<!\bnot)(?<!\bwho)(?<!\bare)|thousand|million|billion|"
    r"[a-z]+s\b(?<!\bwas)(?<!\bhas)(?<!\bis)(?<!\bas)(?<!\bthis)(?<!\bits)(?<!\bus))", re.I
)


_COMPARED = re.compile(
    r"\b(?:above|below|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|"
    r"up\s+to|nearly|almost|exceeding|some|about|roughly|approximately)\s+$", re.IGNORECASE
)


def _year_only(m: re.Match[str], text: str) -> Any:
    y = int(m.group("y"))
    part = m.group("part")
    before = text[max(0, m.start() - 12):m.start()]
    if not part and _COMPARED.search(text, max(0, m.start() - 16), m.start()):
        return None  # "above 1000 and below 1500", "more than 2000": amounts, not years
    odd_left = re.search(r"[$£€¥₹#]\s*$|[\d,.]\s*$|\b[A-Z][a-z]*[-\s]$|[A-Za-z]-$", before)
    # money, the tail of another number, a code or a model name, unless a date cue precedes
    if odd_left and not part and not re.search(
            r"\b(?:in|of|since|by|from|to|and|until|during|the)\s+$", before, re.I):
        return None
    after = text[m.end():m.end() + 20]
    words = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 25):m.start()])
    cued = bool(part) or (bool(words) and words[-1].lower() in _DATE_CUES)
    if not cued:
        nxt = re.match(r"^\s+([a-z]+)", after)
        if _COUNT_AFTER.match(after) or (nxt and nxt.group(1) in _PLURAL_IRREGULAR):
            return None
    if re.match(r"^\s*(?:%|percent|per\s*cent)", after, re.I):
        return None
    if m.group("q"):
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}[m.group("q").lower()]
        return _absolute(m, lambda: P.span(P.month(y, 3 * q - 2), P.month(y, 3 * q)), "month")
    if m.group("half"):
        h = 0 if m.group("half").lower() == "first" else 6
        return _absolute(m, lambda: P.span(P.month(y, 1 + h), P.month(y, 6 + h)), "month")
    return _absolute(m, lambda: _parted(P.year(y), part), "year")


def _year_range(m: re.Match[str], text: str) -> Any:
    y1, y2s = int(m.group("y1")), m.group("y2")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1 or y2 - y1 > 100:
        return None
    joined = m.group("to").strip().lower()
    if joined == "and" and not (m.group("lead") or "").lower().startswith("between"):
        return None
    return _absolute(m, lambda: P.span(P.year(y1), P.year(y2)), "year")


def _decade(m: re.Match[str], text: str) -> Any:
    y = int(m.group("dec"))
    span_years = 100 if y % 100 == 0 and m.group("century") else 10
    return _absolute(m, lambda: _parted(P.span(P.year(y), P.year(y + span_years - 1)),
                                        m.group("part")), "year")

@lru_cache(maxsize=1)
def date_patterns() -> list[tuple[re.Pattern[str], Handler]]:
    """The patterns in priority order, compiled on first use (keeps ``import claimcheck`` fast)."""
    return [
        (re.compile(r"(?<![\d/])(?P<y>(?:1[5-9]|20)\d\d)-(?P<mo>[01]\d)(?:-(?P<d>[0-3]\d))?(?![\d])"),
         _iso),
        # the compact "20170302" of file names, URLs and datelines: eight figures only, not
        # part of a longer number or a price, and not a count of the word after it
        (re.compile(r"(?<![\d,.$€£])(?P<y>(?:19|20)\d\d)(?P<mo>[01]\d)(?P<d>[0-3]\d)"
                    r"(?![\d,]|\s*[a-z])"),
         _iso),
        (re.compile(r"(?<![\d/.-])(?P<y>(?:1[5-9]|20)\d\d)-(?P<mo>[1-9])(?![\d-])"
                    r"|(?<![\d/.-])(?P<mo2>0?[1-9]|1[0-2])[-/](?P<y2>(?:1[5-9]|20)\d\d)(?![\d/-])"),
         lambda m, t: _month_number_year(_Regrouped(m), t)),
        (re.compile(rf"\b(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(_CENTURY_WORDS)})"
                    r"\s+century\b", re.I), _century),
        (re.compile(rf"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week"
                    rf"\s+of\s+(?:the\s+year\s+)?{_year('y')}", re.I), _week_of_year),
        (re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                    r"(?![\d/])"), _numeric),
        # "10-1-2018", "02-02-2020": dashes only with a four-figure year ("3-2-10" is a score);
        # a date right after another ("10-1-2018-10-7-2018") is the end of a range
        (re.compile(r"(?:(?<=\d{4}-)|(?<!\d-))(?<![\d/.])(?P<a>\d{1,2})(?P<sep>-)(?P<b>\d{1,2})-"
                    r"(?P<y>(?:1[5-9]|20)\d\d)(?![\d/])"), _numeric),
        (re.compile(rf"\b(?:(?:on|from|to|until|till|by|since|before|after|through|and|or|this|next)\s+|"
                    rf"(?P<wd>{WEEKDAY_RE}),?\s+)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![\d/])"
                    r"(?!\s+(?:of|per|in\s+\d)\b)", re.I),
         _numeric_day),
        SEPTEMBER_ELEVENTH,
        # "11/20, 12 of Nov": a day in figures listed before a written date is a date too
        (re.compile(rf"(?<![\d/.])(?P<wd>)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![\d/])(?=\s*,\s*(?:"
                    rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_CORE}\b|{MONTH_CORE}\.?"
                    r"\s+\d))", re.I), _numeric_day),
        (re.compile(rf"\b{_WD}(?:the\s+)?{_day('d')}(?:\s+of)?\s+{_mon('m')}"
                    rf"(?:,?\s*(?:of\s+|in\s+)?{_year('y', spelled=True)})?", re.I), _day_month),
        (re.compile(rf"\b{_WD}{_mon('m')}\s+(?:the\s+)?{_day('d')}"
                    rf"(?:(?:\s*,\s*|\s+)(?:of\s+|in\s+)?{_year('y', spelled=True)})?", re.I),
         _day_month),
        (re.compile(rf"\b{_day('d')}[-/]{_mon('m')}[-/]{_year('y')}\b", re.I), _day_month),
        (re.compile(rf"\b{_mon('m')}[-/]{_day('d')}[-/]{_year('y')}\b", re.I), _day_month),
        (re.compile(rf"\b{_year('y')}[-/]{_mon('m')}[-/]{_day('d')}", re.I), _day_month),
        (re.compile(rf"\b(?:(?P<d>{CARDINAL_DAY_RE})\s+{_mon('m')}|{_mon('m2')}\s+(?P<d2>"
                    rf"{CARDINAL_DAY_RE}))\s+(?P<y>{SPELLED_YEAR})\b", re.I), _cardinal_day),
        (re.compile(rf"\b{_mon('m')}(?:/|(?<=[a-z])|(?<=[a-z]\.))(?P<d>[0-3]?\d)(?![\d/])"
                    rf"(?:\s*,\s*{_year('y')})?", re.I), _tight_month_day),
        # "15 April of 87", "April of '87": a two-digit year only after "of"
        (re.compile(rf"\b(?:{_day('d')}\s+)?{_mon('m')}\s+of\s+['’]?(?P<yy>\d\d)(?![\d,.]\d)"
                    r"(?![\d%])(?!\s+(?!(?:in|and|when|at|on|to|or)\b)[a-z])(?P<y>)", re.I),
         lambda m, t: _day_month(m, t) if m.group("d") else _month_year(m, t)),
        (re.compile(rf"\b{_mon('m')},\s+(?:the\s+)?(?P<d>[0-3]?\d(?:st|nd|rd|th)|(?:{_DAY_WORD_RE})\b)"
                    rf"(?:,?\s+{_year('y')})?", re.I), _day_month),
        (re.compile(rf"\b(?:on\s+|(?P<wd>{WEEKDAY_RE})\s+)the\s+"
                    rf"(?P<d>[0-3]?\d(?:st|nd|rd|th)|(?:{_DAY_WORD_RE})\b)"
                    rf"(?!\s+(?:of\s+)?(?:{MONTH_CORE}|century|anniversary|day|time|floor))"
                    r"(?!\s+[A-Z])",  # "on the 4th Circuit", "on the 2nd Floor": names
                    re.I), _day_of_month),
        (re.compile(r"(?<!\bthe\s)\b(?P<wd>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?:the\s+)?"
                    r"(?P<d>[0-3]?\d(?:st|nd|rd|th))\b"
                    rf"(?!\s+(?:of\s+)?(?:{MONTH_CORE}))", re.I), _day_of_month),
        (re.compile(rf"\b(?:the\s+)?(?P<d>[0-3]?\d(?:st|nd|rd|th)|(?:{_DAY_WORD_RE}))\s+day\s+of"
                    rf"\s+(?:{_mon('m')}|(?:the|this|(?P<rel>next|last|previous))\s+month\b)",
                    re.I), _nth_day_of),
        # "Thursday, week 23": a weekday named first makes the week one of the calendar
        (re.compile(rf"(?P<lead>\b(?:in|during|for)\s+the\s+|\b{WEEKDAY_RE},?\s+)?(?P<w>\bweek)\s+(?P<n>\d{{1,2}})\b(?:\s+of"
                    rf"\s+(?:{_year('y')}|(?:this|(?P<rel>next|last|previous))\s+year\b))?", re.I),
         _week_number),
        (re.compile(rf"\b{_mon('m')}\s+(?:the\s+)?{_day('d1')}{_TO}(?:the\s+)?{_day('d2')}"
                    rf"(?:,?\s+(?:in\s+|of\s+)?{_year('y')})?", re.I), _day_range),
        (re.compile(rf"\b(?:between\s+)?(?:the\s+)?{_day('d1')}{_TO}(?:the\s+)?{_day('d2')}"
                    rf"(?:\s+of)?\s+{_mon('m')}(?:,?\s+(?:in\s+|of\s+)?{_year('y')})?", re.I),
         _day_range),
        (re.compile(rf"\b{_mon('m1')}\s+{_day('d1')}\s*(?:-|–|—|to|through|until|till)\s*"
                    rf"{_mon('m2')}\s+{_day('d2')}(?:,?\s+(?:in\s+|of\s+)?{_year('y')})?", re.I),
         _day_range),
        (re.compile(rf"\b{_day('d1')}\s+{_mon('m1')}\s*(?:-|–|—|to|through|until|till)\s*"
                    rf"{_day('d2')}\s+{_mon('m2')}(?:,?\s+(?:in\s+|of\s+)?{_year('y')})?", re.I),
         _day_range),
        (re.compile(rf"\b{_mon('m')}\s*(?:,|-|/|of)?\s*{_year('y', spelled=True)}", re.I),
         _month_year),
        *date_form_patterns(),
        (re.compile(rf"\b(?:in|since|until|till|by|from|during)\s+(?P<y>{SPELLED_YEAR})\b", re.I),
         _spelled_year),
        # "January to March 2017", "between January and March of 2017": the year is the run's
        (re.compile(rf"\b{_mon('m1')}(?P<to>\s*(?:-|–|to|through|until|till|and)\s*){_mon('m2')}"
                    rf"(?:,|\s+of|\s+in)?\s+{_year('y')}", re.I), _month_range),
        (re.compile(rf"\b{_mon('m1')}\s+{_year('y1')}\s*(?:-|–|to|through|until|till)\s*{_mon('m2')}"
                    rf"\s+{_year('y2')}", re.I), _month_range),
        (re.compile(rf"\b(?:(?P<part>early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning"
                    rf"\s+of|the\s+middle\s+of)[\s-]+)?(?:(?P<rel>last|next|this\s+past|this\s+coming"
                    rf"|this|coming|past)\s+)?{_mon('m')}(?:\s+(?P<rel2>this|last|next)\s+year)?",
                    re.I), _bare_month),
        (re.compile(rf"\b(?:(?P<part>early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning"
                    rf"\s+of|the\s+middle\s+of|end\s+of)[\s-]+|(?:the\s+)?(?P<half>first|second)"
                    rf"\s+half\s+of\s+|(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+)?"
                    rf"(?:the\s+year\s+(?:of\s+)?)?(?<![\d,.])(?<!\d\s){_year('y')}(?![.,]\d)"),
         _year_only),
        (re.compile(rf"\b(?:Q(?P<q>[1-4])|H(?P<h>[12]))\s*[-/]?\s*(?:of\s+)?{_year('y')}"
                    rf"|\b{_year('y2')}\s*[-/]?\s*(?:Q(?P<q2>[1-4])|H(?P<h2>[12]))\b", re.I),
         _quarter_code),
        (re.compile(r"\b(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+"
                    r"(?:(?P<part>quarter)(?:\s+of\s+(?:the\s+|this\s+)?(?:(?P<rel>last|next)\s+)?year)?"
                    r"|(?P<half>half)\s+of\s+(?:the\s+|this\s+)?(?:(?P<hrel>last|next)\s+)?year)"
                    r"(?!\s+of\s+(?:the\s+year\s+)?\d)\b", re.I), _relative_part),
        (re.compile(r"(?<![\w-])Q(?P<q>[1-4])\b(?!\s*[-/]?\s*(?:of\s+)?(?:\d|FY))", re.I),
         _bare_quarter),
        (re.compile(rf"\b(?:the\s+)?(?:(?P<edge>first|last)\s+(?P<num>{_NUM})\s+(?P<unit>days|weeks"
                    rf"|months)|(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|{_DAY_WORD_RE})\s+month)\s+of\s+"
                    rf"(?:the\s+year\s+)?(?:{_year('y')}|(?:this|(?P<rel>next|last|previous))\s+year\b)",
                    re.I), _piece_of_year),
        # "the past three months", "the next couple of weeks", "the 5 upcoming years", "the
        # previous two quarters", "the past fortnight": a stretch ending or starting today
        (re.compile(rf"\b(?:the\s+)?(?:(?P<rel>next|last|past|previous|coming|following|upcoming)"
                    rf"\s+(?P<num>{_NUM}|couple(?:\s+of)?)|(?P<num2>{_NUM})\s+(?P<rel2>next|past"
                    rf"|previous|coming|following|upcoming))\s+(?P<unit>days|weeks|months|years"
                    rf"|quarters|fortnights|decades)\b(?P<more>(?:\s*,?\s*(?:and\s+)?{_NUM}\s+(?:years?"
                    rf"|months?|weeks?|days?)\b)+)?"
                    rf"|\b(?:the\s+)?(?P<rel3>next|last|past|previous|coming|following)\s+"
                    rf"(?P<unit3>fortnight)\b", re.I), _rolling),
        (re.compile(r"\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<unit>year|month|week)\b",
                    re.I), _end_of),
        (re.compile(rf"(?P<lead>\b(?:between|from)\s+)?(?<![\d,.])\b{_year('y1')}"
                    r"(?P<to>\s*(?:-|–|—|~|to|through|till|until|and)\s*)(?P<y2>\d{4}|\d{2})(?![\d])",
                    re.I), _year_range),
        (re.compile(r"\b(?:the\s+)?(?:(?P<part>early|late|mid)[\s-]+)?(?P<dec>1[5-9]\d0|20\d0)'?s\b"
                    r"(?P<century>)", re.I), _decade),
        (re.compile(r"\b(?:the\s+|in\s+)['’]?(?P<w>twenties|thirties|forties|fifties|sixties|seventies"
                    r"|eighties|nineties|[2-9]0(?=['’]?s\b))(?:['’]?s)?\b", re.I), _decade_word),
        (re.compile(rf"\b(?:(?P<rel>last|next|previous|following|coming|this)\s+)?(?P<h>{_HOLIDAY_RE})"
                    rf"\b(?:,?\s+(?:of\s+)?{_year('y')})?", re.I), _holiday),
        (re.compile(r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday"
                    r"|today|tomorrow|tmrw|tonight)\b", re.I), _relative_day),
        (re.compile(r"\b(?:(?P<part>early|late|mid|earlier|later|the\s+end\s+of|the\s+start\s+of"
                    r"|the\s+beginning\s+of|the\s+middle\s+of|end\s+of)[\s-]+(?:in\s+)?)?"
                    r"(?P<rel>last|this|next|previous|past|coming|following|current|the\s+same)\s+"
                    r"(?P<unit>year|month|week|quarter|decade)\b(?!\s*(?:'s|’s))", re.I),
         _relative_unit),
        (re.compile(r"\b(?P<part>earlier|later)\s+in\s+the\s+(?P<unit>year|month|week)\b(?P<rel>)"
                    r"(?!\s+(?:of|before|after)\b)", re.I), _relative_unit),
        (re.compile(r"\bthe\s+(?P<unit>week|month|year)\s+(?P<rel>after\s+next)\b(?P<part>)", re.I),
         _relative_unit),
        (re.compile(r"\b(?P<rel>this|next|last|previous|coming)\s+(?:working\s+|work\s?)(?P<unit>week)\b"
                    r"(?P<part>)", re.I), _relative_unit),
        (re.compile(rf"\b(?P<num>{_NUM})\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b", re.I),
         _ago),
        (re.compile(rf"\b(?:from\s+)?(?P<wd>{WEEKDAY_RE})\s*(?:-|–|to|through|until|till)\s*"
                    rf"(?P<wd2>{WEEKDAY_RE})\b(?P<rel>)(?P<wk>)", re.I), _weekday_expr),
        (re.compile(rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|previous"
                    rf"|following)\s+)?(?:(?P<wk>{_WEEK_REL})\s+week(?:\s+on)?[\s,-]+)?"
                    rf"(?P<wd>{WEEKDAY_RE})\b", re.I),
         _weekday_expr),
        (re.compile(rf"\b(?P<num>{_NUM})(?:[\s-]+|(?<=\d))(?P<unit>{_UNITS}|h(?=\s|$|[.,]))"
                    rf"(?![\w-])(?P<half>\s+and\s+(?:a\s+)?(?:half|quarter))?", re.I), _duration),
        # bond tenors and listings write years and weeks tight to the figure: "10Y", "2W"
        (re.compile(r"(?<![\w.])(?P<num>\d+)(?P<unit>[YW])(?![\w-])(?P<half>)"), _duration),
        # "all day", "all week": the whole of one unit
        (re.compile(r"\ball\s+(?P<num>)(?P<unit>day|week|month|year)\b(?P<half>)", re.I),
         _duration),
        *stretch_patterns(),
        *fallback_patterns(),
        *floating_holiday_patterns(),
        *piece_patterns(),
    ]
