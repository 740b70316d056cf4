"""The date patterns news uses, each with the rule that resolves it (used by :mod:`.dates`).

Every pattern's handler returns ``(start, end, what)`` where ``what`` is a
``(resolver, granularity, absolute)`` triple — ``resolver(publication_date, tense)`` gives a
:class:`~claimcheck.periods.Period` — or a :class:`~claimcheck.dates.DurationSpan`.
Handlers return None to reject a match (a bare "May" that is a verb, a year that counts
troops). Resolution rules follow news style: weekdays lie within a week of the dateline
("this week", "next", "last" move the week), a month or day without a year falls in the
publication year unless the tense points to the previous or next one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from . import periods as P
from .numbers import _CARDINAL, ORDINAL_WORDS, find_numbers

MONTH_CORE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DURATION_UNIT = {"Y": 365.2425, "M": 30.436875, "W": 7.0, "D": 1.0, "H": 1 / 24,
                 "MIN": 1 / 1440, "S": 1 / 86400}
_UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y",
              "century": "Y", "centurie": "Y", "hour": "H", "minute": "MIN", "second": "S"}
_UNIT_FACTOR = {"decade": 10, "century": 100, "centurie": 100}
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sep", "dec", "aug", "jun", "jul", "oct",
                     "nov", "feb", "apr"}
_DATE_CUES = {"in", "since", "until", "till", "by", "from", "to", "during", "before", "after",
              "of", "through", "between", "and", "or", "late", "early", "mid", "around",
              "throughout", "on", "last", "next", "this", "for", "as", "the", "every",
              "each", "that", "over", "within", "circa", "fiscal", "year", "end", "summer",
              "winter", "spring", "autumn", "fall"}
_PLURAL_IRREGULAR = {"people", "men", "women", "children", "police", "personnel", "staff",
                     "cattle", "sheep", "fish", "deer", "aircraft", "troops"}


_FULL_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november"
                "|december")


def _mon(name: str) -> str:
    # An abbreviation may carry a full stop ("Oct."); a full name never takes the sentence's.
    return (rf"(?P<{name}>(?:{_FULL_MONTHS})(?![a-z])|"
            rf"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?)")


_DAY_WORDS = {w: v for w, v in ORDINAL_WORDS.items() if v <= 31}
_DAY_WORDS.update({f"{t}{sep}{u}": tv + uv for t, tv in (("twenty", 20), ("thirty", 30))
                   for u, uv in ORDINAL_WORDS.items() if uv < 10 and tv + uv <= 31
                   for sep in ("-", " ")})
_DAY_WORD_RE = "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True))


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d(?:st|nd|rd|th)?(?![\d:])|(?:{_DAY_WORD_RE})\b)"


def _day_value(m: re.Match[str], group: str) -> int:
    """The day of month a group holds: "18", "18th", "eighteenth", "twenty-first"."""
    raw = m.group(group).lower()
    digits = re.match(r"\d+", raw)
    return int(digits.group()) if digits else _DAY_WORDS[" ".join(raw.split())]


def _year(name: str) -> str:
    return rf"(?P<{name}>1[5-9]\d\d|20\d\d)(?![\d])"


_WD = rf"(?:{WEEKDAY_RE},?\s+(?:the\s+)?)?"
_TO = r"\s*(?:-|–|—|to|through|until|till|and)\s*"


def _month_of(m: re.Match[str], group: str) -> int:
    return P.MONTHS[m.group(group).lower().rstrip(".")]


# --- tense ----------------------------------------------------------------------------------

_FUTURE = re.compile(
    r"^(?:will|'ll|shall|going|due|scheduled|expected|expects?|plans?|planned|set|upcoming|next|"
    r"coming|would|to|intends?|hopes?|aims?|wo|likely|forecast|forecasts|projected|predicted|"
    r"could|might)$", re.IGNORECASE)
_PAST = re.compile(
    r"^(?:since|ago|last|was|were|had|did|said|says|earlier|previous|former|took|began|came|"
    r"went|met|held|made|fell|rose|grew|saw|told|won|lost|left|spent|paid|[a-z]+ed)$",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]\s")


def guess_tense(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None for the date at ``text[start:end]``, from the nearest cue word.

    Looks back through the sentence first (the nearest cue wins: "will ... since his
    re-election in March" is past), then forward.
    """
    left = text[max(0, start - 300):start]
    cut = [m.end() for m in _SENTENCE_END.finditer(left)]
    left = left[cut[-1]:] if cut else left
    for word in reversed(re.findall(r"[A-Za-z']+", left)):
        if _FUTURE.match(word) and word.lower() != "to":
            return "future"
        if _PAST.match(word) and word.lower() not in ("need", "red", "bed", "speed", "led"):
            return "past"
    right = text[end:end + 200]
    stop = _SENTENCE_END.search(right)
    right = right[:stop.start()] if stop else right
    for word in re.findall(r"[A-Za-z']+", right)[:8]:
        if _FUTURE.match(word) and word.lower() != "to":
            return "future"
        if _PAST.match(word):
            return "past"
    return None


