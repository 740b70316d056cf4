"""'The next day', 'that day', 'a week later': days told from the one day the story just gave."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import DateSpan, find_dates

PUB = dt.date(2016, 6, 1)  # a Wednesday
NUMBERS = ["one", "two", "three", "four", "five", "six"]


def _dates(text: str, date: dt.date | None = PUB) -> list[tuple[str, str | None]]:
    return [(text[s.start:s.end], s.value.timex) for s in find_dates(text, date=date)
            if isinstance(s, DateSpan)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The debate was on Oct. 9, 2015. The next day, Trump said it.",
     [("Oct. 9, 2015", "2015-10-09"), ("The next day", "2015-10-10")]),
    # a paragraph break between the anchor's sentence and the next one
    ("The debate was on Oct. 9, 2015.\n\nThe next day, Trump said it.",
     [("Oct. 9, 2015", "2015-10-09"), ("The next day", "2015-10-10")]),
    ("On March 2, 2015, the Times ran it, and the following day, the committee asked.",
     [("March 2, 2015", "2015-03-02"), ("the following day", "2015-03-03")]),
    ("Mr. Carson spoke Sunday. The day before, at a rally, Mr. Trump spoke.",
     [("Sunday", "2016-05-29"), ("The day before", "2016-05-28")]),
    ("Ryan spoke on Thursday. Later that day, Trump fired back.",
     [("Thursday", "2016-05-26"), ("that day", "2016-05-26")]),
    ("She could win on Tuesday and lose the nomination the same day, when others vote.",
     [("Tuesday", "2016-06-07"), ("the same day", "2016-06-07")]),
    ("They proposed a debate on April 14, 2016. He had a rally that night.",
     [("April 14, 2016", "2016-04-14"), ("that night", "2016-04-14")]),
    # a range: what comes after steps from its end, what comes before from its start
    ("They met on May 16-17, 2016. The day before, talks stalled. A week later, they met.",
     [("May 16-17, 2016", "2016-05-16/2016-05-17"), ("The day before", "2016-05-15"),
      ("A week later", "2016-05-24")]),
    ("Obama on Thursday nominated Kim. The board announced two days earlier that it would.",
     [("Thursday", "2016-05-26"), ("two days earlier", "2016-05-24")]),
    ("The vote was on Monday, May 2, 2016. The following week he came back.",
     [("Monday, May 2, 2016", "2016-05-02"), ("The following week", "2016-W19")]),
    ("The vote was on Monday, May 2, 2016. That same week, he quit.",
     [("Monday, May 2, 2016", "2016-05-02"), ("That same week", "2016-W18")]),
    # negative rows: two candidate days, an event named after, a hedge, a quote, no anchor
    ("On May 3, 2016 and May 5, 2016 they met. The next day he left.",
     [("May 3, 2016", "2016-05-03"), ("May 5, 2016", "2016-05-05")]),
    ("He spoke on May 3, 2016. He left the day before the shooting.",
     [("May 3, 2016", "2016-05-03")]),
    ("He spoke on May 3, 2016. It came on the same day that the tape emerged.",
     [("May 3, 2016", "2016-05-03")]),
    ("Biden goes on Thursday. Obama comes nearly two weeks later, on Sept. 13, 2016.",
     [("Thursday", "2016-05-26"), ("Sept. 13, 2016", "2016-09-13")]),
    ("Trump spoke on Monday. “I disavowed Duke the day before at a conference.”",
     [("Monday", "2016-05-30")]),
    ("You will feel terrible the next day if you eat it.", []),
    ("The floods of the previous weekend hit on Aug. 17, 2016.",
     [("Aug. 17, 2016", "2016-08-17")]),
    # a third sentence back is out of reach when a paragraph lies between
    ("It opened on May 3, 2016.\n\nNothing happened. Others waited.\n\nThe next day, it shut.",
     [("May 3, 2016", "2016-05-03")]),
])
def test_anchored_days(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


def test_a_weekday_anchor_needs_the_publication_date() -> None:
    text = "Ryan spoke on Thursday. Later that day, Trump fired back."
    assert _dates(text, date=None) == [("Thursday", None)]


@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), n=st.integers(1, 6),
       unit=st.sampled_from(["day", "week"]), later=st.booleans())
def test_law_a_step_from_the_anchor_lands_that_many_days_away(
        day: dt.date, n: int, unit: str, later: bool) -> None:
    written = f"{day:%B} {day.day}, {day.year}"
    words = f"{NUMBERS[n - 1].capitalize()} {unit}{'s' if n > 1 else ''} " + (
        "later" if later else "earlier")
    text = f"The talks opened on {written}. {words}, they ended."
    step = dt.timedelta(days=n * (7 if unit == "week" else 1))
    assert _dates(text) == [(written, day.isoformat()),
                            (words, (day + step if later else day - step).isoformat())]


@given(first=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
       gap=st.integers(1, 300))
def test_law_two_candidate_days_resolve_no_next_day(first: dt.date, gap: int) -> None:
    second = first + dt.timedelta(days=gap)
    text = (f"It met on {first:%B} {first.day}, {first.year} and on {second:%B} {second.day}, "
            f"{second.year}. The next day, it ended.")
    assert [found for found, _ in _dates(text)] == [
        f"{first:%B} {first.day}, {first.year}", f"{second:%B} {second.day}, {second.year}"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The company was founded in October 2014. The following month, it hired staff.",
     [("October 2014", "2014-10"), ("The following month", "2014-11")]),
    ("The talks began in May 2015. The next month, they collapsed.",
     [("May 2015", "2015-05"), ("The next month", "2015-06")]),
    ("The deal closed in June 2015. The month before, the board met.",
     [("June 2015", "2015-06"), ("The month before", "2015-05")]),
    ("The plan was announced in January 2015. That same month, shares fell.",
     [("January 2015", "2015-01"), ("That same month", "2015-01")]),
    # a day anchors the month it falls in; the year turns at December
    ("The law took effect Dec. 9, 2015. The following month, prices rose.",
     [("Dec. 9, 2015", "2015-12-09"), ("The following month", "2016-01")]),
    ("The talks began in May 2015. Two months later, they collapsed.",
     [("May 2015", "2015-05"), ("Two months later", "2015-07")]),
    ("The talks began in March 2015. A month earlier, the board met.",
     [("March 2015", "2015-03"), ("A month earlier", "2015-02")]),
    # negative rows: "over the next month" counts from the publication date; two months in
    # the stretch anchor nothing; a hedged length names no month
    ("The talks began in May 2015. He will campaign over the next month.",
     [("May 2015", "2015-05"), ("next month", "2016-07")]),
    ("It began in May 2015 and ended in July 2015. The next month, it resumed.",
     [("May 2015", "2015-05"), ("July 2015", "2015-07"), ("next month", "2016-07")]),
    ("The talks began in May 2015. Nearly two months later, they collapsed.",
     [("May 2015", "2015-05")]),
    ("The results come out next month.", [("next month", "2016-07")]),
])
def test_anchored_months(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@given(year=st.integers(1990, 2030), month=st.integers(1, 12), n=st.integers(1, 6),
       later=st.booleans())
def test_law_months_from_the_anchor_month_land_that_many_months_away(
        year: int, month: int, n: int, later: bool) -> None:
    anchor = dt.date(year, month, 1)
    words = f"{NUMBERS[n - 1].capitalize()} month{'s' if n > 1 else ''} " + (
        "later" if later else "earlier")
    text = f"The talks opened in {anchor:%B} {year}. {words}, they ended."
    total = year * 12 + month - 1 + (n if later else -n)
    assert _dates(text) == [(f"{anchor:%B} {year}", f"{year}-{month:02d}"),
                            (words, f"{total // 12}-{total % 12 + 1:02d}")]


@pytest.mark.parametrize(("text", "date", "expected"), [
    # read one by one, late May put May in this year and June in the last
    ("They met in May and June.", dt.date(2016, 5, 20),
     [("May", "2015-05"), ("June", "2015-06")]),
    ("They will meet in May and June.", dt.date(2016, 6, 10),
     [("May", "2017-05"), ("June", "2017-06")]),
    ("The talks ran through May and June, officials said.", dt.date(2016, 5, 20),
     [("May", "2015-05"), ("June", "2015-06")]),
    # negative rows: a pair already in one year, months out of calendar order, a written year
    ("They met in May and June.", dt.date(2016, 8, 1), [("May", "2016-05"), ("June", "2016-06")]),
    ("He visited in November and January.", dt.date(2016, 2, 1),
     [("November", "2015-11"), ("January", "2016-01")]),
    ("They met in May and June 2015.", dt.date(2016, 5, 20),
     [("May", "2015-05"), ("June 2015", "2015-06")]),
])
def test_months_listed_in_order_share_a_year(text: str, date: dt.date, expected: list) -> None:
    assert _dates(text, date=date) == expected


def test_months_listed_apart_keep_their_own_years() -> None:
    # found on PolNeAR train: two polls "in February and October", read in May, are last
    # October's and this February's (four months apart), not eight months of last year
    text = ("The poll found that 43% support Strickland, virtually unchanged from the past two "
            "Quinnipiac polls, in February and October.")
    assert _dates(text, date=dt.date(2016, 5, 12)) == [("February", "2016-02"),
                                                       ("October", "2015-10")]
