"""The public strategies of claimcheck.testing keep their promises.

Every expectation a strategy hands out is checked here against an independent, deliberately
plain reading of the text it drew (a small reference parser, ``datetime.strptime``), so a
user's law that fails points at their code, not at ours.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest
from hypothesis import find, given
from hypothesis import strategies as st

import claimcheck.testing as cct
from claimcheck._testing_values import _interval, _mantissa_of

# --- a reference reading of written values ----------------------------------------------------

_SCALE = {
    "thousand": 10**3,
    "million": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}
_WORDS = {
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
_CURRENCY = [
    ("US$", "USD"),
    ("$", "USD"),
    ("USD", "USD"),
    ("US dollars", "USD"),
    ("dollars", "USD"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("euros", "EUR"),
    ("£", "GBP"),
    ("GBP", "GBP"),
    ("CNY", "CNY"),
    ("yuan", "CNY"),
    ("RUB", "RUB"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
]
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(thousand|million|billion|trillion|bn|mn|tn|m)?\b")


def reference_reading(text: str) -> tuple[Decimal, Decimal, str | None]:
    """(value, half a unit of the last significant digit, currency or None) of ``text``."""
    words = text.split()
    if words[0] in _WORDS:
        scale = Decimal(_SCALE.get(words[1], 1))
        return Decimal(_WORDS[words[0]]) * scale, scale / 2, None
    match = _NUMBER.search(text)
    assert match, text
    digits = match.group(1).replace(",", "")
    scale = Decimal(_SCALE.get(match.group(2) or "", 1))
    if "." in digits:
        unit = Decimal(10) ** -len(digits.split(".")[1])
    else:
        unit = Decimal(10) ** (len(digits) - len(digits.rstrip("0")))
    currency = next((code for mark, code in _CURRENCY if mark in text), None)
    return Decimal(digits) * scale, unit * scale / 2, currency


def assert_reads_as(value: cct.WrittenValue) -> None:
    number, precision, currency = reference_reading(value.text)
    assert float(number) == pytest.approx(value.value, rel=1e-12)
    assert float(precision) == pytest.approx(value.precision, rel=1e-12)
    if value.kind == "money":
        assert currency == value.unit


# --- values -----------------------------------------------------------------------------------


@given(cct.values())
def test_written_value_reads_back_as_its_expected_value(value: cct.WrittenValue) -> None:
    assert_reads_as(value)


@given(cct.values())
def test_written_value_lies_inside_its_own_interval(value: cct.WrittenValue) -> None:
    assert value.contains(value.value)
    assert value.phrase.endswith(value.text)
    assert value.hedge is None or value.phrase.startswith(value.hedge + " ")


@given(cct.values())
def test_hedge_moves_interval_the_documented_way(value: cct.WrittenValue) -> None:
    direction = cct.HEDGE_DIRECTION.get(value.hedge or "", "none")
    x = value.value
    if direction == "none":
        assert value.low == pytest.approx(x - value.precision)
        assert value.high == pytest.approx(x + value.precision)
    elif direction == "up":
        assert value.low == pytest.approx(x) and (value.high is None or value.high > x)
    elif direction == "down":
        assert value.high == pytest.approx(x) and value.low is not None and value.low < x
    else:
        assert value.low is not None and value.high is not None
        slack = x * 1e-12
        assert (
            value.low <= x - value.precision + slack and value.high >= x + value.precision - slack
        )
        assert value.low <= 0.9 * x + slack and value.high >= 1.1 * x - slack


@given(cct.reformattings())
def test_reformattings_state_the_same_interval_in_different_words(
    pair: tuple[cct.WrittenValue, cct.WrittenValue],
) -> None:
    first, second = pair
    assert first.text != second.text
    assert (first.value, first.low, first.high, first.hedge) == (
        second.value,
        second.low,
        second.high,
        second.hedge,
    )
    assert_reads_as(first)
    assert_reads_as(second)


@pytest.mark.parametrize(
    ("written", "value", "low", "high"),
    [
        ("240", "240", "235", "245"),  # DESIGN.md: "240 billion" covers 235-245 billion
        ("240.1", "240.1", "240.05", "240.15"),
        ("1200", "1200", "1150", "1250"),
        ("12.5", "12.5", "12.45", "12.55"),
        ("7", "7", "6.5", "7.5"),
        ("100", "100", "50", "150"),  # one significant figure: wide, by the same rule
    ],
)
def test_precision_is_half_a_unit_of_the_last_significant_digit(
    written: str, value: str, low: str, high: str
) -> None:
    mantissa = _mantissa_of(written)
    assert mantissa.value == Decimal(value)
    assert _interval(mantissa.value, mantissa.unit / 2, None) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("hedge", "low", "high"),
    [
        ("about", "180", "220"),
        ("roughly", "180", "220"),
        ("just over", "200", "240"),
        ("slightly more than", "200", "240"),
        ("more than", "200", None),
        ("above", "200", None),
        ("at least", "200", None),
        ("nearly", "180", "200"),
        ("just under", "180", "200"),
        ("fewer than", "0", "200"),
        ("below", "0", "200"),
        ("up to", "0", "200"),
        ("at most", "0", "200"),
    ],
)
def test_hedge_table_matches_design(hedge: str, low: str, high: str | None) -> None:
    got = _interval(Decimal(200), Decimal(5), hedge)
    assert got == (Decimal(low), None if high is None else Decimal(high))


def test_unknown_hedge_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown hedge 'circa'; expected one of about"):
        _interval(Decimal(1), Decimal(1), "circa")


@given(cct.value_sentences())
def test_value_sentence_places_the_value_where_it_says(
    placed: tuple[str, cct.ExpectedValue],
) -> None:
    sentence, value = placed
    assert sentence[value.start : value.end] == value.value.text
    assert sentence[: value.start].endswith(value.value.hedge + " " if value.value.hedge else " ")


# --- quotes and articles ------------------------------------------------------------------------


def _check_quotes(text: str, quotes: tuple[cct.ExpectedQuote, ...], style: str) -> None:
    d_open, d_close, s_open, s_close, _ = cct.MARK_STYLES[style]
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.start < q.inner_start <= q.inner_end < q.end
        opener, closer = (
            (d_open, d_close) if (q.marks == "double") != (style == "single") else (s_open, s_close)
        )
        assert text[q.start : q.inner_start] == opener
        assert text[q.inner_end : q.end] == closer
        if q.nested:
            assert any(o.start < q.start and q.end < o.end for o in quotes if not o.nested)
            assert q.speaker is None
        else:
            assert q.speaker is not None
    assert list(quotes) == sorted(quotes, key=lambda q: (q.start, -q.end))


@given(cct.quoted_sentences())
def test_quoted_sentence_spans_slice_back_to_their_marks(sentence: cct.QuotedSentence) -> None:
    _check_quotes(sentence.text, sentence.quotes, sentence.style)
    assert len(sentence.speakers) == 1
    (mention,) = sentence.speakers
    assert sentence.text[mention.start : mention.end] == mention.text
    assert mention.text.removeprefix("The ").removeprefix("the ") == mention.name
    assert mention.kind in cct.SPEAKER_KINDS
    # The mention is never inside a quote: it is the reporter's words.
    assert all(not (q.start <= mention.start < q.end) for q in sentence.quotes)


@pytest.mark.parametrize("style", sorted(cct.MARK_STYLES))
@given(data=st.data())
def test_every_mark_style_can_be_drawn_alone(style: str, data: st.DataObject) -> None:
    sentence = data.draw(cct.quoted_sentences(styles=(style,), nested=False, apostrophes=False))
    assert sentence.style == style
    assert sentence.quotes and not any(q.nested for q in sentence.quotes)
    _check_quotes(sentence.text, sentence.quotes, style)


@given(cct.articles())
def test_article_offsets_slice_back_and_paragraphs_join_to_text(article: cct.Article) -> None:
    assert "\n\n".join(article.paragraphs) == article.text
    assert all(p.strip() for p in article.paragraphs)
    styles = {
        s
        for s in cct.MARK_STYLES
        if all(
            article.text[q.start : q.inner_start] in cct.MARK_STYLES[s][:4] for q in article.quotes
        )
    }
    assert styles or not article.quotes
    for m in article.speakers:
        assert article.text[m.start : m.end] == m.text
    for v in article.values:
        assert article.text[v.start : v.end] == v.value.text
    starts = [q.start for q in article.quotes if not q.nested]
    assert starts == sorted(starts)


# --- dates ------------------------------------------------------------------------------------


def _reference_day(text: str, year: int) -> dt.date:
    for fmt in ("%d %B %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    for fmt in ("%d %B", "%B %d"):
        try:
            return dt.datetime.strptime(f"{text} {year}", fmt + " %Y").date()
        except ValueError:
            pass
    raise AssertionError(f"not a day: {text!r}")


@given(cct.news_dates())
def test_written_date_resolves_consistently(date: cct.WrittenDate) -> None:
    assert date.sentence[date.start : date.end] == date.text
    first, last = dt.date.fromisoformat(date.first), dt.date.fromisoformat(date.last)
    assert first <= last
    if "/" in date.timex:
        assert date.timex == f"{date.first}/{date.last}" and date.granularity == "day"
        assert first.month == last.month and 1 <= (last - first).days <= 3
    elif date.granularity == "day":
        assert date.timex == date.first == date.last
    elif date.granularity == "month":
        assert date.timex == date.first[:7]
        assert first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]
    else:
        assert date.granularity == "year"
        assert (date.timex, date.first[4:], date.last[4:]) == (date.first[:4], "-01-01", "-12-31")
    future = " will " in date.sentence
    if date.style == "weekday":
        assert date.text == calendar.day_name[first.weekday()]
        assert abs((first - date.published).days) <= 6
        assert (first >= date.published) if future else (first <= date.published)
    elif date.style in ("dmy", "mdy", "dm", "md"):
        assert _reference_day(date.text, date.published.year) == first
    if date.style in ("dm", "md"):
        assert (first > date.published) == future


@pytest.mark.parametrize(
    ("published", "text", "timex"),
    [
        (dt.date(2024, 5, 14), "last year", "2023"),
        (dt.date(2024, 5, 14), "this month", "2024-05"),
        (dt.date(2024, 1, 3), "last month", "2023-12"),
        (dt.date(2024, 12, 31), "next month", "2025-01"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(
    published: dt.date, text: str, timex: str
) -> None:
    strategy = cct.news_dates(published=published, kinds=("relative",))
    found = find(strategy, lambda d: d.text == text)
    assert (found.published, found.timex) == (published, timex)


# --- corpora ----------------------------------------------------------------------------------


@given(cct.corpus_cases())
def test_corpus_case_verdicts_follow_from_the_facts(case: cct.CorpusCase) -> None:
    facts = {r["id"]: r for r in case.records}
    assert len(facts) == len(case.records)
    assert [json.loads(line) for line in case.jsonl().splitlines()] == list(case.records)
    for claim in case.claims:
        assert case.article[claim.start : claim.end] == claim.text
        number, precision, _ = reference_reading(claim.text)
        if claim.verdict == "unverified":
            assert claim.fact is None
            continue
        fact_value = Decimal(str(facts[claim.fact]["value"]["value"]))
        before = case.article[: claim.start]
        hedges = [h for h in cct.HEDGES if before.endswith(f" {h} ")]
        low, high = _interval(number, precision, max(hedges, key=len) if hedges else None)
        assert hedges or claim.outcome not in ("hedged", "bound-agree", "bound-disagree")
        inside = (low is None or low <= fact_value) and (high is None or fact_value <= high)
        assert inside == (claim.verdict == "supported"), (claim, fact_value, low, high)
        assert facts[claim.fact]["time"]["end"] < case.published.isoformat()


# --- the module itself ------------------------------------------------------------------------


def test_importing_the_strategies_does_not_load_spacy() -> None:
    code = "import sys, claimcheck.testing; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_public_names_exist_and_are_documented() -> None:
    assert len(set(cct.__all__)) == len(cct.__all__)
    for name in cct.__all__:
        obj = getattr(cct, name)
        if callable(obj):
            assert obj.__doc__ and obj.__doc__.strip(), name


def test_module_docstring_example_runs_as_written(nlp) -> None:
    from hypothesis import settings

    code = cct.__doc__.split("::\n\n", 1)[1].split("\n\n", 2)
    source = textwrap.dedent("\n\n".join(code[:2]))
    namespace: dict[str, object] = {}
    exec(compile(source, "claimcheck.testing docstring", "exec"), namespace)
    law = namespace["test_every_quote_slices_back"]
    settings(max_examples=5)(law)()  # type: ignore[operator]


@given(cct.reported_sentences())
def test_reported_sentence_marks_its_clause_and_speaker(sentence: cct.QuotedSentence) -> None:
    (quote,) = sentence.quotes
    (mention,) = sentence.speakers
    assert sentence.text[quote.start : quote.end] == quote.text
    assert (quote.kind, quote.marks, quote.speaker) == ("indirect", None, mention.name)
    assert not quote.text.startswith("that ") and not quote.text.endswith(".")
    assert sentence.text[mention.start : mention.end] == mention.text
    assert mention.end <= quote.start or quote.end <= mention.start
