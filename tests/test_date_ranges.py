"""Absolute dates written loosely, months, weeks of a month, decades and ranges between two
dates: exact spans and values against a fixed publication date (never the clock)."""

from __future__ import annotations

import datetime as dt

import pytest
from date_cases import PUBLISHED
from date_cases import dates_found as _dates
from hypothesis import assume, given
from hypothesis import strategies as st

from claimcheck.dates import DateSpan, find_dates


def _bounds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[s.start:s.end], s.value.start, s.value.end)
            for s in find_dates(text, date=PUBLISHED) if isinstance(s, DateSpan)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase month after "in" where the sentence stops or goes on with a little word
        ("It may be in may", [("may", "2024-05")]),
        ("I went back to China in the april.", [("april", "2024-04")]),
        ("In dec $DEC farming is coming", [("dec", "2024-12")]),
        # past tense: the June before the publication date
        ("prices fell in june and july", [("june", "2023-06")]),
        # negative rows: the modal, the noun, the adjective
        ("You may go.", []),
        ("The people in may want to leave.", []),
        ("They held a march on Washington.", []),
        ("They took part in the march.", []),
        ("They dined in the august company of kings.", []),
        ("He will march in may protests", []),
    ],
)
def test_lowercase_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I went back to China in 2017 april.", [("2017 april", "2017-04")]),
        ("Sales peaked in 2019 March, then fell.", [("2019 March", "2019-03")]),
        # Theresa May, not the month: "May" must end the phrase
        ("In 2017 May called a snap election.", [("2017", "2017"), ("May", "2024-05")]),
        ("I'll go back May twenty nine", [("May twenty nine", "2024-05-29")]),
        ("On March twenty five people died.", [("March", "2024-03")]),
        # the written date wins over "this"; the year is the nearest one the weekday agrees with
        ("set up a call this Friday-Jun-14 with Jim", [("this Friday-Jun-14", "2024-06-14")]),
        ("a call this friday (jun-16) with Jim", [("this friday (jun-16)", "2023-06-16")]),
        # no year within one of the publication year agrees: the written date, this year
        ("a call this Monday-Jun-15 with Jim", [("this Monday-Jun-15", "2024-06-15")]),
        ("They meet on Friday (June 14).", [("Friday (June 14)", "2024-06-14")]),
        ("set something up around the 21st this month.", [("the 21st this month", "2024-05-21")]),
        ("It is due on the 3rd of next month.", [("the 3rd of next month", "2024-06-03")]),
        ("Coffee at Starbucks on 29th - meet at 2pm", [("29th", "2024-05-29")]),
        ("On 2016 10 16, the conference started.", [("2016 10 16", "2016-10-16")]),
        # a part of a month keeps the year written after it
        ("It happened in early March 2023.", [("early March 2023", "2023-03")]),
        ("Talks end by the end of March 2023.", [("the end of March 2023", "2023-03")]),
        ("It peaked in mid-May 2022.", [("mid-May 2022", "2022-05")]),
        # a day or month in the year named after it keeps that year
        ("He met her on March 3 last year.", [("March 3 last year", "2023-03-03")]),
        ("He met her on 5 May last year.", [("5 May last year", "2023-05-05")]),
        ("He met her in May of last year.", [("May of last year", "2023-05")]),
        ("Elections are due on the 3rd of March next year.",
         [("the 3rd of March next year", "2025-03-03")]),
        ("He may last year have said so.", [("last year", "2023")]),
        # negative rows: counts and names after "on" + an ordinal
        ("The team converted on 3rd down.", []),
        ("The bill passed on 2nd reading.", []),
        ("In 2016 10 people died.", [("2016", "2016")]),
    ],
)
def test_loosely_written_days_and_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize("text", ["He joined the 1963 March on Washington.",
                                  "By 2017 May had resigned as leader."])
