"""The verb "add up to" states a sum: its "up to" bounds no value of any kind (hedges)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.hedges import hedge_before
from claimcheck.values import parse_values

PUBLISHED = dt.date(2024, 5, 14)


def _read(text: str) -> list[tuple[str, str, str | None, float | None, float | None]]:
    out = []
    for v in parse_values(text, date=PUBLISHED):
        low, high = getattr(v.value, "low", None), getattr(v.value, "high", None)
        out.append((text[v.start:v.end], v.kind, v.hedge, low, high))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money and counts (where the rule lived before)
        ("Deficits would add up to $1.5 trillion more.",
         [("$1.5 trillion", "money", None, 1.45e12, 1.55e12)]),
        ("The fines add up to 40 salaries.", [("40", "count", None, 35, 45)]),
        # a share, a ratio and a length of time get the same reading now
        ("The cuts added up to a third of the budget.",
         [("a third", "percent", None, 29.166666667, 36.666666667)]),
        ("The gains add up to 3-to-1 in the county.",
         [("3-to-1", "quantity", None, 2.5, 3.5)]),
        ("The delays add up to six months.",
         [("six months", "duration", None, 167.4028125, 197.8396875)]),
        ("His sentences, adding up to 20 years, run on.",
         [("20 years", "duration", None, 5478.6375, 9131.0625)]),
        # negative rows: "up to" without the verb is a ceiling, for every kind
        ("The cuts could reach up to a third of the budget.",
         [("a third", "percent", "up to", 0.0, 33.333333333)]),
        ("The ratio could go up to 3-to-1.", [("3-to-1", "quantity", "up to", 0.0, 3.0)]),
        ("The delays could last up to six months.",
         [("six months", "duration", "up to", 0.0, 182.62125)]),
        ("The group hopes to raise up to $5 million.",
         [("$5 million", "money", "up to", 0.0, 5e6)]),
        # another hedge after the verb still bounds the sum
        ("The gains added up to nearly 5 percent.", [("5 percent", "percent", "nearly", 4.5, 5.0)]),
    ],
)
def test_add_up_to_states_a_sum_for_every_kind(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they add up to 5", None),
        ("it added up to 5", None),
        ("ADDS UP TO 5", None),
        ("worth up to 5", (6, "up to")),
        ("the padded up to 5", (11, "up to")),  # "padded" is no "add"
        ("adding nearly 5", (7, "nearly")),
    ],
)
def test_hedge_before_add_up_table(text, expected):
    assert hedge_before(text, len(text) - 1) == expected


_SUMS = ["${n} million", "{n} percent", "{n} workers", "{n} months"]


@given(st.integers(2, 999), st.sampled_from(_SUMS), st.sampled_from(["add", "adds", "added",
                                                                     "adding"]))
def test_add_up_to_reads_as_the_bare_figure(n, form, verb):
    figure = form.format(n=n)
    assert _read(f"The costs {verb} up to {figure}.") == _read(f"The costs reached {figure}.")


@given(st.integers(2, 999), st.sampled_from(_SUMS))
def test_up_to_without_the_verb_caps_at_the_figure(n, form):
    (read,) = _read(f"The costs could rise up to {form.format(n=n)}.")
    assert read[2] == "up to" and read[3] == 0 and read[4] is not None
