"""Renderers over real models: JSON records, the terminal table, value wording.

The sample report (tests/data/report_sample.json) is built from the real pydantic models and
holds hostile text on purpose: markup in the article, in evidence and in source names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.models import (
    Claim,
    DateValue,
    Document,
    DurationValue,
    Measure,
    Ordinal,
    Report,
    Span,
)
from claimcheck.pipeline import Analysis
from claimcheck.report import describe_value, number, record, render, verify_report

SAMPLE = json.loads((Path(__file__).parent / "data" / "report_sample.json").read_text("utf-8"))


def sample() -> Analysis:
    report = Report.model_validate(SAMPLE["report"])
    return Analysis(
        document=report.document,
        text=SAMPLE["text"],
        quotes=list(report.quotes),
        claims=[
            Claim.model_validate(c.model_dump(exclude={"verdict", "evidence", "reason"}))
            for c in report.claims
        ],
        report=report,
    )


def bare(text: str = "", id: str | None = "x") -> Analysis:
    return Analysis(document=Document(id=id), text=text)


def test_sample_offsets_slice_back():
    a = sample()
    for span in [*a.quotes, *a.claims]:
        assert a.text[span.start : span.end] == span.text


# --- records and JSON ------------------------------------------------------------------------


def test_records_per_command_have_the_design_keys():
    a = sample()
    assert set(record("quotes", a)) == {"id", "quotes"}
    assert set(record("claims", a)) == {"id", "claims"}
    assert record("verify", a) == SAMPLE["report"]


def test_verify_record_of_an_unchecked_analysis_marks_claims_not_checked():
    a = sample()
    a.report = None
    report = verify_report(a)
    assert [c.verdict for c in report.claims] == ["unverified"] * 5
    assert {c.reason for c in report.claims} == {"not checked"}
    assert report.summary.unverified == 5


@pytest.mark.parametrize(
    ("several", "expected"),
    [(False, "object"), (True, "array")],
)
def test_json_is_one_record_or_an_array(several, expected):
    out = render("verify", [sample()], "json", several=several)
    value = json.loads(out)
    assert isinstance(value, dict if expected == "object" else list)


def test_jsonl_is_one_line_per_analysis():
    out = render("claims", [sample(), bare()], "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        "tests/data/<sample>.txt",
        "x",
    ]


def test_unknown_format_is_a_value_error_listing_the_formats():
    with pytest.raises(ValueError, match=r"^unknown format 'xml'; use one of table, json, "):
        render("verify", [], "xml")


# --- the table -------------------------------------------------------------------------------


def test_table_shows_speakers_roles_verdicts_reasons_and_evidence():
    out = render("verify", [sample()], "table", width=250)
    for expected in (
        "Hua Chunying (person)",
        "spokeswoman, Chinese Foreign Ministry",
        "conflicting",
        "off-by-one ordinal",
        "gacc-2023-trade",
        "General Administration of Customs of China",
        "240 bn USD (235 bn – 245 bn)",
        "Summary: 2 supported, 1 conflicting, 2 unverified",
    ):
        assert expected in out
    assert "\x1b[" not in out


def test_table_keeps_rich_markup_in_text_literal():
    a = sample()
    text = "[bold red]Trade[/] reached 5%."
    claim = a.claims[0].model_copy(
        update={
            "start": 0,
            "end": len(text),
            "text": text,
            "sentence": Span(start=0, end=len(text)),
        }
    )
    out = render(
        "claims", [Analysis(document=Document(id="[x]"), text=text, claims=[claim])], "table"
    )
    assert "[bold red]Trade[/]" in out and "[x]" in out


def test_table_colours_verdicts_only_when_asked():
    out = render("verify", [sample()], "table", color=True)
    assert "\x1b[1;31mconflicting" in out and "\x1b[1;32msupported" in out


@pytest.mark.parametrize("command", ["quotes", "claims", "verify"])
def test_table_of_an_empty_article_says_nothing_was_found(command):
    out = render(command, [bare()], "table")
    assert out.startswith("x  publication date unknown\n")
    assert ("No quotes found." in out) is (command != "claims")
    assert ("No claims found." in out) is (command != "quotes")


def test_table_of_no_articles_says_so():
    assert render("verify", [], "table") == "No article could be read.\n"


# --- values in words -------------------------------------------------------------------------


def _claim(kind: str, value: object) -> Claim:
    return Claim(
        id="c1", start=0, end=1, text="x", kind=kind, value=value, sentence=Span(start=0, end=1)
    )


@pytest.mark.parametrize(
    ("kind", "value", "words"),
    [
        (
            "money",
            Measure(value=240e9, low=235e9, high=245e9, unit="USD"),
            "240 bn USD (235 bn – 245 bn)",
        ),
        ("money", Measure(value=1.5e12, low=1.5e12, high=1.5e12, unit="EUR"), "1.5 tn EUR"),
        ("count", Measure(value=1200, low=1200, high=None), "1,200 (1,200 – ∞)"),
        ("percent", Measure(value=26.3, low=26.25, high=26.35, unit="%"), "26.3 % (26.25 – 26.35)"),
        ("quantity", Measure(value=5, low=None, high=5, unit="tonne"), "5 tonne (−∞ – 5)"),
        ("ordinal", Ordinal(value=4, counts="meeting"), "4th meeting"),
        ("ordinal", Ordinal(value=11), "11th"),
        ("ordinal", Ordinal(value=22, counts="visit"), "22nd visit"),
        ("ordinal", Ordinal(value=73), "73rd"),
        (
            "date",
            DateValue(timex="2024-05", start="2024-05-01", end="2024-05-31", granularity="month"),
            "2024-05",
        ),
        (
            "date",
            DateValue(timex=None, start=None, end=None, granularity=None),
            "unresolved date (no publication date)",
        ),
        (
            "duration",
            DurationValue(timex="P6M", value=182, low=182, high=None),
            "P6M (182 – ∞ days)",
        ),
    ],
)
def test_values_read_as_a_reporter_would_write_them(kind, value, words):
    assert describe_value(_claim(kind, value)) == words


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_number_words_never_lose_the_sign_or_the_magnitude_word(x):
    words = number(x)
    assert words.startswith("-") is (x < 0)
    scale = next((w for s, w in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")) if abs(x) >= s), None)
    assert words.endswith(f" {scale}") if scale else not words[-1].isalpha()


def test_table_shows_quote_and_role_verdicts_of_checked_quotes():
    out = render("verify", [sample()], "table", width=250)
    assert "supported: same words as the ministry's transcript" in out
    assert "role supported: Hua Chunying: spokesperson" in out
