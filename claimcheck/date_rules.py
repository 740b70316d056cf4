"""Shared pieces of the news date patterns: tokens and the rules that resolve them.

Used by :mod:`.news_dates` (absolute dates) and :mod:`.relative_dates` (dates relative to the
publication date); the tense cues themselves are read in :mod:`.date_tense`. The rules follow
news style: weekdays lie within a week of the dateline ("this week", "next", "last" move the
week); a month or day without a year falls in the publication year unless the tense points to
the previous or next one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from . import periods as P
from .date_tense import guess_tense
from .numbers import CARDINAL, ORDINAL_WORDS, find_numbers
from .regex_trie import trie_pattern

__all__ = [
    "CARDINAL_DAYS",
    "CARDINAL_DAY_RE",
    "DATE_CUES",
    "DAY_WORD_RE",
    "DURATION_UNIT",
    "HOLIDAYS",
    "HOLIDAYS_WITH_YEAR",
    "MONTH_CORE",
    "NUMBER_ALT",
    "SPELLED_YEAR",
    "UNIT_ALIASES",
    "UNIT_CODE",
    "UNIT_FACTOR",
    "UNIT_WORD_RE",
    "WEEKDAY_RE",
    "absolute_period",
    "amount_of",
    "day_group",
    "day_value",
    "easter",
    "guess_tense",
    "month_group",
    "month_of",
    "parted",
    "spelled_year_ok",
    "weekday_near",
    "year_for_day",
    "year_for_month",
    "year_group",
    "year_value",
]

MONTH_CORE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY_RE = "(?:" + trie_pattern(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) + ")"
DURATION_UNIT = {"Y": 365.2425, "M": 30.436875, "W": 7.0, "D": 1.0, "H": 1 / 24,
                 "MIN": 1 / 1440, "S": 1 / 86400}
UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y",
              "century": "Y", "centurie": "Y", "hour": "H", "minute": "MIN", "second": "S",
              "fortnight": "W"}
UNIT_FACTOR = {"decade": 10, "century": 100, "centurie": 100, "fortnight": 2}
DATE_CUES = {"in", "since", "until", "till", "by", "from", "to", "during", "before", "after",
              "of", "through", "between", "and", "or", "late", "early", "mid", "around",
              "throughout", "on", "last", "next", "this", "for", "as", "the", "every",
              "each", "that", "over", "within", "circa", "fiscal", "year", "end", "summer",
              "winter", "spring", "autumn", "fall"}


_FULL_MONTHS = trie_pattern(("january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"))


def month_group(name: str) -> str:
    """A regex group ``name`` matching a month name, full ("October") or abbreviated
    ("Oct.", "Sept")."""
    # An abbreviation may carry a full stop ("Oct."); a full name never takes the sentence's.
    return (rf"(?P<{name}>(?:{_FULL_MONTHS})(?![a-z])|"
            rf"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?)")


_DAY_WORDS = {w: v for w, v in ORDINAL_WORDS.items() if v <= 31}
_DAY_WORDS.update({f"{t}{sep}{u}": tv + uv for t, tv in (("twenty", 20), ("thirty", 30))
                   for u, uv in ORDINAL_WORDS.items() if uv < 10 and tv + uv <= 31
                   for sep in ("-", " ")})
#: a day of month in ordinal words: "first", "eighteenth", "twenty-first", "thirty first"
DAY_WORD_RE = trie_pattern(_DAY_WORDS)


# Days said as cardinals ("January twenty five nineteen eighty six"): read only next to a
# year said in words, where "May twenty people" cannot be meant.
_CARD_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CARDINAL_DAYS = {w: i + 1 for i, w in enumerate(
    [*_CARD_UNITS, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
     "seventeen", "eighteen", "nineteen", "twenty"])}
CARDINAL_DAYS.update({f"twenty {u}": 21 + i for i, u in enumerate(_CARD_UNITS)})
CARDINAL_DAYS.update({"thirty": 30, "thirty one": 31})
CARDINAL_DAY_RE = trie_pattern(CARDINAL_DAYS, space=r"[\s-]+")


def day_group(name: str) -> str:
    """A regex group ``name`` matching a day of month: "18", "18th", "eighteenth"."""
    return rf"(?P<{name}>[0-3]?\d(?:st|nd|rd|th)?(?![\d:])|(?:{DAY_WORD_RE})\b)"


def day_value(m: re.Match[str], group: str) -> int:
    """The day of month a group holds: "18", "18th", "eighteenth", "twenty-first", and (only
    where a pattern allows them) cardinals "twenty five"."""
    raw = m.group(group).lower()
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group())
    key = " ".join(raw.replace("-", " ").split())
    return _DAY_WORDS.get(" ".join(raw.split())) or CARDINAL_DAYS.get(key, 0)


def year_group(name: str, *, spelled: bool = False) -> str:
    """A regex group ``name`` matching a year in figures (1500-2199), and with ``spelled``
    also one in words ("nineteen ninety-six")."""
    if spelled:
        return rf"(?P<{name}>(?:1[5-9]\d\d|20\d\d)(?![\d])|(?:{SPELLED_YEAR})\b)"
    # the 22nd century too: climate and pension projections run "to 2100", "by 2150"
    return rf"(?P<{name}>1[5-9]\d\d|2[01]\d\d)(?![\d])"


# Years said as words, as broadcasters and speeches write them: "nineteen ninety-six",
# "seventeen hundred thirty three", "nineteen oh five", "two thousand and fifteen". text2num
# reads "nineteen ninety six" as 19 + 96, so the pairs are read here.
_UNIT9 = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TWO_DIGITS = rf"(?:(?:{_TENS_W})(?:[\s-]+(?:{_UNIT9}))?|{_TEENS})"
SPELLED_YEAR = (
    rf"(?:(?:{_TEENS.split('|', 1)[1]}|twenty)[\s-]+(?:hundred(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}"
    rf"|{_UNIT9}))?|(?:oh|o)[\s-]+(?:{_UNIT9})|{_TWO_DIGITS})"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}|{_UNIT9}))?)"
)
_SMALL = {w: i for i, w in enumerate(["zero", *_UNIT9.split("|"), *_TEENS.split("|")])}
_SMALL.update({w: 20 + 10 * i for i, w in enumerate(_TENS_W.split("|"))})


def year_value(raw: str) -> int:
    """The year a year group holds: "1996", "nineteen ninety-six", "two thousand and five"."""
    if raw.isdigit():
        return int(raw)
    words = [w for w in re.split(r"[\s-]+", raw.lower()) if w not in ("and", "oh", "o")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SMALL[w] for w in words[2:])
    rest = words[2:] if len(words) > 1 and words[1] == "hundred" else words[1:]
    return _SMALL[words[0]] * 100 + sum(_SMALL[w] for w in rest)


def spelled_year_ok(m: re.Match[str], group: str, text: str) -> bool:
    """False for a bare "two thousand"/"nineteen hundred" that counts the noun after it."""
    raw = m.group(group)
    if raw is None or raw.isdigit() or not re.search(r"(?:thousand|hundred)$", raw, re.I):
        return True
    return not re.match(r"\s+(?!and\b)[a-z]", text[m.end(group):])


def month_of(m: re.Match[str], group: str) -> int:
    """The month number (1-12) the month name in group ``group`` of ``m`` names."""
    return P.MONTHS[m.group(group).lower().rstrip(".")]


def _event_year(ref: dt.date, month: int, day: int, tense: str) -> int:
    """The year of a scheduled event's month and day: the next one, or the last one if the
    sentence is in the past and it fell within the half year before the reference date (an
    older one would carry its year)."""
    this = P.safe_date(ref.year, month, min(day, 28)) or ref
    if this >= ref:
        last, upcoming = ref.year - 1, ref.year
    else:
        last, upcoming = ref.year, ref.year + 1
    before = P.safe_date(last, month, min(day, 28)) or ref
    if tense == "event-past" and (ref - before).days <= 183:
        return last
    return upcoming


def year_for_month(ref: dt.date, month: int, tense: str | None) -> int:
    """The year a month named without one falls in, seen from ``ref`` with ``tense``
    (the past tense takes the latest such month not after ``ref``)."""
    if tense in ("event", "event-past"):
        return _event_year(ref, month, 28, tense) if month != ref.month else ref.year
    if tense == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year


def year_for_day(ref: dt.date, month: int, day: int, tense: str | None) -> int:
    """The year a month and day named without one fall in, seen from ``ref`` with ``tense``
    (a leap day goes to the nearest leap year the tense allows)."""
    this = P.safe_date(ref.year, month, min(day, 28)) or ref
    this = P.safe_date(ref.year, month, day) or this
    if tense in ("event", "event-past"):
        y = _event_year(ref, month, day, tense)
    elif tense == "past":
        y = ref.year if this <= ref else ref.year - 1
    elif tense == "future":
        y = ref.year if this >= ref else ref.year + 1
    else:
        y = ref.year
    if (month, day) == (2, 29) and not calendar.isleap(y):
        # a leap day without a year: the nearest one the tense allows
        before = next(k for k in range(y, y - 9, -1) if calendar.isleap(k))
        after = next(k for k in range(y, y + 9) if calendar.isleap(k))
        if tense == "past":
            y = before
        elif tense == "future":
            y = after
        else:
            y = min((after, before), key=lambda k: abs((dt.date(k, 2, 29) - ref).days))
    return y


_REL_SYNONYMS = {"previous": "last", "the previous": "last", "following": "next",
                 "the following": "next", "previous week": "last week",
                 "the previous week": "last week", "following week": "next week",
                 "the following week": "next week", "this past": "past"}


def weekday_near(ref: dt.date, wd: int, rel: str | None, tense: str | None) -> dt.date:
    """The date of weekday ``wd`` (Monday 0) that ``rel`` ("last", "next", "this week")
    and ``tense`` point at from the reference date ``ref``."""
    rel = _REL_SYNONYMS.get(rel, rel) if rel else None
    monday = ref - dt.timedelta(days=ref.weekday())
    if rel in ("this week", "this"):
        return monday + dt.timedelta(days=wd)
    if rel in ("next week", "next"):
        return monday + dt.timedelta(days=7 + wd)
    if rel in ("last week", "last"):
        return monday + dt.timedelta(days=wd - 7)
    ahead = (wd - ref.weekday()) % 7
    if rel in ("this coming", "coming"):
        return ref + dt.timedelta(days=ahead or 7)
    if rel == "past":
        return ref - dt.timedelta(days=(7 - ahead) if ahead else 7)
    if wd == ref.weekday():
        return ref
    if rel is None and tense == "future":
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=7 - ahead)


def parted(period: P.Period, part: str | None) -> P.Period:
    """``period`` narrowed to the part of it named ("early", "mid", "late", "the end of"),
    or ``period`` itself for no part or one not known."""
    if not part:
        return period
    part = " ".join(part.lower().replace("-", " ").split())
    if part in ("early", "the start of", "the beginning of", "earlier"):
        return period.narrowed("early")
    if part in ("late", "the end of", "later", "end of"):
        return period.narrowed("late")
    if part in ("mid", "the middle of"):
        return period.narrowed("mid")
    return period


Handler = Callable[[re.Match[str], str], Any]


def absolute_period(m: re.Match[str], make: Callable[[], P.Period | None], gran: str) -> Any:
    """``make()``'s period as a handler result for the span of ``m`` at granularity
    ``gran``, or None when the date does not exist (``make`` raised ValueError)."""
    try:
        period = make()
    except ValueError:
        return None
    if period is None:
        return None
    return m.start(), m.end(), ((lambda ref, tense: period), gran, True)


def easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own letters
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(y, month, (h + l - 7 * m + 33 * month + 19) % 32)


# Holidays news dates things by: (month, day), or an offset from Easter Sunday.
HOLIDAYS: dict[str, tuple[int, int] | int] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
    "new year day": (1, 1), "new year": (1, 1), "valentine's day": (2, 14),
    "halloween": (10, 31), "independence day": (7, 4), "may day": (5, 1),
    "international workers' day": (5, 1), "international women's day": (3, 8),
    "juneteenth": (6, 19), "earth day": (4, 22), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "bastille day": (7, 14),
    "armistice day": (11, 11), "veterans day": (11, 11), "remembrance day": (11, 11),
    "all saints' day": (11, 1), "guy fawkes night": (11, 5), "christmas morning": (12, 25),
    "good friday": -2, "easter sunday": 0, "easter monday": 1, "easter": 0,
    "saint patrick": (3, 17), "st. patrick": (3, 17), "st patrick": (3, 17),
}  # fmt: skip
# Names that are a holiday only with a year after them: "Saint Patrick 2020" is the feast,
# a bare "Saint Patrick" the saint (or a cathedral, a school)
HOLIDAYS_WITH_YEAR = frozenset({"saint patrick", "st. patrick", "st patrick"})


_VULGAR_PARTS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def amount_of(words: str) -> float | None:
    """The number a counted length is written with ("a", "three", "2.5", "a dozen"), or
    None when the words are no number."""
    w = " ".join(words.lower().split())
    if w in ("a", "an", "one"):
        return 1.0
    if w in ("half a", "half an"):
        return 0.5
    if w in ("a couple of", "a couple"):
        return 2.0
    if w[-1:] in _VULGAR_PARTS:  # "½ hour", "1½ years"
        whole = w[:-1]
        return (float(whole) if whole.isdigit() else 0.0) + _VULGAR_PARTS[w[-1]]
    # "one and half hour": the "a" is often dropped in speech and transcripts
    words = re.sub(r"\band half$", "and a half", words.strip(), flags=re.I)
    nums = find_numbers(words)
    if len(nums) != 1 or nums[0].end - nums[0].start < len(words.strip()) - 1:
        return None
    return nums[0].value


NUMBER_ALT = (
    rf"(?:\d+(?:\.\d+)?|(?:(?:{CARDINAL})(?:(?:\s*-\s*|\s+)(?:and\s+)?(?:{CARDINAL})){{0,8}})"
    rf"(?:\s+and\s+(?:a\s+)?half|\s+and\s+a\s+quarter)?|half\s+an?|an?|a\s+couple(?:\s+of)?"
    r"|\d*[½¼¾])"
)
#: a unit of time as news writes it after a number: "years", "yrs", "fortnight", "mins"
UNIT_WORD_RE = (r"(?:years?|yrs?|months?|weeks?|fortnights?|days?|nights?|decades?"
                r"|centur(?:y|ies)|hours?|hrs?"
                r"|minutes?|mins?|seconds?|secs?)")
UNIT_ALIASES = {"yr": "year", "yrs": "year", "night": "day", "hr": "hour", "hrs": "hour",
                 "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
                 "h": "hour"}
