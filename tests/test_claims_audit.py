"""Fixes from the hand audit of `claimcheck claims` on PolNeAR news.

See benchmarks/data/claims_audit.md. Each table holds short sentences written the way the
audited articles write numbers, with negative rows that must keep their old reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.claims import find_claims
from claimcheck.models import Measure
from claimcheck.values import parse_values

PUBLISHED = dt.date(2016, 5, 26)


def _measures(text: str) -> list[tuple[str, str, float, str | None, str | None]]:
    """(text, kind, value, unit, hedge) of every non-date value in ``text``."""
    out = []
    for v in parse_values(text, date=PUBLISHED):
        if isinstance(v.value, Measure):
            out.append((text[v.start:v.end], v.kind, v.value.value, v.value.unit, v.hedge))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company made a $5,000 donation.", [("$5,000", "money", 5000, "USD", None)]),
        ("A $15 minimum wage is the goal.", [("$15", "money", 15, "USD", None)]),
        ("She would not go above a $12 minimum wage.", [("$12", "money", 12, "USD", "above")]),
        # negative rows: a prefix glued to the sign, or a capital prefix, is another dollar
        ("Exports rose to A$5 billion.", [("A$5 billion", "money", 5e9, "AUD", None)]),
        ("The deal is worth C $ 16.4 million.", [("C $ 16.4 million", "money", 16.4e6, "CAD",
                                                  None)]),
        ("It cost HK$300.", [("HK$300", "money", 300, "HKD", None)]),
    ],
)
def test_article_before_dollar_sign_is_no_currency_prefix(text: str, expected: list) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The margin of error is plus or minus 3.4 percentage points.",
         [("3.4 percentage points", "percent", 3.4, "pp", "plus or minus")]),
        ("It has a margin of error of +/-3 percentage points.",
         [("3 percentage points", "percent", 3, "pp", "+/-")]),
        ("The margin of error is ± 2%.", [("2%", "percent", 2, "%", "±")]),
        # negative rows: a minus with no "plus or" before it is a negative figure
        ("Growth fell to minus 3 percent.", [("minus 3 percent", "percent", -3, "%", None)]),
        ("It was -5 degrees overnight.", [("-5 degrees", "quantity", -5, "degree", None)]),
    ],
)
def test_margin_of_error_is_its_size_not_a_negative_figure(text: str, expected: list) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump leads by 15 points in Indiana.", [("15 points", "percent", 15, "pp", None)]),
        ("Clinton has a four-point edge in Pennsylvania.",
         [("four-point", "percent", 4, "pp", None)]),
        ("Sanders holds a 4-point lead with men.", [("4-point", "percent", 4, "pp", None)]),
        ("The new poll finds Trump up a narrow four points.",
         [("four points", "percent", 4, "pp", None)]),
        ("Dukakis won it by 10 points.", [("10 points", "percent", 10, "pp", None)]),
        # negative rows: index points, game points, a list of points
        ("The Dow closed down 24.11 points.", [("24.11", "count", 24.11, None, None)]),
        ("The index rose by 200 points.", [("200", "count", 200, None, None)]),
        ("He scored 30 points in the game.", [("30", "count", 30, None, None)]),
        ("He unveiled a 10-point plan.", []),
    ],
)
def test_poll_margin_in_points_is_percentage_points(text: str, expected: list) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group raised three times as much as in January.", []),
        ("Technology improves tenfold, about 10 fold every decade.", []),
        ("There were 5 incidents for every 1,000 residents.", [("5", "count", 5, None, None)]),
        ("Gas was $2.86 per thousand cubic feet.", [("$2.86", "money", 2.86, "USD", None)]),
        ("The S.&P. 500 closed the week down.", []),
        ("Few people have a 401(k) plan.", []),
        ('<tweet id="747941240054812672" author="@someone">', []),
        # negative rows: real counts next to the same words
        ("He visited three times in May.", [("three", "count", 3, None, None)]),
        ("The firm sold 1,000 cars.", [("1,000", "count", 1000, None, None)]),
        ("The state has 500 schools.", [("500", "count", 500, None, None)]),
    ],
)
def test_multipliers_rate_bases_names_and_ids_count_nothing(text: str, expected: list) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They changed their mind, compared to nearly four in 10 — 38 percent — who did not.",
         [("four in 10", "percent", 40, "%", "nearly"),
          ("38 percent", "percent", 38, "%", None)]),
        # negative rows: a ratio that is no poll's tenths stays a figure
        ("How about 2 in 5 or more", [("2 in 5", "count", 0.4, None, "or more")]),
    ],
)
def test_poll_tenths_are_a_share_without_a_group(text: str, expected: list) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "value_text", "predicate"),
    [
        ("Seventy-eight percent were white.", "Seventy-eight percent", "white"),
        ("Alphabet jumped $25.50, or 3.3 percent, to $791.34.", "$791.34", "jump"),
        ("Exxon fell $1.25, or 1.4 percent, to $88.95.", "$88.95", "fall"),
        ("Clinton has a 16-point margin over Sanders.", "16-point", "margin"),
        ("Ford faces a 35 percent tax on imported cars.", "35 percent", "tax"),
        # negative rows: a measured noun that is no unit keeps its place
        ("Chinese exports to Russia fell 5% in March.", "5%", "export"),
        ("Oil output reached 9 million barrels a day last year.", "9 million barrels a day",
         "oil output"),
    ],
)
def test_predicate_is_never_the_unit_word(nlp, text: str, value_text: str,
                                          predicate: str) -> None:
    claims = find_claims(nlp(text), quotes=[], date=PUBLISHED)
    found = [c for c in claims if c.text == value_text]
    assert len(found) == 1, [(c.text, c.predicate) for c in claims]
    assert found[0].predicate == predicate
