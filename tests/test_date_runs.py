"""Runs of months, ranges into a written year, counted decades, shifts from a coarse anchor
and feast days named with a year: exact spans and values against a fixed publication date
(never the clock). Found through Recognizers-Text misreadings; the rules are news rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimcheck.dates import DateSpan, find_dates

PUBLISHED = dt.date(2024, 5, 14)  # a Tuesday


def _dates(text: str, date: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    out = []
    for span in find_dates(text, date=date):
        timex = span.value.timex if isinstance(span, DateSpan) else span.timex
        out.append((text[span.start:span.end], timex))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other month of a run is the cue a bare month needs
        ("What will happen May to March", [("May to March", "2024-05/2025-03")]),
        ("Sales ran from May to March.", [("May to March", "2023-05/2024-03")]),
        ("He said Nov-Feb was cold", [("Nov-Feb", "2023-11/2024-02")]),
        # "from"/"between" make a lowercase run a run
        ("What will happen between august and october",
         [("august and october", "2024-08/2024-10")]),
        ("between may and june", [("may and june", "2024-05/2024-06")]),
        # a bare month opening a run takes its year from the written end
        ("The talks ran Nov-Feb 5th, 2017.", [("Nov-Feb 5th, 2017", "2016-11/2017-02-05")]),
        ("from November to February 2017", [("November to February 2017", "2016-11/2017-02")]),
        # "in" between a month and its year, after a date cue
        ("Sales from april in 2016 to June in 2017 fell.",
         [("april in 2016 to June in 2017", "2016-04/2017-06")]),
        ("It opened in March in 2017.", [("March in 2017", "2017-03")]),
        # "to next": the end is the next return of that day, "this" the one of this year
        ("from this 5/12 to next 5/19", [("5/12 to next 5/19", "2024-05-12/2024-05-19")]),
        # negative rows: Theresa May, the verb "march", a protest march, a list of two months
        ("Theresa May to March", [("March", "2024-03")]),
        ("It may march on.", []),
        ("He plans to march in 2017.", [("2017", "2017")]),
        ("The Women's March in 2017 was big.", [("2017", "2017")]),
        ("What happened may and june", []),
    ],
)
def test_runs_of_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_next_return_of_a_day_already_past_is_next_year() -> None:
    assert _dates("from this 5/12 to next 5/19", dt.date(2019, 5, 20)) == [
        ("5/12 to next 5/19", "2019-05-12/2020-05-19")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calendar decades, as "the next decade" is
        ("It should be done in the next two decades.", [("the next two decades", "2030/2049")]),
        ("in the coming three decades", [("the coming three decades", "2030/2059")]),
        ("the next decade", [("next decade", "2030/2039")]),
        # negative rows: a past stretch of decades stays a length; "few" is no count
        ("over the past two decades", [("two decades", "P20Y")]),
        ("the next few decades", []),
    ],
)
def test_counted_decades(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weeks or days from a whole month, months from a whole year: no honest value
        ("The project was submitted last month and 3 weeks later it was approved.",
         [("last month", "2024-04"), ("3 weeks later", None)]),
        ("It was submitted last month and a fortnight later it was approved.",
         [("last month", "2024-04"), ("a fortnight later", None)]),
        ("It was submitted last month and two days later it was approved.",
         [("last month", "2024-04"), ("two days later", None)]),
        ("It was founded in 2010 and six months later it failed.",
         [("2010", "2010"), ("six months later", None)]),
        # the anchor is fine enough: the shifted value stands
        ("It was submitted last month and two months later it was approved.",
         [("last month", "2024-04"), ("two months later", "2024-06")]),
        ("It was founded in 2010 and a year later it failed.",
         [("2010", "2010"), ("a year later", "2011")]),
        ("He left on May 5, 2010 and two weeks later he returned.",
         [("May 5, 2010", "2010-05-05"), ("two weeks later", "2010-05-19")]),
        # minutes after a day: a length, as before
        ("He left the building on May 5, 2010, 20 mins later shooting began",
         [("May 5, 2010", "2010-05-05"), ("20 mins", "PT20M")]),
    ],
)
def test_shift_no_finer_than_its_anchor(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll go back on saint patrick 2020", [("saint patrick 2020", "2020-03-17")]),
        ("St Patrick 2020.", [("St Patrick 2020", "2020-03-17")]),
        ("St. Patrick's Day", [("St. Patrick's Day", "2024-03-17")]),
        # negative rows: the saint, a cathedral, a decade after the name
        ("Saint Patrick was a bishop", []),
        ("St. Patrick's Cathedral", []),
        ("St. Patrick 1990s school", [("1990s", "1990/1999")]),
        # a leap day in figures: the nearest leap year the tense allows
        ("It happened on 2/29", [("2/29", "2024-02-29")]),
        ("It will happen on 2/29", [("2/29", "2028-02-29")]),
        ("It happened on 2/30", [("2/30", None)]),
        # two figures after a spelled day are a count, not a two-digit year
        ("On January first 12 people were hurt.", [("January first", "2024-01-01")]),
    ],
)
def test_feasts_and_leap_days(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@given(st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)), st.integers(1, 12),
       st.integers(1, 12))
def test_a_run_of_two_bare_months_is_under_a_year_long(ref: dt.date, first: int,
                                                      last: int) -> None:
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
    assume(first != last)
    text = f"It ran from {names[first - 1]} to {names[last - 1]}."
    spans = [s for s in find_dates(text, date=ref) if isinstance(s, DateSpan)]
    assert len(spans) == 1
    v = spans[0].value
    assert v.start is not None and v.end is not None
    start, end = dt.date.fromisoformat(v.start), dt.date.fromisoformat(v.end)
    assert (start.month, end.month) == (first, last)
    assert 0 < (end.year - start.year) * 12 + end.month - start.month < 12
