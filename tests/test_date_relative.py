"""Stretches counted from the publication date or a stated day, the current period named by
"the", and vague lengths: example tables with the rows that must yield nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from date_cases import PUBLISHED
from date_cases import dates_found as _dates
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import DateSpan, find_dates


def _bounds(text: str, date: dt.date = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    return [(text[s.start:s.end], s.value.start, s.value.end)
            for s in find_dates(text, date=date) if isinstance(s, DateSpan)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # business days skip the weekend; the publication day itself is not counted
        ("Set it up for the next 4 business days.",
         [("the next 4 business days", "2024-05-15", "2024-05-20")]),
        ("Shares fell over the previous three working days.",
         [("the previous three working days", "2024-05-09", "2024-05-13")]),
        # the current unit up to the publication day
        ("The stock is down 20% in the year to date.", [("the year to date", "2024-01-01",
                                                         "2024-05-14")]),
        ("Month-to-date sales are flat.", [("Month-to-date", "2024-05-01", "2024-05-14")]),
        # a length laid from a stated day counts that day first
        ("He is away for 3 days from today.", [("3 days from today", "2024-05-14",
                                                "2024-05-16")]),
        ("She is out for 1 week, from 20th May.", [("1 week, from 20th May", "2024-05-20",
                                                    "2024-05-26")]),
        ("The closure lasts two weeks starting tomorrow.",
         [("two weeks starting tomorrow", "2024-05-15", "2024-05-28")]),
        ("It will be done less than 3 days after tomorrow.",
         [("less than 3 days after tomorrow", "2024-05-15", "2024-05-17")]),
        # without "for" or "starting", "3 days from today" is one day, the third
        ("The vote is 3 days from today.", [("3 days from today", "2024-05-17", "2024-05-17")]),
        # a compound length in falling units makes one stretch
        ("Prices rose over the last 3 months and 2 weeks.",
         [("the last 3 months and 2 weeks", "2024-01-31", "2024-05-13")]),
        ("They met three weeks from tmrw.", [("three weeks from tmrw", "2024-06-05",
                                              "2024-06-05")]),
    ],
)
def test_stretch_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She is partner of the year.", [("the year", "2024")]),
        ("A boutique was involved in each of the largest deals of the year.", []),
        ("Show sales in the week.", [("the week", "2024-W20")]),
        ("I'm away for the month.", [("the month", "2024-05")]),
        ("The shop is closed for the day.", [("the day", "2024-05-14")]),
        ("It is the biggest deal of the year, analysts say.", [("the year", "2024")]),
        # negative rows: a year the sentence defines, names or has already given
        ("The story happened the year before independence.", []),
        ("It rose in the year to March.", [("March", "2024-03")]),
        ("Exports rose in 2017, and in the year the firm hired 500 people.", [("2017", "2017")]),
        ("He was Time's Person of the Year.", []),
        ("She was person of the year in 1938.", [("1938", "1938")]),
        # the reported period of a results story, not the current one
        ("Profit for the year rose 5%.", []),
        # idioms and generic periods
        ("At the end of the day, voters decide.", []),
        ("Back in the day, it was cheaper.", []),
        ("Temperatures soar during the day.", []),
        ("It is the flavor of the week.", []),
        ("It took the next 3/4 of the year.", []),
        ("It is open any day of the week.", []),
        ("It is the fourth event of the day on Monday.", [("Monday", "2024-05-13")]),
    ],
)
def test_the_period_table(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll leave for a few hours.", [("a few hours", "PT3H")]),
        ("I'll leave for few minutes.", [("few minutes", "PT3M")]),
        ("The talks lasted several weeks.", [("several weeks", "P3W")]),
        ("She stayed for some days.", [("some days", "P3D")]),
        ("He stayed for another day.", [("another day", "P1D")]),
        ("I'll be offline for the hour.", [("the hour", "PT1H")]),
        # negative rows: a frequency, an idiom, a difference, a shift, a stretch to today
        ("Some days the queue is long.", []),
        ("They live to fight another day.", []),
        ("He is only a few years older than her.", []),
        ("It happened a few days ago.", []),
        ("It came a few months back.", []),
        ("A few days after the vote, he left.", []),
        ("Prices rose over the past few days.", []),
        ("He will decide in a few days.", []),
    ],
)
def test_vague_length_table(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


def test_vague_length_interval_says_it_is_vague() -> None:
    [span] = find_dates("It lasted several weeks.", date=PUBLISHED)
    assert not isinstance(span, DateSpan)
    assert (span.amount, span.step, span.days) == (3.0, 2.0, 21.0)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.integers(min_value=1, max_value=30))
def test_business_days_hold_exactly_n_weekdays_beside_the_reference(
        ref: dt.date, n: int) -> None:
    for rel, after in (("next", True), ("previous", False)):
        text = f"for the {rel} {n} business days"
        [span] = find_dates(text, date=ref)
        assert isinstance(span, DateSpan) and span.value.start and span.value.end
        first = dt.date.fromisoformat(span.value.start)
        last = dt.date.fromisoformat(span.value.end)
        days = [first + dt.timedelta(k) for k in range((last - first).days + 1)]
        assert sum(d.weekday() < 5 for d in days) == n
        assert first.weekday() < 5 and last.weekday() < 5
        assert (first > ref) if after else (last < ref)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.integers(min_value=1, max_value=60))
def test_a_length_from_a_day_covers_that_many_days(ref: dt.date, n: int) -> None:
    [span] = find_dates(f"closed for {n} days from today", date=ref)
    assert isinstance(span, DateSpan)
    assert span.value.start == ref.isoformat()
    assert span.value.end == (ref + dt.timedelta(days=n - 1)).isoformat()


def test_without_a_publication_date_stretches_stay_unresolved() -> None:
    assert _dates("for the next 4 business days; sales in the week", date=None) == [
        ("the next 4 business days", None), ("the week", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orders our patterns do not know, read by dateparser on the expression alone
        ("He returns September-2020-23.", [("September-2020-23", "2020-09-23")]),
        ("He returns 23-2020-September.", [("23-2020-September", "2020-09-23")]),
        ("He returns 2020/23/Sep", [("2020/23/Sep", "2020-09-23")]),
        # negative rows: no day in it, an impossible day, and the orders our rules read
        ("Codes Sep-2020-45 are void.", [("Sep-2020", "2020-09")]),
        ("It ran Feb-2021-30 by mistake.", [("Feb-2021", "2021-02")]),
        ("He will visit from May 16-17.", [("May 16-17", "2024-05-16/2024-05-17")]),
        ("It opened 23-Sep-2020.", [("23-Sep-2020", "2020-09-23")]),
    ],
)
def test_odd_order_table(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gains were strong this calendar year.", [("this calendar year", "2024-01-01",
                                                    "2024-12-31")]),
        ("Sales fell in the last calendar year.", [("last calendar year", "2023-01-01",
                                                    "2023-12-31")]),
        ("The party is at the EOY.", [("EOY", "2024-09-01", "2024-12-31")]),
        # negative rows: lower case is no shorthand, and a calendar is no date
        ("The eoy party is off.", []),
        ("They bought this calendar.", []),
    ],
)
def test_calendar_year_and_shorthand_table(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices will stay high for the rest of the year.",
         [("the rest of the year", "2024-05-14", "2024-12-31")]),
        ("Take the remainder of this week off.",
         [("the remainder of this week", "2024-05-14", "2024-05-19")]),
        # negative rows: a year the text defines or has named, a narrative in the past
        ("They stayed for the rest of the year before the war.", []),
        ("In 2015 sales fell for the rest of the year.", [("2015", "2015-01-01", "2015-12-31")]),
        ("He rested for the rest of the month.", []),
    ],
)
def test_rest_of_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("I'll go back on black friday 2010", PUBLISHED, [("black friday 2010", "2010-11-26")]),
        ("We will meet after Thanksgiving.", PUBLISHED, [("Thanksgiving", "2024-11-28")]),
        ("We met at Thanksgiving.", PUBLISHED, [("Thanksgiving", "2023-11-23")]),
        ("The Senate returns after Labor Day.", PUBLISHED, [("Labor Day", "2024-09-02")]),
        ("Crowds gathered on Memorial Day.", PUBLISHED, [("Memorial Day", "2023-05-29")]),
        ("Crowds gathered on Memorial Day.", dt.date(2024, 5, 27),
         [("Memorial Day", "2024-05-27")]),
        ("Martin Luther King Jr. Day is a holiday.", PUBLISHED,
         [("Martin Luther King Jr. Day", "2024-01-15")]),
        ("He had support on Election Day.", dt.date(2016, 8, 10),
         [("Election Day", "2016-11-08")]),
        ("He had support last Election Day.", dt.date(2016, 8, 10),
         [("last Election Day", "2014-11-04")]),
        ("Shops were full on Black Friday 2015.", dt.date(2016, 1, 5),
         [("Black Friday 2015", "2015-11-27")]),
        # negative rows: not capitalised, so no holiday; Mother's Day differs by country; the
        # shopping days without a year are a season of sales
        ("Shops cut prices on Black Friday.", PUBLISHED, []),
        ("They held a thanksgiving service.", PUBLISHED, []),
        ("It was election day in Britain.", PUBLISHED, []),
        ("Flowers sell out before Mother's Day.", PUBLISHED, []),
    ],
)
def test_floating_holiday_table(text: str, date: dt.date,
                                expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text, date) == expected
