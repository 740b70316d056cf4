"""Handlers for absolute dates in news text: ISO and numeric dates, days and months with their
year, ranges of days, months and years, centuries, decades and quarters.

Each handler returns ``(start, end, (resolver, granularity, absolute))`` or None to reject the
match (a bare "May" that is a verb, a year that counts troops); :mod:`.news_dates` holds the
patterns they answer, in priority order.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import periods as P
from .date_rules import (
    DATE_CUES,
    absolute_period,
    day_value,
    month_of,
    parted,
    spelled_year_ok,
    year_for_day,
    year_value,
)

# handlers of the news_dates table
__all__ = [
    "CENTURY_WORDS",
    "cardinal_day",
    "day_month",
    "day_range",
    "decade_in_figures",
    "iso_date",
    "month_number_year",
    "month_range",
    "month_year",
    "nth_century",
    "numeric_date",
    "numeric_day",
    "quarter_code",
    "tight_month_day",
    "week_of_year",
    "year_in_words",
    "year_only",
    "year_range",
]


def month_number_year(m: Any, text: str) -> Any:
    """ "2017-3", "03/2017": a month and year in figures. What a date_rules.Handler returns, or
    None."""
    mo, y = int(m.group("mo")), int(m.group("y"))
    return absolute_period(m, lambda: P.month(y, mo), "month") if 1 <= mo <= 12 else None


#: the ordinal words a century is named with ("the nineteenth century") and their number
CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                 "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                 "twentieth": 20, "twenty-first": 21, "twenty first": 21}


def nth_century(m: re.Match[str], text: str) -> Any:
    """ "the 19th century", "the twenty-first century": its hundred years. What a date_rules.Handler
    returns, or None."""
    raw = m.group("n").lower()
    n = int(raw[:-2]) if raw[:1].isdigit() else CENTURY_WORDS.get(" ".join(raw.split()), 0)
    if not 1 <= n <= 21:
        return None
    first = max(1, (n - 1) * 100)
    return absolute_period(m, lambda: P.span(P.year(first), P.year(n * 100 - 1)), "year")


def week_of_year(m: re.Match[str], text: str) -> Any:
    """ "the first week of 2016", "the last week of 2019": that ISO week. What a date_rules.Handler
    returns, or None."""
    y = int(m.group("y"))
    which = m.group("n").lower()
    if which == "last":
        monday = dt.date(y, 12, 28) - dt.timedelta(days=dt.date(y, 12, 28).weekday())
    else:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}[which]
        monday = dt.date.fromisocalendar(y, n, 1)
    return absolute_period(m, lambda: P.iso_week(monday), "week")


def iso_date(m: re.Match[str], text: str) -> Any:
    """ "2017-03-02", "2017-03", "20170302": a day or a month written ISO style. What a
    date_rules.Handler returns, or None."""
    y, mo, d = int(m.group("y")), int(m.group("mo")), m.group("d")
    if not 1 <= mo <= 12:
        return None
    if d is None:
        return absolute_period(m, lambda: P.month(y, mo), "month")
    return absolute_period(m, lambda: P.day(dt.date(y, mo, int(d))), "day")


def numeric_date(m: re.Match[str], text: str) -> Any:
    """ "12/7/41", "14.03.2019", "10-1-2018": a day, month and year in figures. What a
    date_rules.Handler returns, or None."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    # Day first when the first number cannot be a month, or with dots (European style).
    mo, d = (b, a) if a > 12 or m.group("sep") == "." else (a, b)
    if y < 100:
        if not (P.safe_date(1900 + y, mo, d) or P.safe_date(2000 + y, mo, d)):
            return None
        return m.start(), m.end(), (lambda ref, tense: P.day(dt.date(
            century_year(y, ref), mo, d)), "day", True)
    if 1 <= mo <= 12 and 1 <= d <= 31 and P.safe_date(y, mo, d) is None:
        # "2/29/2019": a date written wrong is still a date, with no value; its year alone
        # would be a value nobody wrote
        return m.start(), m.end(), ((lambda ref, tense: None), "day", True)
    return absolute_period(m, lambda: P.day(dt.date(y, mo, d)), "day")


def century_year(yy: int, ref: dt.date) -> int:
    """The year a two-digit year ("12/7/41", "03/18/40") names: the latest year ending in
    those digits at most ten years after the publication date ``ref``.

    News writes a far-off future year in full ("by 2040"); two figures are datelines, deadlines
    and, far more often than years decades ahead, past dates: birth dates in police reports,
    "12/7/41". Undated text is read with the reference :data:`.dates` gives it, which keeps
    the fixed 1950-2049 window.
    """
    latest = ref.year + 10
    year = latest - (latest - yy) % 100
    return year


def numeric_day(m: re.Match[str], text: str) -> Any:
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
        found = P.safe_date(year_for_day(ref, month, day, tense), month, day)
        return P.day(found) if found else None

    start = m.start("wd") if m.group("wd") else m.start("a")
    return start, m.end(), (resolve, "day", False)


