"""Calendar arithmetic for resolved dates: periods as (start, end, granularity) and their timex.

Small and exact on purpose: every function takes the reference date as an argument (never the
clock), so the same text always resolves the same way.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .models import DateValue

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "Period",
    "day",
    "iso_week",
    "month",
    "safe_date",
    "shift_months",
    "span",
    "unresolved",
    "year",
]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip


@dataclass(frozen=True)
class Period:
    """A resolved date or interval: inclusive ``start``/``end`` and the ``timex`` to print."""

    start: dt.date
    end: dt.date
    granularity: str
    timex: str

    def value(self) -> DateValue:
        """The :class:`DateValue` of this period."""
        return DateValue(timex=self.timex, start=self.start.isoformat(),
                         end=self.end.isoformat(), granularity=self.granularity)

    def narrowed(self, part: str) -> Period:
        """The early / mid / late part of the period; the timex keeps the stated granularity."""
        days = (self.end - self.start).days + 1
        third = max(1, days // 3)
        if part == "early":
            return Period(self.start, self.start + dt.timedelta(days=third - 1), self.granularity,
                          self.timex)
        if part == "late":
            return Period(self.end - dt.timedelta(days=third - 1), self.end, self.granularity,
                          self.timex)
        if part == "mid":
            return Period(self.start + dt.timedelta(days=third),
                          self.end - dt.timedelta(days=third), self.granularity, self.timex)
        return self


def unresolved(granularity: str | None) -> DateValue:
    """The value of a date that cannot be placed without a publication date."""
    return DateValue(timex=None, start=None, end=None, granularity=granularity)


def day(d: dt.date) -> Period:
    """One calendar day."""
    return Period(d, d, "day", d.isoformat())


def month(y: int, m: int) -> Period:
    """A calendar month."""
    last = calendar.monthrange(y, m)[1]
    return Period(dt.date(y, m, 1), dt.date(y, m, last), "month", f"{y:04d}-{m:02d}")


def year(y: int) -> Period:
    """A calendar year."""
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}")


def iso_week(d: dt.date) -> Period:
    """The ISO week (Monday to Sunday) holding ``d``."""
    monday = d - dt.timedelta(days=d.weekday())
    iy, iw, _ = d.isocalendar()
    return Period(monday, monday + dt.timedelta(days=6), "week", f"{iy:04d}-W{iw:02d}")


def span(first: Period, last: Period) -> Period:
    """The interval from ``first`` to ``last`` inclusive; its timex is ``first/last``."""
    if first.timex == last.timex:
        return first
    return Period(first.start, last.end, first.granularity, f"{first.timex}/{last.timex}")


def shift_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, clamped to the last day of the target month."""
    total = d.year * 12 + d.month - 1 + months
    y, m = divmod(total, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it does not exist (31 February)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def day_of_month_near(ref: dt.date, number: int, tense: str | None) -> Period | None:
    """ "on the 18th" written without a month: this month's, unless the tense puts it in the
    month before ("past" and a day still to come) or after ("future" and a day gone by);
    None when that month has no such day."""
    first = ref.replace(day=1)
    if tense == "past" and number > ref.day:
        first = shift_months(first, -1)
    elif tense == "future" and number < ref.day:
        first = shift_months(first, 1)
    found = safe_date(first.year, first.month, number)
    return day(found) if found else None
