"""Dates and durations resolved against the publication date passed in (never the clock)."""

from __future__ import annotations

import datetime as dt

import pytest
from date_cases import PUBLISHED
from date_cases import dates_found as _dates
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import DateSpan, DurationSpan, find_dates, infer_publication_date

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on 18 October 2023.", [("18 October 2023", "2023-10-18")]),
        ("They met on May 16, 2024.", [("May 16, 2024", "2024-05-16")]),
        ("Trade grew in 2023.", [("2023", "2023")]),
        ("The war began in February 2022.", [("February 2022", "2022-02")]),
        ("He will visit from May 16-17.", [("May 16-17", "2024-05-16/2024-05-17")]),
        ("He will visit on 16-17 May.", [("16-17 May", "2024-05-16/2024-05-17")]),
        ("Since his re-election in March he has travelled.", [("March", "2024-03")]),
        ("He will travel in March.", [("March", "2025-03")]),
        ("The ministry announced on Tuesday.", [("Tuesday", "2024-05-14")]),
        ("He will arrive on Thursday.", [("Thursday", "2024-05-16")]),
        ("He arrived on Thursday.", [("Thursday", "2024-05-09")]),
        ("Talks begin Thursday.", [("Thursday", "2024-05-16")]),
        ("He will come on Thursday and Friday this week.",
         [("Thursday", "2024-05-16"), ("Friday this week", "2024-05-17")]),
        ("They met last Wednesday.", [("last Wednesday", "2024-05-08")]),
        ("They will meet next Monday.", [("next Monday", "2024-05-20")]),
        ("Talks run from Monday to Wednesday.",
         [("from Monday to Wednesday", "2024-05-13/2024-05-15")]),
        ("Growth slowed last year.", [("last year", "2023")]),
        ("Growth slowed this year.", [("this year", "2024")]),
        ("Talks are set for early December.", [("early December", "2024-12")]),
        ("It happened late last July.", [("late last July", "2023-07")]),
        ("It happened yesterday.", [("yesterday", "2024-05-13")]),
        ("It happened two years ago.", [("two years ago", "2022")]),
        ("Exports fell in March and April this year.",
         [("March", "2024-03"), ("April this year", "2024-04")]),
        ("It lasted six months.", [("six months", "P6M")]),
        ("It lasted 18 months.", [("18 months", "P18M")]),
        ("It lasted a decade.", [("a decade", "P10Y")]),
        ("Output rose in the first quarter of 2024.",
         [("the first quarter of 2024", "2024-01/2024-03")]),
        ("Prices doubled between 2014 and 2018.", [("between 2014 and 2018", "2014/2018")]),
        ("In the 1990s, it grew.", [("the 1990s", "1990/1999")]),
        ("Dated 2024-05-16.", [("2024-05-16", "2024-05-16")]),
        ("The vote is on 11/20.", [("11/20", "2024-11-20")]),
        ("Security has tightened since 9/11.", [("9/11", "2001-09-11")]),
        ("Talks will end before Christmas.", [("Christmas", "2024-12-25")]),
        ("It ended 2 weeks before May 13 1999.", [("2 weeks before May 13 1999", "1999-04-29")]),
        ("Talks end two weeks from now.", [("two weeks from now", "2024-05-28")]),
        ("It paid $4.1bn in fiscal 2023, down from $4.7bn a year earlier.",
         [("2023", "2023"), ("a year earlier", "2022")]),
        ("He left in 2019. Three years later, he returned.",
         [("2019", "2019"), ("Three years", "P3Y")]),
        ("He will leave in two weeks.", [("in two weeks", "2024-05-28")]),
        ("It will be the first time in two years.", [("two years", "P2Y")]),
        ("It will be done within 3 days.", [("within 3 days", "2024-05-14/2024-05-17")]),
        ("Last Easter he left.", [("Last Easter", "2024-03-31")]),
        ("He left on Easter Monday 2019.", [("Easter Monday 2019", "2019-04-22")]),
        ("Sales fell in Q1 2024.", [("Q1 2024", "2024-01/2024-03")]),
        ("Growth from 2017 Q1 to 2018 Q1.", [("2017 Q1 to 2018 Q1", "2017-01/2018-03")]),
        ("It began in the 15th century.", [("the 15th century", "1400/1499")]),
        ("Output fell in the first week of 2015.", [("the first week of 2015", "2015-W01")]),
        ("Brent will average $86 in the third quarter.",
         [("the third quarter", "2024-07/2024-09")]),
        ("He scored in the third quarter of the game.", []),
        ("A deficit was likely between July and September.",
         [("July and September", "2024-07/2024-09")]),
        ("Prices rose over the past three months.",
         [("the past three months", "2024-02-14/2024-05-13")]),
        ("Output grew over the next couple of weeks.",
         [("the next couple of weeks", "2024-05-15/2024-05-28")]),
        ("What happened in the 5 past years?", [("the 5 past years", "2019-05-14/2024-05-13")]),
        ("Profits fell in the past two quarters.", [("the past two quarters", "2023-10/2024-03")]),
        ("Sales will grow over the coming three quarters.",
         [("the coming three quarters", "2024-07/2025-03")]),
        ("Cases rose over the past fortnight.", [("the past fortnight", "2024-04-30/2024-05-13")]),
        ("It was closed from March to May 2023.", [("March to May 2023", "2023-03/2023-05")]),
        ("They met on the fourth of July 1995.", [("the fourth of July 1995", "1995-07-04")]),
        ("It happened on the 18th.", [("the 18th", "2024-04-18")]),
        ("They meet on Tuesday the 21st.", [("Tuesday the 21st", "2024-05-21")]),
        ("They met on February twenty second.", [("February twenty second", "2024-02-22")]),
        ("In October, 15 people died.", [("October", "2023-10")]),
        ("They met on Tuesday of last week.", [("Tuesday of last week", "2024-05-07")]),
        ("They left in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
        ("It opened in October two thousand and five.",
         [("October two thousand and five", "2005-10")]),
        ("It sailed on 6 April seventeen hundred thirty three.",
         [("6 April seventeen hundred thirty three", "1733-04-06")]),
        ("He was born in nineteen oh five.", [("nineteen oh five", "1905")]),
        ("Fighting resumed Mon 13th.", [("Mon 13th", "2024-05-13")]),
        ("Rent is due on the 15th day of next month.",
         [("the 15th day of next month", "2024-06-15")]),
        ("Sales peaked in week 27 of last year.", [("week 27 of last year", "2023-W27")]),
        ("Sales peaked in the week 3 of 2027.", [("week 3 of 2027", "2027-W03")]),
        ("He scored in week 10 of the season.", []),
        ("The Sun 14th edition sold out.", []),
        ("Talks went on all day.", [("all day", "P1D")]),
        ("The 10Y yield rose.", [("10Y", "P10Y")]),
        ("It needs one and half hour.", [("one and half hour", "PT1.5H")]),
        ("It needs one hour and half.", [("one hour and half", "PT1.5H")]),
        ("A ½ hour call.", [("½ hour", "PT0.5H")]),
        ("They sold 3M shares.", []),
        ("They sold it on Dec31, 1994.", [("Dec31, 1994", "1994-12-31")]),
        ("Back Oct/2.", [("Oct/2", "2024-10-02")]),
        ("He was born on 15 April of 87.", [("15 April of 87", "1987-04-15")]),
        ("In May of 22 people died.", [("May", "2024-05")]),
        ("It happened on Feb 29.", [("Feb 29", "2024-02-29")]),
        ("It will happen on Feb 29.", [("Feb 29", "2028-02-29")]),
        ("Trials lasted a fortnight.", [("a fortnight", "P2W")]),
        ("He paid $12 December 27.", [("December 27", "2023-12-27")]),
        ("Back Fri 14th.", [("Fri 14th", "2024-06-14")]),
        ("Profits rose in Q3.", [("Q3", "2023-07/2023-09")]),
        ("It was shut the first ten days of last year.",
         [("the first ten days of last year", "2023-01-01/2023-01-10")]),
        ("Works fill the last 3 weeks of this year.",
         [("the last 3 weeks of this year", "2024-12-09/2024-12-29")]),
        ("It opens the 9th month of next year.", [("the 9th month of next year", "2025-09")]),
        ("The Audi Q3 sold well.", []),
        ("It boomed in the 90s.", [("the 90s", "1990/1999")]),
        ("Rates were high in the eighties.", [("the eighties", "1980/1989")]),
        ("A man in his forties was hurt.", []),
        ("Highs reached the nineties.", []),
        ("Talks resume later in the year.", [("later in the year", "2024")]),
        ("Talks resume the week after next.", [("the week after next", "2024-W22")]),
        ("Talks end next working week.", [("next working week", "2024-W21")]),
        ("She was born on twenty five January nineteen eighty six.",
         [("twenty five January nineteen eighty six", "1986-01-25")]),
        ("In May twenty people died.", [("May", "2024-05")]),
        ("The hearing lasted 1 hour and 30 minutes.",
         [("1 hour and 30 minutes", "PT1H30M")]),
        ("He served 2 years, 3 months in prison.", [("2 years, 3 months", "P2Y3M")]),
        ("They found it 2 weeks and 2 days ago.", [("2 weeks and 2 days ago", "2024-04-28")]),
        ("See www.example.com/report-20170302.html", [("20170302", "2017-03-02")]),
        ("He wants to retire in 3 years.", [("in 3 years", "2027-05-14")]),
        ("Polls open on 18 and 19 June.", [("18", "2024-06-18"), ("19 June", "2024-06-19")]),
        ("They met on May 2, 5 and 9.",
         [("May 2", "2024-05-02"), ("5", "2024-05-05"), ("9", "2024-05-09")]),
        ("Slots on 11/20, 11/22 or 11/25.",
         [("11/20", "2024-11-20"), ("11/22", "2024-11-22"), ("11/25", "2024-11-25")]),
        ("He will return Monday two weeks from now.",
         [("Monday two weeks from now", "2024-05-27")]),
        ("We'll meet in 3 days on Friday.", [("in 3 days on Friday", "2024-05-17")]),
        ("Let's meet on Thursday, week 23.", [("Thursday", "2024-06-06"),
                                               ("week 23", "2024-W23")]),
        ("He starred in Week 10 of the season.", []),
        ("Prices rose between 2010 and now.", [("2010 and now", "2010/2024-05-14")]),
        ("Sales since March to date rose.", [("March to date", "2024-03/2024-05-14")]),
        ("Talks run between now and 15 November.",
         [("between now and 15 November", "2024-05-14/2024-11-15")]),
        ("It is the biggest to date.", []),
        ("Juneteenth 2023 fell on a Monday.", [("Juneteenth 2023", "2023-06-19"),
                                                ("Monday", "2024-05-13")]),
        ("The vote is set for next 6/12.", [("6/12", "2024-06-12")]),
        ("It took the next 3/4 of the year.", []),
        ("Back in a fortnight's time.", [("in a fortnight", "2024-05-28")]),
        # negative rows: a past verb makes "in two years' time" a length
        ("Prices doubled in two years' time.", [("two years", "P2Y")]),
        ("Talks will run from April to June.", [("April to June", "2025-04/2025-06")]),
        ("Sales rose from April to June.", [("April to June", "2023-04/2023-06")]),
        ("He stayed from March to May.", [("March to May", "2024-03/2024-05")]),
        # negative rows: "to May" without a month before it is the politician
        ("He wrote to May.", []),
        # negative rows: a weekday beside a length or an unrelated clause stays a weekday
        ("He left on Friday, two days after the vote.", [("Friday", "2024-05-10"),
                                                          ("two days", "P2D")]),
        # negative rows: a count after a date is no listed day
        ("On May 2, 30 were killed.", [("May 2", "2024-05-02")]),
        ("He met May 2 and 29 people.", [("May 2", "2024-05-02")]),
        ("He killed 18 and 19 June.", [("19 June", "2023-06-19")]),
        ("Warming will pass 3C by 2100.", [("2100", "2100")]),
        ("Sales of 6,107.31 August 2019 figures.", [("August 2019", "2019-08")]),
        # negative rows: 22nd-century figures that count things
        ("He sent 2100 troops.", []),
        # negative rows: eight figures that are a count, a price or no calendar day
        ("It has 20161016 users.", []),
        ("It cost $20161016.", []),
        ("Ref 20161332.", []),
        # negative rows: lengths in rising or repeated units are two lengths, not one
        ("Terms of 30 minutes and 1 hour.", [("30 minutes", "PT30M"), ("1 hour", "PT1H")]),
        ("Jail for 5 years and 3 years.", [("5 years", "P5Y"), ("3 years", "P3Y")]),
        # negative rows: numbers that are not dates, words that are not months
        ("In October two thousand people marched.", [("October", "2023-10")]),
        ("In two thousand cases it failed.", []),
        ("They marked the 75th anniversary.", []),
        ("He sent 2000 troops.", []),
        ("It cost $2024.", []),
        ("You may go, she said.", []),
        ("The Sunday Times reported it.", []),
        ("They won on 1/2 of the seats.", []),
        ("She will serve on the 4th Circuit.", []),
        ("Shops cut prices on Black Friday.", []),
        ("Thousands march in the streets.", []),
        ("Sales of 1,998 units.", []),
        ("The 12-year-old boy ran.", []),
    ],
)
def test_date_table(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("They met on 18 October 2023.", "2023-10-18", "2023-10-18", "day"),
        ("The war began in February 2022.", "2022-02-01", "2022-02-28", "month"),
        ("Trade grew in 2023.", "2023-01-01", "2023-12-31", "year"),
        ("He will be in China this week.", "2024-05-13", "2024-05-19", "week"),
        ("He will visit from May 16-17.", "2024-05-16", "2024-05-17", "day"),
    ],
)
def test_dates_have_inclusive_bounds_and_granularity(
    text: str, start: str, end: str, granularity: str
) -> None:
    (span,) = find_dates(text, date=PUBLISHED)
    assert isinstance(span, DateSpan)
    assert (span.value.start, span.value.end, span.value.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "text", ["It happened on Tuesday.", "Growth slowed last year.", "He left in March.",
             "It happened yesterday.", "They will meet next Monday."],
)
def test_relative_dates_without_a_publication_date_stay_unresolved(text: str) -> None:
    (span,) = find_dates(text, date=None)
    assert isinstance(span, DateSpan)
    assert (span.value.timex, span.value.start, span.value.end) == (None, None, None)


