"""ClaimReview JSON-LD: valid JSON, Google's required and recommended fields, one per claim."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from test_report import bare, sample

from claimcheck.report import render
from claimcheck.report_claimreview import BEST_RATING, WORST_RATING, claim_reviews

REVIEWED_ON = dt.date(2024, 5, 15)


def reviews(**options) -> list[dict]:
    out = render("verify", [sample()], "claimreview", reviewed_on=REVIEWED_ON, **options)
    value = json.loads(out)
    assert isinstance(value, list)
    return value


def test_one_review_per_checked_claim_then_per_checked_quote_in_order():
    report = sample().report
    checked_quotes = [q for q in report.quotes if getattr(q, "verdict", None)]
    assert len(checked_quotes) == 1
    assert [r["reviewRating"]["ratingExplanation"] for r in reviews()] == [
        *(c.reason for c in report.claims),
        *(q.reason for q in checked_quotes),
    ]


def test_a_checked_quote_is_reviewed_as_the_speakers_claim():
    review = reviews()[-1]
    assert review["claimReviewed"] == (
        "Hua Chunying: “Trade between our countries reached 240 billion dollars in…"
    )
    assert review["itemReviewed"]["author"]["name"] == "Hua Chunying"
    assert review["reviewRating"]["alternateName"] == "Supported"
    assert review["citation"][0]["identifier"] == "mfa-2024-05-14-briefing"


def test_every_review_is_a_json_ld_node_with_googles_required_fields():
    for r in reviews(review_url="https://factcheck.example.org/2024/putin-visit"):
        # JSON-LD: Google reads only nodes that declare the schema.org context themselves.
        assert r["@context"] == "https://schema.org"
        assert r["@type"] == "ClaimReview"
        # Required: claimReviewed, reviewRating (with alternateName), url.
        assert isinstance(r["claimReviewed"], str) and 0 < len(r["claimReviewed"]) <= 75
        rating = r["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"] in {"Supported", "Conflicting", "Unverified"}
        assert WORST_RATING <= rating["ratingValue"] <= BEST_RATING
        assert (rating["worstRating"], rating["bestRating"]) == (1, 3)
        assert re.fullmatch(
            r"https://factcheck\.example\.org/2024/putin-visit#sample-\.txt-[cq]\d+", r["url"]
        )
        # Recommended: author, datePublished, itemReviewed (a Claim with appearance, date).
        assert r["author"] == {"@type": "Organization", "name": "claimcheck"}
        assert r["datePublished"] == "2024-05-15"
        item = r["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["datePublished"] == "2024-05-14"
        assert item["appearance"]["@type"] == "CreativeWork"


@pytest.mark.parametrize(
    ("verdict", "value", "name"),
    [
        ("supported", 3, "Supported"),
        ("conflicting", 1, "Conflicting"),
        ("unverified", 2, "Unverified"),
    ],
)
def test_verdicts_map_onto_one_documented_scale(verdict, value, name):
    claims = sample().report.claims
    got = [
        r["reviewRating"]
        for r, c in zip(reviews()[: len(claims)], claims, strict=True)
        if c.verdict == verdict
    ]
    assert got and all((g["ratingValue"], g["alternateName"]) == (value, name) for g in got)


def test_claim_in_a_quote_is_authored_by_its_speaker_with_role_and_organisation():
    by_text = {r["itemReviewed"]["text"]: r for r in reviews()}
    quoted = next(r for t, r in by_text.items() if "240 billion" in t)
    assert quoted["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Hua Chunying",
        "jobTitle": "spokeswoman",
        "affiliation": {"@type": "Organization", "name": "Chinese Foreign Ministry"},
    }


def test_claim_reviewed_is_the_sentence_when_short_else_a_summary():
    got = [r["claimReviewed"] for r in reviews()]
    assert got[0] == "Vladimir Putin, China state visit: May 16-17 = 2024-05-16/2024-05-17"
    assert all(len(g) <= 75 for g in got)


def test_without_review_url_or_date_those_fields_are_left_out_not_invented():
    out = claim_reviews([sample()])
    assert all("url" not in r and "datePublished" not in r for r in out)


def test_evidence_becomes_citations_and_unsafe_urls_are_dropped():
    first, second = reviews()[:2]
    assert first["citation"][0]["url"] == "https://www.fmprc.gov.cn/eng/?a=1&b=2"
    assert second["citation"][0]["identifier"] == "gacc-2023-trade"
    assert "url" not in second["citation"][0]  # the sample's javascript: URL


def test_an_article_url_is_the_appearance_url():
    a = sample()
    a.report = a.report.model_copy(
        update={"document": a.report.document.model_copy(update={"id": "https://news.example/a"})}
    )
    (first, *_) = claim_reviews([a])
    assert first["itemReviewed"]["appearance"]["url"] == "https://news.example/a"


def test_no_claims_is_an_empty_array():
    assert render("verify", [bare()], "claimreview") == "[]\n"
