"""How news writes dates that the first readers got wrong: lengths in thousands, possessive
dates, a month naming an event, the direction a phrase gives a weekday, and show and paper
names that look like dates. Example tables with the rows that must yield nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import DateSpan, find_dates
from claimcheck.values import parse_values

SUNDAY = dt.date(2016, 1, 31)
MONDAY = dt.date(2016, 2, 8)
WEDNESDAY = dt.date(2016, 6, 8)
THURSDAY = dt.date(2016, 5, 5)


def _dates(text: str, date: dt.date) -> list[tuple[str, str | None]]:
    out = []
    for span in find_dates(text, date=date):
        timex = span.value.timex if isinstance(span, DateSpan) else span.timex
        out.append((text[span.start:span.end], timex))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilot had logged nearly 6,300 hours of flying time.",
         [("6,300 hours", "PT6300H", "nearly")]),
        ("He flew 2,766 hours for the airline.", [("2,766 hours", "PT2766H", None)]),
        ("Bound together by 2,000 years of trade.", [("2,000 years", "P2000Y", None)]),
        ("It took about 1,500 days to finish.", [("1,500 days", "P1500D", "about")]),
        ("Farming began 10,000 years ago.", []),  # a date now, not a length
        # a list of figures is no length in thousands
        ("Scores were 12, 300 hours later.", [("300 hours", "PT300H", None)]),
    ],
)
def test_lengths_in_thousands_keep_every_digit_and_the_hedge(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(text[v.start:v.end], getattr(v.value, "timex", None), v.hedge)
             for v in parse_values(text, date=MONDAY) if v.kind == "duration"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("They claimed credit for last month's attacks.", dt.date(2015, 12, 9),
         [("last month", "2015-11")]),
        ("Delegates meet at next month’s convention.", dt.date(2016, 6, 22),
         [("next month", "2016-07")]),
        ("This is the face of this year's campaign.", dt.date(2016, 8, 9), [("this year", "2016")]),
        ("Republicans attacked last year's nuclear deal.", dt.date(2016, 7, 16),
         [("last year", "2015")]),
        ("He spoke during this week's debate.", dt.date(2016, 1, 16), [("this week", "2016-W02")]),
        ("December's global agreement was a defining moment.", dt.date(2016, 5, 9),
         [("December", "2015-12")]),
        ("The gap narrowed from March’s 20-point lead.", dt.date(2016, 4, 16),
         [("March", "2016-03")]),
        # Theresa May: "May's" is a month only before an event noun, after an owner
        ("May's government said the talks would go on.", dt.date(2017, 6, 1), []),
        ("Britain's May referendum was close.", dt.date(2017, 6, 1), [("May", "2017-05")]),
        # a year in someone's age, a generic "a new year"
        ("He turned 70, the start of a new year in which he could retire.", dt.date(2016, 8, 19),
         []),
        ("We look ahead to the new year.", dt.date(2015, 12, 30), [("the new year", "2016")]),
        ("We will meet 5 days before new year.", dt.date(2015, 12, 1),
         [("5 days before new year", "2015-12-27")]),
    ],
)
def test_possessive_dates_and_new_year(
    text: str, date: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert _dates(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("No endorsement is planned before Florida's March presidential primary.",
         dt.date(2016, 1, 8), [("March", "2016-03")]),
        ("The November general election is the test.", dt.date(2016, 6, 28),
         [("November", "2016-11")]),
        ("Police said it began shortly after the 9/11 attacks.", dt.date(2015, 11, 19),
         [("9/11", "2001-09-11")]),
        ("He was hired post-9/11 by the agency.", dt.date(2015, 11, 19),
         [("9/11", "2001-09-11")]),
        # a fraction or a score is no 9/11
        ("They won 19/11 and 9/112 of the vote.", dt.date(2015, 11, 19), []),
        ("It took off.A 2010 YouTube video shows him.", dt.date(2016, 5, 19),
         [("2010", "2010")]),
        ("An 1890 law is still on the books.", dt.date(2016, 5, 19), [("1890", "1890")]),
        ("A 2000-pound bomb fell. A 1500 metre race followed.", dt.date(2016, 5, 19), []),
        ("Rome was founded some 2,000 years ago.", dt.date(2016, 5, 19),
         [("2,000 years ago", "0016")]),
        ("What will things be like a year from now?", dt.date(2015, 11, 11),
         [("a year from now", "2016")]),
        ("We expect it two months from now.", dt.date(2015, 11, 11),
         [("two months from now", "2016-01")]),
        ("“Not only can Ted Cruz win in November, he can lead.”", dt.date(2016, 1, 19),
         [("November", "2016-11")]),
        ("He said he cannot recall what happened in March.", dt.date(2016, 1, 19),
         [("March", "2015-03")]),
        # "after" points back only for a weekday: the trial comes after the coming vote
        ("The case is set to go to trial after the November election.", dt.date(2016, 6, 2),
         [("November", "2016-11")]),
        ("Prices have risen since March.", dt.date(2016, 1, 19), [("March", "2015-03")]),
    ],
)
def test_months_naming_events_and_counted_years(
    text: str, date: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert _dates(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # forward: "before", "ahead of", "heading into" look to the coming day
        ("They were hoping to see her before Monday's caucuses.", SUNDAY, "2016-02-01"),
        ("Heading into Tuesday’s primary, Clinton trailed.", MONDAY, "2016-02-09"),
        ("Cruz challenged Trump to a debate ahead of Saturday's caucus.", THURSDAY,
         "2016-05-07"),
        # ... unless a "had" sets the story after it
        ("Clinton had a lead heading into Tuesday's primaries.", THURSDAY, "2016-05-03"),
        # back: "after", "since", "recount of"
        ("Aides argue it is possible after Tuesday's victory in Indiana.", THURSDAY,
         "2016-05-03"),
        ("A recount of Monday’s vote could not be done.", MONDAY, "2016-02-01"),
        ("He has campaigned since Monday.", MONDAY, "2016-02-01"),
        ("After Monday's vote, stocks rose.", MONDAY, "2016-02-08"),
        # ... unless the clause says "will": the tense decides
        ("After Thursday's debate, Cruz will travel to Iowa.", dt.date(2016, 1, 27),
         "2016-01-28"),
        # a present verb after "after"/"when" names a coming event
        ("Signs pointed to him endorsing her on Thursday after the president meets Sanders.",
         WEDNESDAY, "2016-06-09"),
        ("He was seen on Thursday after the president met Sanders.", WEDNESDAY, "2016-06-02"),
        # nobody schedules a shooting: past whatever the main verb
        ("Voters will back him because of the slaying in Chicago on Friday.", dt.date(2016, 8, 28),
         "2016-08-26"),
        ("Investors will weigh Saturday's deadly attack in Munich.", WEDNESDAY, "2016-06-04"),
        ("Voters will back him because of the vote in Chicago on Friday.", dt.date(2016, 8, 28),
         "2016-09-02"),
        # a modal far from the weekday says nothing about it
        ("He should also get a boost from the win Tuesday, Sanders said.", dt.date(2016, 2, 10),
         "2016-02-09"),
        ("“We really can win on Tuesday,” she said.", dt.date(2016, 6, 27), "2016-06-28"),
        # the sentence's tense still decides when no phrase does
        ("Stocks fell on Friday.", WEDNESDAY, "2016-06-03"),
    ],
)
def test_phrases_around_a_weekday_give_its_direction(
    text: str, date: dt.date, expected: str
) -> None:
    days = [timex for _, timex in _dates(text, date)]
    assert days == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He taped an appearance on The Tonight Show Starring Jimmy Fallon.", []),
        ('Christie said on ABC\'s "This Week with George Stephanopoulos."', []),
        ("Trump told ABC's This Week that he would win.", []),
        ("He told USA TODAY's weekly video series.", []),
        ("A source told USA Today on Monday.", [("Monday", "2016-03-21")]),
        ("Trump told NBC’s “Today” on Monday.", [("Monday", "2016-03-21")]),
        ("Billy Bush is joining the ''Today'' show.", []),
        ("The comedian hosts the weekly show “Last Week Tonight,” on HBO.", []),
        ("He recalled the end of his show “Lopez Tonight.”", []),
        # a title-case headline keeps its dates
        ("10 Things to Know for Today.\nYour daily look at the news.", [("Today", "2016-03-21")]),
        ("Protesters Are Targeting Hillary At Tonight’s Debate\nThey came early.",
         [("Tonight", "2016-03-21")]),
        # the words themselves, opening a sentence or a quotation, are dates
        ("Today the government focuses on fields.", [("Today", "2016-03-21")]),
        ("He said: “Today’s speech shows it.”", [("Today", "2016-03-21")]),
        ("He said. ''Tonight, I ask you to vote.''", [("Tonight", "2016-03-21")]),
        ("Shares fell (Today the index closed lower).", [("Today", "2016-03-21")]),
        ("Stocks rose this week.", [("this week", "2016-W12")]),
    ],
)
def test_show_and_paper_names_are_no_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, dt.date(2016, 3, 21)) == expected


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(["before", "ahead of", "heading into", "in the run-up to"]),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday"]))
def test_a_weekday_after_a_forward_cue_lies_in_the_coming_week(
    date: dt.date, cue: str, weekday: str
) -> None:
    text = f"Polls narrowed {cue} {weekday}'s primary."
    (span,) = [s for s in find_dates(text, date=date) if isinstance(s, DateSpan)]
    day = dt.date.fromisoformat(span.value.start or "")
    assert 0 <= (day - date).days <= 6
    assert day.strftime("%A") == weekday


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday"]))
def test_a_weekday_after_since_lies_before_the_publication_day(
    date: dt.date, weekday: str
) -> None:
    text = f"Shares have risen since {weekday}."
    (span,) = [s for s in find_dates(text, date=date) if isinstance(s, DateSpan)]
    day = dt.date.fromisoformat(span.value.start or "")
    assert 1 <= (date - day).days <= 7
    assert day.strftime("%A") == weekday