def test_year_then_name_is_no_month(text: str) -> None:
    assert not [d for d in _dates(text) if d[0].startswith(("1963 ", "2017 "))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll be out the last week of july", [("the last week of july", "2024-07-25",
                                                  "2024-07-31")]),
        ("How about first week of Jan 2015", [("first week of Jan 2015", "2015-01-01",
                                                "2015-01-07")]),
        ("the third week of June", [("the third week of June", "2024-06-15", "2024-06-21")]),
        ("from the last week of last month", [("the last week of last month", "2024-04-24",
                                                "2024-04-30")]),
        ("Who were presidents in the 1990 s.", [("1990 s", "1990-01-01", "1999-12-31")]),
        ("Who were presidents in 90 s.", [("90 s", "1990-01-01", "1999-12-31")]),
        # negative rows
        ("the first week of may be hard", []),
        ("He scored 90 s and 100 s.", []),
    ],
)
def test_weeks_of_a_month_and_decades(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _bounds(text) == expected


@given(st.integers(2000, 2030), st.integers(1, 12),
       st.sampled_from(["first", "second", "third", "fourth", "last"]))
def test_week_of_month_is_seven_days_inside_the_month(year: int, month: int, nth: str) -> None:
    name = dt.date(year, month, 1).strftime("%B")
    text = f"It happened in the {nth} week of {name} {year}."
    [span] = [s for s in find_dates(text, date=PUBLISHED) if isinstance(s, DateSpan)]
    assert span.value.start is not None and span.value.end is not None
    start, end = dt.date.fromisoformat(span.value.start), dt.date.fromisoformat(span.value.end)
    assert (end - start).days == 6
    assert (start.year, start.month) == (end.year, end.month) == (year, month)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the start, middle or end of a period at either end of a range is a moment
        ("Debt rose between the end of 2007 and the end of 2008.",
         [("the end of 2007 and the end of 2008", "2008-01-01", "2008-12-31")]),
        ("It ran from the middle of 2007 to the end of 2008.",
         [("the middle of 2007 to the end of 2008", "2007-07-02", "2008-12-31")]),
        ("It ran from 2007 to the start of 2008.",
         [("2007 to the start of 2008", "2007-01-01", "2007-12-31")]),
        ("It ran from the end of March 2023 to the middle of September 2023.",
         [("the end of March 2023 to the middle of September 2023", "2023-04-01", "2023-09-15")]),
        ("It ran between the middle of March 2023 and the end of September 2023.",
         [("the middle of March 2023 and the end of September 2023", "2023-03-16",
           "2023-09-30")]),
        ("It ran from 2009 through the beginning of 2013.",
         [("2009 through the beginning of 2013", "2009-01-01", "2013-05-01")]),
        # negative rows: alone, or as "early"/"late", they stay stretches of the period
        ("Rates will rise by the end of 2025.", [("the end of 2025", "2025-09-02", "2025-12-31")]),
        ("Prices rose from early 2007 to late 2008.",
         [("early 2007 to late 2008", "2007-01-01", "2008-12-31")]),
        ("It ran from 2008 to the start of 2008.", [("2008", "2008-01-01", "2008-12-31"),
                                                    ("the start of 2008", "2008-01-01",
                                                     "2008-05-01")]),
    ],
)
def test_range_ends_at_the_start_middle_or_end_of_a_period(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _bounds(text) == expected


@given(st.integers(1990, 2030), st.integers(1, 11), st.sampled_from(["start", "middle", "end"]),
       st.sampled_from(["start", "middle", "end"]))
def test_point_range_ends_where_the_next_one_starts(year: int, month: int, p1: str,
                                                    p2: str) -> None:
    """Two ranges that meet at the same moment ("A to the end of X", "the end of X to B")
    neither overlap nor leave a day out."""
    name = dt.date(year, month, 1).strftime("%B")
    after = dt.date(year, month + 1, 1).strftime("%B")
    left = f"It ran from the {p1} of January {year - 1} to the {p2} of {name} {year}."
    right = f"It ran from the {p2} of {name} {year} to the end of {after} {year}."
    [a] = _bounds(left)
    [b] = _bounds(right)
    assert a[2] is not None and b[1] is not None
    assert dt.date.fromisoformat(a[2]) + dt.timedelta(days=1) == dt.date.fromisoformat(b[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My vacation is from 10-1-2018-10-7-2018",
         [("10-1-2018-10-7-2018", "2018-10-01/2018-10-07")]),
        ("It was serious at 02-02-2020 - 03-03-2020",
         [("02-02-2020 - 03-03-2020", "2020-02-02/2020-03-03")]),
        ("On 25-12-2019 it snowed.", [("25-12-2019", "2019-12-25")]),
        ("I will leave from 5/1-5/7, 2020", [("5/1-5/7, 2020", "2020-05-01/2020-05-07")]),
        # the year written after the second day is the first day's too
        ("I will leave from 5/1-5/7/2020", [("5/1-5/7/2020", "2020-05-01/2020-05-07")]),
        ("The period is 10/1-11/2/2017", [("10/1-11/2/2017", "2017-10-01/2017-11-02")]),
        ("The holidays run 12/28-1/3/2020.", [("12/28-1/3/2020", "2019-12-28/2020-01-03")]),
        ("a long vacation between 10/1-11/7", [("10/1-11/7", "2024-10-01/2024-11-07")]),
        # a run across New Year without a written year ends in the next year
        ("from 10/25 to 01/25", [("10/25 to 01/25", "2024-10-25/2025-01-25")]),
        ("The festival runs from December 20 to January 5.",
         [("December 20 to January 5", "2024-12-20/2025-01-05")]),
        ("The festival ran from Dec 28 - Jan 3, 2020.",
         [("Dec 28 - Jan 3, 2020", "2019-12-28/2020-01-03")]),
        # negative rows: fractions, scores and phone numbers
        ("Add 1/2-3/4 cup of flour", []),
        ("2/29-3/1", []),
        ("Call 555-12-2019 now", [("2019", "2019")]),
        ("They won 3-2-10.", []),
    ],
)
def test_ranges_of_days_in_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i am off from april the ninth till the seventeenth",
         [("april the ninth till the seventeenth", "2024-04-09/2024-04-17")]),
        # a day range said in words may run into the next month, or from the one before
        ("i am off from april twenty-seventh to the third",
         [("april twenty-seventh to the third", "2024-04-27/2024-05-03")]),
        ("i am off from the twenty-seventh to the third of april",
         [("the twenty-seventh to the third of april", "2024-03-27/2024-04-03")]),
        ("He will visit from May 16-17.", [("May 16-17", "2024-05-16/2024-05-17")]),
        # the year after "in" is the range's
        ("I will travel in Japan on 26 june to 28 june in 2020.",
         [("26 june to 28 june in 2020", "2020-06-26/2020-06-28")]),
        ("He will visit on May 16-17 in 2025.", [("May 16-17 in 2025", "2025-05-16/2025-05-17")]),
        # a day in figures listed before a written date
        ("Do you know the date? 11/20, 12 of Nov?", [("11/20", "2024-11-20"),
                                                     ("12 of Nov", "2024-11-12")]),
        ("Add 3/4 cup, then stir.", []),
        # a year written after a run of months is the run's
        ("Sales between January and March 2017 were low.",
         [("January and March 2017", "2017-01/2017-03")]),
        ("Sales from January to March of 2017 were low.",
         [("January to March of 2017", "2017-01/2017-03")]),
        ("Sales from April to June in 2017 were low.",
         [("April to June in 2017", "2017-04/2017-06")]),
        # months listed before a month and year share its year; each stays a month of its own
        ("Sales in January and March 2017 were low.",
         [("January", "2017-01"), ("March 2017", "2017-03")]),
        ("Sales in January, in February and in March 2017 were low.",
         [("January", "2017-01"), ("February", "2017-02"), ("March 2017", "2017-03")]),
        ("Sales in December and January 2017 were low.",
         [("December", "2016-12"), ("January 2017", "2017-01")]),
        # AP style puts a comma after the year of the first end
        ("He served from Jan. 20, 2017, to Jan. 20, 2021.",
         [("Jan. 20, 2017, to Jan. 20, 2021", "2017-01-20/2021-01-20")]),
        ("Between March 1, 2019, and June 30, 2019, sales rose.",
         [("March 1, 2019, and June 30, 2019", "2019-03-01/2019-06-30")]),
        ("On Jan. 20, 2017, to the surprise of many, he spoke on March 5, 2018.",
         [("Jan. 20, 2017", "2017-01-20"), ("March 5, 2018", "2018-03-05")]),
        ("He left on Jan. 20, 2017, and returned March 5, 2018.",
         [("Jan. 20, 2017", "2017-01-20"), ("March 5, 2018", "2018-03-05")]),
        # "that November", "October of that year": the year written last before them
        ("Obama took office in January 2009; it peaked in October of that year.",
         [("January 2009", "2009-01"), ("October of that year", "2009-10")]),
        ("McGovern lost the 1972 election to Nixon that November.",
         [("1972", "1972"), ("that November", "1972-11")]),
        ("In 2012 he ran, and on Nov. 6 of that year he won.",
         [("2012", "2012"), ("Nov. 6 of that year", "2012-11-06")]),
        ("In 2012 he ran. He said that November was cold.", [("2012", "2012"),
                                                             ("November", "2023-11")]),
        ("In 1963 he said that today we sound the drum.", [("1963", "1963"),
                                                           ("today", "2024-05-14")]),
        # negative rows: "May 17-16" is no run; bare months keep their own years
        ("The vote is May 17-16.", [("May 17", "2024-05-17")]),
        ("Sales in January and March were low.", [("January", "2024-01"), ("March", "2024-03")]),
    ],
)
def test_runs_and_lists_of_days_and_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the week of" a day is the Monday-to-Sunday week holding it
        ("Set something up for the week of the 18th.", [("the week of the 18th", "2024-W20")]),
        ("The vote was held the week of March 5, 2017.",
         [("the week of March 5, 2017", "2017-W09")]),
        ("the week of 18 May 2020", [("the week of 18 May 2020", "2020-W21")]),
        ("I'll be out from 4-23 in next month", [("4-23 in next month", "2024-06-04/2024-06-23")]),
        ("I'll be out between the 3rd and the 12th of next month",
         [("3rd and the 12th of next month", "2024-06-03/2024-06-12")]),
        # negative rows: "and" without "between" lists; a week of something else is no date
        ("I'll be out 3 and 12 of next month", [("next month", "2024-06")]),
        ("It was the week of the storm.", []),
    ],
)
def test_weeks_of_a_day_and_days_of_a_named_month(text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


# a day range in the styles news writes it; None where the style cannot say that range
_STYLES = [
    lambda a, b: f"{a:%B} {a.day}-{b.day}, {a.year}" if a.month == b.month else None,
    lambda a, b: f"{a.day}-{b.day} {a:%B} {a.year}" if a.month == b.month else None,
    lambda a, b: f"{a:%B} {a.day} to {b:%B} {b.day}, {b.year}",
    lambda a, b: f"{a.day} {a:%B} to {b.day} {b:%B} {b.year}",
    lambda a, b: f"{a.month}/{a.day}-{b.month}/{b.day}/{b.year}",
    lambda a, b: f"{a.month}-{a.day}-{a.year} - {b.month}-{b.day}-{b.year}",
    lambda a, b: f"{a.day} {a:%B} {a.year} to {b.day} {b:%B} {b.year}",
]
_ONE_YEAR_WRITTEN = {0, 1, 2, 3, 4}


@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 1)), st.integers(1, 300),
       st.sampled_from(range(len(_STYLES))))