# --- resolution rules -----------------------------------------------------------------------


def _year_for_month(ref: dt.date, month: int, tense: str | None) -> int:
    if tense == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year


def _year_for_day(ref: dt.date, month: int, day: int, tense: str | None) -> int:
    this = P.safe_date(ref.year, month, min(day, 28)) or ref
    this = P.safe_date(ref.year, month, day) or this
    if tense == "past":
        return ref.year if this <= ref else ref.year - 1
    if tense == "future":
        return ref.year if this >= ref else ref.year + 1
    return ref.year


_REL_SYNONYMS = {"previous": "last", "the previous": "last", "following": "next",
                 "the following": "next", "previous week": "last week",
                 "the previous week": "last week", "following week": "next week",
                 "the following week": "next week", "this past": "past"}


def _weekday(ref: dt.date, wd: int, rel: str | None, tense: str | None) -> dt.date:
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


def _parted(period: P.Period, part: str | None) -> P.Period:
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


# --- handlers ------------------------------------------------------------------------------

Found = "tuple[int, int, Any] | None"
Handler = Callable[[re.Match[str], str], Any]


def _absolute(m: re.Match[str], make: Callable[[], P.Period | None], gran: str) -> Any:
    try:
        period = make()
    except ValueError:
        return None
    if period is None:
        return None
    return m.start(), m.end(), ((lambda ref, tense: period), gran, True)


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


def _month_ok(m: re.Match[str], group: str, text: str, *, anchored: bool) -> bool:
    word = m.group(group).rstrip(".")
    if anchored and word.lower() in ("may", "march", "mar") and word.islower():
        # "2 may go": only a year or "of" makes a lowercase "may" a month
        return bool(m.groupdict().get("y")) or " of " in m.group()
    if word.lower() in ("may", "march", "mar") and not word[0].isupper() and not anchored:
        return False
    return anchored or not (word.islower() and word.lower() in _AMBIGUOUS_MONTHS)


def _day_month(m: re.Match[str], text: str) -> Any:
    if not _month_ok(m, "m", text, anchored=True):
        return None
    month, day = _month_of(m, "m"), _day_value(m, "d")
    if not 1 <= day <= 31:
        return None
    if m.group("y"):
        y = int(m.group("y"))
        return _absolute(m, lambda: P.day(dt.date(y, month, day)), "day")

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return P.day(dt.date(_year_for_day(ref, month, day, tense), month, day))

    return m.start(), m.end(), (resolve, "day", False)


def _easter(y: int) -> dt.date:
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
    "good friday": -2, "easter sunday": 0, "easter monday": 1, "easter": 0,
}  # fmt: skip
_HOLIDAY_RE = "|".join(re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+")
                       for h in sorted(HOLIDAYS, key=len, reverse=True))


def _holiday(m: re.Match[str], text: str) -> Any:
    name = " ".join(m.group("h").lower().replace("’", "'").split())
    rule = HOLIDAYS.get(name) or HOLIDAYS.get(name.replace("'", ""))
    if rule is None:
        return None
    rel = (m.group("rel") or "").lower()

    def on(y: int) -> dt.date:
        return _easter(y) + dt.timedelta(days=rule) if isinstance(rule, int) else dt.date(
            y, rule[0], rule[1])

    if m.group("y"):
        y = int(m.group("y"))
        return _absolute(m, lambda: P.day(on(y)), "day")

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        this = on(ref.year)
        if rel in ("last", "previous") or (not rel and tense == "past"):
            return P.day(this if this < ref else on(ref.year - 1))
        if rel in ("next", "following", "coming") or (not rel and tense == "future"):
            return P.day(this if this > ref else on(ref.year + 1))
        return P.day(this)

    return m.start(), m.end(), (resolve, "day", False)


