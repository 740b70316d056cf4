"""Dates named by a word: a month without its year ("in March", "May to March", "between
august and october") and holidays ("Christmas", "last Easter", "saint patrick 2020").

Handlers for :mod:`.news_dates` with the contract of :mod:`.relative_dates`: each returns
``(start, end, (resolver, granularity, absolute))`` or None to reject the match.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import periods as P
from .date_context import date_direction
from .date_rules import (
    DATE_CUES,
    HOLIDAYS,
    HOLIDAYS_WITH_YEAR,
    MONTH_CORE,
    absolute_period,
    easter,
    month_of,
    parted,
    year_for_month,
)

# pattern handlers of the news_dates table
__all__ = [
    "bare_month",
    "holiday",
]


def holiday(m: re.Match[str], text: str) -> Any:
    """A named feast or holiday ("Christmas", "last Thanksgiving", "Easter 2016"), by
    the news_dates handler contract: (start, end, (resolve, granularity, ...)) or None."""
    name = " ".join(m.group("h").lower().replace("’", "'").split())
    rule = HOLIDAYS.get(name) or HOLIDAYS.get(name.replace("'", ""))
    if rule is None or (name in HOLIDAYS_WITH_YEAR and (
            not m.group("y") or re.match(r"['’]?\w", text[m.end():m.end() + 2]))):
        return None  # "St. Patrick 1990s" is no feast day
    rel = (m.group("rel") or "").lower()
    if name == "new year" and m.group("h").islower() and not m.group("y"):
        found = _new_year(m, text)
        if found is not False:
            return found

    def on(y: int) -> dt.date:
        return easter(y) + dt.timedelta(days=rule) if isinstance(rule, int) else dt.date(
            y, rule[0], rule[1])

    if m.group("y"):
        y = int(m.group("y"))
        return absolute_period(m, lambda: P.day(on(y)), "day")

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        this = on(ref.year)
        # on the day itself the tense names no other year ("crowds gathered on Christmas
        # Day" in the Christmas Day paper); "last" and "next" do
        if rel in ("last", "previous") or (not rel and tense == "past" and this != ref):
            return P.day(this if this < ref else on(ref.year - 1))
        if rel in ("next", "following", "coming") or (not rel and tense == "future"
                                                          and this != ref):
            return P.day(this if this > ref else on(ref.year + 1))
        return P.day(this)

    return m.start(), m.end(), (resolve, "day", False)


def _new_year(m: re.Match[str], text: str) -> Any:
    """ "the new year" in lower case is the year about to start (or just started), not New
    Year's Day; "a new year" is any year (of a life, of a term): no date. False for the other
    lower-case uses ("5 days before new year"), which are the day."""
    window = text[max(0, m.start() - 10):m.start()]
    if re.search(r"\b(?:an?|another)\s+$", window, re.IGNORECASE):
        return None
    the = re.search(r"\bthe\s+$", window, re.IGNORECASE)
    if m.group("rel") or the is None:
        return False

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        return P.year(ref.year + (ref.month >= 7))

    return m.start() - len(window) + the.start(), m.end(), (resolve, "year", False)


_YEAR_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|or|to|-)\s*(?:{MONTH_CORE}))*\s+(?P<rel>this|last|next)\s+year", re.I
)


# One end of a run of months: "May to March", "between august and october". The other month
# is the cue a bare month otherwise needs, and a run opened by "from"/"between" is a run
# even in lowercase chat ("between august and october"), where "may" cannot be the modal.
_RUN_JOIN = r"\s*(?:-|–|to|through|thru|until|till|and)\s*"
_RUN_NEXT = re.compile(rf"(?P<join>{_RUN_JOIN}){MONTH_CORE}\b\.?", re.IGNORECASE)
_RUN_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RUN_PREV = re.compile(rf"\b(?P<open>(?:from|between)\s+)?{MONTH_CORE}\.?{_RUN_JOIN}$",
                       re.IGNORECASE)


def _month_run(m: re.Match[str], text: str) -> tuple[bool, bool]:
    """(capitalised run, opened run): whether the month has a month partner across "to", "-"
    or "between ... and", and whether "from"/"between" opens the run."""
    nxt = _RUN_NEXT.match(text, m.end())
    prev = _RUN_PREV.search(text, max(0, m.start() - 40), m.start())
    opened = bool((nxt and _RUN_OPEN.search(text, max(0, m.start() - 9), m.start()))
                  or (prev and prev.group("open")))
    joins = [g.group("join") if g is nxt else text[g.end() - len(g.group()):]
             for g in (nxt, prev) if g is not None]
    # "and" makes a run only after "between": "in May and June" lists two months
    paired = any("and" not in j.lower() for j in joins) or (bool(joins) and opened)
    return paired, opened


def bare_month(m: re.Match[str], text: str) -> Any:
    """A month named alone ("in March", "early December", "last July"), with the year
    from cue and tense
    (what a date_rules.Handler returns, or None)."""
    part, rel, rel2 = m.group("part"), m.group("rel"), m.group("rel2")
    before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 20):m.start()])
    cue = bool(part or rel or rel2) or (bool(before) and before[-1].lower() in DATE_CUES)
    word = m.group("m").rstrip(".")
    paired, opened = _month_run(m, text) if not (part or rel or rel2) else (False, False)
    if paired and word.lower() == "may" and re.search(r"\b[A-Z][a-z]+\s+$",
                                                      text[max(0, m.start() - 20):m.start()]):
        paired = opened = False  # "Theresa May to March"
    if not (cue or paired) or not (word[0].isupper() or opened) or len(word) < 3:
        return None
    # "to May" is a letter to Theresa May unless a month opens the range: "from March to May"
    range_end = re.search(rf"\b{MONTH_CORE}\.?\s+(?:to|through|until|till|and)\s+$",
                          text[max(0, m.start() - 25):m.start()], re.IGNORECASE)
    if word.lower() == "may" and not (part or rel or rel2 or range_end) and before and (
            before[-1].lower() in ("and", "or", "the", "that", "as", "to", "year", "end")):
        return None
    after = _YEAR_AFTER.match(text[m.end():m.end() + 60]) if not rel2 else None
    if after:
        rel2 = after.group("rel")
    month = month_of(m, "m")
    rel_l = rel.lower() if rel else None
    direction = date_direction(text, m.start(), m.end(), weekday=False)[0]

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
            y = year_for_month(ref, month, direction or tense)
        return parted(P.month(y, month), part)

    return m.start(), m.end(), (resolve, "month", False)
