"""Numbers, money, percentages, quantities, counts, ordinals and ranges read from plain text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import hedges
from claimcheck.models import Measure, Ordinal
from claimcheck.numbers import find_numbers, step_of
from claimcheck.values import parse_values

PUBLISHED = dt.date(2024, 5, 14)


def _values(text: str) -> list[tuple[str, str, object]]:
    out = []
    for v in parse_values(text, date=PUBLISHED):
        if isinstance(v.value, Measure):
            out.append((text[v.start:v.end], v.kind, (v.value.value, v.value.low, v.value.high,
                                                      v.value.unit)))
        elif isinstance(v.value, Ordinal):
            out.append((text[v.start:v.end], v.kind, v.value.value))
        else:
            out.append((text[v.start:v.end], v.kind, None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade reached 240 billion dollars.",
         [("240 billion dollars", "money", (240e9, 235e9, 245e9, "USD"))]),
        ("Trade reached US$240.1 billion.",
         [("US$240.1 billion", "money", (240.1e9, 240.05e9, 240.15e9, "USD"))]),
        ("It cost $2.4bn.", [("$2.4bn", "money", (2.4e9, 2.35e9, 2.45e9, "USD"))]),
        ("It cost £5m.", [("£5m", "money", (5e6, 4.5e6, 5.5e6, "GBP"))]),
        ("It cost €12 million.", [("€12 million", "money", (12e6, 11.5e6, 12.5e6, "EUR"))]),
        ("Exports were 3.5 trillion yuan.",
         [("3.5 trillion yuan", "money", (3.5e12, 3.45e12, 3.55e12, "CNY"))]),
        ("Fines of 600 roubles.", [("600 roubles", "money", (600, 550, 650, "RUB"))]),
        ("A deal worth 45 euros.", [("45 euros", "money", (45, 44.5, 45.5, "EUR"))]),
        ("It paid USD 200 for it.", [("USD 200", "money", (200, 150, 250, "USD"))]),
        ("It cost 3 dollars 50 cents.",
         [("3 dollars 50 cents", "money", (3.5, 3.495, 3.505, "USD"))]),
        ("They lost 75 USD million.",
         [("75 USD million", "money", (75e6, 74.5e6, 75.5e6, "USD"))]),
        ("It cost 5 dollars and 50 people came.",
         [("5 dollars", "money", (5, 4.5, 5.5, "USD")), ("50", "count", (50, 45, 55, None))]),
        ("Prices rose 5.2% in April.",
         [("5.2%", "percent", (5.2, 5.15, 5.25, "%")), ("April", "date", None)]),
        ("Prices rose 12 per cent.", [("12 per cent", "percent", (12, 11.5, 12.5, "%"))]),
        ("Rates rose 3 percentage points.",
         [("3 percentage points", "percent", (3, 2.5, 3.5, "pp"))]),
        ("Output hit 300,000 barrels a day.",
         [("300,000 barrels a day", "quantity", (3e5, 2.5e5, 3.5e5, "barrel per day"))]),
        ("It shipped 12 tonnes.", [("12 tonnes", "quantity", (12, 11.5, 12.5, "tonne"))]),
        ("The road is 40km long.", [("40km", "quantity", (40, 35, 45, "kilometre"))]),
        ("Some 1,200 troops arrived.", [("1,200", "count", (1200, 1080, 1320, None))]),
        ("He sent two hundred soldiers.",
         [("two hundred", "count", (200, 150, 250, None))]),
        ("Half a million people fled.",
         [("Half a million", "count", (5e5, 2.5e5, 7.5e5, None))]),
        ("A dozen ships sank.", [("A dozen", "count", (12, 11.5, 12.5, None))]),
        ("Between 20 and 30 people died.",
         [("20 and 30", "count", (25, 20, 30, None))]),
        ("Turnout was 20-30%.", [("20-30%", "percent", (25, 20, 30, "%"))]),
        ("The tally was above 1000 and below 1500.",
         [("1000 and below 1500", "count", (1250, 1000, 1500, None))]),
        ("There were at most 100 and at least 20 apples.",
         [("100 and at least 20", "count", (60, 20, 100, None))]),
        ("Exports rose from 5% to 7%.",
         [("5%", "percent", (5, 4.5, 5.5, "%")), ("7%", "percent", (7, 6.5, 7.5, "%"))]),
        ("It raised $5-7bn.", [("$5-7bn", "money", (6e9, 5e9, 7e9, "USD"))]),
        ("It cost USD115.5.", [("USD115.5", "money", (115.5, 115.45, 115.55, "USD"))]),
        ("He lost 6.25 BTC.", [("6.25 BTC", "money", (6.25, 6.245, 6.255, "XBT"))]),
        ("Police held 15 bitcoin miners.", [("15", "count", (15, 14.5, 15.5, None))]),
        ("A loan of 12,34,567.89 rupees.",
         [("12,34,567.89 rupees", "money", (1234567.89, 1234567.885, 1234567.895, "INR"))]),
        ("He paid $ 20 $ 37 later.",
         [("$ 20", "money", (20, 15, 25, "USD")), ("$ 37", "money", (37, 36.5, 37.5, "USD"))]),
        ("He found 1 $10 bill.",
         [("1", "count", (1, 0.5, 1.5, None)), ("$10", "money", (10, 5, 15, "USD"))]),
        ("Scores were 200 or greater than.", [("200", "count", (200, 200, None, None))]),
        ("Scores were 5000 or less than 6000.",
         [("5000", "count", (5000, 4500, 5500, None)),
          ("6000", "count", (6000, 0, 6000, None))]),
        ("It was the fourth meeting.", [("fourth", "ordinal", 4)]),
        ("He won a third term.", [("third", "ordinal", 3)]),
        ("They marked the 75th anniversary.", [("75th", "ordinal", 75)]),
        # negative rows: codes, names, phone numbers, idioms and references are not values
        ("COVID-19 hit the G7 hard.", []),
        ("Call 555-123-4567 for help.", []),
        ("One of the men left.", []),
        ("The two leaders met.", []),
        ("A man walked in.", []),
        ("They met on Fifth Avenue.", []),
        ("The ruling of the 2nd Circuit stands.", []),
        ("The Boeing 737 is a plane.", []),
        ("At first, nobody came.", []),
        # a share of a group is a percent (the share table of claimcheck.hedges)
        ("A third of voters stayed home.",
         [("A third", "percent", (33.333333333, 29.166666667, 36.666666667, "%"))]),
        ("One in three adults smoke.",
         [("One in three", "percent", (33.333333333, 29.166666667, 36.666666667, "%"))]),
        ("A third of the way up, he stopped.", []),
        ("Its offices at 1 Apple Park Way opened.", []),
        ("He lives at 10 Downing Street.", []),
        ("Prices rose over three years.", [("three years", "duration", None)]),
    ],
)
def test_value_table(text: str, expected: list[tuple[str, str, object]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "hedge", "low", "high"),
    [
        ("about 120 people", "about", 108, 132),
        ("roughly 2,000 people", "roughly", 1500, 2500),  # precision wider than 10%
        ("just over 100 people", "just over", 100, 120),
        ("more than 100 people", "more than", 100, None),
        ("at least 100 people", "at least", 100, None),
        ("nearly 100 people", "nearly", 90, 100),
        ("fewer than 100 people", "fewer than", 0, 100),
        ("up to 100 people", "up to", 0, 100),
        ("100 people or more", "or more", 100, None),
        ("x > 10", ">", 10, None),
        ("temperatures below -30", "below", None, -30),
    ],
)
def test_hedge_table(text: str, hedge: str, low: float | None, high: float | None) -> None:
    (value,) = parse_values(text)
    assert value.hedge == hedge
    assert isinstance(value.value, Measure)
    assert (value.value.low, value.value.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [("It took over 3 hours.", "over"), ("He was jailed for over two years.", "over"),
     ("Prices rose over three years.", None), ("It has been just over six months.", "just over")],
)
def test_over_hedges_a_length_only_after_a_word_that_takes_one(
    text: str, hedge: str | None
) -> None:
    (value,) = parse_values(text)
    assert value.kind == "duration"
    assert value.hedge == hedge


def test_hedge_table_can_be_extended(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(hedges.HEDGES, "a shade over", "just_above")
    (value,) = parse_values("a shade over 50 tonnes")
    assert value.hedge == "a shade over"
    assert isinstance(value.value, Measure)
    assert (value.value.low, value.value.high) == (50, 60)


def test_hedge_rule_can_be_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(hedges.RULES, "approximate", hedges.Rule(0.5, 1.5))
    (value,) = parse_values("about 100 people")
    assert isinstance(value.value, Measure)
    assert (value.value.low, value.value.high) == (50, 150)


@pytest.mark.parametrize(
    ("digits", "step"),
    [("240", 10), ("240.1", 0.1), ("4.800", 0.001), ("1,200", 100), ("7", 1), ("0", 1)],
)
def test_step_is_the_last_significant_digit(digits: str, step: float) -> None:
    assert step_of(digits) == pytest.approx(step)


@pytest.mark.parametrize(
    ("text", "value"),
    [("two hundred and six", 206), ("twenty-one trillion three hundred", 21e12 + 300),
     ("fifty two", 52), ("one and a half", 1.5), ("minus five point five", -5.5),
     ("1,674.5 million", 1674.5e6), ("10k", 1e4), ("2.4bn", 2.4e9), ("three quarters", 0.75),
     ("five and a half million", 5.5e6), ("3 million and a half", 3.5e6), ("a half", 0.5),
     ("two million and three fifths", 2.6e6), ("one out of three", 1 / 3),
     ("two thirds of a million", 2e6 / 3), ("1.3x10^6", 1.3e6), ("-4/5", -0.8),
     # a compound ordinal is one denominator; a plural one may follow any whole number
     ("one twenty-fifth", 1 / 25), ("three twenty-firsts", 3 / 21),
     ("one hundred thirty fifths", 100 / 35), ("one hundred thirty two fifths", 132 / 5),
     ("ninety-five hundred fifths", 1900), ("a hundred trillionths", 1e-10),
     # digits with a scale word add up like the words; a scale after a scale multiplies
     ("4 thousand 3 hundred and 21", 4321), ("3 hundred and one", 301),
     ("6 crore and two hundred", 60000200), ("three lakh crore", 3e12),
     ("three hundred and two dozen", 324), ("five dozs", 60)],
)
def test_number_table(text: str, value: float) -> None:
    (found,) = find_numbers(text)
    assert (found.start, found.end) == (0, len(text))
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative rows: an ordinal in its own use is no denominator, a part is never more
        # than its whole, and figures join only as English joins them
        ("one hundred fifth anniversary", [("one hundred", 100.0)]),
        ("a one twenty-first-century idea", [("one", 1.0), ("twenty", 20.0)]),
        ("three twenty-first", [("three", 3.0), ("twenty", 20.0)]),
        ("12 out of 10", [("12", 12.0), ("10", 10.0)]),
        ("more than half the budget", [("half", 0.5)]),
        ("over half-time", []),
        ("exercises 22,24,26", [("22", 22.0), ("24", 24.0), ("26", 26.0)]),
        ("1,234,567 people", [("1,234,567", 1234567.0)]),
        ("5 million 300 people", [("5 million", 5e6), ("300", 300.0)]),
        ("between 2 million and 3 million", [("2 million", 2e6), ("3 million", 3e6)]),
    ],
)
def test_numbers_that_stay_apart(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(text[n.start:n.end], n.value) for n in find_numbers(text)] == expected


_SCALES = {"": 1, " thousand": 1e3, " million": 1e6, "m": 1e6, "bn": 1e9, " billion": 1e9,
           "tn": 1e12}
_CURRENCY = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}


@given(
    st.integers(1, 999),
    st.integers(0, 2),
    st.sampled_from(sorted(_SCALES)),
    st.sampled_from(sorted(_CURRENCY)),
)
def test_money_written_any_way_lies_in_its_own_interval(
    whole: int, decimals: int, scale: str, symbol: str
) -> None:
    digits = f"{whole / 10**decimals:.{decimals}f}"
    text = f"Trade reached {symbol}{digits}{scale} last year."
    (money,) = [v for v in parse_values(text, date=PUBLISHED) if v.kind == "money"]
    assert isinstance(money.value, Measure)
    stated = float(digits) * _SCALES[scale]
    assert money.value.unit == _CURRENCY[symbol]
    assert money.value.value == pytest.approx(stated)
    assert money.value.low is not None and money.value.high is not None
    assert money.value.low <= stated <= money.value.high
    assert text[money.start:money.end] == f"{symbol}{digits}{scale}"


@given(st.integers(2, 10**7), st.sampled_from(sorted(hedges.HEDGES)))
def test_hedges_move_the_interval_the_way_their_rule_says(number: int, hedge: str) -> None:
    if not hedge[0].isalpha() or hedge in ("c.", "approx.", "estimated", "a full"):
        return  # symbols and abbreviations are tested in the table above
    text = f"The army said {hedge} {number:,} soldiers were there."
    found = [v for v in parse_values(text) if v.kind == "count"]
    assert found, text
    value = found[0].value
    assert isinstance(value, Measure)
    rule = hedges.RULES[hedges.HEDGES[hedge]]
    if rule.low is not None and rule.low >= 1:
        assert value.low is not None and value.low >= number * 0.999999
    if rule.high is not None and rule.high <= 1:
        assert value.high is not None and value.high <= number * 1.000001
    if rule.high is None:
        assert value.high is None
    assert found[0].hedge is not None and found[0].hedge.lower() == hedge


_PIECES = st.sampled_from([
    " ", "  ", ",", ".", "-", "–", "/", ":", "%", "$", "£", "€", "US$", "0", "1", "7", "12", "31",
    "2024", "1,200", "2.4", "bn", "m", "k", "million", "billion", "half", "a", "one", "two",
    "dozen", "third", "fourth", "75th", "May", "march", "Feb", "October", "Tuesday", "last",
    "next", "this", "week", "year", "months", "ago", "between", "and", "to", "from", "about",
    "just over", "up to", "or more", "per cent", "percentage points", "tonnes", "troops",
    "COVID-19", "G7", "the", "of", "in", "since", "Christmas", "Q1", "\n", "“", "”", "é",
])


@given(st.lists(_PIECES, max_size=30).map("".join), st.none() | st.dates())
def test_parse_values_never_raises_and_spans_are_ordered_and_disjoint(
    text: str, published: dt.date | None
) -> None:
    found = parse_values(text, date=published)
    previous_end = 0
    for value in found:
        assert 0 <= value.start < value.end <= len(text)
        assert value.start >= previous_end
        previous_end = value.end
        if value.hedge_start is not None:
            assert text[value.hedge_start:value.start].lower().startswith(
                value.hedge.lower().split(" … ")[0][:2])  # type: ignore[union-attr]


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
               "ninety"]


def _spell(n: int, *, british: bool) -> str:
    """English words for 0 <= n < 10**12, the plain schoolbook way."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS_WORDS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        joiner = " and " if british else " "
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else joiner + _spell(rest,
                                                                                   british=british))
    for scale, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= scale:
            rest = n % scale
            head = _spell(n // scale, british=british) + " " + word
            if rest == 0:
                return head
            joiner = " and " if british and rest < 100 else " "
            return head + joiner + _spell(rest, british=british)
    raise AssertionError(n)


@given(st.integers(0, 10**11), st.booleans())
def test_spelled_out_numbers_read_back_to_themselves(n: int, british: bool) -> None:
    words = _spell(n, british=british)
    found = find_numbers(f"They counted {words} in all.")
    assert [(f.value, f.end - f.start) for f in found] == [(n, len(words))]


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from([("last year", -1), ("this year", 0), ("next year", 1)]),
)
def test_relative_years_count_from_the_publication_date(
    published: dt.date, phrase: tuple[str, int]
) -> None:
    words, shift = phrase
    (value,) = parse_values(f"Exports grew 5% {words}.", date=published)[1:]
    assert value.kind == "date"
    assert value.value.timex == str(published.year + shift)  # type: ignore[union-attr]
