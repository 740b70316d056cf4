"""The spans :func:`claimcheck.dates.find_dates` returns: a resolved date or a length of time.

Kept apart from the finder so the modules that join spans (:mod:`.date_lists`) can build them
without importing the finder.
"""

from __future__ import annotations

from dataclasses import dataclass

from .date_rules import DURATION_UNIT
from .models import DateValue

__all__ = ["UNIT_ORDER", "DateSpan", "DurationSpan"]

#: duration units, largest first
UNIT_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")


@dataclass(frozen=True)
class DateSpan:
    """A date expression: ``text[start:end]`` and its resolved :class:`DateValue`."""

    start: int
    end: int
    value: DateValue


@dataclass(frozen=True)
class DurationSpan:
    """A length of time: ``amount`` ``unit``s (unit one of Y, M, W, D, H, MIN, S)."""

    start: int
    end: int
    amount: float
    step: float
    unit: str
    #: the stated pieces of a compound length ("1 hour and 30 minutes": (1, "H"), (30, "MIN")),
    #: largest unit first; ``amount``/``unit`` then hold the total in the smallest unit
    parts: tuple[tuple[float, str], ...] = ()

    @property
    def timex(self) -> str:
        """ISO 8601 duration: "P6M", "P1.5Y", "PT3H", "PT1H30M"."""
        if self.parts:
            return _compound_timex(self.parts)
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        if self.unit in ("H", "MIN", "S"):
            return f"PT{amount}{self.unit[0]}"
        return f"P{amount}{self.unit}"

    @property
    def days(self) -> float:
        """The length in days (a month is 30.436875 days, a year 365.2425)."""
        return self.amount * DURATION_UNIT[self.unit]


def _compound_timex(parts: tuple[tuple[float, str], ...]) -> str:
    days = "".join(f"{int(a)}{u}" for a, u in parts if u in ("Y", "M", "W", "D"))
    time = "".join(f"{int(a)}{u[0]}" for a, u in parts if u in ("H", "MIN", "S"))
    return f"P{days}T{time}" if time else f"P{days}"