def test_absolute_dates_resolve_without_a_publication_date() -> None:
    (span,) = find_dates("They met on 18 October 2023.", date=None)
    assert isinstance(span, DateSpan)
    assert span.value.timex == "2023-10-18"


def test_compound_duration_is_measured_as_the_sum_of_its_parts() -> None:
    (span,) = find_dates("It took 1 hour and 30 minutes.", date=PUBLISHED)
    assert isinstance(span, DurationSpan)
    assert (span.timex, span.amount, span.unit) == ("PT1H30M", 90.0, "MIN")


def test_duration_is_measured_in_days() -> None:
    (span,) = find_dates("It took six months.", date=PUBLISHED)
    assert isinstance(span, DurationSpan)
    assert (span.timex, span.days) == ("P6M", pytest.approx(6 * 30.436875))


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.sampled_from(WEEKDAYS),
    st.sampled_from(["will meet on", "met on", "meets on"]),
)
def test_weekday_resolves_within_a_week_of_the_publication_date(
    published: dt.date, weekday: str, verb: str
) -> None:
    (span,) = find_dates(f"The leaders {verb} {weekday}.", date=published)
    assert isinstance(span, DateSpan) and span.value.start is not None
    resolved = dt.date.fromisoformat(span.value.start)
    assert WEEKDAYS[resolved.weekday()] == weekday
    assert abs((resolved - published).days) <= 6
    if verb == "will meet on":
        assert resolved >= published
    if verb == "met on":
        assert resolved <= published


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.sampled_from(WEEKDAYS),
    st.sampled_from(["this", "next", "last"]),
)
def test_weekday_with_a_week_cue_lands_in_that_week(
    published: dt.date, weekday: str, cue: str
) -> None:
    (span,) = find_dates(f"The leaders meet on {weekday} {cue} week.", date=published)
    assert isinstance(span, DateSpan) and span.value.start is not None
    resolved = dt.date.fromisoformat(span.value.start)
    shift = {"this": 0, "next": 1, "last": -1}[cue]
    week_of = published + dt.timedelta(weeks=shift)
    assert resolved.isocalendar()[:2] == week_of.isocalendar()[:2]
    assert WEEKDAYS[resolved.weekday()] == weekday


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_written_date_round_trips(day: dt.date) -> None:
    month = day.strftime("%B")
    for text in (f"on {day.day} {month} {day.year}.", f"on {month} {day.day}, {day.year}."):
        (span,) = find_dates(text, date=PUBLISHED)
        assert isinstance(span, DateSpan)
        assert span.value.timex == day.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEIJING, Tuesday, May 14, 2024 - Putin said he met Xi on 18 October 2023.",
         dt.date(2024, 5, 14)),
        ("Talks on 18 October 2023 and 3 March 2024 went well.", dt.date(2024, 3, 3)),
        # a weekday that does not agree with its date is ignored
        ("Monday, May 14, 2024: the talks of 2 May 2024.", dt.date(2024, 5, 14)),
        ("No dates here at all, only on Tuesday.", None),
        # a day and month beside their weekday fix the year; a past weekday, the day
        ("Trade grew in 2023. The summit runs June 20-21, on Thursday and Friday, officials "
         "said on Monday.", dt.date(2024, 6, 17)),
        ("Trade grew in 2023. The summit runs June 20-21, on Thursday and Friday.",
         dt.date(2024, 6, 20)),
        # a weekday that fits no nearby year leaves the latest stated day
        ("Talks on 3 March 2023 failed. Next up: May 16, a Sunday.", dt.date(2023, 3, 3)),
        ("", None),
    ],
)
def test_infer_publication_date(text: str, expected: dt.date | None) -> None:
    assert infer_publication_date(text) == expected
