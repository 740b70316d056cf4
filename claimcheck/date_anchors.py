"""Days told from a day the story just gave: "The debate was on Oct. 9. The next day, ...".

News tells a sequence of events by dating the first and stepping from it: "the next day",
"the day before", "that day", "the following week", "a week later", "two days earlier", "the
following month", "the month before", "two months later". Such an
expression is resolved from its **anchor**, the day-granularity date written before it in the
same paragraph or the sentence before, and only when that anchor is unambiguous: every
day-granularity date in that stretch names the same day. With no anchor, or two candidates,
it stays what it was (no date, or a bare length), never a guess.

A range anchor ("May 16-17") is its end for what comes after ("the next day", "a week
later") and its start for what comes before ("the day before", "two days earlier"); "that day"
needs a single day. A week steps from the anchor's week ("the following week" after a day of
week 41 is week 42). A month steps from the one month the month- or day-granularity dates of
that stretch fall in ("In May 2015 …. The next month" is June 2015); "over the next month" and
"in the next month" count from the publication date and are left alone.

"the day before" or "a week after" followed by what it is before or after ("the day before the
shooting", "a week after Trump spoke") counts from that event, not from the anchor, so those
are left alone; so is "the same day that ...".

A second reader steps lengths from dates: :func:`claimcheck.date_shifts.anchored_shifts`,
which runs first (:func:`claimcheck.dates.find_dates`) and reads "N units earlier/later" from
the date just before it *in the same sentence*, at any granularity ("$4.1bn in fiscal 2023,
down from $4.7bn a year earlier"). Both exist because they answer different questions: within
a sentence the nearest date is what the writer counts from, even among several and even a
year or a month; across sentences only a day the whole stretch agrees on is safe, and only
days, weeks and months are stepped. Whatever anchored_shifts resolved reaches this module as a
date and is left alone; merging the two would have to keep both rules.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right

from . import periods as P
from .date_shifts import shift_date
from .date_spans import DateSpan, DurationSpan
from .models import DateValue
from .sentence_ends import sentence_ends

__all__ = ["anchored_days"]

# after "before"/"after": only the end of the clause, or a word that cannot open the event
# the phrase would otherwise count from ("the day before at a rally", "the day before, ...")
_NOTHING_NAMED = (r"(?=\s*(?:[.,;:!?)\]—–]|\s-\s|$)|\s+(?:at|in|on|and|but|or|with|from|for|by"
                  r"|during)\b)")

_PART = r"(?:day|morning|afternoon|evening|night)\b"
_EXPRESSION = re.compile(
    rf"\b(?:(?P<next>the\s+(?:next|following)\s+{_PART})"
    rf"|(?P<prev>the\s+(?:previous|prior|preceding)\s+{_PART})"
    rf"|(?P<after>the\s+{_PART}\s+after){_NOTHING_NAMED}"
    rf"|(?P<before>the\s+{_PART}\s+before){_NOTHING_NAMED}"
    rf"|(?P<same>(?:that|that\s+same|the\s+same)\s+{_PART})(?!\s+(?:that|as|of|when|which)\b)"
    r"|(?P<wnext>the\s+following\s+week\b)(?!\s+of\b)"
    r"|(?P<wafter>the\s+week\s+after)" + _NOTHING_NAMED
    + r"|(?P<wprev>the\s+(?:previous|prior|preceding)\s+week\b)"
    r"|(?P<wbefore>the\s+week\s+before)" + _NOTHING_NAMED
    + r"|(?P<wsame>(?:that|that\s+same|the\s+same)\s+week\b)(?!\s+(?:that|as|of|when|which)\b)"
    # "over the next month", "within the next month" count from the publication date
    r"|(?<!over\s)(?<!within\s)(?<!during\s)(?<!for\s)(?<!throughout\s)(?<!in\s)"
    r"(?P<mnext>the\s+(?:next|following)\s+month\b)(?!\s+(?:of|or)\b)"
    r"|(?P<mafter>the\s+month\s+after)" + _NOTHING_NAMED
    + r"|(?P<mprev>the\s+(?:previous|prior|preceding)\s+month\b)"
    r"|(?P<mbefore>the\s+month\s+before)" + _NOTHING_NAMED
    + r"|(?P<msame>(?:that|that\s+same|the\s+same)\s+month\b)(?!\s+(?:that|as|of|when|which)\b))",
    re.IGNORECASE)

# "a week later", "two days earlier", "three days after.": a length stepping from the anchor
_SHIFT = re.compile(r"\s+(?:(?P<later>later)|(?P<earlier>earlier))(?!\s+than\b)"
                    rf"|\s+(?:(?P<after>after){_NOTHING_NAMED}|(?P<before>before){_NOTHING_NAMED})",
                    re.IGNORECASE)

_QUOTE_MARK = re.compile(r"[“”\"]")

# "nearly two weeks later", "less than a week earlier": no day to name
_HEDGED = re.compile(r"\b(?:nearly|almost|about|around|roughly|some|over|under|than|just"
                     r"|approximately|within)\s+$", re.IGNORECASE)

class _Spans:
    """The finder's spans in text order, with their starts for bisection, so each anchor
    looks only at the spans just before it (a long text has thousands)."""

    def __init__(self, spans: list[DateSpan | DurationSpan]) -> None:
        self.items = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.items]
        self.longest = max((s.end - s.start for s in self.items), default=0)

    def between(self, lo: int, hi: int) -> list[DateSpan | DurationSpan]:
        """The spans starting in ``[lo, hi)``."""
        return self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def anchored_days(
    text: str, spans: list[DateSpan | DurationSpan]
) -> list[DateSpan | DurationSpan]:
    """``spans`` with the expressions above resolved from their anchors, in text order.

    New :class:`DateSpan` items are added for "the next day" and its kin; a
    :class:`DurationSpan` of days or weeks followed by later/earlier/after/before becomes the
    day it steps to. Spans already there are never changed otherwise; nothing is raised.
    """
    if not spans:
        return spans
    ends = sentence_ends(text)
    found = _Spans(spans)
    # _step keeps each span's start, so the stepped list stays in the same order
    stepped = _Spans([_step(text, s, found, ends) if isinstance(s, DurationSpan) else s
                      for s in found.items])
    dropped: set[int] = set()
    added: list[DateSpan | DurationSpan] = []
    for m in _EXPRESSION.finditer(text):
        kind = next(k for k, v in m.groupdict().items() if v is not None)
        end = m.start() + len(m.group(kind))
        inside = [s for s in stepped.between(m.start() - stepped.longest, end)
                  if s.start < end and m.start() < s.end and id(s) not in dropped]
        # "the following week", "the previous week", "the same week" are read from the
        # publication date by the finder; an anchor, where there is one, says better
        if inside and not (kind[0] in "wm" and all(
                isinstance(s, DateSpan) and m.start() <= s.start and s.end <= end
                for s in inside)):
            continue
        anchor = (_month_anchor(text, m.start(), found, ends) if kind.startswith("m")
                  else _anchor(text, m.start(), found, ends, weeks=kind.startswith("w")))
        value = _resolve(kind, anchor)
        if value is not None:
            dropped.update(id(s) for s in inside)
            added.append(DateSpan(m.start(), end, value))
    out = [s for s in stepped.items if id(s) not in dropped] + added
    return sorted(out, key=lambda s: s.start)


def _stretch_start(text: str, start: int, ends: list[int]) -> int:
    """Where the anchor may lie from: the start of the paragraph or of the sentence before,
    whichever is earlier (blank lines are no sentence)."""
    paragraph = text.rfind("\n", 0, start) + 1
    k = bisect_right(ends, start)  # ends[:k] are the sentence ends at or before start
    current = ends[k - 1] if k else 0
    previous = current
    for j in range(k - 2, -2, -1):
        candidate = ends[j] if j >= 0 else 0
        if text[candidate:current].strip():
            previous = candidate
            break
    return min(paragraph, previous)


# How far back an anchor is looked for: a news paragraph is far shorter, and a page scraped
# as one unbroken line must not make every lookup read all the dates before it.
_ANCHOR_REACH = 3000
# How far back a quotation's opening mark is looked for: a paragraph of one unbroken line
# (a scraped page) must not make every lookup read the text from its start.
_QUOTE_REACH = 3000


def _quote_start(text: str, start: int) -> int:
    """Where the quotation holding ``start`` opens (0 outside quotes): a speaker's "the day
    before" counts from a day the speaker gave, not from the writer's dateline."""
    paragraph = max(text.rfind("\n", 0, start) + 1, start - _QUOTE_REACH)
    opened = -1
    for m in _QUOTE_MARK.finditer(text, paragraph, start):
        mark = m.group()
        # a straight mark opens a quote when none is open, and closes the open one
        opens = mark == "“" or (mark == '"' and opened < 0)
        opened = m.start() if opens else -1
    return max(opened, 0)


