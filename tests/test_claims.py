"""Claims over a real parse: predicate, subject, time scope, attribution, counted noun."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.claims import find_claims
from claimcheck.models import Claim, DateValue, Measure, Mention, Ordinal, Quote, Speaker

PUBLISHED = dt.date(2024, 5, 14)


def _claims(nlp, text: str, *, quotes: list[Quote] | None = None,
            date: dt.date | None = PUBLISHED) -> list[Claim]:
    return find_claims(nlp(text), quotes=quotes or [], date=date)


def _only(claims: list[Claim], kind: str) -> Claim:
    found = [c for c in claims if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.text) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "predicate"),
    [
        ("Chinese exports to Russia fell 5% in March.", "percent", "export"),
        ("Oil output reached 9 million barrels a day last year.", "quantity", "oil output"),
        ("The government announced a rise of 12% in wages.", "percent", "rise"),
        ("Russia deployed 1,200 troops to the border.", "count", "troop"),
        ("Putin will visit Beijing on Thursday.", "date", "visit"),
        ("It was the fourth meeting of the two leaders.", "ordinal", "meeting"),
    ],
)
def test_predicate_is_what_is_measured_or_what_happened(
    nlp, text: str, kind: str, predicate: str
) -> None:
    assert _only(_claims(nlp, text), kind).predicate == predicate


def test_subject_is_the_entities_the_measure_is_about(nlp) -> None:
    text = "Trade between Brazil and India reached $12bn in 2022, according to the IMF."
    claim = _only(_claims(nlp, text), "money")
    assert claim.subject == ["Brazil", "India"]
    assert claim.attribution.speaker == "IMF"
    assert claim.time is not None
    assert (claim.time.start, claim.time.end) == ("2022-01-01", "2022-12-31")


def test_each_measure_takes_the_nearest_period_of_its_clause(nlp) -> None:
    text = ("Demand will grow by 1.1 million barrels per day this year, down from 2.3 million "
            "barrels per day in 2023. The group, which pumps about 40% of the world's crude, has "
            "made deep cuts since late 2022.")
    claims = _claims(nlp, text, date=dt.date(2024, 6, 3))
    scopes = {c.text: c.time and (c.time.start, c.time.end) for c in claims}
    assert scopes["1.1 million barrels per day"] == ("2024-01-01", "2024-12-31")
    assert scopes["2.3 million barrels per day"] == ("2023-01-01", "2023-12-31")
    assert scopes["40%"] is None


def test_a_date_right_after_a_figure_is_that_figures(nlp) -> None:
    text = "The company paid $4.1bn in tax in fiscal 2023, down from $4.7bn a year earlier."
    scopes = {c.text: c.time and c.time.start for c in _claims(nlp, text) if c.kind == "money"}
    assert scopes == {"$4.1bn": "2023-01-01", "$4.7bn": "2022-01-01"}


def test_a_measure_since_a_date_runs_to_the_publication_date(nlp) -> None:
    claim = _only(_claims(nlp, "More than 1,000 people have written since January."), "count")
    assert claim.time is not None
    assert (claim.time.start, claim.time.end) == ("2024-01-01", "2024-05-14")


def test_claim_inside_a_quote_takes_its_speaker(nlp) -> None:
    text = 'Hua said: "Trade grew 26% last year." Then she left.'
    start = text.index("“") if "“" in text else text.index('"')
    end = text.index('"', start + 1) + 1
    quote = Quote(
        id="q1", start=start, end=end, text=text[start:end], kind="direct", marks="double",
        speaker=Speaker(name="Hua Chunying", kind="person",
                        mention=Mention(start=0, end=3, text="Hua")),
        confidence=0.9,
    )
    claims = _claims(nlp, text, quotes=[quote])
    percent = _only(claims, "percent")
    assert (percent.attribution.speaker, percent.attribution.quote) == ("Hua Chunying", "q1")
    assert percent.time is not None and percent.time.start == "2023-01-01"


def test_claim_outside_any_quote_has_no_speaker(nlp) -> None:
    claim = _only(_claims(nlp, "Exports grew 26% last year."), "percent")
    assert (claim.attribution.speaker, claim.attribution.quote) == (None, None)


def test_ordinal_counts_the_noun_it_modifies(nlp) -> None:
    claim = _only(_claims(nlp, "It is his second foreign trip this year."), "ordinal")
    assert claim.value == Ordinal(value=2, counts="trip")


def test_relative_dates_stay_unresolved_without_a_publication_date(nlp) -> None:
    claims = _claims(nlp, "The talks ended last Tuesday after 18 October 2023.", date=None)
    values = [c.value for c in claims if c.kind == "date"]
    assert all(isinstance(v, DateValue) for v in values)
    assert [v.timex for v in values] == [None, "2023-10-18"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 worried the G7 leaders.",
        "One of the two leaders spoke.",
        "The two presidents will discuss their partnership.",
        "Call +1 202-555-0143 for details.",
        "",
        "   \n\n  ",
        "“”\"''",
    ],
)
def test_no_claims(nlp, text: str) -> None:
    assert _claims(nlp, text) == []


def test_count_keeps_its_hedge_and_interval(nlp) -> None:
    claim = _only(_claims(nlp, "Nearly 300 people were evacuated."), "count")
    assert claim.hedge == "Nearly"
    assert isinstance(claim.value, Measure)
    assert (claim.value.low, claim.value.high, claim.value.unit) == (270, 300, None)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # the tagger labels spelled-out thousands DATE; counting troops makes them a count
        ("Mexico sent nine thousand troops to France.", "count", 9000.0),
        ("Mexico sent nine thousand troops to France in 2000.", "count", 9000.0),
        # negative row: a number of years stays a span of time, never a count
        ("It took two thousand years to build.", "duration", 730485.0),
    ],
)
def test_spelled_out_thousands_count_their_noun_unless_it_is_time(
    nlp, text: str, kind: str, value: float
) -> None:
    claims = _claims(nlp, text)
    assert "count" not in {c.kind for c in claims} or kind == "count"
    claim = _only(claims, kind)
    assert isinstance(claim.value, Measure) or kind == "duration"
    assert claim.value.value == pytest.approx(value)  # type: ignore[union-attr]
