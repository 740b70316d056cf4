"""Hypothesis strategies for dates as news writes them, relative to a publication date.

Private: the public names are re-exported by :mod:`claimcheck.testing`. Every expectation is
computed here from the drawn publication date; nothing reads the clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from hypothesis import strategies as st

MONTHS = tuple(calendar.month_name)[1:]
WEEKDAYS = tuple(calendar.day_name)
#: The forms :func:`news_dates` draws: "16 May 2024" (day), "May 16" (yearless), "May 16-17"
#: (range), "February 2022" (month), "2023" (year), "Tuesday" (weekday), "last year" (relative).
DATE_KINDS = ("day", "yearless", "range", "month", "year", "weekday", "relative")

# Sentences whose tense places a date before or after the publication date; `{}` is where
# the date phrase (with its preposition) goes.
_PAST = (
    "The two leaders met {}.",
    "The agreement was signed {}.",
    "Officials said {} that talks had ended.",
)
_FUTURE = (
    "The delegation will arrive {}.",
    "The two leaders will meet {}.",
    "The summit will open {}.",
)


@dataclass(frozen=True)
class WrittenDate:
    """A date expression in a sentence, with the calendar value it has on ``published``.

    ``sentence[start:end] == text``; ``text`` is the date expression itself (no "on"/"in").
    ``timex`` is ISO 8601 at the stated granularity ("2024", "2024-05", "2024-05-16",
    "2024-05-16/2024-05-17"); ``first``/``last`` are the inclusive ISO days it covers.
    ``relative`` is True when resolving it needs the publication date.
    """

    sentence: str
    start: int
    end: int
    text: str
    published: dt.date
    timex: str
    first: str
    last: str
    granularity: str
    relative: bool
    style: str


def _whole_month(
    sentence: str,
    start: int,
    end: int,
    text: str,
    pub: dt.date,
    year: int,
    month: int,
    relative: bool,
    style: str,
) -> WrittenDate:
    """A date expression that names one whole calendar month."""
    timex = f"{year}-{month:02d}"
    last = _month_end(year, month).isoformat()
    return WrittenDate(
        sentence, start, end, text, pub, timex, f"{timex}-01", last, "month", relative, style
    )


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def publication_dates(*, min_year: int = 2000, max_year: int = 2030) -> st.SearchStrategy[dt.date]:
    """Draw a publication date between 1 January ``min_year`` and 31 December ``max_year``."""
    return st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))


def _in_sentence(draw: st.DrawFn, phrase: str, text: str, future: bool) -> tuple[str, int, int]:
    template = draw(st.sampled_from(_FUTURE if future else _PAST))
    sentence = template.format(phrase)
    start = template.index("{}") + phrase.index(text)
    return sentence, start, start + len(text)


def _day(d: dt.date, style: str) -> str:
    month = MONTHS[d.month - 1]
    if style == "dmy":
        return f"{d.day} {month} {d.year}"
    if style == "mdy":
        return f"{month} {d.day}, {d.year}"
    if style == "dm":
        return f"{d.day} {month}"
    return f"{month} {d.day}"


@st.composite
def news_dates(
    draw: st.DrawFn, *, published: dt.date | None = None, kinds: tuple[str, ...] = DATE_KINDS
) -> WrittenDate:
    """Draw a date phrase in a sentence: "16 May 2024", "May 16, 2024", "May 16", "May 16-17",
    "16-17 May 2024", "February 2022", "2023", "Tuesday", "last year", "this month".

    The publication date is drawn too unless given. Guarantees: yearless and relative forms
    resolve unambiguously: a yearless day lies in the publication year on the side of the
    publication date that the sentence's tense says; a weekday lies within six days of the
    publication date (on or before it in past tense, on or after it in future tense; the
    publication day itself when it is that weekday).
    """
    pub = published or draw(publication_dates())
    kind = draw(st.sampled_from(kinds))
    if kind == "weekday":
        future = draw(st.booleans())
        offset = draw(st.integers(0, 6))
        day = pub + dt.timedelta(days=offset if future else -offset)
        text = WEEKDAYS[day.weekday()]
        sentence, start, end = _in_sentence(draw, f"on {text}", text, future)
        iso = day.isoformat()
        return WrittenDate(sentence, start, end, text, pub, iso, iso, iso, "day", True, "weekday")
    if kind == "relative":
        return _relative(draw, pub)
    if kind == "year":
        year = draw(st.integers(pub.year - 30, pub.year + 3))
        text = str(year)
        sentence, start, end = _in_sentence(draw, f"in {text}", text, year > pub.year)
        return WrittenDate(
            sentence,
            start,
            end,
            text,
            pub,
            text,
            f"{year}-01-01",
            f"{year}-12-31",
            "year",
            False,
            "year",
        )
    if kind == "month":
        year = draw(st.integers(pub.year - 10, pub.year + 1))
        month = draw(st.integers(1, 12))
        text = f"{MONTHS[month - 1]} {year}"
        sentence, start, end = _in_sentence(
            draw, f"in {text}", text, (year, month) > (pub.year, pub.month)
        )
        return _whole_month(sentence, start, end, text, pub, year, month, False, "month")
    if kind == "day":
        day = draw(
            st.dates(dt.date(max(1, pub.year - 5), 1, 1), dt.date(min(9999, pub.year + 2), 12, 31))
        )
        style = draw(st.sampled_from(("dmy", "mdy")))
        text = _day(day, style)
        sentence, start, end = _in_sentence(draw, f"on {text}", text, day > pub)
        iso = day.isoformat()
        return WrittenDate(sentence, start, end, text, pub, iso, iso, iso, "day", False, style)
    if kind == "yearless":
        day = draw(st.dates(dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31)))
        style = draw(st.sampled_from(("dm", "md")))
        text = _day(day, style)
        sentence, start, end = _in_sentence(draw, f"on {text}", text, day > pub)
        iso = day.isoformat()
        return WrittenDate(sentence, start, end, text, pub, iso, iso, iso, "day", True, style)
    return _range(draw, pub)


def _range(draw: st.DrawFn, pub: dt.date) -> WrittenDate:
    with_year = draw(st.booleans())
    low_year = pub.year - 5 if with_year else pub.year
    first = draw(st.dates(dt.date(max(1, low_year), 1, 1), dt.date(pub.year, 12, 28)))
    length = draw(st.integers(1, 3))
    last = first + dt.timedelta(days=length)
    if last.month != first.month:
        last = _month_end(first.year, first.month)
        if last == first:
            first -= dt.timedelta(days=1)
    month = MONTHS[first.month - 1]
    style = draw(st.sampled_from(("md-d", "d-dm")))
    if style == "md-d":
        text = f"{month} {first.day}-{last.day}" + (f", {first.year}" if with_year else "")
    else:
        text = f"{first.day}-{last.day} {month}" + (f" {first.year}" if with_year else "")
    future = first > pub
    sentence, start, end = _in_sentence(draw, f"on {text}", text, future)
    timex = f"{first.isoformat()}/{last.isoformat()}"
    return WrittenDate(
        sentence,
        start,
        end,
        text,
        pub,
        timex,
        first.isoformat(),
        last.isoformat(),
        "day",
        not with_year,
        style,
    )


def _relative(draw: st.DrawFn, pub: dt.date) -> WrittenDate:
    which = draw(st.sampled_from(("last", "this", "next")))
    unit = draw(st.sampled_from(("year", "month")))
    text = f"{which} {unit}"
    future = which == "next"
    sentence, start, end = _in_sentence(draw, text, text, future)
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        year = pub.year + shift
        return WrittenDate(
            sentence,
            start,
            end,
            text,
            pub,
            str(year),
            f"{year}-01-01",
            f"{year}-12-31",
            "year",
            True,
            "relative",
        )
    index = pub.year * 12 + pub.month - 1 + shift
    year, month = divmod(index, 12)
    month += 1
    return _whole_month(sentence, start, end, text, pub, year, month, True, "relative")