def _before(text: str, start: int, spans: _Spans, ends: list[int]) -> list[DateSpan]:
    """The resolved dates of the stretch an anchor may lie in, ending before ``start``."""
    lo = max(_stretch_start(text, start, ends), _quote_start(text, start), start - _ANCHOR_REACH)
    return [s for s in spans.between(lo, start)
            if isinstance(s, DateSpan) and s.end <= start
            and s.value.start and s.value.end and s.value.timex]


def _anchor(text: str, start: int, spans: _Spans, ends: list[int], *,
            weeks: bool) -> DateValue | None:
    """The one day (or, for ``weeks``, day or week) the dates before ``start`` name, if one."""
    values = {s.value for s in _before(text, start, spans, ends)
              if s.value.granularity == "day" or (weeks and s.value.granularity == "week")}
    return values.pop() if len(values) == 1 else None


def _month_anchor(text: str, start: int, spans: _Spans, ends: list[int]) -> DateValue | None:
    """The one month the month- or day-granularity dates before ``start`` fall in, if one:
    "In May 2015 …. The next month" and "On May 3 …. The following month" both step from
    May 2015."""
    months = {s.value.start[:7] for s in _before(text, start, spans, ends)
              if s.value.start and s.value.end
              and s.value.granularity in ("day", "month")
              and s.value.start[:7] == s.value.end[:7]}
    if len(months) != 1:
        return None
    year, month = (int(x) for x in months.pop().split("-"))
    return P.month(year, month).value()