# month names and abbreviations that are also words ("may", "march", "jan"): written
# lowercase with no day beside them they are read as words
def _month_ok(m: re.Match[str], group: str) -> bool:
    """Whether the month word of a day-and-month match is a month: a lowercase "may",
    "march" or "mar" is one only beside a year or after "of" ("2 may go" is a verb)."""
    word = m.group(group).rstrip(".")
    if word.lower() in ("may", "march", "mar") and word.islower():
        return bool(m.groupdict().get("y")) or " of " in m.group()
    return True


def _two_digit_year(yy: str) -> int:
    # the POSIX pivot strptime uses for %y: 69-99 are 1900s, 00-68 are 2000s
    return (1900 if int(yy) >= 69 else 2000) + int(yy)


def cardinal_day(m: re.Match[str], text: str) -> Any:
    """ "twenty five January nineteen eighty six": a spoken day beside a spoken year."""
    month = month_of(m, "m" if m.group("m") else "m2")
    day = day_value(m, "d" if m.group("d") else "d2")
    if not 1 <= day <= 31:
        return None
    y = year_value(m.group("y"))
    return absolute_period(m, lambda: P.day(dt.date(y, month, day)), "day")


def tight_month_day(m: re.Match[str], text: str) -> Any:
    """ "Oct/2", "Dec31, 1994", "mar3": a month and day run together are never a verb."""
    return day_month(m, text, checked=True)


def day_month(m: re.Match[str], text: str, *, checked: bool = False) -> Any:
    """ "May 14", "14 May 2024", "Tuesday, the 14th of May": a month and day, in the year written or
    else the one the reference date and tense give. What a date_rules.Handler returns, or None."""
    if not checked and not _month_ok(m, "m"):
        return None
    month, day = month_of(m, "m"), day_value(m, "d")
    if not 1 <= day <= 31 or re.search(r"[$£€¥₹]\s*$", text[max(0, m.start() - 3):m.start()]):
        return None  # "$12 December 27": the 12 is money
    if re.search(r"\d[.,]$", text[max(0, m.start() - 2):m.start()]):
        return None  # "6,107.31 August 2019": the 31 is the tail of another number
    if m.groupdict().get("yy"):
        y = _two_digit_year(m.group("yy"))
        return absolute_period(m, lambda: P.day(dt.date(y, month, day)), "day")
    if m.group("y"):
        if not spelled_year_ok(m, "y", text):
            return None
        y = year_value(m.group("y"))
        return absolute_period(m, lambda: P.day(dt.date(y, month, day)), "day")

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return P.day(dt.date(year_for_day(ref, month, day, tense), month, day))

    return m.start(), m.end(), (resolve, "day", False)


def quarter_code(m: re.Match[str], text: str) -> Any:
    """ "Q3 2017", "H1 2020", "2019Q4": a quarter or half of a written year. What a
    date_rules.Handler returns, or None."""
    y = int(m.group("y") or m.group("y2"))
    if m.group("h") or m.group("h2"):
        h = int(m.group("h") or m.group("h2"))
        return absolute_period(m, lambda: P.span(P.month(y, 6 * h - 5), P.month(y, 6 * h)), "month")
    q = int(m.group("q") or m.group("q2"))
    return absolute_period(m, lambda: P.span(P.month(y, 3 * q - 2), P.month(y, 3 * q)), "month")


def day_range(m: re.Match[str], text: str) -> Any:
    """ "May 14-16", "the 14th to the 16th of May", "Dec 28 - Jan 3, 2020": a run of days. What a
    date_rules.Handler returns, or None."""
    groups = m.groupdict()
    m1 = month_of(m, "m1") if groups.get("m1") else month_of(m, "m")
    m2 = month_of(m, "m2") if groups.get("m2") else m1
    d1, d2 = day_value(m, "d1"), day_value(m, "d2")
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
            y1 = year_for_day(ref, m1, d1, tense)
            y2 = y1 + 1 if m2 < m1 else y1
        return P.span(P.day(dt.date(y1, m1, d1)), P.day(dt.date(y2, m2, d2)))

    if m.group("y"):
        try:
            period = resolve(dt.date(1, 1, 1), None)
        except ValueError:
            return None
        return m.start(), m.end(), ((lambda ref, tense: period), "day", True)
    return m.start(), m.end(), (resolve, "day", False)


def month_year(m: re.Match[str], text: str) -> Any:
    """ "May 2024", "April of '87": a month of a written year. What a date_rules.Handler returns, or
    None."""
    yy = m.groupdict().get("yy")
    month = month_of(m, "m")
    y = _two_digit_year(yy) if yy else year_value(m.group("y"))
    if not _month_ok(m, "m") or not spelled_year_ok(m, "y", text):
        return None
    return absolute_period(m, lambda: P.month(y, month), "month")


def year_in_words(m: re.Match[str], text: str) -> Any:
    """ "in nineteen ninety-six": a year in words after a date preposition."""
    if not spelled_year_ok(m, "y", text):
        return None
    found = absolute_period(m, lambda: P.year(year_value(m.group("y"))), "year")
    return found and (m.start("y"), *found[1:])