def _day_of_month(m: re.Match[str], text: str) -> Any:
    day = _day_value(m, "d")
    if not 1 <= day <= 31:
        return None

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        # "on the 18th": this month's, unless the tense puts it in the month before or after
        first = ref.replace(day=1)
        if tense == "past" and day > ref.day:
            first = P.shift_months(first, -1)
        elif tense == "future" and day < ref.day:
            first = P.shift_months(first, 1)
        return P.day(first.replace(day=day))

    start = m.start() + m.group().lower().index("the")
    return start, m.end(), (resolve, "day", False)


def _rolling(m: re.Match[str], text: str) -> Any:
    """ "the past three months", "next 3 days": the stretch of days ending or starting today."""
    amount = _amount(m.group("num"))
    if amount is None or not float(amount).is_integer() or amount <= 0:
        return None
    n = int(amount)
    unit = m.group("unit").lower().rstrip("s")
    back = m.group("rel").lower() in ("past", "last", "previous")

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        if unit == "month" or unit == "year":
            months = n * (12 if unit == "year" else 1)
            other = P.shift_months(ref, -months if back else months)
        else:
            days = n * (7 if unit == "week" else 1)
            other = ref + dt.timedelta(days=-days if back else days)
        # the stretch excludes today's own date on the far side, as "the past 3 days" does
        if back:
            first, last = other, ref - dt.timedelta(days=1)
        else:
            first, last = ref + dt.timedelta(days=1), other
        return P.span(P.day(first), P.day(last))

    return m.start(), m.end(), (resolve, "day", False)


def _end_of(m: re.Match[str], text: str) -> Any:
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


def _relative_part(m: re.Match[str], text: str) -> Any:
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
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m1 == m2 and d2 <= d1):
        return None
    if " and " in m.group() and not text[max(0, m.start() - 8):m.start()].lower().rstrip().endswith(
            "between") and not m.group().lower().startswith("between"):
        return None

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        y2 = int(m.group("y")) if m.group("y") else _year_for_day(ref, m1, d1, tense)
        y1 = y2 - 1 if m2 < m1 else y2
        return P.span(P.day(dt.date(y1, m1, d1)), P.day(dt.date(y2, m2, d2)))

    if m.group("y"):
        try:
            period = resolve(dt.date(1, 1, 1), None)
        except ValueError:
            return None
        return m.start(), m.end(), ((lambda ref, tense: period), "day", True)
    return m.start(), m.end(), (resolve, "day", False)


def _month_year(m: re.Match[str], text: str) -> Any:
    month, y = _month_of(m, "m"), int(m.group("y"))
    if not _month_ok(m, "m", text, anchored=True):
        return None
    return _absolute(m, lambda: P.month(y, month), "month")


def _month_range(m: re.Match[str], text: str) -> Any:
    m1, m2 = _month_of(m, "m1"), _month_of(m, "m2")
    groups = m.groupdict()
    y2 = int(groups.get("y2") or groups["y"])
    y1 = int(groups["y1"]) if groups.get("y1") else (y2 - 1 if m2 < m1 else y2)
    return _absolute(m, lambda: P.span(P.month(y1, m1), P.month(y2, m2)), "month")


_YEAR_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|or|to|-)\s*(?:{MONTH_CORE}))*\s+(?P<rel>this|last|next)\s+year", re.I
)


def _bare_month(m: re.Match[str], text: str) -> Any:
    part, rel, rel2 = m.group("part"), m.group("rel"), m.group("rel2")
    before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 20):m.start()])
    cue = bool(part or rel or rel2) or (bool(before) and before[-1].lower() in _DATE_CUES)
    word = m.group("m").rstrip(".")
    if not cue or not word[0].isupper() or len(word) < 3:
        return None
    if word.lower() == "may" and not (part or rel or rel2) and before and before[-1].lower() in (
            "and", "or", "the", "that", "as", "to", "year", "end"):
        return None
    after = _YEAR_AFTER.match(text[m.end():m.end() + 60]) if not rel2 else None
    if after:
        rel2 = after.group("rel")
    month = _month_of(m, "m")
    rel_l = rel.lower() if rel else None

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        if rel2:
            y = ref.year + {"this": 0, "last": -1, "next": 1}[rel2.lower()]
        elif rel_l in ("last", "this past", "past"):
            y = ref.year if month < ref.month else ref.year - 1
        elif rel_l in ("next", "this coming", "coming"):
            y = ref.year if month > ref.month else ref.year + 1
        elif rel_l == "this":
            y = ref.year
        else:
            y = _year_for_month(ref, month, tense)
        return _parted(P.month(y, month), part)

    return m.start(), m.end(), (resolve, "month", False)


