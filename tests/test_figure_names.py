"""A figure that is part of a name counts nothing (claimcheck.values, by rule, not a list)."""

from __future__ import annotations

import pytest

from claimcheck.values import parse_values


def _counts(text: str) -> list[str]:
    return [text[v.start:v.end] for v in parse_values(text) if v.kind == "count"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # names with a figure in them
        ("Shares of the S&P 500 companies fell.", []),
        ("The S.&P. 500 index rose.", []),
        ("AT&T 5 stores closed.", []),
        ("It topped the Inc. 5000 list.", []),
        ("He is the No. 1 pick, and the No. 2 Republican agreed.", []),
        ("The case, No. 14-915, went back.", []),
        ("Forbes Global 2000 companies grew.", []),
        ("The Russell 2000 fell.", []),
        ("Formula One teams raced.", []),
        ("He flew on Air Force One.", []),
        ("The G20 met.", []),
        # negative rows: counts after a sentence's end, an abbreviation's stop that is no
        # name's, a word named "Global" that names nothing before the figure
        ("Trump won. One man cheered.", ["One"]),
        ("Global sales hit 500 units.", ["500"]),
        ("He hired 500 workers.", ["500"]),
        ("It cost Trump 40 delegates.", []),  # a name right before: "Boeing 737" rule
        ("He spoke at 5 rallies with Gov. Christie.", ["5"]),
    ],
)
def test_figure_name_table(text, counts):
    assert _counts(text) == counts
