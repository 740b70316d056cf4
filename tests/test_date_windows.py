"""The date finder scans only lines holding a digit or a date word: no date may hide outside."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from claimcheck import testing as cct
from claimcheck.date_rules import HOLIDAYS
from claimcheck.dates import date_windows, find_dates
from claimcheck.floating_holidays import HOLIDAY_RULES as FLOATING

PUB = dt.date(2024, 5, 14)


def _covered(text: str, start: int, end: int) -> bool:
    return any(lo <= start and end <= hi for lo, hi in date_windows(text))


@given(cct.news_dates())
def test_law_every_news_date_lies_in_a_scanned_line(written: cct.WrittenDate) -> None:
    text = "No figures here.\n" + written.sentence + "\nNor here."
    assert _covered(text, 17 + written.start, 17 + written.end)


@pytest.mark.parametrize("holiday", sorted({*HOLIDAYS, *FLOATING}))
def test_every_holiday_name_opens_a_window(holiday: str) -> None:
    text = f"Nothing else.\nThey met on {holiday.title()}.\n"
    start = text.index("They")
    assert _covered(text, start, len(text) - 1)


@pytest.mark.parametrize(("text", "found"), [
    ("The talks ended.\n\nThey resume tomorrow.", ["tomorrow"]),
    ("It will happen on next workweek", ["next workweek"]),
    ("They left in nineteen ninety-six.", ["nineteen ninety-six"]),
    ("Sales rose in the nineties.", ["the nineties"]),
    ("Results come at EOY.", ["EOY"]),
    # negative rows: lines without a date word are skipped and give nothing
    ("The minister spoke.\nNobody answered.", []),
    ("", []),
])
def test_dates_across_lines(text: str, found: list[str]) -> None:
    assert [text[s.start:s.end] for s in find_dates(text, date=PUB)] == found


def test_neighbouring_lines_are_one_window() -> None:
    text = "From May 16\nto May 17\nnothing"
    assert date_windows(text) == [(0, 22)]
