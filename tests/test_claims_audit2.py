"""Fixes from the second round of the hand audit of `claimcheck claims` (issue 3).

See benchmarks/data/claims_audit.md. Short sentences written the way PolNeAR news writes
datelines, cited sources, changes against a base year and poll splits, each table with
negative rows that must keep their old reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.claims import find_claims
from claimcheck.models import Measure
from claimcheck.values import parse_values

PUBLISHED = dt.date(2016, 3, 17)


def _measures(text: str) -> list[tuple[str, float, float | None, float | None]]:
    """(text, value, low, high) of every non-date value in ``text``."""
    return [(text[v.start:v.end], v.value.value, v.value.low, v.value.high)
            for v in parse_values(text, date=PUBLISHED) if isinstance(v.value, Measure)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He must curb his deficit among women (34%-54%) to win.",
         [("34%", 34, 33.5, 34.5), ("54%", 54, 53.5, 54.5)]),
        ("Sanders leads Clinton, 46%-35%, among Millennials.",
         [("46%", 46, 45.5, 46.5), ("35%", 35, 34.5, 35.5)]),
        ("His rating is a negative 42%-49% among independents.",
         [("42%", 42, 41.5, 42.5), ("49%", 49, 48.5, 49.5)]),
        # negative rows: a range written with the sign once, or with words, stays a range;
        # a sign word before a lone figure is still a minus
        ("Support is in the 34-54% range.", [("34-54%", 44, 34, 54)]),
        ("Between 30% and 40% of voters agree.", [("30% and 40%", 35, 30, 40)]),
        ("His net rating is negative 42% now.", [("negative 42%", -42, -42.5, -41.5)]),
        ("Rates of 5%-7% are common.", [("5%-7%", 6, 5, 7)]),
    ],
)
def test_percent_hyphen_percent_is_a_split_of_two_shares(text: str, expected: list) -> None:
    assert _measures(text) == expected


def _subject(nlp, text: str, value_text: str) -> list[str]:
    claims = find_claims(nlp(text), quotes=[], date=PUBLISHED)
    return next(c.subject for c in claims if c.text == value_text)


@pytest.mark.parametrize(
    ("text", "value_text", "subject"),
    [
        ("WASHINGTON (AP) — Wealthy donors handed over $25 million last month to a super PAC.",
         "$25 million", ["PAC"]),
        ("DES MOINES, Iowa — Donors gave $3 million to the campaign of Ted Cruz.",
         "$3 million", ["Ted Cruz"]),
        ("Voter turnout rose 19 percentage points in Ohio, according to the Pew Research "
         "Center.", "19 percentage points", ["Ohio"]),
        # negative rows: a name opening the line without capitals and a dash is a subject,
        # and so is a name that is not the cited source
        ("Boeing won a $3 billion contract from the Pentagon.", "$3 billion",
         ["Boeing", "Pentagon"]),
        ("Exxon earned $8 billion, according to a filing.", "$8 billion", ["Exxon"]),
    ],
)
def test_dateline_and_cited_source_are_no_subject(nlp, text: str, value_text: str,
                                                  subject: list[str]) -> None:
    assert _subject(nlp, text, value_text) == subject


@pytest.mark.parametrize(
    ("text", "value_text", "time"),
    [
        ("The state's turnout was up about 19 percentage points from 2012 and about 3 "
         "percentage points from 2008.", "19 percentage points", None),
        ("The state's turnout was up about 19 percentage points from 2012 and about 3 "
         "percentage points from 2008.", "3 percentage points", None),
        ("Sales fell 4 percent from the same period in 2014.", "4 percent", None),
        # negative rows: "from ... to" and "from ... through" are the claim's own period, and
        # "from" with no change before it is no base
        ("Turnout was up 3 percent from 2012 to 2015.", "3 percent",
         ("2012-01-01", "2015-12-31")),
        ("The fund raised $5 million from January through March.", "$5 million",
         ("2016-01-01", "2016-03-31")),
        ("Sales rose 4 percent in 2015.", "4 percent", ("2015-01-01", "2015-12-31")),
    ],
)
def test_from_after_a_change_is_the_base_not_the_time_scope(
        nlp, text: str, value_text: str, time: tuple[str, str] | None) -> None:
    claims = find_claims(nlp(text), quotes=[], date=PUBLISHED)
    claim = next(c for c in claims if c.text == value_text)
    assert (None if claim.time is None else (claim.time.start, claim.time.end)) == time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her support went from 40 percent on July 14 to 46 percent on Aug. 1.",
         [("40 percent", 40, 35, 45), ("46 percent", 46, 45.5, 46.5)]),
        ("It rose from 2 percent on June 5 to 9 percent.",
         [("2 percent", 2, 1.5, 2.5), ("9 percent", 9, 8.5, 9.5)]),
        # negative rows: a range with no month before it stays one range
        ("Estimates put it at 5 to 10 percent.", [("5 to 10 percent", 7.5, 5, 10)]),
        ("Prices could climb 14 to 46 percent.", [("14 to 46 percent", 30, 14, 46)]),
    ],
)
def test_day_of_a_month_is_no_low_end_of_a_range(text: str, expected: list) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("Our prayers are with the victims and the first responders.", []),
        ("The first lady spoke at the rally.", []),
        # negative rows: a first that ranks an event or a place stays an ordinal
        ("It was the first visit by a president in 88 years.", [("first", "visit")]),
        ("Carson was second at 12 percent.", [("second", None)]),
    ],
)
def test_first_in_a_title_ranks_nothing(nlp, text: str, ordinals: list) -> None:
    claims = find_claims(nlp(text), quotes=[], date=PUBLISHED)
    assert [(c.text, c.value.counts) for c in claims if c.kind == "ordinal"] == ordinals


@pytest.mark.parametrize(
    ("text", "value_text", "time"),
    [
        ("Her support went from 40 percent on July 14 to 46 percent on Aug. 1, 2015.",
         "40 percent", ("2015-07-14", "2015-07-14")),
        ("Her support went from 40 percent on July 14 to 46 percent on Aug. 1, 2015.",
         "46 percent", ("2015-08-01", "2015-08-01")),
        # negative row: a date on another verb after a comma is not the figure's
        ("Sales rose 4 percent, the company said on Tuesday.", "4 percent", None),
    ],
)
def test_date_right_after_a_figure_with_on_is_its_time(
        nlp, text: str, value_text: str, time: tuple[str, str] | None) -> None:
    claims = find_claims(nlp(text), quotes=[], date=PUBLISHED)
    claim = next(c for c in claims if c.text == value_text)
    assert (None if claim.time is None else (claim.time.start, claim.time.end)) == time


@pytest.mark.parametrize(
    ("text", "value_text", "subject"),
    [
        ("It was close to a 200,000 figure announced by Secretary of State John Kerry.",
         "200,000", ["John Kerry"]),
        ("Former Florida Sen. Bob Graham pushed to release the 28 pages.", "28",
         ["Bob Graham"]),
        # negative rows: a department named as such, and a state that is no title, stay
        ("The Department of State spent $5 million.", "$5 million", ["Department of State"]),
        ("Florida has 99 delegates.", "99", ["Florida"]),
    ],
)
def test_office_in_a_persons_title_is_no_subject(nlp, text: str, value_text: str,
                                                 subject: list[str]) -> None:
    assert _subject(nlp, text, value_text) == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump and Carson both beat Clinton 45 to 40 percent.",
         [("45", 45, 44.5, 45.5), ("40 percent", 40, 35, 45)]),
        ("Her share fell from 45 to 40 percent.",
         [("45", 45, 44.5, 45.5), ("40 percent", 40, 35, 45)]),
        # negative rows: an ascending pair is one range, a day of a month and a count of
        # people stay what they are
        ("Estimates put it at 5 to 10 percent.", [("5 to 10 percent", 7.5, 5, 10)]),
        ("From 40 percent on July 14 to 46 percent.",
         [("40 percent", 40, 35, 45), ("46 percent", 46, 45.5, 46.5)]),
    ],
)
def test_bare_number_before_to_and_a_percentage_is_a_percentage(text: str,
                                                                expected: list) -> None:
    assert _measures(text) == expected
    assert all(v.value.unit == "%" for v in parse_values(text, date=PUBLISHED)
               if v.kind != "date")