_COUNT_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s*cent|[a-z]{1,3}\b(?<!\bin)(?<!\bto)(?<!\bon)(?<!\bas)(?<!\bat)"
    r"(?<!\bby)(?<!\band)(?<!\bor)(?<!\bthe)(?<!\bfor)(?<!\bof)(?<!\bwas)(?<!\bhad)(?<!\bhas)"
    r"(?<!\bis)(?<!\bit)(?<!\bwe)(?<!\bhe)(?<!\ba)(?<!\ban)(?<!\bbut)(?<!\bso)(?<!\bup)"
    r"(?<!\bnow)(?<!\bnew)(?<!\bsaw)(?<!\bnot)(?<!\bwho)(?<!\bare)|thousand|million|billion|"
    r"[a-z]+s\b(?<!\bwas)(?<!\bhas)(?<!\bis)(?<!\bas)(?<!\bthis)(?<!\bits)(?<!\bus))", re.I
)


def _year_only(m: re.Match[str], text: str) -> Any:
    y = int(m.group("y"))
    part = m.group("part")
    before = text[max(0, m.start() - 12):m.start()]
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


_REL_DAYS = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
             "tomorrow": 1, "the day after tomorrow": 2}


def _relative_day(m: re.Match[str], text: str) -> Any:
    offset = _REL_DAYS[" ".join(m.group().lower().split())]

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return P.day(ref + dt.timedelta(days=offset))

    return m.start(), m.end(), (resolve, "day", False)


def _relative_unit(m: re.Match[str], text: str) -> Any:
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    part = m.group("part")
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "the same": 0,
            "next": 1, "coming": 1, "following": 1}[rel]
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
        return _parted(base, part)

    return m.start(), m.end(), (resolve, gran, False)


def _ago(m: re.Match[str], text: str) -> Any:
    amount = _amount(m.group("num"))
    if amount is None or not float(amount).is_integer():
        return None
    n = int(amount)
    unit = _UNIT_CODE[m.group("unit").lower().rstrip("s")]

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        if unit == "Y":
            return P.year(ref.year - n)
        if unit == "M":
            d = P.shift_months(ref, -n)
            return P.month(d.year, d.month)
        return P.day(ref - dt.timedelta(days=n * (7 if unit == "W" else 1)))

    gran = {"Y": "year", "M": "month"}.get(unit, "day")
    return m.start(), m.end(), (resolve, gran, False)


_WEEK_REL = r"(?:this|next|last|previous|following|the\s+following|the\s+previous)"
_WEEK_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|or|to|-)\s*{WEEKDAY_RE})*,?\s+(?:of\s+)?(?P<rel>{_WEEK_REL})\s+week",
    re.I,
)


def _weekday_expr(m: re.Match[str], text: str) -> Any:
    rel = m.group("rel") or m.group("wk")
    if m.group("wk"):
        rel = m.group("wk") + " week"
    if not rel:
        after = _WEEK_AFTER.match(text[m.end():m.end() + 60])
        if after:
            rel = after.group("rel") + " week"
    rel = " ".join(rel.lower().split()) if rel else None
    end = m.end()
    direct = re.match(rf"^,?\s+(?:of\s+)?{_WEEK_REL}\s+week\b", text[end:end + 24], re.I)
    if direct:
        end += direct.end()  # "Friday this week" is one expression
    wd = P.WEEKDAYS[m.group("wd").lower()]
    wd2 = P.WEEKDAYS[m.group("wd2").lower()] if m.groupdict().get("wd2") else None

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        first = _weekday(ref, wd, rel, tense)
        if wd2 is None:
            return P.day(first)
        return P.span(P.day(first), P.day(first + dt.timedelta(days=(wd2 - wd) % 7)))

    return m.start(), end, (resolve, "day", False)


