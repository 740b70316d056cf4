"""Law: every result model survives a round trip through JSON unchanged.

Reports travel as JSON (``--format json``, ``--jsonl``, files other tools read back), so
``Model.model_validate_json(m.model_dump_json()) == m`` must hold for every model a user can
build, and the JSON must name the model's fields only.
"""

from __future__ import annotations

import json
import math

from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import claimcheck.testing as cct
from claimcheck.models import CheckedClaim, Claim, Measure, Quote, Report, Speaker


def _round_trip(model: BaseModel) -> BaseModel:
    return type(model).model_validate_json(model.model_dump_json())


@given(cct.quotes())
def test_quote_round_trips_through_json(quote: Quote) -> None:
    assert _round_trip(quote) == quote


@given(cct.speakers())
def test_speaker_round_trips_through_json(speaker: Speaker) -> None:
    assert _round_trip(speaker) == speaker


@given(cct.claims())
def test_claim_round_trips_through_json_with_its_value_shape(claim: Claim) -> None:
    back = _round_trip(claim)
    assert back == claim
    # The value union is untagged: the shape must come back as the same class, not a lookalike.
    assert type(back.value) is type(claim.value)  # type: ignore[attr-defined]


@given(cct.checked_claims())
def test_checked_claim_round_trips_through_json(claim: CheckedClaim) -> None:
    assert _round_trip(claim) == claim


@given(cct.reports())
def test_report_round_trips_through_json_and_python_dicts(report: Report) -> None:
    assert _round_trip(report) == report
    assert Report.model_validate(json.loads(report.model_dump_json())) == report
    assert Report.model_validate(report.model_dump(mode="json")) == report


@given(cct.reports())
def test_report_json_has_the_design_top_level_keys(report: Report) -> None:
    assert list(json.loads(report.model_dump_json())) == ["document", "quotes", "claims", "summary"]


@given(st.floats(allow_nan=True, allow_infinity=True))
@example(math.inf)
def test_measure_that_validates_round_trips_through_json(number: float) -> None:
    try:
        measure = Measure(value=number, low=None, high=None, unit="USD")
    except ValidationError:
        return  # refusing a number JSON cannot hold is the other correct answer
    back = _round_trip(measure)
    assert back == measure or (math.isnan(number) and math.isnan(back.value))  # type: ignore[attr-defined]
