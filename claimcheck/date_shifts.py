"""Lengths of time turned into dates by the words around them: "two weeks from now", "three
days after 12 January", "a year earlier" after a stated date, "in two weeks" said of the
future, "1 hour and 30 minutes" as one length.

Passes over the spans :func:`claimcheck.dates.find_dates` has already resolved; each takes and
returns the spans in text order and never raises.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import periods as P
from .date_rules import DURATION_UNIT
from .date_spans import UNIT_ORDER, DateSpan, DurationSpan
from .models import DateValue

__all__ = [
    "anchored_shifts",
    "compounds",
    "from_now_unit",
    "in_future",
    "offsets",
    "shift_date",
]

Tense = str | None


_OFFSET = re.compile(r"\s+(?P<dir>after|before|from|since)\s+", re.IGNORECASE)
_FROM_NOW = re.compile(r"\s+from\s+now\b", re.IGNORECASE)


_COMPOUND_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
_AGO_TAIL = re.compile(r"\s+ago$", re.IGNORECASE)


def compounds(text: str, spans: list[DateSpan | DurationSpan]) -> list[DateSpan | DurationSpan]:
    """ "1 hour and 30 minutes", "2 years, 3 months": whole-number lengths in falling units
    are one length; "2 weeks and 2 days ago" is the day counted back by all of them."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if (isinstance(prev, DurationSpan)
                and (bool(prev.parts) or float(prev.amount).is_integer())
                and _COMPOUND_GAP.fullmatch(text, prev.end, span.start)):
            pieces = prev.parts or ((prev.amount, prev.unit),)
            last = UNIT_ORDER.index(pieces[-1][1])
            if (isinstance(span, DurationSpan) and float(span.amount).is_integer()
                    and UNIT_ORDER.index(span.unit) > last):
                parts = (*pieces, (span.amount, span.unit))
                total = sum(a * DURATION_UNIT[u] for a, u in parts) / DURATION_UNIT[span.unit]
                out[-1] = DurationSpan(prev.start, span.end, total, span.step, span.unit, parts)
                continue
            if (isinstance(span, DateSpan) and _AGO_TAIL.search(text, span.start, span.end)
                    and span.value.granularity == "day" and span.value.start
                    and span.value.start == span.value.end):
                day: dt.date | None = dt.date.fromisoformat(span.value.start)
                for amount, unit in pieces:
                    day = shift_date(day, DurationSpan(0, 0, amount, 1, unit), -1) if day else None
                if day is not None:
                    out[-1] = DateSpan(prev.start, span.end, P.day(day).value())
                    continue
        out.append(span)
    return out


def shift_date(d: dt.date, span: DurationSpan, sign: int) -> dt.date | None:
    """``d`` moved by the length ``span`` (its parts one by one), forward for ``sign`` 1
    and back for -1; None when the result leaves the calendar or the unit cannot step."""
    if span.parts:
        for amount, unit in span.parts:
            moved = shift_date(d, DurationSpan(0, 0, amount, 1, unit), sign)
            if moved is None:
                return None
            d = moved
        return d
    if not float(span.amount).is_integer():
        return None
    n = int(span.amount) * sign
    if span.unit == "Y":
        return P.shift_months(d, 12 * n)
    if span.unit == "M":
        return P.shift_months(d, n)
    if span.unit in ("W", "D"):
        return d + dt.timedelta(days=n * (7 if span.unit == "W" else 1))
    return None