def _amount(words: str) -> float | None:
    w = " ".join(words.lower().split())
    if w in ("a", "an", "one"):
        return 1.0
    if w in ("half a", "half an"):
        return 0.5
    if w in ("a couple of", "a couple"):
        return 2.0
    nums = find_numbers(words)
    if len(nums) != 1 or nums[0].end - nums[0].start < len(words.strip()) - 1:
        return None
    return nums[0].value


_ARTICLE_CUES = re.compile(
    r"\b(?:for|in|within|over|after|than|about|nearly|almost|around|lasted|lasting|took|"
    r"spent|under|past|last|first|least|some|roughly|just|only|than|barely)\s+$", re.I)


def _duration(m: re.Match[str], text: str) -> Any:
    from .dates import DurationSpan

    num = m.group("num")
    after = text[m.end():m.end() + 8]
    if re.match(r"^(?:-|\s)old\b|^-long\b(?=\s+[a-z]+(?:ed|ing)\b)", after):
        return None
    if re.match(r"^\s+(?:ago|earlier|later)\b", after, re.I):
        return None
    low = num.lower().strip()
    if low in ("a", "an") and not _ARTICLE_CUES.search(text[max(0, m.start() - 16):m.start()]):
        return None
    amount = _amount(num)
    if amount is None:
        return None
    if m.group("half"):
        amount += 0.5 if m.group("half").lower().endswith("half") else 0.25
    unit_word = m.group("unit").lower()
    key = unit_word[:-3] if unit_word.endswith("ies") else unit_word.rstrip("s")
    key = "century" if key.startswith("centur") else key
    key = _UNIT_ALIASES.get(unit_word, _UNIT_ALIASES.get(key, key))
    unit = _UNIT_CODE[key]
    factor = _UNIT_FACTOR.get(key, 1)
    nums = find_numbers(num)
    step = (nums[0].step if nums else 1.0) * factor
    return m.start(), m.end(), DurationSpan(m.start(), m.end(), amount * factor, step, unit)


_NUM = (
    rf"(?:\d+(?:\.\d+)?|(?:(?:{_CARDINAL})(?:(?:\s*-\s*|\s+)(?:and\s+)?(?:{_CARDINAL})){{0,8}})"
    rf"(?:\s+and\s+a\s+half)?|half\s+an?|an?|a\s+couple(?:\s+of)?)"
)
_UNITS = (r"(?:years?|yrs?|months?|weeks?|days?|nights?|decades?|centur(?:y|ies)|hours?|hrs?"
          r"|minutes?|mins?|seconds?|secs?)")
_UNIT_ALIASES = {"yr": "year", "yrs": "year", "night": "day", "hr": "hour", "hrs": "hour",
                 "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
                 "h": "hour"}