def _resolve(kind: str, anchor: DateValue | None) -> DateValue | None:
    if anchor is None or anchor.start is None or anchor.end is None:
        return None
    first, last = dt.date.fromisoformat(anchor.start), dt.date.fromisoformat(anchor.end)
    if kind.startswith("m"):
        step = {"mnext": 1, "mafter": 1, "mprev": -1, "mbefore": -1, "msame": 0}[kind]
        moved = P.shift_months(first, step)
        return P.month(moved.year, moved.month).value()
    single = first == last
    if kind in ("next", "after"):
        return P.day(last + dt.timedelta(days=1)).value()
    if kind in ("prev", "before"):
        return P.day(first - dt.timedelta(days=1)).value()
    if kind == "same":
        return P.day(first).value() if single else None
    if kind in ("wnext", "wafter"):
        return P.iso_week(last + dt.timedelta(days=7)).value()
    if kind in ("wprev", "wbefore"):
        return P.iso_week(first - dt.timedelta(days=7)).value()
    if kind == "wsame" and (anchor.granularity == "week" or single):
        return P.iso_week(first).value()
    return None


def _step(text: str, span: DurationSpan, spans: _Spans,
          ends: list[int]) -> DateSpan | DurationSpan:
    """ "A week later": a length of days or weeks counted from the anchor day, when one is;
    "two months later": whole months counted from the anchor month."""
    m = _SHIFT.match(text, span.end)
    if (m is None or span.unit not in ("D", "W", "M") or span.parts
            or _HEDGED.search(text, max(0, span.start - 20), span.start)):
        return span
    months = span.unit == "M"
    anchor = (_month_anchor(text, span.start, spans, ends) if months
              else _anchor(text, span.start, spans, ends, weeks=False))
    if anchor is None or anchor.start is None or anchor.end is None:
        return span
    earlier = bool(m.group("earlier") or m.group("before"))
    cut = m.end() - (len(m.group()) - len(m.group().rstrip()))
    if months:
        if not float(span.amount).is_integer():
            return span
        moved = P.shift_months(dt.date.fromisoformat(anchor.start),
                               int(span.amount) * (-1 if earlier else 1))
        return DateSpan(span.start, cut, P.month(moved.year, moved.month).value())
    day = shift_date(dt.date.fromisoformat(anchor.start if earlier else anchor.end), span,
                   -1 if earlier else 1)
    if day is None:
        return span
    return DateSpan(span.start, cut, P.day(day).value())
