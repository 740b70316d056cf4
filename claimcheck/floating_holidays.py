"""Holidays that fall on a weekday of a month rather than a fixed date, as US news names
them: Thanksgiving, Black Friday, Labor Day, Memorial Day, Martin Luther King Day,
Presidents' Day, Columbus Day, Father's Day, Election Day.

A handler for :mod:`.news_dates` with the contract of :mod:`.relative_dates`. The fixed-date
holidays live in :data:`claimcheck.date_rules.HOLIDAYS`; these need a rule per year, which
neither that table nor dateparser has. Mother's Day is left out on purpose: British news
means Mothering Sunday (in Lent), American news the second Sunday of May.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from . import periods as P
from .date_gates import Gated, gated

__all__ = ["HOLIDAY_RULES", "floating_holiday_patterns"]

# name -> (month, weekday with Monday 0, which one: 1 = first, -1 = last, days added after)
HOLIDAY_RULES: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 3, 4, 0), "thanksgiving day": (11, 3, 4, 0),
    "black friday": (11, 3, 4, 1), "cyber monday": (11, 3, 4, 4),
    "labor day": (9, 0, 1, 0), "memorial day": (5, 0, -1, 0),
    "martin luther king day": (1, 0, 3, 0), "martin luther king jr day": (1, 0, 3, 0),
    "mlk day": (1, 0, 3, 0), "presidents day": (2, 0, 3, 0), "columbus day": (10, 0, 2, 0),
    "fathers day": (6, 6, 3, 0),
    # the Tuesday after the first Monday of November
    "election day": (11, 0, 1, 1),
}
# Lower-case "thanksgiving" is giving thanks and "election day" any country's polling day;
# only the capitalised names are the holidays, except a thanksgiving with its year after it
# ("thanksgiving 2023"), which no act of giving thanks has.
_CAPITALS_ONLY = {"thanksgiving", "thanksgiving day", "election day"}
_ANY_CASE_WITH_YEAR = {"thanksgiving", "thanksgiving day"}
# The shopping days are a season of sales more than a day ("Black Friday deals", "shops cut
# prices on Black Friday"): a date only with the year ("Black Friday 2010").
_WITH_YEAR_ONLY = {"black friday", "cyber monday"}


def _key(name: str) -> str:
    name = re.sub(r"['’.,]", "", name.lower())
    return " ".join(name.split())


def _on(y: int, rule: tuple[int, int, int, int]) -> dt.date:
    month, weekday, nth, extra = rule
    if nth > 0:
        first = dt.date(y, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = dt.date(y, month, calendar.monthrange(y, month)[1])
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return day + dt.timedelta(days=extra)


def _floating(m: re.Match[str], text: str) -> Any:
    """ "Thanksgiving", "last Labor Day", "black friday 2010": that day of the year named, or
    of the publication year moved by the cue word or the tense."""
    name = _key(m.group("h"))
    rule = HOLIDAY_RULES.get(name)
    if rule is None or (name in _CAPITALS_ONLY and m.group("h").islower() and not (
            name in _ANY_CASE_WITH_YEAR and m.group("y")
            and text[m.end("h"):m.start("y")].isspace())) or (
            name in _WITH_YEAR_ONLY and not m.group("y")):
        return None
    if name == "election day":
        return _election_day(m)
    rel = (m.group("rel") or "").lower()
    if m.group("y"):
        day = _on(int(m.group("y")), rule)
        return m.start(), m.end(), ((lambda ref, tense: P.day(day)), "day", True)

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        this = _on(ref.year, rule)
        # on the day itself the tense says nothing of another year ("the march was held on
        # Martin Luther King Day" in that day's paper); "last" and "next" do
        if rel in ("last", "previous") or (not rel and tense == "past" and this != ref):
            return P.day(this if this < ref else _on(ref.year - 1, rule))
        if rel in ("next", "following", "coming") or (not rel and tense == "future"
                                                          and this != ref):
            return P.day(this if this > ref else _on(ref.year + 1, rule))
        return P.day(this)

    return m.start(), m.end(), (resolve, "day", False)


def _election_day(m: re.Match[str]) -> Any:
    """ "Election Day": the US federal one, held in even years: the nearer of the last and the
    next, unless "last" or "next" says which. Not by the tense: campaign coverage speaks of
    the coming one in every tense ("as Election Day nears", "the support he had on Election
    Day" in a forecast), so on PolNeAR the tense picked the wrong cycle."""
    rule = HOLIDAY_RULES["election day"]
    rel = (m.group("rel") or "").lower()
    if m.group("y"):
        day = _on(int(m.group("y")), rule)
        return m.start(), m.end(), ((lambda ref, tense: P.day(day)), "day", True)

    def resolve(ref: dt.date, tense: str | None) -> P.Period:
        even = ref.year - ref.year % 2
        before = [_on(y, rule) for y in (even - 2, even) if _on(y, rule) <= ref][-1]
        after = next(_on(y, rule) for y in (even, even + 2) if _on(y, rule) >= ref)
        if rel in ("last", "previous"):
            return P.day(before)
        if rel in ("next", "following", "coming"):
            return P.day(after)
        return P.day(min(before, after, key=lambda d: abs((d - ref).days)))

    return m.start(), m.end(), (resolve, "day", False)


def floating_holiday_patterns() -> list[tuple[Gated, Any]]:
    """The pattern of this module with its handler, for :mod:`.news_dates`."""
    names = (r"thanksgiving(?:\s+day)?|black\s+friday|cyber\s+monday|labor\s+day|memorial\s+day"
             r"|martin\s+luther\s+king(?:,?\s+jr\.?)?\s+day|mlk\s+day|presidents['’]?\s+day"
             r"|president['’]s\s+day|columbus\s+day|father['’]?s\s+day|election\s+day")
    return [(gated(
        rf"\b(?:(?P<rel>last|next|previous|following|coming|this)\s+)?(?P<h>{names})\b"
        r"(?:,?\s+(?:of\s+)?(?P<y>1[89]\d\d|20\d\d)(?!\d))?", re.I), _floating)]