@lru_cache(maxsize=1)
def date_patterns() -> list[tuple[re.Pattern[str], Handler]]:
    """The patterns in priority order, compiled on first use (keeps ``import claimcheck`` fast)."""
    return [
        (re.compile(r"(?<![\d/])(?P<y>(?:1[5-9]|20)\d\d)-(?P<mo>[01]\d)(?:-(?P<d>[0-3]\d))?(?![\d])"),
         _iso),
        (re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                    r"(?![\d/])"), _numeric),
        (re.compile(rf"\b{_WD}(?:the\s+)?{_day('d')}(?:\s+of)?\s+{_mon('m')}"
                    rf"(?:,?\s*(?:of\s+|in\s+)?{_year('y')})?", re.I), _day_month),
        (re.compile(rf"\b{_WD}{_mon('m')}\s+(?:the\s+)?{_day('d')}"
                    rf"(?:(?:\s*,\s*|\s+)(?:of\s+|in\s+)?{_year('y')})?", re.I), _day_month),
        (re.compile(rf"\b{_day('d')}[-/]{_mon('m')}[-/]{_year('y')}\b", re.I), _day_month),
        (re.compile(rf"\b{_mon('m')}[-/]{_day('d')}[-/]{_year('y')}\b", re.I), _day_month),
        (re.compile(rf"\b{_year('y')}[-/]{_mon('m')}[-/]{_day('d')}", re.I), _day_month),
        (re.compile(rf"\bon\s+the\s+(?P<d>[0-3]?\d(?:st|nd|rd|th)|(?:{_DAY_WORD_RE})\b)"
                    rf"(?!\s+(?:of\s+)?(?:{MONTH_CORE}|century|anniversary|day|time|floor))",
                    re.I), _day_of_month),
        (re.compile(rf"\b{_mon('m')}\s+{_day('d1')}{_TO}{_day('d2')}(?:,?\s+{_year('y')})?", re.I),
         _day_range),
        (re.compile(rf"\b(?:between\s+)?(?:the\s+)?{_day('d1')}{_TO}(?:the\s+)?{_day('d2')}"
                    rf"(?:\s+of)?\s+{_mon('m')}(?:,?\s+{_year('y')})?", re.I), _day_range),
        (re.compile(rf"\b{_mon('m1')}\s+{_day('d1')}\s*(?:-|–|—|to|through|until|till)\s*"
                    rf"{_mon('m2')}\s+{_day('d2')}(?:,?\s+{_year('y')})?", re.I), _day_range),
        (re.compile(rf"\b{_day('d1')}\s+{_mon('m1')}\s*(?:-|–|—|to|through|until|till)\s*"
                    rf"{_day('d2')}\s+{_mon('m2')}(?:,?\s+{_year('y')})?", re.I), _day_range),
        (re.compile(rf"\b{_mon('m')}\s*(?:,|-|/|of)?\s*{_year('y')}", re.I), _month_year),
        (re.compile(rf"\b{_mon('m1')}\s*(?:-|–|to|through|until|till)\s*{_mon('m2')},?\s+{_year('y')}",
                    re.I), _month_range),
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
        (re.compile(rf"\b(?:the\s+)?(?P<rel>next|last|past|previous|coming|following)\s+"
                    rf"(?P<num>{_NUM})\s+(?P<unit>days|weeks|months|years)\b", re.I), _rolling),
        (re.compile(r"\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<unit>year|month|week)\b",
                    re.I), _end_of),
        (re.compile(rf"(?P<lead>\b(?:between|from)\s+)?(?<![\d,.])\b{_year('y1')}"
                    r"(?P<to>\s*(?:-|–|—|to|through|till|until|and)\s*)(?P<y2>\d{4}|\d{2})(?![\d])",
                    re.I), _year_range),
        (re.compile(r"\b(?:the\s+)?(?:(?P<part>early|late|mid)[\s-]+)?(?P<dec>1[5-9]\d0|20\d0)'?s\b"
                    r"(?P<century>)", re.I), _decade),
        (re.compile(rf"\b(?:(?P<rel>last|next|previous|following|coming|this)\s+)?(?P<h>{_HOLIDAY_RE})"
                    rf"\b(?:,?\s+(?:of\s+)?{_year('y')})?", re.I), _holiday),
        (re.compile(r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday"
                    r"|today|tomorrow|tonight)\b", re.I), _relative_day),
        (re.compile(r"\b(?:(?P<part>early|late|mid|earlier|later|the\s+end\s+of|the\s+start\s+of"
                    r"|the\s+beginning\s+of|the\s+middle\s+of|end\s+of)[\s-]+(?:in\s+)?)?"
                    r"(?P<rel>last|this|next|previous|past|coming|following|current|the\s+same)\s+"
                    r"(?P<unit>year|month|week|quarter|decade)\b(?!\s*(?:'s|’s))", re.I),
         _relative_unit),
        (re.compile(rf"\b(?P<num>{_NUM})\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b", re.I),
         _ago),
        (re.compile(rf"\b(?:from\s+)?(?P<wd>{WEEKDAY_RE})\s*(?:-|–|to|through|until|till)\s*"
                    rf"(?P<wd2>{WEEKDAY_RE})\b(?P<rel>)(?P<wk>)", re.I), _weekday_expr),
        (re.compile(rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|previous"
                    rf"|following)\s+)?(?:(?P<wk>{_WEEK_REL})\s+week(?:\s+on)?[\s,-]+)?"
                    rf"(?P<wd>{WEEKDAY_RE})\b", re.I),
         _weekday_expr),
        (re.compile(rf"\b(?P<num>{_NUM})(?:[\s-]+|(?<=\d))(?P<unit>{_UNITS}|h(?=\s|$|[.,]))"
                    rf"(?![\w-])(?P<half>\s+and\s+a\s+(?:half|quarter))?", re.I), _duration),
    ]
