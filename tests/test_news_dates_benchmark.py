"""The real-news date scorer (benchmarks/news_dates.py) on a hand-written two-article gold.

No model is loaded: predictions are given as ``claimcheck claims --jsonl`` records.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "news_dates.py"
_SPEC = importlib.util.spec_from_file_location("news_dates_benchmark", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
nd = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = nd  # dataclasses look their module up by name
_SPEC.loader.exec_module(nd)

TEXTS = {
    "a.txt": "Obama spoke on Tuesday about the 2012 race. He left last week.",
    "b.txt": "In May 2015 the plan began; it ran for 13 years. Section 4 applies.",
}


def _span(file: str, text: str) -> tuple[int, int]:
    start = TEXTS[file].index(text)
    return start, start + len(text)


def _gold(file: str, text: str, type_: str, value: str) -> str:
    start, end = _span(file, text)
    record = {"file": file, "start": start, "end": end, "text": text}
    return json.dumps({**record, "type": type_, "value": value})


GOLD_LINES = [
    _gold("a.txt", "Tuesday", "DATE", "2016-03-01"),
    _gold("a.txt", "2012", "DATE", "2012"),
    _gold("a.txt", "last week", "DATE", "2016-W08"),
    _gold("b.txt", "May 2015", "DATE", "2015-05"),
    _gold("b.txt", "13 years", "DURATION", "P13Y"),
]


def _claim(file: str, text: str, kind: str, timex: str | None) -> dict:
    start, end = _span(file, text)
    return {"start": start, "end": end, "text": text, "kind": kind, "value": {"timex": timex}}


RECORDS = [
    {
        "id": "a.txt",
        "claims": [
            _claim("a.txt", "Tuesday", "date", "2016-03-01"),  # exact: resolved
            _claim("a.txt", "2012", "date", "2013"),  # wrong timex: misread
            _claim("a.txt", "last week", "date", "2016-W08"),  # week: not a calendar date
        ],
    },
    {
        "id": "b.txt",
        "claims": [
            # "May 2015" has no claim at all: missed
            _claim("b.txt", "13 years", "duration", "P13Y"),  # duration overlapping gold
            _claim("b.txt", "4", "count", None),  # not date/duration: ignored
            _claim("b.txt", "Section 4", "date", "2004"),  # false positive
        ],
    },
]


@pytest.fixture
def result():
    gold = nd.load_gold(GOLD_LINES, TEXTS)
    return nd.score(gold, nd.predictions_from_records(RECORDS))


def test_exact_timex_resolves_wrong_timex_and_missing_span_do_not(result):
    assert [t.text for t in result.resolved] == ["Tuesday"]
    assert [(t.text, [p.timex for p in near]) for t, near in result.misread] == [("2012", ["2013"])]
    assert [t.text for t in result.missed] == ["May 2015"]
    assert result.calendar_dates == 3
    assert result.resolution == pytest.approx(1 / 3)


def test_span_precision_counts_claims_overlapping_no_gold_against_us(result):
    assert [p.text for p in result.false_positives] == ["Section 4"]
    assert [p.text for p in result.true_spans] == ["Tuesday", "2012", "last week", "13 years"]
    assert result.precision == pytest.approx(4 / 5)


def test_span_recall_counts_gold_of_any_type_that_a_claim_overlaps(result):
    assert (result.gold_covered, result.gold_total) == (4, 5)


@pytest.mark.parametrize(
    ("type_", "value", "scored"),
    [
        ("DATE", "2016", True),
        ("DATE", "2016-03", True),
        ("DATE", "2016-03-01", True),
        ("DATE", "2016-W08", False),
        ("DATE", "2015-SU", False),
        ("DATE", "197", False),
        ("DATE", "PRESENT_REF", False),
        ("TIME", "2016-03-01TNI", False),
        ("DURATION", "P2016Y", False),
        ("SET", "2016", False),
    ],
)
def test_only_dates_at_year_month_or_day_granularity_are_scored(type_, value, scored):
    timex = nd.Timex(file="a.txt", start=0, end=1, text="O", type=type_, value=value)
    assert timex.is_calendar_date is scored


def test_a_date_claim_is_needed_a_duration_with_the_value_does_not_resolve():
    gold = nd.load_gold([_gold("a.txt", "2012", "DATE", "2012")], TEXTS)
    records = [{"id": "a.txt", "claims": [_claim("a.txt", "2012", "duration", "2012")]}]
    result = nd.score(gold, nd.predictions_from_records(records))
    assert (len(result.resolved), len(result.misread)) == (0, 1)


def test_touching_spans_do_not_overlap():
    gold = nd.load_gold([_gold("a.txt", "2012", "DATE", "2012")], TEXTS)
    _, end = _span("a.txt", "2012")
    claim = {"start": end, "end": end + 5, "text": " race", "kind": "date", "value": None}
    result = nd.score(gold, nd.predictions_from_records([{"id": "a.txt", "claims": [claim]}]))
    assert [t.text for t in result.missed] == ["2012"]
    assert [p.text for p in result.false_positives] == [" race"]


def test_no_claims_gives_zero_resolution_and_vacuous_precision():
    result = nd.score(nd.load_gold(GOLD_LINES, TEXTS), [])
    assert (result.resolution, result.precision) == (0.0, 1.0)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "gold:1: expected an object with file, start, end, text, type and value"),
        ('{"file": "a.txt"}', "gold:1: expected an object"),
        (
            '{"file": "a.txt", "start": 0, "end": 5, "text": "Obama", "type": "EVENT", '
            '"value": "x"}',
            "gold:1: type 'EVENT' is not one of",
        ),
        (
            '{"file": "c.txt", "start": 0, "end": 5, "text": "Obama", "type": "DATE", '
            '"value": "x"}',
            "gold:1: file 'c.txt' is not among the scored articles",
        ),
        (
            '{"file": "a.txt", "start": 1, "end": 6, "text": "Obama", "type": "DATE", '
            '"value": "x"}',
            "gold:1: span 1-6 of a.txt reads 'bama ', not 'Obama'; correct the offsets",
        ),
    ],
)
def test_malformed_gold_lines_are_refused_with_their_line_number(line, message):
    with pytest.raises(nd.GoldError, match="^" + message.replace("(", r"\(")):
        nd.load_gold([line], TEXTS)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Tuesday", "weekday"),
        ("last Friday", "weekday"),
        ("Sept. 11, 2001", "month day"),
        ("March 5", "month day"),
        ("June 2015", "month year"),
        ("early February", "month"),
        ("2008", "year"),
        ("two years ago", "N units ago"),
        ("earlier this year", "last/this/next unit"),
        ("today", "today/tomorrow"),
        ("9/11", "other"),
        ("the next day", "other"),
    ],
)
def test_expression_forms_name_how_a_date_is_written(text, form):
    assert nd.expression_form(text) == form


def test_the_shipped_gold_slices_back_to_its_texts_when_the_articles_are_present():
    if not nd.TEXT_DIR.is_dir():
        pytest.skip(f"PolNeAR texts not found at {nd.TEXT_DIR}")
    files = nd.selected_files()
    texts = {name: (nd.TEXT_DIR / name).read_text(encoding="utf-8") for name in files}
    gold = nd.load_gold(nd.GOLD.read_text(encoding="utf-8").splitlines(), texts)
    assert len(files) == 30
    assert {t.file for t in gold} == set(files)
