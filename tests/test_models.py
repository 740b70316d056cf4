"""The models serialise to exactly the JSON of DESIGN.md and refuse what it does not allow."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from claimcheck.models import CheckedClaim, Claim, Quote, Report

DESIGN_QUOTE = {
    "id": "q1", "start": 302, "end": 427, "text": "“Hillary Clinton has ...,”",
    "kind": "direct", "marks": "double", "nested": False,
    "speaker": {"name": "The Washington Post", "kind": "organization",
                "role": "spokeswoman", "organization": "Chinese Foreign Ministry",
                "mention": {"start": 428, "end": 452, "text": "the influential US daily"}},
    "cue": {"start": 453, "end": 458, "text": "wrote"},
    "confidence": 0.93,
}

DESIGN_CLAIM = {
    "id": "c3", "start": 1710, "end": 1729, "text": "240 billion dollars", "kind": "money",
    "value": {"value": 240000000000, "low": 235000000000, "high": 245000000000, "unit": "USD"},
    "hedge": None, "sentence": {"start": 1626, "end": 1767},
    "subject": ["China", "Russia"], "predicate": "trade",
    "time": {"start": "2023-01-01", "end": "2023-12-31"},
    "attribution": {"speaker": "Chinese customs", "quote": None},
    "verdict": "supported",
    "evidence": [{"fact": "gacc-2023-trade",
                  "source": {"name": "General Administration of Customs of China",
                             "url": None, "published": "2024-01-12"},
                  "text": "...", "score": 0.91}],
    "reason": "240e9 USD stated to 2 significant figures; reference 240.11e9 USD lies within it",
}


def test_design_quote_round_trips_to_identical_json():
    assert Quote.model_validate(DESIGN_QUOTE).model_dump(mode="json") == DESIGN_QUOTE


def test_design_checked_claim_round_trips_to_identical_json():
    assert CheckedClaim.model_validate(DESIGN_CLAIM).model_dump(mode="json") == DESIGN_CLAIM


def test_plain_claim_has_no_verdict_fields():
    fields = {k: v for k, v in DESIGN_CLAIM.items() if k not in ("verdict", "evidence", "reason")}
    dumped = Claim.model_validate(fields).model_dump(mode="json")
    assert set(dumped) == set(fields)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("ordinal", {"value": 4, "counts": "meeting"}),
        ("date", {"timex": "2024-05-16/2024-05-17", "start": "2024-05-16", "end": "2024-05-17",
                  "granularity": "day"}),
        ("date", {"timex": None, "start": None, "end": None, "granularity": "day"}),
        ("duration", {"timex": "P6M", "value": 182.5, "low": 182.5, "high": 219, "unit": "day"}),
        ("percent", {"value": 12.5, "low": 12.45, "high": 12.55, "unit": "%"}),
        ("count", {"value": 1200, "low": 1150, "high": 1250, "unit": None}),
        ("quantity", {"value": 5, "low": 5, "high": None, "unit": "tonne"}),
    ],
)
def test_each_kind_round_trips_through_json(kind, value):
    data = {**{k: v for k, v in DESIGN_CLAIM.items() if k not in ("verdict", "evidence", "reason")},
            "kind": kind, "value": value}
    claim = Claim.model_validate(data)
    assert Claim.model_validate_json(claim.model_dump_json()) == claim
    assert json.loads(claim.model_dump_json())["value"] == value


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"kind": "ordinal"}, "money value under an ordinal kind"),
        ({"kind": "dollars"}, "unknown kind"),
        ({"colour": "red"}, "extra field"),
        ({"start": -1}, "negative offset"),
    ],
)
def test_claims_refuse_what_the_contract_does_not_allow(change, why):
    data = {k: v for k, v in DESIGN_CLAIM.items() if k not in ("verdict", "evidence", "reason")}
    with pytest.raises(ValidationError):
        Claim.model_validate({**data, **change})


@pytest.mark.parametrize(
    "change",
    [{"kind": "quotation"}, {"marks": "curly"}, {"confidence": 1.5}, {"organisation": "x"}],
)
def test_quotes_refuse_what_the_contract_does_not_allow(change):
    with pytest.raises(ValidationError):
        Quote.model_validate({**DESIGN_QUOTE, **change})


def test_speaker_kind_spelling_is_american():
    bad = {**DESIGN_QUOTE, "speaker": {**DESIGN_QUOTE["speaker"], "kind": "organisation"}}
    with pytest.raises(ValidationError):
        Quote.model_validate(bad)


def test_models_are_frozen():
    quote = Quote.model_validate(DESIGN_QUOTE)
    with pytest.raises(ValidationError):
        quote.start = 0  # type: ignore[misc]


def test_report_defaults_to_an_empty_summary():
    report = Report.model_validate({"document": {"id": "x", "date": None, "date_source": "none"}})
    assert report.model_dump(mode="json") == {
        "document": {"id": "x", "date": None, "date_source": "none"},
        "quotes": [], "claims": [],
        "summary": {"supported": 0, "conflicting": 0, "unverified": 0},
    }
