"""The seed article's claims, found by the general rules (nothing in the code knows this text)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.claims import find_claims
from claimcheck.dates import infer_publication_date
from claimcheck.models import Claim, DateValue, DurationValue, Measure, Ordinal

PUBLISHED = dt.date(2024, 5, 14)


@pytest.fixture(scope="module")
def claims(nlp, seed_text: str) -> list[Claim]:
    return find_claims(nlp(seed_text), quotes=[], date=PUBLISHED)


def _after(claims: list[Claim], text: str, context: str, seed_text: str) -> Claim:
    """The claim whose text is ``text`` at its first occurrence after ``context``."""
    at = seed_text.index(context)
    found = [c for c in claims if c.text == text and c.start >= at]
    assert found, f"no claim {text!r} after {context!r}: {[c.text for c in claims]}"
    return min(found, key=lambda c: c.start)


def test_trade_figure(claims: list[Claim], seed_text: str) -> None:
    claim = _after(claims, "240 billion dollars", "Trade between", seed_text)
    assert claim.kind == "money"
    assert isinstance(claim.value, Measure)
    assert claim.value.unit == "USD"
    assert claim.value.low is not None and claim.value.high is not None
    assert claim.value.low <= 2.4e11 <= claim.value.high
    assert (claim.value.low, claim.value.high) == (2.35e11, 2.45e11)
    assert claim.subject == ["China", "Russia"]
    assert claim.predicate == "trade"
    assert claim.time is not None
    assert (claim.time.start, claim.time.end) == ("2023-01-01", "2023-12-31")
    assert claim.attribution.speaker == "Chinese customs"
    assert claim.hedge is None


@pytest.mark.parametrize(
    ("text", "context", "timex", "granularity"),
    [
        ("May 16-17", "state visit to China from", "2024-05-16/2024-05-17", "day"),
        ("18 October 2023", "shake hands", "2023-10-18", "day"),
        ("February 2022", "war in Ukraine", "2022-02", "month"),
        ("2023", "240 billion dollars", "2023", "year"),
        ("March", "re-election", "2024-03", "month"),
        ("Tuesday", "announced on", "2024-05-14", "day"),
        ("Thursday", "will visit China on", "2024-05-16", "day"),
        ("Thursday", "May 16-17", "2024-05-16", "day"),
    ],
)
def test_seed_dates(
    claims: list[Claim], seed_text: str, text: str, context: str, timex: str, granularity: str
) -> None:
    claim = _after(claims, text, context, seed_text)
    assert claim.kind == "date"
    assert isinstance(claim.value, DateValue)
    assert (claim.value.timex, claim.value.granularity) == (timex, granularity)


@pytest.mark.parametrize(
    ("text", "context", "value", "counts"),
    [
        ("fourth", "It will be", 4, "meeting"),
        ("75th", "ceremony", 75, "anniversary"),
        ("second", "in China this week", 2, "visit"),
    ],
)
def test_seed_ordinals(
    claims: list[Claim], seed_text: str, text: str, context: str, value: int, counts: str
) -> None:
    claim = _after(claims, text, context, seed_text)
    assert claim.kind == "ordinal"
    assert claim.value == Ordinal(value=value, counts=counts)


def test_anniversary_predicate_names_what_it_is_of(claims: list[Claim], seed_text: str) -> None:
    claim = _after(claims, "75th", "ceremony", seed_text)
    assert claim.predicate == "anniversary of diplomatic relations"


def test_fourth_meeting_is_scoped_since_the_war_began(
    claims: list[Claim], seed_text: str
) -> None:
    claim = _after(claims, "fourth", "It will be", seed_text)
    assert claim.time is not None
    assert (claim.time.start, claim.time.end) == ("2022-02-01", "2024-05-14")


def test_just_over_six_months(claims: list[Claim], seed_text: str) -> None:
    claim = _after(claims, "six months", "in China this week", seed_text)
    assert claim.kind == "duration"
    assert isinstance(claim.value, DurationValue)
    assert claim.value.timex == "P6M"
    assert claim.hedge == "just over"
    assert claim.value.low is not None and claim.value.high is not None
    assert claim.value.low >= claim.value.value * 0.999
    assert claim.value.high > claim.value.value


def test_no_anniversary_year_and_no_spurious_counts(claims: list[Claim]) -> None:
    assert not [c for c in claims if c.kind == "date" and c.value.timex == "1975"]  # type: ignore[union-attr]
    assert not [c for c in claims if c.kind == "count" and c.text.lower() == "two"]


def test_publication_date_is_inferred_from_agreeing_weekdays(seed_text: str) -> None:
    assert infer_publication_date(seed_text) == PUBLISHED


def test_claims_are_numbered_in_text_order(claims: list[Claim], seed_text: str) -> None:
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for c in claims:
        assert seed_text[c.start:c.end] == c.text
        assert c.sentence.start <= c.start and c.end <= c.sentence.end