def offsets(
    text: str, spans: list[DateSpan | DurationSpan], date: dt.date | None
) -> list[DateSpan | DurationSpan]:
    """ "three days after 12 January", "two weeks from now": a day counted from another."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if isinstance(prev, DurationSpan) and isinstance(span, DateSpan):
            m = _OFFSET.fullmatch(text[prev.end:span.start])
            v = span.value
            if m and v.start and v.granularity == "day" and v.start == v.end:
                sign = -1 if m.group("dir").lower() == "before" else 1
                day = shift_date(dt.date.fromisoformat(v.start), prev, sign)
                if day is not None:
                    out[-1] = DateSpan(prev.start, span.end, P.day(day).value())
                    continue
        out.append(span)
    final: list[DateSpan | DurationSpan] = []
    for span in out:
        now = _FROM_NOW.match(text, span.end) if isinstance(span, DurationSpan) else None
        if now and isinstance(span, DurationSpan):
            day = shift_date(date, span, 1) if date else None
            value = P.day(day).value() if day else P.unresolved("day")
            final.append(DateSpan(span.start, now.end(), value))
            continue
        final.append(span)
    return final


_YEARS_FROM_NOW = re.compile(r"[\w\s.-]*\b(?P<unit>year|month)s?\s+from\s+now", re.IGNORECASE)


def from_now_unit(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """ "a year from now" names a year, as "a year ago" does (TimeML's granularity), once no
    weekday beside it has asked for the day ("Thursday, two years from now")."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        m = _YEARS_FROM_NOW.fullmatch(text, span.start, span.end)
        v = span.value if isinstance(span, DateSpan) else None
        if (m and not re.search(r"day\b", m.group(), re.IGNORECASE) and v is not None
                and v.granularity == "day" and v.start):
            day = dt.date.fromisoformat(v.start)
            whole = (P.year(day.year) if m.group("unit").lower() == "year"
                     else P.month(day.year, day.month))
            span = DateSpan(span.start, span.end, whole.value())
        out.append(span)
    return out


_EARLIER = re.compile(r"\s+(?P<dir>earlier|later|before|after)\b(?!\s+(?:than|that|the|a|an|\d))",
                      re.IGNORECASE)


def anchored_shifts(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """ "$4.1bn in fiscal 2023, down from $4.7bn a year earlier": a period counted back from
    the date stated just before it in the same sentence.

    The nearest date in the sentence is the anchor, of any granularity, even when the sentence
    has others. :mod:`claimcheck.date_anchors` (run after this) steps "a week later" from a day
    written in an earlier sentence of the paragraph instead, and only when that day is
    unambiguous; see its docstring for why both exist.
    """
    out: list[DateSpan | DurationSpan] = []
    anchor: DateSpan | None = None
    for span in spans:
        if anchor is not None and re.search(r"[.!?]\s", text[anchor.end:span.start]):
            anchor = None  # anchors do not cross sentences
        if isinstance(span, DurationSpan) and anchor is not None:
            m = _EARLIER.match(text, span.end)
            shifted = _shift_period(anchor.value, span, m) if m else None
            if m and shifted is not None:
                out.append(DateSpan(span.start, m.end(), shifted))
                continue
        if isinstance(span, DateSpan) and span.value.start and span.value.granularity:
            anchor = span
        out.append(span)
    return out


# The finest offset unit (an index into UNIT_ORDER) an anchor of each granularity can carry
_ANCHOR_UNIT = {"year": UNIT_ORDER.index("Y"), "month": UNIT_ORDER.index("M"),
                "day": UNIT_ORDER.index("D")}


def _shift_period(value: DateValue, span: DurationSpan, m: re.Match[str]) -> DateValue | None:
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    if value.start is None or value.end is None or value.granularity not in ("year", "month",
                                                                               "day"):
        return None
    if value.timex is None or "/" in value.timex:
        return None
    finest = min((UNIT_ORDER.index(u) for _, u in (span.parts or ((span.amount, span.unit),))),
                 default=0)
    if _ANCHOR_UNIT[value.granularity] < finest <= UNIT_ORDER.index("D"):
        # "last month ... 3 weeks later": weeks or days counted from a whole month (or months
        # from a year) land anywhere within a span as long as the anchor; no value is honest
        return P.unresolved("day" if span.unit in ("W", "D") else "month")
    start = shift_date(dt.date.fromisoformat(value.start), span, sign)
    if start is None:
        return None
    if value.granularity == "year":
        return P.year(start.year).value()
    if value.granularity == "month":
        return P.month(start.year, start.month).value()
    return P.day(start).value()


_IN_BEFORE = re.compile(r"\b(?:in|within)\s+$", re.IGNORECASE)
# "the first time in two years", "the highest in a decade": a period looked back over
_PERIOD_WORDS = re.compile(
    r"\b(?:time|first|highest|lowest|biggest|largest|best|worst|most|least|ever|record|since|"
    r"strongest|weakest|fastest|slowest)\b[^.!?]{0,30}$", re.IGNORECASE)


# "in a fortnight's time", "in two years' time": the phrase itself looks ahead
_TIME_AFTER = re.compile(r"['’]s?\s+time\b", re.IGNORECASE)


# "The vote is in two weeks", "the deadline falls in a month": a scheduled thing said in the
# present, the length ending the clause (not "we are in a year of change")
_SCHEDULED = re.compile(r"(?:\b(?:is|are|comes|come|falls|fall|happens|expires|takes\s+place)"
                        r"|['’]s)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?)]|,\s|$|\s+(?:and|but|when)\b)")
# "Will he be back in two days? or in a week?": a fragment going on with "or" after a question
# keeps that question's tense
_GOES_ON = re.compile(r"(?P<stop>[?!])\s+(?:or|and)\s+$", re.IGNORECASE)


def _ahead(text: str, cue: re.Match[str], span: DurationSpan,
           guess: Callable[[int, int], Tense]) -> Tense:
    """The tense that decides whether "in" + a length (``cue`` its "in"/"within") is a day."""
    if _SCHEDULED.search(text, max(0, cue.start() - 14), cue.start()) and (
            _CLAUSE_END.match(text, span.end)):
        return "future"  # the clause's own verb, nearer than any reporting verb
    tense = guess(span.start, span.end)
    if tense is None and _TIME_AFTER.match(text, span.end):
        tense = "future"
    fragment = _GOES_ON.search(text, max(0, cue.start() - 8), cue.start())
    if tense is None and fragment:
        tense = guess(fragment.start("stop"), fragment.start("stop"))
    return tense


def in_future(
    text: str, spans: list[DateSpan | DurationSpan], date: dt.date | None,
    guess: Callable[[int, int], Tense],
) -> list[DateSpan | DurationSpan]:
    """ "He will leave in two weeks", "in a fortnight's time": with a future verb (or "'s
    time" after it), "in" + a length names a day."""
    out: list[DateSpan | DurationSpan] = []
    for span in spans:
        cue = (_IN_BEFORE.search(text, max(0, span.start - 8), span.start)
               if isinstance(span, DurationSpan) else None)
        if (cue and isinstance(span, DurationSpan)
                and not _PERIOD_WORDS.search(text, max(0, span.start - 50), span.start)
                and _ahead(text, cue, span, guess) == "future"):
            day = shift_date(date, span, 1) if date else None
            if day is not None or date is None:
                if day is None:
                    value = P.unresolved("day")
                elif cue.group().lower().startswith("within"):
                    assert date is not None
                    value = P.span(P.day(date), P.day(day)).value()  # by then, from today
                else:
                    value = P.day(day).value()
                out.append(DateSpan(cue.start(), span.end, value))
                continue
        out.append(span)
    return out
