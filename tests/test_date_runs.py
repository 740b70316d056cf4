"""Runs of months, ranges into a written year, counted decades, shifts from a coarse anchor
and feast days named with a year: exact spans and values against a fixed publication date
(never the clock). Found through Recognizers-Text misreadings; the rules are news rules."""

from __future__ import annotations

import datetime as dt

import pytest
from date_cases import PUBLISHED
from date_cases import dates_found as _dates
from hypothesis import assume, given
from hypothesis import strategies as st

from claimcheck.dates import DateSpan, find_dates


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
        # a start with a cue word of its own keeps its year; without one it takes the end's
        ("from this May to Oct 2025", [("this May to Oct 2025", "2024-05/2025-10")]),
        ("from May to Oct 2025", [("May to Oct 2025", "2025-05/2025-10")]),
        ("from May 2019 to June 2020", [("May 2019 to June 2020", "2019-05/2020-06")]),
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
        # "thanksgiving" in lowercase is the holiday only with its year right after it
        ("We'll take weekend of thanksgiving 2023 off", [("thanksgiving 2023", "2023-11-23")]),
        ("a prayer of thanksgiving", []),
        ("a day of thanksgiving, 2023 people came", []),
        # negative rows: the saint, a cathedral, a decade after the name
        ("Saint Patrick was a bishop", []),
        ("St. Patrick's Cathedral", []),
        ("St. Patrick 1990s school", [("1990s", "1990/1999")]),
        # a leap day in figures: the nearest leap year the tense allows
        ("It happened on 2/29", [("2/29", "2024-02-29")]),
        ("It will happen on 2/29", [("2/29", "2028-02-29")]),
        ("It happened on 2/30", [("2/30", None)]),
        # a written-wrong full date is a date with no value, not its year alone
        ("It was filed on 2/29/2019.", [("2/29/2019", None)]),
        ("It was filed on 2/29/2020.", [("2/29/2020", "2020-02-29")]),
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


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # two-digit years: the latest year at most ten years after the publication date
        ("The attack on 12/7/41 was a shock.", PUBLISHED, [("12/7/41", "1941-12-07")]),
        ("I'll go back 03/18/40.", dt.date(2016, 11, 7), [("03/18/40", "1940-03-18")]),
        ("The permit runs out on 5/3/30.", PUBLISHED, [("5/3/30", "2030-05-03")]),
        ("It was filed 3/18/15.", PUBLISHED, [("3/18/15", "2015-03-18")]),
        ("on 2/29/00", PUBLISHED, [("2/29/00", "2000-02-29")]),
        # undated text keeps the fixed 1950-2049 window
        ("I'll go back 03/18/40.", None, [("03/18/40", "2040-03-18")]),
        ("born 3/18/52", None, [("3/18/52", "1952-03-18")]),
        # negative rows: no such day in either century; a score
        ("on 2/30/15", PUBLISHED, []),
        ("They won 3-2-10 on aggregate.", PUBLISHED, []),
    ],
)
def test_two_digit_years(text: str, date: dt.date | None,
                         expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text, date) == expected


@given(st.dates(dt.date(1950, 1, 1), dt.date(2080, 12, 31)), st.integers(0, 99))
def test_a_two_digit_year_is_at_most_ten_years_ahead_and_keeps_its_digits(
        ref: dt.date, yy: int) -> None:
    spans = find_dates(f"It was signed on 1/15/{yy:02d}.", date=ref)
    assert len(spans) == 1 and isinstance(spans[0], DateSpan)
    year = int((spans[0].value.timex or "")[:4])
    assert year % 100 == yy
    assert ref.year + 10 - 100 < year <= ref.year + 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in" + a length after the clause's own present verb: a scheduled day
        ("The vote is in two weeks, he said.", [("in two weeks", "2024-05-28")]),
        ("The election is in a month.", [("in a month", "2024-06-14")]),
        ("The deadline's in three days.", [("in three days", "2024-05-17")]),
        # a fragment going on after a question keeps its tense
        ("Will he be back in two days? or in a week?",
         [("in two days", "2024-05-16"), ("in a week", "2024-05-21")]),
        ("He will be back in a week.", [("in a week", "2024-05-21")]),
        # negative rows: a stretch looked back over, a length inside a noun phrase, the past
        ("We are in a year of change.", [("a year", "P1Y")]),
        ("This is the first time in two years.", [("two years", "P2Y")]),
        ("He is in two weeks of training.", [("two weeks", "P2W")]),
        ("Prices rose 5% in two weeks.", [("two weeks", "P2W")]),
        ("He was back in two days? or in a week?", [("two days", "P2D"), ("a week", "P1W")]),
    ],
)
def test_in_a_length_ahead(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year opening a sentence or a paragraph is a year
        ("It was hot. 2016 was the hottest year on record.", [("2016", "2016")]),
        ("IG report: State was wrong.\n\n2013 FOIA reply reported no records.",
         [("2013", "2013")]),
        ("not united since Bush's election in.  1988. The one element", [("1988", "1988")]),
        # negative rows: after an abbreviation it is a number; a count opening a sentence
        ("He wore No. 2016 on his shirt.", []),
        ("See p. 2016 of the report.", []),
        ("It hired staff. 1950 of them left.", []),
        ("It hired staff. 2000 workers left.", []),
    ],
)
def test_a_year_opening_a_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the day" set beside a day restates it
        ("He stepped down on July 24, the day before the convention.",
         [("July 24", "2023-07-24"), ("the day", "2023-07-24")]),
        ("He spoke on Monday, the day of the vote.",
         [("Monday", "2024-05-13"), ("the day", "2024-05-13")]),
        ("On May 5, 2016, the same day that he resigned",
         [("May 5, 2016", "2016-05-05"), ("the same day", "2016-05-05")]),
        # negative rows: the idiom, a "the day" with no day before it, a month before it
        ("At the end of the day, the day before counts.", []),
        ("He came back the day before the vote.", []),
        ("In May, the day after the vote was quiet.", [("May", "2024-05")]),
    ],
)
def test_the_day_restating_a_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected
