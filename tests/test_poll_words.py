"""Poll splits read by one vocabulary (claimcheck.poll_words), bare or percent-signed alike."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.poll_words import POLL_NAMED, POLL_TALK, paragraph_around, split_lead
from claimcheck.values import parse_values


def _read(text: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(text[v.start:v.end], v.kind, getattr(v.value, "low", None),
             getattr(v.value, "high", None))
            for v in parse_values(text, date=dt.date(2016, 3, 1))]


def _two(a: int, b: int) -> list[tuple[str, str, float, float]]:
    return [(f"{a}", "percent", a - 0.5, a + 0.5), (f"{b}", "percent", b - 0.5, b + 0.5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contest word of either old list leads a split of either shape
        ("In the new poll, Sanders tops Clinton 35%-46% among young voters.",
         [("35%", "percent", 34.5, 35.5), ("46%", "percent", 45.5, 46.5)]),
        ("Sanders is ahead of Clinton 35%-46% in the poll.",
         [("35%", "percent", 34.5, 35.5), ("46%", "percent", 45.5, 46.5)]),
        ("Her support among women is a lopsided 62-32 in the new poll of voters.", _two(62, 32)),
        ("Voters favor Clinton 52-41, the poll found.", _two(52, 41)),
        ("Trump has a net 40-55 rating in the poll of voters.", _two(40, 55)),
        ("Rubio tops Clinton 41-40 in the poll.", _two(41, 40)),
        ("Clinton vs. Trump: 46-41 in the poll.", _two(46, 41)),
        ("It is Clinton vs. Trump 46-41 in the poll.", _two(46, 41)),
        ("Gov. Jeb Bush ties Clinton at 41-41 in the survey.", _two(41, 41)),
        # a rating is poll talk: the sign word leans the split, it does not negate it
        ("He has a negative 42%-49% approval rating.",
         [("42%", "percent", 41.5, 42.5), ("49%", "percent", 48.5, 49.5)]),
        ("Clinton leads, (46%-35%), in the poll.",
         [("46%", "percent", 45.5, 46.5), ("35%", "percent", 34.5, 35.5)]),
        # negative rows: a range of rates, a lead word far from any poll, a vote of a body
        ("Rates of 5%-7% are common.", [("5%-7%", "percent", 5.0, 7.0)]),
        ("Inflation ran against 5%-7% for years.", [("5%-7%", "percent", 5.0, 7.0)]),
        ("The Senate voted 52-48 to pass the bill, the poll said.",
         [("48", "count", 47.5, 48.5)]),
        ("The Lakers beat the Celtics 51-49 at home.", [("49", "count", 48.5, 49.5)]),
        ("The panel voted 5-4 over the objections of voters.", [("4", "count", 3.5, 4.5)]),
    ],
)
def test_poll_split_table(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("before", "reach", "stops", "word"),
    [
        ("Rubio tops Clinton ", 50, ".;", "tops"),
        ("Gov. Jeb Bush ties Clinton at ", 50, ".;", "ties"),  # an abbreviation stops nothing
        ("a lopsided ", 30, "%.;", "lopsided"),
        ("leads. Then ", 50, ".;", None),  # the clause ended
        ("He leads by what the survey calls a clear margin, ", 20, ".;", "margin"),
        ("leading but with a very long stretch after the word ", 30, ".;", None),
        ("rates of ", 30, "%.;", None),
    ],
)
def test_split_lead_table(before, reach, stops, word):
    m = split_lead(before + "41-40", len(before), reach=reach, stops=stops)
    assert (m.group() if m else None) == word


@pytest.mark.parametrize(
    ("text", "named", "talk"),
    [
        ("The poll of 900 adults", True, True),
        ("Pollsters said", True, True),
        ("Half of those questioned", True, True),
        ("His approval rating fell", False, True),
        ("Clinton leads by 5 points among voters", False, True),
        ("The Lakers won the game", False, False),
        ("a pollen count", False, False),
    ],
)
def test_poll_word_lists(text, named, talk):
    assert (POLL_NAMED.search(text) is not None, POLL_TALK.search(text) is not None) == (
        named, talk)


def test_paragraph_around_stops_at_line_breaks_and_reach():
    text = "first line\nsecond 41-40 line\nthird"
    start = text.index("41")
    assert paragraph_around(text, start, start + 5) == "second 41-40 line"
    long = "x" * 50 + " 41-40 " + "y" * 50
    assert paragraph_around(long, 51, 56, reach=10) == long[41:66]


@given(st.sampled_from(["leads", "tops", "a lopsided", "vs.", "trails"]),
       st.text(alphabet="abc ,", max_size=40), st.sampled_from([".", ";", "!"]))
def test_split_lead_does_not_reach_past_a_clause_stop(word, gap, stop):
    text = f"{word} {gap}{stop} it was 41-40"
    assert split_lead(text, text.index("41"), reach=80, stops=".;!?()\n") is None
    clause = f"{word} {gap} 41-40"
    found = split_lead(clause, clause.index("41-40"), reach=80, stops=".;!?()\n")
    assert found is not None and found.group() == word.split()[-1].rstrip(".") + (
        "." if word == "vs." else "")
