"""Laws of verdicts against a reference corpus.

- verify never says *supported* for a claim whose value lies outside every fact the corpus
  holds for it: checked against a slow, obviously correct reference that looks at every
  record (any subject, any period), so it can only be more permissive than real matching;
- evidence cites records that exist, every verdict has a one-line reason, and the summary
  counts the verdicts;
- a claim's verdict does not change when its number is written another way ("$240bn",
  "240,000,000,000 dollars") with the same significant digits and hedge;
- articles built to agree, disagree or miss the corpus get the verdict they were built for.

Each example indexes a small corpus into a temporary cache and runs the real pipeline.
"""

from __future__ import annotations

import datetime as dt
import math
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
import claimcheck.testing as cct
from claimcheck.corpus import Corpus
from claimcheck.models import CheckedClaim, DateValue, Measure


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch) -> None:
    # Index files for generated corpora go to a throwaway cache, not the user's.
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("index-cache")))


def _check(case_records: list[dict[str, Any]], article: str, published: dt.date, nlp):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.jsonl"
        path.write_text(cct.CorpusCase(tuple(case_records), "", published, ()).jsonl(), "utf-8")
        corpus = Corpus.load([str(path)])
        return claimcheck.check(article, corpus=corpus, date=published, nlp=nlp)


def reference_could_support(claim: CheckedClaim, records: list[dict[str, Any]]) -> bool:
    """Whether ANY record of the corpus could support ``claim``: slow and obviously correct.

    A measured claim needs a fact of the same unit whose value (or, for a fact with an
    interval, some point of it) lies in the claim's [low, high]; a date claim needs a record
    whose dates overlap the claim's [start, end]. Other kinds are not judged here.
    """
    value = claim.value
    if isinstance(value, Measure):
        low = -math.inf if value.low is None else value.low
        high = math.inf if value.high is None else value.high
        for record in records:
            fact = record.get("value")
            if record.get("type") != "fact" or not fact or fact.get("unit") != value.unit:
                continue
            f_low, f_high = fact.get("low", fact["value"]), fact.get("high", fact["value"])
            if f_low <= high and low <= f_high:
                return True
        return False
    if isinstance(value, DateValue):
        if value.start is None or value.end is None:
            return False
        for record in records:
            time = record.get("time") or {}
            first = record.get("start", time.get("start"))
            last = record.get("end", time.get("end")) or first
            if first and first <= value.end and value.start <= last:
                return True
        return False
    return True


@settings(max_examples=15)
@given(cct.corpus_cases())
def test_verify_never_supports_a_value_outside_every_facts_interval(nlp, case) -> None:
    report = _check(list(case.records), case.article, case.published, nlp)
    verdicts = [c.verdict for c in report.claims]
    assert report.summary.model_dump() == {
        v: verdicts.count(v) for v in report.summary.model_dump()
    }
    ids = {r["id"] for r in case.records}
    for claim in report.claims:
        assert {e.fact for e in claim.evidence} <= ids, claim.evidence
        # Every verdict carries a one-line reason a person can check.
        assert claim.reason.strip() and "\n" not in claim.reason, claim.reason
        if claim.verdict == "supported":
            assert reference_could_support(claim, list(case.records)), claim


def _fact_and_sentence(
    written: cct.WrittenValue, subject: tuple[str, str], year: int, factor: float
) -> tuple[dict[str, Any], str]:
    """A fact near ``written``'s value (``factor`` times it) and a sentence stating it."""
    a, b = subject
    value = written.value * factor
    if written.kind == "money":
        value = round(value, -3) or written.value
        statement = f"Trade between {a} and {b} reached US${value / 1e9:g} billion in {year}."
        sentence = f"Trade between {a} and {b} reached {written.phrase} in {year}."
        subjects, predicate, unit = [a, b], "trade", "USD"
    else:
        value = round(value, 3)
        statement = f"Inflation in {a} was {value:g}% in {year}."
        sentence = f"Inflation in {a} was {written.phrase} in {year}, the statistics office said."
        subjects, predicate, unit = [a], "inflation", "%"
    fact = {
        "type": "fact",
        "id": f"{predicate}-{'-'.join(subjects)}-{year}".lower(),
        "statement": statement,
        "subject": subjects,
        "predicate": predicate,
        "kind": written.kind,
        "value": {"value": value, "unit": unit},
        "time": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
        "source": {"name": "National Statistics Office", "url": None, "published": None},
    }
    return fact, sentence


@settings(max_examples=15)
@given(
    cct.reformattings(),
    st.sampled_from([("France", "Brazil"), ("Japan", "India"), ("Kenya", "Egypt")]),
    st.integers(2005, 2022),
    st.floats(0.5, 1.5),
)
def test_verdict_does_not_change_when_the_number_is_reformatted(
    nlp, pair, subject, year: int, factor: float
) -> None:
    first, second = pair
    fact, _ = _fact_and_sentence(first, subject, year, factor)
    published = dt.date(year + 1, 6, 1)
    verdicts = []
    for written in (first, second):
        _, article = _fact_and_sentence(written, subject, year, factor)
        report = _check([fact], article, published, nlp)
        start = article.index(written.text)
        stated = [
            c
            for c in report.claims
            if c.kind == written.kind and c.start < start + len(written.text) and start < c.end
        ]
        assert stated, f"no {written.kind} claim for {written.text!r} in {article!r}"
        verdicts.append((stated[0].verdict, [e.fact for e in stated[0].evidence]))
    assert verdicts[0] == verdicts[1], (first.text, second.text, verdicts)


@settings(max_examples=15)
@given(cct.corpus_cases())
def test_claims_built_to_agree_or_disagree_get_that_verdict(nlp, case) -> None:
    report = _check(list(case.records), case.article, case.published, nlp)
    for expected in case.claims:
        found = [
            c
            for c in report.claims
            if c.kind == expected.kind and c.start < expected.end and expected.start < c.end
        ]
        assert found, f"no {expected.kind} claim for {expected.text!r} in {case.article!r}"
        claim = found[0]
        assert claim.verdict == expected.verdict, (expected, claim.reason)
        if expected.fact is not None:
            assert expected.fact in [e.fact for e in claim.evidence], claim.evidence