def test_a_written_day_range_reads_back_as_its_two_days(first: dt.date, length: int,
                                                       style: int) -> None:
    last = first + dt.timedelta(days=length)
    written = _STYLES[style](first, last)
    assume(written is not None)
    if style in _ONE_YEAR_WRITTEN:
        # one written year says a run within that year or across one New Year only
        assume(last.year == first.year or (last.month, last.day) < (first.month, first.day))
    text = f"The talks ran {written} in the capital."
    spans = [s for s in find_dates(text, date=PUBLISHED) if isinstance(s, DateSpan)]
    assert [(text[s.start:s.end], s.value.start, s.value.end) for s in spans] == [
        (written, first.isoformat(), last.isoformat())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after "be" is passive: the auxiliary before it gives the tense
        ("The convention will be held in Cleveland in July.", [("July", "2024-07")]),
        ("A trial was held in November.", [("November", "2023-11")]),
        ("The album will be released Sept. 9.", [("Sept. 9", "2024-09-09")]),
        # "won’t" (curly apostrophe) is one word, not "won"
        ("Democrats won’t vote until November.", [("November", "2024-11")]),
        ("Democrats won the vote in November.", [("November", "2023-11")]),
        # the reporting idiom is past even after "could"
        ("He could not be reached for comment Saturday.", [("Saturday", "2024-05-11")]),
        ("A deal could be reached in July.", [("July", "2024-07")]),
        ("She hasn’t worn it in six months.", [("six months", "P6M")]),
        # a participle after an article, "is" or "well" is an adjective, not a past verb
        ("Clinton is well positioned in South Carolina, which votes Aug. 27.",
         [("Aug. 27", "2024-08-27")]),
        ("That would set the stage for a contested convention in July.", [("July", "2024-07")]),
        ("Jeffrey Lewis wrote in December.", [("December", "2023-12")]),
        # a sentence ends inside its closing quote
        ("cities.'' On a swing before the primary on May 10, she said so.",
         [("May 10", "2024-05-10")]),
        # quoted words have their own tense; "going" without "to" is no future
        ("Trump leaned in and boomed: “Let’s defeat her in November.”", [("November", "2024-11")]),
        ("We are going to win in July.", [("July", "2024-07")]),
        # the attacks news names by their day
        ("He praised what happened after the Sept. 11 attacks.", [("Sept. 11", "2001-09-11")]),
        ("The meeting is on Sept. 11 at noon.", [("Sept. 11", "2024-09-11")]),
        # an abbreviated month with its day run on after the full stop
        ("the attacks of Sept.11, 2001 all had", [("Sept.11, 2001", "2001-09-11")]),
    ],
)
def test_tense_around_passives_and_contractions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a month or day naming a scheduled event is the coming one, whatever verb is near
        ("Cruz admitted his pick was motivated, looking to the February 20 primary.",
         dt.date(2016, 2, 6), [("February 20", "2016-02-20")]),
        ("Trump is bent on winning before the party’s convention in July.",
         dt.date(2016, 4, 15), [("July", "2016-07")]),
        ("Cross called November’s general election a disaster.", dt.date(2016, 8, 17),
         [("November", "2016-11")]),
        # ... or, in the past tense, one held within the last half year
        ("After he won the New Hampshire primary in February, Sanders spoke.",
         dt.date(2016, 7, 26), [("February", "2016-02")]),
        ("Kentucky Republicans chose Trump in a March 5 caucus.", dt.date(2016, 5, 18),
         [("March 5", "2016-03-05")]),
        # "going" without "to" is no future
        ("In the poll, support is going from 40 percent on July 14 to 46 percent.",
         dt.date(2016, 8, 1), [("July 14", "2016-07-14")]),
        # a quote opening after the date speaks for itself
        ("As she put it in July, RT is ''providing what you won't get.''", dt.date(2016, 9, 19),
         [("July", "2016-07")]),
        # negative rows: no event, the tense decides; a weekday keeps the weekday rules
        ("He said it in February.", dt.date(2016, 1, 10), [("February", "2015-02")]),
        ("Wisconsin holds its presidential primary on Tuesday.", dt.date(2016, 4, 1),
         [("Tuesday", "2016-04-05")]),
    ],
)
def test_scheduled_events_are_the_coming_or_a_recent_one(
        text: str, date: dt.date, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, date) == expected