_OWN_YEAR_BEFORE = re.compile(r"\b(?:this|last|next|past|coming)\s+$", re.I)


def month_range(m: re.Match[str], text: str) -> Any:
    """ "January to March 2017", "May 2019 - June 2020": a run of months. What a date_rules.Handler
    returns, or None."""
    if (m.groupdict().get("to") or "").strip().lower() == "and" and not re.search(
            r"\bbetween\s+$", text[max(0, m.start() - 9):m.start()], re.I):
        return None  # "in January and March 2017" lists two months; "between" makes a run
    if not m.groupdict().get("y1") and _OWN_YEAR_BEFORE.search(text, max(0, m.start() - 12),
                                                               m.start()):
        return None  # "from this May to Oct 2020": the start has a year of its own
    m1, m2 = month_of(m, "m1"), month_of(m, "m2")
    groups = m.groupdict()
    y2 = int(groups.get("y2") or groups["y"])
    y1 = int(groups["y1"]) if groups.get("y1") else (y2 - 1 if m2 < m1 else y2)
    return absolute_period(m, lambda: P.span(P.month(y1, m1), P.month(y2, m2)), "month")


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


# the end of a sentence (not of "No.", "pp.", "vs."): what follows starts afresh
_SENTENCE_BEFORE = re.compile(
    r"(?:\b(?!(?:no|nos|pp|vs|op|ed|st|vol|fig|art|sec|ch|para|approx)\.)[A-Za-z]{2,}[.!?]"
    r"|[!?])['\"”’)]*\s+$", re.I)
# "1500 of them", "2000 or so": a count opening a sentence
_NOT_SENTENCE_YEAR = re.compile(r"\s*(?:[-–]|(?:of|to|or|and|more|fewer|less|plus)\b)", re.I)
# plurals without an -s: "2000 people" counts people, it is no year
_PLURAL_IRREGULAR = {"people", "men", "women", "children", "police", "personnel", "staff",
                     "cattle", "sheep", "fish", "deer", "aircraft", "troops"}


def year_only(m: re.Match[str], text: str) -> Any:
    """ "2016", "early 2016", "the first quarter of 2016": a year in figures or a part of it, unless
    the number counts or measures something. What a date_rules.Handler returns, or None."""
    y = int(m.group("y"))
    part = m.group("part")
    before = text[max(0, m.start() - 12):m.start()]
    if not part and _COMPARED.search(text, max(0, m.start() - 16), m.start()):
        return None  # "above 1000 and below 1500", "more than 2000": amounts, not years
    odd_left = re.search(r"[$£€¥₹#]\s*$|[\d,.]\s*$|\b[A-Z][a-z]*[-\s]$|[A-Za-z]-$", before)
    if odd_left and not part and 1900 <= y <= 2099 and _SENTENCE_BEFORE.search(before) and (
            not _NOT_SENTENCE_YEAR.match(text, m.end())):
        odd_left = None  # "It was hot. 2016 was the hottest year": a year opening a sentence
    # money, the tail of another number, a code or a model name, unless a date cue precedes
    if odd_left and not part and not re.search(
            r"\b(?:in|of|since|by|from|to|and|until|during|the)\s+$", before, re.I):
        return None
    after = text[m.end():m.end() + 20]
    words = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 25):m.start()])
    cued = bool(part) or (bool(words) and words[-1].lower() in DATE_CUES)
    if not cued:
        nxt = re.match(r"^\s+([a-z]+)", after)
        if _COUNT_AFTER.match(after) or (nxt and nxt.group(1) in _PLURAL_IRREGULAR):
            return None
    if re.match(r"^\s*(?:%|percent|per\s*cent)", after, re.I):
        return None
    if m.group("q"):
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}[m.group("q").lower()]
        return absolute_period(m, lambda: P.span(P.month(y, 3 * q - 2), P.month(y, 3 * q)), "month")
    if m.group("half"):
        h = 0 if m.group("half").lower() == "first" else 6
        return absolute_period(m, lambda: P.span(P.month(y, 1 + h), P.month(y, 6 + h)), "month")
    return absolute_period(m, lambda: parted(P.year(y), part), "year")


def year_range(m: re.Match[str], text: str) -> Any:
    """ "2010-2015", "between 1998 and 2001", "2014-15": a run of years. What a date_rules.Handler
    returns, or None."""
    y1, y2s = int(m.group("y1")), m.group("y2")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1 or y2 - y1 > 100:
        return None
    joined = m.group("to").strip().lower()
    if joined == "and" and not (m.group("lead") or "").lower().startswith("between"):
        return None
    return absolute_period(m, lambda: P.span(P.year(y1), P.year(y2)), "year")


def decade_in_figures(m: re.Match[str], text: str) -> Any:
    """ "the 1990s", "the early 2000s": a decade, or the part of it named. What a date_rules.Handler
    returns, or None."""
    y = int(m.group("dec"))
    span_years = 100 if y % 100 == 0 and m.group("century") else 10
    return absolute_period(m, lambda: parted(P.span(P.year(y), P.year(y + span_years - 1)),
                                        m.group("part")), "year")
