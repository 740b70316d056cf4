"""Number and money forms the Recognizers-Text specs exercise, each rule with the news text
it must leave alone (negative rows)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.models import Measure
from claimcheck.numbers import find_numbers, find_ordinals
from claimcheck.values import parse_values

PUBLISHED = dt.date(2024, 5, 14)


def _measures(text: str) -> list[tuple[str, str, float, float | None, float | None, str | None]]:
    out = []
    for v in parse_values(text, date=PUBLISHED):
        if isinstance(v.value, Measure):
            out.append((text[v.start:v.end], v.kind, v.value.value, v.value.low, v.value.high,
                        v.value.unit))
    return out


def _numbers(text: str) -> list[tuple[str, float]]:
    return [(text[n.start:n.end], pytest.approx(n.value)) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency name before a scaled or decimal amount
        ("The price starts at dollar 22.5 million.",
         [("dollar 22.5 million", "money", 22.5e6, 22.45e6, 22.55e6, "USD")]),
        ("Sales hit euro 1.2 billion.", [("euro 1.2 billion", "money", 1.2e9, 1.15e9, 1.25e9,
                                          "EUR")]),
        # negative rows: a bare figure after a name, a percent, a word that is not money
        ("The dollar 20 years ago bought more.", []),
        ("The dollar rose 2.5 percent.", [("2.5 percent", "percent", 2.5, 2.45, 2.55, "%")]),
        ("He won 2.5 million votes.", [("2.5 million", "count", 2.5e6, 2.45e6, 2.55e6, None)]),
        # an M before a code counts millions
        ("Revenues of about MAUD 60.", [("MAUD 60", "money", 60e6, 54e6, 66e6, "AUD")]),
        ("It cost AUD 60.", [("AUD 60", "money", 60, 55, 65, "AUD")]),
        # a code touching digits opens the next amount
        ("We give away 3 USD50 cards.",
         [("3", "count", 3, 2.5, 3.5, None), ("USD50", "money", 50, 45, 55, "USD")]),
        ("They paid 50 USD for it.", [("50 USD", "money", 50, 45, 55, "USD")]),
        # a symbol in another script
        ("Lend me 100,000 ரூ today.", [("100,000 ரூ", "money", 1e5, 5e4, 1.5e5, "LKR")]),
    ],
)
def test_currency_forms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It costs 10 $ 30 cent.", [("10 $ 30 cent", "money", 10.3, 10.295, 10.305, "USD")]),
        ("It costs one dollar and one.",
         [("one dollar and one", "money", 1.01, 1.005, 1.015, "USD")]),
        ("Had they 15 USD 50 more, they would pay.",
         [("15 USD 50", "money", 15.5, 15.495, 15.505, "USD")]),
        ("It costs c $ 100 and fifty.",
         [("c $ 100 and fifty", "money", 100.5, 100.495, 100.505, "CAD")]),
        # negative rows: a number that counts a noun, digits after digits, more than 99 cents
        ("It cost 5 dollars and 50 people came.",
         [("5 dollars", "money", 5, 4.5, 5.5, "USD"), ("50", "count", 50, 45, 55, None)]),
        ("It cost $100 and 50 people came.",
         [("$100", "money", 100, 50, 150, "USD"), ("50", "count", 50, 45, 55, None)]),
        ("It cost $100 and 50.",
         [("$100", "money", 100, 50, 150, "USD"), ("50", "count", 50, 45, 55, None)]),
        ("It cost 15 dollars 150 more.",
         [("15 dollars", "money", 15, 14.5, 15.5, "USD"), ("150", "count", 150, 145, 155, None)]),
    ],
)
def test_cents_join_the_sum(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part of a mixed number is proper: an improper one takes the whole numerator
        ("one hundred and thirty fifths", [("one hundred and thirty fifths", 26)]),
        ("one hundred and thirty-two fifths", [("one hundred and thirty-two fifths", 26.4)]),
        ("one hundred and three quarters", [("one hundred and three quarters", 100.75)]),
        ("twenty and three fifths", [("twenty and three fifths", 20.6)]),
        # a spaced minus signs a fraction as it signs digits; a minus after a figure subtracts
        ("- 1 4/5", [("- 1 4/5", -1.8)]),
        ("(-3/4)", [("-3/4", -0.75)]),
        ("3 - 1/2", [("3", 3), ("1/2", 0.5)]),
        ("x-4/5", [("4/5", 0.8)]),
        # "a" over a compound ordinal, only as a share
        ("a twenty-first", [("a twenty-first", 1 / 21)]),
        ("a twenty-first of it", [("a twenty-first", 1 / 21)]),
        ("a twenty-first birthday", [("twenty", 20)]),
        ("a twenty-first-century idea", [("twenty", 20)]),
    ],
)
def test_fraction_forms(text: str, expected: list[tuple[str, float]]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the one hundred and first", [("one hundred and first", 101)]),
        ("twenty-one trillion and three hundred twenty second",
         [("twenty-one trillion and three hundred twenty second", 21_000_000_000_322)]),
        # negative rows: "and" between small numbers joins no ordinal
        ("between one and second", [("second", 2)]),
        ("the fifth and sixth", [("fifth", 5), ("sixth", 6)]),
    ],
)
def test_ordinal_and(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(text[o.start:o.end], o.value) for o in find_ordinals(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bounded share of a group states a checkable figure: a percent, never past 100
        ("More than half of voters came.", [("half", "percent", 50, 50, 100, "%")]),
        ("More than 6 in 10 voters agree.", [("6 in 10", "percent", 60, 60, 100, "%")]),
        ("One-quarter to one-third of workers left.",
         [("One-quarter to one-third", "percent", 700 / 24, 25, 33.3333333, "%")]),
        # an unbounded share of a group is a percent too, with the share table's interval
        ("A third of voters stayed home.",
         [("A third", "percent", 100 / 3, 29.166666667, 36.666666667, "%")]),
        # a bounded fraction of no group, or written with a slash, stays a figure
        ("More than 1/2 of the people came.", [("1/2", "count", 0.5, 0.5, None, None)]),
        ("It is above one quarter and below a half.",
         [("one quarter and below a half", "count", 0.375, 0.25, 0.5, None)]),
        ("Maybe 2 in 5 or more.", [("2 in 5", "count", 0.4, 0.4, None, None)]),
        # ... but a poll's tenths are a share even with the group left out (read in news:
        # "compared to nearly four in 10 — 38 percent — who said")
        ("Nearly four in 10 — 38 percent — agree.",
         [("four in 10", "percent", 40, 36, 40, "%"),
          ("38 percent", "percent", 38, 37.5, 38.5, "%")]),
        # negative rows: a pace, a year, a part larger than its whole, a quarter century
        ("He scored 2 in 10 minutes.",
         [("2", "count", 2, 1.5, 2.5, None), ("10 minutes", "duration", None, None, None,
                                               None)]),
        ("Over a quarter century ago it began.", []),
    ],
)
def test_bounded_shares(text: str, expected: list[tuple[object, ...]]) -> None:
    got = []
    for v in parse_values(text, date=PUBLISHED):
        if isinstance(v.value, Measure):
            got.append((text[v.start:v.end], v.kind, v.value.value, v.value.low, v.value.high,
                        v.value.unit))
        else:
            got.append((text[v.start:v.end], v.kind, None, None, None, None))
    assert got == [(t, k, pytest.approx(a) if a is not None else None,
                    pytest.approx(b) if b is not None else None, c, u)
                   for t, k, a, b, c, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10G", [("10G", 1e10)]),
        ("1,674.5 G", [("1,674.5 G", 1.6745e12)]),
        ("It made 12G in 2023.", [("12G", 1.2e10), ("2023", 2023)]),
        # negative rows: network generations, a name before a noun, grams, the G-20
        ("Operators rolled out 5G.", [("5", 5)]),
        ("A 5G network", [("5", 5)]),
        ("The 10G broadband plan", [("10", 10)]),
        ("a 10G-capable port", [("10", 10)]),
        ("the G-20 summit", [("20", 20)]),
        ("1,300 people", [("1,300", 1300)]),
    ],
)
def test_giga_suffix(text: str, expected: list[tuple[str, float]]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operators rolled out 5G.", []),
        ("A 4G network covers it.", []),
        ("Add 5g of sugar.", [("5g", "quantity", 5, 4.5, 5.5, "gram")]),
        ("Add 2L of milk.", [("2L", "quantity", 2, 1.5, 2.5, "litre")]),
    ],
)
def test_capital_letter_is_no_gram(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal comma where no thousands group can be meant
        ("The number is 1,3.", [("1,3", 1.3)]),
        ("1.111,11, 1,111.11", [("1.111,11", 1111.11), ("1,111.11", 1111.11)]),
        # negative rows: thousands groups and lists stay as English writes them
        ("1,300 people", [("1,300", 1300)]),
        ("pages 1,3 and 5", [("1", 1), ("3", 3), ("5", 5)]),
        ("items 2, 1,3", [("2", 2), ("1", 1), ("3", 3)]),
        ("exercises 22,24,26", [("22", 22), ("24", 24), ("26", 26)]),
        # three dotted groups are no decimal
        ("192.168.1.2", [("192", 192), ("168", 168), ("1", 1), ("2", 2)]),
        ("version 10.0.1", [("10", 10), ("0", 0), ("1", 1)]),
        ("It rose 3.5 points.", [("3.5", 3.5)]),
    ],
)
def test_commas_and_dots(text: str, expected: list[tuple[str, float]]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    "text", ["Connect to 192.168.1.2 now.", "Windows 10.0.1 shipped.", "Update to 2.3.1 today."]
)
def test_dotted_groups_are_no_counts(text: str) -> None:
    assert _measures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one one hundred fifth", [("one one hundred fifth", 1 / 105)]),
        ("one one hundred and fifth", [("one one hundred and fifth", 1 / 105)]),
        ("one one-hundredth of a second", [("one one-hundredth", 1 / 100)]),
        ("one two hundredth", [("one two hundredth", 1 / 200)]),
        # negative rows: an ordinal in its own use
        ("the one hundred fifth.", [("one hundred", 100)]),
        ("one hundred fifth anniversary", [("one hundred", 100)]),
    ],
)
def test_one_over_a_large_ordinal(text: str, expected: list[tuple[str, float]]) -> None:
    assert _numbers(text) == expected


@given(st.integers(10, 99_999), st.sampled_from(["", " "]))
def test_g_after_two_or_more_digits_is_giga(n: int, space: str) -> None:
    assert _numbers(f"It made {n}{space}G.") == [(f"{n}{space}G", n * 1e9)]


@given(st.integers(1, 9), st.sampled_from([".", " network", " phones", "-enabled phones"]))
def test_g_after_one_digit_is_a_generation_never_a_number(n: int, tail: str) -> None:
    assert _measures(f"Operators rolled out {n}G{tail}") == []


@given(st.integers(1, 999), st.integers(0, 9))
def test_one_digit_after_a_comma_is_a_decimal(whole: int, tenth: int) -> None:
    assert _numbers(f"The number is {whole},{tenth}.") == [(f"{whole},{tenth}",
                                                             whole + tenth / 10)]


@given(st.integers(1, 999), st.integers(0, 999))
def test_three_digits_after_a_comma_are_thousands(whole: int, rest: int) -> None:
    assert _numbers(f"The number is {whole},{rest:03d}.") == [(f"{whole},{rest:03d}",
                                                                whole * 1000 + rest)]


@given(st.lists(st.integers(0, 255), min_size=3, max_size=4))
def test_dotted_groups_read_as_their_integers(groups: list[int]) -> None:
    text = ".".join(map(str, groups))
    assert [n.value for n in find_numbers(text)] == groups


@given(st.integers(1, 999), st.integers(1, 99), st.sampled_from([" ", " and "]),
       st.sampled_from([".", " more.", ", he said."]))
def test_a_bare_number_after_named_dollars_is_its_cents(
    dollars: int, cents: int, gap: str, tail: str
) -> None:
    text = f"It cost {dollars} dollars{gap}{cents}{tail}"
    ((said, kind, value, *_),) = _measures(text)
    assert (said, kind) == (f"{dollars} dollars{gap}{cents}", "money")
    assert value == pytest.approx(dollars + cents / 100)


@given(st.integers(1, 999), st.integers(1, 99), st.sampled_from(["people", "votes", "of them"]))
def test_a_number_counting_a_noun_is_never_cents(dollars: int, n: int, noun: str) -> None:
    text = f"It cost {dollars} dollars and {n} {noun} came."
    assert _measures(text)[0][:3] == (f"{dollars} dollars", "money", dollars)
